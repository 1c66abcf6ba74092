//! A small JSON reader and string writer for the project's own data: the stroke file, the lesson
//! scenes and the envelope of saved settings. Those are a few objects of numbers, strings, flags
//! and arrays, so a reader of the whole JSON grammar with errors that say where (a byte offset, or
//! the path of a field) takes a few hundred lines; serde_json's generic deserializer took about
//! 30 KB of the app's wasm, which every tablet downloads.
//!
//! Numbers are read as f64 (as JavaScript does); objects keep their order and refuse a repeated
//! key. Nesting is limited, so that no input can exhaust the stack.
//!
//! Long because its tests sit beside it (the reader and the field helpers are about 330 lines).

use std::fmt::Write;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Members in the order written, each key once.
    Object(Vec<(String, Json)>),
}

/// Deepest nesting accepted (the project's files use four levels).
const MAX_DEPTH: usize = 64;

/// Reads `text` as one JSON value. The error says what was expected and at which byte.
pub fn parse(text: &str) -> Result<Json, String> {
    let mut reader = Reader { bytes: text.as_bytes(), at: 0 };
    let value = reader.value(0)?;
    reader.space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("the end of the text"));
    }
    Ok(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, expected: &str) -> String {
        format!("expected {expected} at byte {}", self.at)
    }

    fn space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let here = self.bytes.get(self.at) == Some(&byte);
        self.at += usize::from(here);
        here
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("less nesting"));
        }
        self.space();
        match self.bytes.get(self.at) {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("a value")),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, String> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.eat(b']') {
                return Ok(Json::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.error("`,` or `]`"));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        self.at += 1;
        let mut members: Vec<(String, Json)> = Vec::new();
        if self.eat(b'}') {
            return Ok(Json::Object(members));
        }
        loop {
            self.space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(self.error("a key in quotes"));
            }
            let key = self.string()?;
            if members.iter().any(|(k, _)| *k == key) {
                return Err(format!("the key `{key}` is repeated (byte {})", self.at));
            }
            if !self.eat(b':') {
                return Err(self.error("`:`"));
            }
            let value = self.value(depth + 1)?;
            members.push((key, value));
            if self.eat(b'}') {
                return Ok(Json::Object(members));
            }
            if !self.eat(b',') {
                return Err(self.error("`,` or `}`"));
            }
        }
    }

    /// A number as JSON writes it (sign, digits, fraction, exponent), read as the nearest f64.
    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while matches!(r.bytes.get(r.at), Some(b'0'..=b'9')) {
                r.at += 1;
            }
            r.at > from
        };
        self.at += usize::from(self.bytes[self.at] == b'-');
        let mut ok = digits(self);
        if ok && self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            ok = digits(self);
        }
        if ok && matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            self.at += 1;
            self.at += usize::from(matches!(self.bytes.get(self.at), Some(b'+' | b'-')));
            ok = digits(self);
        }
        // The slice is ASCII digits and signs, so it is a str boundary and f64 reads it.
        let text = std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or("");
        match text.parse::<f64>() {
            Ok(n) if ok && n.is_finite() => Ok(Json::Number(n)),
            _ => Err(format!("expected a finite number at byte {start}")),
        }
    }

    fn string(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let from = self.at;
            while matches!(self.bytes.get(self.at), Some(&b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // Stopped at an ASCII byte or the end, so both ends are char boundaries.
            out.push_str(std::str::from_utf8(&self.bytes[from..self.at]).map_err(|_| self.error("UTF-8"))?);
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                _ => return Err(self.error("the end of a string")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, String> {
        let byte = self.bytes.get(self.at).copied();
        self.at += 1;
        Ok(match byte {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4()?;
                if (0xd800..0xdc00).contains(&high) && self.bytes[self.at..].starts_with(b"\\u") {
                    self.at += 2;
                    let low = self.hex4()?;
                    let code = 0x10000 + ((high - 0xd800) << 10) + low.wrapping_sub(0xdc00);
                    char::from_u32(code).filter(|_| (0xdc00..0xe000).contains(&low)).unwrap_or('\u{fffd}')
                } else {
                    char::from_u32(high).unwrap_or('\u{fffd}')
                }
            }
            _ => return Err(self.error("an escape")),
        })
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or_else(|| self.error("four hex digits"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("four hex digits"))?;
        let code = u32::from_str_radix(text, 16).map_err(|_| self.error("four hex digits"))?;
        self.at += 4;
        Ok(code)
    }
}

/// `text` as a JSON string literal, quotes included (what serde_json writes: `"` and `\` escaped,
/// control characters as `\n`, `\t` … or `\u00XX`).
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What is wrong where: `field` is a path such as `strokes[1].load`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        FieldError { field: field.to_string(), message: message.into() }
    }
}

/// An object's members read by name at `path`, refusing members it does not know, so that a
/// misspelt key in a data file is an error rather than a silent default.
#[derive(Debug)]
pub struct Fields<'a> {
    path: String,
    members: &'a [(String, Json)],
}

