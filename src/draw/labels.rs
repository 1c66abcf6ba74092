//! Where the words inside a picture go: a simple placement pass over estimated text boxes, so that
//! labels never overlap one another or what they must not hide (an arrow's tip), and never leave
//! their picture, in any language. Each label offers a few positions around its anchor in order of
//! preference; the first that is free wins. Pure geometry, tested natively; the end-to-end tests
//! measure the real boxes in the browser.

/// A box in drawing units: left, top, right, bottom (y down).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub fn around(x: f64, y: f64, half: f64) -> Self {
        Self { left: x - half, top: y - half, right: x + half, bottom: y + half }
    }

    /// The area two boxes share (0 when they only touch).
    pub fn overlap(&self, o: &Rect) -> f64 {
        let w = (self.right.min(o.right) - self.left.max(o.left)).max(0.0);
        let h = (self.bottom.min(o.bottom) - self.top.max(o.top)).max(0.0);
        w * h
    }

    fn outside(&self, bounds: &Rect) -> f64 {
        let inner = Rect {
            left: self.left.max(bounds.left),
            top: self.top.max(bounds.top),
            right: self.right.min(bounds.right),
            bottom: self.bottom.min(bounds.bottom),
        };
        let area = (self.right - self.left) * (self.bottom - self.top);
        let inside = (inner.right - inner.left).max(0.0) * (inner.bottom - inner.top).max(0.0);
        area - inside
    }
}

/// Where a label may sit relative to its anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spot {
    Right,
    Left,
    Above,
    Below,
    AboveRight,
    AboveLeft,
    BelowRight,
    BelowLeft,
}

/// Width of a text in units of its font size: wide for the ideographs and kana of Japanese,
/// narrower for Latin letters, narrowest for punctuation; generous, so that real text fits.
pub fn text_width_em(text: &str) -> f64 {
    text.chars()
        .map(|c| match c {
            '\u{3000}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}' => 1.0,
            'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '·' => 0.3,
            ' ' | '\u{a0}' | '\u{202f}' | 'f' | 't' | 'r' | '(' | ')' => 0.36,
            'm' | 'w' | 'M' | 'W' | '%' => 0.9,
            c if c.is_ascii_uppercase() => 0.7,
            c if c.is_ascii_digit() => 0.58,
            _ => 0.58,
        })
        .sum::<f64>()
        * 1.06
}

/// A label to place.
#[derive(Clone, Debug, PartialEq)]
pub struct Wanted {
    pub text: String,
    /// The point it belongs to.
    pub anchor: (f64, f64),
    /// Its distance from the anchor, drawing units.
    pub gap: f64,
    /// The spots to try, best first.
    pub spots: Vec<Spot>,
    /// Left out where it finds no free spot (an orientation aid such as a landmark's name),
    /// rather than placed over another label.
    pub optional: bool,
}

/// A placed label: where its text starts (left end of the baseline's middle), its box and whether
/// it found a free spot.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub text: String,
    /// The text's left edge and vertical middle, for `text-anchor="start"` and
    /// `dominant-baseline="middle"`.
    pub x: f64,
    pub y: f64,
    pub rect: Rect,
    pub free: bool,
}

fn rect_at(spot: Spot, (ax, ay): (f64, f64), gap: f64, w: f64, h: f64) -> Rect {
    let (left, top) = match spot {
        Spot::Right => (ax + gap, ay - h / 2.0),
        Spot::Left => (ax - gap - w, ay - h / 2.0),
        Spot::Above => (ax - w / 2.0, ay - gap - h),
        Spot::Below => (ax - w / 2.0, ay + gap),
        Spot::AboveRight => (ax + gap * 0.7, ay - gap * 0.7 - h),
        Spot::AboveLeft => (ax - gap * 0.7 - w, ay - gap * 0.7 - h),
        Spot::BelowRight => (ax + gap * 0.7, ay + gap * 0.7),
        Spot::BelowLeft => (ax - gap * 0.7 - w, ay + gap * 0.7),
    };
    Rect { left, top, right: left + w, bottom: top + h }
}

