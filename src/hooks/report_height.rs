//! Living inside a therapist's page: the content height posted to the parent (docs/embedding.md,
//! “Putting it on a website”).

use crate::embed::in_frame;
use gloo::utils::window;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

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
