//! The two side views: the ashiatsu practitioner on the table holding the bars, and the hand
//! therapist leaning in beside it, posed by the model every frame, with force arrows to scale and
//! their words placed clear of each other; under each, the cross-section of the tissue.

use super::depth_view::{DepthView, Which};
use super::figures::person::{practitioner_beside_table, practitioner_on_table, sole_stretches};
use super::figures::room::{bars, room};
use super::heat::css;
use super::labels::{place, Rect, Spot, Wanted};
use super::svg::{arrow, labels, markers, pt, ARROW_M_PER_N, VIEW_BOX};
use crate::format::{quantity, Kind, Units};
use crate::hooks::picture_scale::use_units_per_px;
use crate::i18n::Translations;
use ashiatsu_model::body::BACK_SURFACE_HEIGHT_M;
use ashiatsu_model::geometry::Vec2;
use ashiatsu_model::practitioner::skeleton_scale;
use ashiatsu_model::Comparison;
use std::rc::Rc;
use yew::prelude::*;

const DOWN: Vec2 = Vec2::new(0.0, -1.0);
const UP: Vec2 = Vec2::new(0.0, 1.0);
/// The width a side view is assumed to have before it is measured, CSS px.
const GUESS_PX: f64 = 380.0;

#[derive(Properties, PartialEq)]
pub struct SideViewsProps {
    pub comparison: Rc<Comparison>,
    pub units: Units,
    /// Size of the words inside the pictures, CSS px (larger for a class).
    pub label_px: f64,
}

/// A bar worth 200 N (or 50 lbf) in the arrows' scale, at the bottom right; its label is placed
/// with the others.
fn scale_bar(units: Units, tr: &Translations) -> (Html, Wanted) {
    let (force_n, text) = match units {
        Units::Metric => (200.0, quantity(200.0, Kind::Force, units, tr.locale)),
        Units::Imperial => (50.0 * 4.448_221_615_260_5, "50\u{a0}lbf".to_string()),
    };
    let start = Vec2::new(1.6, 0.1);
    let (x1, y) = pt(start);
    let (x2, _) = pt(start + Vec2::new(force_n * ARROW_M_PER_N, 0.0));
    let html = html! {
        <g class="scale-bar"><line x1={format!("{x1:.1}")} y1={format!("{y:.1}")} x2={format!("{x2:.1}")} y2={format!("{y:.1}")} /></g>
    };
    let wanted = Wanted {
        text,
        anchor: ((x1 + x2) / 2.0, y),
        gap: 2.0,
        spots: vec![Spot::Above, Spot::Below, Spot::Left],
        optional: false,
    };
    (html, wanted)
}

/// The part of the drawing the words may use: all of it, but in the hand's view not the top,
/// which a narrow screen crops (nothing is drawn there: there are no bars).
fn bounds(top_crop: f64) -> Rect {
    let (x, y, w, h) = VIEW_BOX;
    Rect { left: x + 1.0, top: y + 1.0 + top_crop, right: x + w - 1.0, bottom: y + h - 1.0 }
}

/// How much of the hand's view a narrow screen may crop from the top (styles.css), units.
const HAND_TOP_CROP: f64 = 110.0;

fn view_box() -> String {
    let (x, y, w, h) = VIEW_BOX;
    format!("{x} {y} {w} {h}")
}

#[derive(Properties, PartialEq)]
struct SideViewProps {
    comparison: Rc<Comparison>,
    units: Units,
    which: Which,
    label_px: f64,
}

