//! Entry point of the wasm app: installs the panic panel, mounts [`ashiatsu::App`], and registers
//! the service worker that makes the app work offline after a first visit.

use wasm_bindgen::JsCast;
use web_sys::ServiceWorkerContainer;

fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    if !window.is_secure_context() {
        return;
    }
    // Read with a guard: in a sandboxed frame without `allow-same-origin` the browser throws on
    // the very property (there is no offline copy there, and nothing to tell the visitor).
    let container = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into())
        .ok()
        .and_then(|c| c.dyn_into::<ServiceWorkerContainer>().ok());
    let Some(container) = container else { return };
    let registration = container.register("./sw.js");
    // A worker that cannot register (a private window, a host without HTTPS) only means no
    // offline copy; say so quietly instead of leaving an unhandled rejection.
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(registration).await {
            web_sys::console::info_2(&"offline copy unavailable:".into(), &e);
        }
    });
}

/// The page's notice for when the app cannot start (index.html): it has started.
fn remove_fallback() {
    if let Some(notice) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("fallback")) {
        notice.remove();
    }
}

fn main() {
    ashiatsu::panic_panel::install();
    yew::Renderer::<ashiatsu::App>::new().render();
    remove_fallback();
    register_service_worker();
}
