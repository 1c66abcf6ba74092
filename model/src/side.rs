//! One side of the comparison once the stroke and the posture are known: the comfortable force
//! for a contact, and everything that follows from a total normal force (pressures, shear, the
//! stress beneath, the work the practitioner's muscles do).

use crate::assumptions::Detail;
use crate::body::BackPoint;
use crate::comfort::{Client, PainLaw};
use crate::contact::Surface;
use crate::depth::{section, vertical_stress_with_partner_pa, Partner, Section};
use crate::force::shear;
use crate::geometry::Vec2;
use crate::pressure::{area_of, load_pads, patch, peak_of, Patch, PressureGrid};
use serde::Serialize;

/// The contract quantities of one side, SI units (docs/embedding.md, “What it says back”). With two
/// contacts (pair), forces and areas are totals over both, pressures and stresses are per contact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Readouts {
    pub normal_force_n: f64,
    pub shear_force_n: f64,
    pub contact_area_m2: f64,
    pub mean_pressure_pa: f64,
    pub peak_pressure_pa: f64,
    /// The mean pressure at which this contact starts to hurt the chosen client (§5).
    pub comfort_limit_pa: f64,
    /// The same for a sensitive client (16th percentile) …
    pub comfort_limit_low_pa: f64,
    /// … and for a tolerant one (84th percentile).
    pub comfort_limit_high_pa: f64,
    /// Part of the normal force that body weight supplies, 0..1.
    pub gravity_share: f64,
    /// Vertical stress at the chosen depth below the contact's centre of pressure (§10), Pa.
    pub depth_stress_pa: f64,
    /// The strongest vertical stress at the chosen depth under the contact: below its centre of
    /// pressure or below the centre of any loaded pad, whichever is larger, Pa. It differs from
    /// `depth_stress_pa` for a contact with several loaded pads, such as a sole on heel and ball,
    /// whose centre of pressure lies under the lightly loaded arch between them (§10).
    pub depth_peak_pa: f64,
}

/// Everything about one side at one moment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Side {
    pub readouts: Readouts,
    /// One contact, or two (one each side of the spine).
    pub contacts: usize,
    /// The force the practitioner applies to the skin along its line of action (all contacts), N.
    pub applied_force_n: f64,
    /// Along-the-skin force per newton of pressing, signed: positive pushes the skin towards the
    /// client's head (away from the hand therapist).
    pub tangential_ratio: f64,
    /// The contact glides over the oiled skin (by design: the stroke's glide).
    pub slides: bool,
    /// Where this contact's centre of pressure is on the back (the second contact is its mirror).
    pub position: BackPoint,
    /// How far the contact was moved out from the stroke's lane to keep off the spine, m.
    pub lane_shift_m: f64,
    /// One contact's pressure field.
    pub patch: Patch,
    /// The stress field under the contact (§10); empty when evaluated without grids.
    pub section: Option<Section>,
    /// Muscle force the practitioner adds to what body weight supplies, along the push, N.
    pub muscle_n: f64,
    /// Load through one of the practitioner's hands (thumb, finger or wrist joints), N (0 when spared).
    pub hand_joint_load_n: f64,
    /// The practitioner cannot sustain this force with this tool and lean.
    pub beyond_capacity: bool,
}

impl Side {
    /// The contact presses harder than the chosen client finds comfortable (§5): its mean pressure
    /// is over the limit, that is, one of its pads is over its own threshold.
    pub fn over_comfort(&self) -> bool {
        self.readouts.mean_pressure_pa > self.readouts.comfort_limit_pa * (1.0 + 1e-9)
    }
}

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
