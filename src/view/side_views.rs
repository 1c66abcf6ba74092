//! The two side views: the ashiatsu practitioner on the table holding the bars, and the hand
//! therapist leaning in beside it, posed by the model every frame, with force arrows to scale.

use super::depth_view::{DepthView, Which};
use super::scenery::Scenery;
use super::svg::{arrow, disc, limb, markers, pt, LabelAt, ARROW_M_PER_N, VIEW_BOX};
use crate::format::{quantity, Kind, Units};
use crate::i18n::Translations;
use ashiatsu_model::body::BAR_HEIGHT_M;
use ashiatsu_model::geometry::Vec2;
use ashiatsu_model::pose::BARS_FROM_HEAD_END_M;
use ashiatsu_model::Comparison;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SideViewsProps {
    pub comparison: Rc<Comparison>,
    pub units: Units,
}

const DOWN: Vec2 = Vec2::new(0.0, -1.0);
const UP: Vec2 = Vec2::new(0.0, 1.0);

fn scale_bar(tr: &Translations, units: Units) -> Html {
    // A bar worth 200 N (or 50 lbf) in the arrows' scale, bottom right.
    let (force_n, label) = match units {
        Units::Metric => (200.0, quantity(200.0, Kind::Force, units, tr.locale)),
        Units::Imperial => (50.0 * 4.448_221_615_260_5, "50\u{a0}lbf".to_string()),
    };
    let start = Vec2::new(1.55, 0.12);
    let (x1, y) = pt(start);
    let (x2, _) = pt(start + Vec2::new(force_n * ARROW_M_PER_N, 0.0));
    html! {
        <g class="scale-bar">
            <line x1={format!("{x1:.1}")} y1={format!("{y:.1}")} x2={format!("{x2:.1}")} y2={format!("{y:.1}")} />
            <text x={format!("{:.1}", (x1 + x2) / 2.0)} y={format!("{:.1}", y - 4.0)} text-anchor="middle">
                { tr.t_args("arrow-scale", &[("force", &label)]) }
            </text>
        </g>
    }
}

