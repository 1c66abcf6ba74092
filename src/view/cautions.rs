//! Cautions (contract §9 `data-caution`): where the settings go beyond what safety guidance
//! allows, whatever the comfort verdict says: a comfortable pressure can still be unsafe.

use crate::format::{quantity, Kind, Units};
use crate::hooks::translations::use_tr;
use ashiatsu_model::safety::{Caution, Practitioner};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CautionsProps {
    pub cautions: Rc<Vec<Caution>>,
    pub units: Units,
}

#[component]
pub fn Cautions(props: &CautionsProps) -> Html {
    let tr = use_tr();
    if props.cautions.is_empty() {
        return html! {};
    }
    let weight = |n: f64| quantity(n, Kind::Weight, props.units, tr.locale);
    let items = props.cautions.iter().map(|c| {
        let (id, text) = match *c {
            Caution::HeavyFoot { force_n } => {
                ("heavy-foot", tr.t_args("caution-heavy-foot", &[("force", &weight(force_n))]))
            }
            Caution::KidneyArea { who, force_n } => {
                let who = match who {
                    Practitioner::Foot => tr.t("caution-who-foot"),
                    Practitioner::Hand => tr.t("caution-who-hand"),
                };
                ("kidney-area", tr.t_args("caution-kidney", &[("who", &who), ("force", &weight(force_n))]))
            }
        };
        html! { <p class="caution" data-caution={id}><strong>{ tr.t("caution-title") }</strong>{ " " }{ text }</p> }
    });
    html! { <div class="cautions">{ for items }</div> }
}
