//! Contact surfaces: the parts of the foot and the hand tools, as pads to scale.
//!
//! Every surface is a set of elliptical pads in its own frame: x runs from the back of the limb
//! (heel of the foot, wrist) towards its tip (toes, fingertips), y across it, in metres. Pad areas
//! are the sourced or estimated contact areas of docs/model.md §1 for a reference foot 26 cm long;
//! a smaller or larger practitioner scales every length by foot length ÷ 26 cm and every area by its
//! square. A pad's width follows from its length and area, so the outline and the area can never
//! disagree.
//!
//! Long because it holds every contact surface's pad table with its tests (about 100 lines); the
//! tables are data, read side by side with docs/model.md §1.

use crate::geometry::{Ellipse, Vec2};
use serde::Serialize;
use std::f64::consts::PI;

/// Length of the foot the outlines are defined for (docs/model.md §1: the areas' sources).
pub const REFERENCE_FOOT_LENGTH_M: f64 = 0.26;
/// Hand length that goes with the reference foot (docs/model.md §1, estimate).
pub const REFERENCE_HAND_LENGTH_M: f64 = 0.19;

/// Fraction of a soft pad's outline that touches at the lightest contact (docs/model.md §1, estimate).
pub const CONFORM_MIN_FRACTION: f64 = 0.25;
/// Mean pressure at which soft tissue has conformed to most of a pad's outline (estimate).
pub const CONFORM_PRESSURE_PA: f64 = 15e3;
/// Effective Young's modulus of the client's back under deep pressure, for rounded bony tools
/// (docs/model.md §1: 62–440 kPa measured under load, Isogai et al. 2022; estimate).
pub const TISSUE_MODULUS_PA: f64 = 200e3;
/// Poisson's ratio of soft tissue (nearly incompressible).
pub const TISSUE_POISSON: f64 = 0.49;
/// Smallest fraction of its outline a bony pad touches: keeps the pressure finite near zero force.
const INDENT_MIN_FRACTION: f64 = 0.02;

/// Share of a whole sole's load on the lateral midfoot band: 8 % in barefoot standing (Cavanagh,
/// Rodgers & Iiboshi 1987; docs/model.md §1).
pub const MIDFOOT_SHARE: f64 = 0.08;
/// Share of the forefoot's load on the toes; the ball takes the rest: toes 4 % against metatarsal
/// heads 28 % of a standing foot's load (Cavanagh et al. 1987), 4 ∕ 32.
pub const TOES_SHARE_OF_FOREFOOT: f64 = 0.125;
/// The forefoot share of a foot standing flat: heel 60 %, midfoot 8 %, forefoot and toes 32 %
/// (Cavanagh et al. 1987), so 0.32 ∕ 0.92 of what the midfoot leaves.
pub const STANDING_FOREFOOT_SHARE: f64 = 0.32 / 0.92;

/// The part of the ashiatsu practitioner's foot in contact (docs/embedding.md `foot`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FootRegion {
    Sole,
    Heel,
    Ball,
    Arch,
    Edge,
}

/// The hand-massage tool in contact (docs/embedding.md `hand`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
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
pub(crate) use ids;

ids!(FootRegion { Sole => "sole", Heel => "heel", Ball => "ball", Arch => "arch", Edge => "edge" });
ids!(HandTool {
    Palm => "palm", Heel => "heel", Thumb => "thumb", Fingers => "fingers",
    Fist => "fist", Forearm => "forearm", Elbow => "elbow",
});

impl HandTool {
    /// The forearm and the elbow press with the arm itself, sparing the hand and wrist.
    pub fn presses_with_the_arm(self) -> bool {
        matches!(self, HandTool::Forearm | HandTool::Elbow)
    }
}

/// Where on the foot a pad sits, which decides how rocking heel-to-ball shares the load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Zone {
    /// Heel: takes the part of the load that is not on the forefoot.
    Rearfoot,
    /// Lateral midfoot band: a small fixed share.
    Midfoot,
    /// Ball of the foot.
    Forefoot,
    /// Toe pads: an eighth of the forefoot's share.
    Toes,
    /// A hand pad or a single-pad foot region: a fixed share.
    Fixed,
}

