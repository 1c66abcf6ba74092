//! What both side views share: floor, massage table and the client lying face down, to scale.

use super::svg::{pt, UNITS_PER_M};
use ashiatsu_model::body::{BACK_LENGTH_M, BACK_SURFACE_HEIGHT_M, C7_FROM_HEAD_END_M, TABLE_HEIGHT_M, TABLE_LENGTH_M};
use ashiatsu_model::geometry::Vec2;
use yew::prelude::*;

fn path(points: &[(f64, f64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        let (sx, sy) = pt(Vec2::new(*x, *y));
        d.push_str(&format!("{}{:.1},{:.1} ", if i == 0 { "M" } else { "L" }, sx, sy));
    }
    d.push('Z');
    d
}

/// Floor, table and client. The client's back is flat at the back-surface height from C7 to the
/// sacrum, where the strokes happen.
#[component]
pub fn Scenery() -> Html {
    let top = TABLE_HEIGHT_M;
    let back = BACK_SURFACE_HEIGHT_M;
    let c7 = C7_FROM_HEAD_END_M;
    let psis = c7 + BACK_LENGTH_M;
    let client = path(&[
        (-0.1, top + 0.02),
        (-0.12, top + 0.12),
        (0.02, top + 0.17),
        (0.14, top + 0.15),
        (0.2, back - 0.02),
        (c7, back),
        (psis, back),
        (psis + 0.1, back + 0.04),
        (psis + 0.22, back - 0.02),
        (psis + 0.45, top + 0.14),
        (psis + 0.75, top + 0.12),
        (TABLE_LENGTH_M + 0.05, top + 0.1),
        (TABLE_LENGTH_M + 0.1, top + 0.03),
        (TABLE_LENGTH_M + 0.05, top),
        (-0.1, top),
    ]);
    let (fx0, fy) = pt(Vec2::new(-0.15, 0.0));
    let (fx1, _) = pt(Vec2::new(2.25, 0.0));
    let (tx, ty) = pt(Vec2::new(0.0, top));
    let table_w = TABLE_LENGTH_M * UNITS_PER_M;
    let leg = |x: f64| {
        let (lx, ly) = pt(Vec2::new(x, top - 0.04));
        html! { <rect class="table-leg" x={format!("{:.1}", lx - 2.5)} y={format!("{ly:.1}")} width="5" height={format!("{:.1}", (top - 0.04) * UNITS_PER_M)} /> }
    };
    html! {
        <g class="scenery" aria-hidden="true">
            <line class="floor" x1={format!("{fx0:.1}")} y1={format!("{fy:.1}")} x2={format!("{fx1:.1}")} y2={format!("{fy:.1}")} />
            { leg(0.12) }
            { leg(TABLE_LENGTH_M - 0.12) }
            <rect class="table-top" x={format!("{tx:.1}")} y={format!("{ty:.1}")} width={format!("{table_w:.1}")} height="5" rx="1.5" />
            <path class="client" d={client} />
        </g>
    }
}
