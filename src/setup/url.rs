//! The URL codec (docs/embedding.md, “the address”): the query string and `#scene-N` hash into a
//! [`Config`] and back. Pure functions: bad input gives the defaults and a [`Warning`], never a
//! panic.
//!
//! Long because it is the whole public address format in one place (every parameter's parsing,
//! writing and range) with its tests (about 150 lines); splitting it would scatter the contract.

pub use crate::setup::config::{ColorProfile, Config, Place, Problem, ViewMode, Warning, SPEEDS};
use crate::setup::params::{param, PARAMS};
pub use crate::setup::params::{valid_booking_url, valid_colour};
use ashiatsu_model::{CompareMode, FootRegion, HandTool, StrokeKind};

const SHOWN_CHARS: usize = 40;

fn shorten(text: &str) -> String {
    let cleaned: String = text.chars().map(|c| if c.is_control() { '�' } else { c }).collect();
    if cleaned.chars().count() > SHOWN_CHARS {
        cleaned.chars().take(SHOWN_CHARS).collect::<String>() + "…"
    } else {
        cleaned
    }
}

/// Decodes `%XX` escapes and `+` (as a space). Invalid escapes stay as they are.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes a value for a query string.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~:/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The compression's full press (its load timeline peaks half-way through the cycle).
pub const EMBED_OPENING_PHASE: f64 = 0.5;

/// The keys that choose what is compared; a link that names none of them opens the embed view on
/// its own opening comparison.
const COMPARISON_KEYS: [&str; 4] = ["stroke", "foot", "hand", "compare"];

/// What a visitor to a therapist's page sees first, unless the link says otherwise: a heel and a
/// thumb, each at the client's comfort limit, in a compression. It is the comparison that shows
/// the difference most plainly (the thumb is hand massage's tool for deep, precise pressure; the
/// heel ashiatsu's for compression): the heel delivers about eight times the force and keeps
/// several times the pressure three centimetres down, while both stay within comfort.
pub fn embed_opening(config: Config, chose_the_moment: bool) -> Config {
    let mut chosen = config.chosen;
    chosen.insert("foot");
    chosen.insert("hand");
    Config {
        settings: ashiatsu_model::Settings {
            stroke: StrokeKind::Compression,
            foot: FootRegion::Heel,
            hand: HandTool::Thumb,
            compare: CompareMode::Comfort,
            ..config.settings
        },
        chosen,
        // The moment of the full press, where the comparison is made, unless the link says when.
        phase: if chose_the_moment { config.phase } else { EMBED_OPENING_PHASE },
        ..config
    }
}

/// Parses a query string (with or without `?`) and a hash (with or without `#`).
pub fn parse(query: &str, hash: &str) -> (Config, Vec<Warning>) {
    let mut config = Config::default();
    let mut warnings = Vec::new();
    let mut chose_the_comparison = false;
    let mut chose_the_moment = false;
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(raw_key);
        let value = percent_decode(raw_value);
        chose_the_comparison |= COMPARISON_KEYS.contains(&key.as_str());
        chose_the_moment |= key == "phase";
        if let Err(problem) = apply(&mut config, &key, &value) {
            warnings.push(Warning { key: shorten(&key), value: shorten(&value), problem });
        }
    }
    if config.place.view == ViewMode::Embed && !chose_the_comparison {
        config = embed_opening(config, chose_the_moment);
    }
    // Only `#scene-…` is ours; any other fragment (an anchor, a test runner's) is left alone.
    let hash = percent_decode(hash.strip_prefix('#').unwrap_or(hash));
    if hash.starts_with("scene") {
        match hash.strip_prefix("scene-").and_then(|n| n.parse::<usize>().ok()).filter(|n| (1..=999).contains(n)) {
            Some(n) => config.scene = Some(n),
            None => warnings.push(Warning { key: "#".into(), value: shorten(&hash), problem: Problem::BadScene }),
        }
    }
    (config, warnings)
}

