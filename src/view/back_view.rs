//! The top view: the client's back to scale, the contacts on it filled with the model's pressure
//! field as a heat map. With one contact a side, one back carries both: ashiatsu on the client's
//! left of the spine, hand massage on the right. With pairs (both feet, both hands), each side has
//! its own back, a contact on each side of the spine. Drawn in SVG (millimetres), the colours
//! from the style sheet's tokens, so the projector profile and the therapist's accent reach it;
//! each heat map is a canvas as small as the model's grid, scaled and turned into place.

use super::heat::paint_grid;
use crate::format::{quantity, Kind, Units};
use crate::i18n::Translations;
use ashiatsu_model::body::{BackPoint, BACK_LENGTH_M, ERECTOR_CENTRE_M, ERECTOR_WIDTH_M, LANDMARKS};
use ashiatsu_model::geometry::{Ellipse, Vec2};
use ashiatsu_model::{Comparison, Side};
use std::rc::Rc;
use yew::prelude::*;

/// Drawing units per metre: the view is drawn in millimetres.
const MM: f64 = 1000.0;
/// Along-the-spine distance shown above C7 and the width of one back's panel, m.
const ABOVE_C7_M: f64 = 0.1;
const BELOW_C7_M: f64 = 0.62;
const PANEL_WIDTH_M: f64 = 0.6;
/// Where a patch's label sits beside it, m.
const LABEL_OFFSET_M: f64 = 0.13;

/// A back's outline: half-width of the torso at a distance along the back, m (shoulders 0.49 m,
/// narrower waist).
fn half_width(along: f64) -> f64 {
    const PROFILE: [(f64, f64); 8] = [
        (-0.1, 0.07),
        (-0.05, 0.09),
        (0.0, 0.245),
        (0.12, 0.225),
        (0.3, 0.175),
        (0.45, 0.185),
        (0.56, 0.2),
        (0.62, 0.2),
    ];
    let i = PROFILE.iter().position(|(a, _)| *a >= along).unwrap_or(PROFILE.len() - 1).max(1);
    let ((a0, w0), (a1, w1)) = (PROFILE[i - 1], PROFILE[i]);
    w0 + (w1 - w0) * ((along - a0) / (a1 - a0)).clamp(0.0, 1.0)
}

/// A point of one back in the drawing: the client lies face down, head at the top, so their left
/// (positive lateral) is on the viewer's left. `centre_x` is the back's spine in the drawing.
fn to_drawing(p: BackPoint, centre_x: f64) -> (f64, f64) {
    (centre_x - p.lateral * MM, (p.along + ABOVE_C7_M) * MM)
}

fn outline_path(centre_x: f64) -> String {
    let steps = 40;
    let span = |i: usize| -ABOVE_C7_M + (BELOW_C7_M + ABOVE_C7_M) * i as f64 / steps as f64;
    let mut d = String::new();
    for i in 0..=steps {
        let along = span(i);
        let (x, y) = to_drawing(BackPoint { along, lateral: half_width(along) }, centre_x);
        d.push_str(&format!("{}{x:.0},{y:.0} ", if i == 0 { 'M' } else { 'L' }));
    }
    for i in (0..=steps).rev() {
        let along = span(i);
        let (x, y) = to_drawing(BackPoint { along, lateral: -half_width(along) }, centre_x);
        d.push_str(&format!("L{x:.0},{y:.0} "));
    }
    d.push('Z');
    d
}

