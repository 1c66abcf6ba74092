//! The colour legend of the heat maps and the stress under the skin, in the chosen units, with
//! each side's comfort limit marked for the chosen client and its band from sensitive to tolerant.

use super::unchanged::same_readouts;
use crate::draw::heat::{gradient_stops, SCALE_MAX_PA};
use crate::draw::labels::{place, Rect, Spot, Wanted};
use crate::draw::svg::d1;
use crate::draw::svg::labels;
use crate::format::{number_with, to_display, Kind, Units};
use crate::hooks::picture_scale::{use_units_per_px, Picture};
use crate::hooks::translations::use_tr;
use ashiatsu_model::{Comparison, Readouts};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct LegendProps {
    pub units: Units,
    pub comparison: Rc<Comparison>,
    /// Size of the words inside the picture, CSS px.
    pub label_px: f64,
}

/// Equal when the numbers it marks are the same (src/view/unchanged.rs).
impl PartialEq for LegendProps {
    fn eq(&self, other: &Self) -> bool {
        self.units == other.units
            && self.label_px == other.label_px
            && same_readouts(&self.comparison, &other.comparison)
    }
}

/// The legend's drawing width, units.
const WIDTH: f64 = 330.0;

/// Round tick values in display units that fit under the scale's top.
fn ticks(units: Units) -> (Vec<f64>, &'static str) {
    let (top, unit) = to_display(SCALE_MAX_PA, Kind::Pressure, units);
    let step = if units == Units::Metric { 50.0 } else { 10.0 };
    let count = (top / step).floor() as usize;
    ((0..=count).map(|i| i as f64 * step).collect(), unit)
}

/// The legend's rows from the top, sized by its words: the feet's limit and its words, the colour
/// bar, the ticks and their numbers, the hand's limit and its words.
#[derive(Clone, Copy)]
struct Rows {
    line: f64,
    bar_top: f64,
    bar_bottom: f64,
    hand_y: f64,
    height: f64,
}

impl Rows {
    fn new(font: f64) -> Self {
        let line = font * 1.3;
        let bar_top = line + 14.0;
        let bar_bottom = bar_top + 16.0;
        let hand_y = bar_bottom + 10.0 + line + 4.0;
        Self { line, bar_top, bar_bottom, hand_y, height: hand_y + line }
    }
}

/// A side's comfort limit on the bar, with its band from a sensitive to a tolerant client.
fn marker(rows: &Rows, limit_x: &dyn Fn(f64) -> f64, r: &Readouts, class: &'static str, above: bool) -> Html {
    let Rows { line, bar_top, bar_bottom, hand_y, .. } = *rows;
    let x = limit_x(r.comfort_limit_pa);
    let (low, high) = (limit_x(r.comfort_limit_low_pa), limit_x(r.comfort_limit_high_pa));
    let (tip, base, band_y) = if above {
        (bar_top, bar_top - 9.0, bar_top - 6.0)
    } else {
        (bar_bottom, hand_y - line / 2.0, bar_bottom + 1.0)
    };
    html! {
        <g class={classes!("limit", class)}>
            <rect class="limit-band" x={d1(low)} y={d1(band_y)} width={d1(high - low)} height="5" rx="2" />
            <line x1={d1(x)} y1={d1(bar_top)} x2={d1(x)} y2={d1(bar_bottom)} />
            <path d={format!("M{:.1},{base:.1} L{:.1},{base:.1} L{x:.1},{tip:.1} z", x - 5.0, x + 5.0)} />
        </g>
    }
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let tr = use_tr();
    let node = use_node_ref();
    let scale_on_screen = use_units_per_px(node.clone(), (WIDTH, 0.0), Picture::Legend);
    let f = props.label_px * scale_on_screen.units_per_px;
    let (values, unit) = ticks(props.units);
    let (top, _) = to_display(SCALE_MAX_PA, Kind::Pressure, props.units);
    // The bar inset so that the numbers under its ends stay inside the picture.
    let x0 = (1.3 * f).max(10.0);
    let width = WIDTH - 2.0 * x0;
    let x_of = |display: f64| x0 + width * (display / top).clamp(0.0, 1.0);
    let limit_x = |pa: f64| x0 + width * (pa / SCALE_MAX_PA).clamp(0.0, 1.0);
    // Rows from the top: the feet's limit and its words, the colour bar, the ticks and their
    // numbers, the hand's limit and its words; all sized by the words.
    let rows = Rows::new(f);
    let Rows { line, bar_top, bar_bottom, hand_y, height } = rows;
    let c = &props.comparison;
    let mut wanted: Vec<Wanted> = values
        .iter()
        .map(|v| Wanted {
            text: number_with(*v, 0, tr.locale),
            anchor: (x_of(*v), bar_bottom + 6.0),
            gap: 0.0,
            spots: vec![Spot::Below],
            optional: false,
        })
        .collect();
    wanted.push(Wanted {
        text: tr.t("legend-limit-foot"),
        anchor: (limit_x(c.foot.readouts.comfort_limit_pa), line + 1.0),
        gap: 1.0,
        spots: vec![Spot::Above],
        optional: false,
    });
    wanted.push(Wanted {
        text: tr.t("legend-limit-hand"),
        anchor: (limit_x(c.hand.readouts.comfort_limit_pa), hand_y - line / 2.0),
        gap: 0.0,
        spots: vec![Spot::Below],
        optional: false,
    });
    let bounds = Rect { left: 0.0, top: 0.0, right: WIDTH, bottom: height };
    let placed = place(&wanted, &[], bounds, f);
    html! {
        <figure class="legend">
            <figcaption>{ format!("{} ({unit})", tr.t("legend-title")) }</figcaption>
            <svg ref={node} data-measured={scale_on_screen.marker()} viewBox={format!("0 0 {WIDTH} {height:.1}")} role="img" aria-label={tr.t("legend-title")}>
                <defs>
                    <linearGradient id="heat-gradient" x1="0" x2="1" y1="0" y2="0">
                        { for gradient_stops().into_iter().map(|(at, colour)| html! {
                            <stop offset={format!("{:.3}", at)} stop-color={colour} />
                        }) }
                    </linearGradient>
                </defs>
                <rect class="legend-bar" x={x0.to_string()} y={d1(bar_top)} width={width.to_string()} height="16" fill="url(#heat-gradient)" />
                { for values.iter().map(|v| {
                    let x = x_of(*v);
                    html! { <line class="tick" x1={d1(x)} y1={d1(bar_bottom)} x2={d1(x)} y2={d1(bar_bottom + 5.0)} /> }
                }) }
                { marker(&rows, &limit_x, &c.foot.readouts, "limit--foot", true) }
                { marker(&rows, &limit_x, &c.hand.readouts, "limit--hand", false) }
                { labels(&placed, f, "labels--legend").html() }
            </svg>
            <p class="legend-note">{ tr.t("legend-note") }</p>
        </figure>
    }
}
