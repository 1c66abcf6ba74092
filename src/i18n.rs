//! Interface text in translation files (`locales/*.ftl`, the simple-message subset of Project
//! Fluent's syntax: `key = text`, indented continuation lines, `{ $name }` placeables, `#`
//! comments), so that a translator edits text without touching Rust.

use std::collections::HashMap;
use std::rc::Rc;

/// Interface language (contract.md `locale`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Es,
    Ja,
}

impl Locale {
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::Es, Locale::Ja];

    pub fn id(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Ja => "ja",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|l| l.id() == id)
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
            Locale::Ja => "日本語",
        }
    }

    /// The first supported language among the browser's preferences (`en-US`, `es-419`, …).
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Self> {
        tags.into_iter().find_map(|tag| Self::from_id(&tag.split(['-', '_']).next()?.to_ascii_lowercase()))
    }

    fn source(self) -> &'static str {
        match self {
            Locale::En => include_str!("../locales/en.ftl"),
            Locale::Es => include_str!("../locales/es.ftl"),
            Locale::Ja => include_str!("../locales/ja.ftl"),
        }
    }
}

/// A problem in a translation file, naming the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

/// Parses the Fluent subset into key → text.
pub fn parse(source: &str) -> Result<Vec<(String, String)>, ParseError> {
    let mut entries: Vec<(String, String)> = Vec::new();
    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        if raw.starts_with([' ', '\t']) {
            let Some(last) = entries.last_mut() else {
                return Err(ParseError { line, message: "continuation line before any message".into() });
            };
            if !last.1.is_empty() {
                last.1.push(' ');
            }
            last.1.push_str(raw.trim());
            continue;
        }
        let Some((key, value)) = raw.split_once('=') else {
            return Err(ParseError { line, message: "expected `key = text`".into() });
        };
        let key = key.trim();
        let valid = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            return Err(ParseError { line, message: format!("`{key}` is not a valid message name") });
        }
        if entries.iter().any(|(k, _)| k == key) {
            return Err(ParseError { line, message: format!("`{key}` is defined twice") });
        }
        entries.push((key.to_string(), value.trim().to_string()));
    }
    Ok(entries)
}

/// The names of the `{ $name }` placeables in a text.
pub fn placeables(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else { break };
        let inner = rest[start + 1..start + end].trim();
        if let Some(name) = inner.strip_prefix('$') {
            names.push(name.trim().to_string());
        }
        rest = &rest[start + end + 1..];
    }
    names
}

/// The messages of one language, with English behind it for any key it lacks.
#[derive(Debug)]
pub struct Translations {
    pub locale: Locale,
    messages: HashMap<String, String>,
    fallback: HashMap<String, String>,
}

/// One language's messages are loaded from the same built-in file every time, so the language
/// says whether two are equal. Yew compares the context on every render (every animation frame);
/// comparing the maps cost a tablet a noticeable share of each frame.
impl PartialEq for Translations {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
    }
}

impl Translations {
    /// Loads a language. A broken file falls back to English rather than breaking the app.
    pub fn load(locale: Locale) -> Rc<Self> {
        let read = |l: Locale| parse(l.source()).map(|e| e.into_iter().collect()).unwrap_or_default();
        Rc::new(Self { locale, messages: read(locale), fallback: read(Locale::En) })
    }

    /// The text for `key`, or the key itself so that a missing text is visible, never a crash.
    pub fn t(&self, key: &str) -> String {
        self.get(key).to_string()
    }

    /// A spinal landmark's name (the model's `C7`, `T4`, …, `PSIS`) in this language.
    pub fn landmark(&self, name: &str) -> String {
        self.t(&format!("landmark-{}", name.to_ascii_lowercase()))
    }

    fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.messages.get(key).or_else(|| self.fallback.get(key)).map(String::as_str).unwrap_or(key)
    }

    /// The text for `key` with `{ $name }` placeables filled in.
    pub fn t_args(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut text = self.get(key).to_string();
        for (name, value) in args {
            for pattern in [format!("{{ ${name} }}"), format!("{{${name}}}")] {
                text = text.replace(&pattern, value);
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_messages_continuations_and_comments() {
        let entries = parse("# c\nhello = Hello { $name }\nlong = one\n    two\n").unwrap();
        assert_eq!(entries[0], ("hello".into(), "Hello { $name }".into()));
        assert_eq!(entries[1], ("long".into(), "one two".into()));
    }

    #[test]
    fn reports_the_line_of_an_error() {
        assert_eq!(parse("a = 1\nno equals sign\n").unwrap_err().line, 2);
        assert_eq!(parse("a = 1\na = 2\n").unwrap_err().line, 2);
        assert_eq!(parse("  orphan\n").unwrap_err().line, 1);
    }

    #[test]
    fn every_language_parses_and_has_every_english_key_with_the_same_placeables() {
        let english = parse(Locale::En.source()).unwrap();
        for locale in Locale::ALL {
            let entries: HashMap<String, String> = parse(locale.source())
                .unwrap_or_else(|e| panic!("{}.ftl line {}: {}", locale.id(), e.line, e.message))
                .into_iter()
                .collect();
            for (key, text) in &english {
                let Some(translated) = entries.get(key) else { panic!("{}.ftl lacks `{key}`", locale.id()) };
                let (mut a, mut b) = (placeables(text), placeables(translated));
                a.sort();
                b.sort();
                assert_eq!(a, b, "{}.ftl `{key}` placeables", locale.id());
            }
        }
    }

    #[test]
    fn no_language_says_walk_outside_the_misconception_card() {
        // contract.md §6: only the myth-card messages (keys starting with `myth-`) may use it.
        let forms = ["walk", "camina", "caminar", "pasear", "歩"];
        for locale in Locale::ALL {
            for (key, text) in parse(locale.source()).unwrap() {
                if key.starts_with("myth-") {
                    continue;
                }
                let lower = text.to_lowercase();
                for form in forms {
                    assert!(!lower.contains(form), "{}.ftl `{key}` uses “{form}”", locale.id());
                }
            }
        }
    }

    #[test]
    fn fills_placeables_and_falls_back() {
        let tr = Translations::load(Locale::En);
        assert_eq!(tr.t("no-such-key"), "no-such-key");
        assert!(!tr.t_args("notice-ignored", &[("key", "mass"), ("value", "9000"), ("reason", "x")]).contains('$'));
    }

    #[test]
    fn preferences_pick_the_first_supported_language() {
        assert_eq!(Locale::from_preferences(["fr-FR", "es-419", "en"]), Some(Locale::Es));
        assert_eq!(Locale::from_preferences(["de"]), None);
        assert_eq!(Locale::from_preferences(["JA-jp"]), Some(Locale::Ja));
    }
}
