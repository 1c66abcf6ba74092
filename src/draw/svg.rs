//! Small SVG helpers for the side views: world metres to drawing units, force arrows, and the
//! words placed by the label pass.

use super::labels::{Placed, Rect};
use super::node::{el, kept, El, Node};
use ashiatsu_model::geometry::Vec2;

/// Height of the top of the drawing above the floor, m.
pub const TOP_M: f64 = 2.95;
/// Millimetres per metre: the close-ups, the backs and the cross-section are drawn in millimetres.
pub const MM_PER_M: f64 = 1000.0;
/// Drawing units per metre (centimetres).
pub const UNITS_PER_M: f64 = 100.0;
/// The drawing's view box: x from −0.3 m (the face cradle) to 2.25 m, y from the top down to just
/// below the floor.
pub const VIEW_BOX: (f64, f64, f64, f64) = (-30.0, 0.0, 255.0, 300.0);
/// Length of a force arrow per newton, m/N: the same scale in both side views.
pub const ARROW_M_PER_N: f64 = 0.001;

/// World point (x along the table, y up) to drawing coordinates (y down).
pub fn pt(p: Vec2) -> (f64, f64) {
    (p.x * UNITS_PER_M, (TOP_M - p.y) * UNITS_PER_M)
}

/// A drawing coordinate to one decimal, written with integer arithmetic: the pictures write
/// thousands of numbers a frame, and Rust's exact float formatting was a tenth of a frame's script
/// on a tablet. A trailing ".0" is left out; a value that is not finite is written as 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct D1(i64);

impl D1 {
    pub fn new(v: f64) -> Self {
        Self(if v.is_finite() { (v * 10.0).round() as i64 } else { 0 })
    }
}

impl std::fmt::Display for D1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (whole, tenth) = (self.0.unsigned_abs() / 10, self.0.unsigned_abs() % 10);
        let sign = if self.0 < 0 { "-" } else { "" };
        if tenth == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{tenth}")
        }
    }
}

/// `v` to one decimal, as an attribute value.
pub fn d1(v: f64) -> String {
    D1::new(v).to_string()
}

/// Boxes `half` units from a segment's axis, every `half` or so from `a` to `b`: the shape of a
/// line (an arrow's shaft, a limb) for the labels to keep off.
pub fn along(a: (f64, f64), b: (f64, f64), half: f64) -> Vec<Rect> {
    let steps = ((b.0 - a.0).hypot(b.1 - a.1) / (2.0 * half)).ceil().max(1.0) as usize;
    (0..=steps)
        .map(|i| {
            let t = i as f64 / steps as f64;
            Rect::around(a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, half)
        })
        .collect()
}

/// A line from `a` to `b`, drawing units to one decimal.
pub fn line((x1, y1): (f64, f64), (x2, y2): (f64, f64)) -> El {
    el("line").attr("x1", D1::new(x1)).attr("y1", D1::new(y1)).attr("x2", D1::new(x2)).attr("y2", D1::new(y2))
}

/// A force arrow drawn, and what the label pass needs to know about it.
pub struct Arrow {
    /// Its group: empty for a negligible force, so that the picture keeps its shape as a force
    /// comes and goes (the retained layer then writes one element, not every one after it).
    pub node: El,
    /// Tail and tip in drawing units (equal when nothing was drawn).
    pub tail: (f64, f64),
    pub tip: (f64, f64),
}

impl Arrow {
    /// Boxes a label must keep off: the tip, and the shaft sampled every few units.
    pub fn obstacles(&self, half: f64) -> Vec<Rect> {
        let (a, b) = (self.tail, self.tip);
        if (b.0 - a.0).hypot(b.1 - a.1) < 1e-6 {
            return Vec::new();
        }
        let mut out = along(a, b, half);
        out.push(Rect::around(b.0, b.1, half * 2.0));
        out
    }

    /// The middle of the shaft.
    pub fn middle(&self) -> (f64, f64) {
        ((self.tail.0 + self.tip.0) / 2.0, (self.tail.1 + self.tip.1) / 2.0)
    }
}

/// A force arrow whose tip is at `tip`, pointing along `direction` (unit, world), with a length
/// proportional to `force_n`. Nothing is drawn for a negligible force.
pub fn arrow(tip: Vec2, direction: Vec2, force_n: f64, class: &'static str, marker: &str) -> Arrow {
    let length = force_n.max(0.0) * ARROW_M_PER_N;
    let end = pt(tip);
    let group = el("g").class(format_args!("arrow {class}"));
    if length < 0.01 {
        return Arrow { node: group, tail: end, tip: end };
    }
    let tail = tip - direction * length;
    let ((x1, y1), (x2, y2)) = (pt(tail), end);
    // Placed by its coordinates, never by a transform: a transform that changes every frame makes
    // a browser rebuild the page's compositing layers every frame (see src/hooks/shown.rs).
    let shaft = line((x1, y1), (x2, y2)).attr("marker-end", format_args!("url(#{marker})"));
    Arrow { node: group.child(shaft), tail: (x1, y1), tip: end }
}

/// Arrowhead markers, one per colour class, with ids unique to one drawing (`prefix`): built once
/// and shared, so the retained layer never looks at them again.
pub fn markers(prefix: &'static str, classes: &'static [&'static str]) -> Node {
    kept(prefix, || {
        el("defs").kids(classes.iter().map(|class| {
            el("marker")
                .attr("id", format_args!("{prefix}-{class}"))
                .class(format_args!("arrowhead {class}"))
                .attr("viewBox", "0 0 10 10")
                .attr("refX", 8)
                .attr("refY", 5)
                .attr("markerWidth", 4)
                .attr("markerHeight", 4)
                .attr("orient", "auto-start-reverse")
                .child(el("path").attr("d", "M 0 0 L 10 5 L 0 10 z"))
                .into()
        }))
    })
}

/// Placed labels as SVG text, placed by their coordinates (not by transforms, which would make a
/// browser rebuild the page's layers every frame). `font` is in drawing units.
pub fn labels(placed: &[Placed], font: f64, class: &'static str) -> El {
    el("g").class(format_args!("labels {class}")).attr("style", format_args!("font-size:{font:.2}px")).kids(
        placed.iter().map(|p| {
            el("text")
                .class("label")
                .attr("x", D1::new(p.x))
                .attr("y", D1::new(p.y))
                .attr("dominant-baseline", "central")
                .text(p.text.clone())
                .into()
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn world_to_drawing() {
        assert_eq!(pt(Vec2::new(1.0, TOP_M)), (100.0, 0.0));
        assert_eq!(pt(Vec2::new(0.0, 0.0)), (0.0, TOP_M * 100.0));
    }

    #[test]
    fn boxes_along_a_segment_cover_every_point_of_it() {
        let (a, b, half) = ((3.0, -2.0), (40.0, 25.0), 2.5);
        let boxes = along(a, b, half);
        for i in 0..=1000 {
            let t = f64::from(i) / 1000.0;
            let (x, y) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
            let covered = boxes.iter().any(|r| r.left <= x && x <= r.right && r.top <= y && y <= r.bottom);
            assert!(covered, "({x}, {y}) at t = {t}");
        }
        assert_eq!(along(a, a, half).len(), 2, "a point still keeps labels off");
    }

    #[test]
    fn an_arrow_is_as_long_as_its_force() {
        let a = arrow(Vec2::new(1.0, 1.0), Vec2::new(0.0, -1.0), 200.0, "normal", "m");
        assert!((a.tip.1 - a.tail.1 - 20.0).abs() < 1e-9, "200 N is 20 cm");
        assert!(!a.obstacles(2.0).is_empty());
    }
}
