//! Controls: the settings (stroke, surfaces, bodies, comparison, units, language) and the
//! playback clock. Every control is a native element, so Tab and the keyboard reach it.

use crate::format::{quantity, quantity_with, Kind, Units};
use crate::hooks::translations::use_tr;
use crate::i18n::Locale;
use crate::state::{Action, AppState};
use ashiatsu_model::depth::DEPTH_RANGE_M;
use ashiatsu_model::practitioner::{default_foot_length_m, FOOT_LENGTH_RANGE_M};
use ashiatsu_model::settings::{LEAN_RANGE_DEG, MASS_RANGE_KG};
use ashiatsu_model::{Client, CompareMode, FootRegion, HandTool, Settings, StrokeKind};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

type Dispatch = UseReducerDispatcher<AppState>;

/// A row of toggle buttons, one pressed: a segmented control.
fn segmented<T: Copy + PartialEq + 'static>(
    id: &'static str,
    label: String,
    options: Vec<(T, String)>,
    current: T,
    on_pick: Callback<T>,
) -> Html {
    html! {
        <div class="control">
            <span class="control-label" id={id}>{ label }</span>
            <div class="segmented" role="group" aria-labelledby={id}>
                { for options.into_iter().map(|(value, text)| {
                    let on_pick = on_pick.clone();
                    html! {
                        <button type="button" aria-pressed={(value == current).to_string()}
                                onclick={move |_| on_pick.emit(value)}>{ text }</button>
                    }
                }) }
            </div>
        </div>
    }
}

