//! The playback clock: play and pause, step, the moment of the stroke, speed, reset and the link
//! to this very picture.

use crate::hooks::translations::use_tr;
use crate::setup::url::SPEEDS;
use crate::state::{Action, AppState, Direction};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Positions of the moment slider over one cycle: one per step of the address's `phase`
/// (src/setup/params.rs).
fn phase_steps() -> f64 {
    (1.0 / crate::setup::params::PHASE.step).round()
}

type Dispatch = UseReducerDispatcher<AppState>;

// Icons as SVG paths on a 16-unit grid: no icon font, nothing fetched, same on every device.
const PLAY_ICON: &str = "M4 2 L14 8 L4 14 Z";
const PAUSE_ICON: &str = "M3 2 H7 V14 H3 Z M9 2 H13 V14 H9 Z";
const STEP_BACK_ICON: &str = "M2 2 H4 V14 H2 Z M14 2 V14 L5 8 Z";
const STEP_FORWARD_ICON: &str = "M12 2 H14 V14 H12 Z M2 2 V14 L11 8 Z";

fn icon(path: &'static str) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} fill="currentColor" />
        </svg>
    }
}

/// Play and pause (contract §10 `data-control="play"`): one button, on the first screen.
pub fn play_button(tr: &crate::i18n::Translations, playing: bool, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="play" data-control="play" data-param="play" aria-pressed={playing.to_string()} {onclick}>
            { icon(if playing { PAUSE_ICON } else { PLAY_ICON }) }
            { if playing { tr.t("pause") } else { tr.t("play") } }
        </button>
    }
}

#[derive(Properties, PartialEq)]
pub struct TimeProps {
    pub playing: bool,
    pub speed: f64,
    pub phase: f64,
    pub dispatch: Dispatch,
    pub on_copy_link: Callback<()>,
    pub copy_status: Option<AttrValue>,
    /// Play and the moment of the stroke only (the embed view).
    #[prop_or_default]
    pub compact: bool,
    /// The moment of the stroke in words, for screen readers ("50 %, pressing").
    pub moment: AttrValue,
    /// The play button here (presenter mode); elsewhere it is on the first screen's bar.
    #[prop_or_default]
    pub with_play: bool,
}

#[component]
pub fn TimeControls(props: &TimeProps) -> Html {
    let tr = use_tr();
    let d = props.dispatch.clone();
    let send = |action: Action| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(action.clone()))
    };
    let on_speed = {
        let d = d.clone();
        move |e: Event| {
            if let Ok(v) = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<f64>() {
                d.dispatch(Action::SetSpeed(v));
            }
        }
    };
    let on_phase = {
        let d = d.clone();
        move |e: InputEvent| {
            if let Ok(v) = e.target_unchecked_into::<HtmlInputElement>().value().parse::<f64>() {
                d.dispatch(Action::SetPlaying(false));
                d.dispatch(Action::SetPhase(v / phase_steps()));
            }
        }
    };
    let on_copy = props.on_copy_link.reform(|_: MouseEvent| ());
    html! {
        <div class="time-controls" role="group" aria-label={tr.t("time-heading")}>
            if props.with_play {
                { play_button(&tr, props.playing, send(Action::TogglePlay)) }
            }
            if !props.compact {
            <button type="button" class="icon-button" onclick={send(Action::Step(Direction::Back))} aria-label={tr.t("step-back")} title={tr.t("step-back")}>
                { icon(STEP_BACK_ICON) }
            </button>
            <button type="button" class="icon-button" onclick={send(Action::Step(Direction::Forward))} aria-label={tr.t("step-forward")} title={tr.t("step-forward")}>
                { icon(STEP_FORWARD_ICON) }
            </button>
            }
            <label class="phase">
                <span class="phase__label">{ tr.t("c-phase") }</span>
                <input type="range" data-param="phase" min="0" max={phase_steps().to_string()} step="1" value={((props.phase * phase_steps()).round()).to_string()}
                       aria-valuetext={props.moment.clone()} oninput={on_phase} />
            </label>
            if !props.compact {
            <label class="speed">
                <span>{ tr.t("c-speed") }</span>
                <select data-param="speed" onchange={on_speed}>
                    { for SPEEDS.iter().map(|s| html! {
                        <option value={s.to_string()} selected={*s == props.speed}>{ format!("{s}×") }</option>
                    }) }
                </select>
            </label>
            <button type="button" onclick={send(Action::ResetAll)} title="Alt+R">{ tr.t("reset") }</button>
            <button type="button" onclick={on_copy}>{ tr.t("copy-link") }</button>
            if let Some(status) = &props.copy_status {
                <span class="copy-status" role="status">{ status.clone() }</span>
            }
            }
        </div>
    }
}
