//! Articulated figures for the side views: 2D skeletons whose working limb reaches the contact by
//! two-bone inverse kinematics. Side-view frame: x from the head end of the table towards its foot
//! end, y up from the floor, metres. Both practitioners face the client's head.

use crate::body::{BACK_SURFACE_HEIGHT_M, BAR_HEIGHT_M, TABLE_HEIGHT_M};
use crate::force::Lean;
use crate::geometry::Vec2;
use serde::Serialize;

/// Thigh and shank, m (stature 1.65 m; estimate from anthropometric proportions).
pub const THIGH_M: f64 = 0.44;
pub const SHANK_M: f64 = 0.42;
/// Upper arm and forearm with hand, m.
pub const UPPER_ARM_M: f64 = 0.30;
pub const FOREARM_M: f64 = 0.30;
/// Pelvis to shoulder line, m.
pub const TORSO_M: f64 = 0.50;
/// Height of the ankle joint above the sole, m.
pub const ANKLE_HEIGHT_M: f64 = 0.07;
/// Where the standing foot stands, behind the working foot, m.
pub const STANCE_M: f64 = 0.40;
/// The ankle joint's place along the foot from the back of the heel, as a fraction of foot length.
pub const ANKLE_FROM_HEEL: f64 = 0.05 / 0.26;
/// Half the distance between the hands on the bars, m.
pub const GRIP_HALF_SPAN_M: f64 = 0.14;
/// The overhead bars: 1.5 m long, over the client's back.
pub const BARS_FROM_HEAD_END_M: (f64, f64) = (0.05, 1.55);

/// The hand therapist's legs, as a fraction of their full length: straight but not locked.
const HAND_THERAPIST_KNEES_SOFT: f64 = 0.97;
/// Which way the hand therapist's hips hinge from the ankle–shoulder line: back, away from the
/// client (the client is towards −x in the side view).
const HIPS_HINGE_CLOCKWISE: bool = true;

/// A joint chain solved by two-bone inverse kinematics: the middle joint and where the end lands
/// (on the target when it is within reach, else as close as the straight limb gets).
pub fn two_bone(root: Vec2, target: Vec2, upper: f64, lower: f64, bend_clockwise: bool) -> (Vec2, Vec2) {
    let to = target - root;
    let reach = to.length();
    let d = reach.clamp((upper - lower).abs() + 1e-6, upper + lower - 1e-6);
    let dir = if reach > 1e-12 { to.y.atan2(to.x) } else { -std::f64::consts::FRAC_PI_2 };
    let cos_a = ((upper * upper + d * d - lower * lower) / (2.0 * upper * d)).clamp(-1.0, 1.0);
    let a = cos_a.acos();
    let joint_angle = if bend_clockwise { dir - a } else { dir + a };
    let joint = root + Vec2::from_angle(joint_angle) * upper;
    let end = root + Vec2::from_angle(dir) * d;
    (joint, end)
}

/// The ashiatsu practitioner on the table.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct FootPose {
    pub head: Vec2,
    pub shoulder: Vec2,
    pub pelvis: Vec2,
    pub working_knee: Vec2,
    pub working_ankle: Vec2,
    pub working_heel: Vec2,
    pub working_toe: Vec2,
    /// The other leg: standing on the table, or in a two-foot stroke on the back beside the first.
    pub standing_knee: Vec2,
    pub standing_ankle: Vec2,
    pub standing_heel: Vec2,
    pub standing_toe: Vec2,
    pub elbows: [Vec2; 2],
    pub hands: [Vec2; 2],
    pub centre_of_mass: Vec2,
    /// Both feet on the client (the second one on the far side of the spine).
    pub two_feet: bool,
}

/// What poses the ashiatsu practitioner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FootPoseInput {
    /// Where the working foot's centre of pressure is, from the head end of the table, m.
    pub contact_x: f64,
    /// The centre of pressure's distance from the back of the heel, m.
    pub contact_from_heel: f64,
    /// Heel up when positive, rad.
    pub foot_tilt_rad: f64,
    pub foot_length_m: f64,
    /// The centre of mass's place from the standing foot (0) to the working foot (1), from the statics.
    pub centre_of_mass_fraction: f64,
    pub two_feet: bool,
    /// The skeleton's lengths as a multiple of the reference stature's.
    pub scale: f64,
}

