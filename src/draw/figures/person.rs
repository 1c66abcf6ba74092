//! The two practitioners, drawn from the model's skeletons (docs/model.md §8): smooth tapering
//! limbs with rounded joints, a torso, neck and head, hands, and feet with heel, arch, ball and
//! toes. The parts that press are coloured by their pressure on the heat map's scale. One flat
//! style: clothes in the side's colour, skin in the practitioner's tone, far limbs a shade darker,
//! all from the style sheet's tokens.

use super::shapes::{circle, limb, placed, smooth_closed, unit, P};
use crate::draw::heat::css;
use crate::draw::labels::Rect;
use crate::draw::node::{el, El, Node};
use crate::draw::svg::{along, pt};
use ashiatsu_model::geometry::Vec2;
use ashiatsu_model::pose::{FootPose, HandPose};
use ashiatsu_model::pressure::LoadedPad;

/// Drawing units per metre.
const U: f64 = 100.0;

/// Body thicknesses (radii, m) at the reference stature; scaled with the practitioner.
struct Radii;
impl Radii {
    const SHOULDER: f64 = 0.046;
    const ELBOW: f64 = 0.035;
    const WRIST: f64 = 0.025;
    const HIP: f64 = 0.075;
    const KNEE: f64 = 0.05;
    const ANKLE: f64 = 0.032;
    const NECK: f64 = 0.05;
    const HEAD: f64 = 0.108;
}

fn path(class: &'static str, d: String) -> Node {
    el("path").class(class).attr("d", d).into()
}

fn seg(a: Vec2, b: Vec2, ra: f64, rb: f64, scale: f64) -> String {
    limb(pt(a), pt(b), ra * scale * U, rb * scale * U)
}

/// The parts of a figure that words must keep off, in drawing units: its head, its trunk (from
/// the pelvis to the shoulder) and its arms (shoulder, elbow, hand), which reach up to the bars or
/// down to the back, where the arrows' words would sit. The legs are left free: the weight's word
/// sits beside them.
pub fn keep_off(head: Vec2, trunk: [Vec2; 2], arms: &[[Vec2; 3]], scale: f64) -> Vec<Rect> {
    let (x, y) = pt(head);
    let mut out = vec![Rect::around(x, y, Radii::HEAD * scale * U)];
    out.extend(along(pt(trunk[0]), pt(trunk[1]), Radii::SHOULDER * scale * U));
    for [shoulder, elbow, hand] in arms {
        out.extend(along(pt(*shoulder), pt(*elbow), Radii::SHOULDER * scale * U));
        out.extend(along(pt(*elbow), pt(*hand), Radii::ELBOW * scale * U));
    }
    out
}

/// The torso in profile, from the pelvis to the shoulder: hips, waist, chest and the round of the
/// shoulders, with its front facing `front` (−1: towards the client's head, on the left).
fn torso(pelvis: Vec2, shoulder: Vec2, scale: f64, front: f64) -> String {
    let (a, b) = (pt(pelvis), pt(shoulder));
    let dir = unit(a, b);
    let len = (b.0 - a.0).hypot(b.1 - a.1);
    // Along the torso (0 at the pelvis) and across it (+ towards the back), in drawing units.
    let w = scale * U;
    let back = -front;
    let outline: [P; 10] = [
        (-0.06 * w, back * 0.10 * w),
        (0.35 * len, back * 0.085 * w),
        (0.75 * len, back * 0.105 * w),
        (len + 0.02 * w, back * 0.07 * w),
        (len + 0.05 * w, 0.0),
        (len + 0.01 * w, -back * 0.08 * w),
        (0.7 * len, -back * 0.11 * w),
        (0.42 * len, -back * 0.09 * w),
        (0.1 * len, -back * 0.1 * w),
        (-0.07 * w, -back * 0.06 * w),
    ];
    smooth_closed(&placed(&outline, a, dir))
}

