//! The URL codec (docs/embedding.md, “the address”): the query string and `#scene-N` hash into a
//! [`Config`] and back. Pure functions: bad input gives the defaults and a [`Warning`], never a
//! panic.
//!
//! Long because it is the whole public address format in one place (every parameter's parsing,
//! writing and range) with its tests (about 150 lines); splitting it would scatter the contract.

use crate::format::Units;
use crate::i18n::Locale;
use ashiatsu_model::depth::{DEFAULT_DEPTH_M, DEPTH_RANGE_M};
use ashiatsu_model::practitioner::FOOT_LENGTH_RANGE_M;
use ashiatsu_model::settings::{DEFAULT_LOAD, DEFAULT_MASS_KG, LEAN_RANGE_DEG, MASS_RANGE_KG};
use ashiatsu_model::{Client, CompareMode, FootRegion, HandTool, StrokeKind};

/// Layout (docs/embedding.md `view`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ViewMode {
    #[default]
    Full,
    Embed,
    Present,
}

/// Colour profile (docs/embedding.md `colorProfile`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ColorProfile {
    #[default]
    Default,
    Projector,
}

impl ViewMode {
    pub const ALL: [ViewMode; 3] = [ViewMode::Full, ViewMode::Embed, ViewMode::Present];

    /// The value in the address (`view=…`) and in the class of the app's root.
    pub fn id(self) -> &'static str {
        match self {
            ViewMode::Full => "full",
            ViewMode::Embed => "embed",
            ViewMode::Present => "present",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }
}

impl ColorProfile {
    pub const ALL: [ColorProfile; 2] = [ColorProfile::Default, ColorProfile::Projector];

    /// The value in the address (`colorProfile=…`).
    pub fn id(self) -> &'static str {
        match self {
            ColorProfile::Default => "default",
            ColorProfile::Projector => "projector",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// Playback speeds offered (docs/embedding.md `speed`).
pub const SPEEDS: [f64; 4] = [0.25, 0.5, 1.0, 2.0];

/// Everything a URL can ask for. `None` means "decided elsewhere" (stroke defaults, the
/// browser's language, reduced-motion preference).
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub stroke: StrokeKind,
    pub foot: Option<FootRegion>,
    pub hand: Option<HandTool>,
    pub mass_kg: f64,
    /// 0..1 (the URL says percent).
    pub load_fraction: f64,
    /// Degrees; `None` means the lean taught for the stroke.
    pub lean_deg: Option<f64>,
    pub compare: CompareMode,
    pub client: Client,
    /// Both feet and both hands; `None` means the stroke's default.
    pub pair: Option<bool>,
    /// The practitioner's foot length, cm; `None` means the usual one for the body mass.
    pub foot_length_cm: Option<f64>,
    /// Depth of the `depth-stress` readout, cm.
    pub depth_cm: f64,
    pub phase: f64,
    pub play: Option<bool>,
    pub speed: f64,
    pub units: Option<Units>,
    pub locale: Option<Locale>,
    /// Where the app is shown and how (set by the page that opens it).
    pub place: Place,
    /// Lesson scene, 1-based (`#scene-N`).
    pub scene: Option<usize>,
}

/// Where and how the app is shown: chosen by the page or the person that opens it (a therapist's
/// site, a teacher), not by the visitor's settings. The address carries it; saved settings never
/// do; a lesson scene keeps it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Place {
    pub view: ViewMode,
    pub color_profile: ColorProfile,
    /// The therapist's booking page (`https:` only).
    pub book: Option<String>,
    /// The therapist's brand colour.
    pub accent: Option<String>,
    /// Consultation mode: minutes without input after which the app returns to its start
    /// (`idle`, an extension of the contract).
    pub idle_min: Option<f64>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            stroke: StrokeKind::Effleurage,
            foot: None,
            hand: None,
            mass_kg: DEFAULT_MASS_KG,
            load_fraction: DEFAULT_LOAD,
            lean_deg: None,
            compare: CompareMode::Force,
            client: Client::Typical,
            pair: None,
            foot_length_cm: None,
            depth_cm: DEFAULT_DEPTH_M * 100.0,
            phase: 0.0,
            play: None,
            speed: 1.0,
            units: None,
            locale: None,
            place: Place::default(),
            scene: None,
        }
    }
}

