//! Strokes as data: timelines over the phase of one stroke cycle (0..1) for position on the
//! back, load, heel-to-ball rocking and gliding, read from `data/strokes.json` and validated with
//! errors that name the field (docs/model.md §7).

use crate::contact::{FootRegion, HandTool};
use crate::json::{self, FieldError, Fields, Json};
use serde::Serialize;
use std::fmt;

/// The stroke both sides perform (docs/embedding.md `stroke`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StrokeKind {
    Compression,
    Effleurage,
    Petrissage,
}

impl StrokeKind {
    pub const ALL: &'static [StrokeKind] = &[StrokeKind::Compression, StrokeKind::Effleurage, StrokeKind::Petrissage];

    pub fn id(self) -> &'static str {
        match self {
            StrokeKind::Compression => "compression",
            StrokeKind::Effleurage => "effleurage",
            StrokeKind::Petrissage => "petrissage",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.id() == id)
    }
}

/// Keyframes `[phase, value]`, phases rising from 0 to 1, eased between keyframes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Timeline(pub Vec<[f64; 2]>);

impl Timeline {
    /// Reads `[[phase, value], …]`; the values are checked by `validate`.
    fn read(value: &Json, path: &str) -> Result<Self, FieldError> {
        let Json::Array(items) = value else {
            return Err(FieldError::new(path, "must be a list of [phase, value] pairs"));
        };
        let pair = |(i, item): (usize, &Json)| {
            if let Json::Array(p) = item {
                if let [Json::Number(t), Json::Number(v)] = p.as_slice() {
                    return Ok([*t, *v]);
                }
            }
            Err(FieldError::new(&format!("{path}[{i}]"), "must be [phase, value], two numbers"))
        };
        Ok(Timeline(items.iter().enumerate().map(pair).collect::<Result<_, _>>()?))
    }

    /// The value at `phase` (wrapped into 0..1), eased so that motion starts and stops smoothly.
    pub fn at(&self, phase: f64) -> f64 {
        let keys = &self.0;
        let t = wrap_phase(phase);
        let i = keys.partition_point(|k| k[0] <= t).clamp(1, keys.len().max(2) - 1);
        if keys.len() < 2 {
            return keys.first().map_or(0.0, |k| k[1]);
        }
        let ([t0, v0], [t1, v1]) = (keys[i - 1], keys[i]);
        let span = t1 - t0;
        let u = if span > 0.0 { ((t - t0) / span).clamp(0.0, 1.0) } else { 1.0 };
        let eased = u * u * (3.0 - 2.0 * u);
        v0 + (v1 - v0) * eased
    }

    fn validate(&self, field: &str, range: (f64, f64)) -> Result<(), StrokeError> {
        let keys = &self.0;
        if keys.len() < 2 {
            return Err(StrokeError::field(field, "needs at least two keyframes, at phase 0 and phase 1"));
        }
        for (i, [phase, value]) in keys.iter().enumerate() {
            let here = format!("{field}[{i}]");
            if !phase.is_finite() || !(0.0..=1.0).contains(phase) {
                return Err(StrokeError::field(&here, format!("phase {phase} is not between 0 and 1")));
            }
            if !value.is_finite() || *value < range.0 || *value > range.1 {
                return Err(StrokeError::field(
                    &here,
                    format!("value {value} is not between {} and {}", range.0, range.1),
                ));
            }
            if i > 0 && *phase < keys[i - 1][0] {
                return Err(StrokeError::field(&here, "phases must not go backwards"));
            }
        }
        if keys[0][0] != 0.0 || keys[keys.len() - 1][0] != 1.0 {
            return Err(StrokeError::field(field, "must start at phase 0 and end at phase 1"));
        }
        if (keys[0][1] - keys[keys.len() - 1][1]).abs() > 1e-9 {
            return Err(StrokeError::field(field, "must end where it starts, so that the cycle repeats smoothly"));
        }
        Ok(())
    }
}

