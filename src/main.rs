//! Entry point of the wasm app: installs the panic panel, takes over the first view pre-rendered
//! into index.html (or renders afresh when the visit asks for something else), and registers the
//! service worker that makes the app work offline after a first visit.

use ashiatsu::hooks::translations::fetch_language;
use ashiatsu::setup::start::Start;
use wasm_bindgen::JsCast;
use web_sys::{Element, ServiceWorkerContainer};

/// The element of index.html the app lives in; src/bin/prerender.rs fills it at build time.
const ROOT_ID: &str = "app-root";
/// The root's attribute that says how the app started.
const START_ATTR: &str = "data-start";
/// The class first-view.js puts on the document when the pre-rendered view is not this visit's.
const STALE_CLASS: &str = "first-view-stale";

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

/// Starts the app in `root`. It hydrates the pre-rendered first view when this visit would render
/// the same elements (`Boot::matches_first_view`); otherwise it renders
/// afresh in one go, which replaces the pre-rendered elements before the next paint.
fn start(root: Element, start: Start) {
    let prerendered = root.has_child_nodes();
    let boot = start.boot.clone();
    let props = ashiatsu::app::AppProps { start: Some(start) };
    let renderer = yew::Renderer::<ashiatsu::App>::with_root_and_props(root.clone(), props);
    // How it started, for tests and for a developer wondering: `hydrated` or `rendered`.
    if prerendered && boot.matches_first_view() {
        renderer.hydrate();
        let _ = root.set_attribute(START_ATTR, "hydrated");
    } else {
        root.set_inner_html("");
        renderer.render();
        let _ = root.set_attribute(START_ATTR, "rendered");
    }
    if let Some(html) = root.owner_document().and_then(|d| d.document_element()) {
        let _ = html.class_list().remove_1(STALE_CLASS);
    }
}

/// A named moment on the page's performance timeline, for make bench to say where start-up time
/// goes (scripts/bench/browser.mjs): `ashiatsu:main`, the wasm compiled and instantiated. (Yew
/// renders in a later microtask; the ready marker tells when the first frame is drawn.)
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Starts the app where the page wants it, then tidies up after the start.
fn launch(read: Start) {
    match gloo::utils::document().get_element_by_id(ROOT_ID) {
        Some(root) => start(root, read),
        // A host page without the root (a copy of index.html edited by hand): the whole body.
        None => {
            yew::Renderer::<ashiatsu::App>::with_props(ashiatsu::app::AppProps { start: Some(read) }).render();
        }
    }
    remove_fallback();
    register_service_worker();
}

fn main() {
    mark("ashiatsu:main");
    ashiatsu::panic_panel::install();
    // The first render must speak the visit's language: one not built in is fetched first. If it
    // cannot be, the app starts in English and says why (src/hooks/translations.rs).
    let read = Start::read();
    let locale = read.boot.config.locale.unwrap_or(read.boot.env.locale);
    if locale.source().is_some() {
        launch(read);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = fetch_language(locale).await;
            launch(read);
        });
    }
}