/// How the loaded part of a pad grows with its force (docs/model.md §1).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum Growth {
    /// A padded part (sole, palm, fingertip): soft tissue on both sides conforms, so the contact
    /// spreads over a growing fraction of the pad's outline and saturates at the outline.
    Conforms,
    /// A rounded bony part (the olecranon) pressed into the client's soft back: the tissue wraps
    /// it as it sinks in, and the contact grows as Hertz's sphere of radius `radius_m` on a soft
    /// half-space, area = π a², a = (3 F R ∕ 4 E*)^(1/3). Hertz holds while the contact is small
    /// beside the bone; the contact radius stops at the bone's own radius `bone_radius_m` (beyond
    /// it the tissue meets the bone's flanks, and more force only raises the pressure), and at
    /// the outline. The two radii are equal but for the headline's area factor, which scales the
    /// Hertz radius so that the area goes as the factor (a² ∝ R^(2/3)) and the bone's so that its
    /// cross-section does too.
    Indents { radius_m: f64, bone_radius_m: f64 },
    /// A rounded soft tip (the pulp of the thumb or a finger) pressed into the back: it sinks in as
    /// Hertz's sphere of the tip's radius, and, being soft itself, flattens until the contact fills
    /// the pad's outline.
    SinksIn { radius_m: f64 },
}

/// One pad of a contact surface: an ellipse, its weight in the load share, how its contact grows,
/// and how peaked its pressure is (0 = flat, higher = more concentrated).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Pad {
    pub outline: Ellipse,
    pub zone: Zone,
    pub base_weight: f64,
    pub growth: Growth,
    /// Exponent k of the pressure profile p(ρ) = p₀ (1 − ρ²)^k; peak = (k + 1) × mean.
    pub peakedness: f64,
}

/// A pad's size and place on the reference foot or hand: centre x, y (m), length along x (m),
/// area (cm²), as in the tables of docs/model.md §1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PadSpec {
    pub x_m: f64,
    pub y_m: f64,
    pub length_m: f64,
    pub area_cm2: f64,
}

impl Pad {
    /// The pad of `spec` scaled by `size` (lengths × size, areas × size²), with every area it can
    /// take × `area_factor` (1, or an end of its sourced range: the outline's lengths × √factor,
    /// a tip's radius × factor^(3/2), since a Hertz contact's area goes as R^(2/3)).
    fn new(spec: PadSpec, size: Sizing, zone: Zone, weight: f64, growth: Growth, peakedness: f64) -> Self {
        let Sizing { size, area_factor } = size;
        let factor = if area_factor.is_finite() { area_factor.clamp(0.1, 10.0) } else { 1.0 };
        let centre = Vec2::new(spec.x_m * size, spec.y_m * size);
        let radius = |r: f64| r * size * factor.powf(1.5);
        let growth = match growth {
            Growth::Indents { radius_m, bone_radius_m } => {
                Growth::Indents { radius_m: radius(radius_m), bone_radius_m: bone_radius_m * size * factor.sqrt() }
            }
            Growth::SinksIn { radius_m } => Growth::SinksIn { radius_m: radius(radius_m) },
            g => g,
        };
        let length = spec.length_m * size * factor.sqrt();
        Self {
            outline: Ellipse::with_length_and_area(centre, length, spec.area_cm2 * 1e-4 * size * size * factor),
            zone,
            base_weight: weight,
            growth,
            peakedness,
        }
    }

    /// Fraction of the outline in contact under `force` newtons (docs/model.md §1).
    pub fn loaded_fraction(&self, force: f64) -> f64 {
        let force = force.max(0.0);
        let outline = self.outline.area();
        match self.growth {
            Growth::Conforms => {
                let scale = CONFORM_PRESSURE_PA * outline;
                CONFORM_MIN_FRACTION + (1.0 - CONFORM_MIN_FRACTION) * (1.0 - (-force / scale).exp())
            }
            Growth::Indents { radius_m, bone_radius_m } => {
                let within_bone = hertz_area_m2(force, radius_m).min(PI * bone_radius_m * bone_radius_m);
                (within_bone / outline).clamp(INDENT_MIN_FRACTION, 1.0)
            }
            Growth::SinksIn { radius_m } => (hertz_area_m2(force, radius_m) / outline).clamp(INDENT_MIN_FRACTION, 1.0),
        }
    }
}

