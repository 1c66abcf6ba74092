//! Controls: the settings (stroke, surfaces, bodies, comparison, units, language) and the
//! playback clock. Every control is a native element, so Tab and the keyboard reach it.

use crate::format::{quantity, quantity_with, Kind, Units};
use crate::hooks::translations::use_tr;
use crate::i18n::Locale;
use crate::setup::params::{Number, DEPTH, FOOT_LENGTH, LEAN, LOAD, MASS};
use crate::state::{Action, AppState};
use ashiatsu_model::practitioner::default_foot_length_m;
use ashiatsu_model::{Client, CompareMode, FootRegion, HandTool, Settings, StrokeKind};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

type Dispatch = UseReducerDispatcher<AppState>;

/// Which control this is: its label's id, and the key of the address it sets (`data-param`).
#[derive(Clone, Copy)]
struct Names {
    id: &'static str,
    param: &'static str,
}

/// A row of toggle buttons, one pressed: a segmented control.
fn segmented<T: Copy + PartialEq + 'static>(
    names: Names,
    label: String,
    options: Vec<(T, String)>,
    current: T,
    on_pick: Callback<T>,
) -> Html {
    segmented_marked(names, label, options, current, on_pick, None)
}

/// The same, marked as a landmark of the first screen (contract §10 `data-control`).
fn segmented_marked<T: Copy + PartialEq + 'static>(
    Names { id, param }: Names,
    label: String,
    options: Vec<(T, String)>,
    current: T,
    on_pick: Callback<T>,
    landmark: Option<&'static str>,
) -> Html {
    html! {
        <div class="control" data-control={landmark} data-param={param}>
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

#[derive(Properties, PartialEq)]
struct SelectProps {
    id: &'static str,
    param: &'static str,
    label: String,
    options: Vec<(&'static str, String)>,
    current: &'static str,
    on_pick: Callback<String>,
}

/// A labelled drop-down of ids. It sets the element's own value after every render: once a visitor
/// has picked, browsers ignore the options' `selected` attributes, so a choice the app does not
/// follow (a language that could not be fetched, Reset all) would otherwise stay on screen.
#[component]
fn Select(props: &SelectProps) -> Html {
    let node = use_node_ref();
    {
        let (node, current) = (node.clone(), props.current);
        use_effect(move || {
            if let Some(el) = node.cast::<HtmlSelectElement>() {
                if el.value() != current {
                    el.set_value(current);
                }
            }
        });
    }
    let on_pick = props.on_pick.clone();
    let onchange = move |e: Event| on_pick.emit(e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="control" data-param={props.param}>
            <label class="control-label" for={props.id}>{ props.label.clone() }</label>
            <select id={props.id} ref={node} {onchange}>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={*value} selected={*value == props.current}>{ text.clone() }</option>
                }) }
            </select>
        </div>
    }
}

fn select(
    Names { id, param }: Names,
    label: String,
    options: Vec<(&'static str, String)>,
    current: &'static str,
    on_pick: Callback<String>,
) -> Html {
    html! { <Select {id} {param} {label} {options} {current} {on_pick} /> }
}

/// A slider for one key of the address (src/setup/params.rs): its bounds and step from the table, its
/// value in the address's unit, sent back in SI; the value shown and spoken in display units.
struct Slider {
    id: &'static str,
    key: &'static str,
    number: Number,
    label: String,
    si: f64,
    shown: String,
    hint: Option<String>,
}

impl Slider {
    fn html(self, on_input: Callback<f64>) -> Html {
        let Slider { id, key, number, label, si, shown, hint } = self;
        let oninput = move |e: InputEvent| {
            if let Ok(v) = e.target_unchecked_into::<HtmlInputElement>().value().parse::<f64>() {
                on_input.emit(number.unit.to_si(v));
            }
        };
        let hint_id = format!("{id}-hint");
        let (min, max) = number.range;
        html! {
            <div class="control control--slider">
                <label class="control-label" for={id}>{ label }<output for={id}>{ shown.clone() }</output></label>
                <input {id} type="range" data-param={key} min={min.to_string()} max={max.to_string()}
                       step={number.step.to_string()} value={number.on_control(si).to_string()}
                       aria-valuetext={shown} {oninput}
                       aria-describedby={hint.as_ref().map(|_| hint_id.clone())} />
                if let Some(hint) = hint {
                    <p class="hint" id={hint_id}>{ hint }</p>
                }
            </div>
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub settings: Settings,
    pub units: Units,
    /// The language asked for, which the switcher shows (the texts follow once it has arrived).
    pub locale: Locale,
    pub dispatch: Dispatch,
}

/// A setting chosen from a few named values (segmented buttons or a drop-down); its translation
/// key is `<prefix>-<id>`.
pub trait Choice: Copy + PartialEq + 'static {
    /// The prefix of its values' translation keys, which is also its key in the address.
    const PREFIX: &'static str;
    /// The control's id, and the translation key of its label.
    const CONTROL: &'static str;
    /// The id of its label on the first screen's bar.
    const BAR_ID: &'static str;
    fn all() -> &'static [Self];
    fn id(self) -> &'static str;
    fn from_id(id: &str) -> Option<Self>;
}

macro_rules! choice {
    ($ty:ty, $prefix:literal, $control:literal) => {
        impl Choice for $ty {
            const PREFIX: &'static str = $prefix;
            const CONTROL: &'static str = $control;
            const BAR_ID: &'static str = concat!($control, "-bar");
            fn all() -> &'static [Self] {
                <$ty>::ALL
            }
            fn id(self) -> &'static str {
                <$ty>::id(self)
            }
            fn from_id(id: &str) -> Option<Self> {
                <$ty>::from_id(id)
            }
        }
    };
}

