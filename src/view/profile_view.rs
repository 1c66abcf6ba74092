//! "Why deeper", in one picture (contract §7 `profile`): the vertical stress against depth on the
//! axis under each contact at the stroke's fullest moment, each with its band over the model's
//! stated uncertainty, the chosen depth marked and the depth where the curves cross. Built from
//! the model's summary, so it changes only when a setting does.

use crate::draw::labels::{place, Rect, Spot, Wanted};
use crate::draw::svg::{d1, labels};
use crate::format::{number_trimmed, quantity, to_display, Kind, Units};
use crate::hooks::picture_scale::{use_units_per_px, Picture};
use crate::hooks::translations::use_tr;
use ashiatsu_model::summary::{Band, DepthProfile};
use ashiatsu_model::Summary;
use std::rc::Rc;
use yew::prelude::*;

/// The drawing, units: wide enough for both curves and their words.
const WIDTH: f64 = 400.0;
const HEIGHT: f64 = 250.0;
/// The drawing's size, units (tied to the stylesheet's `aspect-ratio` by a test in src/view/mod.rs).
pub const VIEW_SIZE: (f64, f64) = (WIDTH, HEIGHT);

/// A round top for the stress axis in display units, and its tick step.
fn axis_top(max_display: f64) -> (f64, f64) {
    let raw = max_display.max(1e-6);
    let magnitude = 10f64.powf(raw.log10().floor());
    let step =
        [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * magnitude).find(|s| raw / s <= 5.0).unwrap_or(magnitude * 10.0);
    ((raw / step).ceil() * step, step)
}

/// Where the plot sits in the drawing, given the size of its words.
struct Frame {
    left: f64,
    top: f64,
    right: f64,
    bottom: f64,
    /// Stress axis top, Pa, and depth axis bottom, m.
    stress_top_pa: f64,
    depth_bottom_m: f64,
}

impl Frame {
    fn x(&self, pa: f64) -> f64 {
        self.left + (self.right - self.left) * (pa / self.stress_top_pa).clamp(0.0, 1.05)
    }

    fn y(&self, depth_m: f64) -> f64 {
        self.top + (self.bottom - self.top) * (depth_m / self.depth_bottom_m).clamp(0.0, 1.0)
    }

    fn curve(&self, depths: &[f64], values: &[f64]) -> String {
        depths
            .iter()
            .zip(values)
            .map(|(z, v)| format!("{},{}", d1(self.x(*v)), d1(self.y(*z))))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The band as one closed outline: its low edge down, its high edge back up.
    fn band(&self, depths: &[f64], band: &Band) -> String {
        let down = depths.iter().zip(&band.low).map(|(z, v)| (self.x(*v), self.y(*z)));
        let up = depths.iter().zip(&band.high).rev().map(|(z, v)| (self.x(*v), self.y(*z)));
        down.chain(up).map(|(x, y)| format!("{},{}", d1(x), d1(y))).collect::<Vec<_>>().join(" ")
    }
}

/// The feet's curve at `depth_m`, by linear interpolation between its samples (where the curves
/// cross, both have this value).
fn value_at(p: &DepthProfile, depth_m: f64) -> f64 {
    let i = p.depths_m.iter().position(|z| *z >= depth_m).unwrap_or(p.depths_m.len() - 1).max(1);
    let (z0, z1) = (p.depths_m[i - 1], p.depths_m[i]);
    let (v0, v1) = (p.foot.value[i - 1], p.foot.value[i]);
    let u = if z1 > z0 { ((depth_m - z0) / (z1 - z0)).clamp(0.0, 1.0) } else { 0.0 };
    v0 + (v1 - v0) * u
}

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub summary: Rc<Summary>,
    pub units: Units,
    /// Size of the words inside the picture, CSS px.
    pub label_px: f64,
}

/// The ticks along one axis: value in display units, where it is drawn.
fn stress_ticks(frame: &Frame, units: Units, step: f64, locale: crate::i18n::Locale) -> Vec<(String, f64)> {
    let (top, _) = to_display(frame.stress_top_pa, Kind::Pressure, units);
    let count = (top / step).round() as usize;
    (0..=count)
        .map(|i| {
            let value = i as f64 * step;
            (number_trimmed(value, 2, locale), frame.left + (frame.right - frame.left) * value / top)
        })
        .collect()
}

