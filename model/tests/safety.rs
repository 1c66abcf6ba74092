//! Cautions against independent checks: none at the defaults, the built-in strokes off the kidney
//! area, a heavy foot and a contact over the kidneys flagged (docs/model.md §11).

use ashiatsu_model::body::BackPoint;
use ashiatsu_model::safety::{force_in_kidney_area, Caution, Practitioner, HEAVY_FOOT_N, KIDNEY_AREA_LIGHT_N};
use ashiatsu_model::{CompareMode, FootRegion, HandTool, Model, Settings, StrokeKind, StrokeLibrary};

fn settings(model: &Model, stroke: StrokeKind) -> Settings {
    Settings::for_stroke(&model.strokes, stroke)
}

#[test]
fn no_caution_at_the_defaults_of_any_stroke() {
    let model = Model::default();
    for stroke in StrokeKind::ALL {
        assert_eq!(model.cautions(&settings(&model, *stroke)), vec![], "{stroke:?}");
    }
}

#[test]
fn the_built_in_strokes_keep_the_sole_off_the_kidney_area() {
    let model = Model::default();
    for stroke in StrokeKind::ALL {
        for foot in [FootRegion::Sole, FootRegion::Heel, FootRegion::Ball] {
            for (pair, length) in [(false, None), (true, None), (false, Some(0.32)), (true, Some(0.20))] {
                let s =
                    Settings { foot, pair, foot_length_m: length, load_fraction: 0.45, ..settings(&model, *stroke) };
                for i in 0..48 {
                    let c = model.evaluate_forces(&s, i as f64 / 48.0);
                    let f = force_in_kidney_area(&c.foot);
                    assert!(f <= KIDNEY_AREA_LIGHT_N, "{stroke:?} {foot:?} pair {pair} {length:?} at {i}/48: {f} N");
                }
            }
        }
    }
}

#[test]
fn a_very_heavy_foot_is_flagged_whatever_the_comfort_verdict() {
    let model = Model::default();
    // 60 % of 65 kg is 382 N, more than the 297 N of a CPR compression: flagged, comfortable or not.
    let s = Settings { load_fraction: 0.6, foot: FootRegion::Sole, ..settings(&model, StrokeKind::Compression) };
    let cautions = model.cautions(&s);
    assert!(
        matches!(cautions.as_slice(), [Caution::HeavyFoot { force_n }] if (*force_n - 0.6 * 65.0 * 9.80665).abs() < 1e-6),
        "{cautions:?}"
    );
    // A whole sole gliding at the client's comfort limit goes past it too: comfortable, and unsafe.
    let glide = Settings { compare: CompareMode::Comfort, ..settings(&model, StrokeKind::Effleurage) };
    assert!(matches!(model.cautions(&glide).as_slice(), [Caution::HeavyFoot { .. }]));
    let peak = model.evaluate(&glide, model.strokes.get(StrokeKind::Effleurage).peak_phase());
    assert!(!peak.foot.over_comfort() && peak.foot.readouts.normal_force_n > HEAVY_FOOT_N);
    // 45 % (287 N) is under it; two feet share the load, so 60 % on two feet is too.
    assert_eq!(model.cautions(&Settings { load_fraction: 0.45, ..s }), vec![]);
    assert_eq!(model.cautions(&Settings { pair: true, ..s }), vec![]);
}

/// The built-in compression moved over the lumbar region, 9.5 cm out: at the kidney area's edge.
fn over_the_kidneys() -> Model {
    let text = ashiatsu_model::stroke::BUILT_IN_STROKES
        .replace(r#""along": [[0, 0.4], [1, 0.4]]"#, r#""along": [[0, 0.72], [1, 0.72]]"#)
        .replace(r#""lateral": [[0, 0.05], [1, 0.05]]"#, r#""lateral": [[0, 0.095], [1, 0.095]]"#);
    Model::with_strokes(StrokeLibrary::from_json(&text).unwrap())
}

#[test]
fn a_contact_over_the_kidney_area_is_flagged_for_either_practitioner() {
    let model = over_the_kidneys();
    let s =
        Settings { hand: HandTool::Thumb, compare: CompareMode::Force, ..settings(&model, StrokeKind::Compression) };
    let cautions = model.cautions(&s);
    let who: Vec<_> = cautions
        .iter()
        .filter_map(|c| if let Caution::KidneyArea { who, .. } = c { Some(*who) } else { None })
        .collect();
    assert_eq!(who, vec![Practitioner::Foot, Practitioner::Hand], "{cautions:?}");
    // Centred on the area's outer edge, 9.5 cm out, the thumb and the heel put about half their force
    // inside it (a little more: the profile is symmetric, the inner half whole).
    let c = model.evaluate_forces(&s, 0.5);
    for side in [&c.hand, &c.foot] {
        let share = force_in_kidney_area(side) / side.readouts.normal_force_n;
        assert!((0.45..0.6).contains(&share), "{share}");
    }
}

#[test]
fn half_a_pad_on_the_edge_of_the_area_puts_half_its_force_there() {
    // A thumb centred on the area's inner edge, 2.5 cm out: the edge halves it by symmetry.
    let model = over_the_kidneys();
    let s = Settings { hand: HandTool::Thumb, ..settings(&model, StrokeKind::Compression) };
    let mut c = model.evaluate_forces(&s, 0.5);
    c.hand.position = BackPoint { along: c.hand.position.along, lateral: -0.025 };
    let half = force_in_kidney_area(&c.hand) / c.hand.readouts.normal_force_n;
    assert!((half - 0.5).abs() < 0.03, "{half}");
}
