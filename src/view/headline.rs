//! The headline (contract §10 `data-headline`): the stroke's comparison in two sentences, at its
//! fullest moment, with the range the model's stated uncertainty gives. It is built from the
//! model's summary of the settings, never from the moment shown, so it holds still while the
//! stroke plays; its numbers are the table's at that moment (the same quantity, the same point).

use super::readouts::si_text;
use crate::format::{number_with, quantity, Kind, Units};
use crate::hooks::translations::use_tr;
use crate::i18n::{Locale, Translations};
use ashiatsu_model::{CompareMode, Range, Summary};
use std::rc::Rc;
use yew::prelude::*;

/// A ratio's number for people, "3.5" (one decimal, two below 1); the words around it say
/// "times" in each language ("3.5×", "3,5 veces", "3.5倍").
pub fn times(value: f64, locale: Locale) -> String {
    let decimals = if value.abs() < 1.0 { 2 } else { 1 };
    number_with(value, decimals, locale)
}

/// The words for a ratio and its range, turned round when the hand's side is the larger, so that
/// a sentence always says "n× more": (ratio, low, high) of the larger over the smaller, and
/// whether the foot's side is the larger.
fn larger_over_smaller(r: &Range, locale: Locale) -> (String, String, String, bool) {
    if r.value >= 1.0 || r.value <= 0.0 {
        (times(r.value, locale), times(r.low, locale), times(r.high, locale), true)
    } else {
        (times(1.0 / r.value, locale), times(1.0 / r.high, locale), times(1.0 / r.low, locale), false)
    }
}

/// A sentence carrying a ratio readout (contract §2): its value and range as `data-si`.
fn ratio_sentence(class: &'static str, quantity_id: &'static str, r: &Range, text: String) -> Html {
    html! {
        <p {class} data-quantity={quantity_id} data-side="foot"
           data-si={si_text(r.value)} data-si-low={si_text(r.low)} data-si-high={si_text(r.high)}>{ text }</p>
    }
}

/// The surface sentence: pressure at equal force, force at equal comfort.
pub fn surface_sentence(tr: &Translations, s: &Summary, units: Units) -> Html {
    let c = &s.comparison;
    match c.settings.compare {
        CompareMode::Force => {
            // Pressure ratio as hand ÷ foot: "the hand's average pressure is n× the feet's".
            let (ratio, low, high, hand_higher) = larger_over_smaller(&s.pressure_ratio, tr.locale);
            let key = if hand_higher { "ratio-force" } else { "ratio-force-feet" };
            let force = quantity(c.foot.readouts.normal_force_n, Kind::Weight, units, tr.locale);
            let text = tr.t_args(key, &[("force", &force), ("ratio", &ratio), ("low", &low), ("high", &high)]);
            html! {
                <>
                    { ratio_sentence("headline__surface", "pressure-ratio", &s.pressure_ratio, text) }
                    <span class="visually-hidden" data-quantity="force-ratio" data-side="foot" data-si={si_text(s.force_ratio.value)}
                          data-si-low={si_text(s.force_ratio.low)} data-si-high={si_text(s.force_ratio.high)}>
                        { times(s.force_ratio.value, tr.locale) }
                    </span>
                </>
            }
        }
        CompareMode::Comfort => {
            let (ratio, low, high, feet_more) = larger_over_smaller(&s.force_ratio, tr.locale);
            let key = if feet_more { "ratio-comfort" } else { "ratio-comfort-hand" };
            let text = tr.t_args(key, &[("ratio", &ratio), ("low", &low), ("high", &high)]);
            ratio_sentence("headline__surface", "force-ratio", &s.force_ratio, text)
        }
    }
}

