//! The page's header: the title, the promise on the full page, and the therapist's booking link
//! when the embedding page gives one.

use crate::hooks::translations::use_tr;
use crate::setup::url::ViewMode;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppHeaderProps {
    pub view: ViewMode,
    /// The booking page (`book`), already checked to be an `https:` address.
    pub book: Option<AttrValue>,
}

#[component]
pub fn AppHeader(props: &AppHeaderProps) -> Html {
    let tr = use_tr();
    html! {
        <header class="app-header">
            <div>
                <h1>{ tr.t("app-title") }</h1>
                if props.view == ViewMode::Full {
                    <p class="promise">{ tr.t("app-promise") }</p>
                }
            </div>
            if let Some(href) = props.book.clone() {
                <a class="book" {href} target="_blank" rel="noopener">{ tr.t("book") }</a>
            }
        </header>
    }
}
