//! Interface text in translation files (`locales/*.ftl`, the simple-message subset of Project
//! Fluent's syntax: `key = text`, indented continuation lines, `{ $name }` placeables, `#`
//! comments), so that a translator edits text without touching Rust.
//!
//! Long because its tests sit beside the parser: the word rule, the glossary and every
//! language's completeness are checked here, against the parser they depend on (the code itself
//! is about 160 lines).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    /// Language files fetched in the browser (src/hooks/translations.rs), kept for the page's life.
    static FETCHED: RefCell<HashMap<Locale, &'static str>> = RefCell::new(HashMap::new());
}

/// Interface language (docs/embedding.md `locale`).
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

    /// The language's file as built into the program: English always (every other language falls
    /// back to it); the others only natively (tests, the pre-render step). The browser fetches them
    /// when first needed (src/hooks/translations.rs), so a visit downloads only what it shows.
    fn built_in(self) -> Option<&'static str> {
        match self {
            Locale::En => Some(include_str!("../locales/en.ftl")),
            #[cfg(not(target_arch = "wasm32"))]
            Locale::Es => Some(include_str!("../locales/es.ftl")),
            #[cfg(not(target_arch = "wasm32"))]
            Locale::Ja => Some(include_str!("../locales/ja.ftl")),
            #[cfg(target_arch = "wasm32")]
            Locale::Es | Locale::Ja => None,
        }
    }

    /// The language's file, if this page has it: built in, or fetched already.
    pub fn source(self) -> Option<&'static str> {
        self.built_in().or_else(|| FETCHED.with(|f| f.borrow().get(&self).copied()))
    }

    /// Keeps a fetched file for the page's life. A language is fetched at most once per page, so
    /// the text is simply leaked: at most two files of about 16 KB.
    pub fn keep(self, text: String) {
        FETCHED.with(|f| f.borrow_mut().insert(self, Box::leak(text.into_boxed_str())));
    }

    /// Where the browser finds the language's file, relative to the page (Trunk copies locales/).
    pub fn file(self) -> String {
        format!("locales/{}.ftl", self.id())
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
    /// Loads a language. A broken or missing file falls back to English rather than breaking the
    /// app (src/hooks/translations.rs fetches a language before it asks for it).
    pub fn load(locale: Locale) -> Rc<Self> {
        let read = |l: Locale| {
            l.source().and_then(|text| parse(text).ok()).map(|e| e.into_iter().collect()).unwrap_or_default()
        };
        // English needs no fallback behind it: parsing its file once is enough (it is the start's).
        let fallback = if locale == Locale::En { HashMap::new() } else { read(Locale::En) };
        Rc::new(Self { locale, messages: read(locale), fallback })
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
        let english = parse(Locale::En.source().unwrap()).unwrap();
        for locale in Locale::ALL {
            let entries: HashMap<String, String> = parse(locale.source().unwrap())
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
    fn no_language_keeps_a_key_that_english_has_dropped() {
        let english = messages(Locale::En);
        for locale in Locale::ALL {
            let extra: Vec<String> = parse(locale.source().unwrap())
                .unwrap()
                .into_iter()
                .map(|(key, _)| key)
                .filter(|key| !english.contains_key(key))
                .collect();
            assert!(extra.is_empty(), "{}.ftl has keys English no longer has: {extra:?}", locale.id());
        }
    }

    /// Words and phrases that make ashiatsu sound like walking, stepping or treading on the
    /// client, or that put the therapist on the client (the word rule, docs/glossary.md), in every language,
    /// separated by `|`. Latin-script patterns are matched word by word on the lower-cased text:
    /// a word ending in `*` is a prefix, `?` is any one word.
    const WALK_PATTERNS: &[&str] = &[
        // English: walk, step on, tread, trample, stand on the client.
        "walk* | step on | steps on | stepping on | stepped on | tread* | trod | trodden | trampl* | stomp*",
        "stand* on the client* | stand* on ? back | stand* on top | stood on | on top of the client* | climb* on",
        "on top of ? back",
        // Spanish: caminar, pasear, pisar, pisotear, paso, andar (every form), subirse encima.
        "camin* | pase* | pisa* | pise* | piso | pisó | pisé | pisote* | paso | pasos",
        "anda* | ande | anden | anduv* | sube encima | subirse encima | se sube a",
        "encima del cliente | encima de la clienta",
    ];
    /// Pairs of patterns that, both in one message, put the therapist on the client
    /// (“de pie … sobre el cliente”).
    const WALK_TOGETHER: &[(&str, &str)] = &[
        (
            "de pie | parado | parada | erguido | erguida | subido | subida",
            "sobre el cliente | sobre la clienta | sobre los clientes | sobre la persona",
        ),
        ("stand* | stood", "on the client* | on top of"),
    ];
    /// Japanese, matched as text after removing the allowed phrases: 土踏まず is the arch of the
    /// foot and 施術台の上に立つ is standing on the table.
    const WALK_JA: &str =
        "歩 | 踏 | 上に立 | 乗る | 乗っ | 乗り | 乗ら | 乗れ | クライアントの上 | 背中の上に | 背中の上を | 背中に立";
    const WALK_JA_ALLOWED: &str = "土踏まず | 台の上に立";
    /// The therapist's own body must not slide (“el terapeuta … se desliza”); the foot, hand and
    /// the stroke do (“el pie se desliza”, “deslizamiento”).
    const SLIDING_BODY_PARTS: &str =
        "pie | pies | mano | manos | talón | planta | palma | pulgar | pulgares | antebrazo | codo | dedos | puño | antepié | maniobra | contacto";

    fn alternatives(list: &str) -> impl Iterator<Item = &str> {
        list.split('|').map(str::trim)
    }

    fn words(text: &str) -> Vec<String> {
        text.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(String::from).collect()
    }

    /// Whether the word sequence `pattern` occurs in `words`.
    fn has_words(words: &[String], pattern: &str) -> bool {
        let wanted: Vec<&str> = pattern.split(' ').collect();
        words.windows(wanted.len()).any(|window| {
            window.iter().zip(&wanted).all(|(word, want)| match want.strip_suffix('*') {
                _ if *want == "?" => true,
                Some(prefix) => word.starts_with(prefix),
                None => word == want,
            })
        })
    }

    /// What in `text` says walk, step or tread, or puts the therapist on the client.
    fn walk_findings(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        let all = words(text);
        found.extend(
            WALK_PATTERNS.iter().flat_map(|p| alternatives(p)).filter(|p| has_words(&all, p)).map(String::from),
        );
        for (first, second) in WALK_TOGETHER {
            let a = alternatives(first).find(|p| has_words(&all, p));
            let b = alternatives(second).find(|p| has_words(&all, p));
            if let (Some(a), Some(b)) = (a, b) {
                found.push(format!("{a} + {b}"));
            }
        }
        let japanese = alternatives(WALK_JA_ALLOWED).fold(text.to_string(), |t, allowed| t.replace(allowed, ""));
        found.extend(alternatives(WALK_JA).filter(|p| japanese.contains(p)).map(String::from));
        let parts: Vec<&str> = alternatives(SLIDING_BODY_PARTS).collect();
        for sentence in text.split(['.', ';', ':', '。']) {
            let w = words(sentence);
            let Some(subject) = w.iter().position(|x| x == "terapeuta" || x == "terapeutas") else { continue };
            let Some(verb) = w.windows(2).position(|p| p[0] == "se" && p[1].starts_with("desliz")) else { continue };
            if verb > subject && !w[subject..verb].iter().any(|x| parts.contains(&x.as_str())) {
                found.push("terapeuta … se desliza".into());
            }
        }
        found
    }

    #[test]
    fn no_language_says_walk_outside_the_misconception_card() {
        // the word rule, docs/glossary.md: only the myth-card messages (keys starting with `myth-`) may use it.
        let mut problems = Vec::new();
        for locale in Locale::ALL {
            for (key, text) in parse(locale.source().unwrap()).unwrap() {
                let found = walk_findings(&text);
                if !key.starts_with("myth-") && !found.is_empty() {
                    problems.push(format!("{}.ftl `{key}` uses {found:?}: {text}", locale.id()));
                }
            }
        }
        assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    }

    #[test]
    fn the_walk_check_catches_the_old_phrases_and_spares_the_arch_and_the_glide() {
        let caught = [
            "De pie sobre el cliente, el terapeuta presiona en vertical, perpendicular a la espalda.",
            "el terapeuta sujeta las barras y se desliza a lo largo de los músculos",
            "el terapeuta se desliza",
            "Retroceder un paso",
            "pisar la espalda",
            "la terapeuta, parada sobre la clienta",
            "背中を踏む",
            "足で踏みます",
            "クライアントの上に立つセラピスト",
            "背中に乗って",
            "someone walking on their back",
            "the therapist stands on the client",
            "standing on top of the client",
            "trampling",
        ];
        for phrase in caught {
            assert!(!walk_findings(phrase).is_empty(), "not caught: {phrase}");
        }
        let spared = [
            "土踏まず",
            "セラピストは施術台の上に立ち、頭上のバーを握ります",
            "足に体重を乗せる",
            "el pie se desliza sobre la piel con aceite",
            "el terapeuta sujeta las barras y desliza el pie a lo largo de los músculos",
            "Un largo deslizamiento desde el sacro",
            "el terapeuta está de pie en la camilla",
            "se inclina sobre el cliente",
            "Step back",
            "Standing over the client, the therapist presses straight down",
            "la banda de comodidad",
        ];
        for phrase in spared {
            assert!(walk_findings(phrase).is_empty(), "false alarm on {phrase}: {:?}", walk_findings(phrase));
        }
    }

    const GLOSSARY: &str = include_str!("../docs/glossary.md");

    /// The rows of the glossary's tables whose header starts with `first`, as trimmed cells.
    fn glossary_rows(first: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut wanted = None;
        for line in GLOSSARY.lines().map(str::trim) {
            if !line.starts_with('|') {
                wanted = None;
                continue;
            }
            let cells: Vec<String> = line.trim_matches('|').split('|').map(|c| c.trim().to_string()).collect();
            if cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':'))) {
                continue;
            }
            match wanted {
                None => wanted = Some(cells[0] == first),
                Some(true) => rows.push(cells),
                Some(false) => {}
            }
        }
        rows
    }

    /// The text with its `{ $name }` placeables removed, lower-cased.
    fn plain_text(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            rest = rest[start..].find('}').map_or("", |end| &rest[start + end + 1..]);
        }
        out.push_str(rest);
        out.to_lowercase()
    }

    /// A term cell's alternatives (` / `), without its parenthesised notes, lower-cased.
    fn term_forms(cell: &str) -> Vec<String> {
        let mut bare = String::new();
        let mut depth = 0;
        for c in cell.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => bare.push(c),
                _ => {}
            }
        }
        bare.split(" / ").map(|t| t.trim().to_lowercase()).filter(|t| !t.is_empty()).collect()
    }

    fn messages(locale: Locale) -> HashMap<String, String> {
        parse(locale.source().unwrap()).unwrap().into_iter().collect()
    }

    #[test]
    fn every_glossary_key_uses_the_glossary_term_in_every_language() {
        let rows = glossary_rows("English");
        assert!(rows.len() >= 40, "docs/glossary.md: only {} term rows were read", rows.len());
        let columns = [Locale::En, Locale::Es, Locale::Ja];
        let all: Vec<HashMap<String, String>> = columns.iter().map(|l| messages(*l)).collect();
        let mut problems = Vec::new();
        for row in &rows {
            assert!(row.len() >= 4, "docs/glossary.md row {row:?} has too few cells");
            let keys: Vec<&str> = row[3].split('`').skip(1).step_by(2).collect();
            for (column, locale) in columns.iter().enumerate() {
                let forms = term_forms(&row[column]);
                assert!(!forms.is_empty(), "docs/glossary.md row {row:?} lacks the {} term", locale.id());
                for key in &keys {
                    let Some(text) = all[column].get(*key) else {
                        problems.push(format!("glossary key `{key}` is not in {}.ftl", locale.id()));
                        continue;
                    };
                    if !forms.iter().any(|f| plain_text(text).contains(f.as_str())) {
                        problems.push(format!("{}.ftl `{key}` should use “{}”: {text}", locale.id(), row[column]));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    }

    #[test]
    fn no_language_uses_a_word_the_glossary_says_to_avoid() {
        let rows = glossary_rows("Language");
        assert!(rows.len() >= 10, "docs/glossary.md: only {} avoid rows were read", rows.len());
        let mut problems = Vec::new();
        for row in &rows {
            let locale =
                Locale::from_id(&row[0]).unwrap_or_else(|| panic!("docs/glossary.md: no language `{}`", row[0]));
            let avoid = row[1].to_lowercase();
            for (key, text) in parse(locale.source().unwrap()).unwrap() {
                if plain_text(&text).contains(&avoid) {
                    problems.push(format!("{}.ftl `{key}` uses “{}” (use “{}”): {text}", locale.id(), row[1], row[2]));
                }
            }
        }
        assert!(problems.is_empty(), "\n{}", problems.join("\n"));
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
