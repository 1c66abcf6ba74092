//! The two side views: the ashiatsu practitioner on the table holding the bars, and the hand
//! therapist leaning in beside it, posed by the model every frame, with force arrows to scale and
//! their words placed clear of each other; under each, the cross-section of the tissue.

use super::arrow_key::ArrowKey;
use super::depth_view::{DepthView, Which};
use crate::draw::figures::person::{keep_off, practitioner_beside_table, practitioner_on_table, sole_stretches};
use crate::draw::figures::room::{bars, room, table_far_edge};
use crate::draw::heat::css;
use crate::draw::labels::{place, Placed, Rect, Spot, Wanted};
use crate::draw::node::{el, group, El, Node};
use crate::draw::svg::{arrow, labels, line, markers, pt, Arrow, ARROW_M_PER_N, VIEW_BOX};
use crate::format::{quantity, quantity_with, Kind, Units, NEWTONS_PER_LBF};
use crate::hooks::drawing::use_drawing;
use crate::hooks::picture_scale::{use_units_per_px, Picture};
use crate::hooks::translations::use_tr;
use crate::i18n::Translations;
use ashiatsu_model::body::BACK_SURFACE_HEIGHT_M;
use ashiatsu_model::geometry::Vec2;
use ashiatsu_model::practitioner::skeleton_scale;
use ashiatsu_model::Comparison;
use std::rc::Rc;
use yew::prelude::*;

/// The arrows of each side view, by colour class.
const FOOT_ARROWS: &[&str] = &["weight", "support", "normal", "shear"];
const HAND_ARROWS: &[&str] = &["weight", "push", "normal", "shear"];
const DOWN: Vec2 = Vec2::new(0.0, -1.0);
const UP: Vec2 = Vec2::new(0.0, 1.0);

#[derive(Properties, PartialEq)]
pub struct SideViewsProps {
    /// The moments each side view and cross-section are drawn at (src/hooks/shown.rs: they may
    /// take turns while the stroke plays).
    pub foot: Rc<Comparison>,
    pub foot_depth: Rc<Comparison>,
    pub hand: Rc<Comparison>,
    pub hand_depth: Rc<Comparison>,
    pub units: Units,
    /// Size of the words inside the pictures, CSS px (larger for a class).
    pub label_px: f64,
    /// The side views themselves, and the cross-sections under them (a lesson scene about depth
    /// shows only those).
    #[prop_or(true)]
    pub with_side: bool,
    #[prop_or(true)]
    pub with_depth: bool,
}

/// The arrows' scale: a bar with end ticks worth a round weight (20 kg, or 50 lb) at the floor,
/// left of the table's head end, clear of the furniture; its label is placed with the others.
fn scale_bar(units: Units, tr: &Translations) -> (El, Wanted) {
    let force_n = match units {
        Units::Metric => 20.0 * STANDARD_GRAVITY,
        Units::Imperial => 50.0 * NEWTONS_PER_LBF,
    };
    let text = quantity_with(force_n, Kind::Weight, units, tr.locale, 0);
    let start = Vec2::new(-0.27, 0.12);
    let (x1, y) = pt(start);
    let (x2, _) = pt(start + Vec2::new(force_n * ARROW_M_PER_N, 0.0));
    let tick = |x: f64| Node::from(line((x, y - 3.0), (x, y + 3.0)));
    let bar = el("g").class("scale-bar").kids([line((x1, y), (x2, y)).into(), tick(x1), tick(x2)]);
    let wanted = Wanted {
        text,
        anchor: ((x1 + x2) / 2.0, y),
        gap: 4.0,
        spots: vec![Spot::Above, Spot::Below, Spot::AboveRight],
        optional: false,
    };
    (bar, wanted)
}

/// Standard gravity, m/s²: the scale bar's kilograms of weight.
const STANDARD_GRAVITY: f64 = 9.806_65;

/// The part of the drawing the words may use: all of its view box.
fn bounds(top_crop: f64) -> Rect {
    let (x, y, w, h) = VIEW_BOX;
    Rect { left: x + 1.0, top: y + 1.0 + top_crop, right: x + w - 1.0, bottom: y + h - 1.0 }
}

/// How much of the hand's view is cropped from the top, units: there are no bars above the hand
/// therapist, so the picture ends above the head (the foot's view keeps its bars).
pub const HAND_TOP_CROP: f64 = 110.0;

/// A side view's box in drawing units: the hand's without its empty top.
pub fn view_box_of(which: Which) -> (f64, f64, f64, f64) {
    let (x, y, w, h) = VIEW_BOX;
    match which {
        Which::Foot => (x, y, w, h),
        Which::Hand => (x, y + HAND_TOP_CROP, w, h - HAND_TOP_CROP),
    }
}

