//! The retained drawing layer in a real browser (wasm-bindgen-test-runner, headless Chromium):
//! what it writes into the page, counted by the browser's own MutationObserver, and what the page
//! shows afterwards, compared with the markup of the drawing it was asked to show.
#![cfg(target_arch = "wasm32")]

use ashiatsu::draw::node::{el, group, kept, El, Node};
use ashiatsu::draw::retained::{Live, SVG_NS};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, MutationObserver, MutationObserverInit};

wasm_bindgen_test_configure!(run_in_browser);

/// An `<svg>` on the test page holding `drawing`, made from its markup as the pre-render or Yew
/// makes it, and its root group.
fn page_with(drawing: &El) -> (Element, Element) {
    let document = gloo::utils::document();
    let svg = document.create_element_ns(Some(SVG_NS), "svg").unwrap();
    gloo::utils::body().append_child(&svg).unwrap();
    svg.set_inner_html(&drawing.markup());
    let root = svg.first_element_child().unwrap();
    (svg, root)
}

/// Counts every change the browser sees under `target` until `count` is called.
struct Watch {
    observer: MutationObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Watch {
    fn new(target: &Element) -> Self {
        let callback = Closure::<dyn FnMut()>::new(|| {});
        let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).unwrap();
        let options = MutationObserverInit::new();
        options.set_subtree(true);
        options.set_child_list(true);
        options.set_attributes(true);
        options.set_character_data(true);
        observer.observe_with_options(target, &options).unwrap();
        Watch { observer, _callback: callback }
    }

    /// Changes seen since the last count (an attribute set, a child list changed, words changed).
    fn count(&self) -> u32 {
        self.observer.take_records().length()
    }

    /// The kinds of the changes seen since the last count (`attributes`, `childList`,
    /// `characterData`).
    fn kinds(&self) -> Vec<String> {
        self.observer.take_records().iter().map(|r| r.unchecked_into::<web_sys::MutationRecord>().type_()).collect()
    }
}

fn figure(x: f64, word: &str) -> El {
    group([
        el("path").class("skin").attr("d", format!("M{x},0 L10,10")).into(),
        el("line").attr("x1", x).attr("y1", 0).into(),
        el("text").class("label").attr("x", 3).text(word).into(),
    ])
}

#[wasm_bindgen_test]
fn taking_over_the_page_writes_nothing_and_an_unchanged_drawing_writes_nothing() {
    let first = figure(1.0, "19.5 kg");
    let (svg, root) = page_with(&first);
    let watch = Watch::new(&svg);
    let mut live = Live::adopt(root, &first).expect("the page has the drawing's shape");
    assert_eq!(watch.count(), 0, "adopting");
    live.update(&Node::El(first.clone()));
    assert_eq!(watch.count(), 0, "the same drawing again");
    svg.remove();
}

#[wasm_bindgen_test]
fn a_moved_limb_writes_its_two_numbers_and_the_page_then_shows_the_new_drawing() {
    let first = figure(1.0, "19.5 kg");
    let (svg, root) = page_with(&first);
    let watch = Watch::new(&svg);
    let mut live = Live::adopt(root.clone(), &first).unwrap();
    let next = figure(2.0, "19.5 kg");
    let writes = live.update(&Node::El(next.clone()));
    assert_eq!(watch.count(), 2, "the path's d and the line's x1");
    assert_eq!(writes.attributes, 2);
    assert_eq!(root.outer_html(), next.markup());
    let words = figure(2.0, "20.1 kg");
    live.update(&Node::El(words.clone()));
    assert_eq!(watch.count(), 1, "the words alone");
    assert_eq!(root.outer_html(), words.markup());
    svg.remove();
}

#[wasm_bindgen_test]
fn new_words_go_into_the_text_node_already_on_the_page_even_after_none() {
    let first = figure(1.0, "19.5 kg");
    let (svg, root) = page_with(&first);
    let label = root.last_element_child().unwrap();
    let node = label.first_child().unwrap();
    let watch = Watch::new(&svg);
    let mut live = Live::adopt(root.clone(), &first).unwrap();
    live.update(&Node::El(figure(1.0, "20.1 kg")));
    assert_eq!(watch.kinds(), ["characterData"], "the words changed in place, no node replaced");
    assert!(label.first_child().unwrap().is_same_node(Some(&node)));
    for words in ["", "21 kg", "22 kg"] {
        let next = figure(1.0, words);
        live.update(&Node::El(next.clone()));
        assert_eq!(root.outer_html(), next.markup(), "after {words:?}");
    }
    assert_eq!(watch.kinds(), ["childList", "childList", "characterData"], "emptied, filled, then in place");
    svg.remove();
}

#[wasm_bindgen_test]
fn elements_come_and_go_at_the_end_and_a_new_kind_of_element_replaces_the_old() {
    let first = group([el("g").class("arrow").into()]);
    let (svg, root) = page_with(&first);
    let mut live = Live::adopt(root.clone(), &first).unwrap();
    let with_line = group([el("g").class("arrow").child(el("line").attr("x1", 5)).into(), el("circle").into()]);
    live.update(&Node::El(with_line.clone()));
    assert_eq!(root.outer_html(), with_line.markup());
    let fewer = group([el("path").attr("d", "M0,0").into()]);
    live.update(&Node::El(fewer.clone()));
    assert_eq!(root.outer_html(), fewer.markup());
    let attrs = group([el("path").attr("d", "M0,0").attr("class", "skin").into()]);
    live.update(&Node::El(attrs.clone()));
    let gone = group([el("path").attr("class", "skin").into()]);
    live.update(&Node::El(gone));
    let path = root.first_element_child().unwrap();
    assert_eq!((path.get_attribute("d"), path.get_attribute("class").as_deref()), (None, Some("skin")));
    svg.remove();
}

#[wasm_bindgen_test]
fn a_kept_drawing_is_skipped_and_foreign_children_are_left_alone() {
    let room = kept("test-room", || el("path").class("room").attr("d", "M0,0 L1,1"));
    let first = group([room.clone(), el("foreignObject").foreign().into()]);
    let (svg, root) = page_with(&first);
    let mut live = Live::adopt(root.clone(), &first).unwrap();
    // Someone else's canvas in the holder, and the room changed behind the layer's back: a kept
    // drawing that is the very one already drawn is not even compared.
    let holder = root.last_element_child().unwrap();
    holder.append_child(&gloo::utils::document().create_element("canvas").unwrap()).unwrap();
    root.first_element_child().unwrap().set_attribute("data-touched", "").unwrap();
    let watch = Watch::new(&svg);
    live.update(&Node::El(first));
    assert_eq!(watch.count(), 0);
    assert_eq!(holder.child_element_count(), 1, "the canvas stays");
    svg.remove();
}

#[wasm_bindgen_test]
fn a_page_of_another_shape_is_not_taken_over() {
    let first = figure(1.0, "a");
    let (svg, root) = page_with(&group([el("path").into()]));
    assert!(Live::adopt(root.clone(), &first).is_none());
    let mut live = Live::empty(root.clone(), "g");
    live.update(&Node::El(first.clone()));
    assert_eq!(root.inner_html(), first.markup().trim_start_matches("<g>").trim_end_matches("</g>"));
    svg.remove();
}
