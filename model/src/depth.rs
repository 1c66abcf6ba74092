//! Stress beneath the skin: the vertical stress σz in the client's tissue under a contact,
//! treating the back as a homogeneous, linear-elastic half-space (Boussinesq 1885; Johnson,
//! *Contact Mechanics* 1985, §3.2). It integrates the model's own pressure grid, sampled from the
//! same pads and profiles the heat maps draw (docs/model.md §10).
//!
//! A point load P on the surface gives σz = 3 P z³ ∕ (2π R⁵) at depth z and distance R. Over a
//! rectangle of uniform pressure the integral has a closed form (below), so a grid of cells, each
//! uniform, gives σz exactly for the sampled field. Far from a cell its point-load value is used, which
//! differs from the exact one by under half a percent there. The tangential load of a glide
//! (Cerruti's problem) is left out: it adds nothing on the axis below the centre of pressure, where
//! the readout is taken; off it, μ·x/z of the normal load's stress at a distance x along the drag
//! and depth z, so more than μ only in the shallow outer part of the section (docs/model.md §10).
//!
//! Long because its tests (about 120 lines) check the integration against closed forms right
//! beside it.

use crate::geometry::Vec2;
use crate::pressure::PressureGrid;
use serde::Serialize;
use std::f64::consts::PI;
use std::sync::OnceLock;

/// Depth range a visitor can choose for the readout, m (contract `depth`, 0.5–10 cm).
pub const DEPTH_RANGE_M: (f64, f64) = (0.005, 0.10);
/// Default depth of the readout, m: about the middle of the back muscles.
pub const DEFAULT_DEPTH_M: f64 = 0.03;

/// Beyond this many cell sizes from a cell, its point-load value is used instead of the exact one.
const NEAR_CELLS: f64 = 6.0;

/// σz at depth `z` under the corner of a uniformly loaded rectangle reaching `a` along x and `b`
/// along y from the point, per pascal of pressure: the classical closed form of the Boussinesq
/// integral (Holl 1940; Newmark 1935). Odd in `a` and in `b`, so a rectangle on either side of the
/// point sums corners with signs.
fn corner(a: f64, b: f64, z: f64) -> f64 {
    let r = (a * a + b * b + z * z).sqrt();
    ((a * b / (z * r)).atan() + a * b * z / r * (1.0 / (a * a + z * z) + 1.0 / (b * b + z * z))) / (2.0 * PI)
}

/// σz per pascal at depth `z` below (0, 0) from a uniform rectangle [x0, x1] × [y0, y1].
pub fn rectangle_influence(x0: f64, x1: f64, y0: f64, y1: f64, z: f64) -> f64 {
    corner(x1, y1, z) - corner(x0, y1, z) - corner(x1, y0, z) + corner(x0, y0, z)
}

/// σz at depth `z` and horizontal distance² `r2` from a point load of `force_n`, Pa.
fn point_load(force_n: f64, r2: f64, z: f64) -> f64 {
    let big_r2 = r2 + z * z;
    3.0 * force_n * z * z * z / (2.0 * PI * big_r2 * big_r2 * big_r2.sqrt())
}

/// Vertical stress at depth `depth_m` below `at` (the grid's frame), Pa, from the grid's cells.
pub fn vertical_stress_pa(grid: &PressureGrid, at: Vec2, depth_m: f64) -> f64 {
    let z = depth_m.max(1e-5);
    let (c, half) = (grid.cell_m, grid.cell_m / 2.0);
    let near2 = (NEAR_CELLS * c).powi(2);
    let mut sigma = 0.0;
    for iy in 0..grid.ny {
        let dy = grid.origin.y + iy as f64 * c - at.y;
        for ix in 0..grid.nx {
            let p = grid.values_pa[iy * grid.nx + ix] as f64;
            if p <= 0.0 {
                continue;
            }
            let dx = grid.origin.x + ix as f64 * c - at.x;
            let r2 = dx * dx + dy * dy;
            sigma += if r2 + z * z > near2 {
                point_load(p * c * c, r2, z)
            } else {
                p * rectangle_influence(dx - half, dx + half, dy - half, dy + half, z)
            };
        }
    }
    sigma
}

