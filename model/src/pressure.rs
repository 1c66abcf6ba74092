//! The pressure field under a contact: each pad loaded with its share of the force over the part
//! of its outline that has conformed, with a profile p(ρ) = p₀ (1 − ρ²)^k that is flat under padded
//! regions and peaked under bony ones (docs/model.md §2).

use crate::contact::Surface;
use crate::geometry::{Ellipse, Vec2};
use serde::Serialize;

/// Cells along the longer side of a pressure grid: fine enough for the heat map and for the
/// integral to converge, small enough to compute twice per animation frame.
pub const GRID_CELLS_LONG_SIDE: usize = 48;

/// One loaded pad.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LoadedPad {
    /// The full outline of the pad.
    pub outline: Ellipse,
    /// The part of it in contact.
    pub loaded: Ellipse,
    pub force_n: f64,
    /// This pad's share of the contact's force (0..1; the shares add up to 1).
    pub share: f64,
    pub peakedness: f64,
    /// Pressure at the centre, Pa.
    pub peak_pa: f64,
}

impl LoadedPad {
    /// Pressure at `p` (surface frame), Pa.
    pub fn pressure_at(&self, p: Vec2) -> f64 {
        let rho2 = self.loaded.rho_squared(p);
        if rho2 >= 1.0 || self.peak_pa <= 0.0 {
            0.0
        } else {
            self.peak_pa * (1.0 - rho2).powf(self.peakedness)
        }
    }
}

/// Pressure sampled on a regular grid over the surface's outline (for the heat map).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PressureGrid {
    /// Centre of cell (0, 0), surface frame, m.
    pub origin: Vec2,
    /// Side of a square cell, m.
    pub cell_m: f64,
    pub nx: usize,
    pub ny: usize,
    /// Row-major (y outer, x inner), Pa.
    pub values_pa: Vec<f32>,
}

impl PressureGrid {
    /// Σ p × cell area: the force the grid carries, N.
    pub fn integral_n(&self) -> f64 {
        self.values_pa.iter().map(|&v| v as f64).sum::<f64>() * self.cell_m * self.cell_m
    }

    pub fn max_pa(&self) -> f64 {
        self.values_pa.iter().fold(0.0f32, |m, &v| m.max(v)) as f64
    }

    /// Centre of cell (ix, iy) in the surface frame.
    pub fn cell_centre(&self, ix: usize, iy: usize) -> Vec2 {
        Vec2::new(self.origin.x + ix as f64 * self.cell_m, self.origin.y + iy as f64 * self.cell_m)
    }
}

/// A loaded contact: its pads, totals and sampled field.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Patch {
    pub pads: Vec<LoadedPad>,
    pub normal_force_n: f64,
    /// Loaded area, m².
    pub area_m2: f64,
    pub mean_pa: f64,
    pub peak_pa: f64,
    pub grid: PressureGrid,
}

impl Patch {
    /// Where the load is centred in the surface frame: the pads' centres weighted by their shares
    /// of the force (the same at any force, and defined when nothing presses).
    pub fn centre_of_pressure(&self) -> Vec2 {
        self.pads.iter().fold(Vec2::default(), |acc, p| acc + p.loaded.centre * p.share)
    }
}

/// Loads `surface` with `normal_force_n` (rocking state `forefoot_share`): pads, totals, peak.
/// Cheap: no grid. Used by the comfort search, which needs many evaluations.
pub fn load_pads(surface: &Surface, normal_force_n: f64, forefoot_share: f64) -> Vec<LoadedPad> {
    let force = normal_force_n.max(0.0);
    surface
        .pads
        .iter()
        .zip(surface.load_shares(forefoot_share))
        .map(|(pad, share)| {
            let pad_force = force * share;
            let loaded = pad.outline.scaled_area(pad.loaded_fraction(pad_force));
            let k = pad.peakedness;
            LoadedPad {
                outline: pad.outline,
                loaded,
                force_n: pad_force,
                share,
                peakedness: k,
                // ∫ (1 − ρ²)^k over the ellipse = area / (k + 1)
                peak_pa: (k + 1.0) * pad_force / loaded.area(),
            }
        })
        .collect()
}

/// Highest centre pressure among loaded pads, Pa.
pub fn peak_of(pads: &[LoadedPad]) -> f64 {
    pads.iter().fold(0.0, |m, p| m.max(p.peak_pa))
}

/// Loaded area of pads, m².
pub fn area_of(pads: &[LoadedPad]) -> f64 {
    pads.iter().map(|p| p.loaded.area()).sum()
}

