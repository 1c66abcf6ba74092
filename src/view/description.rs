//! The picture in words: which stroke, where, how much force over how much area, and whether
//! that is within the comfort limit. Announced politely when a setting changes, never per frame
//! (it describes the fullest moment of the stroke, not the current one).

use crate::format::{quantity, Kind, Units};
use crate::hooks::translations::use_tr;
use crate::i18n::Translations;
use ashiatsu_model::{Model, Settings, Side};
use yew::prelude::*;

/// Moments of the cycle searched for the fullest one.
const SAMPLES: usize = 24;

#[derive(Properties, PartialEq)]
pub struct DescriptionProps {
    pub model: crate::state::SharedModel,
    pub settings: Settings,
    pub units: Units,
}

fn verdict(tr: &Translations, side: &Side, units: Units) -> String {
    let limit = quantity(side.readouts.comfort_limit_pa, Kind::Pressure, units, tr.locale);
    let key = if side.over_comfort() { "describe-over" } else { "describe-under" };
    tr.t_args(key, &[("limit", &limit)])
}

/// The sentence for some settings.
pub fn describe(tr: &Translations, model: &Model, settings: &Settings, units: Units) -> String {
    let fullest = (0..SAMPLES)
        .map(|i| model.evaluate_forces(settings, i as f64 / SAMPLES as f64))
        .max_by(|a, b| a.foot.readouts.normal_force_n.total_cmp(&b.foot.readouts.normal_force_n))
        .unwrap_or_else(|| model.evaluate_forces(settings, 0.0));
    let q = |v: f64, kind| quantity(v, kind, units, tr.locale);
    let (f, h) = (&fullest.foot, &fullest.hand);
    tr.t_args(
        "describe",
        &[
            ("stroke", &tr.t(&format!("stroke-{}", settings.stroke.id()))),
            ("landmark", &tr.landmark(f.position.nearest_landmark())),
            ("footForce", &q(f.readouts.normal_force_n, Kind::Force)),
            ("footArea", &q(f.readouts.contact_area_m2, Kind::Area)),
            ("footMean", &q(f.readouts.mean_pressure_pa, Kind::Pressure)),
            ("footVerdict", &verdict(tr, f, units)),
            ("handForce", &q(h.readouts.normal_force_n, Kind::Force)),
            ("handArea", &q(h.readouts.contact_area_m2, Kind::Area)),
            ("handMean", &q(h.readouts.mean_pressure_pa, Kind::Pressure)),
            ("handVerdict", &verdict(tr, h, units)),
        ],
    )
}

#[component]
pub fn Description(props: &DescriptionProps) -> Html {
    let tr = use_tr();
    let text = {
        let tr = tr.clone();
        let model = props.model.clone();
        use_memo((props.settings, props.units, tr.locale), move |(s, u, _)| describe(&tr, &model, s, *u))
    };
    html! {
        <p id="live-description" class="description" aria-live="polite">{ (*text).clone() }</p>
    }
}
