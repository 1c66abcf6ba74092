//! Shapes for the figures, as SVG path data in drawing units: tapered limbs with round ends, smooth
//! outlines through points. Pure geometry, so the figures' look is tested natively.

/// A point in drawing units (y down).
pub type P = (f64, f64);

use crate::draw::svg::D1;
use std::fmt::Write;

fn fmt(v: f64) -> D1 {
    D1::new(v)
}

/// A limb from `a` to `b` with radius `ra` at `a` and `rb` at `b`: the two circles joined by their
/// outer tangents, so that it reads as one smooth, tapering shape with rounded joints.
pub fn limb(a: P, b: P, ra: f64, rb: f64) -> String {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let d = dx.hypot(dy);
    if d < 1e-6 {
        return circle(a, ra.max(rb));
    }
    let (ux, uy) = (dx / d, dy / d);
    // Outer tangents of two circles: the normal turns by asin((ra − rb) / d) towards the smaller.
    let s = ((ra - rb) / d).clamp(-0.99, 0.99);
    let c = (1.0 - s * s).sqrt();
    // Unit normals of the two tangent lines (left and right of a → b).
    let n1 = (-uy * c + ux * s, ux * c + uy * s);
    let n2 = (uy * c + ux * s, -ux * c + uy * s);
    let a1 = (a.0 + n1.0 * ra, a.1 + n1.1 * ra);
    let b1 = (b.0 + n1.0 * rb, b.1 + n1.1 * rb);
    let b2 = (b.0 + n2.0 * rb, b.1 + n2.1 * rb);
    let a2 = (a.0 + n2.0 * ra, a.1 + n2.1 * ra);
    // Each end cap runs round the outside (sweep 0 on screen, y down); the cap at the larger end
    // is more than half a circle.
    let (large_b, large_a) = (u8::from(s < 0.0), u8::from(s > 0.0));
    format!(
        "M{},{} L{},{} A{},{} 0 {large_b} 0 {},{} L{},{} A{},{} 0 {large_a} 0 {},{} Z",
        fmt(a1.0),
        fmt(a1.1),
        fmt(b1.0),
        fmt(b1.1),
        fmt(rb),
        fmt(rb),
        fmt(b2.0),
        fmt(b2.1),
        fmt(a2.0),
        fmt(a2.1),
        fmt(ra),
        fmt(ra),
        fmt(a1.0),
        fmt(a1.1)
    )
}

/// A circle as a path.
pub fn circle(c: P, r: f64) -> String {
    format!(
        "M{},{} a{},{} 0 1 0 {},0 a{},{} 0 1 0 {},0 Z",
        fmt(c.0 - r),
        fmt(c.1),
        fmt(r),
        fmt(r),
        fmt(2.0 * r),
        fmt(r),
        fmt(r),
        fmt(-2.0 * r)
    )
}

/// A closed, smooth outline through `points` (a Catmull-Rom spline turned into cubic Béziers).
pub fn smooth_closed(points: &[P]) -> String {
    let n = points.len();
    if n < 3 {
        return String::new();
    }
    let at = |i: isize| points[i.rem_euclid(n as isize) as usize];
    let mut d = String::with_capacity(16 + n * 40);
    let _ = write!(d, "M{},{}", fmt(points[0].0), fmt(points[0].1));
    for i in 0..n as isize {
        let (p0, p1, p2, p3) = (at(i - 1), at(i), at(i + 1), at(i + 2));
        let c1 = (p1.0 + (p2.0 - p0.0) / 6.0, p1.1 + (p2.1 - p0.1) / 6.0);
        let c2 = (p2.0 - (p3.0 - p1.0) / 6.0, p2.1 - (p3.1 - p1.1) / 6.0);
        let _ = write!(d, " C{},{} {},{} {},{}", fmt(c1.0), fmt(c1.1), fmt(c2.0), fmt(c2.1), fmt(p2.0), fmt(p2.1));
    }
    d.push_str(" Z");
    d
}

/// Points of a shape given in its own frame (x along, y across, drawing units), placed with its
/// origin at `at` and its x axis along the unit vector `dir` (y turned a quarter clockwise on screen).
pub fn placed(shape: &[P], at: P, dir: P) -> Vec<P> {
    shape.iter().map(|(x, y)| (at.0 + x * dir.0 - y * dir.1, at.1 + x * dir.1 + y * dir.0)).collect()
}

/// The unit vector from `a` to `b` (or along +x when they meet).
pub fn unit(a: P, b: P) -> P {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let d = dx.hypot(dy);
    if d < 1e-9 {
        (1.0, 0.0)
    } else {
        (dx / d, dy / d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(d: &str) -> Vec<f64> {
        d.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-')).filter_map(|t| t.parse().ok()).collect()
    }

    #[test]
    fn a_limb_of_equal_radii_is_a_capsule_its_width_apart() {
        let d = limb((0.0, 0.0), (10.0, 0.0), 2.0, 2.0);
        assert!(d.starts_with("M0,2 L10,2"), "{d}");
        assert!(d.contains("L0,-2"), "{d}");
    }

    #[test]
    fn a_tapering_limb_touches_both_circles_at_right_angles_to_its_radii() {
        let (a, b, ra, rb) = ((0.0, 0.0), (20.0, 10.0), 5.0, 2.0);
        let d = limb(a, b, ra, rb);
        let v = numbers(&d);
        let (a1, b1) = ((v[0], v[1]), (v[2], v[3]));
        assert!(((a1.0 - a.0).hypot(a1.1 - a.1) - ra).abs() < 0.1);
        assert!(((b1.0 - b.0).hypot(b1.1 - b.1) - rb).abs() < 0.1);
        // The tangent line is perpendicular to both radii.
        let t = (b1.0 - a1.0, b1.1 - a1.1);
        let dot = t.0 * (a1.0 - a.0) + t.1 * (a1.1 - a.1);
        assert!(dot.abs() / (t.0.hypot(t.1) * ra) < 0.02, "{dot}");
    }

    #[test]
    fn a_smooth_outline_passes_through_its_points() {
        let pts = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let d = smooth_closed(&pts);
        for (x, y) in pts {
            assert!(d.contains(&format!("{x},{y}")), "{d}");
        }
        assert!(smooth_closed(&pts[..2]).is_empty());
    }

    #[test]
    fn placing_turns_and_moves_a_shape() {
        let p = placed(&[(1.0, 0.0), (0.0, 1.0)], (5.0, 5.0), (0.0, 1.0));
        assert!((p[0].0 - 5.0).abs() < 1e-12 && (p[0].1 - 6.0).abs() < 1e-12);
        assert!((p[1].0 - 4.0).abs() < 1e-12 && (p[1].1 - 5.0).abs() < 1e-12);
    }
}
