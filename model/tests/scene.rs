//! The model against hand calculations and measured values (docs/model.md worked examples).

use ashiatsu_model::body::SPINE_CLEARANCE_M;
use ashiatsu_model::comfort::{pain_threshold_pa, summation_exponent, PPT_LARGE_PA};
use ashiatsu_model::force::{G, MU_OILED_SKIN};
use ashiatsu_model::practitioner::default_foot_length_m;
use ashiatsu_model::{Client, CompareMode, Comparison, FootRegion, HandTool, Model, Settings, Side, StrokeKind};
use std::f64::consts::PI;

fn settings(stroke: StrokeKind) -> Settings {
    Settings::for_stroke(&Model::default().strokes, stroke)
}

fn at_comfort(foot: FootRegion, hand: HandTool, client: Client) -> Comparison {
    let s = Settings { foot, hand, client, compare: CompareMode::Comfort, ..settings(StrokeKind::Compression) };
    Model::default().evaluate(&s, 0.5)
}

#[test]
fn thirty_percent_of_65_kg_through_a_heel_at_the_peak_of_a_compression() {
    let c = Model::default().evaluate(&settings(StrokeKind::Compression), 0.5);
    let n = 0.30 * 65.0 * G; // 191.23 N
    assert!((c.foot.readouts.normal_force_n - n).abs() < 1e-9);
    assert_eq!(c.foot.readouts.gravity_share, 1.0, "all from body weight");
    assert_eq!(c.foot.readouts.shear_force_n, 0.0, "straight down, holding still");
    // A 65 kg woman: stature 1.52 + 0.065 = 1.585 m, foot 0.150 × 1.585 = 23.775 cm, so the 35 cm²
    // heel of the 26 cm reference foot is 35 × (23.775/26)² = 29.27 cm², conformed to
    // 1 − 0.75·e^(−191.23/(15 kPa × 29.27 cm²)) of it.
    let outline = 35e-4 * (0.23775f64 / 0.26).powi(2);
    let area = outline * (0.25 + 0.75 * (1.0 - (-n / (15e3 * outline)).exp()));
    assert!((c.foot.readouts.contact_area_m2 - area).abs() < 1e-12);
    assert!((c.foot.readouts.mean_pressure_pa - n / area).abs() < 1e-6);
    // 29.0 cm²: 205 kPa · (29.0/2)^(−1/4) ≈ 105 kPa; the heel at 66 kPa is comfortable.
    let limit = 205e3 * (area / 2e-4).powf(-0.25);
    assert!((c.foot.readouts.comfort_limit_pa / limit - 1.0).abs() < 1e-9);
    assert!(!c.foot.over_comfort());
    // The standing foot carries as much as the working foot (a balanced stance); the bars the rest.
    assert!((c.ashiatsu.standing_foot_n - n).abs() < 1e-9);
    assert!((c.ashiatsu.bars_n - 0.40 * 65.0 * G).abs() < 1e-9);
}

#[test]
fn equal_force_means_the_thumb_far_exceeds_its_comfort_limit() {
    let model = Model::default();
    let s = Settings { hand: HandTool::Thumb, ..settings(StrokeKind::Compression) };
    let c = model.evaluate(&s, 0.5);
    assert_eq!(c.hand.readouts.normal_force_n, c.foot.readouts.normal_force_n);
    assert!(c.hand.readouts.mean_pressure_pa > 800e3, "191 N on a 1.7 cm² thumb pad");
    assert!(c.hand.over_comfort() && !c.foot.over_comfort());
}

#[test]
fn a_held_hand_holds_on_oiled_skin_at_every_lean() {
    let model = Model::default();
    for deg in [0.0f64, 5.0, 8.0, 15.0, 25.0, 45.0, 60.0] {
        let s = Settings { lean_rad: deg.to_radians(), ..settings(StrokeKind::Compression) };
        let c = model.evaluate(&s, 0.5);
        let n = c.hand.readouts.normal_force_n;
        assert!(!c.hand.slides, "{deg}°");
        // The push follows the arm as far as friction allows: tan φ = min(tan θ, μ).
        let t = deg.to_radians().tan().min(MU_OILED_SKIN);
        assert!((c.hand.readouts.shear_force_n - t * n).abs() < 1e-9, "{deg}°");
        assert!((c.hand.applied_force_n - n * (1.0 + t * t).sqrt()).abs() < 1e-9);
    }
}