/// Places `wanted` labels in order (earlier labels win) at font size `font` (drawing units),
/// avoiding `obstacles` and each other and staying inside `bounds`. A label with no free spot
/// takes the one that overlaps least, moved inside the bounds.
pub fn place(wanted: &[Wanted], obstacles: &[Rect], bounds: Rect, font: f64) -> Vec<Placed> {
    let h = font * 1.3;
    let mut taken: Vec<Rect> = obstacles.to_vec();
    let mut out = Vec::with_capacity(wanted.len());
    for label in wanted {
        let w = text_width_em(&label.text) * font;
        let spots = if label.spots.is_empty() { vec![Spot::Right] } else { label.spots.clone() };
        let cost = |r: &Rect| r.outside(&bounds) * 1e3 + taken.iter().map(|t| t.overlap(r)).sum::<f64>();
        // Each spot near the anchor first, then the same spots a line and two lines further out.
        let mut best: Option<(f64, Rect)> = None;
        'search: for extra in [0.0, h, 2.0 * h] {
            for spot in &spots {
                let r = rect_at(*spot, label.anchor, label.gap + extra, w, h);
                // A little more for being further out, so a near spot wins a tie.
                let c = cost(&r) + extra * 1e-6;
                if best.is_none_or(|(b, _)| c < b) {
                    best = Some((c, r));
                }
                if cost(&r) == 0.0 {
                    break 'search;
                }
            }
        }
        let (c, mut r) = best.unwrap_or((0.0, rect_at(Spot::Right, label.anchor, label.gap, w, h)));
        if label.optional && c >= 1e-3 {
            continue;
        }
        // Keep it inside the picture whatever happened.
        let dx = (bounds.left - r.left).max(0.0) - (r.right - bounds.right).max(0.0);
        let dy = (bounds.top - r.top).max(0.0) - (r.bottom - bounds.bottom).max(0.0);
        r = Rect { left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy };
        taken.push(r);
        out.push(Placed { text: label.text.clone(), x: r.left, y: (r.top + r.bottom) / 2.0, rect: r, free: c < 1e-3 });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOUNDS: Rect = Rect { left: 0.0, top: 0.0, right: 100.0, bottom: 100.0 };

    fn wanted(text: &str, anchor: (f64, f64), spots: &[Spot]) -> Wanted {
        Wanted { text: text.into(), anchor, gap: 2.0, spots: spots.to_vec(), optional: false }
    }

    #[test]
    fn an_optional_label_with_no_free_spot_is_left_out() {
        let first = wanted("a label", (50.0, 50.0), &[Spot::Right]);
        let second = Wanted { optional: true, ..first.clone() };
        let placed = place(&[first, second], &[], BOUNDS, 5.0);
        assert_eq!(placed.len(), 1);
    }

    #[test]
    fn japanese_is_wider_than_latin_per_character() {
        assert!(text_width_em("体重") > text_width_em("ab"));
        assert!(text_width_em("WW") > text_width_em("ii"));
    }

    #[test]
    fn two_labels_at_one_point_do_not_overlap() {
        let spots = [Spot::Right, Spot::Left, Spot::Above, Spot::Below];
        let placed = place(
            &[wanted("body weight", (50.0, 50.0), &spots), wanted("bars", (50.0, 50.0), &spots)],
            &[],
            BOUNDS,
            5.0,
        );
        assert!(placed.iter().all(|p| p.free));
        assert_eq!(placed[0].rect.overlap(&placed[1].rect), 0.0);
    }

    #[test]
    fn a_label_keeps_off_an_obstacle_and_inside_the_picture() {
        let tip = Rect::around(70.0, 50.0, 4.0);
        let placed =
            place(&[wanted("a rather long label", (60.0, 50.0), &[Spot::Right, Spot::Left])], &[tip], BOUNDS, 5.0);
        assert!(placed[0].free);
        assert_eq!(placed[0].rect.overlap(&tip), 0.0);
        assert!(placed[0].rect.left >= 0.0 && placed[0].rect.right <= 100.0);
        // Near the edge with no free spot, it is still moved inside.
        let edge = place(&[wanted("a rather long label", (98.0, 50.0), &[Spot::Right])], &[], BOUNDS, 5.0);
        assert!(edge[0].rect.right <= 100.0 + 1e-9 && !edge[0].free);
    }
}
