//! The colour legend of the heat maps and the stress under the skin, in the chosen units, with
//! each side's comfort limit marked for the chosen client and its band from sensitive to tolerant.

use super::unchanged::same_readouts;
use crate::draw::heat::{gradient_stops, SCALE_MAX_PA};
use crate::draw::labels::{place, Rect, Spot, Wanted};
use crate::draw::node::{el, group, El, Node};
use crate::draw::svg::{d1, labels};
use crate::format::{number_with, to_display, Kind, Units};
use crate::hooks::drawing::use_drawing;
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
fn marker(rows: &Rows, limit_x: &dyn Fn(f64) -> f64, r: &Readouts, class: &'static str, above: bool) -> Node {
    let Rows { line, bar_top, bar_bottom, hand_y, .. } = *rows;
    let x = limit_x(r.comfort_limit_pa);
    let (low, high) = (limit_x(r.comfort_limit_low_pa), limit_x(r.comfort_limit_high_pa));
    let (tip, base, band_y) = if above {
        (bar_top, bar_top - 9.0, bar_top - 6.0)
    } else {
        (bar_bottom, hand_y - line / 2.0, bar_bottom + 1.0)
    };
    let band = el("rect")
        .class("limit-band")
        .attr("x", d1(low))
        .attr("y", d1(band_y))
        .attr("width", d1(high - low))
        .attr("height", 5)
        .attr("rx", 2);
    let limit = el("line").attr("x1", d1(x)).attr("y1", d1(bar_top)).attr("x2", d1(x)).attr("y2", d1(bar_bottom));
    let tip =
        el("path").attr("d", format_args!("M{:.1},{base:.1} L{:.1},{base:.1} L{x:.1},{tip:.1} z", x - 5.0, x + 5.0));
    el("g").class(format_args!("limit {class}")).kids([band.into(), limit.into(), tip.into()]).into()
}

/// The colour bar and its ticks: the same for every frame in the chosen units and size of words.
fn scale(x0: f64, width: f64, rows: &Rows, ticks: &[f64], x_of: &dyn Fn(f64) -> f64) -> El {
    let stops = gradient_stops()
        .into_iter()
        .map(|(at, colour)| el("stop").attr("offset", format_args!("{at:.3}")).attr("stop-color", colour).into());
    let gradient = el("linearGradient")
        .attr("id", "heat-gradient")
        .attr("x1", 0)
        .attr("x2", 1)
        .attr("y1", 0)
        .attr("y2", 0)
        .kids(stops);
    let bar = el("rect")
        .class("legend-bar")
        .attr("x", x0)
        .attr("y", d1(rows.bar_top))
        .attr("width", width)
        .attr("height", 16)
        .attr("fill", "url(#heat-gradient)");
    let ticks = ticks.iter().map(|v| {
        let x = x_of(*v);
        el("line")
            .class("tick")
            .attr("x1", d1(x))
            .attr("y1", d1(rows.bar_bottom))
            .attr("x2", d1(x))
            .attr("y2", d1(rows.bar_bottom + 5.0))
            .into()
    });
    group([el("defs").child(gradient).into(), bar.into(), group(ticks).into()])
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
    let Rows { line, bar_bottom, hand_y, height, .. } = rows;
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
    // The limits move with the contact while a stroke plays: the retained layer writes them
    // (src/hooks/drawing.rs), never the whole legend again. The bar is built once per units and
    // size of words, and the layer skips it as the very drawing it drew last.
    let bar = use_memo((props.units, f.to_bits()), |_| scale(x0, width, &rows, &values, &x_of));
    let drawing = group([
        Node::Kept(bar),
        marker(&rows, &limit_x, &c.foot.readouts, "limit--foot", true),
        marker(&rows, &limit_x, &c.hand.readouts, "limit--hand", false),
        labels(&placed, f, "labels--legend").into(),
    ]);
    let content = use_drawing(node.clone(), drawing);
    html! {
        <figure class="legend">
            <figcaption>{ format!("{} ({unit})", tr.t("legend-title")) }</figcaption>
            <svg ref={node} data-measured={scale_on_screen.marker()} viewBox={format!("0 0 {WIDTH} {height:.1}")} role="img" aria-label={tr.t("legend-title")}>
                { content }
            </svg>
            <p class="legend-note">{ tr.t("legend-note") }</p>
        </figure>
    }
}
