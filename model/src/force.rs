//! Forces: gravity through the working foot and the bars, the hand therapist's lean, and the
//! split of a force into the part that presses and the part that runs along the skin
//! (docs/model.md §3–§4).

use crate::body::BACK_SURFACE_HEIGHT_M;
use crate::geometry::Vec2;
use serde::Serialize;

/// Standard gravity, m/s².
pub const G: f64 = 9.80665;
/// Friction coefficient of oiled skin (measured 0.1–0.2 oiled, ≈ 0.5 dry; docs/model.md §4).
pub const MU_OILED_SKIN: f64 = 0.15;
/// Share of the weight not in the working foot that the other foot carries, the bars the rest
/// (estimate; docs/model.md §3).
pub const OTHER_FOOT_SHARE: f64 = 0.5;

/// Where the ashiatsu practitioner's weight goes, N. They add up to the body weight.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct AshiatsuStatics {
    pub weight_n: f64,
    /// Into the client through the working foot, straight down.
    pub working_foot_n: f64,
    /// On the table through the standing foot.
    pub standing_foot_n: f64,
    /// Held by the hands on the overhead bars.
    pub bars_n: f64,
}

/// Splits the body weight between working foot, standing foot and bars for a load fraction.
pub fn ashiatsu_statics(mass_kg: f64, load_fraction: f64) -> AshiatsuStatics {
    let weight = mass_kg.max(0.0) * G;
    let load = load_fraction.clamp(0.0, 1.0);
    let working = load * weight;
    let rest = weight - working;
    AshiatsuStatics {
        weight_n: weight,
        working_foot_n: working,
        standing_foot_n: rest * OTHER_FOOT_SHARE,
        bars_n: rest * (1.0 - OTHER_FOOT_SHARE),
    }
}

/// A force applied at `angle_rad` from the surface normal, split along and across the skin.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Split {
    /// Pressing into the client, N.
    pub normal_n: f64,
    /// The along-the-skin part the practitioner applies, N.
    pub tangential_n: f64,
}

pub fn split(force_n: f64, angle_rad: f64) -> Split {
    Split { normal_n: force_n * angle_rad.cos(), tangential_n: force_n * angle_rad.sin().abs() }
}

/// Along-the-skin force the contact actually holds, and whether it slides: friction holds at most
/// μ × normal; a gliding stroke drags at μ × normal (docs/model.md §4).
pub fn shear(normal_n: f64, tangential_n: f64, gliding: bool) -> (f64, bool) {
    let limit = MU_OILED_SKIN * normal_n.max(0.0);
    if gliding {
        (limit, true)
    } else {
        (tangential_n.min(limit), tangential_n > limit)
    }
}

/// Standing height of the practitioner's shoulder above the floor, m (stature 1.65 m; estimate).
pub const SHOULDER_HEIGHT_M: f64 = 1.35;
/// Height of the centre of mass as a fraction of the feet-to-shoulder line (estimate).
pub const COM_FRACTION: f64 = 0.67;
/// Shoulder-to-contact reach of the pressing arm, m (slightly bent arm; estimate).
pub const ARM_REACH_M: f64 = 0.45;
/// Shoulder-to-contact reach when the forearm or the elbow presses: the upper arm, m (estimate).
pub const ELBOW_REACH_M: f64 = 0.30;
/// The most a hand therapist can add with muscle to a sustained stroke, N (estimate).
pub const MAX_MUSCLE_PUSH_N: f64 = 150.0;

/// The leaning hand therapist, in a plane through the contact: origin at the feet, x towards the
/// client, y up, metres. The body is a straight line from feet to shoulder, the arm a straight
/// line from shoulder to contact, along which the force runs at `lean_rad` from vertical.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Lean {
    pub lean_rad: f64,
    /// Shoulder to contact, m.
    pub reach_m: f64,
    pub shoulder: Vec2,
    pub contact: Vec2,
    pub centre_of_mass: Vec2,
    /// Force along the arm that body weight alone supplies, as a fraction of body weight.
    pub gravity_force_per_weight: f64,
}