/// Reads one key into a config, by its row of the table (src/setup/params.rs).
fn apply(c: &mut Config, key: &str, value: &str) -> Result<(), Problem> {
    let p = param(key).ok_or(Problem::UnknownKey)?;
    (p.read)(c, value)?;
    if p.per_stroke.is_some() {
        c.chosen.insert(p.key);
    }
    Ok(())
}

/// Writes a config back as `?query#hash`, naming only what differs from the defaults, so that
/// links stay short and defaults can improve later.
pub fn write(c: &Config) -> String {
    write_keys(c, |_| true)
}

/// [`write`] for the keys `keep` accepts (saved settings keep only what is remembered).
pub fn write_keys(c: &Config, keep: impl Fn(&crate::setup::params::Param) -> bool) -> String {
    let query: Vec<String> = PARAMS
        .iter()
        .filter(|p| keep(p) && (p.per_stroke.is_none() || c.chosen.contains(p.key)))
        .filter_map(|p| (p.write)(c).map(|v| format!("{}={}", p.key, percent_encode(&v))))
        .collect();
    let hash = c.scene.map(|n| format!("#scene-{n}")).unwrap_or_default();
    format!("?{}{hash}", query.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::Units;
    use crate::i18n::Locale;
    use ashiatsu_model::Client;

    #[test]
    fn empty_url_gives_the_defaults() {
        assert_eq!(parse("", ""), (Config::default(), vec![]));
        assert_eq!(parse("?", "#"), (Config::default(), vec![]));
    }

    #[test]
    fn every_contract_key_is_read() {
        let (c, w) = parse(
            "?stroke=compression&foot=heel&hand=thumb&mass=80&load=45&lean=30&compare=comfort&client=tolerant&pair=1&footLength=25.5&depth=4.5&phase=0.5&play=0&speed=0.25&units=imperial&locale=ja&view=present&colorProfile=projector&book=https%3A%2F%2Fexample.com%2Fbook&accent=%23A0b",
            "#scene-3",
        );
        assert!(w.is_empty(), "{w:?}");
        let st = c.settings;
        assert_eq!(st.stroke, StrokeKind::Compression);
        assert_eq!((st.foot, st.hand), (FootRegion::Heel, HandTool::Thumb));
        assert_eq!((st.mass_kg, st.load_fraction, st.lean_rad), (80.0, 0.45, 30f64.to_radians()));
        assert_eq!((st.compare, c.phase, c.play, c.speed), (CompareMode::Comfort, 0.5, Some(false), 0.25));
        assert_eq!((st.client, st.pair, st.foot_length_m, st.depth_m), (Client::Tolerant, true, Some(0.255), 0.045));
        assert_eq!(c.chosen.keys().collect::<Vec<_>>(), ["foot", "hand", "pair", "lean"]);
        assert_eq!((c.units, c.locale, c.place.view), (Some(Units::Imperial), Some(Locale::Ja), ViewMode::Present));
        assert_eq!(c.place.color_profile, ColorProfile::Projector);
        assert_eq!(c.place.book.as_deref(), Some("https://example.com/book"));
        assert_eq!(c.place.accent.as_deref(), Some("#a0b"));
        assert_eq!(c.scene, Some(3));
    }

    #[test]
    fn bad_values_keep_the_default_and_warn() {
        let (c, w) = parse("mass=9000&load=-1&lean=NaN&phase=inf&speed=3&stroke=stomp&foot=&book=javascript:alert(1)&accent=red&colour=blue&play=yes&client=brave&pair=2&footLength=40&depth=0.1", "#scene-x");
        assert_eq!(c, Config::default());
        let problems: Vec<Problem> = w.iter().map(|w| w.problem).collect();
        assert_eq!(
            problems,
            vec![
                Problem::OutOfRange,
                Problem::OutOfRange,
                Problem::OutOfRange,
                Problem::OutOfRange,
                Problem::UnknownValue,
                Problem::UnknownValue,
                Problem::UnknownValue,
                Problem::NotHttps,
                Problem::NotAColour,
                Problem::UnknownKey,
                Problem::UnknownValue,
                Problem::UnknownValue,
                Problem::UnknownValue,
                Problem::OutOfRange,
                Problem::OutOfRange,
                Problem::BadScene
            ]
        );
    }

    #[test]
    fn the_embed_opens_on_heel_against_thumb_at_equal_comfort_unless_the_link_chooses() {
        let (c, _) = parse("view=embed", "");
        let st = c.settings;
        assert_eq!(
            (st.stroke, st.foot, st.hand, st.compare),
            (StrokeKind::Compression, FootRegion::Heel, HandTool::Thumb, CompareMode::Comfort)
        );
        assert_eq!(c.phase, EMBED_OPENING_PHASE, "paused, it shows the full press");
        let compression = ashiatsu_model::StrokeLibrary::built_in();
        assert!(
            compression.get(StrokeKind::Compression).load.at(EMBED_OPENING_PHASE) > 0.999,
            "the press is full there"
        );
        let (c, _) = parse("view=embed&phase=0", "");
        assert_eq!((c.settings.stroke, c.phase), (StrokeKind::Compression, 0.0), "a chosen moment is kept");
        let (c, _) = parse("view=embed&stroke=petrissage", "");
        assert_eq!((c.settings.stroke, c.settings.compare), (StrokeKind::Petrissage, CompareMode::Force));
        assert!(!c.chosen.contains("hand"), "the stroke's own hand");
        let (c, _) = parse("", "");
        assert_eq!(c.settings.stroke, StrokeKind::Effleurage, "the full page keeps its own opening");
        // What the Embed dialog writes round-trips.
        let (back, _) = parse(&write(&c).replace('?', ""), "");
        assert_eq!(back.settings.stroke, c.settings.stroke);
    }

    #[test]
    fn fragments_that_are_not_scenes_are_not_ours() {
        assert_eq!(parse("", "#top"), (Config::default(), vec![]));
        assert_eq!(parse("", "#scene-0").1[0].problem, Problem::BadScene);
    }

    #[test]
    fn booking_links_must_be_https() {
        for ok in ["https://example.com", "https://book.example.co.uk/a?b=c#d", "https://[::1]:8443/x"] {
            assert!(valid_booking_url(ok), "{ok}");
        }
        for bad in [
            "http://example.com",
            "javascript:alert(1)",
            "https://",
            "https://exa mple.com",
            "https://a.com/\"onmouseover=x",
            "//example.com",
            "HTTPS://example.com/<script>",
        ] {
            assert!(!valid_booking_url(bad), "{bad}");
        }
    }

    #[test]
    fn long_and_hostile_values_are_shortened_for_display() {
        let long = "x".repeat(5000);
        let (_, w) = parse(&format!("{long}=<script>alert(1)</script>"), "");
        assert!(w[0].key.chars().count() <= SHOWN_CHARS + 1);
        assert_eq!(w[0].value, "<script>alert(1)</script>");
    }

    #[test]
    fn percent_decoding_survives_broken_escapes() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%zz%e2%82%ac"), "%zz€");
        assert_eq!(percent_decode("%ff"), "\u{fffd}");
    }

    #[test]
    fn write_then_parse_round_trips() {
        let (c, _) = parse("stroke=petrissage&hand=fist&mass=72.5&load=55&lean=40&compare=comfort&phase=0.375&play=0&speed=2&units=metric&locale=es&view=embed&book=https://example.com/b?x=1&accent=%23336699&idle=2.5", "#scene-2");
        let written = write(&c);
        let (query, hash) = written.split_once('#').unwrap_or((&written, ""));
        let (back, warnings) = parse(query, hash);
        assert!(warnings.is_empty(), "{written}: {warnings:?}");
        assert_eq!(back, c, "{written}");
    }

    #[test]
    fn defaults_write_a_short_link() {
        assert_eq!(write(&Config::default()), "?stroke=effleurage");
    }
}
