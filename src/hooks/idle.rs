//! Consultation mode: on a tablet left idle, the app returns to its starting screen.

use crate::state::{Action, AppState};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What counts as someone using the app.
const ACTIVITY: [&str; 5] = ["pointerdown", "keydown", "wheel", "touchstart", "input"];

/// After `seconds` with no input, reset all and scroll to the top. `None` turns it off.
#[hook]
pub fn use_idle_reset(seconds: Option<f64>, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with(seconds.map(|s| (s * 1000.0) as u32), move |millis| {
        let timer: Rc<RefCell<Option<Timeout>>> = Rc::new(RefCell::new(None));
        let mut listeners = Vec::new();
        if let Some(millis) = *millis {
            let arm = {
                let timer = timer.clone();
                Rc::new(move || {
                    let d = dispatch.clone();
                    *timer.borrow_mut() = Some(Timeout::new(millis, move || {
                        d.dispatch(Action::ResetAll);
                        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                    }));
                })
            };
            arm();
            for event in ACTIVITY {
                let arm = arm.clone();
                listeners.push(EventListener::new(&gloo::utils::document(), event, move |_| arm()));
            }
        }
        move || {
            drop(listeners);
            timer.borrow_mut().take();
        }
    });
}
