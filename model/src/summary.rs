//! The comparison a headline states: both sides at the stroke's fullest moment, the ratios that
//! make the point with the range the model's stated uncertainty gives, and the stress against
//! depth under both contacts (docs/model.md, "How sure"). It depends on the settings only, never
//! on the moment shown, so a headline built from it holds still while the stroke plays.

use crate::comfort::{Client, LARGE_CONTACT_EXPONENT_RANGE};
use crate::depth::{vertical_stress_with_partner_pa, Partner, DEPTH_RANGE_M};
use crate::scene::{Assumptions, Comparison, Detail, Model, Side};
use crate::settings::Settings;
use serde::Serialize;

/// A value with the low and high ends its uncertainty allows.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Range {
    pub value: f64,
    pub low: f64,
    pub high: f64,
}

impl Range {
    fn of(value: f64, spread: impl IntoIterator<Item = f64>) -> Self {
        let (low, high) =
            spread.into_iter().filter(|v| v.is_finite()).fold((value, value), |(lo, hi), v| (lo.min(v), hi.max(v)));
        Self { value, low, high }
    }
}

/// Vertical stress on the axis under one side's contact at each depth of a [`DepthProfile`], with
/// its band over the stated uncertainty, Pa.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Band {
    pub value: Vec<f64>,
    pub low: Vec<f64>,
    pub high: Vec<f64>,
}

/// Stress against depth under both contacts at the headline's moment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DepthProfile {
    /// The depths, m, from just under the skin to the deepest the app reads.
    pub depths_m: Vec<f64>,
    pub foot: Band,
    pub hand: Band,
    /// Where the two central curves cross, m, if they do within the depths: above it one side's
    /// contact stresses its axis more, below it the other's.
    pub crossing_m: Option<f64>,
}

/// What a headline says, for some settings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// The stroke's fullest moment, which the headline describes.
    pub phase: f64,
    /// Both sides at that moment: the readouts a frame at that phase shows (without its
    /// cross-sections).
    pub comparison: Comparison,
    /// Foot ÷ hand normal force (1 at equal force).
    pub force_ratio: Range,
    /// Hand ÷ foot mean pressure: how many times the hand's average pressure is the foot's.
    pub pressure_ratio: Range,
    /// Foot ÷ hand vertical stress at the chosen depth, under each contact's centre of pressure.
    pub depth_ratio: Range,
    /// Foot ÷ hand strongest vertical stress at the chosen depth (under the centre of pressure or
    /// of any loaded pad): where the two contacts part most, as for a sole on heel and ball.
    pub depth_peak_ratio: Range,
    pub profile: DepthProfile,
}

/// Depths of the profile: 24 steps, closer together near the skin where the stress changes fast.
const PROFILE_STEPS: usize = 24;

fn profile_depths() -> Vec<f64> {
    let (top, bottom) = (0.0025, DEPTH_RANGE_M.1);
    (0..PROFILE_STEPS)
        .map(|i| {
            let u = i as f64 / (PROFILE_STEPS - 1) as f64;
            top + (bottom - top) * u * u
        })
        .collect()
}

/// σz on the axis of one side's contact at each depth, Pa: under the centre of pressure, with the
/// partner contact's share as the `depth-stress` readout takes it.
fn axis_stress(side: &Side, depths: &[f64]) -> Vec<f64> {
    let grid = &side.patch.grid;
    let cop = side.patch.centre_of_pressure();
    let partner = (side.contacts == 2).then(|| Partner { grid, mirror_y: 2.0 * (cop.y - side.position.lateral.abs()) });
    depths.iter().map(|&z| vertical_stress_with_partner_pa(grid, partner, cop, z)).collect()
}

/// The ends of the stated uncertainty: the large-contact exponent, each side's contact area and
/// the client band, every combination of their ends.
fn corners() -> Vec<Assumptions> {
    let mut out = Vec::new();
    for large_exponent in [LARGE_CONTACT_EXPONENT_RANGE.0, LARGE_CONTACT_EXPONENT_RANGE.1] {
        for foot_end in [0, 1] {
            for hand_end in [0, 1] {
                for client in [Client::Sensitive, Client::Tolerant] {
                    out.push(Assumptions {
                        large_exponent,
                        foot_area_factor: foot_end as f64,
                        hand_area_factor: hand_end as f64,
                        client: Some(client),
                    });
                }
            }
        }
    }
    out
}

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 {
        a / b
    } else {
        0.0
    }
}

