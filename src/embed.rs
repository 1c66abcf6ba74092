//! Living inside a therapist's page: the content height posted to the parent (contract.md §4)
//! and the snippet that embeds the app.

use gloo::utils::window;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// Whether the app runs in a frame of another page.
pub fn in_frame() -> bool {
    let w = window();
    match (w.parent(), w.self_()) {
        (Ok(Some(parent)), me) => !js_sys::Object::is(&parent, &me),
        _ => false,
    }
}

fn post_height(height: f64) {
    let Ok(Some(parent)) = window().parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    // Only a number leaves the frame, so any host may read it.
    let _ = parent.post_message(&message, "*");
}

/// Posts `{ height }` to the parent whenever the element's height changes (in a frame only).
#[hook]
pub fn use_report_height(root: NodeRef) {
    use_effect_with((), move |_| {
        let mut observer = None;
        if in_frame() {
            if let Some(el) = root.cast::<Element>() {
                let last = Rc::new(Cell::new(-1.0));
                let measure = {
                    let el = el.clone();
                    move || {
                        let height = el.get_bounding_client_rect().height().ceil();
                        if height > 0.0 && height != last.get() {
                            last.set(height);
                            post_height(height);
                        }
                    }
                };
                measure();
                let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| measure());
                if let Ok(o) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                    o.observe(&el);
                    observer = Some((o, callback));
                }
            }
        }
        move || {
            if let Some((o, _callback)) = observer {
                o.disconnect();
            }
        }
    });
}

/// HTML a therapist's web person pastes to embed the app with `src`, sized by its messages.
pub fn snippet(src: &str, title: &str) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        r#"<iframe id="ashiatsu-explainer" src="{src}" title="{title}" loading="lazy"
        style="width:100%;border:0;height:640px"></iframe>
<script>
  window.addEventListener('message', function (event) {{
    var frame = document.getElementById('ashiatsu-explainer');
    if (!frame || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (data && typeof data.height === 'number' && isFinite(data.height) && data.height > 0) {{
      frame.style.height = Math.ceil(data.height) + 'px';
    }}
  }});
</script>"#,
        src = esc(src),
        title = esc(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_escapes_the_address() {
        let s = snippet("https://x.example/?view=embed&book=\"><script>", "Ashiatsu");
        assert!(!s.contains("\"><script>"), "the address cannot break out of the attribute");
        assert!(s.contains("view=embed&amp;book=&quot;>&lt;script>"));
        assert!(s.contains("addEventListener('message'"));
    }
}
