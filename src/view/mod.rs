//! The view: components that render the model's state. Nothing here computes physics, and the
//! drawing algorithms they use (label placement, contours, the colour ramp, the figures) are in
//! `crate::draw`.

pub mod app_header;
pub mod arrow_key;
pub mod back_view;
pub mod cautions;
pub mod command_bar;
pub mod contact_view;
pub mod controls;
pub mod depth_view;
pub mod description;
pub mod headline;
pub mod layout;
pub mod legend;
pub mod moment;
pub mod notices;
pub mod present;
pub mod profile_view;
pub mod readouts;
pub mod scrub;
pub mod side_views;
pub mod story;
pub mod time_controls;
pub mod unchanged;

/// The stylesheet reserves each picture's box before it is drawn (`aspect-ratio`, so nothing moves
/// when it arrives); those ratios must be the drawings' own view boxes.
#[cfg(test)]
mod tests {
    use super::depth_view::Which;
    use super::side_views::view_box_of;
    use super::{back_view, contact_view, depth_view, profile_view};

    const CSS: &str = include_str!("../../static/styles.css");

    /// The `aspect-ratio: w / h` of the rule whose selector is exactly `selector`.
    fn aspect_ratio(selector: &str) -> Option<(f64, f64)> {
        let mut rest = CSS;
        while let Some(at) = rest.find(&format!("\n  {selector} {{")) {
            let body = &rest[at..];
            let block = &body[body.find('{')? + 1..body.find('}')?];
            if let Some(decl) = block.split(';').find_map(|d| d.trim().strip_prefix("aspect-ratio:")) {
                let (w, h) = decl.split_once('/')?;
                return Some((w.trim().parse().ok()?, h.trim().parse().ok()?));
            }
            rest = &body[1..];
        }
        None
    }

    #[test]
    fn the_stylesheets_aspect_ratios_are_the_drawings_view_boxes() {
        let side = |which| {
            let (_, _, w, h) = view_box_of(which);
            (w, h)
        };
        let pictures = [
            (".side-view", side(Which::Foot)),
            (".side--hand .side-view", side(Which::Hand)),
            (".depth-view", depth_view::VIEW_SIZE),
            (".back-view", back_view::view_size(false)),
            (".back-view--pair", back_view::view_size(true)),
            (".contact-view", contact_view::VIEW_SIZE),
            (".profile-view", profile_view::VIEW_SIZE),
        ];
        for (selector, (w, h)) in pictures {
            let (cw, ch) = aspect_ratio(selector).unwrap_or_else(|| panic!("no aspect-ratio for {selector}"));
            assert!(
                (cw / ch - w / h).abs() < 1e-9,
                "{selector}: the stylesheet says {cw} / {ch}, the drawing is {w} × {h}"
            );
        }
        // And no picture has a ratio the test does not know of.
        let named = CSS.lines().filter(|line| line.trim_start().starts_with("aspect-ratio:")).count();
        assert_eq!(named, pictures.len(), "a new aspect-ratio in the stylesheet: tie it to its drawing here");
    }
}
