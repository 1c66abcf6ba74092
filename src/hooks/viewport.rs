//! The size of the browser's view, CSS px, kept up to date as the window resizes: presenter mode
//! sizes its words to the room's screen with it (larger on a 1080p projector than on 720p).

use gloo::events::EventListener;
use yew::prelude::*;

/// The size assumed before the first measurement and in the native pre-render: a projector's,
/// CSS px.
pub const GUESS_VIEWPORT_PX: (f64, f64) = (1280.0, 720.0);

fn measure() -> Option<(f64, f64)> {
    let window = crate::browser::window()?;
    let (w, h) = (window.inner_width().ok()?.as_f64()?, window.inner_height().ok()?.as_f64()?);
    (w.is_finite() && h.is_finite() && w > 0.0 && h > 0.0).then_some((w, h))
}

/// The view's width and height, CSS px.
#[hook]
pub fn use_viewport() -> (f64, f64) {
    let height = use_state_eq(|| GUESS_VIEWPORT_PX);
    {
        let height = height.clone();
        use_effect_with((), move |_| {
            let update = move || {
                if let Some((w, h)) = measure() {
                    // Rounded to whole pixels, so that sub-pixel changes do not re-render.
                    height.set((w.round(), h.round()));
                }
            };
            update();
            let listener = crate::browser::window().map(|w| EventListener::new(&w, "resize", move |_| update()));
            move || drop(listener)
        });
    }
    *height
}
