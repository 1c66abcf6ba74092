//! Forces: gravity through the working foot, the standing foot and the bars; the hand therapist's
//! lean; friction along the skin (docs/model.md §3–§4).

use crate::body::{BACK_SURFACE_HEIGHT_M, TABLE_WIDTH_M};
use crate::geometry::Vec2;
use serde::Serialize;

/// Standard gravity, m/s².
pub const G: f64 = 9.80665;
/// Friction coefficient of oiled skin (dry skin ≈ 0.5; an oil-and-wax film cut it by 87 % in one
/// study; docs/model.md §4).
pub const MU_OILED_SKIN: f64 = 0.15;

/// What the bars carry in a one-foot stroke, as a fraction of body weight: a light grip for balance
/// and fine control, not body weight (estimate; practitioners describe the bars as balance and
/// metering, "not hanging"; docs/model.md §3).
pub const BAR_BALANCE_FRACTION: f64 = 0.05;

/// Where the ashiatsu practitioner's weight goes, N. They add up to the body weight.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct AshiatsuStatics {
    pub weight_n: f64,
    /// Into the client through the working foot (both feet in a two-foot stroke), straight down.
    pub working_foot_n: f64,
    /// On the table through the standing foot (none in a two-foot stroke).
    pub standing_foot_n: f64,
    /// Held up by the bars: the practitioner's hands pull down on them and they hold the body up.
    pub bars_n: f64,
    /// Where the centre of mass sits from the standing foot (0) to the working foot (1).
    pub centre_of_mass_fraction: f64,
}

/// Splits the body weight between the working foot (or feet), the standing foot and the bars.
///
/// The practitioner chooses the working foot's share, `load_fraction`. With one working foot the
/// other stands on the table, and the practitioner balances as on any two-legged stance: the
/// centre of mass stays over the base between the feet, the bars take only a light grip for
/// balance ([`BAR_BALANCE_FRACTION`]), and the standing foot carries the rest. The moments about
/// the centre of mass (the hands on the bars right above it) then place it: c = working ∕
/// (working + standing) of the way from the standing foot to the working foot. With both feet on
/// the client there is no standing foot: the bars carry all the rest, held by the arms.
pub fn ashiatsu_statics(mass_kg: f64, load_fraction: f64, two_feet: bool) -> AshiatsuStatics {
    let weight = mass_kg.max(0.0) * G;
    let load = load_fraction.clamp(0.0, 1.0);
    let working = load * weight;
    let rest = (weight - working).max(0.0);
    let (standing, bars) = if two_feet {
        (0.0, rest)
    } else {
        let bars = (BAR_BALANCE_FRACTION * weight).min(rest);
        (rest - bars, bars)
    };
    let feet = working + standing;
    let c = if feet > 0.0 { working / feet } else { 0.5 };
    AshiatsuStatics {
        weight_n: weight,
        working_foot_n: working,
        standing_foot_n: standing,
        bars_n: bars,
        centre_of_mass_fraction: if two_feet { 1.0 } else { c },
    }
}

/// Along-the-skin force of a contact, N, and whether it slides. A held contact takes the push
/// the practitioner directs along the skin (`tangential_ratio` × normal; the stroke keeps it inside
/// the friction cone). A gliding contact drags at μ × normal over the oil (docs/model.md §4).
pub fn shear(normal_n: f64, tangential_ratio: f64, gliding: bool) -> (f64, bool) {
    let normal = normal_n.max(0.0);
    if gliding {
        (MU_OILED_SKIN * normal, true)
    } else {
        (tangential_ratio.abs().min(MU_OILED_SKIN) * normal, false)
    }
}

/// The along-the-skin push per newton of pressing that a held contact can take: the push follows
/// the practitioner's line of action, tilted `angle_rad` from the normal, as far as friction allows
/// (tan φ ≤ μ; docs/model.md §4). Signed like the angle.
pub fn held_tangential_ratio(angle_rad: f64) -> f64 {
    let t = if angle_rad.is_finite() { angle_rad.tan() } else { 0.0 };
    t.clamp(-MU_OILED_SKIN, MU_OILED_SKIN)
}

