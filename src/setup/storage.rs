//! Remembers the last settings on the device (localStorage). The saved form is the app's URL
//! query inside a versioned JSON envelope, so it goes through the same validating codec as a
//! link: damaged or hand-edited data gives the defaults and a notice, never a broken app.

use crate::setup::config::Config;
use crate::setup::params::param;
use crate::setup::url;
use ashiatsu_model::json::{self, Fields, Json};

/// The localStorage key.
pub const KEY: &str = "ashiatsu-explainer/settings";
/// Bumped when the saved form changes meaning; other versions are ignored as unreadable.
pub const VERSION: u32 = 1;

/// Why saved settings could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not our JSON, or another version.
    Unreadable,
    /// Readable, but some values were bad (they fell back to defaults).
    BadValues,
}

/// The settings worth remembering (src/setup/params.rs, `remembered`): what the visitor chose, not the
/// moment of the stroke nor the place (view, colours, booking link), which belong to the page
/// that embeds the app.
pub fn encode(config: &Config) -> String {
    let remembered = Config { scene: None, ..config.clone() };
    let query = url::write_keys(&remembered, |p| p.remembered).trim_start_matches('?').to_string();
    // `{"v":1,"query":"…"}`, byte for byte what this device saved before (static/first-view.js
    // compares the saved text with the pre-rendered page's).
    format!("{{\"v\":{VERSION},\"query\":{}}}", json::quote(&query))
}

/// The envelope's version and query, if the text is one: an object of exactly those two.
fn envelope(text: &str) -> Option<(f64, String)> {
    let doc = json::parse(text).ok()?;
    let fields = Fields::of(&doc, "", &["v", "query"]).ok()?;
    match (fields.optional("v")?, fields.optional("query")?) {
        (Json::Number(v), Json::String(query)) => Some((*v, query.clone())),
        _ => None,
    }
}

/// Reads saved settings. Always gives a usable config: on any problem, what could be read over
/// the defaults, and the problem.
pub fn decode(text: &str) -> (Config, Option<LoadError>) {
    let Some((version, query)) = envelope(text) else {
        return (Config::default(), Some(LoadError::Unreadable));
    };
    if version != f64::from(VERSION) || query.contains('#') {
        return (Config::default(), Some(LoadError::Unreadable));
    }
    // What is not remembered (the place, the moment) is not taken from saved data either.
    let remembered: Vec<&str> = query
        .split('&')
        .filter(|pair| param(&url::percent_decode(pair.split('=').next().unwrap_or(""))).is_none_or(|p| p.remembered))
        .collect();
    let (config, warnings) = url::parse(&remembered.join("&"), "");
    if warnings.is_empty() {
        (config, None)
    } else {
        (config, Some(LoadError::BadValues))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::setup::config::Place;
    use ashiatsu_model::{HandTool, StrokeKind};

    #[test]
    fn round_trip_keeps_the_choices_and_drops_the_moment() {
        let (config, _) = url::parse("stroke=petrissage&hand=elbow&mass=88&phase=0.4&play=0&units=imperial&locale=es&view=embed&book=https://a.example", "");
        let (back, problem) = decode(&encode(&config));
        assert_eq!(problem, None);
        let st = back.settings;
        assert_eq!((st.stroke, st.hand, st.mass_kg), (StrokeKind::Petrissage, HandTool::Elbow, 88.0));
        assert_eq!((back.phase, back.play, back.place.clone()), (0.0, None, Place::default()));
        assert_eq!(back.locale, config.locale);
    }

    #[test]
    fn corrupt_data_gives_defaults_and_says_so() {
        for text in [
            "",
            "{",
            "null",
            "42",
            "{\"v\":1}",
            "{\"v\":2,\"query\":\"\"}",
            "{\"v\":1,\"query\":\"x\",\"extra\":1}",
            "\u{0}",
        ] {
            let (config, problem) = decode(text);
            assert_eq!(config, Config::default(), "{text}");
            assert_eq!(problem, Some(LoadError::Unreadable), "{text}");
        }
        let (config, problem) = decode("{\"v\":1,\"query\":\"mass=-5&stroke=compression\"}");
        assert_eq!(config.settings.stroke, StrokeKind::Compression, "what could be read is kept");
        assert!(matches!(problem, Some(LoadError::BadValues)));
    }

    #[test]
    fn the_saved_text_is_the_envelope_devices_already_hold() {
        // What serde_json wrote before this codec: saved settings on devices keep being read, and
        // static/first-view.js compares this text byte for byte.
        assert_eq!(encode(&Config::default()), r#"{"v":1,"query":"stroke=effleurage"}"#);
        let (config, _) = url::parse("stroke=compression&mass=80", "");
        assert_eq!(encode(&config), r#"{"v":1,"query":"stroke=compression&mass=80"}"#);
        assert_eq!(decode(r#" { "query" : "mass=80" , "v" : 1.0 } "#).0.settings.mass_kg, 80.0);
    }

    #[test]
    fn saved_data_cannot_smuggle_a_booking_link_or_view() {
        let (config, _) = decode("{\"v\":1,\"query\":\"view=embed&book=https://evil.example&accent=%23000\"}");
        assert_eq!(config.place, Place::default());
    }
}
