//! Contact surfaces: the parts of the foot and the hand tools, as pads to scale.
//!
//! Every surface is a set of elliptical pads in its own frame: x runs from the back of the limb
//! (heel of the foot, wrist) towards its tip (toes, fingertips), y across it, in metres. Pad areas
//! are the sourced or estimated contact areas of docs/model.md §1; a pad's width follows from its
//! length and area, so the outline and the area can never disagree.

use crate::geometry::{Ellipse, Vec2};
use serde::{Deserialize, Serialize};

/// Length of the adult foot the outlines are drawn for (docs/model.md §1, adult men 26.3 ± 1.2 cm).
pub const FOOT_LENGTH_M: f64 = 0.26;
/// Hand length that matches a 26 cm foot (docs/model.md §1, estimate).
pub const HAND_LENGTH_M: f64 = 0.19;

/// Fraction of a pad's outline that touches at the lightest contact (docs/model.md §1, estimate).
pub const CONFORM_MIN_FRACTION: f64 = 0.25;
/// Mean pressure at which soft tissue has conformed to most of a pad's outline (estimate).
pub const CONFORM_PRESSURE_PA: f64 = 15e3;

/// Share of a whole sole's load on the lateral midfoot band (estimate; docs/model.md §1).
pub const MIDFOOT_SHARE: f64 = 0.08;

/// The part of the ashiatsu practitioner's foot in contact (contract.md `foot`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FootRegion {
    Sole,
    Heel,
    Ball,
    Arch,
    Edge,
}

/// The hand-massage tool in contact (contract.md `hand`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HandTool {
    Palm,
    Heel,
    Thumb,
    Fingers,
    Fist,
    Forearm,
    Elbow,
}

macro_rules! ids {
    ($ty:ty { $($variant:ident => $id:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$(<$ty>::$variant),+];

            /// The identifier used in URLs, data files and translation keys.
            pub fn id(self) -> &'static str {
                match self { $(<$ty>::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some(<$ty>::$variant),)+ _ => None }
            }
        }
    };
}

ids!(FootRegion { Sole => "sole", Heel => "heel", Ball => "ball", Arch => "arch", Edge => "edge" });
ids!(HandTool {
    Palm => "palm", Heel => "heel", Thumb => "thumb", Fingers => "fingers",
    Fist => "fist", Forearm => "forearm", Elbow => "elbow",
});

/// Where on the foot a pad sits, which decides how rocking heel-to-ball shares the load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Zone {
    /// Heel: takes the part of the load that is not on the forefoot.
    Rearfoot,
    /// Lateral midfoot band: a small fixed share.
    Midfoot,
    /// Ball of the foot.
    Forefoot,
    /// Toe pads: a fifth of the forefoot's share.
    Toes,
    /// A hand pad or a single-pad foot region: a fixed share.
    Fixed,
}

/// One pad of a contact surface: an ellipse, its weight in the load share and how peaked its
/// pressure is (0 = flat, higher = more concentrated; bony pads are more peaked).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Pad {
    pub outline: Ellipse,
    pub zone: Zone,
    pub base_weight: f64,
    /// Exponent k of the pressure profile p(ρ) = p₀ (1 − ρ²)^k; peak = (k + 1) × mean.
    pub peakedness: f64,
}

impl Pad {
    fn new(x: f64, y: f64, length: f64, area_cm2: f64, zone: Zone, weight: f64, peakedness: f64) -> Self {
        Self {
            outline: Ellipse::with_length_and_area(Vec2::new(x, y), length, area_cm2 * 1e-4),
            zone,
            base_weight: weight,
            peakedness,
        }
    }
}

/// A contact surface: the pads that touch the client.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Surface {
    pub pads: Vec<Pad>,
}

impl Surface {
    /// Area of the whole outline, m²: the most that can be loaded.
    pub fn outline_area(&self) -> f64 {
        self.pads.iter().map(|p| p.outline.area()).sum()
    }

