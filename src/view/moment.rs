//! The moment of the stroke in words ("50 %, pressing"): what the stroke slider says to a screen
//! reader, read from the stroke's own timelines.

use crate::i18n::Translations;
use ashiatsu_model::stroke::Stroke;
use ashiatsu_model::StrokeKind;

/// Phase step over which a timeline's change is read.
const STEP: f64 = 0.01;
/// Changes smaller than this over a step count as still.
const STILL: f64 = 1e-3;

/// The translation key for what the stroke does at `phase`.
pub fn moment_key(stroke: &Stroke, phase: f64) -> &'static str {
    let change = |t: &ashiatsu_model::stroke::Timeline| t.at(phase + STEP) - t.at(phase - STEP);
    match stroke.id {
        StrokeKind::Effleurage if stroke.glide.at(phase) >= 0.5 => {
            if change(&stroke.along) < 0.0 {
                "moment-gliding-up"
            } else {
                "moment-gliding-down"
            }
        }
        StrokeKind::Effleurage => "moment-turning",
        StrokeKind::Petrissage => {
            if change(&stroke.forefoot) >= 0.0 {
                "moment-rolling-ball"
            } else {
                "moment-rolling-heel"
            }
        }
        StrokeKind::Compression => match change(&stroke.load) {
            d if d > STILL => "moment-pressing",
            d if d < -STILL => "moment-releasing",
            _ => "moment-holding",
        },
    }
}

/// "50 %, pressing", in the interface language.
pub fn moment_words(tr: &Translations, stroke: &Stroke, phase: f64) -> String {
    let percent = crate::format::number_with((phase * 100.0).round(), 0, tr.locale);
    tr.t_args("moment", &[("percent", &percent), ("what", &tr.t(moment_key(stroke, phase)))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use ashiatsu_model::StrokeLibrary;

    #[test]
    fn the_moments_of_each_stroke() {
        let strokes = StrokeLibrary::built_in();
        let c = strokes.get(StrokeKind::Compression);
        assert_eq!(moment_key(c, 0.25), "moment-pressing");
        assert_eq!(moment_key(c, 0.75), "moment-releasing");
        let e = strokes.get(StrokeKind::Effleurage);
        assert_eq!(moment_key(e, 0.3), "moment-gliding-up");
        assert_eq!(moment_key(e, 0.85), "moment-gliding-down");
        assert_eq!(moment_key(e, 0.7), "moment-turning");
        let p = strokes.get(StrokeKind::Petrissage);
        assert_eq!(moment_key(p, 0.1), "moment-rolling-ball");
        assert_eq!(moment_key(p, 0.4), "moment-rolling-heel");
        let tr = Translations::load(crate::i18n::Locale::En);
        assert_eq!(moment_words(&tr, c, 0.25), "25 %, pressing");
    }
}
