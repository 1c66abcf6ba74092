//! The pressure colour scale, shared by the heat maps, the stress under the skin and the legend so
//! that they always agree; and the small canvases that show a field in it.

use ashiatsu_model::pressure::PressureGrid;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};
use yew::NodeRef;

/// Top of the colour scale, Pa: pressures above it show in the top colour.
pub const SCALE_MAX_PA: f64 = 300e3;

/// Colour stops from no pressure to the top of the scale (a calm-to-hot ramp that stays
/// readable for the common colour-vision deficiencies: lightness rises monotonically inverted).
const STOPS: [(f64, [u8; 3]); 5] = [
    (0.0, [240, 247, 232]),
    (0.12, [140, 208, 180]),
    (0.35, [45, 134, 160]),
    (0.6, [236, 160, 60]),
    (1.0, [176, 28, 46]),
];

/// RGB for a pressure, Pa.
pub fn colour(pa: f64) -> [u8; 3] {
    let t = if pa.is_finite() { (pa / SCALE_MAX_PA).clamp(0.0, 1.0) } else { 1.0 };
    let i = STOPS.iter().position(|(at, _)| *at >= t).unwrap_or(STOPS.len() - 1).max(1);
    let ((t0, c0), (t1, c1)) = (STOPS[i - 1], STOPS[i]);
    let u = if t1 > t0 { (t - t0) / (t1 - t0) } else { 0.0 };
    let mix = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * u).round() as u8;
    [mix(c0[0], c1[0]), mix(c0[1], c1[1]), mix(c0[2], c1[2])]
}

/// CSS colour for a pressure, Pa.
pub fn css(pa: f64) -> String {
    let [r, g, b] = colour(pa);
    format!("rgb({r},{g},{b})")
}

/// Stops for an SVG gradient: (offset 0..1, css colour).
pub fn gradient_stops() -> Vec<(f64, String)> {
    STOPS.iter().map(|(at, _)| (*at, css(at * SCALE_MAX_PA))).collect()
}

/// RGBA pixels for a pressure grid (transparent where nothing presses).
pub fn pixels(values_pa: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(values_pa.len() * 4);
    for &v in values_pa {
        if v > 0.0 {
            let [r, g, b] = colour(v as f64);
            out.extend_from_slice(&[r, g, b, 235]);
        } else {
            out.extend_from_slice(&[0, 0, 0, 0]);
        }
    }
    out
}

/// Fills the canvas in `holder` (a foreignObject) with a field's colours, one pixel per cell, row
/// by row. The canvas is made here rather than in the view because Yew would create it in the SVG
/// namespace, where it is no canvas at all; Yew leaves children it did not make alone. A browser
/// hands a changed canvas to its compositor whole every frame, so a canvas as small as the field
/// costs a tablet far less than one the size of the picture.
pub fn paint(holder: &NodeRef, values: &[f32], nx: usize, ny: usize) {
    let Some(holder) = holder.cast::<web_sys::Element>() else { return };
    if nx == 0 || ny == 0 || values.len() != nx * ny {
        return;
    }
    let canvas = match holder.first_element_child().and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok()) {
        Some(canvas) => canvas,
        None => {
            let Some(canvas) = new_canvas() else { return };
            let _ = holder.append_child(&canvas);
            canvas
        }
    };
    let (w, h) = (nx as u32, ny as u32);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let Some(ctx) = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let rgba = pixels(values);
    if let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), w, h) {
        let _ = ctx.put_image_data(&image, 0.0, 0.0);
    }
}

/// A pressure grid's heat map into the canvas in `holder`.
pub fn paint_grid(holder: &NodeRef, grid: &PressureGrid) {
    paint(holder, &grid.values_pa, grid.nx, grid.ny);
}

fn new_canvas() -> Option<HtmlCanvasElement> {
    let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_class_name("heat");
    Some(canvas)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_of_the_scale() {
        assert_eq!(colour(0.0), STOPS[0].1);
        assert_eq!(colour(SCALE_MAX_PA), STOPS[4].1);
        assert_eq!(colour(1e12), STOPS[4].1);
        assert_eq!(colour(f64::NAN), STOPS[4].1);
        assert_eq!(colour(-5.0), STOPS[0].1);
    }

    #[test]
    fn pixels_are_transparent_where_nothing_presses() {
        let p = pixels(&[0.0, 100e3]);
        assert_eq!(&p[..4], &[0, 0, 0, 0]);
        assert_eq!(p[7], 235);
    }
}
