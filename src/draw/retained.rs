//! The retained drawing layer: a picture's elements stay on the page, and each new drawing of it
//! (src/draw/node.rs) writes only what changed: an attribute whose value differs, words that
//! differ, an element added or taken away at the end of a group. A playing stroke changes a few
//! numbers per element (a limb's outline, an arrow's end, a word's place), so a frame writes
//! those and nothing else; the room, the table and the outlines, built once and shared, are
//! skipped without even being compared.
//!
//! This mirror of the page (`Live`) holds a handle to every element it drew, with the values it
//! wrote, so comparing costs no calls into the browser: only the writes do.

use super::node::{Body, El, Node};
use std::rc::Rc;
use web_sys::{Document, Element, Node as DomNode};

/// SVG's namespace: every element the pictures make is an SVG element.
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// An element on the page and what the layer last wrote into it.
pub struct Live {
    el: Element,
    tag: &'static str,
    attrs: Vec<(&'static str, String)>,
    body: LiveBody,
    /// The shared drawing it shows, when it was given one (`Node::Kept`).
    kept: Option<Rc<El>>,
}

enum LiveBody {
    Kids(Vec<Live>),
    /// Words, and the text node that holds them on the page (none while they are empty).
    Text(String, Option<DomNode>),
    Foreign,
}

/// Writes `text` into `el` as its only child. New words go into the text node already there, so
/// that the browser keeps its layout object: replacing the node (`textContent`) makes it take the
/// old one down and build a new one, a full layout of the words, every frame a label changes.
fn write_text(el: &Element, node: &mut Option<DomNode>, text: &str) {
    match node {
        Some(node) if !text.is_empty() => node.set_node_value(Some(text)),
        _ => {
            el.set_text_content(Some(text));
            *node = text_node(el);
        }
    }
}

/// The text node that is `el`'s only child, if that is what it holds.
fn text_node(el: &Element) -> Option<DomNode> {
    let node = el.first_child()?;
    (node.node_type() == DomNode::TEXT_NODE && node.next_sibling().is_none()).then_some(node)
}

/// How many writes an update made (the tests count them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Writes {
    pub attributes: usize,
    pub texts: usize,
    pub elements: usize,
}

impl Live {
    /// Takes over `dom`, an element written from `drawn`'s markup (the pre-rendered page, or Yew's
    /// first render), without writing anything. `None` when the page does not have the drawing's
    /// shape (then [`Live::empty`] and an update draw it afresh).
    pub fn adopt(dom: Element, drawn: &El) -> Option<Live> {
        if !dom.local_name().eq_ignore_ascii_case(drawn.tag) {
            return None;
        }
        let body = match &drawn.body {
            Body::Kids(kids) => {
                let children = dom.children();
                if children.length() as usize != kids.len() {
                    return None;
                }
                let mut live = Vec::with_capacity(kids.len());
                for (i, kid) in kids.iter().enumerate() {
                    live.push(Live::adopt(children.item(i as u32)?, kid.el())?);
                }
                LiveBody::Kids(live)
            }
            Body::Text(text) => LiveBody::Text(text.clone(), text_node(&dom)),
            Body::Foreign => LiveBody::Foreign,
        };
        Some(Live { el: dom, tag: drawn.tag, attrs: drawn.attrs.clone(), body, kept: None })
    }

    /// Takes over `dom` with nothing known about it: its children are removed, and the next
    /// update writes every attribute and element.
    pub fn empty(dom: Element, tag: &'static str) -> Live {
        dom.set_text_content(None);
        Live { el: dom, tag, attrs: Vec::new(), body: LiveBody::Kids(Vec::new()), kept: None }
    }

    /// The element on the page.
    pub fn element(&self) -> &Element {
        &self.el
    }

    /// Makes the page show `next`, writing only what differs from what it shows.
    pub fn update(&mut self, next: &Node) -> Writes {
        let mut writes = Writes::default();
        self.update_counting(next, &mut writes);
        writes
    }