#[test]
fn the_hand_gets_from_body_weight_what_moments_about_its_feet_allow() {
    // Heavier work than leaning alone can give: 60 % of 65 kg at the compression's peak.
    let s = Settings { load_fraction: 0.6, ..settings(StrokeKind::Compression) };
    let c = Model::default().evaluate(&s, 0.5);
    let l = c.lean;
    let t = c.hand.tangential_ratio;
    let from_weight = 65.0 * G * l.centre_of_mass.x / (l.contact.x + l.contact.y * t);
    let n = c.hand.readouts.normal_force_n;
    assert!(from_weight < n);
    assert!((c.hand.readouts.gravity_share - from_weight / n).abs() < 1e-9);
    assert!((c.hand.muscle_n - (n - from_weight) * (1.0 + t * t).sqrt()).abs() < 1e-9);
    assert!((0.25..0.6).contains(&(from_weight / (65.0 * G))), "a quarter to a half of body weight");
}

#[test]
fn at_equal_comfort_small_tools_reach_the_measured_pressures() {
    // Thumb: between Defrin's 205 kPa at 2 cm² and Giesbrecht's 356 kPa at 1 cm² (pain-free).
    let thumb = at_comfort(FootRegion::Heel, HandTool::Thumb, Client::Typical).hand;
    assert!((205e3..=356e3).contains(&thumb.readouts.mean_pressure_pa), "{:?}", thumb.readouts);
    assert!((25.0..60.0).contains(&thumb.readouts.normal_force_n), "about 3–5 kgf: {}", thumb.readouts.normal_force_n);
    // Fingertips: within the quartiles of deep friction massage, 100–408 kPa (Chaves et al. 2020).
    let fingers = at_comfort(FootRegion::Heel, HandTool::Fingers, Client::Typical).hand;
    let tip = fingers.patch.pads[0];
    assert!((100e3..=408e3).contains(&(tip.force_n / tip.loaded.area())), "{tip:?}");
}

#[test]
fn at_equal_comfort_elbow_and_forearm_reach_the_forces_practitioners_use() {
    // Practitioners work elbows and forearms at tens of kilogram-force; one measured 245 N (55 lb)
    // as her elbow's most.
    let elbow = |client| at_comfort(FootRegion::Heel, HandTool::Elbow, client).hand.readouts.normal_force_n;
    assert!((80.0..200.0).contains(&elbow(Client::Typical)), "{}", elbow(Client::Typical));
    assert!(elbow(Client::Tolerant) <= 250.0 && elbow(Client::Tolerant) > 1.3 * elbow(Client::Typical));
    let forearm = at_comfort(FootRegion::Heel, HandTool::Forearm, Client::Typical).hand.readouts.normal_force_n;
    assert!((150.0..450.0).contains(&forearm), "{forearm}");
}

#[test]
fn the_heel_to_thumb_ratio_lies_within_what_spatial_summation_allows() {
    let c = at_comfort(FootRegion::Heel, HandTool::Thumb, Client::Typical);
    let ratio = c.foot.readouts.normal_force_n / c.hand.readouts.normal_force_n;
    let (heel_area, thumb_area) = (c.foot.readouts.contact_area_m2, c.hand.readouts.contact_area_m2);
    let thumb_force = pain_threshold_pa(thumb_area, Client::Typical) * thumb_area;
    // No summation beyond 2 cm² at one end; Defrin's slope carried on to the heel at the other.
    let most = PPT_LARGE_PA * heel_area / thumb_force;
    let least = 406e3 * (heel_area / 0.5e-4).powf(-summation_exponent()) * heel_area / thumb_force;
    assert!(ratio > least && ratio < most, "{least} < {ratio} < {most}");
    assert!(ratio > 5.0, "several times: {ratio}");
}