#[derive(Properties, PartialEq)]
struct SideViewProps {
    comparison: Rc<Comparison>,
    units: Units,
    which: Which,
    label_px: f64,
}

/// What a side view draws, given the size of its words in drawing units.
struct Drawing<'a> {
    c: &'a Comparison,
    tr: &'a Translations,
    units: Units,
    font: f64,
}

/// The widest a picture is drawn, CSS px, where its arrows are named only in the key beside it
/// (a phone's side-by-side views): the force and the scale keep their numbers inside.
const NAMES_INSIDE_FROM_PX: f64 = 340.0;

impl Drawing<'_> {
    /// The force pressing into the back, as the weight that presses with it (the first screen's
    /// plain words: "19.5 kg").
    fn force(&self, n: f64) -> String {
        quantity(n, Kind::Weight, self.units, self.tr.locale)
    }

    /// The arrows' names fit inside the picture (not on a phone's narrow views).
    fn names_inside(&self) -> bool {
        self.font * NAMES_INSIDE_FROM_PX <= 13.0 * VIEW_BOX.2 + 1e-9
    }

    /// A label near an arrow's tail or middle, with the spots to try in order.
    fn word(&self, text: String, anchor: (f64, f64), spots: &[Spot]) -> Wanted {
        Wanted { text, anchor, gap: self.font * 0.5, spots: spots.to_vec(), optional: false }
    }

    /// The parts of the ashiatsu figure the words keep off: head, trunk and both arms.
    fn foot_figure(&self) -> Vec<Rect> {
        let p = &self.c.foot_pose;
        let arms = [[p.shoulder, p.elbows[0], p.hands[0]], [p.shoulder, p.elbows[1], p.hands[1]]];
        keep_off(p.head, [p.pelvis, p.shoulder], &arms, skeleton_scale(self.c.foot_length_m))
    }

    /// The parts of the hand therapist the words keep off: head, trunk and the working arm.
    fn hand_figure(&self) -> Vec<Rect> {
        let h = &self.c.hand_pose;
        keep_off(h.head, [h.pelvis, h.shoulder], &[[h.shoulder, h.elbow, h.hand]], skeleton_scale(self.c.foot_length_m))
    }

    /// Ashiatsu: body weight down at the centre of mass, the bars holding up at the hands, the
    /// foot's force straight down into the back, friction along the skin while gliding.
    fn ashiatsu(&self) -> (El, Vec<Placed>) {
        let c = self.c;
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
        let (bar, bar_label) = scale_bar(self.units, self.tr);
        let mut wanted = vec![self.word(
            self.force(c.foot.readouts.normal_force_n),
            normal.tail,
            &[Spot::AboveLeft, Spot::AboveRight, Spot::Left, Spot::Above, Spot::Right],
        )];
        if self.names_inside() {
            wanted.push(self.word(
                self.tr.t("arrow-weight"),
                weight.middle(),
                &[Spot::Right, Spot::Left, Spot::BelowRight, Spot::AboveRight],
            ));
            wanted.push(self.word(
                self.tr.t("arrow-bars"),
                support.middle(),
                &[Spot::Right, Spot::Left, Spot::BelowRight, Spot::BelowLeft],
            ));
        }
        wanted.push(bar_label);
        let placed = self.place(&[&weight, &support, &normal, &shear], &self.foot_figure(), &wanted, 0.0);
        let sole = sole_stretches(&c.foot.patch.pads, c.foot_length_m);
        let (far, near) = practitioner_on_table(p, skeleton_scale(c.foot_length_m), c.foot_length_m, &sole);
        let drawing = group([
            markers("af", FOOT_ARROWS),
            bars(),
            table_far_edge(),
            far.into(),
            room(),
            near.into(),
            forces([weight, support, normal, shear]).into(),
            bar.into(),
            labels(&placed, self.font, "labels--side").into(),
        ]);
        (drawing, placed)
    }

    /// Hand massage: body weight at the centre of mass, the push the hand gives the skin, and its
    /// two parts: into the back and along the skin (towards the head when the hand pushes the skin
    /// away; along the glide while it glides).
    fn hand_massage(&self) -> (El, Vec<Placed>) {
        let c = self.c;
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
        let shear_n = c.hand.readouts.shear_force_n;
        let shear = arrow(contact + along_skin * (shear_n * ARROW_M_PER_N), along_skin, shear_n, "shear", "ah-shear");
        let (bar, bar_label) = scale_bar(self.units, self.tr);
        let mut wanted = vec![self.word(
            self.force(c.hand.readouts.normal_force_n),
            normal.tail,
            &[Spot::AboveLeft, Spot::Left, Spot::AboveRight, Spot::Above, Spot::Right],
        )];
        if self.names_inside() {
            wanted.push(self.word(
                self.tr.t("arrow-push"),
                push.tail,
                &[Spot::AboveLeft, Spot::Left, Spot::Above, Spot::AboveRight, Spot::Right],
            ));
            wanted.push(self.word(
                self.tr.t("arrow-weight"),
                weight.middle(),
                &[Spot::Right, Spot::Left, Spot::BelowRight, Spot::AboveRight],
            ));
        }
        wanted.push(bar_label);
        let placed = self.place(&[&weight, &push, &normal, &shear], &self.hand_figure(), &wanted, HAND_TOP_CROP);
        let pressed = css(c.hand.readouts.mean_pressure_pa);
        let scale = skeleton_scale(c.foot_length_m);
        let figure = practitioner_beside_table(h, scale, contact, c.settings.hand.presses_with_the_arm(), &pressed);
        let drawing = group([
            markers("ah", HAND_ARROWS),
            room(),
            figure.into(),
            forces([weight, push, normal, shear]).into(),
            bar.into(),
            labels(&placed, self.font, "labels--side").into(),
        ]);
        (drawing, placed)
    }

    /// The words placed clear of the arrows and of each other.
    fn place(&self, arrows: &[&Arrow], figure: &[Rect], wanted: &[Wanted], top_crop: f64) -> Vec<Placed> {
        let mut obstacles: Vec<Rect> = arrows.iter().flat_map(|a| a.obstacles(self.font * 0.4)).collect();
        obstacles.extend_from_slice(figure);
        place(wanted, &obstacles, bounds(top_crop), self.font)
    }
}