/// Statics of leaning about the feet: W · x_com = F · (moment arm of the force line about the
/// feet). The lean angle fixes where the feet stand, and so how much weight leaning puts through
/// the hands (≈ 20–40 % of body weight; docs/model.md §3). `reach_m` is the shoulder-to-contact
/// distance: a whole arm for hand tools, the upper arm alone for the forearm and the elbow, which
/// brings the shoulder lower and nearer and so puts more body weight into the contact.
pub fn lean(lean_rad: f64, reach_m: f64) -> Lean {
    // At exactly 0 the feet stand under the contact and the split of weight is indeterminate;
    // a thousandth of a radian gives the continuous limit (about a quarter of body weight).
    let theta = if lean_rad.is_finite() { lean_rad.clamp(1e-3, 1.2) } else { 1e-3 };
    let (s, c) = theta.sin_cos();
    let h = BACK_SURFACE_HEIGHT_M;
    let reach = reach_m.clamp(0.1, SHOULDER_HEIGHT_M - h);
    let shoulder_y = (h + reach * c).min(SHOULDER_HEIGHT_M);
    let shoulder_x = (SHOULDER_HEIGHT_M.powi(2) - shoulder_y.powi(2)).max(0.0).sqrt();
    let shoulder = Vec2::new(shoulder_x, shoulder_y);
    let contact = Vec2::new(shoulder_x + reach * s, h);
    let centre_of_mass = shoulder * COM_FRACTION;
    // Reaction on the therapist acts at the contact along (−sin θ, cos θ); its moment arm about the feet:
    let arm = contact.x * c + contact.y * s;
    Lean {
        lean_rad: theta,
        reach_m: reach,
        shoulder,
        contact,
        centre_of_mass,
        gravity_force_per_weight: centre_of_mass.x / arm,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statics_add_up_to_the_body_weight() {
        let s = ashiatsu_statics(65.0, 0.3);
        assert!((s.working_foot_n - 0.3 * 65.0 * G).abs() < 1e-9);
        assert!((s.working_foot_n + s.standing_foot_n + s.bars_n - s.weight_n).abs() < 1e-9);
    }

    #[test]
    fn light_work_puts_more_on_the_bars() {
        assert!(ashiatsu_statics(65.0, 0.1).bars_n > ashiatsu_statics(65.0, 0.6).bars_n);
    }

    #[test]
    fn split_by_angle() {
        let s = split(100.0, 30f64.to_radians());
        assert!((s.normal_n - 86.602540378).abs() < 1e-6);
        assert!((s.tangential_n - 50.0).abs() < 1e-9);
    }

    #[test]
    fn friction_holds_small_tangential_forces_and_slides_beyond() {
        assert_eq!(shear(100.0, 10.0, false), (10.0, false));
        let (held, slides) = shear(100.0, 40.0, false);
        assert!((held - 15.0).abs() < 1e-9 && slides);
        assert!((shear(100.0, 0.0, true).0 - 15.0).abs() < 1e-9);
    }

    #[test]
    fn leaning_puts_a_fifth_to_two_fifths_of_the_weight_through_the_hands() {
        for deg in [0.0f64, 5.0, 20.0, 25.0, 40.0, 60.0] {
            let g = lean(deg.to_radians(), ARM_REACH_M).gravity_force_per_weight;
            assert!((0.18..=0.42).contains(&g), "{deg}° → {g}");
        }
    }

    #[test]
    fn pressing_with_the_elbow_puts_more_weight_into_the_contact() {
        for deg in [10.0f64, 25.0, 45.0] {
            let hand = lean(deg.to_radians(), ARM_REACH_M).gravity_force_per_weight;
            let elbow = lean(deg.to_radians(), ELBOW_REACH_M).gravity_force_per_weight;
            assert!(elbow > hand, "{deg}°: {elbow} vs {hand}");
        }
    }

    #[test]
    fn the_lean_geometry_closes() {
        for reach in [ARM_REACH_M, ELBOW_REACH_M] {
            let l = lean(25f64.to_radians(), reach);
            assert!((l.shoulder.length() - SHOULDER_HEIGHT_M).abs() < 1e-9);
            assert!(((l.contact - l.shoulder).length() - reach).abs() < 1e-9);
            assert!((l.contact.y - BACK_SURFACE_HEIGHT_M).abs() < 1e-12);
        }
    }
}