/// Where two curves sampled at the same depths cross, by linear interpolation.
fn crossing(depths: &[f64], a: &[f64], b: &[f64]) -> Option<f64> {
    let d: Vec<f64> = a.iter().zip(b).map(|(x, y)| x - y).collect();
    d.windows(2).zip(depths.windows(2)).find_map(|(w, z)| {
        (w[0] != 0.0 && w[0].signum() != w[1].signum()).then(|| z[0] + (z[1] - z[0]) * w[0] / (w[0] - w[1]))
    })
}

impl Model {
    /// The comparison at the stroke's fullest moment, with its ranges and depth profile.
    pub fn summary(&self, settings: &Settings) -> Summary {
        let settings = settings.clamped();
        let phase = self.strokes.get(settings.stroke).peak_phase();
        let depths = profile_depths();
        let central = self.evaluate_with(&settings, phase, Detail::Axis, &self.assumptions);
        let (foot_area, hand_area) = (settings.foot.area_range(), settings.hand.area_range());
        let ends: Vec<Comparison> = corners()
            .into_iter()
            .map(|mut a| {
                a.foot_area_factor = if a.foot_area_factor == 0.0 { foot_area.0 } else { foot_area.1 };
                a.hand_area_factor = if a.hand_area_factor == 0.0 { hand_area.0 } else { hand_area.1 };
                self.evaluate_with(&settings, phase, Detail::Axis, &a)
            })
            .collect();
        let forces = |c: &Comparison| ratio(c.foot.readouts.normal_force_n, c.hand.readouts.normal_force_n);
        let pressures = |c: &Comparison| ratio(c.hand.readouts.mean_pressure_pa, c.foot.readouts.mean_pressure_pa);
        let depth = |c: &Comparison| ratio(c.foot.readouts.depth_stress_pa, c.hand.readouts.depth_stress_pa);
        let depth_peak = |c: &Comparison| ratio(c.foot.readouts.depth_peak_pa, c.hand.readouts.depth_peak_pa);
        let band = |pick: fn(&Comparison) -> &Side| {
            let value = axis_stress(pick(&central), &depths);
            let curves: Vec<Vec<f64>> = ends.iter().map(|c| axis_stress(pick(c), &depths)).collect();
            let at = |i: usize| curves.iter().map(move |c| c[i]);
            let low = (0..depths.len()).map(|i| at(i).fold(value[i], f64::min)).collect();
            let high = (0..depths.len()).map(|i| at(i).fold(value[i], f64::max)).collect();
            Band { value, low, high }
        };
        let (foot, hand) = (band(|c| &c.foot), band(|c| &c.hand));
        let crossing_m = crossing(&depths, &foot.value, &hand.value);
        Summary {
            phase,
            force_ratio: Range::of(forces(&central), ends.iter().map(forces)),
            pressure_ratio: Range::of(pressures(&central), ends.iter().map(pressures)),
            depth_ratio: Range::of(depth(&central), ends.iter().map(depth)),
            depth_peak_ratio: Range::of(depth_peak(&central), ends.iter().map(depth_peak)),
            profile: DepthProfile { depths_m: depths, foot, hand, crossing_m },
            comparison: central,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curves_cross_where_their_difference_changes_sign() {
        let depths = [0.0, 1.0, 2.0, 3.0];
        assert_eq!(crossing(&depths, &[4.0, 3.0, 2.0, 1.0], &[1.0, 2.0, 3.0, 4.0]), Some(1.5));
        assert_eq!(crossing(&depths, &[4.0, 3.0, 2.0, 1.0], &[0.0, 0.0, 0.0, 0.0]), None);
    }

    #[test]
    fn profile_depths_run_from_under_the_skin_to_the_deepest_reading() {
        let d = profile_depths();
        assert!(d[0] > 0.0 && (d[d.len() - 1] - DEPTH_RANGE_M.1).abs() < 1e-12);
        assert!(d.windows(2).all(|w| w[1] > w[0]));
    }
}
