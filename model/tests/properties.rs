//! Properties over every input's whole range.

use ashiatsu_model::force::MU_OILED_SKIN;
use ashiatsu_model::{Client, CompareMode, FootRegion, HandTool, Model, Settings, StrokeKind};
use proptest::prelude::*;
use std::sync::OnceLock;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(Model::default)
}

fn any_settings() -> impl Strategy<Value = Settings> {
    (
        (
            prop::sample::select(StrokeKind::ALL),
            prop::sample::select(FootRegion::ALL),
            prop::sample::select(HandTool::ALL),
            40.0..=150.0f64,
            0.0..=1.0f64,
            0.0..=60f64.to_radians(),
            prop::sample::select(CompareMode::ALL),
        ),
        (prop::sample::select(Client::ALL), any::<bool>(), prop::option::of(0.20..=0.32f64), 0.005..=0.10f64),
    )
        .prop_map(
            |(
                (stroke, foot, hand, mass_kg, load_fraction, lean_rad, compare),
                (client, pair, foot_length_m, depth_m),
            )| {
                Settings {
                    stroke,
                    foot,
                    hand,
                    mass_kg,
                    load_fraction,
                    lean_rad,
                    compare,
                    client,
                    pair,
                    foot_length_m,
                    depth_m,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn outputs_are_finite_and_consistent(s in any_settings(), phase in -2.0..3.0f64) {
        let c = model().evaluate(&s, phase);
        prop_assert!((0.0..1.0).contains(&c.phase));
        for side in [&c.foot, &c.hand] {
            let r = side.readouts;
            for v in [r.normal_force_n, r.shear_force_n, r.contact_area_m2, r.mean_pressure_pa,
                      r.peak_pressure_pa, r.comfort_limit_pa, r.comfort_limit_low_pa, r.comfort_limit_high_pa,
                      r.gravity_share, r.depth_stress_pa, r.depth_peak_pa] {
                prop_assert!(v.is_finite() && v >= 0.0, "{r:?}");
            }
            prop_assert!(r.comfort_limit_low_pa <= r.comfort_limit_pa && r.comfort_limit_pa <= r.comfort_limit_high_pa);
            prop_assert!(r.depth_stress_pa <= r.peak_pressure_pa * (1.0 + 1e-9) + 1e-9);
            prop_assert!(r.depth_stress_pa <= r.depth_peak_pa && r.depth_peak_pa <= r.peak_pressure_pa * (1.0 + 1e-9) + 1e-9);
            prop_assert!(r.gravity_share <= 1.0);
            prop_assert!(r.peak_pressure_pa >= r.mean_pressure_pa * (1.0 - 1e-9));
            prop_assert!(r.contact_area_m2 > 0.0);
            prop_assert!((r.mean_pressure_pa - r.normal_force_n / r.contact_area_m2).abs() <= 1e-6 * r.mean_pressure_pa.max(1.0));
            if r.normal_force_n > 1e-6 {
                let integral = side.patch.grid.integral_n() * side.contacts as f64;
                prop_assert!((integral / r.normal_force_n - 1.0).abs() < 0.01, "grid {integral} vs {}", r.normal_force_n);
            }
        }
    }

    #[test]
    fn a_held_contact_never_takes_more_along_the_skin_than_friction_holds(s in any_settings(), phase in -1.0..2.0f64) {
        let c = model().evaluate(&s, phase);
        for side in [&c.foot, &c.hand] {
            let r = side.readouts;
            prop_assert!(r.shear_force_n <= MU_OILED_SKIN * r.normal_force_n * (1.0 + 1e-12) + 1e-12, "{r:?}");
            if !side.slides {
                prop_assert!(side.tangential_ratio.abs() <= MU_OILED_SKIN + 1e-12);
            }
        }
    }

    #[test]
    fn body_weight_is_conserved(s in any_settings(), phase in 0.0..1.0f64) {
        let a = model().evaluate(&s, phase).ashiatsu;
        prop_assert!((a.working_foot_n + a.standing_foot_n + a.bars_n - a.weight_n).abs() < 1e-9 * a.weight_n);
        prop_assert!(a.working_foot_n <= a.weight_n * (1.0 + 1e-12));
    }

    #[test]
    fn force_rises_with_mass_and_load(s in any_settings(), phase in 0.0..1.0f64, dm in 0.0..50.0f64, dl in 0.0..0.5f64) {
        let s = Settings { compare: CompareMode::Force, ..s };
        let more = Settings { mass_kg: (s.mass_kg + dm).min(150.0), load_fraction: (s.load_fraction + dl).min(1.0), ..s };
        let (a, b) = (model().evaluate(&s, phase), model().evaluate(&more, phase));
        prop_assert!(b.foot.readouts.normal_force_n >= a.foot.readouts.normal_force_n);
        prop_assert!(b.foot.readouts.peak_pressure_pa >= a.foot.readouts.peak_pressure_pa * (1.0 - 1e-9));
        prop_assert!(b.hand.readouts.mean_pressure_pa >= a.hand.readouts.mean_pressure_pa * (1.0 - 1e-9));
    }

    #[test]
    fn comfort_mode_never_exceeds_its_limit(s in any_settings(), phase in 0.0..1.0f64) {
        let c = model().evaluate(&Settings { compare: CompareMode::Comfort, ..s }, phase);
        for side in [&c.foot, &c.hand] {
            prop_assert!(!side.over_comfort(), "{:?}", side.readouts);
            for pad in &side.patch.pads {
                let area = pad.loaded.area();
                let threshold = ashiatsu_model::comfort::pain_threshold_pa(area, s.client);
                prop_assert!(pad.force_n / area <= threshold * (1.0 + 1e-6), "every pad within its own threshold");
            }
        }
    }

    #[test]
    fn at_the_comfort_limit_no_part_of_any_contact_is_over_its_own_threshold(
        s in any_settings(), phase in 0.0..1.0f64, exponent in 0.38..=0.53f64,
    ) {
        // The model's own search at any exponent in the fitted range, checked from outside: each
        // pad's pressure sampled from its profile on rings, the central part of each size
        // integrated, against the threshold for that part's area.
        let mut m = model().clone();
        m.assumptions.large_exponent = exponent;
        let c = m.evaluate_forces(&Settings { compare: CompareMode::Comfort, ..s }, phase);
        let law = ashiatsu_model::comfort::PainLaw { client: s.client, large_exponent: exponent };
        for side in [&c.foot, &c.hand] {
            for pad in &side.patch.pads {
                let area = pad.loaded.area();
                let rings = 400;
                let ring = |i: usize| {
                    let rho = (i as f64 + 0.5) / rings as f64;
                    pad.pressure_at(pad.loaded.centre + ashiatsu_model::geometry::Vec2::new(rho * pad.loaded.semi_x, 0.0)) * rho
                };
                let whole: f64 = (0..rings).map(ring).sum();
                if whole <= 0.0 { continue; }
                let mut part = 0.0;
                for i in 0..rings {
                    part += ring(i);
                    let f = ((i + 1) as f64 / rings as f64).powi(2);
                    let mean = pad.force_n * (part / whole) / (f * area);
                    prop_assert!(mean <= law.threshold_pa(f * area) * (1.0 + 5e-3),
                        "{:?} {:?}: the central {f:.3} at {mean} over {}", s.foot, s.hand, law.threshold_pa(f * area));
                }
            }
        }
    }

    #[test]
    fn zero_load_gives_zero_pressure(s in any_settings(), phase in 0.0..1.0f64) {
        let c = model().evaluate(&Settings { load_fraction: 0.0, compare: CompareMode::Force, ..s }, phase);
        for side in [&c.foot, &c.hand] {
            prop_assert_eq!(side.readouts.normal_force_n, 0.0);
            prop_assert_eq!(side.readouts.mean_pressure_pa, 0.0);
            prop_assert_eq!(side.readouts.peak_pressure_pa, 0.0);
        }
    }

    #[test]
    fn out_of_range_numbers_are_clamped_not_propagated(mass in prop::num::f64::ANY, load in prop::num::f64::ANY, lean in prop::num::f64::ANY, phase in prop::num::f64::ANY) {
        let s = Settings { mass_kg: mass, load_fraction: load, lean_rad: lean, foot_length_m: Some(mass), depth_m: lean, ..Settings::for_stroke(&model().strokes, StrokeKind::Effleurage) };
        let c = model().evaluate(&s, phase);
        prop_assert!(c.foot.readouts.normal_force_n.is_finite() && c.hand.readouts.peak_pressure_pa.is_finite());
        prop_assert!(c.foot.readouts.depth_stress_pa.is_finite() && c.hand.readouts.comfort_limit_pa.is_finite());
        prop_assert!(c.foot_pose.pelvis.x.is_finite() && c.hand_pose.elbow.y.is_finite());
    }

    #[test]
    fn stroke_data_never_panics(text in ".{0,200}") {
        let _ = ashiatsu_model::StrokeLibrary::from_json(&text);
    }
}
