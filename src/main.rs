//! Entry point of the wasm app: installs the panic panel, mounts [`ashiatsu::App`], and registers
//! the service worker that makes the app work offline after a first visit.

fn register_service_worker() {
    let Some(window) = web_sys::window() else { return };
    if !window.is_secure_context() {
        return;
    }
    let registration = window.navigator().service_worker().register("./sw.js");
    // A worker that cannot register (a private window, a host without HTTPS) only means no
    // offline copy; say so quietly instead of leaving an unhandled rejection.
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(registration).await {
            web_sys::console::info_2(&"offline copy unavailable:".into(), &e);
        }
    });
}

fn main() {
    ashiatsu::panic_panel::install();
    yew::Renderer::<ashiatsu::App>::new().render();
    register_service_worker();
}