/// Poses the ashiatsu practitioner: the working foot's centre of pressure on the back at the
/// contact, the foot tilted as it rocks, the pelvis over the centre of mass the statics give.
pub fn foot_pose(input: FootPoseInput) -> FootPose {
    let FootPoseInput {
        contact_x,
        contact_from_heel,
        foot_tilt_rad,
        foot_length_m,
        centre_of_mass_fraction,
        two_feet,
        scale,
    } = input;
    let sole_y = BACK_SURFACE_HEIGHT_M;
    // Toes point towards the head (−x); the foot pivots about the contact centre.
    let along_foot = Vec2::new(-foot_tilt_rad.cos(), -foot_tilt_rad.sin());
    let contact = Vec2::new(contact_x, sole_y);
    let working_heel = contact - along_foot * contact_from_heel;
    let toe = working_heel + along_foot * foot_length_m;
    // Toes bend up rather than press into the client when the heel is raised.
    let working_toe = Vec2::new(toe.x, toe.y.max(sole_y));
    // Perpendicular to the sole, pointing up.
    let up = Vec2::new(along_foot.y, -along_foot.x);
    let ankle_height = ANKLE_HEIGHT_M * scale;
    let ankle_in = ANKLE_FROM_HEEL * foot_length_m;
    let working_ankle = working_heel + along_foot * ankle_in + up * ankle_height;

    let (standing_heel, standing_toe, standing_ankle) = if two_feet {
        (working_heel, working_toe, working_ankle)
    } else {
        let heel = Vec2::new(contact_x + STANCE_M * scale, TABLE_HEIGHT_M);
        (heel, heel + Vec2::new(-foot_length_m, 0.0), heel + Vec2::new(-ankle_in, ankle_height))
    };

    let c = centre_of_mass_fraction.clamp(0.0, 1.0);
    let pelvis_x = standing_ankle.x + (working_ankle.x - standing_ankle.x) * c;
    let (thigh, shank) = (THIGH_M * scale, SHANK_M * scale);
    let leg = thigh + shank;
    let reach_y = |ankle: Vec2| ankle.y + (leg * leg - (pelvis_x - ankle.x).powi(2)).max(0.0).sqrt() * 0.97;
    let pelvis = Vec2::new(pelvis_x, reach_y(standing_ankle).min(reach_y(working_ankle)));

    // Knees bend forward, towards the head (−x).
    let (working_knee, _) = two_bone(pelvis, working_ankle, thigh, shank, true);
    let (standing_knee, _) = two_bone(pelvis, standing_ankle, thigh, shank, true);
    let shoulder = pelvis + Vec2::new(-0.03, TORSO_M) * scale;
    let head = shoulder + Vec2::new(-0.03, 0.2) * scale;
    let grip = GRIP_HALF_SPAN_M * scale;
    // The near hand grips behind the head and the far hand in front of it, so that in the side
    // view neither arm crosses the face (the far arm passes behind the head).
    let grips = [Vec2::new(shoulder.x + grip, BAR_HEIGHT_M), Vec2::new(shoulder.x - grip, BAR_HEIGHT_M)];
    let arm = |grip: Vec2, clockwise| two_bone(shoulder, grip, UPPER_ARM_M * scale, FOREARM_M * scale, clockwise);
    let (e0, h0) = arm(grips[0], false);
    let (e1, h1) = arm(grips[1], true);
    let centre_of_mass = pelvis + Vec2::new(0.0, 0.12) * scale;
    FootPose {
        head,
        shoulder,
        pelvis,
        working_knee,
        working_ankle,
        working_heel,
        working_toe,
        standing_knee,
        standing_ankle,
        standing_heel,
        standing_toe,
        elbows: [e0, e1],
        hands: [h0, h1],
        centre_of_mass,
        two_feet,
    }
}

/// The hand therapist beside the table, leaning towards the head.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct HandPose {
    pub head: Vec2,
    pub shoulder: Vec2,
    pub pelvis: Vec2,
    pub knee: Vec2,
    pub ankle: Vec2,
    pub toe: Vec2,
    pub elbow: Vec2,
    pub hand: Vec2,
    pub centre_of_mass: Vec2,
    /// Both hands on the client (the second one on the far side of the spine).
    pub two_hands: bool,
}