/// The head in profile with a hint of the nose on the side the person faces, and the neck.
fn head(shoulder: Vec2, head: Vec2, scale: f64, front: f64) -> [Node; 4] {
    let (c, s) = (pt(head), pt(shoulder));
    let r = Radii::HEAD * scale * U;
    let up = unit(s, c);
    // A quarter turn from up, towards the side the person faces.
    let face = (up.1 * -front, -up.0 * -front);
    let outline: [P; 8] = [
        (-r, 0.0),
        (-0.7 * r, -0.85 * r),
        (0.2 * r, -1.05 * r),
        (0.95 * r, -0.55 * r),
        (1.05 * r, 0.2 * r),
        (0.75 * r, 0.85 * r),
        (0.05 * r, 1.0 * r),
        (-0.75 * r, 0.7 * r),
    ];
    // The head's frame: x up the body, y towards the face.
    let pts: Vec<P> = outline.iter().map(|(x, y)| (c.0 + x * up.0 + y * face.0, c.1 + x * up.1 + y * face.1)).collect();
    let nose = (c.0 + 0.05 * r * up.0 + 1.12 * r * face.0, c.1 + 0.05 * r * up.1 + 1.12 * r * face.1);
    let neck_top = (c.0 - 0.55 * r * up.0, c.1 - 0.55 * r * up.1);
    [
        path("skin", limb(s, neck_top, Radii::NECK * scale * U, Radii::NECK * 0.9 * scale * U)),
        path("skin", smooth_closed(&pts)),
        path("skin", circle(nose, 0.16 * r)),
        path("hair", hair(c, up, face, r)),
    ]
}

/// Short hair over the back and top of the head.
fn hair(c: P, up: P, face: P, r: f64) -> String {
    let pts: [P; 6] = [(-0.2, -1.06), (0.55, -0.95), (1.05, -0.3), (1.02, 0.35), (0.6, 0.2), (0.3, -0.6)];
    let mapped: Vec<P> =
        pts.iter().map(|(x, y)| (c.0 + x * r * up.0 + y * r * face.0, c.1 + x * r * up.1 + y * r * face.1)).collect();
    smooth_closed(&mapped)
}

/// A foot in profile from its heel and toe points (world), with its sole coloured under the pads
/// that carry load; `loaded` holds each pad's place along the foot (fractions of its length) and
/// colour.
fn foot(
    heel: Vec2,
    toe: Vec2,
    ankle: Vec2,
    length: f64,
    scale: f64,
    class: &'static str,
    loaded: &[(f64, f64, String)],
) -> Node {
    let (h, t) = (pt(heel), pt(toe));
    let along = unit(h, t);
    // Up from the sole: a quarter turn from along, towards the ankle.
    let a = pt(ankle);
    let mut up = (along.1, -along.0);
    if (a.0 - h.0) * up.0 + (a.1 - h.1) * up.1 < 0.0 {
        up = (-up.0, -up.1);
    }
    let l = length * U;
    let k = length / 0.26;
    let profile: [(f64, f64); 14] = [
        (0.0, 0.035),
        (0.035, 0.0),
        (0.25, 0.004),
        (0.45, 0.016),
        (0.68, 0.0),
        (0.9, 0.001),
        (1.0, 0.012),
        (0.97, 0.027),
        (0.8, 0.042),
        (0.55, 0.058),
        (0.32, 0.08),
        (0.22, 0.1),
        (0.08, 0.095),
        (0.01, 0.065),
    ];
    let pts: Vec<P> = profile
        .iter()
        .map(|(x, y)| {
            let (x, y) = (x * l, y * k * U);
            (h.0 + along.0 * x + up.0 * y, h.1 + along.1 * x + up.1 * y)
        })
        .collect();
    let sole = loaded.iter().map(|(from, to, colour)| {
        let (p, q) =
            ((h.0 + along.0 * from * l, h.1 + along.1 * from * l), (h.0 + along.0 * to * l, h.1 + along.1 * to * l));
        let r = 0.012 * U * scale;
        el("path").class("pressed").attr("d", limb(p, q, r, r)).attr("style", format_args!("fill:{colour}")).into()
    });
    el("g").class(class).child(path("skin", smooth_closed(&pts))).kids(sole).into()
}

