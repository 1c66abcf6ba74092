//! The "Embed" dialog: the snippet a therapist's web person pastes, for the current settings, with
//! fields for the booking page and the brand colour, and the frame's address on view.

use crate::hooks::translations::use_tr;
use crate::setup::url::{percent_encode, valid_booking_url, valid_colour};
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The frame's address with the booking page and the colour, where they are valid (the app would
/// refuse anything else with a notice, so the dialog does not write it).
pub fn address_with(src: &str, book: &str, accent: &str) -> String {
    let mut address = src.to_string();
    let join = |a: &mut String, pair: String| {
        a.push(if a.contains('?') { '&' } else { '?' });
        a.push_str(&pair);
    };
    let book = book.trim();
    if valid_booking_url(book) {
        join(&mut address, format!("book={}", percent_encode(book)));
    }
    let accent = accent.trim();
    if valid_colour(accent) {
        join(&mut address, format!("accent={}", percent_encode(accent)));
    }
    address
}

/// The booking page's and the colour's fields, which the snippet follows as they are typed.
fn fields(
    tr: &crate::i18n::Translations,
    (book, accent): (&UseStateHandle<String>, &UseStateHandle<String>),
    book_refused: bool,
) -> Html {
    let field = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| state.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    html! {
        <div class="embed-fields">
                    <label class="control">
                        <span class="control-label">{ tr.t("embed-book") }</span>
                        <input type="url" id="embed-book" data-param="book" inputmode="url" placeholder="https://" value={(**book).clone()}
                               oninput={field(book)} aria-invalid={book_refused.then_some("true")}
                               aria-describedby="embed-book-hint" />
                        <span class="hint" id="embed-book-hint">{ tr.t(if book_refused { "embed-book-refused" } else { "embed-book-hint" }) }</span>
                    </label>
                    <label class="control">
                        <span class="control-label">{ tr.t("embed-accent") }</span>
                        <input type="color" id="embed-accent" data-param="accent" value={if valid_colour(accent) { (**accent).clone() } else { "#2f6f6a".to_string() }}
                               oninput={field(accent)} />
                    </label>
                </div>
    }
}

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
    let book = use_state(String::new);
    let accent = use_state(String::new);
    let address = address_with(&props.src, &book, &accent);
    let snippet = crate::embed::frame::snippet(&address, &tr.t("embed-frame-title"));
    let book_refused = !book.trim().is_empty() && !valid_booking_url(book.trim());
    let open = {
        let (dialog, area) = (dialog.clone(), area.clone());
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copied.set(false);
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                let _ = d.show_modal();
                // The code from its first line, and the first field ready to type in.
                if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                    a.set_scroll_top(0);
                }
                if let Some(book) = d.query_selector("#embed-book").ok().flatten() {
                    let _ = book.unchecked_into::<web_sys::HtmlElement>().focus();
                }
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
                { fields(&tr, (&book, &accent), book_refused) }
                <p class="embed-address"><span class="control-label">{ tr.t("embed-address") }</span>
                    <code id="embed-address">{ address.clone() }</code></p>
                <label for="embed-snippet" class="visually-hidden">{ tr.t("embed-title") }</label>
                <textarea id="embed-snippet" ref={area} readonly=true rows="10" value={snippet.clone()}
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_takes_a_valid_booking_page_and_colour_only() {
        let src = "https://x.example/explainer/?view=embed&stroke=effleurage";
        assert_eq!(address_with(src, "", ""), src);
        assert_eq!(
            address_with(src, " https://clinic.example/book?day=1 ", "#A0b"),
            format!("{src}&book=https://clinic.example/book%3Fday%3D1&accent=%23A0b")
        );
        assert_eq!(address_with(src, "javascript:alert(1)", "red"), src, "refused, as the app would refuse them");
        let (config, warnings) = crate::setup::url::parse(
            address_with(src, "https://clinic.example/book?day=1", "#336699").split_once('?').unwrap().1,
            "",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.place.book.as_deref(), Some("https://clinic.example/book?day=1"));
        assert_eq!(config.place.accent.as_deref(), Some("#336699"));
    }
}
