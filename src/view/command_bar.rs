//! The first screen's controls (contract §10 landmarks): the stroke, the comparison, play and
//! pause; and one tap to each of the three differences, so that a consultation makes its point
//! without scrolling.

use super::controls::segmented_choice;
use super::story::{show_difference, DIFFERENCES};
use super::time_controls::play_button;
use crate::hooks::translations::use_tr;
use crate::state::{Action, AppState};
use ashiatsu_model::{CompareMode, StrokeKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CommandBarProps {
    pub stroke: StrokeKind,
    pub compare: CompareMode,
    pub playing: bool,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[component]
pub fn CommandBar(props: &CommandBarProps) -> Html {
    let tr = use_tr();
    let d = props.dispatch.clone();
    let on_stroke = {
        let d = d.clone();
        Callback::from(move |v| d.dispatch(Action::SetStroke(v)))
    };
    let on_compare = {
        let d = d.clone();
        Callback::from(move |v| d.dispatch(Action::SetCompare(v)))
    };
    let stroke = segmented_choice(&tr, "stroke", props.stroke, on_stroke);
    let compare = segmented_choice(&tr, "compare", props.compare, on_compare);
    let toggle = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::TogglePlay))
    };
    html! {
        <div class="command-bar">
            { stroke }
            { compare }
            <div class="command-bar__play">{ play_button(&tr, props.playing, toggle) }</div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShowMeProps {
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The three differences, one tap each, each bringing its result into view.
#[component]
pub fn ShowMe(props: &ShowMeProps) -> Html {
    let tr = use_tr();
    let buttons = DIFFERENCES.iter().map(|(id, _)| {
        let (d, id) = (props.dispatch.clone(), *id);
        html! {
            <button type="button" class="show-me" data-preset={id}
                    onclick={move |_| show_difference(&d, id)}>{ tr.t(&format!("show-{id}")) }</button>
        }
    });
    html! {
        <div class="show-me-bar" role="group" aria-labelledby="show-me-label">
            <span class="control-label" id="show-me-label">{ tr.t("show-me") }</span>
            <div class="show-me-buttons">{ for buttons }</div>
        </div>
    }
}
