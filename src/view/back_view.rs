//! The top view: the client's back to scale, the contacts on it filled with the model's pressure
//! field as a heat map. With one contact a side, one back carries both: ashiatsu on the client's
//! left of the spine, hand massage on the right. With pairs (both feet, both hands), each side has
//! its own back, a contact on each side of the spine. Drawn in SVG (millimetres), the colours
//! from the style sheet's tokens, so the projector profile and the therapist's accent reach it;
//! each pad is filled with its own pressure profile as a gradient (`heat::pad_gradient`).

use crate::draw::heat::{pad_gradient, pads};
use crate::draw::labels::{place, Rect, Spot, Wanted};
use crate::draw::node::{el, group, kept, El, Node};
use crate::draw::svg::{labels, D1, MM_PER_M as MM};
use crate::format::{quantity_with, Kind, Units};
use crate::hooks::drawing::use_drawing;
use crate::hooks::picture_scale::{use_units_per_px, Picture};
use crate::hooks::translations::use_tr;
use crate::i18n::Translations;
use ashiatsu_model::body::{BackPoint, BACK_LENGTH_M, ERECTOR_CENTRE_M, ERECTOR_WIDTH_M, LANDMARKS};
use ashiatsu_model::geometry::Vec2;
use ashiatsu_model::{Comparison, Side};
use std::rc::Rc;
use yew::prelude::*;

/// Drawing units per metre: the view is drawn in millimetres.
/// Along-the-spine distance shown above C7 and the width of one back's panel, m.
const ABOVE_C7_M: f64 = 0.1;
const BELOW_C7_M: f64 = 0.62;
const PANEL_WIDTH_M: f64 = 0.6;

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

/// One back, its spine at `centre_x`: outline, the two erector bands, the spine and its landmarks'
/// ticks (their names are placed with the other words). Built once for each place it is drawn
/// at: the contacts on it move every frame, the back never (the outline alone is 82 numbers).
fn back(centre_x: f64) -> Node {
    kept(&format!("back-{centre_x:.0}"), || back_drawing(centre_x))
}

fn back_drawing(centre_x: f64) -> El {
    let whole = |v: f64| format!("{v:.0}");
    let band = |side: f64| -> Node {
        let (x0, y0) =
            to_drawing(BackPoint { along: 0.03, lateral: side * (ERECTOR_CENTRE_M + ERECTOR_WIDTH_M / 2.0) }, centre_x);
        let (x1, y1) = to_drawing(
            BackPoint { along: BACK_LENGTH_M, lateral: side * (ERECTOR_CENTRE_M - ERECTOR_WIDTH_M / 2.0) },
            centre_x,
        );
        el("rect")
            .class("back__band")
            .attr("x", whole(x0.min(x1)))
            .attr("y", whole(y0))
            .attr("width", whole((x1 - x0).abs()))
            .attr("height", whole(y1 - y0))
            .into()
    };
    let line = |class: &'static str, (x1, y1): (f64, f64), (x2, y2): (f64, f64)| -> Node {
        el("line")
            .class(class)
            .attr("x1", whole(x1))
            .attr("y1", whole(y1))
            .attr("x2", whole(x2))
            .attr("y2", whole(y2))
            .into()
    };
    let (_, spine_top) = to_drawing(BackPoint::at(0.0, 0.0), centre_x);
    let (_, spine_bottom) = to_drawing(BackPoint::at(1.0, 0.0), centre_x);
    let ticks = LANDMARKS.iter().map(|(_, fraction)| {
        let (x, y) = to_drawing(BackPoint::at(*fraction, 0.0), centre_x);
        line("back__landmark", (x - 6.0, y), (x + 6.0, y))
    });
    el("g")
        .class("back")
        .kids([
            el("path").class("back__skin").attr("d", outline_path(centre_x)).into(),
            band(-1.0),
            band(1.0),
            line("back__spine", (centre_x, spine_top), (centre_x, spine_bottom)),
        ])
        .kids(ticks)
}

/// The gradient id of pad `i` of a side's contact (`which` is "foot" or "hand").
fn heat_id(which: &str, i: usize) -> String {
    format!("back-heat-{which}-{i}")
}

/// One contact on the back: its pads' loaded areas filled with their pressure (the gradients
/// `heat_id`) and their outlines (dashed). `mirror` is +1 on the client's left of the spine, −1
/// on the right: the surface's y (towards the big toe or the thumb) points away from the spine on
/// both.
fn contact(side: &Side, which: &str, position: BackPoint, mirror: f64, centre_x: f64) -> Node {
    let cop = side.patch.centre_of_pressure();
    // Surface frame (x towards the toes or fingertips, y across) to the contact's own drawing
    // units, toes towards the head, about the sole's or hand's own origin: the outlines stay put
    // in it while the load shifts between heel and ball. The group moves it so that its centre of
    // pressure sits on the stroke's point (one changed attribute per contact as it glides).
    let local = |p: Vec2| (-mirror * p.y * MM, -p.x * MM);
    let (px, py) = to_drawing(position, centre_x);
    let (cx, cy) = local(cop);
    let (px, py) = (px - cx, py - cy);
    el("g")
        .class("contact-patch")
        .attr("transform", format_args!("translate({} {})", D1::new(px), D1::new(py)))
        .kids(pads(&side.patch.pads, |i| heat_id(which, i), local))
        .into()
}