/// The sole's pads as stretches of the foot (fractions of its length) in the heat map's colours.
pub fn sole_stretches(pads: &[LoadedPad], foot_length: f64) -> Vec<(f64, f64, String)> {
    pads.iter()
        .filter(|p| p.force_n > 0.0)
        .map(|p| {
            let mean = p.force_n / p.loaded.area();
            let (from, to) = (
                (p.loaded.centre.x - p.loaded.semi_x) / foot_length,
                (p.loaded.centre.x + p.loaded.semi_x) / foot_length,
            );
            (from.clamp(0.0, 1.0), to.clamp(0.0, 1.0), css(mean))
        })
        .collect()
}

/// The ashiatsu practitioner: on the table, hands on the bars, the working foot on the back.
pub fn practitioner_on_table(p: &FootPose, scale: f64, foot_length: f64, sole: &[(f64, f64, String)]) -> (El, El) {
    let s = scale;
    // Behind the client and the table: the far arm and the other leg.
    let far_offset = Vec2::new(0.035 * s, 0.0);
    let far = el("g").class("far").kids([
        path("clothes", seg(p.shoulder + far_offset, p.elbows[1], Radii::SHOULDER, Radii::ELBOW, s)),
        path("skin", seg(p.elbows[1], p.hands[1], Radii::ELBOW, Radii::WRIST, s)),
        path("skin", circle(pt(p.hands[1]), 0.035 * s * U)),
    ]);
    let (other_knee, other_ankle, other_heel, other_toe) = if p.two_feet {
        let o = Vec2::new(0.05 * s, 0.0);
        (p.standing_knee + o, p.standing_ankle + o, p.standing_heel + o, p.standing_toe + o)
    } else {
        (p.standing_knee, p.standing_ankle, p.standing_heel, p.standing_toe)
    };
    let other_leg = el("g").class("far").kids([
        path("clothes", seg(p.pelvis, other_knee, Radii::HIP, Radii::KNEE, s)),
        path("clothes", seg(other_knee, other_ankle, Radii::KNEE, Radii::ANKLE, s)),
        foot(other_heel, other_toe, other_ankle, foot_length, s, "foot-shape", if p.two_feet { sole } else { &[] }),
    ]);
    // Standing on one foot, that foot is on the table's far side, beside the client: drawn behind
    // the client's body, a little up the table top's far edge (a depth cue), so that nobody reads it
    // as standing on the client. With both feet working, the other foot is on the back too.
    let (behind_client, beside) = if p.two_feet {
        (None, Some(Node::from(other_leg)))
    } else {
        let raised =
            el("g").class("standing-leg").attr("transform", format_args!("translate(0,-{FAR_EDGE_RISE_UNITS})"));
        (Some(Node::from(raised.child(other_leg))), None)
    };
    let far = el("g").class("figure figure--foot").attr("aria-hidden", true).child(far).kids(behind_client);
    let near = el("g").class("figure figure--foot").attr("aria-hidden", true).kids(beside);
    let near = near
        .child(path("clothes torso", torso(p.pelvis, p.shoulder, s, -1.0)))
        .kids(head(p.shoulder, p.head, s, -1.0))
        .kids([
            path("clothes", seg(p.pelvis, p.working_knee, Radii::HIP, Radii::KNEE, s)),
            path("clothes", seg(p.working_knee, p.working_ankle, Radii::KNEE, Radii::ANKLE, s)),
            foot(p.working_heel, p.working_toe, p.working_ankle, foot_length, s, "foot-shape", sole),
            path("clothes", seg(p.shoulder, p.elbows[0], Radii::SHOULDER, Radii::ELBOW, s)),
            path("skin", seg(p.elbows[0], p.hands[0], Radii::ELBOW, Radii::WRIST, s)),
            path("skin", circle(pt(p.hands[0]), 0.035 * s * U)),
        ]);
    (far, near)
}

