//! One call gives the complete state of both sides at (settings, phase): the model's front door.

use crate::body::{layers_at, BackPoint, Layers, BACK_LENGTH_M, SPINE_CLEARANCE_M};
use crate::comfort::{contact_limit_pa, Client};
use crate::contact::{foot_surface, hand_surface, FootRegion, Surface};
use crate::depth::{section, vertical_stress_with_partner_pa, Partner, Section};
use crate::force::{
    ashiatsu_statics, held_tangential_ratio, lean, shear, AshiatsuStatics, Lean, ARM_REACH_M, ELBOW_REACH_M, G,
    MAX_MUSCLE_PUSH_N, MU_OILED_SKIN,
};
use crate::geometry::Vec2;
use crate::pose::{foot_pose, hand_pose, FootPose, FootPoseInput, HandPose};
use crate::practitioner::skeleton_scale;
use crate::pressure::{area_of, load_pads, patch, peak_of, Patch, PressureGrid};
use crate::settings::{CompareMode, Settings};
use crate::stroke::{wrap_phase, Stroke, StrokeLibrary};
use serde::Serialize;

/// The contract quantities of one side, SI units (contract.md §2). With two contacts (pair),
/// forces and areas are totals over both, pressures and stresses are per contact.
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

/// Both sides and the set-up at one moment of the stroke.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub phase: f64,
    pub settings: Settings,
    pub foot: Side,
    pub hand: Side,
    pub ashiatsu: AshiatsuStatics,
    pub lean: Lean,
    pub foot_pose: FootPose,
    pub hand_pose: HandPose,
    /// Heel-to-ball rocking: share of the foot's load on the forefoot.
    pub forefoot_share: f64,
    /// Fraction of the chosen load applied at this phase (the stroke's load timeline).
    pub load_profile: f64,
    /// Direction of a glide along the back: −1 towards the head, +1 towards the sacrum, 0 still.
    pub motion: f64,
    /// The practitioner's foot length in use, m.
    pub foot_length_m: f64,
    /// The tissue under the contacts, for the depth scale.
    pub layers: Layers,
}

/// The model with its stroke data and surfaces.
#[derive(Clone, Debug)]
pub struct Model {
    pub strokes: StrokeLibrary,
}

impl Default for Model {
    fn default() -> Self {
        Self { strokes: StrokeLibrary::built_in() }
    }
}

/// Bisection steps for the comfort search: 2⁻⁴⁰ of the range, far below a millinewton.
const COMFORT_ITERATIONS: usize = 40;

