//! The pressure colour scale, shared by the heat maps, the stress under the skin and the legend so
//! that they always agree; and the small canvases that show a field in it.

use super::node::{el, El, Node};
use super::svg::{D1, MM_PER_M as MM};
use ashiatsu_model::geometry::{Ellipse, Vec2};
use ashiatsu_model::pressure::LoadedPad;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

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

/// Steps of the colour table the canvases are painted from: finer than the eye can tell apart on
/// this ramp, and a table lookup instead of an interpolation per pixel every frame.
const TABLE_STEPS: usize = 256;

fn table() -> &'static [[u8; 3]; TABLE_STEPS] {
    static TABLE: std::sync::OnceLock<[[u8; 3]; TABLE_STEPS]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| std::array::from_fn(|i| colour(i as f64 / (TABLE_STEPS - 1) as f64 * SCALE_MAX_PA)))
}

/// Where a pad's gradient samples its profile, as fractions of the loaded outline's radius ρ:
/// closer together towards the rim, where p₀ (1 − ρ²)^k falls fastest.
const GRADIENT_RHO: [f64; 7] = [0.0, 0.35, 0.6, 0.75, 0.87, 0.95, 1.0];

/// A loaded pad's pressure as an SVG radial gradient in the colours of the scale, for an ellipse
/// drawn over the pad's loaded outline (`fill="url(#id)"`; the gradient's box is the ellipse's,
/// so ρ runs from its centre to its rim). This draws the model's own profile, p₀ (1 − ρ²)^k,
/// exactly at the sampled radii: the heat map is vector art, sharp on a projector, and it costs a
/// browser no layers of its own, as a canvas on the page would in every frame.
pub fn pad_gradient(id: String, pad: &LoadedPad) -> Node {
    let stops = GRADIENT_RHO.iter().map(|rho| {
        let pa = pad.peak_pa.max(0.0) * (1.0 - rho * rho).max(0.0).powf(pad.peakedness);
        el("stop").attr("offset", rho).attr("stop-color", gradient_css(pa)).into()
    });
    el("radialGradient").attr("id", id).kids(stops).into()
}

/// A contact's pads, placed by `at` (a point of the sole's or hand's surface to drawing units):
/// each loaded area filled with its pressure (the gradient `heat_id(i)`, [`pad_gradient`]) and
/// outlined by the same ellipse, then every pad's whole outline dashed over them. One ellipse per
/// loaded area, not a fill and an outline: half the attributes to set as the load shifts.
pub fn pads(pads: &[LoadedPad], heat_id: impl Fn(usize) -> String, at: impl Fn(Vec2) -> (f64, f64)) -> Vec<Node> {
    let ellipse = |e: Ellipse, class: &'static str, fill: String| -> Node {
        let (x, y) = at(e.centre);
        let shape: El = el("ellipse")
            .class(class)
            .attr("cx", D1::new(x))
            .attr("cy", D1::new(y))
            .attr("rx", D1::new(e.semi_y * MM))
            .attr("ry", D1::new(e.semi_x * MM))
            .attr("fill", fill);
        shape.into()
    };
    let fill =
        |i: usize, pad: &LoadedPad| if pad.peak_pa > 0.0 { format!("url(#{})", heat_id(i)) } else { "none".into() };
    let loaded = pads.iter().enumerate().map(|(i, pad)| ellipse(pad.loaded, "pad-loaded", fill(i, pad)));
    let outlines = pads.iter().map(|pad| ellipse(pad.outline, "pad-outline", "none".into()));
    loaded.chain(outlines).collect()
}

/// Pressure steps of the gradients' colours: 128 over the scale (2.3 kPa), finer than the eye can
/// tell apart in a gradient, and coarse enough that a load drifting during a glide changes a
/// close-up's colours a few times a second rather than every frame (each change repaints every
/// pad that uses the gradient: measured at 4x CPU throttle, frames that recoloured the close-ups
/// came late three times as often as the others).
const GRADIENT_STEP_PA: f64 = SCALE_MAX_PA / 128.0;

/// CSS colour of a gradient stop for a pressure, Pa, on the steps of [`GRADIENT_STEP_PA`].
fn gradient_css(pa: f64) -> String {
    css((pa / GRADIENT_STEP_PA).round() * GRADIENT_STEP_PA)
}