/// The depth sentence: at equal comfort a ratio with its range; at equal force both stresses,
/// with the condition under which the broad contact reaches deeper. For a whole sole, the
/// comparison below its heel or ball follows inside the same sentence (see [`pads_reading`]).
pub fn depth_sentence(tr: &Translations, s: &Summary, units: Units) -> Html {
    let c = &s.comparison;
    let depth = quantity(c.settings.depth_m, Kind::Length, units, tr.locale);
    let stress = |v: f64| quantity(v, Kind::Pressure, units, tr.locale);
    let (text, advantage) = match c.settings.compare {
        CompareMode::Comfort => {
            let (ratio, low, high, feet_more) = larger_over_smaller(&s.depth_ratio, tr.locale);
            let key = if feet_more { "depth-comfort" } else { "depth-comfort-hand" };
            (tr.t_args(key, &[("ratio", &ratio), ("low", &low), ("high", &high), ("depth", &depth)]), None)
        }
        CompareMode::Force => {
            // The smaller contact presses harder at depth, unless here the feet's does.
            let hand_deeper = s.depth_ratio.value < 1.0;
            let key = if hand_deeper { "depth-force" } else { "depth-force-feet" };
            let (foot, hand) = (stress(c.foot.readouts.depth_stress_pa), stress(c.hand.readouts.depth_stress_pa));
            let args = [("depth", depth.as_str()), ("foot", &foot), ("hand", &hand)];
            (tr.t_args(key, &args), hand_deeper.then(|| tr.t("depth-advantage")))
        }
    };
    html! {
        <p class="headline__depth" data-sentence="depth" data-quantity="depth-ratio" data-side="foot"
           data-si={si_text(s.depth_ratio.value)} data-si-low={si_text(s.depth_ratio.low)}
           data-si-high={si_text(s.depth_ratio.high)} data-depth={si_text(c.settings.depth_m)}>
            { text }
            { pads_reading(tr, s, units) }
            if let Some(advantage) = advantage { { " " }{ advantage } }
        </p>
    }
}

/// How much more the foot's strongest stress at depth may be than the one below its centre
/// before the headline says so: a smaller difference would only be noise in the wording.
const PADS_APART: f64 = 1.25;

/// For a foot on separate pads (the whole sole, on heel and ball), the centre of pressure lies
/// under the arch between them, where less reaches the depth: the strongest readings below any
/// pad, with their ratio and its range, keep the depth sentence from reading as the whole story.
/// Nothing for single-pad contacts (no hand tool's strongest stress parts from its centre's by as
/// much).
fn pads_reading(tr: &Translations, s: &Summary, units: Units) -> Html {
    let (foot, hand) = (&s.comparison.foot.readouts, &s.comparison.hand.readouts);
    if foot.depth_peak_pa <= PADS_APART * foot.depth_stress_pa {
        return Html::default();
    }
    let r = &s.depth_peak_ratio;
    let stress = |v: f64| quantity(v, Kind::Pressure, units, tr.locale);
    let (ratio, low, high) = (times(r.value, tr.locale), times(r.low, tr.locale), times(r.high, tr.locale));
    let (foot, hand) = (stress(foot.depth_peak_pa), stress(hand.depth_peak_pa));
    let args = [("foot", foot.as_str()), ("hand", &hand), ("ratio", &ratio), ("low", &low), ("high", &high)];
    html! {
        <>
            { " " }
            <span class="headline__pads" data-quantity="depth-peak-ratio" data-side="foot" data-si={si_text(r.value)}
                  data-si-low={si_text(r.low)} data-si-high={si_text(r.high)}>{ tr.t_args("depth-pads", &args) }</span>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub summary: Rc<Summary>,
    pub units: Units,
}

#[component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let tr = use_tr();
    let s = &props.summary;
    let percent = format!("{}\u{202f}%", number_with(s.phase * 100.0, 0, tr.locale));
    html! {
        <div class="headline" data-headline="" data-phase={si_text(s.phase)} aria-live="polite">
            <p class="headline__moment">{ tr.t_args("headline-moment", &[("percent", &percent)]) }</p>
            { surface_sentence(&tr, s, props.units) }
            { depth_sentence(&tr, s, props.units) }
            if s.comparison.hand_lifts {
                <p class="headline__note">{ tr.t("hand-lifts") }</p>
            }
        </div>
    }
}