/// Phase wrapped into 0..1 (non-finite phases become 0).
pub fn wrap_phase(phase: f64) -> f64 {
    if phase.is_finite() {
        let t = phase.rem_euclid(1.0);
        if t >= 1.0 {
            0.0
        } else {
            t
        }
    } else {
        0.0
    }
}

/// One stroke: defaults and timelines.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stroke {
    pub id: StrokeKind,
    pub default_foot: FootRegion,
    pub default_hand: HandTool,
    /// Both feet and both hands by default, one each side of the spine (contract `pair`).
    pub default_pair: bool,
    /// Duration of one cycle at normal speed, s.
    pub cycle_s: f64,
    /// Angle of the foot's force from the normal to the back, degrees (ashiatsu presses from above).
    pub foot_approach_deg: f64,
    /// The hand therapist's lean from vertical as taught for this stroke, degrees (contract `lean`
    /// when the link gives none; docs/model.md §7).
    pub default_lean_deg: f64,
    /// The hand grasps, lifts and squeezes the tissue as well as pressing it (kneading), which a
    /// foot cannot do: the numbers compare only the pressing (docs/model.md §7). Left out: false.
    pub hand_lifts: bool,
    /// Position along the back, as a fraction of C7 (0) to PSIS (1).
    pub along: Timeline,
    /// Distance from the spine, m (the working side's erector band is about 0.04 m out).
    pub lateral: Timeline,
    /// Fraction of the chosen load applied at each phase (1 = all of it).
    pub load: Timeline,
    /// Share of the foot's load on the forefoot: 0 heel, 1 ball (rocking).
    pub forefoot: Timeline,
    /// 1 while the contact glides along oiled skin, 0 while it holds still.
    pub glide: Timeline,
}

/// The members a stroke has in the file.
const STROKE_FIELDS: &[&str] = &[
    "id",
    "default_foot",
    "default_hand",
    "default_pair",
    "cycle_s",
    "foot_approach_deg",
    "default_lean_deg",
    "hand_lifts",
    "along",
    "lateral",
    "load",
    "forefoot",
    "glide",
];

impl Stroke {
    /// Reads one stroke of the file at `path` (`strokes[i]`); its numbers are checked by
    /// `StrokeLibrary::validate`.
    fn read(value: &Json, path: &str) -> Result<Self, FieldError> {
        let f = Fields::of(value, path, STROKE_FIELDS)?;
        let timeline = |name: &str| Timeline::read(f.required(name)?, &f.path(name));
        Ok(Stroke {
            id: f.one_of("id", StrokeKind::ALL, StrokeKind::id)?,
            default_foot: f.one_of("default_foot", FootRegion::ALL, FootRegion::id)?,
            default_hand: f.one_of("default_hand", HandTool::ALL, HandTool::id)?,
            default_pair: f.flag("default_pair")?,
            cycle_s: f.number("cycle_s")?,
            foot_approach_deg: f.number("foot_approach_deg")?,
            default_lean_deg: f.number("default_lean_deg")?,
            hand_lifts: f.flag_or_false("hand_lifts")?,
            along: timeline("along")?,
            lateral: timeline("lateral")?,
            load: timeline("load")?,
            forefoot: timeline("forefoot")?,
            glide: timeline("glide")?,
        })
    }

    /// The stroke's fullest moment, the one its headline describes: the middle of the first
    /// stretch of keyframes at the stroke's highest load (the load timeline eases between its
    /// keyframes, so its maximum is at a keyframe; validation guarantees it reaches 1).
    pub fn peak_phase(&self) -> f64 {
        let keys = &self.load.0;
        let top = keys.iter().fold(f64::NEG_INFINITY, |m, k| m.max(k[1]));
        let first = keys.iter().position(|k| k[1] >= top - 1e-12).unwrap_or(0);
        let last = keys[first..].iter().take_while(|k| k[1] >= top - 1e-12).count() + first - 1;
        match keys.get(first).zip(keys.get(last)) {
            Some((a, b)) => 0.5 * (a[0] + b[0]),
            None => 0.0,
        }
    }
}

