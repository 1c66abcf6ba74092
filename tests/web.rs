//! Component tests in headless Chromium (wasm-bindgen-test-runner):
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p ashiatsu --target wasm32-unknown-unknown`.
//! They mount the real app and drive it through the DOM, where the browser earns its keep:
//! rendering, events, the canvas and the ready marker.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlCanvasElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The app mounted for one test. Every test gets a fresh start: storage is cleared before the app
/// reads it, and dropping the guard unmounts the app, removes its element and the panic panel, and
/// clears storage again, so no test sees another's app, listeners or saved settings.
struct Mounted {
    host: Element,
    app: Option<yew::AppHandle<ashiatsu::App>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.host
    }
}

fn clear_storage() {
    if let Some(storage) = gloo::utils::window().local_storage().ok().flatten() {
        storage.clear().expect("clear localStorage");
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.host.remove();
        if let Some(panel) = gloo::utils::document().get_element_by_id("panic-panel") {
            panel.remove();
        }
        clear_storage();
    }
}

/// Mounts the app into a fresh element of the test page, on empty storage.
fn mount() -> Mounted {
    clear_storage();
    let document = gloo::utils::document();
    assert_eq!(document.query_selector_all(".app").unwrap().length(), 0, "no app is left from another test");
    let host = document.create_element("div").expect("create host element");
    gloo::utils::body().append_child(&host).expect("append host element");
    let app = yew::Renderer::<ashiatsu::App>::with_root(host.clone()).render();
    Mounted { host, app: Some(app) }
}

/// How long a test waits for the app (an unoptimised test build on a busy machine).
const DEADLINE_MS: f64 = 10_000.0;

/// Waits until `done` holds, checking every 10 ms, and panics with `what` after the deadline.
async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = js_sys::Date::now();
    while !done() {
        assert!(js_sys::Date::now() - start < DEADLINE_MS, "waited {DEADLINE_MS} ms for {what}");
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Waits for an element matching `selector` inside `root`; panics with the selector after the deadline.
async fn wait_for(root: &Element, selector: &str) -> Element {
    let mut found = None;
    wait_until(&format!("an element {selector}"), || {
        found = root.query_selector(selector).ok().flatten();
        found.is_some()
    })
    .await;
    found.expect("found")
}

fn readout(root: &Element, quantity: &str, side: &str) -> f64 {
    root.query_selector(&format!("[data-quantity='{quantity}'][data-side='{side}']"))
        .unwrap()
        .and_then(|el| el.get_attribute("data-si"))
        .and_then(|v| v.parse().ok())
        .unwrap_or(f64::NAN)
}

#[wasm_bindgen_test]
async fn first_frame_sets_the_ready_marker_with_every_readout_and_a_drawn_canvas() {
    let host = mount();
    wait_for(&host, &format!("[{}]", ashiatsu::READY_ATTR)).await;
    // The eight contract quantities for both sides; the foot's own (the bars, the standing foot,
    // the headline's ratios) besides.
    assert_eq!(host.query_selector_all("[data-quantity][data-side=hand]").unwrap().length(), 8);
    for q in ["bar-force", "standing-force", "force-ratio", "depth-ratio"] {
        assert!(readout(&host, q, "foot").is_finite(), "{q}");
    }
    let weight = 65.0 * 9.80665;
    let carried = readout(&host, "normal-force", "foot")
        + readout(&host, "standing-force", "foot")
        + readout(&host, "bar-force", "foot");
    assert!(
        (carried - weight).abs() < 1e-6 * weight,
        "working foot, standing foot and bars carry {carried} of {weight} N"
    );
    for side in ["foot", "hand"] {
        assert!(readout(&host, "normal-force", side).is_finite());
        assert!(readout(&host, "contact-area", side) > 0.0);
    }
    // The pictures are drawn: on the backs each contact (effleurage works with one foot and one
    // palm) has its pads filled with their pressure gradients, and under the skin each side has
    // its stress field.
    for side in ["foot", "hand"] {
        let filled =
            host.query_selector_all(&format!("[data-figure=back] [data-side={side}] .pad-loaded[fill^=url]")).unwrap();
        assert!(filled.length() >= 1, "{side}: the contact's pads are filled");
        for i in 0..filled.length() {
            let pad: Element = filled.item(i).unwrap().dyn_into().unwrap();
            let fill = pad.get_attribute("fill").unwrap_or_default();
            let id = fill.trim_start_matches("url(#").trim_end_matches(')');
            let stops = host.query_selector_all(&format!("[id='{id}'] stop")).unwrap();
            assert!(stops.length() >= 5, "{side}: pad {i} fills from its gradient {fill}");
        }
    }
    let canvases = host.query_selector_all("[data-figure=depth] canvas").unwrap();
    assert_eq!(canvases.length(), 2, "two cross-sections");
    for i in 0..canvases.length() {
        let canvas: HtmlCanvasElement = canvases.item(i).unwrap().dyn_into().unwrap();
        let blank = gloo::utils::document().create_element("canvas").unwrap().dyn_into::<HtmlCanvasElement>().unwrap();
        blank.set_width(canvas.width());
        blank.set_height(canvas.height());
        assert_ne!(canvas.to_data_url().unwrap(), blank.to_data_url().unwrap(), "canvas {i} of the top view is drawn");
    }
}

#[wasm_bindgen_test]
async fn choosing_a_stroke_changes_the_tools_to_its_defaults_and_the_numbers() {
    let host = mount();
    wait_for(&host, "[data-ready]").await;
    let area_before = readout(&host, "contact-area", "hand");
    let button: HtmlElement =
        host.query_selector_all("[data-control=stroke] button").unwrap().item(0).unwrap().dyn_into().unwrap();
    assert_eq!(button.text_content().unwrap_or_default(), "Compression");
    button.click();
    wait_until("the stroke button to be pressed", || button.get_attribute("aria-pressed").as_deref() == Some("true"))
        .await;
    let hand: web_sys::HtmlSelectElement = host.query_selector("#c-hand").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(hand.value(), "heel", "compression's default hand tool");
    assert_ne!(readout(&host, "contact-area", "hand"), area_before);
}

/// Sets a range input or clicks a segmented button, as a person would.
fn set_range(host: &Element, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = host.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
    input.set_value(value);
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

fn click_button(host: &Element, group: &str, text: &str) {
    let buttons = host.query_selector_all(&format!("[aria-labelledby={group}] button")).unwrap();
    for i in 0..buttons.length() {
        let button: HtmlElement = buttons.item(i).unwrap().dyn_into().unwrap();
        if button.text_content().unwrap_or_default() == text {
            button.click();
            return;
        }
    }
    panic!("no button “{text}” in {group}");
}

#[wasm_bindgen_test]
async fn client_pair_foot_length_and_depth_controls_change_the_model() {
    let host = mount();
    wait_for(&host, "[data-ready]").await;
    // Effleurage starts with one foot and one palm; both feet double the contact.
    let area_one_foot = readout(&host, "contact-area", "foot");
    click_button(&host, "c-pair", "Both feet, both hands");
    wait_until("both feet's area", || readout(&host, "contact-area", "foot") > 1.5 * area_one_foot).await;
    click_button(&host, "c-pair", "One foot, one hand");
    wait_until("one foot's area again", || readout(&host, "contact-area", "foot") < 0.75 * area_one_foot * 2.0).await;
    // A tolerant client's limit is the top of the band.
    click_button(&host, "c-client", "Tolerant");
    let high = || {
        host.query_selector("[data-quantity='comfort-limit'][data-side='foot']")
            .unwrap()
            .and_then(|el| el.get_attribute("data-si-high"))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    wait_until("the tolerant client's limit at the top of the band", || {
        (readout(&host, "comfort-limit", "foot") - high()).abs() < 1e-6
    })
    .await;
    // A longer foot, a larger sole.
    let area_one = readout(&host, "contact-area", "foot");
    set_range(&host, "#c-foot-length", "30");
    wait_until("the sole to grow with the foot", || readout(&host, "contact-area", "foot") > 1.3 * area_one).await;
    // Deeper, less stress.
    let shallow = readout(&host, "depth-stress", "hand");
    set_range(&host, "#c-depth", "8");
    wait_until("the stress to fade with depth", || readout(&host, "depth-stress", "hand") < shallow).await;
    let depth = host
        .query_selector("[data-quantity='depth-stress'][data-side='hand']")
        .unwrap()
        .and_then(|el| el.get_attribute("data-depth"))
        .unwrap_or_default();
    assert_eq!(depth, "0.08");
}

#[wasm_bindgen_test]
async fn no_text_outside_the_misconception_card_says_walk() {
    let host = mount();
    wait_for(&host, "[data-ready]").await;
    let copy: Element = host.clone_node_with_deep(true).unwrap().dyn_into().unwrap();
    let myths = copy.query_selector_all("[data-myth]").unwrap();
    assert_eq!(myths.length(), 1, "the misconception card is there");
    for i in 0..myths.length() {
        if let Some(node) = myths.item(i) {
            node.dyn_into::<Element>().unwrap().remove();
        }
    }
    let text = copy.text_content().unwrap_or_default().to_lowercase();
    assert!(!text.trim().is_empty(), "the app shows some text");
    assert!(!text.contains("walk"), "no user-facing text outside [data-myth] says walk");
}

#[wasm_bindgen_test]
async fn a_panic_shows_a_reload_panel_with_the_details_instead_of_a_frozen_page() {
    // Release builds abort on panic, so the test calls what the panic hook calls.
    ashiatsu::panic_panel::show_panel("panicked at src/example.rs:1:1: boom");
    let panel = gloo::utils::document().get_element_by_id("panic-panel").expect("the panel is shown");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    assert!(panel.text_content().unwrap_or_default().contains("boom"), "the details are there for a bug report");
    let reload = panel.query_selector("a").unwrap().expect("a reload link");
    assert_eq!(reload.get_attribute("href").as_deref(), Some(""), "a link to the page itself reloads it");
    ashiatsu::panic_panel::show_panel("second");
    assert_eq!(gloo::utils::document().query_selector_all("#panic-panel").unwrap().length(), 1, "one panel only");
    panel.remove();
}

/// The old tests mounted a new app per test into one document and one storage: an earlier test's
/// choices came back as saved settings, and every earlier app still listened to the keyboard.
/// This fails on that behaviour (compression came back, two apps in the document).
#[wasm_bindgen_test]
async fn each_test_starts_from_the_defaults_whatever_an_earlier_test_chose() {
    {
        let host = mount();
        wait_for(&host, "[data-ready]").await;
        click_stroke(&host, "Compression");
        wait_until("compression to be saved on the device", || {
            gloo::utils::window()
                .local_storage()
                .ok()
                .flatten()
                .and_then(|s| s.get_item("ashiatsu-explainer/settings").ok().flatten())
                .is_some_and(|saved| saved.contains("compression"))
        })
        .await;
    }
    let host = mount();
    wait_for(&host, "[data-ready]").await;
    assert_eq!(gloo::utils::document().query_selector_all(".app").unwrap().length(), 1, "one app in the document");
    let pressed =
        host.query_selector("[data-control=stroke] button[aria-pressed=true]").unwrap().expect("a pressed stroke");
    assert_eq!(pressed.text_content().unwrap_or_default(), "Effleurage", "the default stroke, not the earlier choice");
}

fn click_stroke(host: &Element, name: &str) {
    let buttons = host.query_selector_all("[data-control=stroke] button").unwrap();
    let button: HtmlElement = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default() == name)
        .unwrap_or_else(|| panic!("no stroke button {name}"));
    button.click();
}

/// Every key of the address (src/setup/params.rs) that the table says has a control has one on the
/// full page, marked with its key; those of the Embed dialog are inside it.
#[wasm_bindgen_test]
async fn every_key_with_a_control_has_it_on_the_page() {
    use ashiatsu::setup::params::{Control, PARAMS};
    let host = mount();
    wait_for(&host, "[data-ready]").await;
    for p in &PARAMS {
        let found = host.query_selector(&format!("[data-param=\"{}\"]", p.key)).unwrap();
        match p.control {
            Control::OnPage => assert!(found.is_some(), "a control for `{}`", p.key),
            Control::InEmbedDialog => {
                let field = found.unwrap_or_else(|| panic!("an Embed dialog field for `{}`", p.key));
                assert!(field.closest("dialog").unwrap().is_some(), "`{}` is set in the Embed dialog", p.key);
            }
            Control::NotShown(why) => {
                assert!(found.is_none() && !why.is_empty(), "`{}` has no control: {why}", p.key)
            }
        }
    }
}
