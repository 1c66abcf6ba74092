//! Close-ups of the two contacts seen from below, to scale with each other: the whole sole or the
//! hand (or forearm) drawn in outline, and on it the loaded pads coloured by pressure on the heat
//! map's scale, so that "the whole heel" beside "the tip of the thumb" reads at a glance.

use super::unchanged::same_contacts;
use crate::draw::figures::shapes::{limb, smooth_closed, P};
use crate::draw::heat::{self, pad_gradient};
use crate::draw::labels::{place, Rect, Spot, Wanted};
use crate::draw::node::{el, group, El, Node};
use crate::draw::svg::{labels, line, D1, MM_PER_M as MM};
use crate::format::{quantity, quantity_with, Kind, Units};
use crate::hooks::drawing::use_drawing;
use crate::hooks::picture_scale::{use_units_per_px, Picture};
use crate::hooks::translations::use_tr;
use ashiatsu_model::contact::{KNUCKLE_ALONG_M, REFERENCE_FOOT_LENGTH_M, REFERENCE_HAND_LENGTH_M};
use ashiatsu_model::geometry::Vec2;
use ashiatsu_model::{Comparison, HandTool, Side};
use std::rc::Rc;
use yew::prelude::*;

/// Drawing units per metre: millimetres.
/// Each close-up's window, mm: room for the longest foot.
const WIDTH_MM: f64 = 170.0;
const HEIGHT_MM: f64 = 350.0;
/// The drawing's size, mm (tied to the stylesheet's `aspect-ratio` by a test in src/view/mod.rs).
pub const VIEW_SIZE: (f64, f64) = (WIDTH_MM, HEIGHT_MM);

/// A point of the limb's own frame (x towards the toes or fingertips, y towards the big toe or
/// the thumb, metres) in the close-up's drawing: toes up, big toe to the left, `centre` (metres,
/// limb frame) in the middle of the window.
fn draw(p: Vec2, centre: Vec2) -> P {
    (-(p.y - centre.y) * MM, -(p.x - centre.x) * MM)
}

/// The sole of a foot `length` metres long, from below, with its toes.
fn sole_outline(length: f64, centre: Vec2) -> El {
    let l = length;
    let outline: [(f64, f64); 18] = [
        (0.01, -0.07),
        (0.07, -0.115),
        (0.2, -0.125),
        (0.42, -0.15),
        (0.62, -0.205),
        (0.74, -0.2),
        (0.8, -0.14),
        (0.86, -0.05),
        (0.93, 0.04),
        (0.995, 0.1),
        (0.97, 0.175),
        (0.88, 0.21),
        (0.72, 0.215),
        (0.55, 0.11),
        (0.33, 0.08),
        (0.17, 0.11),
        (0.07, 0.1),
        (0.005, 0.04),
    ];
    let pts: Vec<P> = outline.iter().map(|(x, y)| draw(Vec2::new(x * l, y * l), centre)).collect();
    let toes: [(f64, f64, f64); 5] =
        [(0.925, 0.11, 0.05), (0.9, 0.02, 0.033), (0.865, -0.045, 0.03), (0.825, -0.1, 0.028), (0.775, -0.15, 0.026)];
    el("g").class("limb-outline").child(outline_path(smooth_closed(&pts))).kids(toes.iter().map(|(x, y, r)| {
        let c = draw(Vec2::new(x * l, y * l), centre);
        round("toe", c, r * l * MM)
    }))
}

/// An outline's path.
fn outline_path(d: String) -> Node {
    el("path").attr("d", d).into()
}

/// A circle of radius `r` about `c` (a toe, a knuckle).
fn round(class: &'static str, c: P, r: f64) -> Node {
    el("circle").class(class).attr("cx", D1::new(c.0)).attr("cy", D1::new(c.1)).attr("r", D1::new(r)).into()
}

/// An open hand `length` metres long (wrist crease to fingertips), palm towards the viewer.
fn hand_outline(length: f64, centre: Vec2) -> El {
    let h = length;
    let at = |x: f64, y: f64| draw(Vec2::new(x * h, y * h), centre);
    let palm =
        [(0.0, -0.17), (0.3, -0.22), (0.55, -0.21), (0.6, 0.0), (0.56, 0.17), (0.36, 0.21), (0.1, 0.19), (0.0, 0.1)];
    let palm: Vec<P> = palm.iter().map(|(x, y)| at(*x, *y)).collect();
    let r = 0.05 * h * MM;
    let finger = |a: (f64, f64), b: (f64, f64), radius: f64| {
        outline_path(limb(at(a.0, a.1), at(b.0, b.1), radius, radius * 0.85))
    };
    el("g").class("limb-outline").kids([
        finger((0.5, -0.16), (0.84, -0.17), r * 0.85),
        finger((0.55, -0.055), (0.91, -0.055), r),
        finger((0.57, 0.05), (0.95, 0.055), r),
        finger((0.55, 0.155), (0.9, 0.16), r),
        finger((0.16, 0.2), (0.43, 0.38), r * 1.15),
        outline_path(smooth_closed(&palm)),
    ])
}

