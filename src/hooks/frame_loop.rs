//! One requestAnimationFrame loop for the whole app, running only while it is wanted: no loop at
//! all while paused, and none in a hidden tab (browsers stop animation frames there).

use crate::pace::Pace;
use crate::state::{Action, AppState};
use gloo::render::{request_animation_frame, AnimationFrame};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Animation-frame timestamps are in milliseconds.
const MS_PER_S: f64 = 1000.0;

type Slot = Rc<RefCell<Option<AnimationFrame>>>;

fn schedule(slot: Slot, last_ms: Option<f64>, on_dt: Callback<f64>) {
    let next = slot.clone();
    let frame = request_animation_frame(move |now_ms| {
        if let Some(last) = last_ms {
            on_dt.emit(((now_ms - last) / MS_PER_S).max(0.0));
        }
        schedule(next, Some(now_ms), on_dt);
    });
    *slot.borrow_mut() = Some(frame);
}

/// Calls `on_dt` with the seconds since the previous frame, every frame, while `active`.
/// Dropping the held frame cancels it, so turning `active` off stops the loop at once.
#[hook]
pub fn use_frame_loop(active: bool, on_dt: Callback<f64>) {
    use_effect_with(active, move |active| {
        let slot: Slot = Rc::new(RefCell::new(None));
        if *active {
            schedule(slot.clone(), None, on_dt);
        }
        move || {
            slot.borrow_mut().take();
        }
    });
}

/// The stroke's clock: moves the state on every animation frame while `playing`, and keeps the
/// pace the device can afford (src/pace.rs). Returns how many frames the pictures take to all
/// move once.
#[hook]
pub fn use_clock(playing: bool, dispatch: UseReducerDispatcher<AppState>) -> u8 {
    let pace = use_mut_ref(Pace::default);
    use_frame_loop(playing, {
        let pace = pace.clone();
        Callback::from(move |dt| {
            pace.borrow_mut().record(dt);
            dispatch.dispatch(Action::Tick(dt))
        })
    });
    let turns = pace.borrow().turns();
    turns
}