/// The full patch: pads, totals and the sampled pressure grid.
///
/// The sampled field is normalised pad by pad so that the grid carries exactly each pad's force:
/// the heat map and the numbers can never disagree, whatever the grid resolution.
pub fn patch(surface: &Surface, normal_force_n: f64, forefoot_share: f64) -> Patch {
    let pads = load_pads(surface, normal_force_n, forefoot_share);
    let (lo, hi) = surface.bounds();
    let long_side = (hi.x - lo.x).max(hi.y - lo.y);
    let cell = long_side / GRID_CELLS_LONG_SIDE as f64;
    let nx = ((hi.x - lo.x) / cell).ceil() as usize + 1;
    let ny = ((hi.y - lo.y) / cell).ceil() as usize + 1;
    let origin = Vec2::new(
        (lo.x + hi.x) / 2.0 - (nx - 1) as f64 * cell / 2.0,
        (lo.y + hi.y) / 2.0 - (ny - 1) as f64 * cell / 2.0,
    );
    let mut values = vec![0.0f64; nx * ny];
    let mut pad_cells: Vec<(usize, f64)> = Vec::new();
    for pad in &pads {
        if pad.force_n <= 0.0 {
            continue;
        }
        pad_cells.clear();
        let (a, b) = pad.loaded.bounds();
        let ix0 = (((a.x - origin.x) / cell).floor().max(0.0)) as usize;
        let ix1 = (((b.x - origin.x) / cell).ceil() as usize).min(nx - 1);
        let iy0 = (((a.y - origin.y) / cell).floor().max(0.0)) as usize;
        let iy1 = (((b.y - origin.y) / cell).ceil() as usize).min(ny - 1);
        let mut raw_sum = 0.0;
        for iy in iy0..=iy1 {
            for ix in ix0..=ix1 {
                let p = pad.pressure_at(Vec2::new(origin.x + ix as f64 * cell, origin.y + iy as f64 * cell));
                if p > 0.0 {
                    pad_cells.push((iy * nx + ix, p));
                    raw_sum += p;
                }
            }
        }
        if raw_sum > 0.0 {
            let scale = pad.force_n / (raw_sum * cell * cell);
            for &(i, p) in &pad_cells {
                values[i] += p * scale;
            }
        } else {
            // A pad smaller than one cell: put its force in the cell at its centre.
            let c = pad.loaded.centre;
            let ix = (((c.x - origin.x) / cell).round().max(0.0) as usize).min(nx - 1);
            let iy = (((c.y - origin.y) / cell).round().max(0.0) as usize).min(ny - 1);
            values[iy * nx + ix] += pad.force_n / (cell * cell);
        }
    }
    let grid = PressureGrid { origin, cell_m: cell, nx, ny, values_pa: values.iter().map(|&v| v as f32).collect() };
    let force: f64 = pads.iter().map(|p| p.force_n).sum();
    let area = area_of(&pads);
    // The peak is the field's own maximum; the sampled grid only approximates the field.
    Patch { normal_force_n: force, area_m2: area, mean_pa: force / area, peak_pa: peak_of(&pads), pads, grid }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::{foot_surface, hand_surface, FootRegion, HandTool, REFERENCE_FOOT_LENGTH_M as REF};

    #[test]
    fn heel_under_thirty_percent_of_65_kg() {
        // 0.30 × 65 kg × 9.80665 m/s² = 191.23 N through a 35 cm² heel, conformed to
        // 0.25 + 0.75 (1 − e^(−191.23 / 52.5)) of its outline.
        let n = 0.30 * 65.0 * 9.80665;
        let p = patch(&foot_surface(FootRegion::Heel, REF), n, 0.45);
        let f = 0.25 + 0.75 * (1.0 - (-n / (15e3 * 35e-4)).exp());
        assert!((p.area_m2 - 35e-4 * f).abs() < 1e-12);
        assert!((p.mean_pa - n / (35e-4 * f)).abs() < 1e-6);
        // mean ≈ 55 kPa; the heel's profile (k = 1) doubles it at the centre.
        assert!((p.mean_pa / 1e3 - 55.0).abs() < 1.5, "{}", p.mean_pa);
        assert!((p.peak_pa / p.mean_pa - 2.0).abs() < 0.02);
    }

    #[test]
    fn grid_carries_the_force() {
        for length in [0.20, REF, 0.32] {
            for tool in HandTool::ALL {
                let p = patch(&hand_surface(*tool, length), 120.0, 0.45);
                assert!((p.grid.integral_n() / 120.0 - 1.0).abs() < 0.01, "{tool:?}");
            }
            for region in FootRegion::ALL {
                let p = patch(&foot_surface(*region, length), 400.0, 0.7);
                assert!((p.grid.integral_n() / 400.0 - 1.0).abs() < 0.01, "{region:?}");
            }
        }
    }

    #[test]
    fn a_heel_peaks_higher_than_a_soft_arch() {
        let heel = patch(&foot_surface(FootRegion::Heel, REF), 300.0, 0.5);
        let arch = patch(&foot_surface(FootRegion::Arch, REF), 300.0, 0.5);
        assert!(heel.peak_pa / heel.mean_pa > arch.peak_pa / arch.mean_pa);
    }

    #[test]
    fn an_elbow_presses_with_hertz_profile() {
        // Hertz: p = p₀ √(1 − ρ²), so the peak is 3/2 of the mean.
        let elbow = patch(&hand_surface(HandTool::Elbow, REF), 100.0, 0.5);
        assert!((elbow.peak_pa / elbow.mean_pa - 1.5).abs() < 1e-9);
    }

    #[test]
    fn shares_add_up_and_carry_the_force() {
        let pads = load_pads(&foot_surface(FootRegion::Sole, REF), 300.0, 0.6);
        assert!((pads.iter().map(|p| p.share).sum::<f64>() - 1.0).abs() < 1e-12);
        for p in &pads {
            assert!((p.force_n - 300.0 * p.share).abs() < 1e-9);
        }
    }

    #[test]
    fn zero_force_gives_zero_pressure() {
        let p = patch(&foot_surface(FootRegion::Sole, REF), 0.0, 0.45);
        assert_eq!(p.mean_pa, 0.0);
        assert_eq!(p.peak_pa, 0.0);
        assert!(p.area_m2 > 0.0);
        assert_eq!(p.grid.max_pa(), 0.0);
    }
}