/// How a surface is sized: by the practitioner's foot length ÷ the reference foot's, and a factor
/// on every area (1, or an end of the area's sourced range, for the headline's uncertainty).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizing {
    pub size: f64,
    pub area_factor: f64,
}

/// Contact area of a rigid sphere of `radius_m` pressed with `force` into the client's soft tissue
/// (Hertz): a = (3 F R ∕ 4 E*)^(1/3), E* = E ∕ (1 − ν²), area = π a², m².
pub fn hertz_area_m2(force: f64, radius_m: f64) -> f64 {
    let modulus = TISSUE_MODULUS_PA / (1.0 - TISSUE_POISSON * TISSUE_POISSON);
    let a = (3.0 * force.max(0.0) * radius_m.max(0.0) / (4.0 * modulus)).cbrt();
    PI * a * a
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
                        Zone::Forefoot => rest * (1.0 - TOES_SHARE_OF_FOREFOOT) * f,
                        Zone::Toes => rest * TOES_SHARE_OF_FOREFOOT * f,
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

const fn spec(x_m: f64, y_m: f64, length_m: f64, area_cm2: f64) -> PadSpec {
    PadSpec { x_m, y_m, length_m, area_cm2 }
}

// Reference foot: x from the back of the heel (0) to the tip of the longest toe (0.26 m), y towards
// the big toe. Areas from docs/model.md §1.
pub const HEEL: PadSpec = spec(0.045, 0.0, 0.08, 35.0);
pub const BALL: PadSpec = spec(0.185, 0.004, 0.055, 45.0);
pub const TOES: PadSpec = spec(0.238, 0.006, 0.035, 20.0);
pub const MIDFOOT: PadSpec = spec(0.12, -0.018, 0.06, 20.0);
pub const ARCH: PadSpec = spec(0.115, 0.012, 0.09, 20.0);
pub const EDGE: PadSpec = spec(0.13, -0.033, 0.16, 20.0);

// Reference hand: x from the wrist crease towards the fingertips (0.19 m), y towards the thumb;
// forearm and elbow in their own frames centred on the contact.
/// The loaded palm: about 60 % of the traced 90 cm² (the hollow does not touch).
pub const PALM_THENAR: PadSpec = spec(0.032, 0.02, 0.05, 16.0);
pub const PALM_HYPOTHENAR: PadSpec = spec(0.036, -0.022, 0.055, 16.0);
pub const PALM_KNUCKLES: PadSpec = spec(0.085, 0.0, 0.035, 22.0);
pub const HEEL_OF_HAND: PadSpec = spec(0.03, 0.0, 0.045, 20.0);
/// The thumb's pad: the most of the distal pulp that touches once it has flattened (docs/model.md
/// §1).
pub const THUMB_PAD: PadSpec = spec(0.0, 0.0, 0.02, 2.5);
pub const FOREARM_BORDER: PadSpec = spec(0.0, 0.0, 0.16, 30.0);
/// The elbow: the most the olecranon and the bone around it can touch as it sinks in.
pub const ELBOW_MAX: PadSpec = spec(0.0, 0.0, 0.038, 10.0);
/// Radius of curvature of the olecranon under its skin (estimate, docs/model.md §1).
pub const OLECRANON_RADIUS_M: f64 = 0.0125;
/// Radius of curvature of the thumb's tip, pulp included (docs/model.md §1).
pub const THUMB_TIP_RADIUS_M: f64 = 0.010;
/// Radius of curvature of a fingertip's pulp (docs/model.md §1).
pub const FINGERTIP_RADIUS_M: f64 = 0.008;
/// Fingertip pads: one 1.5 cm² pad per finger, 2 cm apart, the middle fingers reaching furthest.
const FINGERTIP_AREA_CM2: f64 = 1.5;
/// Flat fist: the backs of the four proximal phalanges, 5 cm² each, 2 cm apart.
const KNUCKLE_AREA_CM2: f64 = 5.0;
const FINGER_SPACING_M: f64 = 0.02;
/// The knuckles' distance from the wrist crease on the reference hand, m (the pictures put the
/// drawn fist there).
pub const KNUCKLE_ALONG_M: f64 = 0.11;

impl FootRegion {
    /// The low and high ends of this region's sourced area range, as factors on its area
    /// (docs/model.md §1): the contact-area part of the headline's uncertainty.
    pub fn area_range(self) -> (f64, f64) {
        let (lo, mid, hi) = match self {
            FootRegion::Sole => (100.0, 120.0, 150.0),
            FootRegion::Heel => (25.0, 35.0, 40.0),
            FootRegion::Ball => (35.0, 45.0, 55.0),
            FootRegion::Arch => (15.0, 20.0, 30.0),
            FootRegion::Edge => (15.0, 20.0, 25.0),
        };
        (lo / mid, hi / mid)
    }
}

impl HandTool {
    /// The low and high ends of this tool's sourced area range, as factors on its areas
    /// (docs/model.md §1).
    pub fn area_range(self) -> (f64, f64) {
        let (lo, mid, hi) = match self {
            HandTool::Palm => (80.0, 90.0, 100.0),
            HandTool::Heel => (15.0, 20.0, 25.0),
            HandTool::Thumb => (2.0, 2.5, 3.0),
            HandTool::Fingers => (1.0, 1.5, 2.0),
            HandTool::Fist => (15.0, 20.0, 25.0),
            HandTool::Forearm => (20.0, 30.0, 40.0),
            HandTool::Elbow => (2.0, 4.0, 6.0),
        };
        (lo / mid, hi / mid)
    }
}

/// The outline of a foot region for a foot `foot_length_m` long.
pub fn foot_surface(region: FootRegion, foot_length_m: f64) -> Surface {
    foot_surface_sized(region, foot_length_m, 1.0)
}

/// The same with every area × `area_factor` (an end of the region's [`FootRegion::area_range`]).
pub fn foot_surface_sized(region: FootRegion, foot_length_m: f64, area_factor: f64) -> Surface {
    let size = Sizing { size: foot_length_m / REFERENCE_FOOT_LENGTH_M, area_factor };
    let pad = |spec, zone, k| Pad::new(spec, size, zone, 1.0, Growth::Conforms, k);
    let pads = match region {
        FootRegion::Sole => vec![
            pad(HEEL, Zone::Rearfoot, 1.0),
            pad(MIDFOOT, Zone::Midfoot, 0.4),
            pad(BALL, Zone::Forefoot, 0.8),
            pad(TOES, Zone::Toes, 0.8),
        ],
        FootRegion::Heel => vec![pad(HEEL, Zone::Fixed, 1.0)],
        FootRegion::Ball => vec![pad(BALL, Zone::Fixed, 0.8)],
        FootRegion::Arch => vec![pad(ARCH, Zone::Fixed, 0.4)],
        FootRegion::Edge => vec![pad(EDGE, Zone::Fixed, 0.6)],
    };
    Surface { pads }
}

/// The outline of a hand tool, for the hand that goes with a foot `foot_length_m` long.
pub fn hand_surface(tool: HandTool, foot_length_m: f64) -> Surface {
    hand_surface_sized(tool, foot_length_m, 1.0)
}

/// The same with every area × `area_factor` (an end of the tool's [`HandTool::area_range`]).
pub fn hand_surface_sized(tool: HandTool, foot_length_m: f64, area_factor: f64) -> Surface {
    let size = Sizing { size: foot_length_m / REFERENCE_FOOT_LENGTH_M, area_factor };
    let soft = |spec, weight, k| Pad::new(spec, size, Zone::Fixed, weight, Growth::Conforms, k);
    // Rounded tips on a soft back: Hertz's own profile, p ∝ (1 − ρ²)^½ (docs/model.md §2).
    let hertz = |spec, growth| Pad::new(spec, size, Zone::Fixed, 1.0, growth, 0.5);
    let pads = match tool {
        HandTool::Palm => {
            vec![soft(PALM_THENAR, 1.2, 0.5), soft(PALM_HYPOTHENAR, 1.2, 0.5), soft(PALM_KNUCKLES, 1.0, 0.7)]
        }
        HandTool::Heel => vec![soft(HEEL_OF_HAND, 1.0, 0.8)],
        HandTool::Thumb => vec![hertz(THUMB_PAD, Growth::SinksIn { radius_m: THUMB_TIP_RADIUS_M })],
        HandTool::Fingers => (0..4)
            .map(|i| {
                let (offset, x) = (i as f64 - 1.5, 0.175 - 0.006 * (i as f64 - 1.5).abs());
                let tip = spec(x, -offset * FINGER_SPACING_M, 0.016, FINGERTIP_AREA_CM2);
                hertz(tip, Growth::SinksIn { radius_m: FINGERTIP_RADIUS_M })
            })
            .collect(),
        HandTool::Fist => (0..4)
            .map(|i| {
                let y = (1.5 - i as f64) * FINGER_SPACING_M;
                soft(spec(KNUCKLE_ALONG_M, y, 0.035, KNUCKLE_AREA_CM2), 1.0, 0.6)
            })
            .collect(),
        HandTool::Forearm => vec![soft(FOREARM_BORDER, 1.0, 1.0)],
        HandTool::Elbow => {
            vec![hertz(ELBOW_MAX, Growth::Indents { radius_m: OLECRANON_RADIUS_M, bone_radius_m: OLECRANON_RADIUS_M })]
        }
    };
    Surface { pads }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REF: f64 = REFERENCE_FOOT_LENGTH_M;

    fn cm2(area: f64) -> f64 {
        area * 1e4
    }

    #[test]
    fn foot_areas_match_the_sourced_values() {
        assert!((cm2(foot_surface(FootRegion::Heel, REF).outline_area()) - 35.0).abs() < 1e-9);
        assert!((cm2(foot_surface(FootRegion::Ball, REF).outline_area()) - 45.0).abs() < 1e-9);
        assert!((cm2(foot_surface(FootRegion::Sole, REF).outline_area()) - 120.0).abs() < 1e-9);
    }

    #[test]
    fn hand_areas_match_the_sourced_values() {
        let area = |t| cm2(hand_surface(t, REF).outline_area());
        assert!((area(HandTool::Palm) - 54.0).abs() < 1e-9, "60 % of the traced 90 cm² palm");
        assert!((area(HandTool::Thumb) - 2.5).abs() < 1e-9, "the flattened thumb pulp");
        assert!((area(HandTool::Fingers) - 6.0).abs() < 1e-9);
        assert!((area(HandTool::Elbow) - 10.0).abs() < 1e-9, "the most an elbow can touch");
    }

    #[test]
    fn areas_scale_with_the_square_of_the_foot_length() {
        for region in FootRegion::ALL {
            let big = foot_surface(*region, 0.30).outline_area();
            let small = foot_surface(*region, 0.24).outline_area();
            assert!((big / small - (0.30f64 / 0.24).powi(2)).abs() < 1e-12, "{region:?}");
        }
        let big = hand_surface(HandTool::Thumb, 0.30).outline_area();
        assert!((big / hand_surface(HandTool::Thumb, 0.24).outline_area() - 1.5625).abs() < 1e-12);
    }

    #[test]
    fn the_sole_fits_its_foot() {
        for length in [0.20, 0.26, 0.32] {
            let (lo, hi) = foot_surface(FootRegion::Sole, length).bounds();
            assert!(lo.x >= 0.0 && hi.x <= length + 1e-9, "{lo:?} {hi:?}");
            assert!(hi.y - lo.y < 0.45 * length, "a foot is less than half as wide as it is long");
        }
    }

    #[test]
    fn rocking_moves_load_from_heel_to_ball() {
        let sole = foot_surface(FootRegion::Sole, REF);
        let back = sole.load_shares(0.1);
        let front = sole.load_shares(0.9);
        assert!(back[0] > front[0] && back[2] < front[2]);
        assert!((back.iter().sum::<f64>() - 1.0).abs() < 1e-12);
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
    fn a_soft_pad_conforms_and_saturates() {
        let heel = foot_surface(FootRegion::Heel, REF).pads[0];
        assert!((heel.loaded_fraction(0.0) - CONFORM_MIN_FRACTION).abs() < 1e-12);
        assert!(heel.loaded_fraction(50.0) < heel.loaded_fraction(100.0));
        assert!(heel.loaded_fraction(5000.0) > 0.999 && heel.loaded_fraction(5000.0) <= 1.0);
    }

    #[test]
    fn a_bony_pad_grows_as_force_to_the_two_thirds_within_the_bones_radius() {
        let elbow = hand_surface(HandTool::Elbow, REF).pads[0];
        let area = |f: f64| elbow.loaded_fraction(f) * elbow.outline.area();
        // Hertz: eight times the force, four times the area.
        assert!((area(8.0) / area(1.0) - 4.0).abs() < 1e-9);
        // Independent oracle: a = (3FR/4E*)^(1/3) with E* = 200 kPa / (1 − 0.49²) = 263.2 kPa.
        let a = (3.0 * 5.0 * 0.0125 / (4.0 * 263_226.0f64)).cbrt();
        assert!((area(5.0) / (PI * a * a) - 1.0).abs() < 1e-3);
        // a reaches the olecranon's 1.25 cm at 54.8 N; at 100 N (a = 1.53 cm) the contact stops at
        // the bone's own radius, inside the outline.
        assert!(area(54.0) < PI * 0.0125f64.powi(2));
        assert!((area(100.0) / (PI * 0.0125f64.powi(2)) - 1.0).abs() < 1e-9);
        assert!((area(500.0) - area(100.0)).abs() < 1e-15, "more force only raises the pressure");
        assert!(elbow.loaded_fraction(0.0) > 0.0);
    }

    #[test]
    fn the_thumb_sinks_in_until_it_fills_its_pad() {
        let thumb = hand_surface(HandTool::Thumb, REF).pads[0];
        let area = |f: f64| thumb.loaded_fraction(f) * thumb.outline.area();
        // Below the outline it is Hertz's sphere of the tip's 1 cm radius: 10 N gives 1.36 cm².
        let a = (3.0 * 10.0 * 0.010 / (4.0 * 263_226.0f64)).cbrt();
        assert!((area(10.0) / (PI * a * a) - 1.0).abs() < 1e-3, "{}", area(10.0) * 1e4);
        assert!(area(20.0) > area(10.0));
        // The pulp flattens: from about 25 N it fills its 2.5 cm² pad and grows no more.
        assert!(area(24.0) < 2.5e-4);
        assert!((area(30.0) - 2.5e-4).abs() < 1e-12 && (area(100.0) - 2.5e-4).abs() < 1e-12);
    }

    #[test]
    fn the_standing_sole_shares_its_load_as_measured_barefoot() {
        // Cavanagh, Rodgers & Iiboshi 1987: heel 60 %, midfoot 8 %, metatarsal heads 28 %, toes 4 %.
        let shares = foot_surface(FootRegion::Sole, REF).load_shares(STANDING_FOREFOOT_SHARE);
        for (share, measured) in shares.iter().zip([0.60, 0.08, 0.28, 0.04]) {
            assert!((share - measured).abs() < 1e-9, "{shares:?}");
        }
    }

    #[test]
    fn area_ranges_bracket_the_defaults() {
        for r in FootRegion::ALL {
            let (lo, hi) = r.area_range();
            assert!(lo < 1.0 && hi > 1.0, "{r:?}");
        }
        for t in HandTool::ALL {
            let (lo, hi) = t.area_range();
            assert!(lo < 1.0 && hi > 1.0, "{t:?}");
        }
        let area = |p: &Pad, f: f64| p.loaded_fraction(f) * p.outline.area();
        for factor in [0.5, 1.5] {
            let scaled = hand_surface_sized(HandTool::Elbow, REF, factor).pads[0];
            let mid = hand_surface(HandTool::Elbow, REF).pads[0];
            // Below the bone's radius (10 N) and at it (500 N): every area the pad takes × factor.
            for force in [10.0, 500.0] {
                assert!((area(&scaled, force) / area(&mid, force) - factor).abs() < 1e-9, "{factor} at {force} N");
            }
        }
    }
}
