//! A picture drawn by the retained layer (src/draw/retained.rs) inside an `<svg>` that Yew owns.
//! Yew renders the picture's elements once, from markup (in the pre-rendered page they are taken
//! over as they are, without a single attribute written), and never diffs them again: after each
//! render of the picture's component, the layer writes into them only what the new drawing changed.

use crate::draw::node::{El, Node};
use crate::draw::retained::Live;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// What a picture's layer remembers between renders.
#[derive(Default)]
struct Slot {
    /// The first drawing and its markup: what Yew puts on the page, every render the same, so
    /// that Yew never replaces the elements the layer writes into.
    first: Option<(Rc<El>, AttrValue)>,
    /// The drawing of the latest render, written after it.
    next: Option<El>,
    live: Option<Live>,
}

impl Slot {
    /// Writes the latest drawing into the elements inside `host` (the picture's `<svg>`).
    fn flush(&mut self, host: &Element) {
        let (Some(next), Some((first, _))) = (self.next.take(), self.first.as_ref()) else { return };
        let Some(root) = host.first_element_child() else { return };
        let current = self.live.as_ref().is_some_and(|live| live.element().is_same_node(Some(&root)));
        if !current {
            // Yew made the elements afresh (a new layout), or hydrated them: they show the first
            // drawing, whose markup they were made from.
            self.live = Some(Live::adopt(root.clone(), first).unwrap_or_else(|| Live::empty(root, first.tag)));
        }
        if let Some(live) = self.live.as_mut() {
            live.update(&Node::El(next));
        }
    }
}

/// Shows `drawing` inside the `<svg>` in `host`, as its only child: returns that child for the
/// component to render. The drawing's root must be the same kind of element every render (a
/// group).
#[hook]
pub fn use_drawing(host: NodeRef, drawing: El) -> Html {
    let slot = use_mut_ref(Slot::default);
    let markup = {
        let mut slot = slot.borrow_mut();
        let (_, markup) = slot.first.get_or_insert_with(|| {
            let markup = AttrValue::from(drawing.markup());
            (Rc::new(drawing.clone()), markup)
        });
        let markup = markup.clone();
        slot.next = Some(drawing);
        markup
    };
    {
        let slot: Rc<RefCell<Slot>> = slot.clone();
        use_effect(move || {
            if let Some(host) = host.cast::<Element>() {
                slot.borrow_mut().flush(&host);
            }
        });
    }
    Html::from_html_unchecked(markup)
}
