//! What both side views share, to scale: the floor, a massage table with its face cradle and the
//! client lying face down on it, arms along the body, head in the cradle, ankles on a bolster; and
//! the ashiatsu bars with their ceiling mounts. The back between C7 and the PSIS lies flat at the
//! model's back height, where the strokes happen (docs/model.md §8).

use super::shapes::{circle, limb, smooth_closed, P};
use crate::draw::node::{el, kept, El, Node};
use crate::draw::svg::{line, pt, D1};
use ashiatsu_model::body::{
    BACK_LENGTH_M, BACK_SURFACE_HEIGHT_M, BAR_HEIGHT_M, C7_FROM_HEAD_END_M, TABLE_HEIGHT_M, TABLE_LENGTH_M,
};
use ashiatsu_model::geometry::Vec2;
use ashiatsu_model::pose::BARS_FROM_HEAD_END_M;

fn w(x: f64, y: f64) -> P {
    pt(Vec2::new(x, y))
}

/// Thickness of the table's padded top, m.
const PAD_M: f64 = 0.06;

/// The client's outline in profile, from the head in the cradle to the feet on the bolster.
fn client_outline() -> String {
    let (top, back) = (TABLE_HEIGHT_M, BACK_SURFACE_HEIGHT_M);
    let c7 = C7_FROM_HEAD_END_M;
    let psis = c7 + BACK_LENGTH_M;
    let points = [
        // Top of the body, head to feet.
        (-0.19, top - 0.02),
        (-0.2, top + 0.06),
        (-0.13, top + 0.135),
        (-0.04, top + 0.14),
        (0.03, back - 0.07),
        (0.12, back - 0.04),
        (0.2, back - 0.005),
        (c7, back),
        ((c7 + psis) / 2.0, back - 0.004),
        (psis, back),
        (psis + 0.1, back + 0.05),
        (psis + 0.22, back + 0.035),
        (psis + 0.36, top + 0.15),
        (psis + 0.62, top + 0.12),
        (psis + 0.78, top + 0.145),
        (psis + 0.92, top + 0.1),
        (TABLE_LENGTH_M - 0.02, top + 0.13),
        (TABLE_LENGTH_M + 0.06, top + 0.07),
        (TABLE_LENGTH_M + 0.04, top + 0.02),
        // Along the table, back to the head.
        (psis + 0.9, top),
        (0.1, top),
        (-0.12, top - 0.04),
    ];
    smooth_closed(&points.map(|(x, y)| w(x, y)))
}

/// The room: built once, and never looked at again as the stroke plays.
pub fn room() -> Node {
    kept("room", room_drawing)
}

/// The far edge of the table top, seen a little from above, where the ashiatsu practitioner's
/// standing foot stands beside the client (drawn before the figure, which the client then hides
/// in part): built once.
pub fn table_far_edge() -> Node {
    kept("table-far-edge", table_far_edge_drawing)
}

fn table_far_edge_drawing() -> El {
    let top = TABLE_HEIGHT_M;
    let rise = crate::draw::figures::person::FAR_EDGE_RISE_UNITS / 100.0;
    let d = format!(
        "M{:.1},{:.1} L{:.1},{:.1} L{:.1},{:.1} L{:.1},{:.1} z",
        w(0.02, top).0,
        w(0.02, top).1,
        w(0.06, top + rise).0,
        w(0.06, top + rise).1,
        w(TABLE_LENGTH_M - 0.02, top + rise).0,
        w(TABLE_LENGTH_M - 0.02, top + rise).1,
        w(TABLE_LENGTH_M - 0.06, top).0,
        w(TABLE_LENGTH_M - 0.06, top).1,
    );
    el("path").class("table-top table-top--far").attr("d", d).attr("aria-hidden", true)
}

/// The bars: built once.
pub fn bars() -> Node {
    kept("bars", bars_drawing)
}