/// Range of the `idle` parameter, minutes.
pub const IDLE_RANGE_MIN: (f64, f64) = (0.5, 120.0);

/// Why a parameter was ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownKey,
    UnknownValue,
    OutOfRange,
    NotHttps,
    NotAColour,
    BadScene,
    /// Not from a URL: the settings saved on the device were unreadable.
    CorruptSaved,
    /// Not from a URL: the file of the language asked for could not be fetched (its `value` is
    /// the language's own name).
    LanguageUnavailable,
}

impl Problem {
    /// The translation key that explains it.
    pub fn message_key(self) -> &'static str {
        match self {
            Problem::UnknownKey => "problem-unknown-key",
            Problem::UnknownValue => "problem-unknown-value",
            Problem::OutOfRange => "problem-out-of-range",
            Problem::NotHttps => "problem-not-https",
            Problem::NotAColour => "problem-not-a-colour",
            Problem::BadScene => "problem-bad-scene",
            Problem::CorruptSaved => "notice-saved-corrupt",
            Problem::LanguageUnavailable => "notice-language-unavailable",
        }
    }
}

/// A parameter the app ignored, and why. Key and value are shortened for display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub key: String,
    pub value: String,
    pub problem: Problem,
}

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

fn number_in(value: &str, (lo, hi): (f64, f64)) -> Option<f64> {
    let v: f64 = value.trim().parse().ok()?;
    (v.is_finite() && v >= lo && v <= hi).then_some(v)
}

/// An `https:` URL with a host, at most 2,000 characters, no spaces, quotes or angle brackets.
pub fn valid_booking_url(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("https://") else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    value.len() <= 2000
        && !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        && !host.starts_with(['.', '-', ':'])
        && value.chars().all(|c| c.is_ascii_graphic() && !"\"'<>\\`".contains(c))
}

