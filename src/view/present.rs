//! Presenter mode: the current lesson scene's words, and buttons to move between scenes (the
//! arrow keys and a clicker do the same).

use crate::hooks::translations::use_tr;
use crate::state::{Action, AppState, Direction};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScenePanelProps {
    /// 1-based.
    pub number: usize,
    pub count: usize,
    pub id: AttrValue,
    /// The chosen depth in the screen's units, for scenes that name it.
    pub depth: AttrValue,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[component]
pub fn ScenePanel(props: &ScenePanelProps) -> Html {
    let tr = use_tr();
    let go = |direction: Direction| {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::SceneBy(direction)))
    };
    let fullscreen = Callback::from(|_: MouseEvent| crate::hooks::keyboard::toggle_fullscreen());
    let (number, count) = (props.number.to_string(), props.count.to_string());
    html! {
        <section class="scene-panel" aria-labelledby="scene-title" data-scene={props.number.to_string()}>
            <p class="scene-counter">{ tr.t_args("present-scene", &[("number", &number), ("count", &count)]) }</p>
            <h2 id="scene-title" aria-live="polite">{ tr.t(&format!("scene-{}-title", props.id)) }</h2>
            <p class="scene-body">{ tr.t_args(&format!("scene-{}-body", props.id), &[("depth", &props.depth)]) }</p>
            <div class="scene-nav">
                <button type="button" onclick={go(Direction::Back)} disabled={props.number <= 1}>{ "← " }{ tr.t("present-previous") }</button>
                <button type="button" class="primary" onclick={go(Direction::Forward)} disabled={props.number >= props.count}>{ tr.t("present-next") }{ " →" }</button>
                <button type="button" onclick={fullscreen}>{ tr.t("present-fullscreen") }</button>
            </div>
            <p class="hint">{ tr.t("present-keys") }</p>
        </section>
    }
}