/// The landmarks' names beside one back's spine; where a contact lies beside a landmark, its name
/// goes past the contact, level with its tick, rather than being left out.
fn landmark_words(tr: &Translations, centre_x: f64, font: f64, boxes: &[Rect]) -> Vec<Wanted> {
    LANDMARKS
        .iter()
        .map(|(name, fraction)| {
            let (x, y) = to_drawing(BackPoint::at(*fraction, 0.0), centre_x);
            let half = font * 0.7;
            let past = boxes
                .iter()
                .filter(|b| b.left >= x - 1.0 && b.top - half < y && y < b.bottom + half)
                .fold(x + 8.0, |right, b| right.max(b.right + 4.0));
            Wanted {
                text: tr.landmark(name),
                anchor: (past, y),
                gap: font * 0.2,
                spots: vec![Spot::Right, Spot::Left],
                optional: true,
            }
        })
        .collect()
}

/// The box a contact covers on the back, for the words to keep off.
fn contact_box(side: &Side, position: BackPoint, centre_x: f64) -> Rect {
    let (x, y) = to_drawing(position, centre_x);
    let (lo, hi) =
        side.patch.pads.iter().fold((Vec2::new(f64::MAX, f64::MAX), Vec2::new(f64::MIN, f64::MIN)), |(lo, hi), p| {
            let (a, b) = p.outline.bounds();
            (Vec2::new(lo.x.min(a.x), lo.y.min(a.y)), Vec2::new(hi.x.max(b.x), hi.y.max(b.y)))
        });
    let cop = side.patch.centre_of_pressure();
    let (half_w, up, down) =
        (((hi.y - cop.y).abs()).max((cop.y - lo.y).abs()) * MM, (hi.x - cop.x) * MM, (cop.x - lo.x) * MM);
    Rect { left: x - half_w, right: x + half_w, top: y - up, bottom: y + down }
}

/// A scale bar of 10 cm (4 in in US units) at the bottom left, and its words.
fn scale_bar(tr: &Translations, units: Units, left: f64, font: f64) -> (El, Wanted) {
    let length_m = match units {
        Units::Metric => 0.10,
        Units::Imperial => 0.1016,
    };
    let (x, y) = (left + 30.0, (BELOW_C7_M + ABOVE_C7_M) * MM - 24.0);
    let whole = |v: f64| format!("{v:.0}");
    let line =
        el("line").attr("x1", whole(x)).attr("y1", whole(y)).attr("x2", whole(x + length_m * MM)).attr("y2", whole(y));
    let bar = el("g").class("scale-bar").child(line);
    let text = quantity_with(length_m, Kind::Length, units, tr.locale, 0);
    (bar, Wanted { text, anchor: (x, y), gap: font * 0.3, spots: vec![Spot::AboveRight, Spot::Above], optional: false })
}

#[derive(Properties, PartialEq)]
pub struct BackViewProps {
    pub comparison: Rc<Comparison>,
    pub units: Units,
    /// Size of the words inside the picture, CSS px.
    pub label_px: f64,
}

/// The drawing's size, mm, with one back or (pairs) two (tied to the stylesheet's `aspect-ratio`
/// by a test in src/view/mod.rs).
pub fn view_size(pair: bool) -> (f64, f64) {
    (Layout::new(pair).width, Layout::height())
}

fn mirrored(p: BackPoint) -> BackPoint {
    BackPoint { lateral: -p.lateral, ..p }
}

/// Where things go: one back carrying both sides, or (pairs) a back for each side.
#[derive(Clone, Copy)]
struct Layout {
    pair: bool,
    /// The spine of the feet's back and of the hands' back, drawing units.
    foot_x: f64,
    hand_x: f64,
    /// The drawing's left edge and width.
    left: f64,
    width: f64,
}

impl Layout {
    fn new(pair: bool) -> Self {
        let half = PANEL_WIDTH_M * MM / 2.0;
        if pair {
            Self { pair, foot_x: -half, hand_x: half, left: -2.0 * half, width: 4.0 * half }
        } else {
            Self { pair, foot_x: 0.0, hand_x: 0.0, left: -half, width: 2.0 * half }
        }
    }

    fn height() -> f64 {
        (BELOW_C7_M + ABOVE_C7_M) * MM
    }

