//! The keyboard (docs/embedding.md, “The keyboard”): Space plays and pauses, the arrows step the
//! stroke (or move between lesson scenes in presenter mode), Alt+R resets all, F toggles fullscreen
//! when presenting.

use crate::setup::url::ViewMode;
use crate::state::{Action, AppState, Direction};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

/// Whether the focused element uses this key itself (a button's Space, a slider's arrows).
fn owned_by_target(event: &KeyboardEvent, key: &str) -> bool {
    let Some(el) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    let tag = el.tag_name().to_ascii_lowercase();
    match key {
        " " => {
            matches!(tag.as_str(), "button" | "a" | "select" | "textarea" | "summary")
                || (tag == "input" && el.get_attribute("type").as_deref() != Some("range"))
        }
        _ => matches!(tag.as_str(), "input" | "select" | "textarea"),
    }
}

pub fn toggle_fullscreen() {
    let doc = gloo::utils::document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(el) = doc.document_element() {
        let _ = el.request_fullscreen();
    }
}

#[hook]
pub fn use_keyboard(view: ViewMode, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with(view, move |view| {
        let view = *view;
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
            let Some(e) = e.dyn_ref::<KeyboardEvent>() else { return };
            if e.ctrl_key() || e.meta_key() {
                return;
            }
            let key = e.key();
            let action = if e.alt_key() {
                (e.code() == "KeyR").then_some(Action::ResetAll)
            } else if owned_by_target(e, &key) {
                None
            } else {
                match key.as_str() {
                    " " => Some(Action::TogglePlay),
                    "ArrowLeft" => Some(if view == ViewMode::Present {
                        Action::SceneBy(Direction::Back)
                    } else {
                        Action::Step(Direction::Back)
                    }),
                    "ArrowRight" => Some(if view == ViewMode::Present {
                        Action::SceneBy(Direction::Forward)
                    } else {
                        Action::Step(Direction::Forward)
                    }),
                    "f" | "F" if view == ViewMode::Present => {
                        toggle_fullscreen();
                        e.prevent_default();
                        None
                    }
                    _ => None,
                }
            };
            if let Some(action) = action {
                e.prevent_default();
                dispatch.dispatch(action);
            }
        });
        move || drop(listener)
    });
}
