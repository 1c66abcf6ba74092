//! Every setting an address may carry, one row each, the way PhET's query-parameter schemas
//! work: its key, the values it takes (ranges in the address's units, with the controls' step),
//! how those convert to SI, its default, whether the device remembers it, which control sets it,
//! and how it is read from and written into a [`Config`]. The codec (src/setup/url.rs), the saved
//! settings, the reducer's clamping, the controls' bounds, the docs' table check and both fuzzers
//! read this table; adding a setting is a row here, its field, and its control.
//!
//! Long because it is the table: 21 rows of about ten lines each, kept in one place on purpose.

use crate::format::Units;
use crate::i18n::Locale;
#[cfg(test)]
use crate::setup::config::PER_STROKE_KEYS;
use crate::setup::config::{Chosen, ColorProfile, Config, Problem, ViewMode, DEFAULT_SETTINGS, SPEEDS};
use ashiatsu_model::depth::DEPTH_RANGE_M;
use ashiatsu_model::practitioner::FOOT_LENGTH_RANGE_M;
use ashiatsu_model::settings::{LEAN_RANGE_DEG, LOAD_RANGE, MASS_RANGE_KG};
use ashiatsu_model::{Client, CompareMode, FootRegion, HandTool, Settings, StrokeKind, StrokeLibrary};

/// The unit a number has in the address and on its control, and its conversion to SI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Already SI (kilograms, a fraction of the stroke).
    Si,
    /// Percent of a fraction.
    Percent,
    /// Centimetres of a length in metres.
    Centimetre,
    /// Degrees of an angle in radians.
    Degree,
    /// Minutes of a time in seconds.
    Minute,
}

impl Unit {
    pub fn to_si(self, v: f64) -> f64 {
        match self {
            Unit::Si => v,
            Unit::Percent | Unit::Centimetre => v / 100.0,
            Unit::Degree => v.to_radians(),
            Unit::Minute => v * 60.0,
        }
    }

    pub fn from_si(self, si: f64) -> f64 {
        match self {
            Unit::Si => si,
            Unit::Percent | Unit::Centimetre => si * 100.0,
            Unit::Degree => si.to_degrees(),
            Unit::Minute => si / 60.0,
        }
    }
}

/// A number within a range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// Lowest and highest, in the address's unit (as docs/embedding.md gives them).
    pub range: (f64, f64),
    /// A slider's step, in the same unit.
    pub step: f64,
    pub unit: Unit,
}

impl Number {
    pub fn si_range(self) -> (f64, f64) {
        (self.unit.to_si(self.range.0), self.unit.to_si(self.range.1))
    }

    /// The address's text as an SI value, if it is a number in range.
    pub fn read(self, text: &str) -> Result<f64, Problem> {
        let v: f64 = text.trim().parse().map_err(|_| Problem::OutOfRange)?;
        let (lo, hi) = self.range;
        if v.is_finite() && v >= lo && v <= hi {
            Ok(self.unit.to_si(v))
        } else {
            Err(Problem::OutOfRange)
        }
    }

    /// An SI value from a control, within range (anything not finite gives the low end).
    pub fn clamp_si(self, si: f64) -> f64 {
        let (lo, hi) = self.si_range();
        if si.is_finite() {
            si.clamp(lo, hi)
        } else {
            lo
        }
    }

    /// An SI value in the address's unit, to the control's step (what a slider shows).
    pub fn on_control(self, si: f64) -> f64 {
        (self.unit.from_si(si) / self.step).round() * self.step
    }

    /// An SI value as the address writes it.
    pub fn text(self, si: f64) -> String {
        number_text(self.unit.from_si(si))
    }
}

/// Shortest decimal text that reads back as the same value (to four decimals).
pub fn number_text(v: f64) -> String {
    let text = format!("{:.4}", v);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text.is_empty() || text == "-0" {
        "0".into()
    } else {
        text.to_string()
    }
}

/// What values a key takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Values {
    /// One of these names.
    Named(&'static [&'static str]),
    /// `0` or `1`.
    Flag,
    Number(Number),
    /// One of these numbers.
    OneOf(&'static [f64]),
    /// An `https:` address.
    Https,
    /// `#rgb` or `#rrggbb`.
    Colour,
}