/// Standing height of the practitioner's shoulder above the floor at the reference stature, m.
pub const SHOULDER_HEIGHT_M: f64 = 1.35;
/// Height of the centre of mass as a fraction of the feet-to-shoulder line (estimate).
pub const COM_FRACTION: f64 = 0.67;
/// Shoulder-to-contact reach of the pressing arm at the reference stature, m (estimate).
pub const ARM_REACH_M: f64 = 0.45;
/// Shoulder-to-contact reach when the forearm or the elbow presses: the upper arm, m (estimate).
pub const ELBOW_REACH_M: f64 = 0.30;
/// How far the therapist's heels reach behind the ankles, the rear edge of the base of support,
/// at the reference stature, m (docs/model.md §3).
pub const HEEL_BEHIND_ANKLE_M: f64 = 0.06;
/// How far out of the table's side the therapist's feet stand, m (estimate: the toes fit under
/// the table's edge, the ankles do not).
pub const FEET_OUTSIDE_TABLE_M: f64 = 0.10;
/// The distance from the contact to the nearer edge of the table the lean is figured for, m: the
/// paravertebral lane, about 5 cm from the spine (docs/model.md §3).
pub const LANE_FROM_SPINE_M: f64 = 0.05;
/// The nearest the therapist's feet can be to the contact, horizontally, m.
pub const MIN_FEET_TO_CONTACT_M: f64 = TABLE_WIDTH_M / 2.0 - LANE_FROM_SPINE_M + FEET_OUTSIDE_TABLE_M;

/// The leaning hand therapist, in a plane through the contact: origin at the feet, x towards the
/// client, y up, metres. The body is a straight line from feet to shoulder, the arm a line from
/// shoulder to contact at `lean_rad` from vertical.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Lean {
    pub lean_rad: f64,
    /// Shoulder to contact, m: the arm's reach, or less where the arm bends to keep the feet
    /// beside the table.
    pub reach_m: f64,
    pub shoulder: Vec2,
    pub contact: Vec2,
    pub centre_of_mass: Vec2,
}

impl Lean {
    /// The normal force body weight alone supplies, per newton of body weight, for a contact force
    /// with `tangential_ratio` newtons along the skin per newton of pressing (positive when the
    /// therapist pushes the skin away, towards the client's head).
    ///
    /// Moments about the feet (rigid body, no ankle torque): the client pushes back on the hand with
    /// (−t N, N) at the contact (x_c, h); its moment x_c N + h t N balances W x_com. So
    /// N = W · x_com ∕ (x_c + h · t).
    pub fn gravity_normal_per_weight(&self, tangential_ratio: f64) -> f64 {
        self.normal_per_weight_about(0.0, tangential_ratio)
    }

    /// The most normal force the therapist can hold, per newton of body weight: pressing harder
    /// than body weight gives tips the body back, and the muscles that push (legs, trunk, arms)
    /// can hold it only while the centre of pressure under the feet stays inside the base of
    /// support. At the limit it reaches the heels, `heel_m` behind the ankles; the moments about
    /// the heels give N = W (x_com + e) ∕ (x_c + e + h t).
    pub fn capacity_per_weight(&self, tangential_ratio: f64, heel_m: f64) -> f64 {
        self.normal_per_weight_about(heel_m.max(0.0), tangential_ratio)
    }

    /// Moments about a point `behind_m` behind the ankles.
    fn normal_per_weight_about(&self, behind_m: f64, tangential_ratio: f64) -> f64 {
        let arm = self.contact.x + behind_m + self.contact.y * tangential_ratio;
        if arm > 1e-6 {
            (self.centre_of_mass.x + behind_m) / arm
        } else {
            0.0
        }
    }
}