/// The plot's frame for this profile: the stress axis up to a round number above the highest
/// band, in display units, and its tick step.
fn frame_for(p: &DepthProfile, units: Units, font: f64) -> (Frame, f64) {
    let highest = p.foot.high.iter().chain(&p.hand.high).fold(0.0f64, |m, v| m.max(*v)).max(1e-9);
    let (top_display, step) = axis_top(to_display(highest, Kind::Pressure, units).0);
    let pa_per_display = highest / to_display(highest, Kind::Pressure, units).0;
    let line = font * 1.3;
    let frame = Frame {
        left: font * 3.2,
        top: line * 2.4,
        // Room for half the last number past the axis's end.
        right: WIDTH - font * 1.8,
        bottom: HEIGHT - line * 0.6,
        stress_top_pa: top_display * pa_per_display,
        depth_bottom_m: *p.depths_m.last().unwrap_or(&0.1),
    };
    (frame, step)
}

/// The axes' title and numbers.
fn axes(tr: &crate::i18n::Translations, frame: &Frame, ticks: &[(String, f64)], units: Units, font: f64) -> Html {
    let line = font * 1.3;
    let (_, unit) = to_display(1.0, Kind::Pressure, units);
    let depth_ticks: Vec<(String, f64)> = match units {
        Units::Metric => (0..=5).map(|i| (format!("{}", i * 2), frame.y(i as f64 * 0.02))).collect(),
        Units::Imperial => (0..=3).map(|i| (format!("{i}"), frame.y(i as f64 * 0.0254))).collect(),
    };
    let depth_unit = to_display(1.0, Kind::Length, units).1;
    html! {
        <>
            <g class="profile__axes">
                <line x1={d1(frame.left)} y1={d1(frame.top)} x2={d1(frame.right)} y2={d1(frame.top)} />
                <line x1={d1(frame.left)} y1={d1(frame.top)} x2={d1(frame.left)} y2={d1(frame.bottom)} />
            </g>
            <g class="profile__ticks" style={format!("font-size:{font:.2}px")}>
                <text class="profile__title" x={d1(frame.left)} y={d1(line * 0.7)} dominant-baseline="central">
                    { tr.t_args("profile-axis-stress", &[("unit", unit), ("depthUnit", depth_unit)]) }
                </text>
                { for ticks.iter().map(|(text, x)| html! {
                    <text x={d1(*x)} y={d1(frame.top - line * 0.6)} text-anchor="middle" dominant-baseline="central">{ text.clone() }</text>
                }) }
                { for depth_ticks.iter().map(|(text, y)| html! {
                    <text x={d1(frame.left - font * 0.4)} y={d1(*y)} text-anchor="end" dominant-baseline="central">{ text.clone() }</text>
                }) }
            </g>
        </>
    }
}

/// What the words must keep off: the curves, the stress axis's numbers and the chosen depth's line.
fn obstacles(p: &DepthProfile, frame: &Frame, ticks: &[(String, f64)], chosen_y: f64, font: f64) -> Vec<Rect> {
    let line = font * 1.3;
    let at = |band: &Band, i: usize| Rect::around(frame.x(band.value[i]), frame.y(p.depths_m[i]), font * 0.3);
    (0..p.depths_m.len())
        .flat_map(|i| [at(&p.foot, i), at(&p.hand, i)])
        .chain(ticks.iter().map(|(_, x)| Rect {
            left: x - font,
            top: frame.top - line * 1.2,
            right: x + font,
            bottom: frame.top,
        }))
        .chain(std::iter::once(Rect {
            left: frame.left,
            top: chosen_y - 1.5,
            right: frame.right,
            bottom: chosen_y + 1.5,
        }))
        .collect()
}