/// The largest total normal force ≤ `cap`, shared by `contacts` alike, that the client finds
/// comfortable: every pad's mean pressure at or under its own threshold (§5).
fn comfort_force(surface: &Surface, forefoot: f64, cap: f64, contacts: usize, client: Client) -> f64 {
    let within = |n: f64| {
        let pads = load_pads(surface, n / contacts as f64, forefoot);
        let area = area_of(&pads);
        let mean = pads.iter().map(|p| p.force_n).sum::<f64>() / area;
        mean <= contact_limit_pa(&pads, client)
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

/// The stroke's state at a phase: position on the back, load profile, rocking, gliding.
struct Moment {
    along: f64,
    lateral: f64,
    profile: f64,
    forefoot: f64,
    gliding: bool,
    /// −1 towards the head, +1 towards the sacrum, 0 when the glide does not move along the back.
    motion: f64,
}

/// Phase step used to read the direction of motion from the stroke's path.
const MOTION_STEP: f64 = 0.002;

fn moment(stroke: &Stroke, phase: f64) -> Moment {
    let gliding = stroke.glide.at(phase) >= 0.5;
    let delta = stroke.along.at(phase + MOTION_STEP) - stroke.along.at(phase);
    Moment {
        along: stroke.along.at(phase).clamp(0.0, 1.0),
        lateral: stroke.lateral.at(phase),
        profile: stroke.load.at(phase).clamp(0.0, 1.0),
        forefoot: stroke.forefoot.at(phase).clamp(0.0, 1.0),
        gliding,
        motion: if gliding && delta.abs() > 1e-6 { delta.signum() } else { 0.0 },
    }
}

/// Where a contact's centre of pressure sits across its surface, and how far its outline reaches
/// towards the spine from it, m (surface frame y; the outline maps to the back as
/// lateral = contact lateral + (y − centre y)).
fn reach_towards_spine(surface: &Surface, forefoot: f64) -> (f64, f64) {
    let shares = surface.load_shares(forefoot);
    let centre_y: f64 = surface.pads.iter().zip(&shares).map(|(p, s)| p.outline.centre.y * s).sum();
    let inner = surface.pads.iter().map(|p| p.outline.centre.y - p.outline.semi_y).fold(f64::INFINITY, f64::min);
    (centre_y, centre_y - inner)
}

/// What decides one side's readouts once its total normal force is known.
struct SideInput<'a> {
    surface: &'a Surface,
    normal_n: f64,
    contacts: usize,
    tangential_ratio: f64,
    gliding: bool,
    forefoot: f64,
    position: BackPoint,
    lane_shift_m: f64,
    /// Normal force body weight supplies, N (infinite for the foot: all of it is body weight).
    gravity_normal_n: f64,
    /// The most normal force the practitioner can sustain, N.
    capacity_n: f64,
    hand_joint: bool,
    client: Client,
    depth_m: f64,
}

fn side(input: SideInput<'_>, with_grid: bool) -> Side {
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
    let depth_stress =
        if with_grid { vertical_stress_with_partner_pa(&patch.grid, partner, cop, input.depth_m) } else { 0.0 };
    let section = with_grid.then(|| section(&patch.grid, partner, cop));
    let gravity = input.gravity_normal_n.max(0.0).min(normal);
    let limit = |client| contact_limit_pa(&patch.pads, client);
    Side {
        readouts: Readouts {
            normal_force_n: normal,
            shear_force_n: shear_n,
            contact_area_m2: patch.area_m2 * contacts as f64,
            mean_pressure_pa: patch.mean_pa,
            peak_pressure_pa: patch.peak_pa,
            comfort_limit_pa: limit(input.client),
            comfort_limit_low_pa: limit(Client::Sensitive),
            comfort_limit_high_pa: limit(Client::Tolerant),
            gravity_share: if normal > 0.0 { gravity / normal } else { 1.0 },
            depth_stress_pa: depth_stress,
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

impl Model {
    /// The complete state of both sides for `settings` at `phase` (wrapped into 0..1).
    pub fn evaluate(&self, settings: &Settings, phase: f64) -> Comparison {
        self.evaluate_with(settings, phase, true)
    }

    /// The same state without the pressure grids and stress fields: forces, areas, pressures and
    /// comfort only (the depth readouts are 0). Many times cheaper; for summaries over a cycle.
    pub fn evaluate_forces(&self, settings: &Settings, phase: f64) -> Comparison {
        self.evaluate_with(settings, phase, false)
    }

    fn evaluate_with(&self, settings: &Settings, phase: f64, with_grids: bool) -> Comparison {
        let settings = settings.clamped();
        let phase = wrap_phase(phase);
        let stroke = self.strokes.get(settings.stroke);
        let m = moment(stroke, phase);
        let weight = settings.mass_kg * G;
        let foot_length = settings.foot_length();
        let scale = skeleton_scale(foot_length);
        let contacts = if settings.pair { 2 } else { 1 };
        let foot_surface = foot_surface(settings.foot, foot_length);
        let hand_surface = hand_surface(settings.hand, foot_length);

        // The foot presses from above: its push along the skin is held within the friction cone.
        let foot_approach = stroke.foot_approach_deg.to_radians();
        let foot_t = held_tangential_ratio(foot_approach);
        // The hand leans in: a held push follows the arm as far as friction allows; a glide drags
        // at μ against its motion (away from the therapist, who stands towards the sacrum, when
        // it moves towards the head).
        let arm_tool = settings.hand.presses_with_the_arm();
        let lean = lean(settings.lean_rad, if arm_tool { ELBOW_REACH_M } else { ARM_REACH_M }, scale);
        let hand_t = if m.gliding { -m.motion * MU_OILED_SKIN } else { held_tangential_ratio(lean.lean_rad) };
        let hand_gravity = lean.gravity_normal_per_weight(hand_t) * weight;
        let hand_capacity = hand_gravity + MAX_MUSCLE_PUSH_N / (1.0 + hand_t * hand_t).sqrt();

        let (foot_normal, hand_normal) = match settings.compare {
            CompareMode::Force => {
                let n = settings.load_fraction * m.profile * weight;
                (n, n)
            }
            CompareMode::Comfort => (
                comfort_force(&foot_surface, m.forefoot, m.profile * weight, contacts, settings.client),
                comfort_force(&hand_surface, 0.5, m.profile * hand_capacity, contacts, settings.client),
            ),
        };
        let foot_load = if weight > 0.0 { foot_normal / weight } else { 0.0 };
        let ashiatsu = ashiatsu_statics(settings.mass_kg, foot_load, settings.pair);

        // Each side keeps its contact in the lane beside the spine.
        let lane = |surface: &Surface, forefoot: f64| {
            let (_, inner) = reach_towards_spine(surface, forefoot);
            let lateral = m.lateral.abs().max(SPINE_CLEARANCE_M + inner);
            (lateral, lateral - m.lateral.abs())
        };
        let (foot_lateral, foot_shift) = lane(&foot_surface, m.forefoot);
        let (hand_lateral, hand_shift) = lane(&hand_surface, 0.5);
        let along = m.along * BACK_LENGTH_M;

        let foot = side(
            SideInput {
                surface: &foot_surface,
                normal_n: foot_normal,
                contacts,
                tangential_ratio: foot_t,
                gliding: m.gliding,
                forefoot: m.forefoot,
                position: BackPoint { along, lateral: foot_lateral },
                lane_shift_m: foot_shift,
                gravity_normal_n: f64::INFINITY,
                capacity_n: weight,
                hand_joint: false,
                client: settings.client,
                depth_m: settings.depth_m,
            },
            with_grids,
        );
        let hand = side(
            SideInput {
                surface: &hand_surface,
                normal_n: hand_normal,
                contacts,
                tangential_ratio: hand_t,
                gliding: m.gliding,
                forefoot: 0.5,
                // The hand works on the other side of the spine, so both show on one back.
                position: BackPoint { along, lateral: -hand_lateral },
                lane_shift_m: hand_shift,
                gravity_normal_n: hand_gravity,
                capacity_n: hand_capacity,
                hand_joint: !arm_tool,
                client: settings.client,
                depth_m: settings.depth_m,
            },
            with_grids,
        );

        let contact_x = foot.position.from_head_end();
        let tilt = ((m.forefoot - 0.45) * 0.5).clamp(-0.2, 0.35)
            + if matches!(settings.foot, FootRegion::Ball) { 0.35 } else { 0.0 };
        let foot_pose = foot_pose(FootPoseInput {
            contact_x,
            contact_from_heel: foot.patch.centre_of_pressure().x,
            foot_tilt_rad: tilt,
            foot_length_m: foot_length,
            centre_of_mass_fraction: ashiatsu.centre_of_mass_fraction,
            two_feet: settings.pair,
            scale,
        });
        let hand_pose = hand_pose(contact_x, &lean, arm_tool, scale, settings.pair);

        Comparison {
            phase,
            settings,
            foot,
            hand,
            ashiatsu,
            lean,
            foot_pose,
            hand_pose,
            forefoot_share: m.forefoot,
            load_profile: m.profile,
            motion: m.motion,
            foot_length_m: foot_length,
            layers: layers_at(m.along),
        }
    }

    /// What one full stroke cycle costs each practitioner, from `samples` moments of the cycle.
    pub fn cycle_effort(&self, settings: &Settings, samples: usize) -> CycleEffort {
        let n = samples.max(2);
        let states: Vec<Comparison> =
            (0..=n).map(|i| self.evaluate_with(settings, i as f64 / n as f64, false)).collect();
        let mut effort = CycleEffort::default();
        for pair in states.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let step = |pa: BackPoint, pb: BackPoint| (pb.along - pa.along).hypot(pb.lateral - pa.lateral);
            // Friction does work only while the contact slides over the skin; a contact that
            // moves the tissue with it (kneading) does not rub.
            let rubbed = |side: &Side| if side.slides { side.readouts.shear_force_n } else { 0.0 };
            effort.foot_glide_work_j += rubbed(&a.foot) * step(a.foot.position, b.foot.position);
            effort.hand_glide_work_j += rubbed(&a.hand) * step(a.hand.position, b.hand.position);
            effort.hand_mean_muscle_n += a.hand.muscle_n / n as f64;
            effort.foot_mean_bars_n += a.ashiatsu.bars_n / n as f64;
            effort.hand_peak_joint_load_n = effort.hand_peak_joint_load_n.max(a.hand.hand_joint_load_n);
            effort.path_m += step(a.foot.position, b.foot.position);
        }
        effort
    }
}

/// Cost of one stroke cycle to each practitioner (docs/model.md §6).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct CycleEffort {
    /// Work against friction to glide the foot (both feet), J (done by the arms on the bars).
    pub foot_glide_work_j: f64,
    /// Work against friction to glide the hand (both hands), J.
    pub hand_glide_work_j: f64,
    /// Mean force the bars hold up, N.
    pub foot_mean_bars_n: f64,
    /// Mean muscle force the hand therapist adds to body weight, N.
    pub hand_mean_muscle_n: f64,
    /// Peak load through one hand's thumb, finger or wrist joints, N.
    pub hand_peak_joint_load_n: f64,
    /// Length of the path the contact travels in one cycle, m.
    pub path_m: f64,
}