/// A second contact of the same side (the other foot or hand, on the other side of the spine):
/// its grid and where its cells lie in the first contact's frame. `mirror_y` maps a cell at y to
/// `mirror_y − y`, the reflection about the spine.
#[derive(Clone, Copy, Debug)]
pub struct Partner<'a> {
    pub grid: &'a PressureGrid,
    pub mirror_y: f64,
}

/// σz below `at` including a partner contact's share (by point loads: it lies a lane's width away).
pub fn vertical_stress_with_partner_pa(
    grid: &PressureGrid,
    partner: Option<Partner<'_>>,
    at: Vec2,
    depth_m: f64,
) -> f64 {
    let own = vertical_stress_pa(grid, at, depth_m);
    let Some(Partner { grid: other, mirror_y }) = partner else { return own };
    let z = depth_m.max(1e-5);
    let c = other.cell_m;
    let mut sigma = 0.0;
    for iy in 0..other.ny {
        let dy = mirror_y - (other.origin.y + iy as f64 * c) - at.y;
        for ix in 0..other.nx {
            let p = other.values_pa[iy * other.nx + ix] as f64;
            if p > 0.0 {
                let dx = other.origin.x + ix as f64 * c - at.x;
                sigma += point_load(p * c * c, dx * dx + dy * dy, z);
            }
        }
    }
    own + sigma
}

/// Width of a cross-section, m: room for the longest foot and the spread of its stress.
pub const SECTION_WIDTH_M: f64 = 0.36;
/// Depth of a cross-section, m: the deepest a visitor can ask about.
pub const SECTION_DEPTH_M: f64 = DEPTH_RANGE_M.1;
/// Columns and rows of a cross-section: coarse, because it is computed every animation frame and
/// drawn smoothed (docs/model.md §10).
pub const SECTION_COLUMNS: usize = 40;
pub const SECTION_ROWS: usize = 16;
/// Lateral reach of the precomputed influences, in bins: the widest sole with its partner foot.
const SECTION_LATERAL_BINS: usize = 40;
/// Reach along the section beyond its own columns, in bins: half the longest sole.
const SECTION_EXTRA_BINS: usize = 20;

/// The stress field σz in the vertical plane through a contact's centre of pressure, along its
/// long axis (the stroke runs along the spine): u along the surface's x axis from the centre of
/// pressure (towards the toes or fingertips), z down into the tissue.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    /// u of column 0, m (columns every `du_m`).
    pub u0_m: f64,
    pub du_m: f64,
    /// z of row 0, m (rows every `dz_m`).
    pub z0_m: f64,
    pub dz_m: f64,
    pub nu: usize,
    pub nz: usize,
    /// Row-major (z outer, u inner), Pa.
    pub values_pa: Vec<f32>,
}

impl Section {
    pub fn max_pa(&self) -> f64 {
        self.values_pa.iter().fold(0.0f32, |m, &v| m.max(v)) as f64
    }

    pub fn at(&self, iu: usize, iz: usize) -> f64 {
        self.values_pa[iz * self.nu + iu] as f64
    }

    /// The strongest stress anywhere along the section at `depth_m` (rows read linearly between),
    /// Pa: how much of the contact's pressure reaches that deep, wherever under it.
    pub fn strongest_at(&self, depth_m: f64) -> f64 {
        if self.nu == 0 || self.nz == 0 {
            return 0.0;
        }
        let row = ((depth_m - self.z0_m) / self.dz_m).clamp(0.0, (self.nz - 1) as f64);
        let (k0, w) = (row.floor() as usize, row - row.floor());
        let k1 = (k0 + 1).min(self.nz - 1);
        (0..self.nu).map(|i| self.at(i, k0) * (1.0 - w) + self.at(i, k1) * w).fold(0.0, f64::max)
    }
}

/// The influence of one bin (a square of the section's column width, uniformly loaded) on the
/// points of row `k` of the section, per pascal, for a bin `dj` bins across from the section's
/// plane: computed once. Each row runs over signed column distances −(DI−1) … DI−1, so the columns
/// a bin reaches are one contiguous slice.
struct Influences {
    table: Vec<f32>,
    /// For each (row, dj): how many columns either side a bin reaches before its influence falls
    /// below [`NEGLIGIBLE_INFLUENCE`] (0 when it never rises above it).
    reach: Vec<usize>,
}

