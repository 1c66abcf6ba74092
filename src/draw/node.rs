//! A picture described as data: a small tree of SVG elements with their attributes and words,
//! built by the drawing functions as plain values. It is written out as markup once (the
//! pre-render, the first view), and after that the retained layer (src/draw/retained.rs) compares
//! each new tree with the one on the page and writes only the attributes and words that changed.
//! Building values instead of Yew's virtual DOM keeps the pictures out of Yew's diff, and their
//! code small: a drawing function is ordinary Rust, not a macro expanded per element.

use std::fmt::{Display, Write};
use std::rc::Rc;

/// One element: its tag, its attributes in the order they are written, and what it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct El {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub body: Body,
}

/// What an element holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// Child elements (none for most shapes).
    Kids(Vec<Node>),
    /// Words (an SVG `<text>`).
    Text(String),
    /// Children that another part of the app puts there and keeps (the canvas a field is painted
    /// into): the retained layer never touches them.
    Foreign,
}

/// A child: an element built for this frame, or one built once and shared (the room, the
/// outlines of the backs), which the retained layer skips when it is the very one already drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    El(El),
    Kept(Rc<El>),
}

impl Node {
    pub fn el(&self) -> &El {
        match self {
            Node::El(el) => el,
            Node::Kept(el) => el,
        }
    }
}

impl From<El> for Node {
    fn from(el: El) -> Self {
        Node::El(el)
    }
}

impl From<Rc<El>> for Node {
    fn from(el: Rc<El>) -> Self {
        Node::Kept(el)
    }
}

/// A drawing that never changes (the room, the bars, a back's outline), built the first time it
/// is asked for under `key` and shared after that: every frame gets the very same one, which the
/// retained layer skips.
pub fn kept(key: &str, build: impl FnOnce() -> El) -> Node {
    thread_local! {
        static KEPT: std::cell::RefCell<Vec<(String, Rc<El>)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    KEPT.with(|kept| {
        if let Some((_, el)) = kept.borrow().iter().find(|(k, _)| k == key) {
            return Node::Kept(el.clone());
        }
        let el = Rc::new(build());
        kept.borrow_mut().push((key.to_string(), el.clone()));
        Node::Kept(el)
    })
}

/// An element with no attributes and nothing in it.
pub fn el(tag: &'static str) -> El {
    El { tag, attrs: Vec::new(), body: Body::Kids(Vec::new()) }
}

/// A group holding `kids` (a fragment of a drawing).
pub fn group(kids: impl IntoIterator<Item = Node>) -> El {
    el("g").kids(kids)
}

impl El {
    /// Adds an attribute, written with `Display` (numbers through `svg::D1` for one decimal).
    pub fn attr(mut self, name: &'static str, value: impl Display) -> Self {
        let mut text = String::new();
        let _ = write!(text, "{value}");
        self.attrs.push((name, text));
        self
    }

    pub fn class(self, class: impl Display) -> Self {
        self.attr("class", class)
    }

    /// Adds a child.
    pub fn child(self, kid: impl Into<Node>) -> Self {
        self.kids([kid.into()])
    }

    /// Adds children.
    pub fn kids(mut self, kids: impl IntoIterator<Item = Node>) -> Self {
        if !matches!(self.body, Body::Kids(_)) {
            self.body = Body::Kids(Vec::new());
        }
        if let Body::Kids(list) = &mut self.body {
            list.extend(kids);
        }
        self
    }

    /// Sets the words the element shows.
    pub fn text(mut self, text: impl Into<String>) -> Self {
        self.body = Body::Text(text.into());
        self
    }

    /// Marks the element's children as another part's (see [`Body::Foreign`]).
    pub fn foreign(mut self) -> Self {
        self.body = Body::Foreign;
        self
    }

    /// The child elements (none for words or foreign children).
    pub fn children(&self) -> &[Node] {
        match &self.body {
            Body::Kids(kids) => kids,
            _ => &[],
        }
    }

    /// Every element of the tree, this one first, depth first.
    pub fn elements(&self) -> Vec<&El> {
        let mut out = vec![self];
        for kid in self.children() {
            out.extend(kid.el().elements());
        }
        out
    }

    /// The tree for Yew to render as it is, for the still pictures that change only with the
    /// settings (the legend, the profile): Yew replaces it whole when it changes.
    pub fn html(&self) -> yew::Html {
        yew::Html::from_html_unchecked(yew::AttrValue::from(self.markup()))
    }

    /// The tree as SVG markup.
    pub fn markup(&self) -> String {
        let mut out = String::new();
        self.write_markup(&mut out);
        out
    }

    fn write_markup(&self, out: &mut String) {
        out.push('<');
        out.push_str(self.tag);
        for (name, value) in &self.attrs {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            escape(value, true, out);
            out.push('"');
        }
        out.push('>');
        match &self.body {
            Body::Kids(kids) => kids.iter().for_each(|kid| kid.el().write_markup(out)),
            Body::Text(text) => escape(text, false, out),
            Body::Foreign => {}
        }
        out.push_str("</");
        out.push_str(self.tag);
        out.push('>');
    }
}

/// Writes `text` with the characters markup gives a meaning escaped (quotes too in attributes).
fn escape(text: &str, attribute: bool, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_writes_every_attribute_in_order_and_closes_every_element() {
        let tree = group([
            el("path").class("skin").attr("d", "M0,0 L1,1").into(),
            el("text").attr("x", 3).text("19.5 kg").into(),
            el("foreignObject").foreign().into(),
        ])
        .class("drawing");
        assert_eq!(
            tree.markup(),
            "<g class=\"drawing\"><path class=\"skin\" d=\"M0,0 L1,1\"></path><text x=\"3\">19.5 kg</text>\
             <foreignObject></foreignObject></g>"
        );
    }

    #[test]
    fn markup_escapes_what_would_end_an_attribute_or_start_a_tag() {
        let tree = el("text").attr("data-x", "a\"b<c&").text("<b> & \"q\"");
        assert_eq!(tree.markup(), "<text data-x=\"a&quot;b&lt;c&amp;\">&lt;b&gt; &amp; \"q\"</text>");
    }

    #[test]
    fn a_kept_child_is_written_like_any_other() {
        let kept = Rc::new(el("path").attr("d", "M1,1"));
        let a = group([Node::Kept(kept.clone())]);
        let b = group([Node::El((*kept).clone())]);
        assert_eq!(a.markup(), b.markup());
        assert_eq!(a.elements().len(), 2);
    }

    #[test]
    fn a_kept_drawing_is_built_once_and_shared() {
        let mut built = 0;
        let a = kept("test-kept", || {
            built += 1;
            el("path")
        });
        let b = kept("test-kept", || {
            built += 1;
            el("circle")
        });
        assert_eq!(built, 1);
        let (Node::Kept(a), Node::Kept(b)) = (a, b) else { panic!("kept drawings are shared") };
        assert!(Rc::ptr_eq(&a, &b));
    }
}
