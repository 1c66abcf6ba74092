//! The height of the browser's view, CSS px, kept up to date as the window resizes: presenter mode
//! sizes its words to the room's screen with it (larger on a 1080p projector than on 720p).

use gloo::events::EventListener;
use yew::prelude::*;

/// The height assumed before the first measurement and in the native pre-render, CSS px.
pub const GUESS_HEIGHT_PX: f64 = 720.0;

fn measure() -> Option<f64> {
    let h = crate::browser::window()?.inner_height().ok()?.as_f64()?;
    (h.is_finite() && h > 0.0).then_some(h)
}

#[hook]
pub fn use_viewport_height() -> f64 {
    let height = use_state_eq(|| GUESS_HEIGHT_PX);
    {
        let height = height.clone();
        use_effect_with((), move |_| {
            let update = move || {
                if let Some(h) = measure() {
                    // Rounded to whole pixels, so that sub-pixel changes do not re-render.
                    height.set(h.round());
                }
            };
            update();
            let listener = crate::browser::window().map(|w| EventListener::new(&w, "resize", move |_| update()));
            move || drop(listener)
        });
    }
    *height
}
