//! Conversions at the edge: SI values from the model into the units and number format a person
//! reads. Nothing else in the app converts units.

use crate::i18n::Locale;

/// Display units (docs/embedding.md `units`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Units {
    Metric,
    Imperial,
}

impl Units {
    pub fn id(self) -> &'static str {
        match self {
            Units::Metric => "metric",
            Units::Imperial => "imperial",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        match id {
            "metric" => Some(Units::Metric),
            "imperial" => Some(Units::Imperial),
            _ => None,
        }
    }

    /// What people expect for a browser language tag: imperial in the United States (and the
    /// two other countries that use it), metric elsewhere.
    pub fn for_language_tag(tag: &str) -> Self {
        let region = tag.split(['-', '_']).nth(1).unwrap_or("").to_ascii_uppercase();
        if matches!(region.as_str(), "US" | "LR" | "MM") {
            Units::Imperial
        } else {
            Units::Metric
        }
    }
}

/// A kind of quantity, to pick its display unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Force,
    Area,
    Pressure,
    Mass,
    Fraction,
    Angle,
    Energy,
    /// Lengths on the body (foot length, depth in the tissue): cm or in.
    Length,
    /// A force as the weight that presses with it (kg or lb): the words of the first screen,
    /// for a client who does not think in newtons.
    Weight,
}

pub const NEWTONS_PER_LBF: f64 = 4.448_221_615_260_5;
const SQUARE_METRES_PER_SQUARE_INCH: f64 = 0.000_645_16;
const PASCALS_PER_PSI: f64 = 6_894.757_293_168;
const KILOGRAMS_PER_POUND: f64 = 0.453_592_37;
const JOULES_PER_FOOT_POUND: f64 = 1.355_817_948_331_4;
const METRES_PER_INCH: f64 = 0.0254;
/// Standard gravity, m/s²: a kilogram weighs this many newtons.
const STANDARD_GRAVITY: f64 = 9.806_65;

/// The value in display units and the unit's symbol.
pub fn to_display(si: f64, kind: Kind, units: Units) -> (f64, &'static str) {
    match (kind, units) {
        (Kind::Force, Units::Metric) => (si, "N"),
        (Kind::Force, Units::Imperial) => (si / NEWTONS_PER_LBF, "lbf"),
        (Kind::Area, Units::Metric) => (si * 1e4, "cm²"),
        (Kind::Area, Units::Imperial) => (si / SQUARE_METRES_PER_SQUARE_INCH, "in²"),
        (Kind::Pressure, Units::Metric) => (si / 1e3, "kPa"),
        (Kind::Pressure, Units::Imperial) => (si / PASCALS_PER_PSI, "psi"),
        (Kind::Mass, Units::Metric) => (si, "kg"),
        (Kind::Mass, Units::Imperial) => (si / KILOGRAMS_PER_POUND, "lb"),
        (Kind::Energy, Units::Metric) => (si, "J"),
        (Kind::Energy, Units::Imperial) => (si / JOULES_PER_FOOT_POUND, "ft·lbf"),
        (Kind::Length, Units::Metric) => (si * 100.0, "cm"),
        (Kind::Length, Units::Imperial) => (si / METRES_PER_INCH, "in"),
        (Kind::Weight, Units::Metric) => (si / STANDARD_GRAVITY, "kg"),
        (Kind::Weight, Units::Imperial) => (si / NEWTONS_PER_LBF, "lb"),
        (Kind::Fraction, _) => (si * 100.0, "%"),
        (Kind::Angle, _) => (si.to_degrees(), "°"),
    }
}

/// A number with about three significant figures, in the locale's separators.
pub fn number(value: f64, locale: Locale) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let magnitude = value.abs();
    let decimals = if magnitude >= 100.0 || magnitude == 0.0 {
        0
    } else if magnitude >= 10.0 {
        1
    } else if magnitude >= 1.0 {
        2
    } else {
        3
    };
    number_with(value, decimals, locale)
}

/// A number with a fixed count of decimals, in the locale's separators.
pub fn number_with(value: f64, decimals: usize, locale: Locale) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let (group, point) = match locale {
        Locale::Es => ('.', ','),
        Locale::En | Locale::Ja => (',', '.'),
    };
    // Spanish groups thousands only from five digits on (RAE); English and Japanese from four.
    let min_group_digits = if locale == Locale::Es { 5 } else { 4 };
    let mut grouped = String::new();
    let digits: Vec<char> = int_part.chars().collect();
    for (i, c) in digits.iter().enumerate() {
        let from_end = digits.len() - i;
        if i > 0 && from_end.is_multiple_of(3) && digits.len() >= min_group_digits {
            grouped.push(group);
        }
        grouped.push(*c);
    }
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    let mut out = String::new();
    if negative {
        out.push('−');
    }
    out.push_str(&grouped);
    if !frac_part.is_empty() {
        out.push(point);
        out.push_str(frac_part);
    }
    out
}

