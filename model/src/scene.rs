//! One call gives the complete state of both sides at (settings, phase): the model's front door.

pub use crate::assumptions::Assumptions;
pub(crate) use crate::assumptions::Detail;
use crate::body::{layers_at, BackPoint, Layers, BACK_LENGTH_M, SPINE_CLEARANCE_M};
use crate::comfort::PainLaw;
use crate::contact::{FootRegion, Surface, STANDING_FOREFOOT_SHARE};
use crate::force::{
    ashiatsu_statics, held_tangential_ratio, lean, AshiatsuStatics, Lean, ARM_REACH_M, ELBOW_REACH_M, G,
    HEEL_BEHIND_ANKLE_M, MU_OILED_SKIN,
};
use crate::pose::{foot_pose, hand_pose, FootPose, FootPoseInput, HandPose};
use crate::practitioner::skeleton_scale;
use crate::settings::{CompareMode, Settings};
use crate::side::{comfort_force, side, SideInput};
pub use crate::side::{Readouts, Side};
use crate::stroke::{wrap_phase, Stroke, StrokeLibrary};
use serde::Serialize;

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
    /// The hand also grasps, lifts and squeezes (kneading), which the foot cannot; only the
    /// pressing is compared.
    pub hand_lifts: bool,
}

/// The model with its stroke data and the estimates it takes.
#[derive(Clone, Debug)]
pub struct Model {
    pub strokes: StrokeLibrary,
    pub assumptions: Assumptions,
}

impl Default for Model {
    fn default() -> Self {
        Self { strokes: StrokeLibrary::built_in(), assumptions: Assumptions::default() }
    }
}

impl Model {
    /// The built-in strokes with other stroke data.
    pub fn with_strokes(strokes: StrokeLibrary) -> Self {
        Self { strokes, assumptions: Assumptions::default() }
    }
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

/// Moments of a cycle the effort totals are summed over.
pub const EFFORT_SAMPLES: usize = 64;

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

/// Hand tools do not rock between heel and ball: their pads have fixed shares whatever this is.
const HAND_FOREFOOT: f64 = 0.5;

/// The hand therapist's posture and what it gives at this moment of the stroke (§3, §4).
struct HandLean {
    lean: Lean,
    /// The forearm or the elbow presses (the upper arm is the reach; the hand is spared).
    arm_tool: bool,
    /// Along-the-skin push per newton of pressing (positive: the skin pushed towards the head).
    tangential_ratio: f64,
    /// Normal force body weight supplies, N.
    gravity_n: f64,
    /// The most normal force leaning plus muscle can sustain, N.
    capacity_n: f64,
}

impl HandLean {
    /// A held push follows the arm as far as friction allows; a glide drags at μ against its motion
    /// (away from the therapist, who stands towards the sacrum, when it moves towards the head).
    /// Muscle adds to body weight only as far as the feet can hold it: until the centre of
    /// pressure under them reaches the heels (§3).
    fn new(settings: &Settings, m: &Moment, weight: f64, scale: f64) -> Self {
        let arm_tool = settings.hand.presses_with_the_arm();
        let lean = lean(settings.lean_rad, if arm_tool { ELBOW_REACH_M } else { ARM_REACH_M }, scale);
        let t = if m.gliding { -m.motion * MU_OILED_SKIN } else { held_tangential_ratio(lean.lean_rad) };
        let gravity_n = lean.gravity_normal_per_weight(t) * weight;
        let capacity_n = lean.capacity_per_weight(t, HEEL_BEHIND_ANKLE_M * scale) * weight;
        Self { lean, arm_tool, tangential_ratio: t, gravity_n, capacity_n: capacity_n.max(gravity_n) }
    }
}

/// The contact's distance from the spine and how far it was moved out to get there, m: the
/// stroke's lane, or further where the contact's outline would reach the spinous processes (§8).
fn lane(surface: &Surface, forefoot: f64, stroke_lateral: f64) -> (f64, f64) {
    let (_, inner) = reach_towards_spine(surface, forefoot);
    let lateral = stroke_lateral.abs().max(SPINE_CLEARANCE_M + inner);
    (lateral, lateral - stroke_lateral.abs())
}

/// Each side's total normal force: the same share of body weight on both (equal force), or the
/// most each contact can give within the client's comfort and the practitioner's capacity.
fn normal_forces(
    settings: &Settings,
    m: &Moment,
    weight: f64,
    hand_capacity_n: f64,
    (foot_surface, hand_surface): (&Surface, &Surface),
    (contacts, law): (usize, PainLaw),
) -> (f64, f64) {
    match settings.compare {
        CompareMode::Force => {
            let n = settings.load_fraction * m.profile * weight;
            (n, n)
        }
        CompareMode::Comfort => (
            comfort_force(foot_surface, m.forefoot, m.profile * weight, contacts, law),
            comfort_force(hand_surface, HAND_FOREFOOT, m.profile * hand_capacity_n, contacts, law),
        ),
    }
}

/// The forefoot share at which the foot stands flat (the measured standing split, §1).
const FLAT_FOREFOOT_SHARE: f64 = STANDING_FOREFOOT_SHARE;
/// How far the foot tilts per unit of forefoot share beyond flat, rad, and its range.
const TILT_PER_FOREFOOT_RAD: f64 = 0.5;
const TILT_RANGE_RAD: (f64, f64) = (-0.2, 0.35);
/// The extra tilt when the ball of the foot presses: the heel lifted clear, rad.
const BALL_TILT_RAD: f64 = 0.35;

/// How the working foot tilts as it rocks (heel up when positive), for the figure (§8).
fn foot_tilt_rad(forefoot: f64, region: FootRegion) -> f64 {
    let rocking = ((forefoot - FLAT_FOREFOOT_SHARE) * TILT_PER_FOREFOOT_RAD).clamp(TILT_RANGE_RAD.0, TILT_RANGE_RAD.1);
    rocking + if region == FootRegion::Ball { BALL_TILT_RAD } else { 0.0 }
}

/// The ashiatsu practitioner's figure: the working foot on its contact, tilted as it rocks, the
/// body balanced over the share of weight on it (§8).
fn working_foot_pose(foot: &Side, m: &Moment, settings: &Settings, ashiatsu: &AshiatsuStatics, scale: f64) -> FootPose {
    foot_pose(FootPoseInput {
        contact_x: foot.position.from_head_end(),
        contact_from_heel: foot.patch.centre_of_pressure().x,
        foot_tilt_rad: foot_tilt_rad(m.forefoot, settings.foot),
        foot_length_m: settings.foot_length(),
        centre_of_mass_fraction: ashiatsu.centre_of_mass_fraction,
        two_feet: settings.pair,
        scale,
    })
}

impl Model {
    /// The complete state of both sides for `settings` at `phase` (wrapped into 0..1).
    pub fn evaluate(&self, settings: &Settings, phase: f64) -> Comparison {
        self.evaluate_with(settings, phase, Detail::Full, &self.assumptions)
    }

