//! Drag across the pictures to move through the stroke (touch first: a finger on a tablet).

use crate::state::{Action, AppState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScrubAreaProps {
    pub phase: f64,
    pub dispatch: UseReducerDispatcher<AppState>,
    pub title: AttrValue,
    pub children: Html,
}

/// A full drag across the area moves the stroke through one whole cycle.
#[component]
pub fn ScrubArea(props: &ScrubAreaProps) -> Html {
    let area = use_node_ref();
    let drag = use_mut_ref(|| None::<(f64, f64)>);
    let on_down = {
        let (area, drag, d, phase) = (area.clone(), drag.clone(), props.dispatch.clone(), props.phase);
        move |e: PointerEvent| {
            // Capture on the area itself (Yew delegates events, so the event's current target is
            // not the area), so that the drag continues outside it.
            if let Some(el) = area.cast::<web_sys::Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            *drag.borrow_mut() = Some((e.client_x() as f64, phase));
            d.dispatch(Action::SetPlaying(false));
        }
    };
    let on_move = {
        let (area, drag, d) = (area.clone(), drag.clone(), props.dispatch.clone());
        move |e: PointerEvent| {
            let Some((x0, phase0)) = *drag.borrow() else { return };
            let width = area.cast::<web_sys::Element>().map(|el| el.client_width() as f64).unwrap_or(1.0).max(1.0);
            d.dispatch(Action::SetPhase(phase0 + (e.client_x() as f64 - x0) / width));
        }
    };
    let on_up = move |_: PointerEvent| *drag.borrow_mut() = None;
    html! {
        <div class="scrub-area" ref={area} onpointerdown={on_down} onpointermove={on_move}
             onpointerup={on_up.clone()} onpointercancel={on_up} title={props.title.clone()}>
            { props.children.clone() }
        </div>
    }
}