/// The number with at most `decimals` decimals and no trailing zeros after the decimal sign, in
/// the locale's separators ("3", "2.5", "2,5").
pub fn number_trimmed(value: f64, decimals: usize, locale: Locale) -> String {
    let text = number_with(value, decimals, locale);
    let point = if locale == Locale::Es { ',' } else { '.' };
    if text.contains(point) {
        text.trim_end_matches('0').trim_end_matches(point).to_string()
    } else {
        text
    }
}

/// A quantity for people: number and unit, e.g. "191 N", "43.0 lbf" or "3 cm".
pub fn quantity(si: f64, kind: Kind, units: Units, locale: Locale) -> String {
    let (value, unit) = to_display(si, kind, units);
    match kind {
        Kind::Fraction => format!("{}\u{202f}%", number_with(value, 0, locale)),
        Kind::Angle => format!("{}°", number_with(value, 0, locale)),
        // Lengths on the body are set in half centimetres or tenths of an inch.
        Kind::Length => format!("{}\u{a0}{unit}", number_trimmed(value, 1, locale)),
        _ => format!("{}\u{a0}{unit}", number(value, locale)),
    }
}

/// A quantity with a fixed count of decimals, for round values such as a scale bar's "10 cm".
pub fn quantity_with(si: f64, kind: Kind, units: Units, locale: Locale, decimals: usize) -> String {
    let (value, unit) = to_display(si, kind, units);
    format!("{}\u{a0}{unit}", number_with(value, decimals, locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_and_imperial() {
        assert_eq!(quantity(191.229_675, Kind::Force, Units::Metric, Locale::En), "191\u{a0}N");
        assert_eq!(quantity(191.229_675, Kind::Force, Units::Imperial, Locale::En), "43.0\u{a0}lbf");
        assert_eq!(quantity(35e-4, Kind::Area, Units::Metric, Locale::En), "35.0\u{a0}cm²");
        assert_eq!(quantity(150e3, Kind::Pressure, Units::Metric, Locale::En), "150\u{a0}kPa");
        assert_eq!(quantity(150e3, Kind::Pressure, Units::Imperial, Locale::En), "21.8\u{a0}psi");
        assert_eq!(quantity(0.262, Kind::Fraction, Units::Metric, Locale::En), "26\u{202f}%");
        assert_eq!(quantity(0.03, Kind::Length, Units::Metric, Locale::En), "3\u{a0}cm");
        assert_eq!(quantity(0.0254, Kind::Length, Units::Imperial, Locale::En), "1\u{a0}in");
        assert_eq!(quantity(0.03, Kind::Length, Units::Imperial, Locale::En), "1.2\u{a0}in");
        assert_eq!(quantity(0.2375, Kind::Length, Units::Metric, Locale::Es), "23,8\u{a0}cm");
        assert_eq!(quantity(191.229_675, Kind::Weight, Units::Metric, Locale::En), "19.5\u{a0}kg");
        assert_eq!(quantity(191.229_675, Kind::Weight, Units::Imperial, Locale::En), "43.0\u{a0}lb");
    }

    #[test]
    fn locale_separators() {
        assert_eq!(number_with(1234.5, 1, Locale::En), "1,234.5");
        assert_eq!(number_with(1234.5, 1, Locale::Es), "1234,5");
        assert_eq!(number_with(12345.5, 1, Locale::Es), "12.345,5");
        assert_eq!(number_with(1234567.0, 0, Locale::Ja), "1,234,567");
        assert_eq!(number_with(-2.5, 1, Locale::En), "−2.5");
        assert_eq!(number_with(-0.0001, 1, Locale::En), "0.0");
        assert_eq!(number(f64::NAN, Locale::En), "–");
    }

    #[test]
    fn trimming_knows_the_decimal_comma() {
        assert_eq!(number_trimmed(80.0, 1, Locale::Es), "80");
        assert_eq!(number_trimmed(80.5, 1, Locale::Es), "80,5");
        assert_eq!(number_trimmed(1200.0, 1, Locale::En), "1,200");
    }

    #[test]
    fn units_by_region() {
        assert_eq!(Units::for_language_tag("en-US"), Units::Imperial);
        assert_eq!(Units::for_language_tag("en-GB"), Units::Metric);
        assert_eq!(Units::for_language_tag("es"), Units::Metric);
        assert_eq!(Units::for_language_tag("ja-JP"), Units::Metric);
    }
}