/// The arrows of a side view, in one group.
fn forces(arrows: [Arrow; 4]) -> El {
    el("g").class("forces").kids(arrows.map(|a| Node::from(a.node)))
}

#[component]
fn SideView(props: &SideViewProps) -> Html {
    let tr = use_tr();
    let node = use_node_ref();
    let (x, y, w, h) = view_box_of(props.which);
    let scale_on_screen = use_units_per_px(node.clone(), (w, h), Picture::Side);
    let drawing = Drawing {
        c: &props.comparison,
        tr: &tr,
        units: props.units,
        font: props.label_px * scale_on_screen.units_per_px,
    };
    let (side, label, content) = match props.which {
        Which::Foot => ("foot", tr.t("side-foot-label"), drawing.ashiatsu().0),
        Which::Hand => ("hand", tr.t("side-hand-label"), drawing.hand_massage().0),
    };
    let content = use_drawing(node.clone(), content);
    // The block around the picture is what the figure's column lays out; the picture inside it
    // is a layout root of its own (static/styles.css), which a flex item cannot be.
    html! {
        <div class="side-view-box">
            <svg ref={node} class="side-view" data-figure="side" data-side={side} data-measured={scale_on_screen.marker()}
                 viewBox={format!("{x} {y} {w} {h}")} role="img" aria-label={label} preserveAspectRatio="xMidYMax meet">
                { content }
            </svg>
        </div>
    }
}

#[component]
pub fn SideViews(props: &SideViewsProps) -> Html {
    let tr = use_tr();
    let (units, label_px) = (props.units, props.label_px);
    let caption = |side: &str| {
        html! { <figcaption><strong>{ tr.t(&format!("side-{side}")) }</strong><span>{ tr.t(&format!("side-{side}-sub")) }</span></figcaption> }
    };
    let depth = |comparison: &Rc<Comparison>, which: Which| {
        props.with_depth.then(|| {
            html! {
                <div class="depth-block">
                    <p class="depth-caption">{ tr.t("depth-heading") }</p>
                    <DepthView comparison={comparison.clone()} {units} {which} {label_px} />
                </div>
            }
        })
    };
    html! {
        <div class={classes!("side-views", (!props.with_side).then_some("side-views--depth-only"))}>
            <figure class="side side--foot">
                { caption("foot") }
                if props.with_side {
                    <SideView comparison={props.foot.clone()} {units} which={Which::Foot} {label_px} />
                }
                { for depth(&props.foot_depth, Which::Foot) }
            </figure>
            <figure class="side side--hand">
                { caption("hand") }
                if props.with_side {
                    <ArrowKey />
                    <SideView comparison={props.hand.clone()} {units} which={Which::Hand} {label_px} />
                }
                { for depth(&props.hand_depth, Which::Hand) }
            </figure>
            if props.with_depth {
                <p class="depth-key">{ tr.t("depth-key") }</p>
            }
        </div>
    }
}

/// The side views' tests: every word finds a free spot, and the drawings keep their shape.
#[cfg(test)]
#[path = "side_views_tests.rs"]
mod tests;
