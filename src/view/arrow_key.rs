//! The arrows' key: what each colour of arrow in the side views means, so that every arrow is
//! named whether or not its word fits beside it (a phone's narrow pictures carry only numbers).

use crate::hooks::translations::use_tr;
use yew::prelude::*;

/// What the arrows' colours mean, once for both side views: every arrow is named here, whether
/// or not its word fits beside it.
#[component]
pub fn ArrowKey() -> Html {
    let tr = use_tr();
    let item = |class: &'static str, key: &str| {
        html! {
            <li>
                <svg class="arrow-key__swatch" viewBox="0 0 24 8" aria-hidden="true">
                    <g class={class}><line x1="1" y1="4" x2="19" y2="4" /><path d="M17 0 L24 4 L17 8 z" /></g>
                </svg>
                { tr.t(key) }
            </li>
        }
    };
    html! {
        <ul class="arrow-key" aria-label={tr.t("arrow-key")}>
            { item("weight", "arrow-weight") }
            { item("support", "arrow-bars") }
            { item("push", "arrow-push") }
            { item("normal", "arrow-normal") }
            { item("shear", "arrow-shear") }
        </ul>
    }
}
