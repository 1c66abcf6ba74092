//! What the app keeps in step with the page around it: the settings saved on the device, the
//! address in presenter mode, the document's language, the ready marker, the console notes.

use crate::browser::local_storage;
use crate::i18n::{Locale, Translations};
use crate::setup::storage;
use crate::setup::url::{Config, ViewMode, Warning};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The attribute that tells embedders and tests the first complete frame is drawn (contract §1).
pub const READY_ATTR: &str = "data-ready";

/// Remembers the visitor's choices on this device whenever they change (not in an embed: that
/// belongs to the host page; and not where the page may not store anything).
#[hook]
pub fn use_persisted_settings(config: &Config, view: ViewMode) {
    // Keyed on the settings themselves, without the moment of the stroke: nothing is encoded
    // while a stroke plays, only when a choice changes.
    let key = Config { phase: 0.0, play: None, ..config.clone() };
    use_effect_with((key, view), move |(config, view)| {
        if *view != ViewMode::Embed {
            if let Some(s) = local_storage() {
                let _ = s.set_item(storage::KEY, &storage::encode(config));
            }
        }
    });
}

/// In presenter mode the address follows the scene, so a reload or a shared link returns to it.
#[hook]
pub fn use_present_hash(scene: Option<usize>, view: ViewMode) {
    use_effect_with((scene, view), |(scene, view)| {
        if let (Some(n), ViewMode::Present) = (scene, view) {
            if let Ok(history) = gloo::utils::window().history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#scene-{n}")));
            }
        }
    });
}

/// The document's `lang` follows the interface language (screen readers, hyphenation, fonts).
#[hook]
pub fn use_document_lang(locale: Locale) {
    use_effect_with(locale, |locale| {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("lang", locale.id());
        }
    });
}

/// Sets the ready marker on `root` after the first render's effects have drawn the pictures.
#[hook]
pub fn use_ready_marker(root: NodeRef) {
    use_effect_with((), move |_| {
        if let Some(el) = root.cast::<web_sys::Element>() {
            let _ = el.set_attribute(READY_ATTR, "");
        }
    });
}

/// Tells developers and embedders what the address asked for that was ignored, once (contract §3).
#[hook]
pub fn use_console_warnings(warnings: Rc<Vec<Warning>>, tr: Rc<Translations>) {
    use_effect_with((), move |_| {
        for w in warnings.iter() {
            web_sys::console::warn_1(&w.text(&tr).into());
        }
    });
}