/// Influence per pascal below which a bin is left out of a section's point: near the skin a
/// distant bin adds nothing, deep down every bin counts. Leaving them out changes a section by far
/// under a percent (tested) and makes it several times cheaper.
const NEGLIGIBLE_INFLUENCE: f32 = 1e-6;

impl Influences {
    const DI: usize = SECTION_COLUMNS + SECTION_EXTRA_BINS;
    const DJ: usize = SECTION_LATERAL_BINS;
    const ROW: usize = 2 * Self::DI - 1;

    fn get() -> &'static Influences {
        static TABLE: OnceLock<Influences> = OnceLock::new();
        TABLE.get_or_init(|| {
            let (h, dz) = (SECTION_WIDTH_M / SECTION_COLUMNS as f64, SECTION_DEPTH_M / SECTION_ROWS as f64);
            let mut table = Vec::with_capacity(SECTION_ROWS * Self::DJ * Self::ROW);
            let mut reach = Vec::with_capacity(SECTION_ROWS * Self::DJ);
            for k in 0..SECTION_ROWS {
                let z = (k as f64 + 0.5) * dz;
                for dj in 0..Self::DJ {
                    let row: Vec<f32> = (0..Self::DI)
                        .map(|di| {
                            let (x, y) = (di as f64 * h, dj as f64 * h);
                            rectangle_influence(x - h / 2.0, x + h / 2.0, y - h / 2.0, y + h / 2.0, z) as f32
                        })
                        .collect();
                    table.extend(row.iter().skip(1).rev());
                    table.extend(&row);
                    reach.push(row.iter().rposition(|v| *v >= NEGLIGIBLE_INFLUENCE).map_or(0, |d| d + 1));
                }
            }
            Influences { table, reach }
        })
    }

    /// Row `k`, lateral distance `dj`: index DI − 1 + d holds the influence at signed column distance d.
    fn row(&self, k: usize, dj: usize) -> &[f32] {
        let start = (k * Self::DJ + dj) * Self::ROW;
        &self.table[start..start + Self::ROW]
    }
}

/// Bins along the section: its columns and the reach beyond them on both sides.
const BIN_SPAN: usize = SECTION_COLUMNS + 2 * SECTION_EXTRA_BINS;

/// Adds a grid's cell forces into `bins` (BIN_SPAN along × DJ across, N): squares of the
/// section's column width, centred on the plane y = `plane_y` and on the columns around
/// u = x − `centre_x`. Each cell's force is shared between the four nearest bins in proportion to
/// its nearness (cloud in cell), so force is conserved and bins of a size that does not divide the
/// cells evenly show no stripes. `mirror_y` reflects y first (a partner contact). Cells out of
/// reach are left out.
fn bin_forces(grid: &PressureGrid, centre_x: f64, plane_y: f64, mirror_y: Option<f64>, bins: &mut [f32]) {
    let h = SECTION_WIDTH_M / SECTION_COLUMNS as f64;
    let c = grid.cell_m;
    let offset = (BIN_SPAN / 2) as f64;
    let mut add = |i: f64, j: f64, force: f64| {
        let dj = j.abs() as usize;
        if dj < Influences::DJ && (0.0..BIN_SPAN as f64).contains(&i) {
            bins[dj * BIN_SPAN + i as usize] += force as f32;
        }
    };
    for iy in 0..grid.ny {
        let y = grid.origin.y + iy as f64 * c;
        let j = (mirror_y.map_or(y, |m| m - y) - plane_y) / h;
        let (j0, wj) = (j.floor(), j - j.floor());
        for ix in 0..grid.nx {
            let p = grid.values_pa[iy * grid.nx + ix];
            if p <= 0.0 {
                continue;
            }
            let i = (grid.origin.x + ix as f64 * c - centre_x) / h + offset;
            let (i0, wi) = (i.floor(), i - i.floor());
            let force = p as f64 * c * c;
            add(i0, j0, force * (1.0 - wi) * (1.0 - wj));
            add(i0 + 1.0, j0, force * wi * (1.0 - wj));
            add(i0, j0 + 1.0, force * (1.0 - wi) * wj);
            add(i0 + 1.0, j0 + 1.0, force * wi * wj);
        }
    }
}