/// Every stroke, read from data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StrokeLibrary {
    pub strokes: Vec<Stroke>,
}

/// What is wrong with stroke data. `field` is a path such as `strokes[1].load[2]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrokeError {
    /// The text is not JSON, or not an object of strokes (the message says where).
    Parse(String),
    /// A field has a value the model cannot use.
    Field { field: String, message: String },
}

impl StrokeError {
    fn field(field: &str, message: impl Into<String>) -> Self {
        StrokeError::Field { field: field.to_string(), message: message.into() }
    }
}

impl fmt::Display for StrokeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StrokeError::Parse(message) => write!(f, "stroke data: {message}"),
            StrokeError::Field { field, message } => write!(f, "stroke data, {field}: {message}"),
        }
    }
}

impl std::error::Error for StrokeError {}

/// The strokes shipped with the app.
pub const BUILT_IN_STROKES: &str = include_str!("../data/strokes.json");

impl StrokeLibrary {
    /// Parses and validates stroke data. Never panics, whatever the text.
    pub fn from_json(text: &str) -> Result<Self, StrokeError> {
        let doc = json::parse(text).map_err(StrokeError::Parse)?;
        let top = Fields::of(&doc, "", &["strokes"]).map_err(|e| StrokeError::Parse(e.message))?;
        let read = |i: usize, s: &Json| Stroke::read(s, &format!("strokes[{i}]"));
        let strokes = top
            .array("strokes")
            .and_then(|list| list.iter().enumerate().map(|(i, s)| read(i, s)).collect::<Result<Vec<_>, _>>())
            .map_err(|e| match e.field.is_empty() {
                true => StrokeError::Parse(e.message),
                false => StrokeError::Field { field: e.field, message: e.message },
            })?;
        let library = StrokeLibrary { strokes };
        library.validate()?;
        Ok(library)
    }

    /// The built-in strokes (validated by the test suite, so this cannot fail in a release).
    pub fn built_in() -> Self {
        Self::from_json(BUILT_IN_STROKES).expect("built-in stroke data is valid (tested)")
    }

    pub fn get(&self, kind: StrokeKind) -> &Stroke {
        // validate() guarantees every kind is present exactly once.
        self.strokes.iter().find(|s| s.id == kind).expect("validated library has every stroke")
    }

