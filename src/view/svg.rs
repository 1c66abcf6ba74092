//! Small SVG helpers for the side views: world metres to drawing units, limbs and arrows.

use ashiatsu_model::geometry::Vec2;
use yew::prelude::*;

/// Height of the top of the drawing above the floor, m.
pub const TOP_M: f64 = 2.95;
/// Drawing units per metre (centimetres).
pub const UNITS_PER_M: f64 = 100.0;
/// The drawing's view box: x from −0.15 m to 2.25 m, y from the top down to just below the floor.
pub const VIEW_BOX: &str = "-15 0 240 300";
/// Length of a force arrow per newton, m/N: the same scale in both side views.
pub const ARROW_M_PER_N: f64 = 0.001;

/// World point (x along the table, y up) to drawing coordinates (y down).
pub fn pt(p: Vec2) -> (f64, f64) {
    (p.x * UNITS_PER_M, (TOP_M - p.y) * UNITS_PER_M)
}

fn fmt(v: f64) -> String {
    format!("{:.1}", v)
}

/// A polyline through world points, for limbs (thick, round-capped by CSS class).
pub fn limb(points: &[Vec2], class: &'static str) -> Html {
    let text: Vec<String> = points
        .iter()
        .map(|p| {
            let (x, y) = pt(*p);
            format!("{},{}", fmt(x), fmt(y))
        })
        .collect();
    html! { <polyline class={class} points={text.join(" ")} /> }
}

/// A circle at a world point with a radius in metres.
pub fn disc(centre: Vec2, radius_m: f64, class: &'static str) -> Html {
    let (x, y) = pt(centre);
    html! { <circle class={class} cx={fmt(x)} cy={fmt(y)} r={fmt(radius_m * UNITS_PER_M)} /> }
}

/// Where an arrow's label sits: beyond its tail or beyond its tip.
#[derive(Clone, Copy, PartialEq)]
pub enum LabelAt {
    Tail,
    Tip,
    /// Beside the middle of the arrow, to its right on the drawing.
    Beside,
    /// Beside the middle of the arrow, to its left on the drawing.
    Left,
}

/// A force arrow whose tip is at `tip`, pointing along `direction` (unit, world), with a length
/// proportional to `force_n`. Nothing is drawn for a negligible force.
pub fn arrow(
    tip: Vec2,
    direction: Vec2,
    force_n: f64,
    class: &'static str,
    marker: &str,
    label: Option<(String, LabelAt)>,
) -> Html {
    let length = force_n.max(0.0) * ARROW_M_PER_N;
    if length < 0.01 {
        return html! {};
    }
    let tail = tip - direction * length;
    let ((x1, y1), (x2, y2)) = (pt(tail), pt(tip));
    let label = label.map(|(text, at)| {
        let spot = match at {
            LabelAt::Tail => tail - direction * 0.07,
            LabelAt::Tip => tip + direction * 0.09,
            LabelAt::Beside => tail + (tip - tail) * 0.5 + Vec2::new(0.06, 0.0),
            LabelAt::Left => tail + (tip - tail) * 0.5 - Vec2::new(0.06, 0.0),
        };
        let (lx, ly) = pt(spot);
        let anchor = match at {
            LabelAt::Beside => "start",
            LabelAt::Left => "end",
            _ => "middle",
        };
        // Moved by a transform on a group, not by the text's own x and y: a browser then moves the
        // laid-out text instead of shaping it again every animation frame.
        html! {
            <g transform={format!("translate({} {})", fmt(lx), fmt(ly))}>
                <text class="arrow-label" text-anchor={anchor} dominant-baseline="middle">{ text }</text>
            </g>
        }
    });
    // Drawn along x from the tail and turned into place: as a stroke glides, an arrow keeps its
    // shape and only its transform changes, which a browser redraws more cheaply than a new line.
    let angle = (y2 - y1).atan2(x2 - x1).to_degrees();
    let drawn = (x2 - x1).hypot(y2 - y1);
    html! {
        <g class={classes!("arrow", class)}>
            <line x1="0" y1="0" x2={fmt(drawn)} y2="0" marker-end={format!("url(#{marker})")}
                  transform={format!("translate({} {}) rotate({:.1})", fmt(x1), fmt(y1), angle)} />
            { for label }
        </g>
    }
}

/// Arrowhead markers, one per colour class, with ids unique to this drawing.
pub fn markers(prefix: &str, classes: &[&'static str]) -> Html {
    html! {
        <defs>
            { for classes.iter().map(|class| html! {
                <marker id={format!("{prefix}-{class}")} class={classes!("arrowhead", *class)} viewBox="0 0 10 10" refX="8" refY="5"
                        markerWidth="4" markerHeight="4" orient="auto-start-reverse">
                    <path d="M 0 0 L 10 5 L 0 10 z" />
                </marker>
            }) }
        </defs>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn world_to_drawing() {
        assert_eq!(pt(Vec2::new(1.0, TOP_M)), (100.0, 0.0));
        assert_eq!(pt(Vec2::new(0.0, 0.0)), (0.0, TOP_M * 100.0));
    }
}
