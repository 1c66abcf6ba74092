//! Build step: renders the app's first view (the default address, src/setup/start.rs) with Yew's
//! server renderer and writes it into the built index.html, inside `<div id="app-root">`. The page
//! then paints its pictures and words before the wasm has arrived, and reads with scripts off;
//! the app hydrates the same elements when it starts (src/main.rs).
//!
//! Usage: `prerender <index.html>` (scripts/prerender.sh runs it from the Trunk hook).

use std::process::ExitCode;

/// The empty root in index.html that receives the first view.
const ROOT: &str = r#"<div id="app-root"></div>"#;
/// The document element, which receives the first view's saved settings for first-view.js.
const HTML: &str = r#"<html lang="en">"#;

/// `text` as the value of a double-quoted HTML attribute.
fn attribute_value(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        return ExitCode::FAILURE;
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if page.matches(ROOT).count() != 1 || page.matches(HTML).count() != 1 {
        eprintln!("prerender: {path} must contain {ROOT} and {HTML} once each (is it already pre-rendered?)");
        return ExitCode::FAILURE;
    }
    let view = futures::executor::block_on(yew::LocalServerRenderer::<ashiatsu::App>::new().render());
    // What this device saves after a visit that changed nothing: such a visit shows this view.
    let saved = ashiatsu::setup::storage::encode(&ashiatsu::setup::start::Boot::first_view().config);
    let filled = page
        .replace(ROOT, &format!(r#"<div id="app-root">{view}</div>"#))
        .replace(HTML, &format!(r#"<html lang="en" data-first-view-settings="{}">"#, attribute_value(&saved)));
    if let Err(e) = std::fs::write(&path, filled) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    println!("prerender: first view, {} bytes of HTML, into {path}", view.len());
    ExitCode::SUCCESS
}
