//! Entry point of the wasm app: installs the panic panel, mounts [`ashiatsu::App`], and registers
//! the service worker that makes the app work offline after a first visit.

use wasm_bindgen::prelude::*;

fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    if !window.is_secure_context() {
        return;
    }
    let container = window.navigator().service_worker();
    // A worker that cannot register (a private window, a host without HTTPS) only means no
    // offline copy; say so quietly instead of leaving an unhandled rejection.
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|e: JsValue| {
        web_sys::console::info_2(&"offline copy unavailable:".into(), &e);
    });
    let _ = container.register("./sw.js").catch(&on_error);
    on_error.forget();
}

fn main() {
    ashiatsu::panic_panel::install();
    yew::Renderer::<ashiatsu::App>::new().render();
    register_service_worker();
}
