//! "Copy link": the address of the current state, written into the address bar and copied to the
//! clipboard, with a short status to show (or the link itself when the clipboard refuses).

use crate::i18n::Translations;
use crate::setup::url::{self, Config};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The address of `config` on this page.
pub fn link_for(config: &Config) -> String {
    let location = crate::browser::window().map(|w| w.location());
    let base = location.and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))).unwrap_or_default();
    format!("{base}{}", url::write(config))
}

/// The copy action for `config`, and what to tell the visitor about the last copy.
#[hook]
pub fn use_copy_link(config: Config, tr: std::rc::Rc<Translations>) -> (Callback<()>, Option<AttrValue>) {
    let status = use_state(|| None::<AttrValue>);
    let copy = {
        let status = status.clone();
        use_callback(config, move |(), config| {
            let link = link_for(config);
            let Some(window) = web_sys::window() else { return };
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&link));
            }
            status.set(Some(tr.t("link-copied").into()));
            let promise = window.navigator().clipboard().write_text(&link);
            let (status, failed) = (status.clone(), format!("{} {link}", tr.t("link-copy-failed")));
            // Awaited, not left to a callback that would have to live forever.
            yew::platform::spawn_local(async move {
                if JsFuture::from(promise).await.is_err() {
                    status.set(Some(failed.into()));
                }
            });
        })
    };
    (copy, (*status).clone())
}