    /// The same state without the pressure grids and stress fields: forces, areas, pressures and
    /// comfort only (the depth readouts are 0). Many times cheaper; for summaries over a cycle.
    pub fn evaluate_forces(&self, settings: &Settings, phase: f64) -> Comparison {
        self.evaluate_with(settings, phase, Detail::Forces, &self.assumptions)
    }

    pub(crate) fn evaluate_with(
        &self,
        settings: &Settings,
        phase: f64,
        detail: Detail,
        assumptions: &Assumptions,
    ) -> Comparison {
        let settings = settings.clamped();
        let phase = wrap_phase(phase);
        let stroke = self.strokes.get(settings.stroke);
        let m = moment(stroke, phase);
        let weight = settings.mass_kg * G;
        let foot_length = settings.foot_length();
        let scale = skeleton_scale(foot_length);
        let contacts = if settings.pair { 2 } else { 1 };
        let (foot_surface, hand_surface) = assumptions.surfaces(&settings, foot_length);
        let law = assumptions.pain_law(&settings);

        let hand = HandLean::new(&settings, &m, weight, scale);

        let (foot_normal, hand_normal) =
            normal_forces(&settings, &m, weight, hand.capacity_n, (&foot_surface, &hand_surface), (contacts, law));
        let foot_load = if weight > 0.0 { foot_normal / weight } else { 0.0 };
        let ashiatsu = ashiatsu_statics(settings.mass_kg, foot_load, settings.pair);

        // Each side keeps its contact in the lane beside the spine.
        let (foot_lateral, foot_shift) = lane(&foot_surface, m.forefoot, m.lateral);
        let (hand_lateral, hand_shift) = lane(&hand_surface, HAND_FOREFOOT, m.lateral);
        let along = m.along * BACK_LENGTH_M;

        let foot_input = SideInput {
            surface: &foot_surface,
            normal_n: foot_normal,
            contacts,
            // The foot presses from above: its push along the skin stays within the friction cone.
            tangential_ratio: held_tangential_ratio(stroke.foot_approach_deg.to_radians()),
            gliding: m.gliding,
            forefoot: m.forefoot,
            position: BackPoint { along, lateral: foot_lateral },
            lane_shift_m: foot_shift,
            gravity_normal_n: f64::INFINITY,
            capacity_n: weight,
            hand_joint: false,
            law,
            depth_m: settings.depth_m,
        };
        let hand_input = SideInput {
            surface: &hand_surface,
            normal_n: hand_normal,
            tangential_ratio: hand.tangential_ratio,
            forefoot: HAND_FOREFOOT,
            // The hand works on the other side of the spine, so both show on one back.
            position: BackPoint { along, lateral: -hand_lateral },
            lane_shift_m: hand_shift,
            gravity_normal_n: hand.gravity_n,
            capacity_n: hand.capacity_n,
            hand_joint: !hand.arm_tool,
            ..foot_input
        };
        let (foot, hand_side) = (side(foot_input, detail), side(hand_input, detail));

        Comparison {
            phase,
            settings,
            foot_pose: working_foot_pose(&foot, &m, &settings, &ashiatsu, scale),
            hand_pose: hand_pose(foot.position.from_head_end(), &hand.lean, hand.arm_tool, scale, settings.pair),
            foot,
            hand: hand_side,
            ashiatsu,
            lean: hand.lean,
            forefoot_share: m.forefoot,
            load_profile: m.profile,
            motion: m.motion,
            foot_length_m: foot_length,
            layers: layers_at(m.along),
            hand_lifts: stroke.hand_lifts,
        }
    }

    /// What one full stroke cycle costs each practitioner, from `samples` moments of the cycle
    /// (EFFORT_SAMPLES is enough for the totals to settle to three figures).
    pub fn cycle_effort(&self, settings: &Settings, samples: usize) -> CycleEffort {
        let n = samples.max(2);
        let states: Vec<Comparison> = (0..=n).map(|i| self.evaluate_forces(settings, i as f64 / n as f64)).collect();
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
    /// Work against friction to glide the foot (both feet), J (the practitioner's pull along the
    /// back; the statics, vertical only, do not say which muscles give it).
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