    /// Share of the surface's force on each pad (sums to 1), given the forefoot share of a foot
    /// rocking between heel and ball (0 = all heel, 1 = all ball; ignored by hand tools).
    pub fn load_shares(&self, forefoot_share: f64) -> Vec<f64> {
        let f = forefoot_share.clamp(0.0, 1.0);
        // The midfoot band takes a small fixed share; heel and forefoot split the rest by `f`.
        let rest = 1.0 - MIDFOOT_SHARE;
        let weights: Vec<f64> = self
            .pads
            .iter()
            .map(|pad| {
                pad.base_weight
                    * match pad.zone {
                        Zone::Rearfoot => rest * (1.0 - f),
                        Zone::Forefoot => rest * 0.8 * f,
                        Zone::Toes => rest * 0.2 * f,
                        Zone::Midfoot => MIDFOOT_SHARE,
                        Zone::Fixed => 1.0,
                    }
            })
            .collect();
        let total: f64 = weights.iter().sum();
        if total > 0.0 {
            weights.iter().map(|w| w / total).collect()
        } else {
            vec![1.0 / self.pads.len() as f64; self.pads.len()]
        }
    }

    /// Bounding box of the whole outline in the surface's frame.
    pub fn bounds(&self) -> (Vec2, Vec2) {
        self.pads.iter().fold(
            (Vec2::new(f64::INFINITY, f64::INFINITY), Vec2::new(f64::NEG_INFINITY, f64::NEG_INFINITY)),
            |(lo, hi), pad| {
                let (a, b) = pad.outline.bounds();
                (Vec2::new(lo.x.min(a.x), lo.y.min(a.y)), Vec2::new(hi.x.max(b.x), hi.y.max(b.y)))
            },
        )
    }
}

/// Fraction of a pad's outline that is loaded under `force` newtons: soft tissue conforms as the
/// load grows and the contact saturates at the outline (docs/model.md §1).
pub fn loaded_fraction(force: f64, outline_area: f64) -> f64 {
    let force = force.max(0.0);
    let scale = CONFORM_PRESSURE_PA * outline_area;
    CONFORM_MIN_FRACTION + (1.0 - CONFORM_MIN_FRACTION) * (1.0 - (-force / scale).exp())
}

// Foot frame: x from the back of the heel (0) to the tip of the longest toe (0.26 m), y towards
// the big toe. Areas in cm² from docs/model.md §1.
const HEEL: (f64, f64, f64, f64) = (0.045, 0.0, 0.08, 35.0);
const BALL: (f64, f64, f64, f64) = (0.185, 0.004, 0.055, 45.0);
const TOES: (f64, f64, f64, f64) = (0.238, 0.006, 0.035, 20.0);
const MIDFOOT: (f64, f64, f64, f64) = (0.12, -0.018, 0.06, 20.0);
const ARCH: (f64, f64, f64, f64) = (0.115, 0.012, 0.09, 20.0);
const EDGE: (f64, f64, f64, f64) = (0.13, -0.033, 0.16, 20.0);

fn foot_pad(spec: (f64, f64, f64, f64), zone: Zone, peakedness: f64) -> Pad {
    Pad::new(spec.0, spec.1, spec.2, spec.3, zone, 1.0, peakedness)
}

/// The outline of a foot region, to scale.
pub fn foot_surface(region: FootRegion) -> Surface {
    let pads = match region {
        FootRegion::Sole => vec![
            foot_pad(HEEL, Zone::Rearfoot, 1.0),
            foot_pad(MIDFOOT, Zone::Midfoot, 0.4),
            foot_pad(BALL, Zone::Forefoot, 0.8),
            foot_pad(TOES, Zone::Toes, 0.8),
        ],
        FootRegion::Heel => vec![foot_pad(HEEL, Zone::Fixed, 1.0)],
        FootRegion::Ball => vec![foot_pad(BALL, Zone::Fixed, 0.8)],
        FootRegion::Arch => vec![foot_pad(ARCH, Zone::Fixed, 0.4)],
        FootRegion::Edge => vec![foot_pad(EDGE, Zone::Fixed, 0.6)],
    };
    Surface { pads }
}

