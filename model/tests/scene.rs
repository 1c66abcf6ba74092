//! The model against hand calculations.

use ashiatsu_model::comfort::pain_threshold_pa;
use ashiatsu_model::force::G;
use ashiatsu_model::{CompareMode, FootRegion, HandTool, Model, Settings, StrokeKind};

fn settings(stroke: StrokeKind) -> Settings {
    Settings::for_stroke(&Model::default().strokes, stroke)
}

#[test]
fn thirty_percent_of_65_kg_through_a_heel_at_the_peak_of_a_compression() {
    let model = Model::default();
    let s = Settings { foot: FootRegion::Heel, ..settings(StrokeKind::Compression) };
    let c = model.evaluate(&s, 0.5);
    let n = 0.30 * 65.0 * G; // 191.23 N
    assert!((c.foot.readouts.normal_force_n - n).abs() < 1e-9);
    assert_eq!(c.foot.readouts.gravity_share, 1.0, "all from body weight");
    assert_eq!(c.foot.readouts.shear_force_n, 0.0, "straight down, holding still");
    // 35 cm² heel, conformed to 1 − 0.75·e^(−191.23/52.5) of its outline.
    let area = 35e-4 * (0.25 + 0.75 * (1.0 - (-n / (15e3 * 35e-4)).exp()));
    assert!((c.foot.readouts.contact_area_m2 - area).abs() < 1e-12);
    assert!((c.foot.readouts.mean_pressure_pa - n / area).abs() < 1e-6);
    assert!(c.foot.readouts.peak_pressure_pa < c.foot.readouts.comfort_limit_pa, "a heel at 30 % is comfortable");
    // The rest of the weight: half on the standing foot, half on the bars.
    assert!((c.ashiatsu.bars_n - 0.35 * 65.0 * G).abs() < 1e-9);
}

#[test]
fn equal_force_means_the_thumb_far_exceeds_its_comfort_limit() {
    let model = Model::default();
    let s = Settings { hand: HandTool::Thumb, ..settings(StrokeKind::Compression) };
    let c = model.evaluate(&s, 0.5);
    assert_eq!(c.hand.readouts.normal_force_n, c.foot.readouts.normal_force_n);
    assert!(c.hand.readouts.mean_pressure_pa > 400e3, "191 N on a 2 cm² thumb pad");
    assert!(c.hand.over_comfort() && !c.foot.over_comfort());
    assert!(c.hand.readouts.gravity_share < 1.0 && c.hand.readouts.gravity_share > 0.0);
}

#[test]
fn the_hand_leans_in_at_an_angle_and_oiled_skin_lets_it_slip() {
    let model = Model::default();
    let c = model.evaluate(&settings(StrokeKind::Compression), 0.5);
    let n = c.hand.readouts.normal_force_n;
    let applied = n / 25f64.to_radians().cos();
    assert!((c.hand.applied_force_n - applied).abs() < 1e-9);
    assert!((c.hand.tangential_n - applied * 25f64.to_radians().sin()).abs() < 1e-9);
    // tan 25° ≈ 0.47 > μ = 0.15: friction holds only 0.15 N per newton pressing.
    assert!(c.hand.slips);
    assert!((c.hand.readouts.shear_force_n - 0.15 * n).abs() < 1e-9);
}

#[test]
fn at_equal_comfort_the_foot_delivers_several_times_the_force() {
    let model = Model::default();
    // Several times against the small tools; still more against the palm, which is capped by what
    // leaning plus muscle can sustain.
    for (foot, hand, at_least) in [
        (FootRegion::Heel, HandTool::Thumb, 3.0),
        (FootRegion::Heel, HandTool::Elbow, 3.0),
        (FootRegion::Sole, HandTool::Fingers, 3.0),
        (FootRegion::Sole, HandTool::Palm, 1.2),
    ] {
        let s = Settings { foot, hand, compare: CompareMode::Comfort, ..settings(StrokeKind::Compression) };
        let c = model.evaluate(&s, 0.5);
        let ratio = c.foot.readouts.normal_force_n / c.hand.readouts.normal_force_n;
        assert!(ratio > at_least, "{foot:?} vs {hand:?}: {ratio}");
        for side in [&c.foot, &c.hand] {
            assert!(side.readouts.peak_pressure_pa <= side.readouts.comfort_limit_pa * (1.0 + 1e-9));
        }
    }
}

#[test]
fn comfort_limit_is_the_threshold_for_the_loaded_area() {
    let c = Model::default().evaluate(&settings(StrokeKind::Effleurage), 0.3);
    for side in [&c.foot, &c.hand] {
        assert_eq!(side.readouts.comfort_limit_pa, pain_threshold_pa(side.readouts.contact_area_m2));
    }
}

#[test]
fn effleurage_glides_and_drags_at_the_friction_limit() {
    let c = Model::default().evaluate(&settings(StrokeKind::Effleurage), 0.3);
    assert!(c.foot.slides && !c.foot.slips);
    assert!((c.foot.readouts.shear_force_n - 0.15 * c.foot.readouts.normal_force_n).abs() < 1e-9);
    let effort = Model::default().cycle_effort(&settings(StrokeKind::Effleurage), 64);
    assert!(effort.path_m > 0.7, "up the back and back down: {}", effort.path_m);
    assert!(effort.foot_glide_work_j > 0.0);
    assert!(effort.hand_peak_joint_load_n > 0.0 && effort.hand_mean_muscle_n > 0.0);
}

#[test]
fn petrissage_rocks_heel_to_ball() {
    let model = Model::default();
    let s = settings(StrokeKind::Petrissage);
    let heel = model.evaluate(&s, 0.0);
    let ball = model.evaluate(&s, 0.25);
    assert!(heel.forefoot_share < 0.3 && ball.forefoot_share > 0.7);
    assert!(heel.foot.patch.pads[0].force_n > ball.foot.patch.pads[0].force_n);
    assert!(
        ball.foot_pose.working_heel.y > heel.foot_pose.working_heel.y,
        "the heel lifts as weight rolls onto the ball"
    );
}

#[test]
fn forearm_and_elbow_spare_the_hand_joints() {
    let model = Model::default();
    for (tool, spared) in
        [(HandTool::Forearm, true), (HandTool::Elbow, true), (HandTool::Thumb, false), (HandTool::Palm, false)]
    {
        let c = model.evaluate(&Settings { hand: tool, ..settings(StrokeKind::Compression) }, 0.5);
        assert_eq!(c.hand.hand_joint_load_n == 0.0, spared, "{tool:?}");
    }
}

#[test]
fn the_hand_works_on_the_other_side_of_the_spine() {
    let c = Model::default().evaluate(&settings(StrokeKind::Compression), 0.5);
    assert_eq!(c.foot.position.along, c.hand.position.along);
    assert_eq!(c.foot.position.lateral, -c.hand.position.lateral);
}
