//! What an address asks for, as values the app uses: the model's settings in SI units, the
//! moment and playback, the language and units, and the place the app is shown in. The address
//! format itself is src/setup/params.rs (one row per key) and src/setup/url.rs (the codec).

use crate::format::Units;
use crate::i18n::{Locale, Translations};
use ashiatsu_model::depth::DEFAULT_DEPTH_M;
use ashiatsu_model::settings::{DEFAULT_LEAN_DEG, DEFAULT_LOAD, DEFAULT_MASS_KG};
use ashiatsu_model::{Client, CompareMode, FootRegion, HandTool, Settings, StrokeKind};

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

/// Everything an address can ask for.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The model's settings, SI. Those a stroke decides for itself (src/setup/params.rs, `per_stroke`)
    /// hold a placeholder until resolved against the strokes, unless `chosen` names them.
    pub settings: Settings,
    /// The keys of stroke-decided settings that the address chose.
    pub chosen: Chosen,
    /// The moment of the stroke shown, 0..1.
    pub phase: f64,
    /// `None` means "as the device prefers" (reduced motion pauses).
    pub play: Option<bool>,
    pub speed: f64,
    /// `None` means "from the language".
    pub units: Option<Units>,
    /// `None` means "from the browser's languages".
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
    /// Consultation mode: seconds without input after which the app returns to its start
    /// (`idle`, in minutes in the address; an extension of the contract).
    pub idle_s: Option<f64>,
}

/// The settings of the default address. The stroke-decided ones are effleurage's as the built-in
/// stroke file has them, placeholders all the same: resolution takes them from the strokes.
pub const DEFAULT_SETTINGS: Settings = Settings {
    stroke: StrokeKind::Effleurage,
    foot: FootRegion::Sole,
    hand: HandTool::Palm,
    mass_kg: DEFAULT_MASS_KG,
    load_fraction: DEFAULT_LOAD,
    lean_rad: DEFAULT_LEAN_DEG.to_radians(),
    compare: CompareMode::Force,
    client: Client::Typical,
    pair: false,
    foot_length_m: None,
    depth_m: DEFAULT_DEPTH_M,
};

impl Default for Config {
    fn default() -> Self {
        Self {
            settings: DEFAULT_SETTINGS,
            chosen: Chosen::default(),
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

/// The keys a stroke decides unless the address does (src/setup/params.rs, `per_stroke`; a test
/// there ties the two lists), in their order in the address.
pub const PER_STROKE_KEYS: [&str; 4] = ["foot", "hand", "pair", "lean"];

/// Which of [`PER_STROKE_KEYS`] the address chose, as bits: a set that is `Copy` and compares in
/// one instruction, for a config compared and cloned on every render.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Chosen(u8);

impl Chosen {
    fn bit(key: &str) -> u8 {
        PER_STROKE_KEYS.iter().position(|k| *k == key).map_or(0, |i| 1 << i)
    }

    /// Marks `key` chosen; a key that no stroke decides is not kept.
    pub fn insert(&mut self, key: &str) {
        self.0 |= Self::bit(key);
    }

    pub fn contains(&self, key: &str) -> bool {
        self.0 & Self::bit(key) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    pub fn keys(self) -> impl Iterator<Item = &'static str> {
        PER_STROKE_KEYS.into_iter().enumerate().filter(move |(i, _)| self.0 & (1 << i) != 0).map(|(_, k)| k)
    }
}

impl<'a> FromIterator<&'a str> for Chosen {
    fn from_iter<I: IntoIterator<Item = &'a str>>(keys: I) -> Self {
        let mut set = Chosen::default();
        for key in keys {
            set.insert(key);
        }
        set
    }
}

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

impl Warning {
    /// The warning in the current language, for the notice and the console.
    pub fn text(&self, tr: &Translations) -> String {
        let w = self;
        match w.problem {
            Problem::CorruptSaved => return tr.t(w.problem.message_key()),
            Problem::LanguageUnavailable => return tr.t_args(w.problem.message_key(), &[("language", &w.value)]),
            // A link's hash is not a key=value pair: name the scene it asked for as it was written.
            Problem::BadScene => {
                let reason = tr.t(w.problem.message_key());
                return tr.t_args("notice-ignored-scene", &[("value", &format!("#{}", w.value)), ("reason", &reason)]);
            }
            _ => {}
        }
        tr.t_args("notice-ignored", &[("key", &w.key), ("value", &w.value), ("reason", &tr.t(w.problem.message_key()))])
    }
}

/// What the browser says about the visitor, for defaults the URL left open.
#[derive(Clone, Debug, PartialEq)]
pub struct Environment {
    pub locale: Locale,
    pub units: Units,
    pub reduced_motion: bool,
}

impl Default for Environment {
    fn default() -> Self {
        Self { locale: Locale::En, units: Units::Metric, reduced_motion: false }
    }
}
