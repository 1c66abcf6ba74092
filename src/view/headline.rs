//! The comparison in two sentences that update live: the surface (pressure at equal force, or
//! force at equal comfort) and the depth (how much of each side's pressure reaches the chosen depth).

use crate::format::{number_with, quantity, Kind, Units};
use crate::hooks::translations::use_tr;
use crate::i18n::Translations;
use ashiatsu_model::{CompareMode, Comparison, Side};
use std::rc::Rc;
use yew::prelude::*;

/// The strongest stress a side puts at its chosen depth, anywhere under the contact, Pa.
pub fn stress_at_depth(side: &Side, depth_m: f64) -> f64 {
    side.section.as_ref().map_or(side.readouts.depth_stress_pa, |s| s.strongest_at(depth_m))
}

/// The surface sentence, when it has something to say.
pub fn surface_sentence(tr: &Translations, c: &Comparison) -> Option<String> {
    let (foot, hand) = (&c.foot.readouts, &c.hand.readouts);
    let ratio = |a: f64, b: f64| number_with(a / b, 1, tr.locale);
    match c.settings.compare {
        CompareMode::Force if foot.mean_pressure_pa > 0.0 => {
            Some(tr.t_args("ratio-force", &[("ratio", &ratio(hand.mean_pressure_pa, foot.mean_pressure_pa))]))
        }
        CompareMode::Comfort if hand.normal_force_n > 0.0 => {
            Some(tr.t_args("ratio-comfort", &[("ratio", &ratio(foot.normal_force_n, hand.normal_force_n))]))
        }
        _ => None,
    }
}

/// The depth sentence: at equal comfort a ratio, at equal force both stresses.
pub fn depth_sentence(tr: &Translations, c: &Comparison, units: Units) -> String {
    let depth = c.settings.depth_m;
    let (foot, hand) = (stress_at_depth(&c.foot, depth), stress_at_depth(&c.hand, depth));
    let depth_text = quantity(depth, Kind::Length, units, tr.locale);
    match c.settings.compare {
        CompareMode::Comfort if hand > 0.0 => {
            tr.t_args("depth-comfort", &[("ratio", &number_with(foot / hand, 1, tr.locale)), ("depth", &depth_text)])
        }
        _ => tr.t_args(
            "depth-force",
            &[
                ("depth", &depth_text),
                ("foot", &quantity(foot, Kind::Pressure, units, tr.locale)),
                ("hand", &quantity(hand, Kind::Pressure, units, tr.locale)),
            ],
        ),
    }
}

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub comparison: Rc<Comparison>,
    pub units: Units,
}

#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let tr = use_tr();
    let c = &props.comparison;
    html! {
        <div class="headline">
            if let Some(text) = surface_sentence(&tr, c) {
                <p class="headline__surface">{ text }</p>
            }
            <p class="headline__depth" data-sentence="depth">{ depth_sentence(&tr, c, props.units) }</p>
        </div>
    }
}