impl Values {
    /// The values as docs/embedding.md's table lists them.
    pub fn docs_text(self) -> String {
        let quoted = |items: Vec<String>| items.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ");
        match self {
            Values::Named(names) => quoted(names.iter().map(|n| n.to_string()).collect()),
            Values::Flag => quoted(vec!["0".into(), "1".into()]),
            Values::Number(n) => format!("{} – {}", number_text(n.range.0), number_text(n.range.1)),
            Values::OneOf(list) => quoted(list.iter().map(|v| number_text(*v)).collect()),
            Values::Https => "an `https:` address".into(),
            Values::Colour => "`#rgb` or `#rrggbb`".into(),
        }
    }
}

/// Where a setting is changed in the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// A control on the page, marked `data-param="<key>"`.
    OnPage,
    /// A field of the Embed dialog, marked the same way: the page that embeds the app sets it.
    InEmbedDialog,
    /// No control, and why.
    NotShown(&'static str),
}

/// A setting the stroke decides unless the address does (foot, hand, pair, lean).
#[derive(Clone, Copy, Debug)]
pub struct PerStroke {
    /// Takes the stroke's own value from its default settings.
    pub take: fn(&mut Settings, &Settings),
    /// Whether two settings agree on this one.
    pub same: fn(&Settings, &Settings) -> bool,
}

/// One key of the address.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    pub key: &'static str,
    pub values: Values,
    /// What holds without the key: docs/embedding.md's "default" cell begins with this.
    pub default: &'static str,
    /// Remembered on the device between visits (the moment and the place are not).
    pub remembered: bool,
    pub per_stroke: Option<PerStroke>,
    pub control: Control,
    /// Reads the key's text into a config.
    pub read: fn(&mut Config, &str) -> Result<(), Problem>,
    /// The key's text for a config, or `None` where the config leaves it to its default (a
    /// stroke-decided setting is written whenever the address chose it).
    pub write: fn(&Config) -> Option<String>,
}

pub const MASS: Number = Number { range: MASS_RANGE_KG, step: 1.0, unit: Unit::Si };
pub const FOOT_LENGTH: Number =
    Number { range: (FOOT_LENGTH_RANGE_M.0 * 100.0, FOOT_LENGTH_RANGE_M.1 * 100.0), step: 0.5, unit: Unit::Centimetre };
pub const LOAD: Number = Number { range: (LOAD_RANGE.0 * 100.0, LOAD_RANGE.1 * 100.0), step: 1.0, unit: Unit::Percent };
pub const LEAN: Number = Number { range: LEAN_RANGE_DEG, step: 1.0, unit: Unit::Degree };
pub const DEPTH: Number =
    Number { range: (DEPTH_RANGE_M.0 * 100.0, DEPTH_RANGE_M.1 * 100.0), step: 0.5, unit: Unit::Centimetre };
pub const PHASE: Number = Number { range: (0.0, 1.0), step: 0.001, unit: Unit::Si };
pub const IDLE: Number = Number { range: (0.5, 120.0), step: 0.5, unit: Unit::Minute };