/// The cross-section through the centre of pressure `cop` of `grid` (and its partner's stress).
pub fn section(grid: &PressureGrid, partner: Option<Partner<'_>>, cop: Vec2) -> Section {
    let (nu, nz) = (SECTION_COLUMNS, SECTION_ROWS);
    let h = SECTION_WIDTH_M / nu as f64;
    let dz = SECTION_DEPTH_M / nz as f64;
    let mut bins = vec![0.0f32; BIN_SPAN * Influences::DJ];
    bin_forces(grid, cop.x, cop.y, None, &mut bins);
    if let Some(p) = partner {
        bin_forces(p.grid, cop.x, cop.y, Some(p.mirror_y), &mut bins);
    }
    let table = Influences::get();
    let to_pressure = 1.0 / (h * h) as f32;
    let mut values = vec![0.0f32; nu * nz];
    for (index, &force) in bins.iter().enumerate() {
        if force <= 0.0 {
            continue;
        }
        let (dj, bin) = (index / BIN_SPAN, index % BIN_SPAN);
        // Column m lies at bin m + EXTRA: signed distance m + EXTRA − bin, a contiguous slice.
        let start = Influences::DI - 1 + SECTION_EXTRA_BINS - bin;
        let pressure = force * to_pressure;
        // The columns this bin reaches in row k: |m + EXTRA − bin| < reach.
        let centre = bin as i64 - SECTION_EXTRA_BINS as i64;
        for k in 0..nz {
            let reach = table.reach[k * Influences::DJ + dj] as i64;
            let (lo, hi) = ((centre - reach + 1).max(0) as usize, (centre + reach).clamp(0, nu as i64) as usize);
            if lo >= hi {
                continue;
            }
            let row = &table.row(k, dj)[start + lo..start + hi];
            for (v, w) in values[k * nu + lo..k * nu + hi].iter_mut().zip(row) {
                *v += pressure * w;
            }
        }
    }
    let half = (nu / 2) as f64;
    Section { u0_m: -half * h, du_m: h, z0_m: dz / 2.0, dz_m: dz, nu, nz, values_pa: values }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A uniform disc of radius `a` carrying `force`, on a fine grid whose cells add up to the force.
    fn disc(a: f64, force: f64, cells_across: usize) -> PressureGrid {
        let c = 2.2 * a / cells_across as f64;
        let n = cells_across + 1;
        let origin = Vec2::new(-(n as f64 - 1.0) * c / 2.0, -(n as f64 - 1.0) * c / 2.0);
        let inside: Vec<bool> = (0..n * n)
            .map(|i| {
                let (x, y) = (origin.x + (i % n) as f64 * c, origin.y + (i / n) as f64 * c);
                x * x + y * y < a * a
            })
            .collect();
        let count = inside.iter().filter(|b| **b).count() as f64;
        let q = force / (count * c * c);
        let values_pa = inside.iter().map(|b| if *b { q as f32 } else { 0.0 }).collect();
        PressureGrid { origin, cell_m: c, nx: n, ny: n, values_pa }
    }

    #[test]
    fn a_uniform_disc_matches_the_closed_form_on_its_axis() {
        // σz = q [1 − (1 + (a/z)²)^(−3/2)] (Johnson 1985, eq. 3.xx).
        let (a, force) = (0.03, 200.0);
        let grid = disc(a, force, 120);
        let q = force / (PI * a * a);
        for z in [0.005, 0.01, 0.02, 0.03, 0.06, 0.10] {
            let exact = q * (1.0 - (1.0 + (a / z).powi(2)).powf(-1.5));
            let sigma = vertical_stress_pa(&grid, Vec2::new(0.0, 0.0), z);
            assert!((sigma / exact - 1.0).abs() < 0.02, "z = {z}: {sigma} vs {exact}");
        }
    }

    #[test]
    fn far_below_any_contact_it_is_a_point_load() {
        let (force, z) = (40.0, 0.08);
        let grid = disc(0.007, force, 40);
        let far = 3.0 * force / (2.0 * PI * z * z);
        let sigma = vertical_stress_pa(&grid, Vec2::new(0.0, 0.0), z);
        assert!((sigma / far - 1.0).abs() < 0.05, "{sigma} vs {far}");
    }

    #[test]
    fn at_the_skin_it_is_the_surface_pressure() {
        let grid = disc(0.02, 100.0, 60);
        let q = grid.values_pa.iter().fold(0.0f32, |m, v| m.max(*v)) as f64;
        let sigma = vertical_stress_pa(&grid, Vec2::new(0.0007, 0.0003), 1e-5);
        assert!((sigma / q - 1.0).abs() < 1e-3, "{sigma} vs {q}");
    }

    #[test]
    fn every_deep_plane_carries_the_whole_force() {
        // ∫∫ σz dA over a horizontal plane = F (equilibrium of the layer above it).
        let (force, z) = (150.0, 0.04);
        let grid = disc(0.02, force, 40);
        let (span, n) = (1.6, 160);
        let step = span / n as f64;
        let mut total = 0.0;
        for i in 0..n {
            for j in 0..n {
                let at = Vec2::new(-span / 2.0 + (i as f64 + 0.5) * step, -span / 2.0 + (j as f64 + 0.5) * step);
                total += vertical_stress_pa(&grid, at, z) * step * step;
            }
        }
        assert!((total / force - 1.0).abs() < 0.02, "{total}");
    }

    #[test]
    fn the_rectangle_formula_is_the_integral_of_point_loads() {
        // Independent oracle: a midpoint sum of Boussinesq point loads over the rectangle.
        let (x0, x1, y0, y1, z) = (-0.01, 0.03, 0.005, 0.02, 0.015);
        let n = 400;
        let (dx, dy) = ((x1 - x0) / n as f64, (y1 - y0) / n as f64);
        let mut sum = 0.0;
        for i in 0..n {
            for j in 0..n {
                let (x, y) = (x0 + (i as f64 + 0.5) * dx, y0 + (j as f64 + 0.5) * dy);
                sum += point_load(dx * dy, x * x + y * y, z);
            }
        }
        assert!((rectangle_influence(x0, x1, y0, y1, z) / sum - 1.0).abs() < 1e-4);
    }

    #[test]
    fn the_section_agrees_with_the_exact_axis_and_never_exceeds_the_surface() {
        let grid = disc(0.03, 300.0, 60);
        let s = section(&grid, None, Vec2::new(0.0, 0.0));
        let q = 300.0 / (PI * 0.03 * 0.03);
        // Binning onto the section's coarse squares may round a little either way.
        assert!(s.max_pa() <= q * 1.01, "{} vs {q}", s.max_pa());
        let centre = s.nu / 2;
        for k in [3, 8, 15] {
            let z = s.z0_m + k as f64 * s.dz_m;
            let exact = vertical_stress_pa(&grid, Vec2::new(0.0, 0.0), z);
            assert!((s.at(centre, k) / exact - 1.0).abs() < 0.08, "row {k}: {} vs {exact}", s.at(centre, k));
        }
    }

    #[test]
    fn the_strongest_stress_at_a_depth_lies_between_its_rows() {
        let s = section(&disc(0.02, 200.0, 40), None, Vec2::new(0.0, 0.0));
        let (z0, z1) = (s.z0_m + 2.0 * s.dz_m, s.z0_m + 3.0 * s.dz_m);
        let mid = s.strongest_at((z0 + z1) / 2.0);
        assert!(mid < s.strongest_at(z0) && mid > s.strongest_at(z1));
        assert_eq!(s.strongest_at(-1.0), s.strongest_at(0.0), "clamped to the rows");
    }

    #[test]
    fn a_partner_adds_its_share() {
        let grid = disc(0.03, 300.0, 40);
        let alone = vertical_stress_pa(&grid, Vec2::new(0.0, 0.0), 0.08);
        let with = vertical_stress_with_partner_pa(
            &grid,
            Some(Partner { grid: &grid, mirror_y: -0.12 }),
            Vec2::new(0.0, 0.0),
            0.08,
        );
        // The partner's cells lie where the contact's own would, seen from 12 cm across.
        let expected = vertical_stress_pa(&grid, Vec2::new(0.0, -0.12), 0.08);
        assert!(((with - alone) / expected - 1.0).abs() < 0.01, "{} vs {expected}", with - alone);
    }
}
