//! The model against hand calculations and measured values (docs/model.md worked examples).

use ashiatsu_model::body::SPINE_CLEARANCE_M;
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

/// The heel's comfort limit by hand: the paraboloid (k = 1) heel's worst part is its central
/// fraction f = 2b ∕ (1 + b), whose mean is (2 − f) times the heel's; its threshold is that of
/// the part's own area, 205 kPa · (f A ∕ 2 cm²)^−b beyond Defrin's larger probe.
fn heel_limit_by_hand(area_m2: f64, b: f64) -> f64 {
    let f = 2.0 * b / (1.0 + b);
    205e3 * (f * area_m2 / 2e-4).powf(-b) / (2.0 - f)
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
    // 29.0 cm², b = 0.49: the worst part is the central 65.8 %, 19.1 cm², with a threshold of 67.9 kPa; it carries
    // 1.342 times the heel's mean, so the heel's limit is 50.6 kPa, and 66.0 kPa is over it.
    let limit = heel_limit_by_hand(area, 0.49);
    assert!((c.foot.readouts.comfort_limit_pa / limit - 1.0).abs() < 1e-6, "{}", c.foot.readouts.comfort_limit_pa);
    assert!((limit - 50.6e3).abs() < 0.2e3, "{limit}");
    assert!(c.foot.over_comfort(), "30 % of body weight through one heel is past a typical client's threshold");
    // One foot works, the other stands: the bars take a light grip, the standing foot the rest.
    let w = 65.0 * G;
    assert!((c.ashiatsu.bars_n - 0.05 * w).abs() < 1e-9);
    assert!((c.ashiatsu.standing_foot_n - (w - n - 0.05 * w)).abs() < 1e-9);
}

#[test]
fn at_the_default_compressions_peak_the_bars_hold_at_most_a_third_of_body_weight() {
    for mass in [40.0, 65.0, 100.0, 150.0] {
        let s = Settings { mass_kg: mass, ..settings(StrokeKind::Compression) };
        let c =
            Model::default().evaluate_forces(&s, Model::default().strokes.get(StrokeKind::Compression).peak_phase());
        let a = c.ashiatsu;
        assert!(a.bars_n <= a.weight_n / 3.0, "{mass} kg: {a:?}");
        assert!((a.working_foot_n + a.standing_foot_n + a.bars_n - a.weight_n).abs() < 1e-9 * a.weight_n);
    }
}

#[test]
fn equal_force_means_the_thumb_far_exceeds_its_comfort_limit() {
    let model = Model::default();
    let s = Settings { hand: HandTool::Thumb, ..settings(StrokeKind::Compression) };
    let c = model.evaluate(&s, 0.5);
    assert_eq!(c.hand.readouts.normal_force_n, c.foot.readouts.normal_force_n);
    // 191 N on the thumb's flattened pad, 2.5 cm² × (23.775 ∕ 26)² = 2.09 cm²: 915 kPa.
    assert!(
        (c.hand.readouts.mean_pressure_pa - 191.23 / 2.0904e-4).abs() < 1e3,
        "{}",
        c.hand.readouts.mean_pressure_pa
    );
    let over = |side: &Side| side.readouts.mean_pressure_pa / side.readouts.comfort_limit_pa;
    assert!(over(&c.hand) > 4.0 && over(&c.hand) > 3.0 * over(&c.foot), "{} vs {}", over(&c.hand), over(&c.foot));
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
    // Heavier work than leaning alone can give: 60 % of 65 kg at the compression's peak, leaning 25°.
    let s = Settings { load_fraction: 0.6, lean_rad: 25f64.to_radians(), ..settings(StrokeKind::Compression) };
    let c = Model::default().evaluate(&s, 0.5);
    let l = c.lean;
    let t = c.hand.tangential_ratio;
    let from_weight = 65.0 * G * l.centre_of_mass.x / (l.contact.x + l.contact.y * t);
    let n = c.hand.readouts.normal_force_n;
    assert!(from_weight < n);
    assert!((c.hand.readouts.gravity_share - from_weight / n).abs() < 1e-9);
    assert!((c.hand.muscle_n - (n - from_weight) * (1.0 + t * t).sqrt()).abs() < 1e-9);
    assert!((0.25..0.67).contains(&(from_weight / (65.0 * G))), "a quarter to two thirds of body weight");
    // Muscle can add only until the centre of pressure under the feet reaches the heels, 6 cm
    // (× 1.585 ∕ 1.65) behind the ankles: moments about the heels.
    let e = 0.06 * 1.585 / 1.65;
    let most = 65.0 * G * (l.centre_of_mass.x + e) / (l.contact.x + e + l.contact.y * t);
    assert!(n > most && c.hand.beyond_capacity, "382 N is more than the feet can hold: {most}");
}

