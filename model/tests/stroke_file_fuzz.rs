//! Structure-aware fuzzing of the stroke file: random text almost never gets past the JSON parser,
//! so these tests take the real file and damage one part of it at a time (a value replaced by a
//! hostile one, a field removed, an array emptied or grown). Whatever the damage, reading the file
//! must not panic; it either fails with an error that names where, or gives strokes the model can
//! evaluate to finite numbers at every phase.

use ashiatsu_model::stroke::{StrokeError, BUILT_IN_STROKES};
use ashiatsu_model::{Model, Settings, StrokeKind, StrokeLibrary};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Every place in a JSON document, as a path of object keys and array indices.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn paths(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                here.push(Step::Key(k.clone()));
                paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(Step::Index(i));
                paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

/// What a careless or hostile editor might put in place of a value.
fn hostile_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!(-1)),
        Just(json!(0)),
        Just(json!(-0.0)),
        Just(json!(1.0e308)),
        Just(json!(-1.0e308)),
        Just(json!(5e-324)),
        Just(json!(u64::MAX)),
        Just(json!("NaN")),
        Just(json!("")),
        Just(json!("<script>alert(1)</script>")),
        Just(json!([])),
        Just(json!([[]])),
        Just(json!([[0.5]])),
        Just(json!([[0.5, 1, 2]])),
        Just(json!([[1.5, 0.5], [-0.5, 0.5]])),
        Just(json!([[0.0, 0.0], [0.0, 1.0]])),
        Just(json!({})),
        any::<f64>().prop_filter("JSON has no NaN or infinity", |x| x.is_finite()).prop_map(|x| json!(x)),
        "[a-z_]{0,12}".prop_map(Value::String),
    ]
}

/// One kind of damage to the document at the chosen place.
#[derive(Clone, Debug)]
enum Damage {
    Replace(Value),
    Remove,
    Duplicate,
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        6 => hostile_value().prop_map(Damage::Replace),
        2 => Just(Damage::Remove),
        1 => Just(Damage::Duplicate),
    ]
}

fn apply(doc: &mut Value, path: &[Step], damage: &Damage) {
    match damage {
        Damage::Replace(v) => *at(doc, path) = v.clone(),
        Damage::Remove | Damage::Duplicate => {
            let Some((last, parent_path)) = path.split_last() else {
                *doc = Value::Null;
                return;
            };
            let parent = at(doc, parent_path);
            match (last, parent, damage) {
                (Step::Key(k), Value::Object(map), Damage::Remove) => {
                    map.remove(k);
                }
                (Step::Index(i), Value::Array(items), Damage::Remove) => {
                    items.remove(*i);
                }
                (Step::Index(i), Value::Array(items), Damage::Duplicate) => {
                    let copy = items[*i].clone();
                    items.insert(*i, copy);
                }
                (Step::Key(k), Value::Object(map), Damage::Duplicate) => {
                    let copy = map[k].clone();
                    map.insert(format!("{k}_copy"), copy);
                }
                _ => {}
            }
        }
    }
}

fn original() -> Value {
    serde_json::from_str(BUILT_IN_STROKES).expect("the built-in file is JSON")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn a_damaged_stroke_file_is_refused_by_name_or_evaluates_to_finite_numbers(
        picks in prop::collection::vec((any::<prop::sample::Index>(), damage()), 1..4),
        phase in 0.0f64..1.0,
    ) {
        let mut doc = original();
        for (pick, damage) in &picks {
            let mut all = Vec::new();
            paths(&doc, &mut Vec::new(), &mut all);
            let path = pick.get(&all).clone();
            apply(&mut doc, &path, damage);
        }
        let text = serde_json::to_string(&doc).expect("serialises");
        match StrokeLibrary::from_json(&text) {
            Err(StrokeError::Parse(message)) => prop_assert!(!message.is_empty()),
            Err(StrokeError::Field { field, message }) => {
                prop_assert!(field.starts_with("strokes"), "{field}");
                prop_assert!(!message.is_empty());
            }
            Ok(strokes) => {
                let model = Model::with_strokes(strokes);
                for kind in StrokeKind::ALL {
                    let settings = Settings::for_stroke(&model.strokes, *kind);
                    for p in [0.0, phase, 0.999_999] {
                        let c = model.evaluate(&settings, p);
                        for side in [&c.foot, &c.hand] {
                            let r = &side.readouts;
                            for v in [r.normal_force_n, r.shear_force_n, r.contact_area_m2, r.mean_pressure_pa, r.peak_pressure_pa, r.comfort_limit_pa, r.gravity_share] {
                                prop_assert!(v.is_finite() && v >= 0.0, "{kind:?} at {p}: {r:?}");
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_damage_is_real_some_files_are_refused_by_field() {
    // A known damage, so the test above is seen to reach the validation and not only the parser.
    let mut doc = original();
    doc["strokes"][0]["cycle_s"] = json!(1.0e308);
    match StrokeLibrary::from_json(&doc.to_string()) {
        Err(StrokeError::Field { field, .. }) => assert_eq!(field, "strokes[0].cycle_s"),
        other => panic!("expected a field error, got {other:?}"),
    }
}