#[component]
pub fn SideViews(props: &SideViewsProps) -> Html {
    let tr = use_context::<Rc<Translations>>().expect("translations provided");
    let c = &props.comparison;
    let units = props.units;
    let locale = tr.locale;
    let force = |n: f64| quantity(n, Kind::Force, units, locale);

    // Ashiatsu: body weight down at the centre of mass, bars up at the hands, the foot's force
    // straight down into the back, friction along the skin while gliding.
    let p = &c.foot_pose;
    let foot_contact = Vec2::new(c.foot.position.from_head_end(), ashiatsu_model::body::BACK_SURFACE_HEIGHT_M);
    let grip = (p.hands[0] + p.hands[1]) * 0.5;
    let (bx0, by) = pt(Vec2::new(BARS_FROM_HEAD_END_M.0, BAR_HEIGHT_M));
    let (bx1, _) = pt(Vec2::new(BARS_FROM_HEAD_END_M.1, BAR_HEIGHT_M));
    let motion = Vec2::new(c.motion, 0.0);
    let foot_figure = html! {
        <svg class="side-view" data-figure="side" data-side="foot" viewBox={VIEW_BOX} role="img" aria-label={tr.t("side-foot-label")} preserveAspectRatio="xMidYMid meet">
            { markers("af", &["weight", "support", "normal", "shear"]) }
            <g class="figure figure--foot" aria-hidden="true">
                { limb(&[p.shoulder, p.elbows[1], p.hands[1]], "limb limb--far") }
                { limb(&[p.pelvis, p.standing_knee, p.standing_ankle], "limb limb--far") }
                { limb(&[p.standing_heel, p.standing_toe], "sole sole--far") }
            </g>
            <Scenery />
            <g class="bars" aria-hidden="true">
                <line class="bar-mount" x1={format!("{:.1}", bx0 + 10.0)} y1="0" x2={format!("{:.1}", bx0 + 10.0)} y2={format!("{by:.1}")} />
                <line class="bar-mount" x1={format!("{:.1}", bx1 - 10.0)} y1="0" x2={format!("{:.1}", bx1 - 10.0)} y2={format!("{by:.1}")} />
                <line class="bar" x1={format!("{bx0:.1}")} y1={format!("{by:.1}")} x2={format!("{bx1:.1}")} y2={format!("{by:.1}")} />
            </g>
            <g class="figure figure--foot" aria-hidden="true">
                { limb(&[p.pelvis, p.shoulder], "torso") }
                { disc(p.head, 0.11, "head") }
                { limb(&[p.pelvis, p.working_knee, p.working_ankle], "limb") }
                { limb(&[p.working_heel, p.working_ankle, p.working_toe], "foot") }
                { limb(&[p.shoulder, p.elbows[0], p.hands[0]], "limb") }
            </g>
            <g class="forces">
                { arrow(p.centre_of_mass + DOWN * (c.ashiatsu.weight_n * ARROW_M_PER_N), DOWN, c.ashiatsu.weight_n, "weight", "af-weight", Some((tr.t("arrow-weight"), LabelAt::Beside))) }
                { arrow(grip, UP, c.ashiatsu.bars_n, "support", "af-support", Some((tr.t("arrow-bars"), LabelAt::Beside))) }
                { arrow(foot_contact, DOWN, c.foot.readouts.normal_force_n, "normal", "af-normal", Some((force(c.foot.readouts.normal_force_n), LabelAt::Tail))) }
                { arrow(foot_contact + motion * (c.foot.readouts.shear_force_n * ARROW_M_PER_N), motion, if c.motion == 0.0 { 0.0 } else { c.foot.readouts.shear_force_n }, "shear", "af-shear", None) }
            </g>
            { scale_bar(&tr, units) }
        </svg>
    };

    // Hand massage: body weight at the centre of mass, the push the hand gives the skin, and its
    // two parts: into the back and along the skin (towards the head when the hand pushes the skin
    // away; along the glide while it glides).
    let h = &c.hand_pose;
    let hand_contact = Vec2::new(c.hand.position.from_head_end(), ashiatsu_model::body::BACK_SURFACE_HEIGHT_M);
    let t = c.hand.readouts.shear_force_n / c.hand.readouts.normal_force_n.max(1e-9);
    let towards_head = if c.hand.tangential_ratio < 0.0 { -1.0 } else { 1.0 };
    let push = Vec2::new(-towards_head * t, -1.0) * (1.0 / (1.0 + t * t).sqrt());
    let along_skin = Vec2::new(if c.motion != 0.0 { c.motion } else { -towards_head }, 0.0);
    let hand_figure = html! {
        <svg class="side-view" data-figure="side" data-side="hand" viewBox={VIEW_BOX} role="img" aria-label={tr.t("side-hand-label")} preserveAspectRatio="xMidYMid meet">
            { markers("ah", &["weight", "push", "normal", "shear"]) }
            <g class={classes!("figure", "figure--hand")} aria-hidden="true">
                { limb(&[h.pelvis, h.knee, h.ankle], "limb") }
                { limb(&[h.ankle, h.toe], "sole") }
                { limb(&[h.pelvis, h.shoulder], "torso") }
                { disc(h.head, 0.11, "head") }
            </g>
            <Scenery />
            <g class={classes!("figure", "figure--hand")} aria-hidden="true">
                { limb(&[h.shoulder, h.elbow, h.hand], "limb") }
            </g>
            <g class="forces">
                { arrow(h.centre_of_mass + DOWN * (c.ashiatsu.weight_n * ARROW_M_PER_N), DOWN, c.ashiatsu.weight_n, "weight", "ah-weight", Some((tr.t("arrow-weight"), LabelAt::Beside))) }
                { arrow(hand_contact, push, c.hand.applied_force_n, "push", "ah-push", Some((tr.t("arrow-push"), LabelAt::Tail))) }
                { arrow(hand_contact, DOWN, c.hand.readouts.normal_force_n, "normal", "ah-normal", Some((force(c.hand.readouts.normal_force_n), LabelAt::Left))) }
                { arrow(hand_contact + along_skin * (c.hand.readouts.shear_force_n * ARROW_M_PER_N), along_skin, c.hand.readouts.shear_force_n, "shear", "ah-shear", None) }
            </g>
            { scale_bar(&tr, units) }
        </svg>
    };

    html! {
        <div class="side-views">
            <figure class="side side--foot">
                <figcaption><strong>{ tr.t("side-foot") }</strong><span>{ tr.t("side-foot-sub") }</span></figcaption>
                { foot_figure }
                <p class="depth-caption">{ tr.t("depth-heading") }</p>
                <DepthView comparison={props.comparison.clone()} units={units} which={Which::Foot} />
            </figure>
            <figure class="side side--hand">
                <figcaption><strong>{ tr.t("side-hand") }</strong><span>{ tr.t("side-hand-sub") }</span></figcaption>
                { hand_figure }
                <p class="depth-caption">{ tr.t("depth-heading") }</p>
                <DepthView comparison={props.comparison.clone()} units={units} which={Which::Hand} />
            </figure>
        </div>
    }
}