/// Words for the docs check and the tests (a row's default as docs/embedding.md says it, why a
/// key has no control): kept in test and debug builds, empty in the release build, where nothing
/// reads them and a tablet would download them for nothing.
const fn doc(text: &'static str) -> &'static str {
    if cfg!(any(test, debug_assertions)) {
        text
    } else {
        ""
    }
}

/// Stores a value read from the address.
fn put<T>(slot: &mut T, value: T) -> Result<(), Problem> {
    *slot = value;
    Ok(())
}

fn pick<T>(value: Option<T>) -> Result<T, Problem> {
    value.ok_or(Problem::UnknownValue)
}

fn flag(text: &str) -> Result<bool, Problem> {
    match text {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(Problem::UnknownValue),
    }
}

fn flag_text(on: bool) -> String {
    if on { "1" } else { "0" }.into()
}

/// A number's text when it differs from its default.
fn unless_default(n: Number, si: f64, default: f64) -> Option<String> {
    ((si - default).abs() > 1e-9).then(|| n.text(si))
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

const STROKES: &[&str] = &["compression", "effleurage", "petrissage"];
const FEET: &[&str] = &["sole", "heel", "ball", "arch", "edge"];
const HANDS: &[&str] = &["palm", "heel", "thumb", "fingers", "fist", "forearm", "elbow"];
const COMPARISONS: &[&str] = &["force", "comfort"];
const CLIENTS: &[&str] = &["sensitive", "typical", "tolerant"];
const UNITS: &[&str] = &["metric", "imperial"];
const LOCALES: &[&str] = &["en", "es", "ja"];
const VIEWS: &[&str] = &["full", "embed", "present"];
const PROFILES: &[&str] = &["default", "projector"];

/// The table, in the order docs/embedding.md lists the keys (and links write them).
pub const PARAMS: [Param; 21] = [
    Param {
        key: "stroke",
        values: Values::Named(STROKES),
        default: doc("`effleurage`"),
        remembered: true,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.stroke, pick(StrokeKind::from_id(v))?),
        // Always written: a link names its stroke.
        write: |c| Some(c.settings.stroke.id().into()),
    },
    Param {
        key: "foot",
        values: Values::Named(FEET),
        default: doc("the stroke's own"),
        remembered: true,
        per_stroke: Some(PerStroke { take: |s, d| s.foot = d.foot, same: |a, b| a.foot == b.foot }),
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.foot, pick(FootRegion::from_id(v))?),
        write: |c| Some(c.settings.foot.id().into()),
    },
    Param {
        key: "hand",
        values: Values::Named(HANDS),
        default: doc("the stroke's own"),
        remembered: true,
        per_stroke: Some(PerStroke { take: |s, d| s.hand = d.hand, same: |a, b| a.hand == b.hand }),
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.hand, pick(HandTool::from_id(v))?),
        write: |c| Some(c.settings.hand.id().into()),
    },
    Param {
        key: "pair",
        values: Values::Flag,
        default: doc("the stroke's own"),
        remembered: true,
        per_stroke: Some(PerStroke { take: |s, d| s.pair = d.pair, same: |a, b| a.pair == b.pair }),
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.pair, flag(v)?),
        write: |c| Some(flag_text(c.settings.pair)),
    },
    Param {
        key: "compare",
        values: Values::Named(COMPARISONS),
        default: doc("`force`"),
        remembered: true,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.compare, pick(CompareMode::from_id(v))?),
        write: |c| (c.settings.compare != DEFAULT_SETTINGS.compare).then(|| c.settings.compare.id().into()),
    },
    Param {
        key: "client",
        values: Values::Named(CLIENTS),
        default: doc("`typical`"),
        remembered: true,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.client, pick(Client::from_id(v))?),
        write: |c| (c.settings.client != DEFAULT_SETTINGS.client).then(|| c.settings.client.id().into()),
    },
    Param {
        key: "mass",
        values: Values::Number(MASS),
        default: doc("65"),
        remembered: true,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.mass_kg, MASS.read(v)?),
        write: |c| unless_default(MASS, c.settings.mass_kg, DEFAULT_SETTINGS.mass_kg),
    },
    Param {
        key: "footLength",
        values: Values::Number(FOOT_LENGTH),
        default: doc("from the body mass"),
        remembered: true,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.foot_length_m, Some(FOOT_LENGTH.read(v)?)),
        write: |c| c.settings.foot_length_m.map(|m| FOOT_LENGTH.text(m)),
    },
    Param {
        key: "load",
        values: Values::Number(LOAD),
        default: doc("30"),
        remembered: true,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.load_fraction, LOAD.read(v)?),
        write: |c| unless_default(LOAD, c.settings.load_fraction, DEFAULT_SETTINGS.load_fraction),
    },
    Param {
        key: "lean",
        values: Values::Number(LEAN),
        default: doc("the stroke's own"),
        remembered: true,
        per_stroke: Some(PerStroke {
            take: |s, d| s.lean_rad = d.lean_rad,
            same: |a, b| (a.lean_rad - b.lean_rad).abs() <= 1e-9,
        }),
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.lean_rad, LEAN.read(v)?),
        write: |c| Some(LEAN.text(c.settings.lean_rad)),
    },
    Param {
        key: "depth",
        values: Values::Number(DEPTH),
        default: doc("3"),
        remembered: true,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.settings.depth_m, DEPTH.read(v)?),
        write: |c| unless_default(DEPTH, c.settings.depth_m, DEFAULT_SETTINGS.depth_m),
    },
    Param {
        key: "phase",
        values: Values::Number(PHASE),
        default: doc("0"),
        remembered: false,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.phase, PHASE.read(v)?),
        write: |c| unless_default(PHASE, c.phase, 0.0),
    },
    Param {
        key: "play",
        values: Values::Flag,
        default: doc("`1`"),
        remembered: false,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.play, Some(flag(v)?)),
        write: |c| c.play.map(flag_text),
    },
    Param {
        key: "speed",
        values: Values::OneOf(&SPEEDS),
        default: doc("`1`"),
        remembered: true,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| {
            let v: f64 = v.trim().parse().map_err(|_| Problem::UnknownValue)?;
            put(&mut c.speed, SPEEDS.iter().copied().find(|s| *s == v).ok_or(Problem::UnknownValue)?)
        },
        write: |c| (c.speed != 1.0).then(|| number_text(c.speed)),
    },
    Param {
        key: "units",
        values: Values::Named(UNITS),
        default: doc("from the language"),
        remembered: true,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.units, Some(pick(Units::from_id(v))?)),
        write: |c| c.units.map(|u| u.id().into()),
    },
    Param {
        key: "locale",
        values: Values::Named(LOCALES),
        default: doc("the browser's languages"),
        remembered: true,
        per_stroke: None,
        control: Control::OnPage,
        read: |c, v| put(&mut c.locale, Some(pick(Locale::from_id(v))?)),
        write: |c| c.locale.map(|l| l.id().into()),
    },
    Param {
        key: "view",
        values: Values::Named(VIEWS),
        default: doc("`full`"),
        remembered: false,
        per_stroke: None,
        control: Control::NotShown(doc("the page that shows the app chooses its layout (the Embed dialog writes it)")),
        read: |c, v| put(&mut c.place.view, pick(ViewMode::from_id(v))?),
        write: |c| (c.place.view != ViewMode::Full).then(|| c.place.view.id().into()),
    },
    Param {
        key: "colorProfile",
        values: Values::Named(PROFILES),
        default: doc("`default`"),
        remembered: false,
        per_stroke: None,
        control: Control::NotShown(doc("the teacher's link for a projector chooses it, like the view")),
        read: |c, v| put(&mut c.place.color_profile, pick(ColorProfile::from_id(v))?),
        write: |c| (c.place.color_profile != ColorProfile::Default).then(|| c.place.color_profile.id().into()),
    },
    Param {
        key: "book",
        values: Values::Https,
        default: doc("none"),
        remembered: false,
        per_stroke: None,
        control: Control::InEmbedDialog,
        read: |c, v| {
            if !valid_booking_url(v) {
                return Err(Problem::NotHttps);
            }
            put(&mut c.place.book, Some(v.to_string()))
        },
        write: |c| c.place.book.clone(),
    },
    Param {
        key: "accent",
        values: Values::Colour,
        default: doc("the house colour"),
        remembered: false,
        per_stroke: None,
        control: Control::InEmbedDialog,
        read: |c, v| {
            if !valid_colour(v) {
                return Err(Problem::NotAColour);
            }
            put(&mut c.place.accent, Some(v.to_ascii_lowercase()))
        },
        write: |c| c.place.accent.clone(),
    },
    Param {
        key: "idle",
        values: Values::Number(IDLE),
        default: doc("none"),
        remembered: false,
        per_stroke: None,
        control: Control::NotShown(doc("set in the link of a consultation tablet, or by installing the app")),
        read: |c, v| put(&mut c.place.idle_s, Some(IDLE.read(v)?)),
        write: |c| c.place.idle_s.map(|s| IDLE.text(s)),
    },
];

