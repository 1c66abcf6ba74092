//! How large a picture is drawn on screen: drawing units per CSS pixel of an SVG, measured on the
//! element as it is laid out and again whenever its size changes. The pictures size their words
//! with it, so that text inside them reads at the same size on a phone, a tablet and a projector.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// Units per pixel of the SVG in `node`, whose view box is `view_width` × `view_height` units;
/// `guess_px` is the width assumed before the first measurement (and on the server). The drawing
/// fits the element whole (`preserveAspectRatio` meet), so when the element is shaped differently
/// from its view box the tighter of the two directions sets the scale.
/// A picture's scale on screen, and whether it was measured yet (the pictures mark themselves
/// `data-measured` then, for tests that check the words' sizes).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PictureScale {
    pub units_per_px: f64,
    pub measured: bool,
}

impl PictureScale {
    /// The `data-measured` attribute's value.
    pub fn marker(&self) -> Option<AttrValue> {
        self.measured.then_some(AttrValue::Static(""))
    }
}

/// The pictures that measure their scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    Side,
    Depth,
    Back,
    Contact,
    Profile,
    Legend,
}

impl Picture {
    /// The width the picture is assumed to have on screen before it is measured (and in the
    /// pre-rendered first view), CSS px: about its width on a laptop, so that the words inside it
    /// are sized nearly right before the first measurement. All in one place.
    pub const fn guess_px(self) -> f64 {
        match self {
            Picture::Side | Picture::Depth => 380.0,
            Picture::Back => 360.0,
            Picture::Contact => 170.0,
            Picture::Profile => 400.0,
            Picture::Legend => 300.0,
        }
    }
}

#[hook]
pub fn use_units_per_px(node: NodeRef, view_box: (f64, f64), picture: Picture) -> PictureScale {
    let (view_width, view_height) = view_box;
    let guess_px = picture.guess_px();
    let scale = use_state_eq(|| PictureScale { units_per_px: view_width / guess_px, measured: false });
    {
        let scale = scale.clone();
        use_effect_with((view_width.to_bits(), view_height.to_bits()), move |_| {
            let mut observer = None;
            if let Some(el) = node.cast::<Element>() {
                let measure = {
                    let el = el.clone();
                    move || {
                        let rect = el.get_bounding_client_rect();
                        if rect.width() > 1.0 && rect.height() > 1.0 {
                            let units = (view_width / rect.width()).max(view_height / rect.height());
                            // Rounded so that sub-pixel jitter does not re-render the picture.
                            scale.set(PictureScale { units_per_px: (units * 200.0).round() / 200.0, measured: true });
                        }
                    }
                };
                measure();
                // The observer only asks for a measurement in the next animation frame: setting
                // the state inside the observer's own delivery re-renders the picture there, and
                // the browser reports "ResizeObserver loop completed with undelivered
                // notifications" as an error whenever a new layout (print, full screen, a
                // narrower frame) resizes several pictures at once.
                let pending: Rc<RefCell<Option<AnimationFrame>>> = Rc::default();
                let scheduled = Rc::new(Cell::new(false));
                let measure = Rc::new(measure);
                let callback = {
                    let pending = pending.clone();
                    Closure::<dyn FnMut(JsValue)>::new(move |_| {
                        if !scheduled.replace(true) {
                            let (scheduled, measure) = (scheduled.clone(), measure.clone());
                            // Replacing the handle drops the last, finished frame (never this one
                            // from inside its own callback).
                            *pending.borrow_mut() = Some(request_animation_frame(move |_| {
                                scheduled.set(false);
                                measure();
                            }));
                        }
                    })
                };
                if let Ok(o) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
                    o.observe(&el);
                    observer = Some((o, callback, pending));
                }
            }
            move || {
                if let Some((o, _callback, pending)) = observer {
                    o.disconnect();
                    pending.borrow_mut().take();
                }
            }
        });
    }
    *scale
}
