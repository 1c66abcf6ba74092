//! Notices about ignored URL parameters: visible, dismissible, announced politely.

use crate::hooks::translations::use_tr;
use crate::i18n::Translations;
use crate::url::Warning;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub warnings: Rc<Vec<Warning>>,
    pub on_dismiss: Callback<()>,
}

/// The text of a warning in the current language.
pub fn describe(tr: &Translations, w: &Warning) -> String {
    match w.problem {
        crate::url::Problem::CorruptSaved => return tr.t(w.problem.message_key()),
        crate::url::Problem::LanguageUnavailable => {
            return tr.t_args(w.problem.message_key(), &[("language", &w.value)])
        }
        // A link's hash is not a key=value pair: name the scene it asked for as it was written.
        crate::url::Problem::BadScene => {
            let reason = tr.t(w.problem.message_key());
            return tr.t_args("notice-ignored-scene", &[("value", &format!("#{}", w.value)), ("reason", &reason)]);
        }
        _ => {}
    }
    tr.t_args("notice-ignored", &[("key", &w.key), ("value", &w.value), ("reason", &tr.t(w.problem.message_key()))])
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let tr = use_tr();
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="status">
            if !props.warnings.is_empty() {
                <ul>
                    { for props.warnings.iter().take(5).map(|w| html! { <li>{ describe(&tr, w) }</li> }) }
                    if props.warnings.len() > 5 {
                        <li>{ format!("+{}", props.warnings.len() - 5) }</li>
                    }
                </ul>
                <button type="button" onclick={on_dismiss}>{ tr.t("dismiss") }</button>
            }
        </div>
    }
}