/// The outline of a hand tool, to scale. Hand frame: x from the wrist crease towards the
/// fingertips (0.19 m), y towards the thumb; forearm and elbow in their own frames.
pub fn hand_surface(tool: HandTool) -> Surface {
    let fixed = |x, y, length, area, weight, k| Pad::new(x, y, length, area, Zone::Fixed, weight, k);
    let pads = match tool {
        // The loaded palm: about 60 % of the traced 90 cm² (the hollow does not touch).
        HandTool::Palm => vec![
            fixed(0.032, 0.02, 0.05, 16.0, 1.2, 0.5),
            fixed(0.036, -0.022, 0.055, 16.0, 1.2, 0.5),
            fixed(0.085, 0.0, 0.035, 22.0, 1.0, 0.7),
        ],
        HandTool::Heel => vec![fixed(0.03, 0.0, 0.045, 20.0, 1.0, 0.8)],
        HandTool::Thumb => vec![fixed(0.0, 0.0, 0.018, 2.0, 1.0, 0.7)],
        HandTool::Fingers => (0..4)
            .map(|i| fixed(0.175 - 0.006 * (i as f64 - 1.5).abs(), 0.03 - 0.02 * i as f64, 0.016, 1.5, 1.0, 0.7))
            .collect(),
        HandTool::Fist => (0..4).map(|i| fixed(0.11, 0.03 - 0.02 * i as f64, 0.035, 5.0, 1.0, 1.2)).collect(),
        HandTool::Forearm => vec![fixed(0.0, 0.0, 0.16, 30.0, 1.0, 1.0)],
        HandTool::Elbow => vec![fixed(0.0, 0.0, 2.0 * (4e-4 / std::f64::consts::PI).sqrt(), 4.0, 1.0, 2.0)],
    };
    Surface { pads }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cm2(area: f64) -> f64 {
        area * 1e4
    }

    #[test]
    fn foot_areas_match_the_sourced_values() {
        assert!((cm2(foot_surface(FootRegion::Heel).outline_area()) - 35.0).abs() < 1e-9);
        assert!((cm2(foot_surface(FootRegion::Ball).outline_area()) - 45.0).abs() < 1e-9);
        assert!((cm2(foot_surface(FootRegion::Sole).outline_area()) - 120.0).abs() < 1e-9);
    }

    #[test]
    fn hand_areas_match_the_sourced_values() {
        let area = |t| cm2(hand_surface(t).outline_area());
        assert!((area(HandTool::Palm) - 54.0).abs() < 1e-9, "60 % of the traced 90 cm² palm");
        assert!((area(HandTool::Thumb) - 2.0).abs() < 1e-9);
        assert!((area(HandTool::Fingers) - 6.0).abs() < 1e-9);
        assert!((area(HandTool::Elbow) - 4.0).abs() < 1e-9);
    }

    #[test]
    fn the_sole_fits_a_26_cm_foot() {
        let (lo, hi) = foot_surface(FootRegion::Sole).bounds();
        assert!(lo.x >= 0.0 && hi.x <= FOOT_LENGTH_M + 1e-9, "{lo:?} {hi:?}");
        assert!(hi.y - lo.y < 0.12, "a foot is narrower than 12 cm");
    }

    #[test]
    fn rocking_moves_load_from_heel_to_ball() {
        let sole = foot_surface(FootRegion::Sole);
        let back = sole.load_shares(0.1);
        let front = sole.load_shares(0.9);
        assert!(back[0] > front[0] && back[2] < front[2]);
        assert!((back.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn standing_sole_shares_heel_and_forefoot_as_measured() {
        // 55 % rearfoot, 45 % forefoot of what the midfoot does not take.
        let shares = foot_surface(FootRegion::Sole).load_shares(0.45);
        assert!((shares[1] - MIDFOOT_SHARE).abs() < 1e-12);
        assert!((shares[0] / (shares[2] + shares[3]) - 0.55 / 0.45).abs() < 1e-9);
        assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn ids_round_trip() {
        for r in FootRegion::ALL {
            assert_eq!(FootRegion::from_id(r.id()), Some(*r));
        }
        for t in HandTool::ALL {
            assert_eq!(HandTool::from_id(t.id()), Some(*t));
        }
        assert_eq!(HandTool::from_id("knee"), None);
    }

    #[test]
    fn contact_grows_with_load_and_saturates() {
        let a = 35e-4;
        assert!((loaded_fraction(0.0, a) - CONFORM_MIN_FRACTION).abs() < 1e-12);
        assert!(loaded_fraction(50.0, a) < loaded_fraction(100.0, a));
        assert!(loaded_fraction(5000.0, a) > 0.999 && loaded_fraction(5000.0, a) <= 1.0);
    }
}
