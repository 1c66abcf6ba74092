//! One side of the comparison once the stroke and the posture are known: the comfortable force
//! for a contact, and everything that follows from a total normal force (pressures, shear, the
//! stress beneath, the work the practitioner's muscles do).

use crate::body::BackPoint;
use crate::comfort::{Client, PainLaw};
use crate::contact::Surface;
use crate::depth::{section, vertical_stress_with_partner_pa, Partner};
use crate::force::shear;
use crate::geometry::Vec2;
use crate::pressure::{area_of, load_pads, patch, peak_of, Patch, PressureGrid};
use crate::scene::{Detail, Readouts, Side};

/// Bisection steps for the comfort search: 2⁻⁴⁰ of the range, far below a millinewton.
const COMFORT_ITERATIONS: usize = 40;

/// The largest total normal force ≤ `cap`, shared by `contacts` alike, that the client finds
/// comfortable: no part of any pad over the threshold for its own area (§5).
pub(crate) fn comfort_force(surface: &Surface, forefoot: f64, cap: f64, contacts: usize, law: PainLaw) -> f64 {
    let within = |n: f64| {
        let pads = load_pads(surface, n / contacts as f64, forefoot);
        let area = area_of(&pads);
        let mean = pads.iter().map(|p| p.force_n).sum::<f64>() / area;
        mean <= law.contact_limit_pa(&pads)
    };
    if within(cap) {
        return cap;
    }
    let (mut lo, mut hi) = (0.0, cap);
    for _ in 0..COMFORT_ITERATIONS {
        let mid = 0.5 * (lo + hi);
        if within(mid) {
            lo = mid
        } else {
            hi = mid
        }
    }
    lo
}

/// What decides one side's readouts once its total normal force is known.
#[derive(Clone, Copy)]
pub(crate) struct SideInput<'a> {
    pub(crate) surface: &'a Surface,
    pub(crate) normal_n: f64,
    pub(crate) contacts: usize,
    pub(crate) tangential_ratio: f64,
    pub(crate) gliding: bool,
    pub(crate) forefoot: f64,
    pub(crate) position: BackPoint,
    pub(crate) lane_shift_m: f64,
    /// Normal force body weight supplies, N (infinite for the foot: all of it is body weight).
    pub(crate) gravity_normal_n: f64,
    /// The most normal force the practitioner can sustain, N.
    pub(crate) capacity_n: f64,
    pub(crate) hand_joint: bool,
    pub(crate) law: PainLaw,
    pub(crate) depth_m: f64,
}

pub(crate) fn side(input: SideInput<'_>, detail: Detail) -> Side {
    let with_grid = detail != Detail::Forces;
    let contacts = input.contacts.max(1);
    let normal = input.normal_n.max(0.0);
    let per_contact = normal / contacts as f64;
    let (shear_n, slides) = shear(normal, input.tangential_ratio, input.gliding);
    let t = if normal > 0.0 { shear_n / normal } else { input.tangential_ratio.abs() };
    let applied = normal * (1.0 + t * t).sqrt();
    let patch = if with_grid {
        patch(input.surface, per_contact, input.forefoot)
    } else {
        let pads = load_pads(input.surface, per_contact, input.forefoot);
        let area = area_of(&pads);
        let force: f64 = pads.iter().map(|p| p.force_n).sum();
        let grid = PressureGrid { origin: Vec2::default(), cell_m: 0.0, nx: 0, ny: 0, values_pa: Vec::new() };
        Patch { normal_force_n: force, area_m2: area, mean_pa: force / area, peak_pa: peak_of(&pads), pads, grid }
    };
    let cop = patch.centre_of_pressure();
    // The partner contact is this one mirrored about the spine.
    let partner =
        (contacts == 2).then(|| Partner { grid: &patch.grid, mirror_y: 2.0 * (cop.y - input.position.lateral.abs()) });
    let stress_below = |at: Vec2| vertical_stress_with_partner_pa(&patch.grid, partner, at, input.depth_m);
    let (depth_stress, depth_peak) = if with_grid {
        let below_cop = stress_below(cop);
        let below_pads = patch.pads.iter().filter(|p| p.force_n > 0.0).map(|p| stress_below(p.loaded.centre));
        (below_cop, below_pads.fold(below_cop, f64::max))
    } else {
        (0.0, 0.0)
    };
    let section = (detail == Detail::Full).then(|| section(&patch.grid, partner, cop));
    let gravity = input.gravity_normal_n.max(0.0).min(normal);
    let limit = |client| PainLaw { client, ..input.law }.contact_limit_pa(&patch.pads);
    Side {
        readouts: Readouts {
            normal_force_n: normal,
            shear_force_n: shear_n,
            contact_area_m2: patch.area_m2 * contacts as f64,
            mean_pressure_pa: patch.mean_pa,
            peak_pressure_pa: patch.peak_pa,
            comfort_limit_pa: limit(input.law.client),
            comfort_limit_low_pa: limit(Client::Sensitive),
            comfort_limit_high_pa: limit(Client::Tolerant),
            gravity_share: if normal > 0.0 { gravity / normal } else { 1.0 },
            depth_stress_pa: depth_stress,
            depth_peak_pa: depth_peak,
        },
        contacts,
        applied_force_n: applied,
        tangential_ratio: input.tangential_ratio,
        slides,
        position: input.position,
        lane_shift_m: input.lane_shift_m,
        section,
        muscle_n: (normal - gravity) * (1.0 + t * t).sqrt(),
        hand_joint_load_n: if input.hand_joint { applied / contacts as f64 } else { 0.0 },
        beyond_capacity: normal > input.capacity_n * (1.0 + 1e-9),
        patch,
    }
}
