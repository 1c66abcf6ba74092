//! A panic must never leave a frozen page: it shows a small panel that asks for a reload and
//! gives the details for a bug report.

use crate::i18n::{Locale, Translations};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Shows the panel with `details` (once; later calls keep the first panel).
pub fn show_panel(details: &str) -> Option<()> {
    let doc = document()?;
    let body = doc.body()?;
    if doc.get_element_by_id("panic-panel").is_some() {
        return Some(());
    }
    let lang = doc.document_element()?.get_attribute("lang").unwrap_or_default();
    let tr = Translations::load(Locale::from_id(&lang).unwrap_or(Locale::En));
    let panel = doc.create_element("div").ok()?;
    panel.set_id("panic-panel");
    panel.set_class_name("panic-panel");
    panel.set_attribute("role", "alert").ok()?;
    let title = doc.create_element("h2").ok()?;
    title.set_text_content(Some(&tr.t("panic-title")));
    let body_text = doc.create_element("p").ok()?;
    body_text.set_text_content(Some(&tr.t("panic-body")));
    let pre = doc.create_element("pre").ok()?;
    pre.set_text_content(Some(details));
    // A link to the page itself reloads it, with no script needed (the CSP forbids inline handlers).
    let reload = doc.create_element("a").ok()?;
    reload.set_attribute("href", "").ok()?;
    reload.set_class_name("button");
    reload.set_text_content(Some(&tr.t("panic-reload")));
    for child in [&title, &body_text, &pre, &reload] {
        panel.append_child(child).ok()?;
    }
    body.append_child(&panel).ok()?;
    Some(())
}

/// Installs the hook: log the panic for developers, show the panel for people.
///
/// Through `yew::set_custom_panic_hook`, not `std::panic::set_hook`: Yew's renderer replaces any
/// hook set the plain way with its own console-only one when it mounts, and then a real panic
/// would leave a frozen page with no panel.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let details =
            format!("{info}\n\n{}", web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default());
        web_sys::console::error_1(&details.clone().into());
        let _ = show_panel(&details);
    }));
}