/// A flat fist `length` metres long (wrist crease to fingertips when open), seen from the side of
/// the knuckles that press: the fingers folded under, four knuckles in a row.
fn fist_outline(length: f64, centre: Vec2) -> El {
    let h = length;
    let at = |x: f64, y: f64| draw(Vec2::new(x * h, y * h), centre);
    let back = [
        (0.0, -0.16),
        (0.3, -0.2),
        (0.62, -0.2),
        (0.7, -0.1),
        (0.71, 0.05),
        (0.68, 0.18),
        (0.45, 0.22),
        (0.1, 0.2),
        (0.0, 0.1),
    ];
    let back: Vec<P> = back.iter().map(|(x, y)| at(*x, *y)).collect();
    let knuckle = |y: f64| round("toe", at(0.63, y), 0.05 * h * MM);
    el("g").class("limb-outline").kids([
        outline_path(limb(at(0.2, 0.2), at(0.45, 0.25), 0.055 * h * MM, 0.05 * h * MM)),
        outline_path(smooth_closed(&back)),
        knuckle(-0.16),
        knuckle(-0.053),
        knuckle(0.053),
        knuckle(0.16),
    ])
}

/// A forearm (and the upper arm beyond the elbow when `elbow`), from below.
fn arm_outline(scale: f64, centre: Vec2, elbow: bool) -> El {
    let at = |x: f64, y: f64| draw(Vec2::new(x * scale, y * scale), centre);
    let upper = elbow.then(|| outline_path(limb(at(0.0, 0.0), at(-0.17, 0.1), 0.04 * scale * MM, 0.05 * scale * MM)));
    let fore = limb(at(if elbow { 0.0 } else { -0.12 }, 0.0), at(0.15, 0.0), 0.038 * scale * MM, 0.028 * scale * MM);
    el("g").class("limb-outline").kids(upper).child(outline_path(fore))
}

/// Where the tool's pads sit in the outline's frame, and the outline drawn about `centre`.
fn hand_drawing(tool: HandTool, size: f64) -> (Vec2, Vec2, Box<dyn Fn(Vec2) -> El>) {
    let hand_length = REFERENCE_HAND_LENGTH_M * size;
    match tool {
        HandTool::Forearm => (Vec2::default(), Vec2::new(0.02, 0.0), Box::new(move |c| arm_outline(size, c, false))),
        HandTool::Elbow => (Vec2::default(), Vec2::new(0.04, 0.03), Box::new(move |c| arm_outline(size, c, true))),
        // The knuckles' pads sit at KNUCKLE_ALONG_M on the reference hand: move them onto the
        // drawn knuckles.
        HandTool::Fist => (
            Vec2::new(0.63 * hand_length - KNUCKLE_ALONG_M * size, 0.0),
            Vec2::new(0.36 * hand_length, 0.02 * hand_length),
            Box::new(move |c| fist_outline(hand_length, c)),
        ),
        // The thumb's pad is defined about its own tip.
        HandTool::Thumb => (
            Vec2::new(0.42 * hand_length, 0.37 * hand_length),
            Vec2::new(0.48 * hand_length, 0.08 * hand_length),
            Box::new(move |c| hand_outline(hand_length, c)),
        ),
        _ => (
            Vec2::default(),
            Vec2::new(0.48 * hand_length, 0.08 * hand_length),
            Box::new(move |c| hand_outline(hand_length, c)),
        ),
    }
}

/// The pads of a side's contact filled with their pressure, and their outlines, offset by
/// `pad_origin` in the outline frame. `which` ("foot" or "hand") keeps the gradients' ids apart.
fn pads(side: &Side, which: &str, pad_origin: Vec2, centre: Vec2) -> Vec<Node> {
    let heat_id = |i: usize| format!("close-heat-{which}-{i}");
    let defs = el("defs").kids(side.patch.pads.iter().enumerate().map(|(i, p)| pad_gradient(heat_id(i), p)));
    let mut out = vec![Node::from(defs)];
    out.extend(heat::pads(&side.patch.pads, heat_id, |p| draw(p + pad_origin, centre)));
    out
}

#[derive(Properties)]
pub struct ContactViewProps {
    pub comparison: Rc<Comparison>,
    pub units: Units,
    pub label_px: f64,
}