/// RGBA pixels for a pressure grid (transparent where nothing presses).
pub fn pixels(values_pa: &[f32]) -> Vec<u8> {
    let table = table();
    let per_step = (TABLE_STEPS - 1) as f32 / SCALE_MAX_PA as f32;
    let mut out = Vec::with_capacity(values_pa.len() * 4);
    for &v in values_pa {
        if v > 0.0 {
            let step = ((v * per_step).round() as usize).min(TABLE_STEPS - 1);
            let [r, g, b] = table[step];
            out.extend_from_slice(&[r, g, b, 235]);
        } else {
            out.extend_from_slice(&[0, 0, 0, 0]);
        }
    }
    out
}

/// Fills the canvas in `holder` (a foreignObject) with a field's colours, one pixel per cell, row
/// by row. The canvas is made here, in the HTML namespace (the drawing's elements are all SVG, and
/// a canvas there is no canvas at all); the retained layer leaves the holder's children alone. A browser
/// hands a changed canvas to its compositor whole every frame, so a canvas as small as the field
/// costs a tablet far less than one the size of the picture.
pub fn paint(holder: &web_sys::Element, values: &[f32], nx: usize, ny: usize) {
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
    // The same field as last time (a glide at steady load): the canvas already shows it.
    let key = fingerprint(values, nx, ny);
    if canvas.get_attribute(PAINTED).as_deref() == Some(key.as_str()) {
        return;
    }
    let _ = canvas.set_attribute(PAINTED, &key);
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

/// The canvas attribute that remembers which field it shows.
const PAINTED: &str = "data-painted";

/// A short digest of a field (FNV-1a over its size and values' bits), to tell whether a canvas
/// needs painting again.
fn fingerprint(values: &[f32], nx: usize, ny: usize) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for word in [nx as u32, ny as u32].into_iter().chain(values.iter().map(|v| v.to_bits())) {
        hash = (hash ^ u64::from(word)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
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
    fn gradient_colours_change_in_steps_close_to_the_exact_colour() {
        let step = GRADIENT_STEP_PA;
        // A load drifting within a step keeps its colour...
        assert_eq!(gradient_css(40e3 + 0.1 * step), gradient_css(40e3 + 0.4 * step));
        // ...and no colour is further from the exact one than half a step's change of colour.
        for i in 0..=600 {
            let pa = i as f64 * 500.0;
            let (exact, stepped) = (colour(pa), colour((pa / step).round() * step));
            let (lo, hi) = (colour((pa - step / 2.0).max(0.0)), colour(pa + step / 2.0));
            for k in 0..3 {
                let bound = (lo[k] as i32 - exact[k] as i32).abs().max((hi[k] as i32 - exact[k] as i32).abs()) + 1;
                assert!((exact[k] as i32 - stepped[k] as i32).abs() <= bound, "{pa} Pa: {exact:?} vs {stepped:?}");
            }
        }
    }

    #[test]
    fn ends_of_the_scale() {
        assert_eq!(colour(0.0), STOPS[0].1);
        assert_eq!(colour(SCALE_MAX_PA), STOPS[4].1);
        assert_eq!(colour(1e12), STOPS[4].1);
        assert_eq!(colour(f64::NAN), STOPS[4].1);
        assert_eq!(colour(-5.0), STOPS[0].1);
    }

    #[test]
    fn the_table_matches_the_scale_within_a_step() {
        for pa in [1.0, 20e3, 60e3, 150e3, 299e3] {
            let p = pixels(&[pa as f32]);
            let exact = colour(pa);
            for (a, b) in p[..3].iter().zip(exact) {
                assert!((*a as i32 - b as i32).abs() <= 2, "{pa}: {:?} vs {exact:?}", &p[..3]);
            }
        }
    }

    #[test]
    fn a_changed_field_gets_a_new_fingerprint() {
        let a = fingerprint(&[1.0, 2.0], 2, 1);
        assert_eq!(a, fingerprint(&[1.0, 2.0], 2, 1));
        assert_ne!(a, fingerprint(&[1.0, 2.5], 2, 1));
        assert_ne!(a, fingerprint(&[1.0, 2.0], 1, 2));
    }

    #[test]
    fn pixels_are_transparent_where_nothing_presses() {
        let p = pixels(&[0.0, 100e3]);
        assert_eq!(&p[..4], &[0, 0, 0, 0]);
        assert_eq!(p[7], 235);
    }
}
