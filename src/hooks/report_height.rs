//! Living inside a therapist's page: the content height posted to the parent (docs/embedding.md,
//! “Putting it on a website”).

use crate::embed::in_frame;
use gloo::events::EventListener;
use gloo::utils::window;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// The class the document has while its frame is as tall as the height last posted: the host
/// follows the messages, and the page hides its scroll bars (styles.css). A scroll bar would make
/// the two disagree, as the pictures scale with the width: Firefox settled with a bar shown (the
/// page fitted the frame only because the bar narrowed it). A host that gives the frame a fixed
/// height never resizes it to the posted one, and keeps the bars it needs.
const SIZED_BY_HOST: &str = "sized-by-host";

/// Marks the document [`SIZED_BY_HOST`] when the frame's height is `posted` (to a pixel).
fn mark_sized_by_host(posted: f64) {
    let inner = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.class_list().toggle_with_force(SIZED_BY_HOST, posted > 0.0 && (inner - posted).abs() <= 1.0);
    }
}

fn post_height(height: f64) {
    let Ok(Some(parent)) = window().parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    // Only a number leaves the frame, so any host may read it.
    let _ = parent.post_message(&message, "*");
}

/// Posts `{ height }` to the parent whenever the element's height changes (in a frame only), and
/// marks the document when the host sizes the frame to it (on the frame's own resize, not when
/// posting: a new height is always posted before the host can follow it).
#[hook]
pub fn use_report_height(root: NodeRef) {
    use_effect_with((), move |_| {
        let mut observer = None;
        if in_frame() {
            if let Some(el) = root.cast::<Element>() {
                let last = Rc::new(Cell::new(-1.0));
                let resized = {
                    let last = last.clone();
                    EventListener::new(&window(), "resize", move |_| mark_sized_by_host(last.get()))
                };
                let measure = {
                    let el = el.clone();
                    move || {
                        let height = el.get_bounding_client_rect().height().ceil();
                        if height > 0.0 && height != last.get() {
                            last.set(height);
                            post_height(height);
                        }
                    }
                };
                measure();
                let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| measure());
                if let Ok(o) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                    o.observe(&el);
                    observer = Some((o, callback, resized));
                }
            }
        }
        move || {
            if let Some((o, _callback, _resized)) = observer {
                o.disconnect();
            }
        }
    });
}