/// One back: outline, the two erector bands, the spine and its landmarks (named in the language).
fn back(centre_x: f64, tr: &Translations) -> Html {
    let band = |side: f64| {
        let (x0, y0) =
            to_drawing(BackPoint { along: 0.03, lateral: side * (ERECTOR_CENTRE_M + ERECTOR_WIDTH_M / 2.0) }, centre_x);
        let (x1, y1) = to_drawing(
            BackPoint { along: BACK_LENGTH_M, lateral: side * (ERECTOR_CENTRE_M - ERECTOR_WIDTH_M / 2.0) },
            centre_x,
        );
        html! { <rect class="back__band" x={format!("{:.0}", x0.min(x1))} y={format!("{y0:.0}")} width={format!("{:.0}", (x1 - x0).abs())} height={format!("{:.0}", y1 - y0)} /> }
    };
    let (_, spine_top) = to_drawing(BackPoint::at(0.0, 0.0), centre_x);
    let (_, spine_bottom) = to_drawing(BackPoint::at(1.0, 0.0), centre_x);
    html! {
        <g class="back">
            <path class="back__skin" d={outline_path(centre_x)} />
            { band(-1.0) }
            { band(1.0) }
            <line class="back__spine" x1={format!("{centre_x:.0}")} y1={format!("{spine_top:.0}")} x2={format!("{centre_x:.0}")} y2={format!("{spine_bottom:.0}")} />
            { for LANDMARKS.iter().map(|(name, fraction)| {
                let (x, y) = to_drawing(BackPoint::at(*fraction, 0.0), centre_x);
                html! {
                    <g class="back__landmark" transform={format!("translate({x:.0} {y:.0})")}>
                        <line x1="-6" y1="0" x2="6" y2="0" />
                        <text x="10" y="0" dominant-baseline="middle">{ tr.landmark(name) }</text>
                    </g>
                }
            }) }
        </g>
    }
}

/// One contact on the back: its heat map (a canvas filled after rendering), the pads' outlines
/// (dashed) and loaded areas. `mirror` is +1 on the client's left of the spine, −1 on the right:
/// the surface's y (towards the big toe or the thumb) points away from the spine on both.
fn contact(side: &Side, position: BackPoint, mirror: f64, centre_x: f64, heat: &NodeRef) -> Html {
    let grid = &side.patch.grid;
    let cop = side.patch.centre_of_pressure();
    let (px, py) = to_drawing(position, centre_x);
    // Surface frame (x towards the toes or fingertips, y across) to the contact's own drawing
    // units about its centre of pressure, toes towards the head.
    let local = |p: Vec2| (-mirror * (p.y - cop.y) * MM, -(p.x - cop.x) * MM);
    let heat_map = (grid.nx > 0 && grid.ny > 0).then(|| {
        let corner = grid.origin - Vec2::new(grid.cell_m / 2.0, grid.cell_m / 2.0);
        let (e, f) = local(corner);
        let k = grid.cell_m * MM;
        html! {
            <foreignObject ref={heat.clone()} x="0" y="0" width={grid.nx.to_string()} height={grid.ny.to_string()}
                           transform={format!("matrix(0 {:.4} {:.4} 0 {e:.2} {f:.2})", -k, -mirror * k)} />
        }
    });
    let ellipse = |e: Ellipse, class: &'static str| {
        let (x, y) = local(e.centre);
        html! { <ellipse {class} cx={format!("{x:.1}")} cy={format!("{y:.1}")} rx={format!("{:.1}", e.semi_y * MM)} ry={format!("{:.1}", e.semi_x * MM)} /> }
    };
    html! {
        <g class="contact-patch" transform={format!("translate({px:.1} {py:.1})")}>
            { for heat_map }
            { for side.patch.pads.iter().map(|pad| html! { <>{ ellipse(pad.outline, "pad-outline") }{ ellipse(pad.loaded, "pad-loaded") }</> }) }
        </g>
    }
}

/// A label beside a contact, kept inside the back's panel.
fn label(text: String, position: BackPoint, mirror: f64, centre_x: f64) -> Html {
    let spot = BackPoint { along: position.along, lateral: position.lateral + mirror * LABEL_OFFSET_M };
    let (x, y) = to_drawing(spot, centre_x);
    let y = y.clamp(30.0, (BELOW_C7_M + ABOVE_C7_M) * MM - 60.0);
    html! {
        <g transform={format!("translate({x:.0} {y:.0})")}>
            <text class="patch-label" text-anchor="middle" dominant-baseline="middle">{ text }</text>
        </g>
    }
}