/// Poses the hand therapist from the lean statics, with the contact at `contact_x`. With
/// `arm_contact` (forearm or elbow tools) the elbow is on the contact and the forearm lies along
/// the back towards the head; otherwise the hand is on the contact. `scale` is the skeleton's size.
pub fn hand_pose(contact_x: f64, lean: &Lean, arm_contact: bool, scale: f64, two_hands: bool) -> HandPose {
    // Lean frame: feet at the origin, x towards the client. Side view: the client is towards −x.
    let to_world = |p: Vec2| Vec2::new(contact_x + (lean.contact.x - p.x), p.y);
    let feet = to_world(Vec2::new(0.0, 0.0));
    let shoulder = to_world(lean.shoulder);
    let body = shoulder - feet;
    let ankle = feet + Vec2::new(0.0, ANKLE_HEIGHT_M * scale);
    // A therapist leans from the hips on nearly straight legs: the pelvis sits a leg's length
    // (knees soft) from the ankle and a torso's length from the shoulder, the hips hinged back.
    let leg = (THIGH_M + SHANK_M) * scale * HAND_THERAPIST_KNEES_SOFT;
    let (pelvis, _) = two_bone(ankle, shoulder, leg, TORSO_M * scale, HIPS_HINGE_CLOCKWISE);
    let (knee, _) = two_bone(pelvis, ankle, THIGH_M * scale, SHANK_M * scale, true);
    let unit = body * (1.0 / body.length().max(1e-9));
    let head = shoulder + unit * (0.22 * scale);
    let contact = to_world(lean.contact);
    let forearm = FOREARM_M * scale;
    let (elbow, hand) = if arm_contact {
        (contact, contact + Vec2::new(-forearm * 0.97, forearm * 0.25))
    } else {
        two_bone(shoulder, contact, UPPER_ARM_M * scale, forearm, true)
    };
    HandPose {
        head,
        shoulder,
        pelvis,
        knee,
        ankle,
        toe: feet + Vec2::new(-0.2 * scale, 0.0),
        elbow,
        hand,
        centre_of_mass: to_world(lean.centre_of_mass),
        two_hands,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::force::{lean, ARM_REACH_M, ELBOW_REACH_M};

    #[test]
    fn two_bone_reaches_a_reachable_target_with_its_bone_lengths() {
        let (root, target) = (Vec2::new(0.0, 1.0), Vec2::new(0.3, 0.4));
        let (joint, end) = two_bone(root, target, 0.44, 0.42, false);
        assert!((end - target).length() < 1e-5);
        assert!(((joint - root).length() - 0.44).abs() < 1e-9);
        assert!(((end - joint).length() - 0.42).abs() < 1e-5);
    }

    #[test]
    fn two_bone_stretches_towards_an_unreachable_target() {
        let (_, end) = two_bone(Vec2::new(0.0, 0.0), Vec2::new(5.0, 0.0), 0.3, 0.3, true);
        assert!((end.x - 0.6).abs() < 1e-5 && end.y.abs() < 1e-9);
    }

    fn input(contact_x: f64, contact_from_heel: f64, centre_of_mass_fraction: f64, two_feet: bool) -> FootPoseInput {
        FootPoseInput {
            contact_x,
            contact_from_heel,
            foot_tilt_rad: 0.0,
            foot_length_m: 0.26,
            centre_of_mass_fraction,
            two_feet,
            scale: 1.0,
        }
    }

    /// Which side of the line from `a` to `b` the point `p` lies on: negative towards −x for a
    /// line running down.
    fn side_of(a: Vec2, b: Vec2, p: Vec2) -> f64 {
        (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
    }

    #[test]
    fn knees_bend_forwards_towards_the_client_s_head() {
        let p = foot_pose(input(0.6, 0.1, 0.5, false));
        // Running down from the hip, a knee towards −x lies to the right of the line (y up).
        assert!(side_of(p.pelvis, p.working_ankle, p.working_knee) < 0.0);
        assert!(side_of(p.pelvis, p.standing_ankle, p.standing_knee) < 0.0);
        let l = lean(25f64.to_radians(), ARM_REACH_M, 1.0);
        let h = hand_pose(0.7, &l, false, 1.0, false);
        assert!(side_of(h.pelvis, h.ankle, h.knee) < 0.0);
    }

    #[test]
    fn two_feet_stand_on_the_back_together() {
        let p = foot_pose(input(0.6, 0.1, 1.0, true));
        assert_eq!(p.standing_heel, p.working_heel);
        assert!((p.pelvis.x - p.working_ankle.x).abs() < 1e-9, "the pelvis over both feet");
    }

    #[test]
    fn the_working_foot_rests_on_the_back_and_legs_keep_their_length() {
        let p = foot_pose(input(0.6, 0.045, 0.5, false));
        assert!((p.working_heel.y - BACK_SURFACE_HEIGHT_M).abs() < 1e-9);
        assert!(((p.working_knee - p.pelvis).length() - THIGH_M).abs() < 1e-9);
        assert!(((p.working_ankle - p.working_knee).length() - SHANK_M).abs() < 1e-4);
        assert!(p.hands.iter().all(|h| h.y <= BAR_HEIGHT_M + 1e-9));
    }

    #[test]
    fn more_load_moves_the_pelvis_over_the_working_foot() {
        let light = foot_pose(input(0.6, 0.1, 0.5, false));
        let heavy = foot_pose(input(0.6, 0.1, 0.9, false));
        assert!((heavy.pelvis.x - 0.6).abs() < (light.pelvis.x - 0.6).abs());
    }

    /// The angle at `joint` between `a` and `b`, degrees.
    fn angle_deg(a: Vec2, joint: Vec2, b: Vec2) -> f64 {
        let (u, v) = (a - joint, b - joint);
        ((u.x * v.x + u.y * v.y) / (u.length() * v.length())).clamp(-1.0, 1.0).acos().to_degrees()
    }

    #[test]
    fn the_hand_therapist_stands_on_soft_knees_and_leans_from_the_hips() {
        for deg in [0.0, 15.0, 30.0, 45.0, 60.0] {
            for (reach, arm) in [(ARM_REACH_M, false), (ELBOW_REACH_M, true)] {
                let l = lean(f64::to_radians(deg), reach, 1.0);
                let p = hand_pose(0.7, &l, arm, 1.0, false);
                // Not a crouch: the knee nearly straight, the hips at a standing height.
                assert!(angle_deg(p.pelvis, p.knee, p.ankle) > 150.0, "{deg}°: knee {:?}", p.knee);
                assert!(p.pelvis.y > 0.75, "{deg}°: hips at {:.2} m", p.pelvis.y);
                assert!(
                    ((p.shoulder - p.pelvis).length() - TORSO_M).abs() < 1e-6,
                    "{deg}°: the torso keeps its length"
                );
                // The hips hinge back, away from the client: behind the ankle–shoulder line.
                assert!(side_of(p.ankle, p.shoulder, p.pelvis) <= 1e-9, "{deg}°");
            }
        }
    }

    #[test]
    fn the_hand_reaches_the_contact() {
        let l = lean(25f64.to_radians(), ARM_REACH_M, 1.0);
        let p = hand_pose(0.7, &l, false, 1.0, false);
        assert!((p.hand - Vec2::new(0.7, BACK_SURFACE_HEIGHT_M)).length() < 1e-5);
        assert!(p.ankle.x > 0.7, "the therapist stands towards the foot end and leans towards the head");
    }

    #[test]
    fn the_elbow_rests_on_the_contact_with_the_forearm_along_the_back() {
        let l = lean(25f64.to_radians(), ELBOW_REACH_M, 1.0);
        let p = hand_pose(0.7, &l, true, 1.0, false);
        assert!((p.elbow - Vec2::new(0.7, BACK_SURFACE_HEIGHT_M)).length() < 1e-9);
        assert!(p.hand.x < p.elbow.x, "the forearm points towards the head");
        assert!(((p.elbow - p.shoulder).length() - ELBOW_REACH_M).abs() < 1e-9);
    }
}
