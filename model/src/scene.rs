//! One call gives the complete state of both sides at (settings, phase): the model's front door.

use crate::body::{BackPoint, BACK_LENGTH_M};
use crate::comfort::pain_threshold_pa;
use crate::contact::{foot_surface, hand_surface, HandTool, Surface};
use crate::force::{
    ashiatsu_statics, lean, shear, split, AshiatsuStatics, Lean, ARM_REACH_M, ELBOW_REACH_M, G, MAX_MUSCLE_PUSH_N,
};
use crate::pose::{foot_pose, hand_pose, FootPose, HandPose};
use crate::pressure::{area_of, load_pads, patch, peak_of, Patch};
use crate::settings::{CompareMode, Settings};
use crate::stroke::{wrap_phase, Stroke, StrokeLibrary};
use serde::Serialize;

/// The seven contract quantities of one side, SI units (contract.md §2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Readouts {
    pub normal_force_n: f64,
    pub shear_force_n: f64,
    pub contact_area_m2: f64,
    pub mean_pressure_pa: f64,
    pub peak_pressure_pa: f64,
    pub comfort_limit_pa: f64,
    /// Part of the normal force that body weight supplies, 0..1.
    pub gravity_share: f64,
}

/// Everything about one side at one moment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Side {
    pub readouts: Readouts,
    /// The force the practitioner applies, along its line of action, N.
    pub applied_force_n: f64,
    /// Angle of that force from the normal to the back, rad.
    pub approach_rad: f64,
    /// The along-the-skin part of the applied force, N (what the contact must hold).
    pub tangential_n: f64,
    /// The contact moves along the skin (by design in a glide, or because friction cannot hold).
    pub slides: bool,
    /// The contact slides although the stroke means to hold still: the angle is too flat for oiled skin.
    pub slips: bool,
    /// Where the contact centre is on the back.
    pub position: BackPoint,
    pub patch: Patch,
    /// Muscle force the practitioner adds to the normal force, N.
    pub muscle_n: f64,
    /// Load through the practitioner's thumb, finger or wrist joints, N (0 when the hands are spared).
    pub hand_joint_load_n: f64,
    /// The practitioner cannot sustain this force with this tool and lean.
    pub beyond_capacity: bool,
}

