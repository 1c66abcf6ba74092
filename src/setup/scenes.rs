//! Lesson scenes for presenter mode, as data (`content/scenes.json`): a teacher reorders or adds
//! scenes without touching code. Each scene names its settings as a URL query (the app's one
//! settings language) and the readout to put first; its words are the translation keys
//! `scene-<id>-title` and `scene-<id>-body`. Invalid data gives an error naming the field.

use crate::quantities::{quantity_by_id, QUANTITIES};
use crate::setup::url::{self, Config};
use ashiatsu_model::json::{self, FieldError, Fields};
use std::fmt;
use yew::AttrValue;

/// The scenes shipped with the app.
pub const BUILT_IN: &str = include_str!("../../content/scenes.json");

/// What a scene is about: the misconception (`myth`), or one readout (its docs/embedding.md, “What
/// it says back” name), which presenter mode then shows and marks in its table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Myth,
    Readout(&'static str),
}

impl Focus {
    /// The name scene files use.
    pub const MYTH: &'static str = "myth";

    /// Every name a scene file may give, in the table's order after the myth.
    pub fn names() -> impl Iterator<Item = &'static str> {
        std::iter::once(Self::MYTH).chain(QUANTITIES.iter().map(|q| q.id))
    }

    pub fn from_name(name: &str) -> Option<Focus> {
        if name == Self::MYTH {
            return Some(Focus::Myth);
        }
        quantity_by_id(name).map(|q| Focus::Readout(q.id))
    }

    /// The readout to mark, if the scene is about one.
    pub fn readout(self) -> Option<&'static str> {
        match self {
            Focus::Myth => None,
            Focus::Readout(id) => Some(id),
        }
    }
}

/// Which pictures a scene shows large, so that all of it fits a projector's screen: the side
/// views (`side`, the default), the stress under the skin (`depth`: the cross-sections and the
/// profile against depth) or the contacts (`contact`: the backs and the close-ups).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ScenePictures {
    #[default]
    Side,
    Depth,
    Contact,
}

impl ScenePictures {
    pub const ALL: [ScenePictures; 3] = [ScenePictures::Side, ScenePictures::Depth, ScenePictures::Contact];

    pub fn id(self) -> &'static str {
        match self {
            ScenePictures::Side => "side",
            ScenePictures::Depth => "depth",
            ScenePictures::Contact => "contact",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id)
    }
}

/// One validated lesson scene.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Shared with the scene panel as it is (no copy per frame).
    pub id: AttrValue,
    pub focus: Focus,
    pub config: Config,
    pub pictures: ScenePictures,
}

/// What is wrong with scene data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SceneError {
    /// e.g. `scenes[2].settings`
    pub field: String,
    pub message: String,
}

impl fmt::Display for SceneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "lesson scenes, {}: {}", self.field, self.message)
    }
}

impl From<FieldError> for SceneError {
    fn from(e: FieldError) -> Self {
        SceneError { field: if e.field.is_empty() { "scenes".into() } else { e.field }, message: e.message }
    }
}

/// One scene as the file gives it, before it is checked.
struct SceneData<'a> {
    id: &'a str,
    focus: &'a str,
    settings: &'a str,
    pictures: Option<&'a str>,
}

/// One scene of the file at `scenes[i]`, read but not yet checked.
fn read_one(i: usize, scene: &json::Json) -> Result<SceneData<'_>, FieldError> {
    let f = Fields::of(scene, &format!("scenes[{i}]"), &["id", "focus", "settings", "pictures"])?;
    let pictures = match f.optional("pictures") {
        None | Some(json::Json::Null) => None,
        Some(_) => Some(f.string("pictures")?),
    };
    Ok(SceneData { id: f.string("id")?, focus: f.string("focus")?, settings: f.string("settings")?, pictures })
}

/// The scenes of the file, read but not yet checked.
fn read(doc: &json::Json) -> Result<Vec<SceneData<'_>>, FieldError> {
    let top = Fields::of(doc, "", &["scenes"])?;
    top.array("scenes")?.iter().enumerate().map(|(i, scene)| read_one(i, scene)).collect()
}

