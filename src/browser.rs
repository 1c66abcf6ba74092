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

/// The device's storage, if the page may use it (a sandboxed frame or a strict browser may not).
pub fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// Brings the first element matching `selector` back into view when the page has been scrolled
/// past its top (a "Show me" button's result, shown where it is seen), smoothly unless the visitor
/// asked for reduced motion; where it is in view already, nothing moves.
pub fn scroll_into_view(selector: &str) {
    let Some(window) = window() else { return };
    let Some(el) = window.document().and_then(|d| d.query_selector(selector).ok().flatten()) else { return };
    let top = el.get_bounding_client_rect().top();
    if top >= 0.0 {
        return;
    }
    let reduced = window.match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|m| m.matches());
    let options = web_sys::ScrollToOptions::new();
    options.set_top(top);
    options.set_behavior(if reduced { web_sys::ScrollBehavior::Auto } else { web_sys::ScrollBehavior::Smooth });
    window.scroll_by_with_scroll_to_options(&options);
}