/// Equal when the contacts look the same, wherever they are on the back (src/view/unchanged.rs).
impl PartialEq for ContactViewProps {
    fn eq(&self, other: &Self) -> bool {
        self.units == other.units
            && self.label_px == other.label_px
            && same_contacts(&self.comparison, &other.comparison)
    }
}

#[derive(Properties)]
struct CloseUpProps {
    comparison: Rc<Comparison>,
    units: Units,
    label_px: f64,
    foot: bool,
}

impl PartialEq for CloseUpProps {
    fn eq(&self, other: &Self) -> bool {
        self.units == other.units
            && self.label_px == other.label_px
            && self.foot == other.foot
            && same_contacts(&self.comparison, &other.comparison)
    }
}

#[component]
fn CloseUp(props: &CloseUpProps) -> Html {
    let tr = use_tr();
    let node = use_node_ref();
    let scale_on_screen = use_units_per_px(node.clone(), VIEW_SIZE, Picture::Contact);
    let font = props.label_px * scale_on_screen.units_per_px;
    let foot = props.foot;
    let c = &props.comparison;
    let size = c.foot_length_m / REFERENCE_FOOT_LENGTH_M;
    let (side, name, id, outline, pad_origin, centre) = if foot {
        let centre = Vec2::new(c.foot_length_m / 2.0, 0.0);
        let outline = sole_outline(c.foot_length_m, centre);
        (&c.foot, tr.t(&format!("foot-{}", c.settings.foot.id())), "foot", outline, Vec2::default(), centre)
    } else {
        let (origin, centre, outline) = hand_drawing(c.settings.hand, size);
        (&c.hand, tr.t(&format!("hand-{}", c.settings.hand.id())), "hand", outline(centre), origin, centre)
    };
    // A 5 cm (2 in) scale bar at the bottom.
    let (bar_m, bar_text) = match props.units {
        Units::Metric => (0.05, quantity_with(0.05, Kind::Length, props.units, tr.locale, 0)),
        Units::Imperial => (0.0508, quantity_with(0.0508, Kind::Length, props.units, tr.locale, 0)),
    };
    let (bx, by) = (-bar_m * MM / 2.0, HEIGHT_MM / 2.0 - 12.0);
    let area = quantity(side.readouts.contact_area_m2 / side.contacts as f64, Kind::Area, props.units, tr.locale);
    let wanted = vec![
        Wanted { text: bar_text, anchor: (0.0, by), gap: font * 0.3, spots: vec![Spot::Above], optional: false },
        Wanted {
            text: area,
            anchor: (0.0, -HEIGHT_MM / 2.0 + 4.0),
            gap: 0.0,
            spots: vec![Spot::Below],
            optional: false,
        },
    ];
    let bounds = Rect {
        left: -WIDTH_MM / 2.0 + 1.0,
        top: -HEIGHT_MM / 2.0 + 1.0,
        right: WIDTH_MM / 2.0 - 1.0,
        bottom: HEIGHT_MM / 2.0 - 1.0,
    };
    let placed = place(&wanted, &[], bounds, font);
    let over = if side.over_comfort() { "contacts contacts--over" } else { "contacts" };
    let bar = line((bx, by), (bx + bar_m * MM, by));
    let drawing = group([
        outline.into(),
        el("g").class(over).kids(pads(side, id, pad_origin, centre)).into(),
        el("g").class("scale-bar").child(bar).into(),
        labels(&placed, font, "labels--contact").into(),
    ]);
    let drawing = use_drawing(node.clone(), drawing);
    html! {
        <figure class={classes!("close-up", format!("close-up--{id}"))}>
            <figcaption>{ name }</figcaption>
            <svg ref={node} class="contact-view" data-figure="contact" data-measured={scale_on_screen.marker()} data-side={id} role="img"
                 aria-label={tr.t_args("contact-label", &[("part", &tr.t(&format!("{}-{}", id, if foot { c.settings.foot.id() } else { c.settings.hand.id() })))])}
                 viewBox={format!("{:.0} {:.0} {WIDTH_MM:.0} {HEIGHT_MM:.0}", -WIDTH_MM / 2.0, -HEIGHT_MM / 2.0)}>
                { drawing }
            </svg>
        </figure>
    }
}

/// Both close-ups, side by side at one scale.
#[component]
pub fn ContactView(props: &ContactViewProps) -> Html {
    html! {
        <div class="close-ups">
            <CloseUp comparison={props.comparison.clone()} units={props.units} label_px={props.label_px} foot={true} />
            <CloseUp comparison={props.comparison.clone()} units={props.units} label_px={props.label_px} foot={false} />
        </div>
    }
}