#[test]
fn a_held_compression_is_taught_with_the_joints_stacked() {
    // Near vertical, the arm over the contact: most of the force is body weight.
    let s = settings(StrokeKind::Compression);
    assert!(s.lean_rad.to_degrees() <= 10.0);
    let c = Model::default().evaluate(&s, 0.5);
    assert_eq!(c.hand.readouts.gravity_share, 1.0, "30 % of body weight needs no muscle when stacked");
    assert!(c.lean.gravity_normal_per_weight(c.hand.tangential_ratio) > 0.5);
}

/// The most force a pad of `area_m2` and peakedness k takes at the threshold below 2 cm², by a
/// fine scan of its central parts (Defrin's power law through 406 kPa at 0.5 cm²).
fn small_pad_force_by_scan(area_m2: f64, k: f64) -> f64 {
    let b = (406.0f64 / 205.0).ln() / 4.0f64.ln();
    let worst = (1..=2000)
        .map(|j| {
            let f = j as f64 / 2000.0;
            (1.0 - (1.0 - f).powf(k + 1.0)) / f / (406e3 * (f * area_m2 / 0.5e-4).powf(-b))
        })
        .fold(0.0, f64::max);
    area_m2 / worst
}

#[test]
fn at_equal_comfort_small_tools_reach_the_measured_pressures() {
    let thumb = at_comfort(FootRegion::Heel, HandTool::Thumb, Client::Typical).hand;
    // The thumb has flattened into its pad (2.09 cm²): near Defrin's 205 kPa for a 2 cm² probe,
    // below Giesbrecht's 356 kPa for 1 cm²; about 4 kgf.
    let p = thumb.readouts.mean_pressure_pa;
    assert!((p / 205e3 - 1.0).abs() < 0.1 && p < 356e3, "{p}");
    assert!((thumb.readouts.normal_force_n / small_pad_force_by_scan(2.0904e-4, 0.5) - 1.0).abs() < 2e-3);
    assert!((30.0..50.0).contains(&thumb.readouts.normal_force_n), "{}", thumb.readouts.normal_force_n);
    // Fingertips: within the quartiles of deep friction massage, 100–408 kPa (Chaves et al. 2020).
    let fingers = at_comfort(FootRegion::Heel, HandTool::Fingers, Client::Typical).hand;
    let tip = fingers.patch.pads[0];
    assert!((100e3..=408e3).contains(&(tip.force_n / tip.loaded.area())), "{tip:?}");
}

#[test]
fn at_equal_comfort_the_elbow_presses_with_the_bone_inside_hertzs_range() {
    let elbow = at_comfort(FootRegion::Heel, HandTool::Elbow, Client::Typical).hand;
    // The olecranon's radius, 1.25 cm × 23.775 ∕ 26 = 1.143 cm: the contact stops at π R² = 4.10 cm².
    let bone = PI * (0.0125f64 * 0.23775 / 0.26).powi(2);
    assert!((elbow.readouts.contact_area_m2 / bone - 1.0).abs() < 1e-9, "{}", elbow.readouts.contact_area_m2);
    // Its limit: the Hertz profile (k = 0.5) over 4.10 cm², worst part by hand.
    let b = 0.49;
    let worst = (1..=2000)
        .map(|j| {
            let f = j as f64 / 2000.0;
            let ppt = if f * bone > 2e-4 {
                205e3 * (f * bone / 2e-4).powf(-b)
            } else {
                205e3 * (f * bone / 2e-4).powf(-0.4929)
            };
            (1.0 - (1.0 - f).powf(1.5)) / f / ppt
        })
        .fold(0.0, f64::max);
    assert!((elbow.readouts.normal_force_n / (bone / worst) - 1.0).abs() < 2e-3, "{}", elbow.readouts.normal_force_n);
    let forearm = at_comfort(FootRegion::Heel, HandTool::Forearm, Client::Typical).hand;
    let limit = heel_limit_by_hand(forearm.readouts.contact_area_m2, b);
    assert!((forearm.readouts.mean_pressure_pa / limit - 1.0).abs() < 1e-6, "the forearm is a paraboloid pad too");
}