impl<'a> Fields<'a> {
    pub fn of(value: &'a Json, path: &str, known: &[&str]) -> Result<Self, FieldError> {
        let Json::Object(members) = value else {
            return Err(FieldError::new(path, "must be an object"));
        };
        if let Some((key, _)) = members.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            return Err(FieldError::new(path, format!("unknown field `{key}`, expected one of {}", known.join(", "))));
        }
        Ok(Fields { path: path.to_string(), members })
    }

    /// The path of a member, for its errors.
    pub fn path(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    pub fn optional(&self, name: &str) -> Option<&'a Json> {
        self.members.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    pub fn required(&self, name: &str) -> Result<&'a Json, FieldError> {
        self.optional(name).ok_or_else(|| FieldError::new(&self.path, format!("missing field `{name}`")))
    }

    pub fn number(&self, name: &str) -> Result<f64, FieldError> {
        match self.required(name)? {
            Json::Number(n) => Ok(*n),
            _ => Err(FieldError::new(&self.path(name), "must be a number")),
        }
    }

    pub fn string(&self, name: &str) -> Result<&'a str, FieldError> {
        match self.required(name)? {
            Json::String(s) => Ok(s),
            _ => Err(FieldError::new(&self.path(name), "must be a string")),
        }
    }

    /// A flag, `false` where it is left out.
    pub fn flag_or_false(&self, name: &str) -> Result<bool, FieldError> {
        match self.optional(name) {
            None => Ok(false),
            Some(Json::Bool(b)) => Ok(*b),
            Some(_) => Err(FieldError::new(&self.path(name), "must be true or false")),
        }
    }

    pub fn flag(&self, name: &str) -> Result<bool, FieldError> {
        self.required(name)?;
        self.flag_or_false(name)
    }

    /// A string that names one of `all` (an enum's values) by its `id`.
    pub fn one_of<T: Copy>(&self, name: &str, all: &[T], id: impl Fn(T) -> &'static str) -> Result<T, FieldError> {
        let given = self.string(name)?;
        all.iter().copied().find(|v| id(*v) == given).ok_or_else(|| {
            let names: Vec<&str> = all.iter().map(|v| id(*v)).collect();
            FieldError::new(&self.path(name), format!("“{given}” is not one of {}", names.join(", ")))
        })
    }

    pub fn array(&self, name: &str) -> Result<&'a [Json], FieldError> {
        match self.required(name)? {
            Json::Array(items) => Ok(items),
            _ => Err(FieldError::new(&self.path(name), "must be a list")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v =
            parse(r#" {"a": [1, -2.5e3, 0.125], "b": "x\"\\\/\n\u00e9\ud83d\ude00", "c": true, "d": null, "e": {}} "#)
                .unwrap();
        let Json::Object(m) = v else { panic!() };
        assert_eq!(
            m[0],
            ("a".into(), Json::Array(vec![Json::Number(1.0), Json::Number(-2500.0), Json::Number(0.125)]))
        );
        assert_eq!(m[1].1, Json::String("x\"\\/\né😀".into()));
        assert_eq!(
            (m[2].1.clone(), m[3].1.clone(), m[4].1.clone()),
            (Json::Bool(true), Json::Null, Json::Object(vec![]))
        );
    }

    #[test]
    fn refuses_what_json_does_not_allow() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01x",
            "1.",
            ".5",
            "-",
            "1e",
            "\"\\x\"",
            "\"a",
            "nul",
            "{\"a\" 1}",
            "[1 2]",
            "{\"a\":1,\"a\":2}",
            "1e400",
            "\"\u{1}\"",
            "{} {}",
            "{a:1}",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        assert!(parse(&"[".repeat(100_000)).is_err(), "deep nesting is an error, not a stack overflow");
        assert_eq!(parse("[1, 2").unwrap_err(), "expected `,` or `]` at byte 5");
    }

    #[test]
    fn a_quoted_string_reads_back_as_itself() {
        for text in ["", "plain", "q\"uote", "back\\slash", "line\nbreak\ttab\u{1}\u{1f}", "é 日本 😀", "?a=1&b=%22"]
        {
            assert_eq!(parse(&quote(text)), Ok(Json::String(text.into())), "{text:?}");
        }
        assert_eq!(quote("a\"b\u{1}"), r#""a\"b\u0001""#);
    }

    #[test]
    fn fields_name_what_is_missing_unknown_or_of_the_wrong_kind() {
        let v = parse(r#"{"n": 1, "s": "x", "f": true}"#).unwrap();
        let f = Fields::of(&v, "things[2]", &["n", "s", "f", "o"]).unwrap();
        assert_eq!((f.number("n"), f.string("s"), f.flag("f")), (Ok(1.0), Ok("x"), Ok(true)));
        assert_eq!(f.flag_or_false("o"), Ok(false));
        assert_eq!(f.number("s").unwrap_err().field, "things[2].s");
        assert!(f.number("o").unwrap_err().message.contains("missing field `o`"));
        assert!(Fields::of(&v, "x", &["n"]).unwrap_err().message.contains("unknown field `s`"));
        let kind = f.one_of("s", &["a", "b"], |id| id).unwrap_err();
        assert_eq!((kind.field.as_str(), kind.message.contains("“x”")), ("things[2].s", true));
    }
}