impl Side {
    pub fn over_comfort(&self) -> bool {
        self.readouts.peak_pressure_pa > self.readouts.comfort_limit_pa
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

/// The largest normal force ≤ `cap` whose peak pressure stays at or under the comfort limit.
fn comfort_force(surface: &Surface, forefoot: f64, cap: f64) -> f64 {
    let within = |n: f64| {
        let pads = load_pads(surface, n, forefoot);
        peak_of(&pads) <= pain_threshold_pa(area_of(&pads))
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

/// The forearm and the elbow press with the arm itself, sparing the hand and wrist.
pub fn presses_with_the_arm(tool: HandTool) -> bool {
    matches!(tool, HandTool::Forearm | HandTool::Elbow)
}

/// The stroke's state at a phase: position on the back, load profile, rocking, gliding.
struct Moment {
    position: BackPoint,
    profile: f64,
    forefoot: f64,
    gliding: bool,
}

fn moment(stroke: &Stroke, phase: f64) -> Moment {
    let along = stroke.along.at(phase).clamp(0.0, 1.0);
    Moment {
        position: BackPoint::at(along, stroke.lateral.at(phase)),
        profile: stroke.load.at(phase).clamp(0.0, 1.0),
        forefoot: stroke.forefoot.at(phase).clamp(0.0, 1.0),
        gliding: stroke.glide.at(phase) >= 0.5,
    }
}

/// Readouts and side state from a normal force already decided.
struct SideInput<'a> {
    surface: &'a Surface,
    normal_n: f64,
    approach_rad: f64,
    gravity_along_line_n: f64,
    forefoot: f64,
    gliding: bool,
    position: BackPoint,
    hand_joint: bool,
    capacity_n: f64,
}

fn side(input: SideInput<'_>, with_grid: bool) -> Side {
    let normal = input.normal_n.max(0.0);
    let cos = input.approach_rad.cos().max(1e-6);
    let applied = normal / cos;
    let tangential = split(applied, input.approach_rad).tangential_n;
    let (shear_n, slides) = shear(normal, tangential, input.gliding);
    let patch = if with_grid {
        patch(input.surface, normal, input.forefoot)
    } else {
        let pads = load_pads(input.surface, normal, input.forefoot);
        let area = area_of(&pads);
        let force: f64 = pads.iter().map(|p| p.force_n).sum();
        let grid = crate::pressure::PressureGrid {
            origin: Default::default(),
            cell_m: 0.0,
            nx: 0,
            ny: 0,
            values_pa: Vec::new(),
        };
        Patch { normal_force_n: force, area_m2: area, mean_pa: force / area, peak_pa: peak_of(&pads), pads, grid }
    };
    let gravity = input.gravity_along_line_n.max(0.0).min(applied);
    let gravity_share = if applied > 0.0 { gravity / applied } else { 1.0 };
    let muscle = applied - gravity;
    Side {
        readouts: Readouts {
            normal_force_n: normal,
            shear_force_n: shear_n,
            contact_area_m2: patch.area_m2,
            mean_pressure_pa: patch.mean_pa,
            peak_pressure_pa: patch.peak_pa,
            comfort_limit_pa: pain_threshold_pa(patch.area_m2),
            gravity_share,
        },
        applied_force_n: applied,
        approach_rad: input.approach_rad,
        tangential_n: tangential,
        slides,
        slips: slides && !input.gliding,
        position: input.position,
        patch,
        muscle_n: muscle,
        hand_joint_load_n: if input.hand_joint { applied } else { 0.0 },
        beyond_capacity: applied > input.capacity_n * (1.0 + 1e-9),
    }
}

impl Model {
    /// The complete state of both sides for `settings` at `phase` (wrapped into 0..1).
    pub fn evaluate(&self, settings: &Settings, phase: f64) -> Comparison {
        self.evaluate_with(settings, phase, true)
    }

    fn evaluate_with(&self, settings: &Settings, phase: f64, with_grids: bool) -> Comparison {
        let settings = settings.clamped();
        let phase = wrap_phase(phase);
        let stroke = self.strokes.get(settings.stroke);
        let m = moment(stroke, phase);
        let weight = settings.mass_kg * G;
        let foot_surface = foot_surface(settings.foot);
        let hand_surface = hand_surface(settings.hand);
        let reach = if presses_with_the_arm(settings.hand) { ELBOW_REACH_M } else { ARM_REACH_M };
        let lean = lean(settings.lean_rad, reach);
        let hand_gravity = lean.gravity_force_per_weight * weight;
        let hand_capacity_along_line = hand_gravity + MAX_MUSCLE_PUSH_N;
        let foot_approach = stroke.foot_approach_deg.to_radians();

        let (foot_normal, hand_normal) = match settings.compare {
            CompareMode::Force => {
                let n = settings.load_fraction * m.profile * weight * foot_approach.cos();
                (n, n)
            }
            CompareMode::Comfort => (
                comfort_force(&foot_surface, m.forefoot, m.profile * weight * foot_approach.cos()),
                comfort_force(&hand_surface, 0.5, m.profile * hand_capacity_along_line * lean.lean_rad.cos()),
            ),
        };
        let foot_load = if weight > 0.0 { foot_normal / foot_approach.cos().max(1e-6) / weight } else { 0.0 };
        let ashiatsu = ashiatsu_statics(settings.mass_kg, foot_load);
        let mirror = BackPoint { lateral: -m.position.lateral, ..m.position };

        let foot = side(
            SideInput {
                surface: &foot_surface,
                normal_n: foot_normal,
                approach_rad: foot_approach,
                gravity_along_line_n: f64::INFINITY,
                forefoot: m.forefoot,
                gliding: m.gliding,
                position: m.position,
                hand_joint: false,
                capacity_n: weight,
            },
            with_grids,
        );
        let hand = side(
            SideInput {
                surface: &hand_surface,
                normal_n: hand_normal,
                approach_rad: lean.lean_rad,
                gravity_along_line_n: hand_gravity,
                forefoot: 0.5,
                gliding: m.gliding,
                position: mirror,
                hand_joint: !presses_with_the_arm(settings.hand),
                capacity_n: hand_capacity_along_line,
            },
            with_grids,
        );

        let contact_x = m.position.from_head_end();
        let centre_from_heel = foot.patch.centre_of_pressure().x;
        let tilt = ((m.forefoot - 0.45) * 0.5).clamp(-0.2, 0.35)
            + if matches!(settings.foot, crate::contact::FootRegion::Ball) { 0.35 } else { 0.0 };
        let foot_pose = foot_pose(contact_x, centre_from_heel, tilt, ashiatsu.working_foot_n, ashiatsu.standing_foot_n);
        let hand_pose = hand_pose(contact_x, &lean, presses_with_the_arm(settings.hand));

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
    /// Work against friction to glide the foot, J (done by the arms on the bars).
    pub foot_glide_work_j: f64,
    /// Work against friction to glide the hand, J.
    pub hand_glide_work_j: f64,
    /// Mean force the ashiatsu practitioner holds on the bars, N.
    pub foot_mean_bars_n: f64,
    /// Mean muscle force the hand therapist adds to body weight, N.
    pub hand_mean_muscle_n: f64,
    /// Peak load through the thumb, finger or wrist joints, N.
    pub hand_peak_joint_load_n: f64,
    /// Length of the path the contact travels in one cycle, m.
    pub path_m: f64,
}

/// Contact position as a fraction of the back length, for views that need it.
pub fn along_fraction(p: BackPoint) -> f64 {
    p.along / BACK_LENGTH_M
}
