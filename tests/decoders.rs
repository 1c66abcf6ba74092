//! Every decoder of outside input, fed anything: URL parameters, saved settings, lesson scenes
//! and translation files. None may panic, and what they accept must be usable.
#![cfg(not(target_arch = "wasm32"))]

use ashiatsu::i18n;
use ashiatsu::setup::{params, scenes, storage, url};
use proptest::prelude::*;

/// Strings built from the pieces hostile input is made of.
fn hostile() -> impl Strategy<Value = String> {
    // The keys of the address come from its table (src/setup/params.rs), so a new key is fuzzed too.
    let keys = params::PARAMS.iter().map(|p| p.key);
    let junk = [
        "=",
        "&",
        "%",
        "%2",
        "%zz",
        "%00",
        "%ff",
        "+",
        "#",
        "scene-",
        "1e308",
        "-1e308",
        "NaN",
        "inf",
        "-0",
        "0.5",
        "9999999999999999999",
        "javascript:alert(1)",
        "https://",
        "https://a.example/x",
        "<script>",
        "\"",
        "'",
        "onerror=",
        "#fff",
        "#12345g",
        "\u{0}",
        "é",
        "🦶",
        "{",
        "}",
        "[",
        "]",
        "\"v\":1",
        "\"query\":",
        ",",
        ":",
    ];
    let pieces = prop::sample::select(keys.chain(junk).collect::<Vec<_>>());
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn url_parse_never_panics_and_yields_valid_values(q in hostile(), h in hostile(), any in ".{0,300}") {
        for (query, hash) in [(q.as_str(), h.as_str()), (any.as_str(), any.as_str())] {
            let (c, warnings) = url::parse(query, hash);
            let st = c.settings;
            prop_assert!(st.mass_kg.is_finite() && (40.0..=150.0).contains(&st.mass_kg));
            prop_assert!((0.0..=1.0).contains(&st.load_fraction));
            prop_assert!((0.0..=60f64.to_radians()).contains(&st.lean_rad));
            prop_assert!(st.foot_length_m.is_none_or(|m| (0.2..=0.32).contains(&m)));
            prop_assert!((0.005..=0.1).contains(&st.depth_m));
            prop_assert!((0.0..=1.0).contains(&c.phase));
            prop_assert!(url::SPEEDS.contains(&c.speed));
            if let Some(b) = &c.place.book {
                prop_assert!(b.starts_with("https://") && url::valid_booking_url(b));
            }
            if let Some(a) = &c.place.accent {
                prop_assert!(url::valid_colour(a));
            }
            for w in &warnings {
                prop_assert!(w.key.chars().count() <= 41 && w.value.chars().count() <= 41);
            }
            // Whatever was accepted writes back to a link that reads back the same.
            let written = url::write(&c);
            let (q2, h2) = written.split_once('#').unwrap_or((&written, ""));
            let (again, w2) = url::parse(q2, h2);
            prop_assert!(w2.is_empty(), "{written}: {w2:?}");
            prop_assert_eq!(again, c);
        }
    }

    #[test]
    fn saved_settings_never_panic(text in hostile(), any in ".{0,300}") {
        for t in [text, any] {
            let (c, _) = storage::decode(&t);
            prop_assert!(c.place.book.is_none() && c.place.accent.is_none());
            prop_assert!(c.settings.mass_kg.is_finite());
        }
    }

    #[test]
    fn scene_files_never_panic(text in hostile(), any in ".{0,300}") {
        let _ = scenes::parse(&text);
        let _ = scenes::parse(&any);
        let wrapped = format!("{{\"scenes\":[{{\"id\":\"a\",\"focus\":\"myth\",\"settings\":\"{}\"}}]}}", text.replace(['"', '\\'], ""));
        let _ = scenes::parse(&wrapped);
    }

    /// The real lesson file with one scene's field changed to something hostile, or removed: it
    /// is refused with an error that names a field, or every scene it gives is usable.
    #[test]
    fn damaged_scene_files_are_refused_by_name_or_usable(
        scene in any::<prop::sample::Index>(),
        field in prop::sample::select(vec!["id", "focus", "settings", "extra"]),
        value in prop_oneof![
            hostile().prop_map(serde_json::Value::String),
            Just(serde_json::Value::Null),
            Just(serde_json::json!(1e308)),
            Just(serde_json::json!([])),
            Just(serde_json::json!({})),
        ],
        remove in any::<bool>(),
    ) {
        let mut doc: serde_json::Value = serde_json::from_str(scenes::BUILT_IN).unwrap();
        let list = doc["scenes"].as_array_mut().unwrap();
        let i = scene.index(list.len());
        let object = list[i].as_object_mut().unwrap();
        if remove { object.remove(field); } else { object.insert(field.to_string(), value); }
        match scenes::parse(&doc.to_string()) {
            Err(e) => prop_assert!(e.field.starts_with("scenes") && !e.message.is_empty(), "{e:?}"),
            Ok(list) => {
                for s in list {
                    prop_assert!(scenes::Focus::names().any(|name| scenes::Focus::from_name(name) == Some(s.focus)));
                    prop_assert!(s.config.settings.mass_kg.is_finite() && (0.0..=1.0).contains(&s.config.settings.load_fraction));
                }
            }
        }
    }

    #[test]
    fn translation_files_never_panic(any in "(.{0,40}\n){0,10}") {
        if let Ok(entries) = i18n::parse(&any) {
            for (key, text) in entries {
                prop_assert!(!key.is_empty());
                let _ = i18n::placeables(&text);
            }
        }
    }
}

/// Any place an embedder can ask for: a view, a colour profile, a booking page, a brand colour
/// and a consultation timeout.
fn any_place() -> impl Strategy<Value = url::Place> {
    (
        prop::sample::select(url::ViewMode::ALL.to_vec()),
        prop::sample::select(url::ColorProfile::ALL.to_vec()),
        prop::option::of("[a-z0-9]{1,12}(\\.[a-z]{2,6}){1,2}(/[A-Za-z0-9_~=?&%.-]{0,30})?"),
        prop::option::of(prop_oneof!["#[0-9a-fA-F]{3}", "#[0-9a-fA-F]{6}"]),
        prop::option::of(5u32..=1200u32),
    )
        .prop_map(|(view, color_profile, host, accent, idle_tenths)| url::Place {
            view,
            color_profile,
            book: host.map(|h| format!("https://{h}")),
            accent,
            idle_s: idle_tenths.map(|t| f64::from(t) / 10.0 * 60.0),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// A place written into a link reads back as the same place, without a notice; saved settings
    /// never carry it (it belongs to the page that embeds the app), so they give the default back.
    #[test]
    fn a_place_round_trips_through_a_link_and_never_into_saved_settings(place in any_place()) {
        let config = url::Config { place: place.clone(), ..url::Config::default() };
        let written = url::write(&config);
        let (query, hash) = written.split_once('#').unwrap_or((&written, ""));
        let (read, warnings) = url::parse(query.trim_start_matches('?'), hash);
        prop_assert!(warnings.is_empty(), "{written}: {warnings:?}");
        // Colours come back in the one spelling the stylesheet is given: lower case.
        let expected = url::Place { accent: place.accent.as_ref().map(|a| a.to_ascii_lowercase()), ..place };
        prop_assert_eq!(&read.place, &expected);
        let (saved, _) = storage::decode(&storage::encode(&config));
        prop_assert_eq!(saved.place, url::Place::default());
    }
}
