//! The browser window, where there is one. The app also renders natively, at build time, with
//! Yew's server renderer (src/bin/prerender.rs); there every call into the browser would panic,
//! so code that runs during a render reaches the window through here and does without it.

/// The window, or `None` in the native pre-render.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}
