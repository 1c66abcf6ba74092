//! Notices about ignored URL parameters: visible, dismissible, announced politely.

use crate::hooks::translations::use_tr;
use crate::setup::url::Warning;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub warnings: Rc<Vec<Warning>>,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let tr = use_tr();
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status">
            if !props.warnings.is_empty() {
                <ul>
                    { for props.warnings.iter().take(5).map(|w| html! { <li>{ w.text(&tr) }</li> }) }
                    if props.warnings.len() > 5 {
                        <li>{ format!("+{}", props.warnings.len() - 5) }</li>
                    }
                </ul>
                <button type="button" onclick={on_dismiss}>{ tr.t("dismiss") }</button>
            }
        </div>
    }
}