#[test]
fn the_heel_to_thumb_ratio_is_what_the_fitted_summation_gives() {
    let c = at_comfort(FootRegion::Heel, HandTool::Thumb, Client::Typical);
    let (heel, thumb) = (c.foot.readouts, c.hand.readouts);
    assert!(
        (heel.normal_force_n / (heel_limit_by_hand(heel.contact_area_m2, 0.49) * heel.contact_area_m2) - 1.0).abs()
            < 1e-6
    );
    let ratio = heel.normal_force_n / thumb.normal_force_n;
    assert!((ratio - 145.3 / 41.0).abs() < 0.02, "{ratio}");
    // The range on screen: the exponent's ends, the areas' ends and the client band.
    let s = Settings {
        foot: FootRegion::Heel,
        hand: HandTool::Thumb,
        compare: CompareMode::Comfort,
        ..settings(StrokeKind::Compression)
    };
    let summary = Model::default().summary(&s);
    let r = summary.force_ratio;
    assert!((r.value - ratio).abs() < 1e-9 && r.low < ratio && ratio < r.high, "{r:?}");
    // By hand at the exponent's ends, the heel alone (same areas): 0.38 raises its limit, 0.53 lowers it.
    let at = |b: f64| heel_limit_by_hand(heel.contact_area_m2, b) / heel_limit_by_hand(heel.contact_area_m2, 0.49);
    assert!(r.high > ratio * at(0.38) * 0.95 && r.low < ratio * at(0.53), "{r:?} {} {}", at(0.38), at(0.53));
    assert!(r.low > 2.0 && r.high < 6.0, "{r:?}");
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
    assert!(effort.path_m > 0.25, "up the back and back down: {}", effort.path_m);
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
    assert!(!settings(StrokeKind::Effleurage).pair, "the default glide is one foot, one palm");
    assert!(!settings(StrokeKind::Compression).pair);
    assert!(Model::default().evaluate(&settings(StrokeKind::Petrissage), 0.2).hand_lifts, "the hand also lifts");
    assert!(!Model::default().evaluate(&settings(StrokeKind::Compression), 0.2).hand_lifts);
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
fn deeper_at_equal_comfort_the_heel_reaches_about_twice_the_thumbs_stress() {
    let c = at_comfort(FootRegion::Heel, HandTool::Thumb, Client::Typical);
    let (heel, thumb) = (c.foot.readouts.depth_stress_pa, c.hand.readouts.depth_stress_pa);
    assert!(heel > 1.5 * thumb, "3 cm deep: {heel} vs {thumb}");
    // Surface pressures say the opposite: the thumb presses harder at the skin.
    assert!(c.hand.readouts.mean_pressure_pa > c.foot.readouts.mean_pressure_pa);
    // Uniform discs of the same force and area (the disc formula on the axis) give the same picture.
    let disc = |force: f64, area: f64, z: f64| force / area * (1.0 - (1.0 + area / PI / (z * z)).powf(-1.5));
    let (fh, ah) = (c.foot.readouts.normal_force_n, c.foot.readouts.contact_area_m2);
    let (ft, at) = (c.hand.readouts.normal_force_n, c.hand.readouts.contact_area_m2);
    assert!(disc(fh, ah, 0.03) > 1.5 * disc(ft, at, 0.03));
    assert!((thumb / disc(ft, at, 0.03) - 1.0).abs() < 0.15, "{thumb} vs {}", disc(ft, at, 0.03));
}

#[test]
fn at_equal_force_the_small_contact_stresses_its_axis_more_at_every_depth() {
    let s = Settings { foot: FootRegion::Heel, hand: HandTool::Thumb, ..settings(StrokeKind::Compression) };
    let p = Model::default().summary(&s).profile;
    for (i, z) in p.depths_m.iter().enumerate() {
        assert!(p.hand.value[i] > p.foot.value[i], "{z} m: {} vs {}", p.hand.value[i], p.foot.value[i]);
    }
    assert_eq!(p.crossing_m, None);
    // At equal comfort the curves cross: the thumb stronger near the skin, the heel deeper.
    let comfort = Model::default().summary(&Settings { compare: CompareMode::Comfort, ..s }).profile;
    let cross = comfort.crossing_m.expect("the curves cross");
    assert!((0.005..0.03).contains(&cross), "{cross}");
}

#[test]
fn below_a_sole_the_strongest_stress_at_depth_lies_under_a_pad_not_the_arch() {
    // Effleurage's default sole at its fullest moment: heel and ball loaded, the arch lightly.
    let s = Settings { foot: FootRegion::Sole, ..settings(StrokeKind::Effleurage) };
    let c = Model::default().evaluate(&s, 0.325);
    let r = c.foot.readouts;
    assert!(r.depth_peak_pa > 3.0 * r.depth_stress_pa, "{} vs {}", r.depth_peak_pa, r.depth_stress_pa);
    // Bounds from closed forms for the pad that carries most: at least a uniform disc of its force
    // and area (a peaked profile concentrates the load towards the axis), at most all pads as
    // point loads on the axis.
    let z = s.depth_m;
    let pads = &c.foot.patch.pads;
    let main = pads.iter().max_by(|a, b| a.force_n.total_cmp(&b.force_n)).unwrap();
    let area = PI * main.loaded.semi_x * main.loaded.semi_y;
    let disc = main.force_n / area * (1.0 - (1.0 + area / PI / (z * z)).powf(-1.5));
    let points: f64 = pads
        .iter()
        .map(|p| {
            let d = p.loaded.centre - main.loaded.centre;
            let rr = d.x * d.x + d.y * d.y + z * z;
            3.0 * p.force_n * z.powi(3) / (2.0 * PI * rr.powf(2.5))
        })
        .sum();
    assert!(r.depth_peak_pa >= disc && r.depth_peak_pa <= points, "{disc} ≤ {} ≤ {points}", r.depth_peak_pa);
    // A single-pad contact's strongest reading is the one under its centre.
    let thumb = Model::default().evaluate(&Settings { hand: HandTool::Thumb, ..s }, 0.325).hand.readouts;
    assert!((thumb.depth_peak_pa / thumb.depth_stress_pa - 1.0).abs() < 1e-9);
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