    fn validate(&self) -> Result<(), StrokeError> {
        for kind in StrokeKind::ALL {
            let count = self.strokes.iter().filter(|s| s.id == *kind).count();
            if count != 1 {
                return Err(StrokeError::field(
                    "strokes",
                    format!("must define `{}` exactly once (found {count})", kind.id()),
                ));
            }
        }
        for (i, s) in self.strokes.iter().enumerate() {
            let at = |name: &str| format!("strokes[{i}].{name}");
            if !s.cycle_s.is_finite() || !(1.0..=60.0).contains(&s.cycle_s) {
                return Err(StrokeError::field(&at("cycle_s"), "must be between 1 and 60 seconds"));
            }
            if !s.foot_approach_deg.is_finite() || s.foot_approach_deg.abs() > 60.0 {
                return Err(StrokeError::field(&at("foot_approach_deg"), "must be between -60 and 60 degrees"));
            }
            if !s.default_lean_deg.is_finite() || !(0.0..=60.0).contains(&s.default_lean_deg) {
                return Err(StrokeError::field(&at("default_lean_deg"), "must be between 0 and 60 degrees"));
            }
            s.along.validate(&at("along"), (0.0, 1.0))?;
            s.lateral.validate(&at("lateral"), (-0.25, 0.25))?;
            s.load.validate(&at("load"), (0.0, 1.0))?;
            s.forefoot.validate(&at("forefoot"), (0.0, 1.0))?;
            s.glide.validate(&at("glide"), (0.0, 1.0))?;
            if s.load.0.iter().all(|k| k[1] < 1.0) {
                return Err(StrokeError::field(&at("load"), "must reach 1 somewhere: the chosen load is the peak"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_strokes_are_valid() {
        let lib = StrokeLibrary::from_json(BUILT_IN_STROKES).unwrap();
        assert_eq!(lib.strokes.len(), 3);
    }

    #[test]
    fn compression_peaks_at_half_phase() {
        let lib = StrokeLibrary::built_in();
        let load = &lib.get(StrokeKind::Compression).load;
        assert!((load.at(0.5) - 1.0).abs() < 1e-12);
        assert!(load.at(0.25) < 1.0 && load.at(0.0) < load.at(0.25));
    }

    #[test]
    fn the_peak_is_the_middle_of_the_fullest_stretch() {
        let lib = StrokeLibrary::built_in();
        assert_eq!(lib.get(StrokeKind::Compression).peak_phase(), 0.5);
        let effleurage = lib.get(StrokeKind::Effleurage);
        let peak = effleurage.peak_phase();
        assert!((effleurage.load.at(peak) - 1.0).abs() < 1e-12, "{peak}");
        for kind in StrokeKind::ALL {
            let stroke = lib.get(*kind);
            let top = (0..=200).map(|i| stroke.load.at(i as f64 / 200.0)).fold(0.0, f64::max);
            assert!((stroke.load.at(stroke.peak_phase()) - top).abs() < 1e-9, "{kind:?}");
        }
    }

    #[test]
    fn effleurage_glides_from_the_mid_back_towards_the_shoulders() {
        let lib = StrokeLibrary::built_in();
        let along = &lib.get(StrokeKind::Effleurage).along;
        assert!(along.at(0.0) > 0.3 && along.at(0.6) < 0.2);
    }

    #[test]
    fn timelines_wrap_and_ease() {
        let t = Timeline(vec![[0.0, 0.0], [1.0, 0.0]]);
        assert_eq!(t.at(-3.25), 0.0);
        let ramp = Timeline(vec![[0.0, 0.0], [0.5, 1.0], [1.0, 0.0]]);
        assert!((ramp.at(0.25) - 0.5).abs() < 1e-12);
        assert!((ramp.at(1.25) - 0.5).abs() < 1e-12);
        assert_eq!(ramp.at(f64::NAN), 0.0);
    }

    fn broken(edit: impl Fn(&mut serde_json::Value)) -> StrokeError {
        let mut v: serde_json::Value = serde_json::from_str(BUILT_IN_STROKES).unwrap();
        edit(&mut v);
        StrokeLibrary::from_json(&v.to_string()).unwrap_err()
    }

    #[test]
    fn errors_name_the_field() {
        let e = broken(|v| v["strokes"][1]["load"][2][1] = 7.0.into());
        assert!(e.to_string().contains("strokes[1].load[2]"), "{e}");
        let e = broken(|v| v["strokes"][0]["along"] = serde_json::json!([[0.0, 0.5]]));
        assert!(e.to_string().contains("strokes[0].along"), "{e}");
        let e = broken(|v| v["strokes"][2]["cycle_s"] = 0.into());
        assert!(e.to_string().contains("strokes[2].cycle_s"), "{e}");
        let e = broken(|v| v["strokes"][2]["default_hand"] = "knee".into());
        assert!(e.to_string().contains("knee"), "{e}");
        let e = broken(|v| {
            v["strokes"][0].as_object_mut().unwrap().remove("glide");
        });
        assert!(e.to_string().contains("glide"), "{e}");
        let e = broken(|v| v["strokes"].as_array_mut().unwrap().truncate(2));
        assert!(e.to_string().contains("petrissage"), "{e}");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for text in ["", "{", "null", "[]", "{\"strokes\": 3}", "\u{0}"] {
            assert!(StrokeLibrary::from_json(text).is_err());
        }
    }
}
