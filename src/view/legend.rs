//! The colour legend of the heat maps and the stress under the skin, in the chosen units, with
//! each side's comfort limit marked for the chosen client and its band from sensitive to tolerant.

use super::heat::{gradient_stops, SCALE_MAX_PA};
use crate::format::{number_with, to_display, Kind, Units};
use crate::i18n::Translations;
use ashiatsu_model::{Comparison, Readouts};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub units: Units,
    pub comparison: Rc<Comparison>,
}

/// Round tick values in display units that fit under the scale's top.
fn ticks(units: Units) -> (Vec<f64>, &'static str) {
    let (top, unit) = to_display(SCALE_MAX_PA, Kind::Pressure, units);
    let step = if units == Units::Metric { 50.0 } else { 10.0 };
    let count = (top / step).floor() as usize;
    ((0..=count).map(|i| i as f64 * step).collect(), unit)
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let tr = use_context::<Rc<Translations>>().expect("translations provided");
    let (values, unit) = ticks(props.units);
    let (top, _) = to_display(SCALE_MAX_PA, Kind::Pressure, props.units);
    let (x0, width) = (10.0, 300.0);
    let x_of = |display: f64| x0 + width * (display / top).clamp(0.0, 1.0);
    let limit_x = |pa: f64| x0 + width * (pa / SCALE_MAX_PA).clamp(0.0, 1.0);
    let marker = |r: &Readouts, class: &'static str, label: String, above: bool| {
        let x = limit_x(r.comfort_limit_pa);
        let (low, high) = (limit_x(r.comfort_limit_low_pa), limit_x(r.comfort_limit_high_pa));
        let (tip, base, text_y, band_y) = if above { (22.0, 12.0, 9.0, 17.0) } else { (46.0, 56.0, 68.0, 46.0) };
        html! {
            <g class={classes!("limit", class)}>
                <rect class="limit-band" x={format!("{low:.1}")} y={format!("{band_y}")} width={format!("{:.1}", high - low)} height="5" rx="2" />
                <line x1={format!("{x:.1}")} y1="22" x2={format!("{x:.1}")} y2="46" />
                <path d={format!("M{:.1},{base} L{:.1},{base} L{x:.1},{tip} z", x - 5.0, x + 5.0)} />
                <text x={format!("{x:.1}")} y={format!("{text_y}")} text-anchor="middle">{ label }</text>
            </g>
        }
    };
    let c = &props.comparison;
    html! {
        <figure class="legend">
            <figcaption>{ format!("{} ({unit})", tr.t("legend-title")) }</figcaption>
            <svg viewBox="0 0 330 92" role="img" aria-label={tr.t("legend-title")}>
                <defs>
                    <linearGradient id="heat-gradient" x1="0" x2="1" y1="0" y2="0">
                        { for gradient_stops().into_iter().map(|(at, colour)| html! {
                            <stop offset={format!("{:.3}", at)} stop-color={colour} />
                        }) }
                    </linearGradient>
                </defs>
                <rect class="legend-bar" x={x0.to_string()} y="24" width={width.to_string()} height="20" fill="url(#heat-gradient)" />
                { for values.iter().map(|v| {
                    let x = x_of(*v);
                    let text = number_with(*v, 0, tr.locale);
                    html! {
                        <g class="tick">
                            <line x1={format!("{x:.1}")} y1="44" x2={format!("{x:.1}")} y2="50" />
                            <text x={format!("{x:.1}")} y="84" text-anchor="middle">{ text }</text>
                        </g>
                    }
                }) }
                { marker(&c.foot.readouts, "limit--foot", tr.t("legend-limit-foot"), true) }
                { marker(&c.hand.readouts, "limit--hand", tr.t("legend-limit-hand"), false) }
            </svg>
            <p class="legend-note">{ tr.t("legend-note") }</p>
        </figure>
    }
}
