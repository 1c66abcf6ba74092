//! Every translation key the code asks for exists. A missing key would show its own name on the
//! page ("q-normal-force"), so this is checked at test time for the three ways a key is made:
//! a literal given to `t`/`t_args`, a literal in one of the namespaces only translations use
//! (returned by functions such as `moment_key`), and a family built with `format!` from an enum
//! or a table. Every language having every English key is checked in src/i18n.rs.
#![cfg(not(target_arch = "wasm32"))]

use ashiatsu::i18n;
use ashiatsu::quantities::QUANTITIES;
use ashiatsu::setup::scenes;
use ashiatsu::view::controls::Choice;
use ashiatsu::view::depth_view::Which;
use ashiatsu::view::story::DIFFERENCES;
use ashiatsu_model::body::LANDMARKS;
use ashiatsu_model::{Client, CompareMode, FootRegion, HandTool, StrokeKind};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// Key prefixes that name translations only (no CSS class or data id starts with them).
const TRANSLATION_ONLY: [&str; 6] = ["verdict-", "moment-", "problem-", "notice-", "q-", "c-"];

fn english_keys() -> BTreeSet<String> {
    let source = include_str!("../locales/en.ftl");
    i18n::parse(source).expect("en.ftl parses").into_iter().map(|(key, _)| key).collect()
}

fn rust_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.display().to_string(), fs::read_to_string(&path).expect("a source file reads")));
        }
    }
}

/// The string literals of Rust source, with the text just before each (to see what it is given to).
fn literals(source: &str) -> Vec<(&str, &str)> {
    let bytes = source.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 3,
            b'"' => {
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let end = end.min(bytes.len());
                found.push((&source[start..end], &source[start.saturating_sub(12)..start - 1]));
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    found
}

fn family<T: Choice>(keys: &mut Vec<String>) {
    keys.push(T::CONTROL.to_string());
    keys.extend(T::all().iter().map(|v| format!("{}-{}", T::PREFIX, v.id())));
}

/// Keys the code builds with `format!`, enumerated from the same enums and tables it uses.
fn built_keys() -> Vec<String> {
    let mut keys = Vec::new();
    family::<StrokeKind>(&mut keys);
    family::<CompareMode>(&mut keys);
    family::<Client>(&mut keys);
    family::<FootRegion>(&mut keys);
    family::<HandTool>(&mut keys);
    keys.extend(CompareMode::ALL.iter().map(|c| format!("compare-{}-hint", c.id())));
    keys.extend(Which::ALL.iter().map(|w| format!("depth-label-{}", w.id())));
    keys.extend(QUANTITIES.iter().map(|q| q.key.to_string()));
    keys.extend(LANDMARKS.iter().map(|(name, _)| format!("landmark-{}", name.to_ascii_lowercase())));
    for (id, _) in DIFFERENCES {
        keys.extend([format!("story-{id}-title"), format!("story-{id}-body"), format!("show-{id}")]);
    }
    keys.extend(StrokeKind::ALL.iter().map(|k| format!("stroke-{}-body", k.id())));
    keys.extend(["foot", "hand"].map(|side| format!("side-{side}-sub")));
    for scene in scenes::built_in() {
        keys.extend(["title", "body"].map(|part| format!("scene-{}-{part}", scene.id)));
    }
    keys
}

#[test]
fn every_key_the_code_asks_for_is_in_english() {
    let english = english_keys();
    let mut sources = Vec::new();
    rust_sources(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut sources);
    assert!(sources.len() > 20, "the scan found the sources");
    let mut asked = 0;
    let mut missing = Vec::new();
    for (file, text) in &sources {
        // A module's own tests may ask for keys that do not exist, on purpose.
        let code = text.split("#[cfg(test)]").next().unwrap_or(text);
        for (literal, before) in literals(code) {
            let given_to_t = before.ends_with(".t(") || before.ends_with(".t_args(");
            let namespaced = TRANSLATION_ONLY.iter().any(|p| literal.starts_with(p)) && !literal.contains(' ');
            if given_to_t || namespaced {
                asked += 1;
                if !english.contains(literal) {
                    missing.push(format!("{file}: \"{literal}\""));
                }
            }
        }
    }
    for key in built_keys() {
        asked += 1;
        if !english.contains(&key) {
            missing.push(format!("built: \"{key}\""));
        }
    }
    assert!(asked > 120, "only {asked} keys found: the scan has gone blind");
    assert!(missing.is_empty(), "keys missing from en.ftl:\n{}", missing.join("\n"));
}

#[test]
fn the_scan_sees_a_key_given_to_t_and_a_namespaced_one() {
    let found = literals(r#"let a = tr.t("play"); let b = "moment-pressing"; // "not-this""#);
    assert_eq!(found.iter().map(|(l, _)| *l).collect::<Vec<_>>(), ["play", "moment-pressing"]);
    assert!(found[0].1.ends_with(".t("));
}

#[test]
fn every_english_key_is_used() {
    let mut sources = Vec::new();
    rust_sources(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut sources);
    let mut used: BTreeSet<String> = built_keys().into_iter().collect();
    for (_, text) in &sources {
        let code = text.split("#[cfg(test)]").next().unwrap_or(text);
        used.extend(literals(code).into_iter().map(|(literal, _)| literal.to_string()));
    }
    let unused: Vec<String> = english_keys().into_iter().filter(|k| !used.contains(k)).collect();
    assert!(unused.is_empty(), "keys in en.ftl that no code asks for:\n{}", unused.join("\n"));
}
