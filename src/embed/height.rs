//! Living inside a therapist's page: the content height posted to the parent (docs/embedding.md,
//! “Putting it on a website”).

use crate::embed::frame::in_frame;
use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::utils::window;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// The class the document has while its frame is as tall as the height last posted: the host
/// follows the messages, and the page hides its scroll bars (styles.css). A scroll bar would make
/// the two disagree, as the pictures scale with the width: Firefox settled with a bar shown (the
/// page fitted the frame only because the bar narrowed it). A host that gives the frame a fixed
/// height never resizes it to the posted one, and keeps the bars it needs.
const SIZED_BY_HOST: &str = "sized-by-host";

/// Animation frames (a second at 60 Hz) a host has to follow a posted height before the document
/// counts it as a host that does not.
const FOLLOW_FRAMES: u32 = 60;

fn set_sized_by_host(on: bool) {
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.class_list().toggle_with_force(SIZED_BY_HOST, on);
    }
}

fn inner_height() -> f64 {
    window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0)
}

/// Watches whether the frame takes the height last posted, one animation frame at a time: marks
/// the document [`SIZED_BY_HOST`] as soon as it has (to a pixel), and unmarks it if it has not
/// after [`FOLLOW_FRAMES`]. Started when a height is posted and when the frame is resized, as a
/// resize event alone can miss the last step: a frame resized away and back between two frames
/// fires none, and the class stayed as the step before had left it (seen in Firefox under load).
/// Never unmarked at once, which would show the bars while the host is still on its way.
#[derive(Clone, Default)]
struct Watch {
    posted: Rc<Cell<f64>>,
    pending: Rc<RefCell<Option<AnimationFrame>>>,
}

impl Watch {
    fn start(&self) {
        self.step(FOLLOW_FRAMES);
    }

    fn step(&self, frames_left: u32) {
        let posted = self.posted.get();
        if posted > 0.0 && (inner_height() - posted).abs() <= 1.0 {
            set_sized_by_host(true);
            self.pending.borrow_mut().take();
        } else if frames_left == 0 {
            set_sized_by_host(false);
            self.pending.borrow_mut().take();
        } else {
            let next = self.clone();
            let frame = request_animation_frame(move |_| next.step(frames_left - 1));
            *self.pending.borrow_mut() = Some(frame);
        }
    }
}

fn post_height(height: f64) {
    let Ok(Some(parent)) = window().parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    // Only a number leaves the frame, so any host may read it.
    let _ = parent.post_message(&message, "*");
}

/// Posts `{ height }` to the parent whenever the element's height changes (in a frame only), and
/// marks the document when the host sizes the frame to it ([`Watch`]).
#[hook]
pub fn use_report_height(root: NodeRef) {
    use_effect_with((), move |_| {
        let mut observer = None;
        if in_frame() {
            if let Some(el) = root.cast::<Element>() {
                let watch = Watch::default();
                let resized = {
                    let watch = watch.clone();
                    EventListener::new(&window(), "resize", move |_| watch.start())
                };
                let measure = {
                    let (el, watch) = (el.clone(), watch.clone());
                    move || {
                        let height = el.get_bounding_client_rect().height().ceil();
                        if height > 0.0 && height != watch.posted.get() {
                            watch.posted.set(height);
                            post_height(height);
                            watch.start();
                        }
                    }
                };
                measure();
                let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| measure());
                if let Ok(o) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                    o.observe(&el);
                    observer = Some((o, callback, resized, watch));
                }
            }
        }
        move || {
            if let Some((o, _callback, _resized, watch)) = observer {
                o.disconnect();
                watch.pending.borrow_mut().take();
            }
        }
    });
}
