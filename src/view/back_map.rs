//! The top view: the client's back to scale with both contact patches, outlines filled with the
//! model's pressure field as a heat map (canvas), redrawn only when the picture changes.

use super::heat;
use crate::i18n::{Locale, Translations};
use crate::url::ColorProfile;
use ashiatsu_model::body::{BackPoint, ERECTOR_CENTRE_M, ERECTOR_WIDTH_M, LANDMARKS, BACK_LENGTH_M};
use ashiatsu_model::geometry::Vec2;
use ashiatsu_model::{Comparison, Side};
use std::rc::Rc;
use wasm_bindgen::{Clamped, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};
use yew::prelude::*;

/// Canvas size in device-independent pixels; CSS scales it to the layout.
pub const WIDTH: u32 = 480;
pub const HEIGHT: u32 = 560;
/// Pixels per metre: 0.6 m of back across the canvas.
const SCALE: f64 = WIDTH as f64 / 0.6;
/// Along-the-spine distance above C7 shown, m.
const ABOVE_C7_M: f64 = 0.1;

/// Back point to canvas pixels. The client lies face down, head at the top, so their left is on
/// the viewer's left.
fn to_canvas(p: BackPoint) -> (f64, f64) {
    (WIDTH as f64 / 2.0 - p.lateral * SCALE, (p.along + ABOVE_C7_M) * SCALE)
}

/// Colours of one profile (canvas cannot read CSS variables cheaply every frame).
struct Palette {
    background: &'static str,
    skin: &'static str,
    skin_edge: &'static str,
    band: &'static str,
    spine: &'static str,
    text: &'static str,
    outline: &'static str,
    over: &'static str,
}