#[test]
fn the_comfort_band_runs_from_sensitive_to_tolerant_clients() {
    let model = Model::default();
    for client in [Client::Sensitive, Client::Typical, Client::Tolerant] {
        let s = Settings { client, ..settings(StrokeKind::Petrissage) };
        let c = model.evaluate(&s, 0.3);
        for side in [&c.foot, &c.hand] {
            let r = side.readouts;
            assert!(r.comfort_limit_low_pa < r.comfort_limit_high_pa);
            assert!(r.comfort_limit_low_pa <= r.comfort_limit_pa && r.comfort_limit_pa <= r.comfort_limit_high_pa);
            match client {
                Client::Sensitive => assert_eq!(r.comfort_limit_pa, r.comfort_limit_low_pa),
                Client::Tolerant => assert_eq!(r.comfort_limit_pa, r.comfort_limit_high_pa),
                // Log-normal, SD 45 % of the mean: the 84th over the 16th percentile is e^(2σ), σ² = ln 1.2025.
                Client::Typical => {
                    let expected = (2.0 * 1.2025f64.ln().sqrt()).exp();
                    assert!((r.comfort_limit_high_pa / r.comfort_limit_low_pa / expected - 1.0).abs() < 1e-9);
                }
            }
        }
    }
}

fn pads_clear_the_spine(side: &Side) -> bool {
    let cop = side.patch.centre_of_pressure();
    side.patch.pads.iter().all(|p| {
        let inner = side.position.lateral.abs() + (p.outline.centre.y - p.outline.semi_y - cop.y);
        inner >= SPINE_CLEARANCE_M - 1e-9
    })
}

#[test]
fn no_contact_loads_the_spinous_processes_in_any_stroke() {
    let model = Model::default();
    for stroke in StrokeKind::ALL {
        for foot in FootRegion::ALL {
            for hand in [HandTool::Palm, HandTool::Fist, HandTool::Fingers, HandTool::Forearm] {
                for (pair, length) in [(false, None), (true, Some(0.32)), (false, Some(0.20))] {
                    let s = Settings { foot: *foot, hand, pair, foot_length_m: length, ..settings(*stroke) };
                    for i in 0..48 {
                        let c = model.evaluate(&s, i as f64 / 48.0);
                        assert!(pads_clear_the_spine(&c.foot), "{stroke:?} {foot:?} pair {pair} at {i}/48");
                        assert!(pads_clear_the_spine(&c.hand), "{stroke:?} {hand:?} pair {pair} at {i}/48");
                    }
                }
            }
        }
    }
}

#[test]
fn the_built_in_strokes_keep_their_defaults_in_the_lanes_unmoved() {
    let model = Model::default();
    for stroke in StrokeKind::ALL {
        for i in 0..48 {
            let c = model.evaluate(&settings(*stroke), i as f64 / 48.0);
            assert_eq!(c.foot.lane_shift_m, 0.0, "{stroke:?} at {i}/48");
        }
    }
}

#[test]
fn two_contacts_add_forces_and_areas_and_share_pressures() {
    let model = Model::default();
    let one = model.evaluate(&Settings { pair: false, ..settings(StrokeKind::Effleurage) }, 0.3);
    let two = model.evaluate(&Settings { pair: true, ..settings(StrokeKind::Effleurage) }, 0.3);
    assert_eq!(one.foot.readouts.normal_force_n, two.foot.readouts.normal_force_n, "the same total");
    for side in [&two.foot, &two.hand] {
        assert_eq!(side.contacts, 2);
        assert!((side.patch.normal_force_n * 2.0 - side.readouts.normal_force_n).abs() < 1e-9);
        assert!((side.patch.area_m2 * 2.0 - side.readouts.contact_area_m2).abs() < 1e-12);
        assert_eq!(side.patch.mean_pa, side.readouts.mean_pressure_pa);
    }
    assert!(two.foot.readouts.mean_pressure_pa < one.foot.readouts.mean_pressure_pa);
    assert_eq!(two.ashiatsu.standing_foot_n, 0.0, "both feet on the client");
}