/// How far up the far edge of the table top appears in the side views, drawing units (cm): the
/// standing foot stands there, behind the client (src/draw/figures/room.rs draws the edge).
pub const FAR_EDGE_RISE_UNITS: f64 = 3.0;

/// The hand therapist beside the table, in a bow stance, leaning in; the pressing hand (or
/// forearm) coloured where it meets the back. Drawn in front of the table, towards the viewer.
pub fn practitioner_beside_table(h: &HandPose, scale: f64, contact: Vec2, arm_tool: bool, colour: &str) -> El {
    let s = scale;
    // The front foot of the bow stance, a stride towards the client's head, knee bent.
    let stride = Vec2::new(-0.38 * s, 0.0);
    let front_ankle = h.ankle + stride;
    let (front_knee, _) = ashiatsu_model::pose::two_bone(h.pelvis, front_ankle, 0.44 * s, 0.42 * s, true);
    let foot_length = 0.25 * s;
    let heel_of = |ankle: Vec2| Vec2::new(ankle.x + 0.05 * s, 0.0);
    let toe_of = |ankle: Vec2| Vec2::new(ankle.x + 0.05 * s - foot_length, 0.0);
    // The forearm ends at the wrist, 70 % of the way to the hand's end; the hand lies on the back
    // with its fingers towards the client's head. With the forearm or elbow, the forearm lies
    // along the back and the hand rests beyond it.
    let finger_tips = |at: Vec2| Vec2::new(at.x - 0.08 * s, at.y + 0.012);
    let (wrist, palm, fingers) = if arm_tool {
        (h.hand, h.hand, finger_tips(h.hand))
    } else {
        (h.elbow + (h.hand - h.elbow) * 0.7, contact + Vec2::new(0.0, 0.02), finger_tips(contact))
    };
    let pressed = if arm_tool { contact } else { Vec2::new(contact.x, contact.y + 0.01) };
    let far = el("g").class("far").kids([
        path("clothes", seg(h.pelvis, front_knee, Radii::HIP, Radii::KNEE, s)),
        path("clothes", seg(front_knee, front_ankle, Radii::KNEE, Radii::ANKLE, s)),
        foot(heel_of(front_ankle), toe_of(front_ankle), front_ankle, foot_length, s, "foot-shape shoe", &[]),
    ]);
    el("g")
        .class("figure figure--hand")
        .attr("aria-hidden", true)
        .child(far)
        .kids([
            path("clothes", seg(h.pelvis, h.knee, Radii::HIP, Radii::KNEE, s)),
            path("clothes", seg(h.knee, h.ankle, Radii::KNEE, Radii::ANKLE, s)),
            foot(heel_of(h.ankle), toe_of(h.ankle), h.ankle, foot_length, s, "foot-shape shoe", &[]),
            path("clothes torso", torso(h.pelvis, h.shoulder, s, -1.0)),
        ])
        .kids(head(h.shoulder, h.head, s, -1.0))
        .kids([
            path("clothes", seg(h.shoulder, h.elbow, Radii::SHOULDER, Radii::ELBOW, s)),
            path("skin", seg(h.elbow, wrist, Radii::ELBOW, Radii::WRIST, s)),
            path("skin", seg(wrist, palm, Radii::WRIST, 0.024, s)),
            path("skin", seg(palm, fingers, 0.024, 0.014, s)),
            el("path")
                .class("pressed")
                .attr("d", circle(pt(pressed), 0.022 * s * U))
                .attr("style", format_args!("fill:{colour}"))
                .into(),
        ])
}