    fn update_counting(&mut self, next: &Node, writes: &mut Writes) {
        if let (Node::Kept(next), Some(kept)) = (next, &self.kept) {
            if Rc::ptr_eq(next, kept) {
                return;
            }
        }
        let el = next.el();
        if el.tag != self.tag {
            let Some(fresh) = Live::create(&document_of(&self.el), el, writes) else { return };
            let _ = self.el.replace_with_with_node_1(&fresh.el);
            *self = fresh;
        } else {
            self.update_attributes(&el.attrs, writes);
            self.update_body(&el.body, writes);
        }
        self.kept = match next {
            Node::Kept(kept) => Some(kept.clone()),
            Node::El(_) => None,
        };
    }

    fn update_attributes(&mut self, next: &[(&'static str, String)], writes: &mut Writes) {
        let same_names = self.attrs.len() == next.len() && self.attrs.iter().zip(next).all(|(a, b)| a.0 == b.0);
        if same_names {
            for ((_, old), (name, value)) in self.attrs.iter_mut().zip(next) {
                if old != value {
                    let _ = self.el.set_attribute(name, value);
                    old.clone_from(value);
                    writes.attributes += 1;
                }
            }
            return;
        }
        for (name, value) in next {
            if self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v) != Some(value) {
                let _ = self.el.set_attribute(name, value);
                writes.attributes += 1;
            }
        }
        for (name, _) in &self.attrs {
            if !next.iter().any(|(n, _)| n == name) {
                let _ = self.el.remove_attribute(name);
                writes.attributes += 1;
            }
        }
        self.attrs = next.to_vec();
    }

    fn update_body(&mut self, next: &Body, writes: &mut Writes) {
        match (&mut self.body, next) {
            (LiveBody::Text(old, node), Body::Text(text)) => {
                if old != text {
                    write_text(&self.el, node, text);
                    old.clone_from(text);
                    writes.texts += 1;
                }
            }
            (LiveBody::Kids(live), Body::Kids(kids)) => {
                for (l, kid) in live.iter_mut().zip(kids) {
                    l.update_counting(kid, writes);
                }
                if kids.len() > live.len() {
                    let document = document_of(&self.el);
                    for kid in &kids[live.len()..] {
                        if let Some(fresh) = Live::create(&document, kid.el(), writes) {
                            let _ = self.el.append_child(&fresh.el);
                            live.push(fresh);
                        }
                    }
                }
                for gone in live.drain(kids.len().min(live.len())..) {
                    gone.el.remove();
                    writes.elements += 1;
                }
            }
            (LiveBody::Foreign, Body::Foreign) => {}
            (_, body) => {
                // Words where there were elements, or the other way round: empty the element, and
                // the arm of its new kind fills it.
                self.el.set_text_content(None);
                writes.elements += 1;
                self.body = match body {
                    Body::Kids(_) => LiveBody::Kids(Vec::new()),
                    Body::Text(_) => LiveBody::Text(String::new(), None),
                    Body::Foreign => LiveBody::Foreign,
                };
                self.update_body(body, writes);
            }
        }
    }

    /// Makes the elements of `el`, not yet on the page.
    fn create(document: &Document, el: &El, writes: &mut Writes) -> Option<Live> {
        let dom = document.create_element_ns(Some(SVG_NS), el.tag).ok()?;
        writes.elements += 1;
        for (name, value) in &el.attrs {
            let _ = dom.set_attribute(name, value);
            writes.attributes += 1;
        }
        let body = match &el.body {
            Body::Kids(kids) => LiveBody::Kids(
                kids.iter()
                    .filter_map(|kid| {
                        let fresh = Live::create(document, kid.el(), writes)?;
                        let _ = dom.append_child(&fresh.el);
                        Some(fresh)
                    })
                    .collect(),
            ),
            Body::Text(text) => {
                let mut node = None;
                write_text(&dom, &mut node, text);
                writes.texts += 1;
                LiveBody::Text(text.clone(), node)
            }
            Body::Foreign => LiveBody::Foreign,
        };
        Some(Live { el: dom, tag: el.tag, attrs: el.attrs.clone(), body, kept: None })
    }
}

fn document_of(el: &Element) -> Document {
    el.owner_document().unwrap_or_else(gloo::utils::document)
}