/// Scale bar: 10 cm, or 4 in in US units, bottom left of the drawing.
fn scale_bar(tr: &Translations, units: Units, left: f64) -> Html {
    let length_m = match units {
        Units::Metric => 0.10,
        Units::Imperial => 0.1016,
    };
    let text = quantity(length_m, Kind::Length, units, tr.locale);
    let (x, y) = (left + 30.0, (BELOW_C7_M + ABOVE_C7_M) * MM - 24.0);
    html! {
        <g class="scale-bar" transform={format!("translate({x:.0} {y:.0})")}>
            <line x1="0" y1="0" x2={format!("{:.0}", length_m * MM)} y2="0" />
            <text x="0" y="-12">{ tr.t_args("legend-scale", &[("length", &text)]) }</text>
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub struct BackViewProps {
    pub comparison: Rc<Comparison>,
    pub units: Units,
}

#[component]
pub fn BackView(props: &BackViewProps) -> Html {
    let tr = use_context::<Rc<Translations>>().expect("translations provided");
    let heats: [NodeRef; 4] = [use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref()];
    {
        let heats = heats.clone();
        use_effect_with(props.comparison.clone(), move |c| {
            paint_grid(&heats[0], &c.foot.patch.grid);
            paint_grid(&heats[1], &c.hand.patch.grid);
            paint_grid(&heats[2], &c.foot.patch.grid);
            paint_grid(&heats[3], &c.hand.patch.grid);
        });
    }
    let c = &props.comparison;
    let height = (BELOW_C7_M + ABOVE_C7_M) * MM;
    let half = PANEL_WIDTH_M * MM / 2.0;
    let over = |side: &Side| classes!("contacts", side.over_comfort().then_some("contacts--over"));
    let mirrored = |p: BackPoint| BackPoint { lateral: -p.lateral, ..p };
    let (foot, hand) = (&c.foot, &c.hand);
    let content = if c.settings.pair {
        // Two backs: ashiatsu on the left, hand massage on the right, each with both contacts.
        let (fx, hx) = (-half, half);
        html! {
            <>
                { back(fx, &tr) }
                { back(hx, &tr) }
                <g class={over(foot)} data-side="foot">
                    { contact(foot, foot.position, 1.0, fx, &heats[0]) }
                    { contact(foot, mirrored(foot.position), -1.0, fx, &heats[2]) }
                    { label(tr.t("back-foot"), BackPoint { along: -0.06, lateral: 0.0 }, 0.0, fx) }
                </g>
                <g class={over(hand)} data-side="hand">
                    { contact(hand, hand.position, -1.0, hx, &heats[1]) }
                    { contact(hand, mirrored(hand.position), 1.0, hx, &heats[3]) }
                    { label(tr.t("back-hand"), BackPoint { along: -0.06, lateral: 0.0 }, 0.0, hx) }
                </g>
                { scale_bar(&tr, props.units, -2.0 * half) }
            </>
        }
    } else {
        html! {
            <>
                { back(0.0, &tr) }
                <g class={over(foot)} data-side="foot">
                    { contact(foot, foot.position, 1.0, 0.0, &heats[0]) }
                    { label(tr.t("back-foot"), foot.position, 1.0, 0.0) }
                </g>
                <g class={over(hand)} data-side="hand">
                    { contact(hand, hand.position, -1.0, 0.0, &heats[1]) }
                    { label(tr.t("back-hand"), hand.position, -1.0, 0.0) }
                </g>
                { scale_bar(&tr, props.units, -half) }
            </>
        }
    };
    let (x0, width) = if c.settings.pair { (-2.0 * half, 4.0 * half) } else { (-half, 2.0 * half) };
    html! {
        <svg class={classes!("back-view", c.settings.pair.then_some("back-view--pair"))} data-figure="back"
             viewBox={format!("{x0:.0} 0 {width:.0} {height:.0}")} role="img" aria-label={tr.t(if c.settings.pair { "back-label-pair" } else { "back-label" })}>
            { content }
        </svg>
    }
}
