//! Cautions: where the chosen settings go beyond what safety guidance allows, whatever the comfort
//! verdict says (docs/model.md §11). A pain threshold is not a tissue-safety limit: a pressure can
//! be comfortable and still be unsafe, because of how much force it is or where it goes.

use crate::body::{BackPoint, BACK_LENGTH_M};
use crate::geometry::Vec2;
use crate::pressure::LoadedPad;
use crate::scene::{Comparison, Model, Side};
use crate::settings::Settings;
use serde::Serialize;
use std::f64::consts::PI;

/// The kidney area and the floating ribs on the back, along C7–PSIS as fractions: from the tip of
/// the T11 spinous process to the lower border of L3, where the kidneys lie (Morris's
/// parallelogram; the upper poles behind ribs 11 and 12), in Ernst et al.'s landmark fractions
/// (T10 0.54, L1 0.71, L4 0.86) interpolated by vertebra.
pub const KIDNEY_AREA_ALONG: (f64, f64) = (0.595, 0.835);
/// The kidney area across the back, m from the midline: Morris's parallelogram, whose vertical
/// lines lie 2.5 cm and 9.5 cm from the midline (the hilum 5 cm out at L1).
pub const KIDNEY_AREA_LATERAL_M: (f64, f64) = (0.025, 0.095);
/// The most force a contact may put over the kidney area. Massage guidance asks for broad, light
/// pressure over endangerment sites (Werner) without a number; we take "light" as the "low
/// force" of a low-back massage trial, ≤ 1 kg (Chen et al. 2022).
pub const KIDNEY_AREA_LIGHT_N: f64 = 9.8;
/// A very heavy load through one foot: the mean force of chest compressions in out-of-hospital
/// CPR, 30.3 kg, which compressed an adult's chest 42 mm (Tomlinson et al. 2007).
pub const HEAVY_FOOT_N: f64 = 30.3 * crate::force::G;
/// Moments of the stroke searched for a caution.
pub const CAUTION_SAMPLES: usize = 48;

/// Which practitioner a caution is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Practitioner {
    Foot,
    Hand,
}

impl Practitioner {
    /// This practitioner's side of a comparison.
    pub fn side(self, c: &Comparison) -> &Side {
        match self {
            Practitioner::Foot => &c.foot,
            Practitioner::Hand => &c.hand,
        }
    }
}

/// Something unsafe about the stroke as set, whatever the comfort verdict.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub enum Caution {
    /// One foot presses with more than [`HEAVY_FOOT_N`] at the stroke's fullest, N.
    HeavyFoot { force_n: f64 },
    /// A contact puts more than [`KIDNEY_AREA_LIGHT_N`] over the kidney area, N at the worst moment.
    KidneyArea { who: Practitioner, force_n: f64 },
}

/// Where a point of a contact's surface frame lies on the back: the surface's x (heel to toes,
/// wrist to fingertips) points towards the client's head, its y away from the spine, about the
/// contact's centre of pressure at `position` (the convention of the top view).
pub fn on_back(position: BackPoint, cop: Vec2, p: Vec2) -> BackPoint {
    let away = position.lateral.signum();
    let away = if away == 0.0 { 1.0 } else { away };
    BackPoint { along: position.along - (p.x - cop.x), lateral: position.lateral + away * (p.y - cop.y) }
}

fn in_kidney_area(point: BackPoint) -> bool {
    let along = point.along / BACK_LENGTH_M;
    let lateral = point.lateral.abs();
    (KIDNEY_AREA_ALONG.0..=KIDNEY_AREA_ALONG.1).contains(&along)
        && (KIDNEY_AREA_LATERAL_M.0..=KIDNEY_AREA_LATERAL_M.1).contains(&lateral)
}

/// Rings and angles of the quadrature over a pad.
const RINGS: usize = 10;
const SPOKES: usize = 24;

/// The force a pad puts over the kidney area, N: its pressure profile integrated over the part of
/// its loaded ellipse there (a polar rule, exact for the whole pad's force as rings → ∞ and
/// normalised to it).
fn pad_force_in_kidney_area(pad: &LoadedPad, position: BackPoint, cop: Vec2) -> f64 {
    let (mut inside, mut all) = (0.0, 0.0);
    for i in 0..RINGS {
        let rho = (i as f64 + 0.5) / RINGS as f64;
        let weight = rho * (1.0 - rho * rho).max(0.0).powf(pad.peakedness);
        for j in 0..SPOKES {
            let angle = 2.0 * PI * (j as f64 + 0.5) / SPOKES as f64;
            let p = pad.loaded.centre
                + Vec2::new(rho * pad.loaded.semi_x * angle.cos(), rho * pad.loaded.semi_y * angle.sin());
            all += weight;
            if in_kidney_area(on_back(position, cop, p)) {
                inside += weight;
            }
        }
    }
    if all > 0.0 {
        pad.force_n * inside / all
    } else {
        0.0
    }
}

/// The force one contact of a side puts over the kidney area, N (the other contact of a pair is
/// its mirror image, with the same).
pub fn force_in_kidney_area(side: &Side) -> f64 {
    let cop = side.patch.centre_of_pressure();
    side.patch.pads.iter().map(|pad| pad_force_in_kidney_area(pad, side.position, cop)).sum()
}

impl Model {
    /// The cautions for these settings over the whole stroke cycle (none at the defaults).
    pub fn cautions(&self, settings: &Settings) -> Vec<Caution> {
        let states: Vec<_> =
            (0..CAUTION_SAMPLES).map(|i| self.evaluate_forces(settings, i as f64 / CAUTION_SAMPLES as f64)).collect();
        let per_foot = |c: &Comparison| c.foot.readouts.normal_force_n / c.foot.contacts as f64;
        let heaviest = states.iter().map(per_foot).fold(0.0, f64::max);
        let mut out = Vec::new();
        if heaviest > HEAVY_FOOT_N {
            out.push(Caution::HeavyFoot { force_n: heaviest });
        }
        for who in [Practitioner::Foot, Practitioner::Hand] {
            let worst = states.iter().map(|c| force_in_kidney_area(who.side(c))).fold(0.0, f64::max);
            if worst > KIDNEY_AREA_LIGHT_N {
                out.push(Caution::KidneyArea { who, force_n: worst });
            }
        }
        out
    }
}