/// A labelled drop-down of ids.
fn select(
    id: &'static str,
    label: String,
    options: Vec<(&'static str, String)>,
    current: &str,
    on_pick: Callback<String>,
) -> Html {
    let onchange = move |e: Event| on_pick.emit(e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="control">
            <label class="control-label" for={id}>{ label }</label>
            <select id={id} {onchange}>
                { for options.into_iter().map(|(value, text)| html! {
                    <option value={value} selected={value == current}>{ text }</option>
                }) }
            </select>
        </div>
    }
}

/// A labelled slider with its value shown and spoken in display units.
fn slider(
    id: &'static str,
    label: String,
    (min, max, step): (f64, f64, f64),
    value: f64,
    shown: String,
    hint: Option<String>,
    on_input: Callback<f64>,
) -> Html {
    let oninput = move |e: InputEvent| {
        if let Ok(v) = e.target_unchecked_into::<HtmlInputElement>().value().parse::<f64>() {
            on_input.emit(v);
        }
    };
    let hint_id = format!("{id}-hint");
    html! {
        <div class="control control--slider">
            <label class="control-label" for={id}>{ label }<output for={id}>{ shown.clone() }</output></label>
            <input id={id} type="range" min={min.to_string()} max={max.to_string()} step={step.to_string()}
                   value={value.to_string()} aria-valuetext={shown} {oninput}
                   aria-describedby={hint.as_ref().map(|_| hint_id.clone())} />
            if let Some(hint) = hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub settings: Settings,
    pub units: Units,
    pub dispatch: Dispatch,
    /// Only the stroke and comparison (the embed view).
    #[prop_or_default]
    pub compact: bool,
}

#[component]
pub fn SettingsControls(props: &SettingsProps) -> Html {
    let tr = use_tr();
    let s = props.settings;
    let d = props.dispatch.clone();
    let act = |f: fn(f64) -> Action| {
        let d = d.clone();
        Callback::from(move |v: f64| d.dispatch(f(v)))
    };
    let stroke = segmented(
        "c-stroke",
        tr.t("c-stroke"),
        StrokeKind::ALL.iter().map(|k| (*k, tr.t(&format!("stroke-{}", k.id())))).collect(),
        s.stroke,
        {
            let d = d.clone();
            Callback::from(move |k| d.dispatch(Action::SetStroke(k)))
        },
    );
    let compare = segmented(
        "c-compare",
        tr.t("c-compare"),
        CompareMode::ALL.iter().map(|m| (*m, tr.t(&format!("compare-{}", m.id())))).collect(),
        s.compare,
        {
            let d = d.clone();
            Callback::from(move |m| d.dispatch(Action::SetCompare(m)))
        },
    );
    let compare_hint = html! { <p class="hint">{ tr.t(&format!("compare-{}-hint", s.compare.id())) }</p> };
    if props.compact {
        return html! { <div class="controls controls--compact">{ stroke }{ compare }</div> };
    }
    let foot = select(
        "c-foot",
        tr.t("c-foot"),
        FootRegion::ALL.iter().map(|r| (r.id(), tr.t(&format!("foot-{}", r.id())))).collect(),
        s.foot.id(),
        {
            let d = d.clone();
            Callback::from(move |id: String| {
                if let Some(r) = FootRegion::from_id(&id) {
                    d.dispatch(Action::SetFoot(r))
                }
            })
        },
    );
    let hand = select(
        "c-hand",
        tr.t("c-hand"),
        HandTool::ALL.iter().map(|t| (t.id(), tr.t(&format!("hand-{}", t.id())))).collect(),
        s.hand.id(),
        {
            let d = d.clone();
            Callback::from(move |id: String| {
                if let Some(t) = HandTool::from_id(&id) {
                    d.dispatch(Action::SetHand(t))
                }
            })
        },
    );
    let client = segmented(
        "c-client",
        tr.t("c-client"),
        Client::ALL.iter().map(|c| (*c, tr.t(&format!("client-{}", c.id())))).collect(),
        s.client,
        {
            let d = d.clone();
            Callback::from(move |c| d.dispatch(Action::SetClient(c)))
        },
    );
    let pair =
        segmented("c-pair", tr.t("c-pair"), vec![(false, tr.t("pair-one")), (true, tr.t("pair-two"))], s.pair, {
            let d = d.clone();
            Callback::from(move |p| d.dispatch(Action::SetPair(p)))
        });
    let locale = tr.locale;
    let length = |m: f64| quantity(m, Kind::Length, props.units, locale);
    let usual_foot = default_foot_length_m(s.mass_kg);
    let foot_length = slider(
        "c-foot-length",
        tr.t("c-foot-length"),
        (FOOT_LENGTH_RANGE_M.0 * 100.0, FOOT_LENGTH_RANGE_M.1 * 100.0, 0.5),
        (s.foot_length() * 200.0).round() / 2.0,
        length(s.foot_length()),
        Some(tr.t_args("c-foot-length-hint", &[("length", &length(usual_foot))])),
        act(|v| Action::SetFootLength(Some(v))),
    );
    let usual_button = s.foot_length_m.is_some().then(|| {
        let d = d.clone();
        html! {
            <button type="button" class="pill pill--small" onclick={move |_| d.dispatch(Action::SetFootLength(None))}>
                { tr.t("c-foot-length-usual") }
            </button>
        }
    });
    let depth = slider(
        "c-depth",
        tr.t("c-depth"),
        (DEPTH_RANGE_M.0 * 100.0, DEPTH_RANGE_M.1 * 100.0, 0.5),
        (s.depth_m * 200.0).round() / 2.0,
        length(s.depth_m),
        Some(tr.t("c-depth-hint")),
        act(Action::SetDepth),
    );
    let mass = slider(
        "c-mass",
        tr.t("c-mass"),
        (MASS_RANGE_KG.0, MASS_RANGE_KG.1, 1.0),
        s.mass_kg,
        quantity_with(s.mass_kg, Kind::Mass, props.units, locale, 0),
        None,
        act(Action::SetMass),
    );
    let load = slider(
        "c-load",
        tr.t("c-load"),
        (0.0, 100.0, 1.0),
        (s.load_fraction * 100.0).round(),
        quantity(s.load_fraction, Kind::Fraction, props.units, locale),
        Some(tr.t("c-load-hint")),
        act(|v| Action::SetLoad(v / 100.0)),
    );
    let lean = slider(
        "c-lean",
        tr.t("c-lean"),
        (LEAN_RANGE_DEG.0, LEAN_RANGE_DEG.1, 1.0),
        s.lean_rad.to_degrees().round(),
        quantity(s.lean_rad, Kind::Angle, props.units, locale),
        None,
        act(Action::SetLean),
    );
    let units = segmented(
        "c-units",
        tr.t("c-units"),
        vec![(Units::Metric, tr.t("units-metric")), (Units::Imperial, tr.t("units-imperial"))],
        props.units,
        {
            let d = d.clone();
            Callback::from(move |u| d.dispatch(Action::SetUnits(u)))
        },
    );
    let language = select(
        "c-language",
        tr.t("c-language"),
        Locale::ALL.iter().map(|l| (l.id(), l.native_name().to_string())).collect(),
        locale.id(),
        {
            let d = d.clone();
            Callback::from(move |id: String| {
                if let Some(l) = Locale::from_id(&id) {
                    d.dispatch(Action::SetLocale(l))
                }
            })
        },
    );
    html! {
        <div class="controls">
            <div class="control-group">{ stroke }{ compare }{ compare_hint }{ client }</div>
            <div class="control-group">{ pair }{ foot }{ hand }</div>
            <div class="control-group">{ load }{ mass }{ foot_length }{ for usual_button }{ lean }</div>
            <div class="control-group">{ depth }</div>
            <div class="control-group control-group--prefs">{ units }{ language }</div>
        </div>
    }
}
