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

/// Brings the first element matching `selector` to the top of the view, smoothly unless the
/// visitor asked for reduced motion (a "Show me" button's result, brought to where it is seen).
pub fn scroll_into_view(selector: &str) {
    let Some(window) = window() else { return };
    let Some(el) = window.document().and_then(|d| d.query_selector(selector).ok().flatten()) else { return };
    let reduced = window.match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|m| m.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(if reduced { web_sys::ScrollBehavior::Auto } else { web_sys::ScrollBehavior::Smooth });
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}