/// `#rgb` or `#rrggbb`.
pub fn valid_colour(value: &str) -> bool {
    value
        .strip_prefix('#')
        .is_some_and(|hex| (hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit()))
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
    Config {
        stroke: StrokeKind::Compression,
        foot: Some(FootRegion::Heel),
        hand: Some(HandTool::Thumb),
        compare: CompareMode::Comfort,
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

fn pick<T>(value: Option<T>) -> Result<T, Problem> {
    value.ok_or(Problem::UnknownValue)
}

/// Every parameter an address may carry (docs/embedding.md), as docs/embedding.md lists them.
pub const KEYS: [&str; 21] = [
    "stroke",
    "foot",
    "hand",
    "pair",
    "compare",
    "client",
    "mass",
    "footLength",
    "load",
    "lean",
    "depth",
    "phase",
    "play",
    "speed",
    "units",
    "locale",
    "view",
    "colorProfile",
    "book",
    "accent",
    "idle",
];

/// `0` or `1`.
fn flag(value: &str) -> Result<bool, Problem> {
    match value {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(Problem::UnknownValue),
    }
}

fn apply(c: &mut Config, key: &str, value: &str) -> Result<(), Problem> {
    match key {
        "stroke" => c.stroke = pick(StrokeKind::from_id(value))?,
        "foot" => c.foot = Some(pick(FootRegion::from_id(value))?),
        "hand" => c.hand = Some(pick(HandTool::from_id(value))?),
        "mass" => c.mass_kg = number_in(value, MASS_RANGE_KG).ok_or(Problem::OutOfRange)?,
        "load" => c.load_fraction = number_in(value, (0.0, 100.0)).ok_or(Problem::OutOfRange)? / 100.0,
        "lean" => c.lean_deg = Some(number_in(value, LEAN_RANGE_DEG).ok_or(Problem::OutOfRange)?),
        "compare" => c.compare = pick(CompareMode::from_id(value))?,
        "client" => c.client = pick(Client::from_id(value))?,
        "pair" => c.pair = Some(flag(value)?),
        "footLength" => {
            let range = (FOOT_LENGTH_RANGE_M.0 * 100.0, FOOT_LENGTH_RANGE_M.1 * 100.0);
            c.foot_length_cm = Some(number_in(value, range).ok_or(Problem::OutOfRange)?)
        }
        "depth" => {
            c.depth_cm =
                number_in(value, (DEPTH_RANGE_M.0 * 100.0, DEPTH_RANGE_M.1 * 100.0)).ok_or(Problem::OutOfRange)?
        }
        "phase" => c.phase = number_in(value, (0.0, 1.0)).ok_or(Problem::OutOfRange)?,
        "play" => c.play = Some(flag(value)?),
        "speed" => {
            let v: f64 = value.trim().parse().map_err(|_| Problem::UnknownValue)?;
            c.speed = SPEEDS.iter().copied().find(|s| *s == v).ok_or(Problem::UnknownValue)?;
        }
        "units" => c.units = Some(pick(Units::from_id(value))?),
        "locale" => c.locale = Some(pick(Locale::from_id(value))?),
        "view" => c.place.view = pick(ViewMode::from_id(value))?,
        "colorProfile" => c.place.color_profile = pick(ColorProfile::from_id(value))?,
        "book" => {
            if !valid_booking_url(value) {
                return Err(Problem::NotHttps);
            }
            c.place.book = Some(value.to_string());
        }
        "idle" => c.place.idle_min = Some(number_in(value, IDLE_RANGE_MIN).ok_or(Problem::OutOfRange)?),
        "accent" => {
            if !valid_colour(value) {
                return Err(Problem::NotAColour);
            }
            c.place.accent = Some(value.to_ascii_lowercase());
        }
        _ => return Err(Problem::UnknownKey),
    }
    Ok(())
}

/// Shortest decimal text that reads back as the same value (within display precision).
fn num(v: f64) -> String {
    let text = format!("{:.4}", v);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text.is_empty() || text == "-0" {
        "0".into()
    } else {
        text.to_string()
    }
}

/// Writes a config back as `?query#hash`, naming only what differs from the defaults, so that
/// links stay short and defaults can improve later.
pub fn write(c: &Config) -> String {
    let d = Config::default();
    let mut pairs: Vec<(&str, String)> = vec![("stroke", c.stroke.id().into())];
    if let Some(f) = c.foot {
        pairs.push(("foot", f.id().into()));
    }
    if let Some(h) = c.hand {
        pairs.push(("hand", h.id().into()));
    }
    let numbers = [
        ("mass", c.mass_kg, d.mass_kg),
        ("load", c.load_fraction * 100.0, d.load_fraction * 100.0),
        // The stroke's own lean unless the link chose one.
        ("lean", c.lean_deg.unwrap_or(f64::NAN), f64::NAN),
        ("depth", c.depth_cm, d.depth_cm),
        ("phase", c.phase, d.phase),
    ];
    for (key, v, default) in numbers {
        if !v.is_nan() && (default.is_nan() || (v - default).abs() > 1e-9) {
            pairs.push((key, num(v)));
        }
    }
    if c.compare != d.compare {
        pairs.push(("compare", c.compare.id().into()));
    }
    if c.client != d.client {
        pairs.push(("client", c.client.id().into()));
    }
    if let Some(p) = c.pair {
        pairs.push(("pair", if p { "1" } else { "0" }.into()));
    }
    if let Some(f) = c.foot_length_cm {
        pairs.push(("footLength", num(f)));
    }

    if let Some(p) = c.play {
        pairs.push(("play", if p { "1" } else { "0" }.into()));
    }
    if c.speed != d.speed {
        pairs.push(("speed", num(c.speed)));
    }
    if let Some(u) = c.units {
        pairs.push(("units", u.id().into()));
    }
    if let Some(l) = c.locale {
        pairs.push(("locale", l.id().into()));
    }
    let (place, default_place) = (&c.place, &d.place);
    if place.view != default_place.view {
        pairs.push(("view", place.view.id().into()));
    }
    if place.color_profile != default_place.color_profile {
        pairs.push(("colorProfile", place.color_profile.id().into()));
    }
    if let Some(b) = &place.book {
        pairs.push(("book", b.clone()));
    }
    if let Some(a) = &place.accent {
        pairs.push(("accent", a.clone()));
    }
    if let Some(m) = place.idle_min {
        pairs.push(("idle", num(m)));
    }
    let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", percent_encode(v))).collect();
    let hash = c.scene.map(|n| format!("#scene-{n}")).unwrap_or_default();
    format!("?{}{hash}", query.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(c.stroke, StrokeKind::Compression);
        assert_eq!((c.foot, c.hand), (Some(FootRegion::Heel), Some(HandTool::Thumb)));
        assert_eq!((c.mass_kg, c.load_fraction, c.lean_deg), (80.0, 0.45, Some(30.0)));
        assert_eq!((c.compare, c.phase, c.play, c.speed), (CompareMode::Comfort, 0.5, Some(false), 0.25));
        assert_eq!((c.client, c.pair, c.foot_length_cm, c.depth_cm), (Client::Tolerant, Some(true), Some(25.5), 4.5));
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
        assert_eq!(
            (c.stroke, c.foot, c.hand, c.compare),
            (StrokeKind::Compression, Some(FootRegion::Heel), Some(HandTool::Thumb), CompareMode::Comfort)
        );
        assert_eq!(c.phase, EMBED_OPENING_PHASE, "paused, it shows the full press");
        let compression = ashiatsu_model::StrokeLibrary::built_in();
        assert!(
            compression.get(StrokeKind::Compression).load.at(EMBED_OPENING_PHASE) > 0.999,
            "the press is full there"
        );
        let (c, _) = parse("view=embed&phase=0", "");
        assert_eq!((c.stroke, c.phase), (StrokeKind::Compression, 0.0), "a chosen moment is kept");
        let (c, _) = parse("view=embed&stroke=petrissage", "");
        assert_eq!((c.stroke, c.hand, c.compare), (StrokeKind::Petrissage, None, CompareMode::Force));
        let (c, _) = parse("", "");
        assert_eq!(c.stroke, StrokeKind::Effleurage, "the full page keeps its own opening");
        // What the Embed dialog writes round-trips.
        let (back, _) = parse(&write(&c).replace('?', ""), "");
        assert_eq!(back.stroke, c.stroke);
    }

    #[test]
    fn every_parameter_the_codec_reads_is_listed_and_documented() {
        let docs = include_str!("../docs/embedding.md");
        for key in KEYS {
            let read = apply(&mut Config::default(), key, "");
            assert_ne!(read, Err(Problem::UnknownKey), "{key} is read");
            assert!(docs.contains(&format!("| `{key}` |")), "docs/embedding.md documents `{key}`");
        }
        assert_eq!(apply(&mut Config::default(), "colour", "red"), Err(Problem::UnknownKey));
        // And nothing the codec reads is missing from the list: every key it writes is in it.
        let everything = "stroke=compression&foot=heel&hand=thumb&pair=1&compare=comfort&client=tolerant&mass=80&footLength=25&load=45&lean=30&depth=4&phase=0.5&play=0&speed=2&units=imperial&locale=ja&view=present&colorProfile=projector&book=https://a.example&accent=%23123456&idle=5";
        let (c, warnings) = parse(everything, "");
        assert!(warnings.is_empty(), "{warnings:?}");
        for pair in write(&c).trim_start_matches('?').split('&') {
            let key = pair.split('=').next().unwrap_or("");
            assert!(KEYS.contains(&key), "{key} is written but not listed");
        }
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