    /// The boxes the contacts cover, for the words to keep off.
    fn contact_boxes(&self, c: &Comparison) -> Vec<Rect> {
        let (foot, hand) = (&c.foot, &c.hand);
        let mut boxes =
            vec![contact_box(foot, foot.position, self.foot_x), contact_box(hand, hand.position, self.hand_x)];
        if self.pair {
            boxes.push(contact_box(foot, mirrored(foot.position), self.foot_x));
            boxes.push(contact_box(hand, mirrored(hand.position), self.hand_x));
        }
        boxes
    }

    /// The sides' names (beside their contacts, or over their backs) and the landmarks' names.
    fn words(&self, tr: &Translations, c: &Comparison, boxes: &[Rect], font: f64) -> Vec<Wanted> {
        let named = |text: String, x: f64| Wanted {
            text,
            anchor: (x, 12.0),
            gap: 0.0,
            spots: vec![Spot::Below],
            optional: false,
        };
        let beside = |text: String, position: BackPoint, spots: Vec<Spot>| {
            let reach = (boxes[0].right - boxes[0].left).max(boxes[1].right - boxes[1].left) / 2.0;
            Wanted { text, anchor: to_drawing(position, 0.0), gap: reach + font * 0.4, spots, optional: false }
        };
        let mut wanted = if self.pair {
            vec![named(tr.t("back-foot"), self.foot_x), named(tr.t("back-hand"), self.hand_x)]
        } else {
            vec![
                beside(tr.t("back-foot"), c.foot.position, vec![Spot::Left, Spot::AboveLeft, Spot::BelowLeft]),
                beside(tr.t("back-hand"), c.hand.position, vec![Spot::Right, Spot::AboveRight, Spot::BelowRight]),
            ]
        };
        wanted.extend(landmark_words(tr, self.foot_x, font, boxes));
        if self.pair {
            wanted.extend(landmark_words(tr, self.hand_x, font, boxes));
        }
        wanted
    }

    /// The backs and the contacts on them (a partner contact shares its side's gradients).
    fn drawing(&self, c: &Comparison) -> Vec<Node> {
        let over = |side: &Side| if side.over_comfort() { "contacts contacts--over" } else { "contacts" };
        let (foot, hand) = (&c.foot, &c.hand);
        let partner = |side: &Side, which: &str, mirror: f64, x: f64| {
            self.pair.then(|| contact(side, which, mirrored(side.position), mirror, x))
        };
        let gradients = |side: &Side, which: &str| {
            side.patch.pads.iter().enumerate().map(|(i, pad)| pad_gradient(heat_id(which, i), pad)).collect::<Vec<_>>()
        };
        let defs = el("defs").kids(gradients(foot, "foot")).kids(gradients(hand, "hand"));
        let contacts = |side: &Side, which: &'static str, mirror: f64, x: f64| -> Node {
            el("g")
                .class(over(side))
                .attr("data-side", which)
                .child(contact(side, which, side.position, mirror, x))
                .kids(partner(side, which, -mirror, x))
                .into()
        };
        let mut out = vec![defs.into(), back(self.foot_x)];
        out.extend(self.pair.then(|| back(self.hand_x)));
        out.push(contacts(foot, "foot", 1.0, self.foot_x));
        out.push(contacts(hand, "hand", -1.0, self.hand_x));
        out
    }
}

#[component]
pub fn BackView(props: &BackViewProps) -> Html {
    let tr = use_tr();
    let node = use_node_ref();
    let c = &props.comparison;
    let layout = Layout::new(c.settings.pair);
    let height = Layout::height();
    let scale_on_screen = use_units_per_px(node.clone(), (layout.width, height), Picture::Back);
    let font = props.label_px * scale_on_screen.units_per_px;
    let boxes = layout.contact_boxes(c);
    let (bar, bar_words) = scale_bar(&tr, props.units, layout.left, font);
    let mut wanted = layout.words(&tr, c, &boxes, font);
    wanted.insert(2, bar_words);
    let bounds =
        Rect { left: layout.left + 2.0, top: 2.0, right: layout.left + layout.width - 2.0, bottom: height - 2.0 };
    let placed = place(&wanted, &boxes, bounds, font);
    let drawing = group(layout.drawing(c)).kids([bar.into(), labels(&placed, font, "labels--back").into()]);
    let drawing = use_drawing(node.clone(), drawing);
    html! {
        <svg ref={node} class={classes!("back-view", layout.pair.then_some("back-view--pair"))} data-figure="back"
             data-measured={scale_on_screen.marker()}
             viewBox={format!("{:.0} 0 {:.0} {height:.0}", layout.left, layout.width)} role="img"
             aria-label={tr.t(if layout.pair { "back-label-pair" } else { "back-label" })}>
            { drawing }
        </svg>
    }
}
