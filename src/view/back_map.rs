//! The top view: the client's back to scale with both contact patches, outlines filled with the
//! model's pressure field as a heat map. The back is a canvas drawn once per colour profile and
//! language; the patches, the only part that moves, are an SVG above it (outlines and labels) with
//! one small canvas per heat map, one pixel per grid cell, scaled and turned into place.

use super::heat;
use crate::i18n::Translations;
use crate::url::ColorProfile;
use ashiatsu_model::body::{BackPoint, BACK_LENGTH_M, ERECTOR_CENTRE_M, ERECTOR_WIDTH_M, LANDMARKS};
use ashiatsu_model::geometry::{Ellipse, Vec2};
use ashiatsu_model::{Comparison, Side};
use std::rc::Rc;
use wasm_bindgen::{Clamped, JsCast};
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

/// Colours of the back in one profile (a canvas cannot use the style sheet's variables).
struct Palette {
    background: &'static str,
    skin: &'static str,
    skin_edge: &'static str,
    band: &'static str,
    spine: &'static str,
    text: &'static str,
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
        },
        ColorProfile::Projector => Palette {
            background: "#ffffff",
            skin: "#f3dcc6",
            skin_edge: "#000000",
            band: "rgba(120,60,40,0.28)",
            spine: "#000000",
            text: "#000000",
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
    const PROFILE: [(f64, f64); 8] = [
        (-0.1, 0.07),
        (-0.05, 0.09),
        (0.0, 0.245),
        (0.12, 0.225),
        (0.3, 0.175),
        (0.45, 0.185),
        (0.56, 0.2),
        (0.62, 0.2),
    ];
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
        if i == 0 {
            ctx.move_to(x, y)
        } else {
            ctx.line_to(x, y)
        }
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
        let (x1, y1) =
            to_canvas(BackPoint { along: BACK_LENGTH_M, lateral: side * (ERECTOR_CENTRE_M - ERECTOR_WIDTH_M / 2.0) });
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

/// One side's patch in the overlay's coordinates (canvas pixels of the back): the heat map, a
/// canvas as small as the model's grid that the browser scales and turns into place, the pads'
/// outlines (dashed) and loaded areas, and a label. The tiny canvas is the point: a browser hands
/// a changed canvas to its compositor whole every frame, so a canvas the size of the back cost a
/// tablet more than everything drawn on it.
fn patch(side: &Side, mirror: f64, label: String, heat: &NodeRef) -> Html {
    let grid = &side.patch.grid;
    let cop = side.patch.centre_of_pressure();
    let pos = side.position;
    // The patch is drawn about its centre of pressure and moved there as a whole, so a glide
    // changes one transform rather than every outline.
    let (px, py) = to_canvas(BackPoint { along: pos.along, lateral: pos.lateral });
    // Surface frame (x towards the toes or fingertips, y across) to the patch's own pixels, toes
    // towards the head.
    let local = |p: Vec2| (-mirror * (p.y - cop.y) * SCALE, -(p.x - cop.x) * SCALE);
    let heat_map = (grid.nx > 0 && grid.ny > 0).then(|| {
        let corner = grid.origin - Vec2::new(grid.cell_m / 2.0, grid.cell_m / 2.0);
        let (e, f) = local(corner);
        let k = grid.cell_m * SCALE;
        html! {
            <foreignObject ref={heat.clone()} x="0" y="0" width={grid.nx.to_string()} height={grid.ny.to_string()}
                           transform={format!("matrix(0 {:.4} {:.4} 0 {e:.2} {f:.2})", -k, -mirror * k)} />
        }
    });
    let ellipse = |e: Ellipse, class: &'static str| {
        let (x, y) = local(e.centre);
        html! { <ellipse {class} cx={format!("{x:.1}")} cy={format!("{y:.1}")} rx={format!("{:.1}", e.semi_y * SCALE)} ry={format!("{:.1}", e.semi_x * SCALE)} /> }
    };
    let (lx, ly) = to_canvas(BackPoint { along: pos.along, lateral: pos.lateral + mirror * 0.13 });
    html! {
        <g class={classes!("patch", side.over_comfort().then_some("patch--over"))}>
            <g transform={format!("translate({px:.1} {py:.1})")}>
                { for heat_map }
                { for side.patch.pads.iter().map(|pad| html! { <>{ ellipse(pad.outline, "pad-outline") }{ ellipse(pad.loaded, "pad-loaded") }</> }) }
            </g>
            <g transform={format!("translate({lx:.1} {:.1})", ly.clamp(16.0, HEIGHT as f64 - 30.0))}>
                <text class="patch-label" text-anchor="middle">{ label }</text>
            </g>
        </g>
    }
}

/// Fills the heat-map canvas in `holder` (a foreignObject) with a grid's colours, one pixel per
/// cell. The canvas is made here rather than in the view because Yew would create it in the SVG
/// namespace, where it is no canvas at all; Yew leaves children it did not make alone.
fn paint_heat(holder: &NodeRef, side: &Side) {
    let grid = &side.patch.grid;
    let Some(holder) = holder.cast::<web_sys::Element>() else { return };
    let canvas = match holder.first_element_child().and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok()) {
        Some(canvas) => canvas,
        None => {
            let Some(canvas) = new_heat_canvas() else { return };
            let _ = holder.append_child(&canvas);
            canvas
        }
    };
    let (nx, ny) = (grid.nx as u32, grid.ny as u32);
    if canvas.width() != nx {
        canvas.set_width(nx);
    }
    if canvas.height() != ny {
        canvas.set_height(ny);
    }
    let Some(ctx) = context(&canvas) else { return };
    let pixels = heat::pixels(&grid.values_pa);
    if let Ok(image) = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&pixels), nx, ny) {
        let _ = ctx.put_image_data(&image, 0.0, 0.0);
    }
}

fn new_heat_canvas() -> Option<HtmlCanvasElement> {
    let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_class_name("heat");
    Some(canvas)
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}

#[component]
pub fn BackMap(props: &BackMapProps) -> Html {
    let tr = use_context::<Rc<Translations>>().expect("translations provided");
    let back = use_node_ref();
    let (foot_heat, hand_heat) = (use_node_ref(), use_node_ref());
    {
        let back = back.clone();
        let tr = tr.clone();
        // The back is drawn again only for another colour profile or language.
        use_effect_with((props.color_profile, tr.locale), move |(profile, _)| {
            if let Some(ctx) = back.cast::<HtmlCanvasElement>().as_ref().and_then(context) {
                draw_back(&ctx, &tr, &palette(*profile));
            }
        });
    }
    {
        let (foot_heat, hand_heat) = (foot_heat.clone(), hand_heat.clone());
        use_effect_with(props.comparison.clone(), move |c| {
            paint_heat(&foot_heat, &c.foot);
            paint_heat(&hand_heat, &c.hand);
        });
    }
    let c = &props.comparison;
    let (width, height) = (WIDTH.to_string(), HEIGHT.to_string());
    html! {
        <div class="back-map" role="img" aria-label={tr.t("back-label")}>
            <canvas ref={back} class="back-map__back" width={width.clone()} height={height.clone()} />
            <svg class="back-map__patches" viewBox={format!("0 0 {width} {height}")} aria-hidden="true">
                { patch(&c.foot, 1.0, tr.t("back-foot"), &foot_heat) }
                { patch(&c.hand, -1.0, tr.t("back-hand"), &hand_heat) }
            </svg>
        </div>
    }
}