/// Parses and validates scene data. Never panics, whatever the text.
pub fn parse(text: &str) -> Result<Vec<Scene>, SceneError> {
    let doc = json::parse(text).map_err(|message| SceneError { field: "scenes".into(), message })?;
    let list = read(&doc)?;
    if list.is_empty() {
        return Err(SceneError { field: "scenes".into(), message: "needs at least one scene".into() });
    }
    let mut scenes = Vec::with_capacity(list.len());
    for (i, s) in list.into_iter().enumerate() {
        let at = |name: &str, message: String| SceneError { field: format!("scenes[{i}].{name}"), message };
        let valid_id = !s.id.is_empty()
            && s.id.len() <= 40
            && s.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid_id {
            return Err(at("id", format!("“{}” must be lowercase letters, digits and hyphens", s.id)));
        }
        if scenes.iter().any(|other: &Scene| *other.id == *s.id) {
            return Err(at("id", format!("“{}” is used twice", s.id)));
        }
        let focus = Focus::from_name(s.focus).ok_or_else(|| {
            at("focus", format!("“{}” is not one of {}", s.focus, Focus::names().collect::<Vec<_>>().join(", ")))
        })?;
        let (config, warnings) = url::parse(s.settings, "");
        if let Some(w) = warnings.first() {
            return Err(at("settings", format!("“{}={}”: {:?}", w.key, w.value, w.problem)));
        }
        let pictures = match s.pictures {
            None => ScenePictures::default(),
            Some(name) => ScenePictures::from_id(name)
                .ok_or_else(|| at("pictures", format!("“{name}” is not one of side, depth, contact")))?,
        };
        scenes.push(Scene { id: AttrValue::from(s.id.to_string()), focus, config, pictures });
    }
    Ok(scenes)
}

/// The built-in scenes (validated by the tests, so this cannot fail in a release).
pub fn built_in() -> Vec<Scene> {
    parse(BUILT_IN).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::parse as parse_ftl;

    #[test]
    fn built_in_scenes_are_valid_and_have_words() {
        let scenes = parse(BUILT_IN).unwrap();
        assert!(scenes.len() >= 8);
        let english: Vec<String> =
            parse_ftl(include_str!("../../locales/en.ftl")).unwrap().into_iter().map(|(k, _)| k).collect();
        for s in &scenes {
            for part in ["title", "body"] {
                let key = format!("scene-{}-{part}", s.id);
                assert!(english.contains(&key), "en.ftl lacks {key}");
            }
        }
    }

    #[test]
    fn errors_name_the_field() {
        let bad = |text: &str| parse(text).unwrap_err().field;
        assert_eq!(bad(r#"{"scenes":[{"id":"a","focus":"myth","settings":"mass=9000"}]}"#), "scenes[0].settings");
        assert_eq!(
            bad(r#"{"scenes":[{"id":"a","focus":"myth","settings":""},{"id":"B","focus":"myth","settings":""}]}"#),
            "scenes[1].id"
        );
        assert_eq!(bad(r#"{"scenes":[{"id":"a","focus":"feet","settings":""}]}"#), "scenes[0].focus");
        assert_eq!(
            bad(r#"{"scenes":[{"id":"a","focus":"myth","settings":""},{"id":"a","focus":"myth","settings":""}]}"#),
            "scenes[1].id"
        );
        assert_eq!(bad(r#"{"scenes":[]}"#), "scenes");
        assert_eq!(
            bad(r#"{"scenes":[{"id":"a","focus":"myth","settings":"","pictures":"all"}]}"#),
            "scenes[0].pictures"
        );
        assert!(parse(r#"{"scenes":[{"id":"a","focus":"myth"}]}"#).unwrap_err().message.contains("settings"));
    }

    #[test]
    fn garbage_never_panics() {
        for text in ["", "{", "[]", "null", "{\"scenes\":7}", "\u{0}\u{ffff}"] {
            assert!(parse(text).is_err());
        }
    }
}