/// Solves the posture for a lean: with the arm at full `reach_m` (scaled with `scale`, the
/// practitioner's size) the shoulder sits where a straight body reaches, unless that brings the
/// feet nearer the contact than [`MIN_FEET_TO_CONTACT_M`], under the table: then the feet stay at
/// that distance and the arm bends to shorten the reach (docs/model.md §3).
pub fn lean(lean_rad: f64, reach_m: f64, scale: f64) -> Lean {
    let theta = if lean_rad.is_finite() { lean_rad.clamp(0.0, 1.2) } else { 0.0 };
    let (s, c) = theta.sin_cos();
    let h = BACK_SURFACE_HEIGHT_M;
    let body = SHOULDER_HEIGHT_M * scale.clamp(0.5, 1.5);
    let mut reach = (reach_m * scale).clamp(0.1, (body - h).max(0.1));
    let shoulder_y = (h + reach * c).min(body);
    let mut shoulder_x = (body * body - shoulder_y * shoulder_y).max(0.0).sqrt();
    if shoulder_x + reach * s < MIN_FEET_TO_CONTACT_M {
        // Contact at d from the feet, shoulder at (d − r sin θ, h + r cos θ), |shoulder| = body:
        // r² + 2r (h cos θ − d sin θ) + d² + h² − body² = 0.
        let d = MIN_FEET_TO_CONTACT_M;
        let half_b = h * c - d * s;
        let k = d * d + h * h - body * body;
        let root = (half_b * half_b - k).max(0.0).sqrt() - half_b;
        reach = root.clamp(0.05, reach);
        shoulder_x = d - reach * s;
    }
    let shoulder = Vec2::new(shoulder_x, h + reach * c);
    let contact = Vec2::new(shoulder.x + reach * s, h);
    Lean { lean_rad: theta, reach_m: reach, shoulder, contact, centre_of_mass: shoulder * COM_FRACTION }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statics_add_up_to_the_body_weight() {
        for (load, two) in [(0.0, false), (0.3, false), (0.5, false), (0.8, false), (1.0, false), (0.3, true)] {
            let s = ashiatsu_statics(65.0, load, two);
            assert!((s.working_foot_n - load * 65.0 * G).abs() < 1e-9);
            assert!((s.working_foot_n + s.standing_foot_n + s.bars_n - s.weight_n).abs() < 1e-9, "{load}");
            assert!(s.bars_n >= 0.0 && s.standing_foot_n >= 0.0);
        }
    }

    #[test]
    fn one_foot_stands_the_bars_steady() {
        let s = ashiatsu_statics(65.0, 0.3, false);
        let w = 65.0 * G;
        assert!((s.bars_n - 0.05 * w).abs() < 1e-9, "a light grip: 3.25 kg");
        assert!((s.standing_foot_n - 0.65 * w).abs() < 1e-9, "the standing foot carries the rest");
        // Moments about the centre of mass, between the feet, cancel.
        let c = s.centre_of_mass_fraction;
        assert!((s.standing_foot_n * c - s.working_foot_n * (1.0 - c)).abs() < 1e-9);
        assert!(c < 0.5, "over the standing foot's side at light work");
    }

    #[test]
    fn more_weight_into_the_foot_moves_the_centre_of_mass_over_it() {
        let c = |load| ashiatsu_statics(65.0, load, false).centre_of_mass_fraction;
        assert!(c(0.1) < c(0.3) && c(0.3) < c(0.6) && c(0.6) < c(0.9));
        let all = ashiatsu_statics(65.0, 1.0, false);
        assert_eq!((all.standing_foot_n, all.bars_n), (0.0, 0.0), "the whole body over the working foot");
        let most = ashiatsu_statics(65.0, 0.97, false);
        assert!(most.standing_foot_n == 0.0 && (most.bars_n - 0.03 * 65.0 * G).abs() < 1e-9);
    }

    #[test]
    fn the_hand_can_add_only_what_its_feet_hold() {
        // 25°: the contact 0.525 m out, the centre of mass 0.2245 m; with the heels 6 cm behind the
        // ankles and a vertical push, (0.2245 + 0.06) ∕ (0.525 + 0.06) = 0.486 of body weight.
        let l = lean(25f64.to_radians(), ARM_REACH_M, 1.0);
        assert!((l.capacity_per_weight(0.0, 0.06) - 0.4865).abs() < 2e-3, "{}", l.capacity_per_weight(0.0, 0.06));
        assert!(l.capacity_per_weight(0.15, 0.06) > l.gravity_normal_per_weight(0.15));
        assert_eq!(l.capacity_per_weight(0.1, 0.0), l.gravity_normal_per_weight(0.1));
    }

    #[test]
    fn two_feet_leave_the_rest_to_the_bars() {
        let s = ashiatsu_statics(65.0, 0.3, true);
        assert_eq!(s.standing_foot_n, 0.0);
        assert!((s.bars_n - 0.7 * 65.0 * G).abs() < 1e-9);
    }

    #[test]
    fn a_held_push_stays_in_the_friction_cone() {
        assert!((held_tangential_ratio(25f64.to_radians()) - MU_OILED_SKIN).abs() < 1e-12);
        assert!((held_tangential_ratio(5f64.to_radians()) - 5f64.to_radians().tan()).abs() < 1e-12);
        assert_eq!(shear(100.0, 0.4, false), (15.0, false));
        assert_eq!(shear(100.0, 0.1, false), (10.0, false));
        assert!((shear(100.0, 0.0, true).0 - 15.0).abs() < 1e-9);
    }

    #[test]
    fn moments_about_the_feet() {
        // Independent check at 25°: shoulder (0.335, 1.308), contact 0.525 m out, centre of mass
        // 0.2245 m out. A vertical push: 0.2245 / 0.525 = 0.428 of body weight.
        let l = lean(25f64.to_radians(), ARM_REACH_M, 1.0);
        assert!((l.contact.x - 0.5254).abs() < 1e-3, "{:?}", l.contact);
        assert!((l.gravity_normal_per_weight(0.0) - 0.4275).abs() < 2e-3);
        // Pushing the skin away (t > 0) tips the therapist back: less from body weight.
        assert!(l.gravity_normal_per_weight(0.15) < l.gravity_normal_per_weight(0.0));
        assert!(l.gravity_normal_per_weight(-0.15) > l.gravity_normal_per_weight(0.0));
    }

    #[test]
    fn the_feet_stay_beside_the_table_at_every_lean() {
        for scale in [0.8, 1.0, 1.2] {
            for reach in [ARM_REACH_M, ELBOW_REACH_M] {
                for deg in 0..=60 {
                    let l = lean((deg as f64).to_radians(), reach, scale);
                    assert!(l.contact.x >= MIN_FEET_TO_CONTACT_M - 1e-9, "{deg}° {reach}: {:?}", l.contact);
                    let body = SHOULDER_HEIGHT_M * scale;
                    assert!(l.shoulder.length() <= body + 1e-9, "{deg}°");
                    assert!(((l.contact - l.shoulder).length() - l.reach_m).abs() < 1e-9);
                    assert!((l.contact.y - BACK_SURFACE_HEIGHT_M).abs() < 1e-12);
                    assert!(l.reach_m <= reach * scale + 1e-12);
                    let g = l.gravity_normal_per_weight(MU_OILED_SKIN);
                    assert!((0.1..=0.7).contains(&g), "{deg}° {reach}: {g}");
                }
            }
        }
    }

    #[test]
    fn pressing_with_the_elbow_puts_more_weight_into_the_contact() {
        for deg in [10.0f64, 25.0, 45.0] {
            let hand = lean(deg.to_radians(), ARM_REACH_M, 1.0).gravity_normal_per_weight(0.1);
            let elbow = lean(deg.to_radians(), ELBOW_REACH_M, 1.0).gravity_normal_per_weight(0.1);
            assert!(elbow > hand, "{deg}°: {elbow} vs {hand}");
        }
    }
}