#[component]
fn SideView(props: &SideViewProps) -> Html {
    let tr = use_context::<Rc<Translations>>().expect("translations provided");
    let node = use_node_ref();
    // The width sets the scale: a narrow screen crops the hand's view from the top ("slice").
    let scale_on_screen = use_units_per_px(node.clone(), (VIEW_BOX.2, 0.0), GUESS_PX);
    let font = props.label_px * scale_on_screen.units_per_px;
    let c = &props.comparison;
    let force = |n: f64| quantity(n, Kind::Force, props.units, tr.locale);
    let scale = skeleton_scale(c.foot_length_m);
    let (bar, bar_label) = scale_bar(props.units, &tr);
    let half = font * 0.4;

    match props.which {
        Which::Foot => {
            // Body weight down at the centre of mass, the bars holding up at the hands, the foot's
            // force straight down into the back, friction along the skin while gliding.
            let p = &c.foot_pose;
            let contact = Vec2::new(c.foot.position.from_head_end(), BACK_SURFACE_HEIGHT_M);
            let grip = (p.hands[0] + p.hands[1]) * 0.5;
            let motion = Vec2::new(c.motion, 0.0);
            let weight = arrow(
                p.centre_of_mass + DOWN * (c.ashiatsu.weight_n * ARROW_M_PER_N),
                DOWN,
                c.ashiatsu.weight_n,
                "weight",
                "af-weight",
            );
            let support = arrow(grip, UP, c.ashiatsu.bars_n, "support", "af-support");
            let normal = arrow(contact, DOWN, c.foot.readouts.normal_force_n, "normal", "af-normal");
            let shear_n = if c.motion == 0.0 { 0.0 } else { c.foot.readouts.shear_force_n };
            let shear = arrow(contact + motion * (shear_n * ARROW_M_PER_N), motion, shear_n, "shear", "af-shear");
            let arrows = [&weight, &support, &normal, &shear];
            let obstacles: Vec<Rect> = arrows.iter().flat_map(|a| a.obstacles(half)).collect();
            let wanted = vec![
                Wanted {
                    text: force(c.foot.readouts.normal_force_n),
                    anchor: normal.tail,
                    gap: font * 0.5,
                    spots: vec![Spot::AboveLeft, Spot::AboveRight, Spot::Left, Spot::Above, Spot::Right],
                    optional: false,
                },
                Wanted {
                    text: tr.t("arrow-weight"),
                    anchor: weight.middle(),
                    gap: font * 0.5,
                    spots: vec![Spot::Right, Spot::Left, Spot::BelowRight, Spot::AboveRight],
                    optional: false,
                },
                Wanted {
                    text: tr.t("arrow-bars"),
                    anchor: support.middle(),
                    gap: font * 0.5,
                    spots: vec![Spot::Right, Spot::Left, Spot::BelowRight, Spot::BelowLeft],
                    optional: false,
                },
                bar_label,
            ];
            let placed = place(&wanted, &obstacles, bounds(0.0), font);
            let sole = sole_stretches(&c.foot.patch.pads, c.foot_length_m);
            let (far, near) = practitioner_on_table(p, scale, c.foot_length_m, &sole);
            html! {
                <svg ref={node} class="side-view" data-figure="side" data-side="foot" data-measured={scale_on_screen.marker()} viewBox={view_box()} role="img"
                     aria-label={tr.t("side-foot-label")} preserveAspectRatio="xMidYMid meet">
                    { markers("af", &["weight", "support", "normal", "shear"]) }
                    { bars() }
                    <g class="figure figure--foot" aria-hidden="true">{ far }</g>
                    { room() }
                    <g class="figure figure--foot" aria-hidden="true">{ near }</g>
                    <g class="forces">{ weight.html }{ support.html }{ normal.html }{ shear.html }</g>
                    { bar }
                    { labels(&placed, font, "labels--side") }
                </svg>
            }
        }
        Which::Hand => {
            // Body weight at the centre of mass, the push the hand gives the skin, and its two
            // parts: into the back and along the skin (towards the head when the hand pushes the
            // skin away; along the glide while it glides).
            let h = &c.hand_pose;
            let contact = Vec2::new(c.hand.position.from_head_end(), BACK_SURFACE_HEIGHT_M);
            let t = c.hand.readouts.shear_force_n / c.hand.readouts.normal_force_n.max(1e-9);
            let towards_head = if c.hand.tangential_ratio < 0.0 { -1.0 } else { 1.0 };
            let push_dir = Vec2::new(-towards_head * t, -1.0) * (1.0 / (1.0 + t * t).sqrt());
            let along_skin = Vec2::new(if c.motion != 0.0 { c.motion } else { -towards_head }, 0.0);
            let weight = arrow(
                h.centre_of_mass + DOWN * (c.ashiatsu.weight_n * ARROW_M_PER_N),
                DOWN,
                c.ashiatsu.weight_n,
                "weight",
                "ah-weight",
            );
            let push = arrow(contact, push_dir, c.hand.applied_force_n, "push", "ah-push");
            let normal = arrow(contact, DOWN, c.hand.readouts.normal_force_n, "normal", "ah-normal");
            let shear = arrow(
                contact + along_skin * (c.hand.readouts.shear_force_n * ARROW_M_PER_N),
                along_skin,
                c.hand.readouts.shear_force_n,
                "shear",
                "ah-shear",
            );
            let arrows = [&weight, &push, &normal, &shear];
            let obstacles: Vec<Rect> = arrows.iter().flat_map(|a| a.obstacles(half)).collect();
            let wanted = vec![
                Wanted {
                    text: force(c.hand.readouts.normal_force_n),
                    anchor: normal.tail,
                    gap: font * 0.5,
                    spots: vec![Spot::AboveLeft, Spot::Left, Spot::AboveRight, Spot::Above, Spot::Right],
                    optional: false,
                },
                Wanted {
                    text: tr.t("arrow-push"),
                    anchor: push.tail,
                    gap: font * 0.5,
                    spots: vec![Spot::AboveLeft, Spot::Left, Spot::Above, Spot::AboveRight, Spot::Right],
                    optional: false,
                },
                Wanted {
                    text: tr.t("arrow-weight"),
                    anchor: weight.middle(),
                    gap: font * 0.5,
                    spots: vec![Spot::Right, Spot::Left, Spot::BelowRight, Spot::AboveRight],
                    optional: false,
                },
                bar_label,
            ];
            let placed = place(&wanted, &obstacles, bounds(HAND_TOP_CROP), font);
            let pressed = css(c.hand.readouts.mean_pressure_pa);
            let figure = practitioner_beside_table(h, scale, contact, c.settings.hand.presses_with_the_arm(), &pressed);
            html! {
                <svg ref={node} class="side-view" data-figure="side" data-side="hand" data-measured={scale_on_screen.marker()} viewBox={view_box()} role="img"
                     aria-label={tr.t("side-hand-label")} preserveAspectRatio="xMidYMax slice">
                    { markers("ah", &["weight", "push", "normal", "shear"]) }
                    { room() }
                    <g class="figure figure--hand" aria-hidden="true">{ figure }</g>
                    <g class="forces">{ weight.html }{ push.html }{ normal.html }{ shear.html }</g>
                    { bar }
                    { labels(&placed, font, "labels--side") }
                </svg>
            }
        }
    }
}

#[component]
pub fn SideViews(props: &SideViewsProps) -> Html {
    let tr = use_context::<Rc<Translations>>().expect("translations provided");
    let (c, units, label_px) = (props.comparison.clone(), props.units, props.label_px);
    html! {
        <div class="side-views">
            <figure class="side side--foot">
                <figcaption><strong>{ tr.t("side-foot") }</strong><span>{ tr.t("side-foot-sub") }</span></figcaption>
                <SideView comparison={c.clone()} {units} which={Which::Foot} {label_px} />
                <p class="depth-caption">{ tr.t("depth-heading") }</p>
                <DepthView comparison={c.clone()} {units} which={Which::Foot} {label_px} />
            </figure>
            <figure class="side side--hand">
                <figcaption><strong>{ tr.t("side-hand") }</strong><span>{ tr.t("side-hand-sub") }</span></figcaption>
                <SideView comparison={c.clone()} {units} which={Which::Hand} {label_px} />
                <p class="depth-caption">{ tr.t("depth-heading") }</p>
                <DepthView comparison={c} {units} which={Which::Hand} {label_px} />
            </figure>
        </div>
    }
}
