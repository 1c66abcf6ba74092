//! Plane geometry in metres: points and the ellipses contact pads are made of.

use serde::Serialize;
use std::f64::consts::PI;
use std::ops::{Add, Mul, Sub};

/// A point or vector in a plane, in metres.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Vec2 {
    pub x: f64,
    pub y: f64,
}

impl Vec2 {
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    pub fn length(self) -> f64 {
        self.x.hypot(self.y)
    }

    /// The unit vector at `angle` radians from the +x axis.
    pub fn from_angle(angle: f64) -> Self {
        Self::new(angle.cos(), angle.sin())
    }

    /// This vector rotated by `angle` radians (counter-clockwise).
    pub fn rotated(self, angle: f64) -> Self {
        let (s, c) = angle.sin_cos();
        Self::new(self.x * c - self.y * s, self.x * s + self.y * c)
    }
}

impl Add for Vec2 {
    type Output = Self;
    fn add(self, o: Self) -> Self {
        Self::new(self.x + o.x, self.y + o.y)
    }
}

impl Sub for Vec2 {
    type Output = Self;
    fn sub(self, o: Self) -> Self {
        Self::new(self.x - o.x, self.y - o.y)
    }
}

impl Mul<f64> for Vec2 {
    type Output = Self;
    fn mul(self, k: f64) -> Self {
        Self::new(self.x * k, self.y * k)
    }
}

/// An axis-aligned ellipse: the shape of one contact pad (a heel, a thumb pad, a knuckle).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Ellipse {
    pub centre: Vec2,
    /// Half the extent along x, metres.
    pub semi_x: f64,
    /// Half the extent along y, metres.
    pub semi_y: f64,
}

impl Ellipse {
    /// An ellipse of the given length along x whose area is `area` (m²): the width follows.
    pub fn with_length_and_area(centre: Vec2, length: f64, area: f64) -> Self {
        let semi_x = length / 2.0;
        Self { centre, semi_x, semi_y: area / (PI * semi_x) }
    }

    pub fn area(&self) -> f64 {
        PI * self.semi_x * self.semi_y
    }

    /// The same ellipse with its area multiplied by `fraction` (both axes scale by its square root).
    pub fn scaled_area(&self, fraction: f64) -> Self {
        let k = fraction.max(0.0).sqrt();
        Self { centre: self.centre, semi_x: self.semi_x * k, semi_y: self.semi_y * k }
    }

    /// Squared normalised radius of `p`: below 1 inside, 1 on the outline.
    pub fn rho_squared(&self, p: Vec2) -> f64 {
        let dx = (p.x - self.centre.x) / self.semi_x;
        let dy = (p.y - self.centre.y) / self.semi_y;
        dx * dx + dy * dy
    }

    /// The outline as `n` points, counter-clockwise, for drawing.
    pub fn outline(&self, n: usize) -> Vec<Vec2> {
        (0..n)
            .map(|i| {
                let t = 2.0 * PI * i as f64 / n as f64;
                Vec2::new(self.centre.x + self.semi_x * t.cos(), self.centre.y + self.semi_y * t.sin())
            })
            .collect()
    }

    /// Bounding box as (min, max) corners.
    pub fn bounds(&self) -> (Vec2, Vec2) {
        let r = Vec2::new(self.semi_x, self.semi_y);
        (self.centre - r, self.centre + r)
    }
}

/// Area of a simple polygon by the shoelace formula (absolute value), m².
pub fn polygon_area(points: &[Vec2]) -> f64 {
    let n = points.len();
    if n < 3 {
        return 0.0;
    }
    let twice: f64 = (0..n)
        .map(|i| {
            let (a, b) = (points[i], points[(i + 1) % n]);
            a.x * b.y - b.x * a.y
        })
        .sum();
    twice.abs() / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ellipse_from_length_and_area_keeps_the_area() {
        let e = Ellipse::with_length_and_area(Vec2::new(0.0, 0.0), 0.08, 35e-4);
        assert!((e.area() - 35e-4).abs() < 1e-12);
        assert!((e.semi_x - 0.04).abs() < 1e-12);
    }

    #[test]
    fn a_fine_polygon_outline_has_the_ellipse_area() {
        let e = Ellipse::with_length_and_area(Vec2::new(0.1, -0.02), 0.05, 20e-4);
        let polygon = polygon_area(&e.outline(720));
        assert!((polygon / e.area() - 1.0).abs() < 1e-4);
    }

    #[test]
    fn scaling_the_area_scales_it_exactly() {
        let e = Ellipse::with_length_and_area(Vec2::new(0.0, 0.0), 0.05, 20e-4);
        assert!((e.scaled_area(0.25).area() - 5e-4).abs() < 1e-12);
    }

    #[test]
    fn rotation_by_a_quarter_turn() {
        let v = Vec2::new(1.0, 0.0).rotated(PI / 2.0);
        assert!(v.x.abs() < 1e-12 && (v.y - 1.0).abs() < 1e-12);
    }
}
