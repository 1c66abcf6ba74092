//! What the page was opened with, read once: the address, the settings this device saved, and
//! what the browser says about the visitor (languages, units, reduced motion, installed app).

use crate::browser::local_storage;
use crate::format::Units;
use crate::i18n::Locale;
use crate::setup::config::Environment;
use crate::setup::scenes::Scene;
use crate::setup::storage;
use crate::setup::url::{self, Config, Problem, Warning};

/// Seconds of inactivity after which an installed app (a tablet in consultations) returns to
/// its starting screen, unless the URL says otherwise (3 minutes).
const STANDALONE_IDLE_S: f64 = 180.0;

/// The start of the app: the config to show, what was ignored, and the visitor's environment.
#[derive(Clone, Debug, PartialEq)]
pub struct Boot {
    pub config: Config,
    pub warnings: Vec<Warning>,
    pub env: Environment,
}

fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return vec![] };
    let mut tags: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if tags.is_empty() {
        tags.extend(nav.language());
    }
    tags
}

fn media_matches(query: &str) -> bool {
    web_sys::window().and_then(|w| w.match_media(query).ok().flatten()).is_some_and(|m| m.matches())
}

impl Boot {
    /// The first view pre-rendered into index.html at build time (src/bin/prerender.rs): the
    /// default address, nothing saved, an English browser in the United States (the most common
    /// English setting, and what page-speed tools emulate).
    pub fn first_view() -> Self {
        let env = Environment { locale: Locale::En, units: Units::Imperial, reduced_motion: false };
        Self { config: Config::default(), warnings: Vec::new(), env }
    }

    /// Whether the app can take over the pre-rendered first view as it is (hydrate it): the same
    /// address, settings, language, units and motion, so the same elements. Anything else renders
    /// afresh (static/first-view.js hides the first view for such visits before it paints).
    pub fn matches_first_view(&self) -> bool {
        *self == Self::first_view()
    }

    /// Reads the browser once.
    pub fn from_browser(scenes: &[Scene]) -> Self {
        let location = web_sys::window().map(|w| w.location());
        let query = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
        let hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
        let (mut config, mut warnings) = url::parse(&query, &hash);
        if let Some(n) = config.scene.filter(|n| *n > scenes.len()) {
            warnings.push(Warning { key: "#".into(), value: format!("scene-{n}"), problem: Problem::BadScene });
            config.scene = None;
        }
        // A plain visit (no settings in the address) continues where this device left off.
        if query.trim_start_matches('?').is_empty() && config.scene.is_none() {
            if let Some(text) = local_storage().and_then(|s| s.get_item(storage::KEY).ok().flatten()) {
                let (saved, problem) = storage::decode(&text);
                config = saved;
                if problem.is_some() {
                    warnings.push(Warning { key: String::new(), value: String::new(), problem: Problem::CorruptSaved });
                }
            }
        }
        if config.place.idle_s.is_none() && media_matches("(display-mode: standalone)") {
            config.place.idle_s = Some(STANDALONE_IDLE_S);
        }
        let languages = browser_languages();
        let env = Environment {
            locale: Locale::from_preferences(languages.iter().map(String::as_str)).unwrap_or(Locale::En),
            units: languages.first().map(|t| Units::for_language_tag(t)).unwrap_or(Units::Metric),
            reduced_motion: media_matches("(prefers-reduced-motion: reduce)"),
        };
        Self { config, warnings, env }
    }
}

/// What the app starts from: the boot and the lesson scenes, read once. The page's start
/// (src/main.rs) reads them to choose between hydrating and rendering, and hands them to the app.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub boot: std::rc::Rc<Boot>,
    pub scenes: std::rc::Rc<Vec<Scene>>,
}

impl Start {
    /// Reads the scenes and the browser. The native server renderer has no browser to read: it
    /// renders the first view.
    pub fn read() -> Self {
        let scenes = crate::setup::scenes::built_in();
        let boot = if cfg!(target_arch = "wasm32") { Boot::from_browser(&scenes) } else { Boot::first_view() };
        Self { boot: std::rc::Rc::new(boot), scenes: std::rc::Rc::new(scenes) }
    }
}