fn palette(profile: ColorProfile) -> Palette {
    match profile {
        ColorProfile::Default => Palette {
            background: "#f7f4ee",
            skin: "#ecd3bd",
            skin_edge: "#b98e6e",
            band: "rgba(160,96,72,0.16)",
            spine: "#8a6a55",
            text: "#3b3029",
            outline: "#1f2a30",
            over: "#b01c2e",
        },
        ColorProfile::Projector => Palette {
            background: "#ffffff",
            skin: "#f3dcc6",
            skin_edge: "#000000",
            band: "rgba(120,60,40,0.28)",
            spine: "#000000",
            text: "#000000",
            outline: "#000000",
            over: "#c00000",
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct BackMapProps {
    pub comparison: Rc<Comparison>,
    pub color_profile: ColorProfile,
}

/// Half-width of the torso at a distance along the back, m (shoulders 0.49 m, narrower waist).
fn half_width(along: f64) -> f64 {
    const PROFILE: [(f64, f64); 8] =
        [(-0.1, 0.07), (-0.05, 0.09), (0.0, 0.245), (0.12, 0.225), (0.3, 0.175), (0.45, 0.185), (0.56, 0.2), (0.62, 0.2)];
    let i = PROFILE.iter().position(|(a, _)| *a >= along).unwrap_or(PROFILE.len() - 1).max(1);
    let ((a0, w0), (a1, w1)) = (PROFILE[i - 1], PROFILE[i]);
    w0 + (w1 - w0) * ((along - a0) / (a1 - a0)).clamp(0.0, 1.0)
}

fn draw_back(ctx: &CanvasRenderingContext2d, tr: &Translations, pal: &Palette) {
    ctx.set_fill_style_str(pal.background);
    ctx.fill_rect(0.0, 0.0, WIDTH as f64, HEIGHT as f64);
    // Torso outline.
    ctx.begin_path();
    let steps = 40;
    let span = |i: usize| -ABOVE_C7_M + (0.62 + ABOVE_C7_M) * i as f64 / steps as f64;
    for i in 0..=steps {
        let along = span(i);
        let (x, y) = to_canvas(BackPoint { along, lateral: half_width(along) });
        if i == 0 { ctx.move_to(x, y) } else { ctx.line_to(x, y) }
    }
    for i in (0..=steps).rev() {
        let along = span(i);
        let (x, y) = to_canvas(BackPoint { along, lateral: -half_width(along) });
        ctx.line_to(x, y);
    }
    ctx.close_path();
    ctx.set_fill_style_str(pal.skin);
    ctx.fill();
    ctx.set_stroke_style_str(pal.skin_edge);
    ctx.set_line_width(1.5);
    ctx.stroke();
    // Erector spinae bands, either side of the spine.
    ctx.set_fill_style_str(pal.band);
    for side in [-1.0, 1.0] {
        let (x0, y0) = to_canvas(BackPoint { along: 0.03, lateral: side * (ERECTOR_CENTRE_M + ERECTOR_WIDTH_M / 2.0) });
        let (x1, y1) = to_canvas(BackPoint { along: BACK_LENGTH_M, lateral: side * (ERECTOR_CENTRE_M - ERECTOR_WIDTH_M / 2.0) });
        ctx.fill_rect(x0.min(x1), y0, (x1 - x0).abs(), y1 - y0);
    }
    // Spine with its landmarks.
    ctx.set_stroke_style_str(pal.spine);
    ctx.set_line_width(2.0);
    ctx.begin_path();
    let (sx, sy0) = to_canvas(BackPoint::at(0.0, 0.0));
    let (_, sy1) = to_canvas(BackPoint::at(1.0, 0.0));
    ctx.move_to(sx, sy0);
    ctx.line_to(sx, sy1);
    ctx.stroke();
    ctx.set_fill_style_str(pal.text);
    ctx.set_font("12px system-ui, sans-serif");
    ctx.set_text_align("left");
    ctx.set_text_baseline("middle");
    for (name, fraction) in LANDMARKS {
        let (x, y) = to_canvas(BackPoint::at(fraction, 0.0));
        ctx.begin_path();
        ctx.move_to(x - 4.0, y);
        ctx.line_to(x + 4.0, y);
        ctx.stroke();
        let _ = ctx.fill_text(name, x + 7.0, y);
    }
    // 10 cm scale bar.
    let (x0, y) = (16.0, HEIGHT as f64 - 18.0);
    ctx.begin_path();
    ctx.move_to(x0, y);
    ctx.line_to(x0 + 0.1 * SCALE, y);
    ctx.stroke();
    let _ = ctx.fill_text(&tr.t_args("legend-scale", &[("length", "10 cm")]), x0, y - 10.0);
}

/// Draws one side's patch: heat map through `scratch`, then outlines.
fn draw_patch(ctx: &CanvasRenderingContext2d, scratch: &HtmlCanvasElement, side: &Side, mirror: f64, label: &str, pal: &Palette) {
    let grid = &side.patch.grid;
    let cop = side.patch.centre_of_pressure();
    let pos = side.position;
    // Surface frame (x towards the toes or fingertips, y across) to canvas: toes towards the head.
    let local = |p: Vec2| to_canvas(BackPoint { along: pos.along - (p.x - cop.x), lateral: pos.lateral + mirror * (p.y - cop.y) });
    if grid.nx > 0 && grid.ny > 0 {
        scratch.set_width(grid.nx as u32);
        scratch.set_height(grid.ny as u32);
        let pixels = heat::pixels(&grid.values_pa);
        if let (Ok(image), Some(sctx)) = (
            ImageData::new_with_u8_clamped_array_and_sh(Clamped(&pixels), grid.nx as u32, grid.ny as u32),
            context(scratch),
        ) {
            let _ = sctx.put_image_data(&image, 0.0, 0.0);
            let corner = grid.origin - Vec2::new(grid.cell_m / 2.0, grid.cell_m / 2.0);
            let (e, f) = local(corner);
            let k = grid.cell_m * SCALE;
            ctx.save();
            let _ = ctx.set_transform(0.0, -k, -mirror * k, 0.0, e, f);
            ctx.set_image_smoothing_enabled(true);
            let _ = ctx.draw_image_with_html_canvas_element(scratch, 0.0, 0.0);
            ctx.restore();
        }
    }
    let over = side.over_comfort();
    for pad in &side.patch.pads {
        for (ellipse, dashed) in [(pad.outline, true), (pad.loaded, false)] {
            let (x, y) = local(ellipse.centre);
            ctx.begin_path();
            let _ = ctx.ellipse(x, y, ellipse.semi_y * SCALE, ellipse.semi_x * SCALE, 0.0, 0.0, std::f64::consts::TAU);
            let dash = js_sys::Array::new();
            if dashed {
                dash.push(&JsValue::from_f64(3.0));
                dash.push(&JsValue::from_f64(3.0));
            }
            let _ = ctx.set_line_dash(&dash);
            ctx.set_line_width(if dashed { 1.0 } else { 2.0 });
            ctx.set_stroke_style_str(if over && !dashed { pal.over } else { pal.outline });
            ctx.stroke();
        }
    }
    let _ = ctx.set_line_dash(&js_sys::Array::new());
    let (lx, ly) = to_canvas(BackPoint { along: pos.along, lateral: pos.lateral + mirror * 0.13 });
    ctx.set_fill_style_str(if over { pal.over } else { pal.text });
    ctx.set_font("bold 14px system-ui, sans-serif");
    ctx.set_text_align("center");
    let _ = ctx.fill_text(label, lx, ly.clamp(16.0, HEIGHT as f64 - 30.0));
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}

/// Canvases kept between frames: the static back, drawn once per colour profile and language,
/// and a small one the heat maps pass through.
#[derive(Default)]
struct Cache {
    background: Option<((ColorProfile, Locale), HtmlCanvasElement)>,
    scratch: Option<HtmlCanvasElement>,
}

fn new_canvas(width: u32, height: u32) -> Option<HtmlCanvasElement> {
    let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    Some(canvas)
}

#[component]
pub fn BackMap(props: &BackMapProps) -> Html {
    let tr = use_context::<Rc<Translations>>().expect("translations provided");
    let canvas = use_node_ref();
    let cache = use_mut_ref(Cache::default);
    {
        let canvas = canvas.clone();
        let tr = tr.clone();
        use_effect_with((props.comparison.clone(), props.color_profile, tr.locale), move |(c, profile, locale)| {
            let Some(el) = canvas.cast::<HtmlCanvasElement>() else { return };
            let Some(ctx) = context(&el) else { return };
            let mut cache = cache.borrow_mut();
            let key = (*profile, *locale);
            let pal = palette(*profile);
            if cache.background.as_ref().map(|(k, _)| *k) != Some(key) {
                cache.background = new_canvas(WIDTH, HEIGHT).and_then(|bg| {
                    draw_back(&context(&bg)?, &tr, &pal);
                    Some((key, bg))
                });
            }
            if cache.scratch.is_none() {
                cache.scratch = new_canvas(1, 1);
            }
            // Only what moves is drawn anew: the back is copied from its cache.
            if let Some((_, bg)) = &cache.background {
                let _ = ctx.draw_image_with_html_canvas_element(bg, 0.0, 0.0);
            }
            if let Some(scratch) = &cache.scratch {
                draw_patch(&ctx, scratch, &c.foot, 1.0, &tr.t("back-foot"), &pal);
                draw_patch(&ctx, scratch, &c.hand, -1.0, &tr.t("back-hand"), &pal);
            }
        });
    }
    html! {
        <canvas ref={canvas} class="back-map" width={WIDTH.to_string()} height={HEIGHT.to_string()}
                role="img" aria-label={tr.t("back-label")} />
    }
}