choice!(StrokeKind, "stroke", "c-stroke");
choice!(CompareMode, "compare", "c-compare");
choice!(Client, "client", "c-client");
choice!(FootRegion, "foot", "c-foot");
choice!(HandTool, "hand", "c-hand");

/// A choice's segmented buttons as a first-screen landmark (`data-control`), with the label id
/// `<control>-bar` so that they can sit beside the settings' own.
pub fn segmented_choice<T: Choice>(
    tr: &crate::i18n::Translations,
    landmark: &'static str,
    current: T,
    on_pick: Callback<T>,
) -> Html {
    let options = T::all().iter().map(|v| (*v, tr.t(&format!("{}-{}", T::PREFIX, v.id())))).collect();
    segmented_marked(
        Names { id: T::BAR_ID, param: T::PREFIX },
        tr.t(T::CONTROL),
        options,
        current,
        on_pick,
        Some(landmark),
    )
}

/// The settings form: what every control needs to show its value and change it.
struct Form<'a> {
    tr: &'a crate::i18n::Translations,
    s: Settings,
    units: Units,
    locale: Locale,
    d: Dispatch,
}

impl Form<'_> {
    fn send<T: 'static>(&self, action: fn(T) -> Action) -> Callback<T> {
        let d = self.d.clone();
        Callback::from(move |v: T| d.dispatch(action(v)))
    }

    /// Segmented buttons for a choice.
    fn buttons<T: Choice>(&self, current: T, action: fn(T) -> Action) -> Html {
        let options = T::all().iter().map(|v| (*v, self.tr.t(&format!("{}-{}", T::PREFIX, v.id())))).collect();
        segmented(
            Names { id: T::CONTROL, param: T::PREFIX },
            self.tr.t(T::CONTROL),
            options,
            current,
            self.send(action),
        )
    }

    /// A drop-down for a choice.
    fn drop_down<T: Choice>(&self, current: T, action: fn(T) -> Action) -> Html {
        let id = T::CONTROL;
        let options = T::all().iter().map(|v| (v.id(), self.tr.t(&format!("{}-{}", T::PREFIX, v.id())))).collect();
        let send = self.send(action);
        let pick = Callback::from(move |id: String| {
            if let Some(v) = T::from_id(&id) {
                send.emit(v)
            }
        });
        select(Names { id, param: T::PREFIX }, self.tr.t(id), options, current.id(), pick)
    }

    fn quantity(&self, si: f64, kind: Kind) -> String {
        quantity(si, kind, self.units, self.tr.locale)
    }

    /// The client; the stroke and the comparison are on the first screen (src/view/command_bar.rs).
    fn comparison(&self) -> Html {
        let hint = self.tr.t(&format!("compare-{}-hint", self.s.compare.id()));
        html! {
            <div class="control-group">
                <p class="hint">{ hint }</p>
                { self.buttons(self.s.client, Action::SetClient) }
            </div>
        }
    }

    fn contacts(&self) -> Html {
        let tr = self.tr;
        let pair = segmented(
            Names { id: "c-pair", param: "pair" },
            tr.t("c-pair"),
            vec![(false, tr.t("pair-one")), (true, tr.t("pair-two"))],
            self.s.pair,
            self.send(Action::SetPair),
        );
        html! {
            <div class="control-group">
                { pair }
                { self.drop_down(self.s.foot, Action::SetFoot) }
                { self.drop_down(self.s.hand, Action::SetHand) }
            </div>
        }
    }

    fn bodies(&self) -> Html {
        let (tr, s) = (self.tr, self.s);
        let usual_foot = default_foot_length_m(s.mass_kg);
        let load = Slider {
            id: "c-load",
            key: "load",
            number: LOAD,
            label: tr.t("c-load"),
            si: s.load_fraction,
            shown: self.quantity(s.load_fraction, Kind::Fraction),
            hint: Some(tr.t("c-load-hint")),
        };
        let mass = Slider {
            id: "c-mass",
            key: "mass",
            number: MASS,
            label: tr.t("c-mass"),
            si: s.mass_kg,
            shown: quantity_with(s.mass_kg, Kind::Mass, self.units, tr.locale, 0),
            hint: None,
        };
        let foot_length = Slider {
            id: "c-foot-length",
            key: "footLength",
            number: FOOT_LENGTH,
            label: tr.t("c-foot-length"),
            si: s.foot_length(),
            shown: self.quantity(s.foot_length(), Kind::Length),
            hint: Some(tr.t_args("c-foot-length-hint", &[("length", &self.quantity(usual_foot, Kind::Length))])),
        };
        let usual = s.foot_length_m.is_some().then(|| {
            let d = self.d.clone();
            html! { <button type="button" onclick={move |_| d.dispatch(Action::SetFootLength(None))}>{ tr.t("c-foot-length-usual") }</button> }
        });
        let lean = Slider {
            id: "c-lean",
            key: "lean",
            number: LEAN,
            label: tr.t("c-lean"),
            si: s.lean_rad,
            shown: self.quantity(s.lean_rad, Kind::Angle),
            hint: None,
        };
        html! {
            <div class="control-group">
                { load.html(self.send(Action::SetLoad)) }
                { mass.html(self.send(Action::SetMass)) }
                { foot_length.html(self.send(|m| Action::SetFootLength(Some(m)))) }
                { for usual }
                { lean.html(self.send(Action::SetLean)) }
            </div>
        }
    }

    fn depth(&self) -> Html {
        let (tr, s) = (self.tr, self.s);
        let depth = Slider {
            id: "c-depth",
            key: "depth",
            number: DEPTH,
            label: tr.t("c-depth"),
            si: s.depth_m,
            shown: self.quantity(s.depth_m, Kind::Length),
            hint: Some(tr.t("c-depth-hint")),
        };
        html! { <div class="control-group">{ depth.html(self.send(Action::SetDepth)) }</div> }
    }

    fn preferences(&self) -> Html {
        let tr = self.tr;
        let units = segmented(
            Names { id: "c-units", param: "units" },
            tr.t("c-units"),
            vec![(Units::Metric, tr.t("units-metric")), (Units::Imperial, tr.t("units-imperial"))],
            self.units,
            self.send(Action::SetUnits),
        );
        let send = self.send(Action::SetLocale);
        let pick = Callback::from(move |id: String| {
            if let Some(l) = Locale::from_id(&id) {
                send.emit(l)
            }
        });
        let languages = Locale::ALL.iter().map(|l| (l.id(), l.native_name().to_string())).collect();
        let names = Names { id: "c-language", param: "locale" };
        let language = select(names, tr.t("c-language"), languages, self.locale.id(), pick);
        html! { <div class="control-group control-group--prefs">{ units }{ language }</div> }
    }
}

#[component]
pub fn SettingsControls(props: &SettingsProps) -> Html {
    let tr = use_tr();
    let form = Form { tr: &tr, s: props.settings, units: props.units, locale: props.locale, d: props.dispatch.clone() };
    html! {
        <div class="controls">
            { form.comparison() }
            { form.contacts() }
            { form.bodies() }
            { form.depth() }
            { form.preferences() }
        </div>
    }
}