#[test]
fn effleurage_glides_and_drags_at_the_friction_limit() {
    let c = Model::default().evaluate(&settings(StrokeKind::Effleurage), 0.3);
    assert!(c.foot.slides && c.hand.slides);
    assert_eq!(c.motion, -1.0, "up the back towards the head");
    assert!((c.foot.readouts.shear_force_n - 0.15 * c.foot.readouts.normal_force_n).abs() < 1e-9);
    // The hand glides away from its therapist: the drag pushes the therapist back.
    assert!((c.hand.tangential_ratio - 0.15).abs() < 1e-12);
    let effort = Model::default().cycle_effort(&settings(StrokeKind::Effleurage), 64);
    assert!(effort.path_m > 0.7, "up the back and back down: {}", effort.path_m);
    assert!(effort.foot_glide_work_j > 0.0);
    assert!(effort.hand_peak_joint_load_n > 0.0);
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
fn the_fair_pairings_are_the_defaults() {
    assert_eq!(settings(StrokeKind::Petrissage).hand, HandTool::Palm, "hand petrissage kneads with the palm");
    assert!(settings(StrokeKind::Effleurage).pair, "effleurage with two palms and two feet");
    assert!(!settings(StrokeKind::Compression).pair);
}

#[test]
fn the_default_foot_belongs_to_the_default_practitioner() {
    let s = settings(StrokeKind::Compression);
    assert_eq!(s.foot_length(), default_foot_length_m(65.0));
    let big = Settings { foot_length_m: Some(0.30), ..s };
    let (a, b) = (Model::default().evaluate(&s, 0.5), Model::default().evaluate(&big, 0.5));
    let outline = |c: &Comparison| c.foot.patch.pads[0].outline.area();
    assert!((outline(&b) / outline(&a) - (0.30 / s.foot_length()).powi(2)).abs() < 1e-9);
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
    assert!(c.foot.position.lateral > 0.0 && c.hand.position.lateral < 0.0);
}

#[test]
fn deeper_at_equal_comfort_the_heel_reaches_several_times_the_thumbs_stress() {
    let c = at_comfort(FootRegion::Heel, HandTool::Thumb, Client::Typical);
    let (heel, thumb) = (c.foot.readouts.depth_stress_pa, c.hand.readouts.depth_stress_pa);
    assert!(heel > 3.0 * thumb, "3 cm deep: {heel} vs {thumb}");
    // Surface pressures say the opposite: the thumb presses harder at the skin.
    assert!(c.hand.readouts.mean_pressure_pa > c.foot.readouts.mean_pressure_pa);
}

#[test]
fn deep_below_a_thumb_the_stress_is_a_point_loads() {
    let s = Settings { hand: HandTool::Thumb, depth_m: 0.10, ..settings(StrokeKind::Compression) };
    let c = Model::default().evaluate(&s, 0.5);
    let f = c.hand.readouts.normal_force_n;
    let far = 3.0 * f / (2.0 * PI * 0.10f64.powi(2));
    assert!((c.hand.readouts.depth_stress_pa / far - 1.0).abs() < 0.05);
}

#[test]
fn depth_stress_never_exceeds_the_surface_peak() {
    let model = Model::default();
    for stroke in StrokeKind::ALL {
        for depth in [0.005, 0.01, 0.03, 0.1] {
            let c = model.evaluate(&Settings { depth_m: depth, ..settings(*stroke) }, 0.4);
            for side in [&c.foot, &c.hand] {
                assert!(side.readouts.depth_stress_pa <= side.readouts.peak_pressure_pa * (1.0 + 1e-9));
                assert!(side.section.as_ref().unwrap().max_pa() <= side.readouts.peak_pressure_pa * 1.01);
            }
        }
    }
}
