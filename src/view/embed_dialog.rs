//! The "Embed" dialog: the snippet a therapist's web person pastes, for the current settings.

use crate::hooks::translations::use_tr;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The address of the embed view for the current settings.
    pub src: AttrValue,
}

#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let tr = use_tr();
    let dialog = use_node_ref();
    let area = use_node_ref();
    let copied = use_state(|| false);
    let snippet = crate::embed::snippet(&props.src, &tr.t("embed-frame-title"));
    let open = {
        let dialog = dialog.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copied.set(false);
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let copy = {
        let area = area.clone();
        let copied = copied.clone();
        let snippet = snippet.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                a.select();
            }
            let promise = gloo::utils::window().navigator().clipboard().write_text(&snippet);
            // Selecting the text is the fallback when the clipboard is not allowed; the refusal is
            // awaited here rather than left to a callback that would have to live forever.
            yew::platform::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
            copied.set(true);
        })
    };
    html! {
        <>
            <button type="button" onclick={open}>{ tr.t("embed-open") }</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title">
                <h2 id="embed-title">{ tr.t("embed-title") }</h2>
                <p>{ tr.t("embed-help") }</p>
                <label for="embed-snippet" class="visually-hidden">{ tr.t("embed-title") }</label>
                <textarea id="embed-snippet" ref={area} readonly=true rows="12" value={snippet.clone()}
                          onfocus={Callback::from(|e: FocusEvent| {
                              if let Some(t) = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) { t.select(); }
                          })} />
                <div class="dialog-actions">
                    <button type="button" class="primary" onclick={copy}>{ tr.t("embed-copy") }</button>
                    <button type="button" onclick={close}>{ tr.t("embed-close") }</button>
                    if *copied {
                        <span role="status">{ tr.t("embed-copied") }</span>
                    }
                </div>
            </dialog>
        </>
    }
}