/// The words: each curve's name where the two lie furthest apart, on its own side of the other;
/// the chosen depth; where the curves cross.
fn words(
    tr: &crate::i18n::Translations,
    p: &DepthProfile,
    frame: &Frame,
    (chosen_m, units): (f64, Units),
    font: f64,
) -> Vec<Wanted> {
    let apart = (0..p.depths_m.len())
        .max_by(|&a, &b| {
            let gap = |i: usize| (frame.x(p.foot.value[i]) - frame.x(p.hand.value[i])).abs();
            gap(a).total_cmp(&gap(b))
        })
        .unwrap_or(0);
    let foot_left = p.foot.value[apart] < p.hand.value[apart];
    let name = |text: String, band: &Band, left: bool| Wanted {
        text,
        anchor: (frame.x(band.value[apart]), frame.y(p.depths_m[apart])),
        gap: font * 0.4,
        spots: if left {
            vec![Spot::Left, Spot::AboveLeft, Spot::BelowLeft]
        } else {
            vec![Spot::Right, Spot::AboveRight, Spot::BelowRight]
        },
        optional: false,
    };
    let length = |m: f64| quantity(m, Kind::Length, units, tr.locale);
    let mut wanted = vec![
        name(tr.t("profile-feet"), &p.foot, foot_left),
        name(tr.t("profile-hand"), &p.hand, !foot_left),
        Wanted {
            text: length(chosen_m),
            anchor: (frame.right, frame.y(chosen_m)),
            gap: font * 0.3,
            spots: vec![Spot::AboveLeft, Spot::BelowLeft],
            optional: false,
        },
    ];
    if let Some(cross) = p.crossing_m {
        wanted.push(Wanted {
            text: tr.t_args("profile-cross", &[("depth", &length(cross))]),
            anchor: (frame.x(value_at(p, cross)), frame.y(cross)),
            gap: font * 0.5,
            spots: vec![Spot::Right, Spot::BelowRight, Spot::AboveRight],
            optional: true,
        });
    }
    wanted
}

fn draw(tr: &crate::i18n::Translations, p: &DepthProfile, chosen_m: f64, units: Units, font: f64) -> Html {
    let (frame, step) = frame_for(p, units, font);
    let ticks = stress_ticks(&frame, units, step, tr.locale);
    let chosen_y = frame.y(chosen_m);
    let bounds = Rect { left: frame.left + 1.0, top: frame.top + 1.0, right: WIDTH - 1.0, bottom: HEIGHT - 1.0 };
    let placed = place(
        &words(tr, p, &frame, (chosen_m, units), font),
        &obstacles(p, &frame, &ticks, chosen_y, font),
        bounds,
        font,
    );
    let crossing = p.crossing_m.map(|cross| {
        html! { <circle class="profile__cross" cx={d1(frame.x(value_at(p, cross)))} cy={d1(frame.y(cross))} r={d1(font * 0.35)} /> }
    });
    html! {
        <>
            { axes(tr, &frame, &ticks, units, font) }
            <polygon class="profile__band profile__band--foot" points={frame.band(&p.depths_m, &p.foot)} />
            <polygon class="profile__band profile__band--hand" points={frame.band(&p.depths_m, &p.hand)} />
            <line class="profile__chosen" x1={d1(frame.left)} y1={d1(chosen_y)} x2={d1(frame.right)} y2={d1(chosen_y)} />
            <polyline class="profile__curve profile__curve--foot" points={frame.curve(&p.depths_m, &p.foot.value)} />
            <polyline class="profile__curve profile__curve--hand" points={frame.curve(&p.depths_m, &p.hand.value)} />
            { for crossing }
            { labels(&placed, font, "labels--profile").html() }
        </>
    }
}

#[component]
pub fn ProfileView(props: &ProfileProps) -> Html {
    let tr = use_tr();
    let node = use_node_ref();
    let scale = use_units_per_px(node.clone(), VIEW_SIZE, Picture::Profile);
    let font = props.label_px * scale.units_per_px;
    let s = &props.summary;
    let content = draw(&tr, &s.profile, s.comparison.settings.depth_m, props.units, font);
    html! {
        <svg ref={node} class="profile-view" data-figure="profile" data-measured={scale.marker()}
             viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={tr.t("profile-label")}>
            { content }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stress_axis_ends_on_a_round_number_above_the_highest_value() {
        assert_eq!(axis_top(87.0), (100.0, 20.0));
        assert_eq!(axis_top(4.2), (5.0, 1.0));
        let (top, step) = axis_top(0.37);
        assert!(top >= 0.37 && (top / step).round() <= 5.0);
    }
}