/// The row of `key`.
pub fn param(key: &str) -> Option<&'static Param> {
    PARAMS.iter().find(|p| p.key == key)
}

/// A config's model settings with the stroke deciding what the address left to it.
pub fn resolve(config: &Config, strokes: &StrokeLibrary) -> Settings {
    let own = Settings::for_stroke(strokes, config.settings.stroke);
    let mut settings = config.settings;
    for p in &PARAMS {
        if let Some(per_stroke) = p.per_stroke.filter(|_| !config.chosen.contains(p.key)) {
            (per_stroke.take)(&mut settings, &own);
        }
    }
    settings
}

/// The keys of the stroke-decided settings in which `settings` differ from the stroke's own.
pub fn chosen_in(settings: &Settings, strokes: &StrokeLibrary) -> Chosen {
    let own = Settings::for_stroke(strokes, settings.stroke);
    PARAMS.iter().filter(|p| p.per_stroke.is_some_and(|ps| !(ps.same)(settings, &own))).map(|p| p.key).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::setup::url;

    /// A value of each key that is not its default.
    fn sample(values: Values) -> String {
        match values {
            Values::Named(names) => names[names.len() - 1].into(),
            Values::Flag => "1".into(),
            Values::Number(n) => number_text(n.range.1),
            Values::OneOf(list) => number_text(list[list.len() - 1]),
            Values::Https => "https://example.com/book".into(),
            Values::Colour => "#123456".into(),
        }
    }

    #[test]
    fn every_key_is_read_written_and_read_back() {
        for p in &PARAMS {
            let text = format!("{}={}", p.key, url::percent_encode(&sample(p.values)));
            let (config, warnings) = url::parse(&text, "");
            assert!(warnings.is_empty(), "{text}: {warnings:?}");
            let written = url::write(&config);
            assert!(written.contains(&text), "{text} is written back: {written}");
            let (again, _) = url::parse(written.trim_start_matches('?'), "");
            assert_eq!(again, config, "{text}");
        }
        assert_eq!(url::parse("colour=red", "").1[0].problem, Problem::UnknownKey);
    }

    #[test]
    fn every_key_is_documented_as_the_table_has_it() {
        let docs = include_str!("../../docs/embedding.md");
        let rows: Vec<Vec<&str>> = docs
            .lines()
            .filter(|l| l.starts_with("| `"))
            .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
            .collect();
        let documented: Vec<&str> = rows.iter().map(|r| r[0].trim_matches('`')).collect();
        let keys: Vec<&str> = PARAMS.iter().map(|p| p.key).collect();
        assert_eq!(documented, keys, "docs/embedding.md lists the keys of the table, in its order");
        for (p, row) in PARAMS.iter().zip(&rows) {
            assert_eq!(row[1], p.values.docs_text(), "the values of `{}`", p.key);
            assert!(row[2].starts_with(p.default), "the default of `{}`: {}", p.key, row[2]);
        }
    }

    #[test]
    fn the_per_stroke_keys_are_the_tables() {
        let keys: Vec<&str> = PARAMS.iter().filter(|p| p.per_stroke.is_some()).map(|p| p.key).collect();
        assert_eq!(keys, PER_STROKE_KEYS, "config::PER_STROKE_KEYS lists the rows a stroke decides, in order");
    }

    #[test]
    fn named_values_are_the_types_own() {
        let ids = |key: &str| match param(key).unwrap().values {
            Values::Named(names) => names.to_vec(),
            _ => panic!("{key} takes names"),
        };
        assert_eq!(ids("stroke"), StrokeKind::ALL.iter().map(|s| s.id()).collect::<Vec<_>>());
        assert_eq!(ids("foot"), FootRegion::ALL.iter().map(|s| s.id()).collect::<Vec<_>>());
        assert_eq!(ids("hand"), HandTool::ALL.iter().map(|s| s.id()).collect::<Vec<_>>());
        assert_eq!(ids("compare"), CompareMode::ALL.iter().map(|s| s.id()).collect::<Vec<_>>());
        assert_eq!(ids("client"), Client::ALL.iter().map(|s| s.id()).collect::<Vec<_>>());
        assert_eq!(ids("units"), [Units::Metric, Units::Imperial].iter().map(|u| u.id()).collect::<Vec<_>>());
        assert_eq!(ids("locale"), Locale::ALL.iter().map(|l| l.id()).collect::<Vec<_>>());
        assert_eq!(ids("view"), ViewMode::ALL.iter().map(|v| v.id()).collect::<Vec<_>>());
        assert_eq!(ids("colorProfile"), ColorProfile::ALL.iter().map(|v| v.id()).collect::<Vec<_>>());
    }

    #[test]
    fn the_defaults_are_the_strokes_own_and_the_documented_ones() {
        let strokes = StrokeLibrary::built_in();
        assert_eq!(resolve(&Config::default(), &strokes), Settings::for_stroke(&strokes, StrokeKind::Effleurage));
        assert!(chosen_in(&DEFAULT_SETTINGS, &strokes).is_empty());
        for (key, si) in [
            ("mass", DEFAULT_SETTINGS.mass_kg),
            ("load", DEFAULT_SETTINGS.load_fraction),
            ("depth", DEFAULT_SETTINGS.depth_m),
        ] {
            let Values::Number(n) = param(key).unwrap().values else { panic!("{key}") };
            assert_eq!(n.text(si), param(key).unwrap().default, "{key}");
        }
    }

    #[test]
    fn numbers_convert_at_the_edge_and_clamp() {
        assert_eq!(LOAD.read("45"), Ok(0.45));
        assert_eq!(DEPTH.read("4.5"), Ok(0.045));
        assert_eq!(LEAN.read("30"), Ok(30f64.to_radians()));
        assert_eq!(IDLE.read("2.5"), Ok(150.0));
        assert_eq!(MASS.read("151"), Err(Problem::OutOfRange));
        assert_eq!(MASS.clamp_si(f64::NAN), 40.0);
        assert_eq!(LOAD.clamp_si(7.0), 1.0);
        assert_eq!(FOOT_LENGTH.on_control(0.2377), 24.0);
        assert_eq!(LEAN.text(30f64.to_radians()), "30");
    }
}