/// The floor, the table (padded top, legs, face cradle) and the client with the near arm.
fn room_drawing() -> El {
    let top = TABLE_HEIGHT_M;
    let (fx0, fy) = w(-0.15, 0.0);
    let (fx1, _) = w(2.25, 0.0);
    let leg = |x: f64, class: &'static str| -> Node {
        el("path").class(class).attr("d", limb(w(x, top - PAD_M), w(x + 0.01, 0.02), 2.2, 1.8)).into()
    };
    let pad =
        limb(w(0.0, top - PAD_M / 2.0), w(TABLE_LENGTH_M, top - PAD_M / 2.0), PAD_M / 2.0 * 100.0, PAD_M / 2.0 * 100.0);
    // The face cradle: an arm from the table's end to a padded crescent below the table top.
    let cradle_arm = limb(w(0.02, top - 0.05), w(-0.13, top - 0.1), 1.2, 1.2);
    let cradle = smooth_closed(&[
        w(-0.24, top - 0.02),
        w(-0.22, top - 0.08),
        w(-0.04, top - 0.08),
        w(-0.02, top - 0.02),
        w(-0.12, top - 0.045),
    ]);
    // The near arm lies along the body, hand by the hip.
    let shoulder = Vec2::new(0.17, top + 0.1);
    let elbow = Vec2::new(0.46, top + 0.055);
    let hand = Vec2::new(0.74, top + 0.05);
    let client = |d: String| -> Node { el("path").class("client").attr("d", d).into() };
    let arm = el("g").class("client-arm").kids([
        client(limb(pt(shoulder), pt(elbow), 4.4, 3.4)),
        client(limb(pt(elbow), pt(hand), 3.4, 2.6)),
        client(limb(pt(hand), pt(hand + Vec2::new(0.08, -0.012)), 2.6, 1.8)),
    ]);
    let bolster = circle(w(TABLE_LENGTH_M - 0.1, top + 0.05), 5.0);
    let brace = format!(
        "M{:.1},{:.1} L{:.1},{:.1}",
        w(0.16, 0.3).0,
        w(0.16, 0.3).1,
        w(TABLE_LENGTH_M - 0.16, 0.3).0,
        w(TABLE_LENGTH_M - 0.16, 0.3).1
    );
    let shape = |class: &'static str, d: String| -> Node { el("path").class(class).attr("d", d).into() };
    let floor = line((fx0, fy), (fx1, fy)).class("floor");
    el("g").class("room").attr("aria-hidden", true).kids([
        floor.into(),
        leg(0.2, "table-leg table-leg--far"),
        leg(TABLE_LENGTH_M - 0.2, "table-leg table-leg--far"),
        shape("table-brace", brace),
        leg(0.12, "table-leg"),
        leg(TABLE_LENGTH_M - 0.12, "table-leg"),
        shape("table-frame", cradle_arm),
        shape("table-top", pad),
        shape("table-top", cradle),
        shape("bolster", bolster),
        shape("client", client_outline()),
        arm.into(),
    ])
}

/// The two overhead bars along the table, on rods from ceiling mounts.
fn bars_drawing() -> El {
    let (x0, x1) = BARS_FROM_HEAD_END_M;
    let rod = |x: f64| {
        let (a, b) = (w(x, 2.95), w(x, BAR_HEIGHT_M));
        let mount = line(a, b).class("bar-mount");
        let plate = el("rect")
            .class("bar-plate")
            .attr("x", D1::new(a.0 - 6.0))
            .attr("y", D1::new(a.1))
            .attr("width", 12)
            .attr("height", 3)
            .attr("rx", 1);
        [mount.into(), plate.into()]
    };
    let bar = |dy: f64, class: &'static str, r: f64| -> Node {
        el("path").class(class).attr("d", limb(w(x0, BAR_HEIGHT_M + dy), w(x1, BAR_HEIGHT_M + dy), r, r)).into()
    };
    el("g")
        .class("bars")
        .attr("aria-hidden", true)
        .kids(rod(x0 + 0.08))
        .kids(rod(x1 - 0.08))
        .kids([bar(0.04, "bar bar--far", 1.6), bar(0.0, "bar", 2.2)])
}
