//! "Under the skin": the cross-section below one side's contact, along the stroke, to scale. The
//! vertical stress the model computes (a Boussinesq half-space, docs/model.md §10) as a colour map
//! on the heat map's own scale, contour lines where it falls to a half, a quarter and a tenth of
//! the contact's peak pressure (the "pressure bulb"), the typical layers of skin, fat, back muscle
//! and bone, and a marker at the depth the visitor chose.

use super::unchanged::same_section;
use crate::draw::contours::{isoline, path};
use crate::draw::heat::paint;
use crate::draw::labels::{place, Rect, Spot, Wanted};
use crate::draw::node::{el, group, El, Node};
use crate::draw::svg::{labels, line, D1, MM_PER_M as MM};
use crate::format::{quantity, Kind, Units};
use crate::hooks::drawing::use_drawing;
use crate::hooks::picture_scale::{use_units_per_px, Picture};
use crate::hooks::translations::use_tr;
use ashiatsu_model::depth::{Section, SECTION_DEPTH_M};
use ashiatsu_model::{Comparison, Side};
use std::rc::Rc;
use yew::prelude::*;

/// Drawing units per metre: millimetres.
/// Room above the skin for the contact's footprint, mm.
const TOP_MM: f64 = 10.0;
/// The part of the section shown, mm either side of the centre of pressure: the longest sole and
/// the spread of its stress (the model computes a little more).
const HALF_WIDTH_MM: f64 = 140.0;
/// The drawing's size, mm: the section shown and the skin line's margin above it (the stylesheet's
/// `aspect-ratio` for `.depth-view` is tied to it by a test in src/view/mod.rs).
pub const VIEW_SIZE: (f64, f64) = (2.0 * HALF_WIDTH_MM, SECTION_DEPTH_M * MM + TOP_MM);
/// Fractions of the contact's peak pressure the contour lines mark.
pub const BULB_LEVELS: [f64; 3] = [0.5, 0.25, 0.1];

/// Horizontal drawing position of a distance along the section (towards the toes or fingertips,
/// which point to the client's head, on the left as in the side views).
fn x_of(u_m: f64) -> f64 {
    -u_m * MM
}

/// Which side a cross-section belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Which {
    Foot,
    Hand,
}

impl Which {
    pub const ALL: [Which; 2] = [Which::Foot, Which::Hand];

    pub fn id(self) -> &'static str {
        match self {
            Which::Foot => "foot",
            Which::Hand => "hand",
        }
    }

    fn side(self, c: &Comparison) -> &Side {
        match self {
            Which::Foot => &c.foot,
            Which::Hand => &c.hand,
        }
    }
}

#[derive(Properties)]
pub struct DepthViewProps {
    pub comparison: Rc<Comparison>,
    pub units: Units,
    pub which: Which,
    /// Size of the words inside the picture, CSS px.
    pub label_px: f64,
}

/// Equal when the section looks the same, wherever the contact is (src/view/unchanged.rs).
impl PartialEq for DepthViewProps {
    fn eq(&self, other: &Self) -> bool {
        self.units == other.units
            && self.which == other.which
            && self.label_px == other.label_px
            && same_section(&self.comparison, &other.comparison, self.which == Which::Foot)
    }
}

/// The stress field as a colour map: one canvas pixel per sample (painted into it after each
/// drawing, src/draw/heat.rs), flipped so that the toes point left.
fn colour_map(section: &Section) -> El {
    let k = section.du_m * MM;
    let left = x_of(section.u0_m - section.du_m / 2.0);
    let top = (section.z0_m - section.dz_m / 2.0) * MM;
    el("foreignObject")
        .attr("x", 0)
        .attr("y", 0)
        .attr("width", section.nu)
        .attr("height", section.nz)
        .attr("transform", format_args!("matrix({:.3} 0 0 {:.3} {left:.2} {top:.2})", -k, section.dz_m * MM))
        .foreign()
}

/// Contour lines of the pressure bulb at fractions of the contact's peak pressure.
fn bulb(section: &Section, peak_pa: f64) -> El {
    let to = |(i, j): (f64, f64)| (x_of(section.u0_m + i * section.du_m), (section.z0_m + j * section.dz_m) * MM);
    el("g").class("bulbs").attr("aria-hidden", true).kids(BULB_LEVELS.iter().map(|fraction| {
        let segments = isoline(&section.values_pa, section.nu, section.nz, (peak_pa * fraction) as f32);
        el("path").class("bulb").attr("data-level", fraction).attr("d", path(&segments, to)).into()
    }))
}

/// The contact's footprint along the section, over the skin: the pads the plane cuts through.
fn footprint(side: &Side, which: Which) -> El {
    let cop = side.patch.centre_of_pressure();
    let pads = side.patch.pads.iter().filter(|p| (p.loaded.centre.y - cop.y).abs() <= p.loaded.semi_y).map(|p| {
        let (a, b) =
            (x_of(p.loaded.centre.x - cop.x + p.loaded.semi_x), x_of(p.loaded.centre.x - cop.x - p.loaded.semi_x));
        let rect: Node = el("rect")
            .class("footprint")
            .attr("x", D1::new(a))
            .attr("y", -6)
            .attr("width", D1::new(b - a))
            .attr("height", 6)
            .attr("rx", 2)
            .into();
        rect
    });
    el("g").class(format_args!("footprints footprints--{}", which.id())).attr("aria-hidden", true).kids(pads)
}

/// A horizontal line across the section at `y`, with `class`.
fn across(y: f64, class: &'static str) -> Node {
    line((-HALF_WIDTH_MM, y), (HALF_WIDTH_MM, y)).class(class).into()
}

#[component]
pub fn DepthView(props: &DepthViewProps) -> Html {
    let tr = use_tr();
    let node = use_node_ref();
    let scale_on_screen = use_units_per_px(node.clone(), VIEW_SIZE, Picture::Depth);
    let font = props.label_px * scale_on_screen.units_per_px;
    let c = &props.comparison;
    let side = props.which.side(c);
    let length = |m: f64| quantity(m, Kind::Length, props.units, tr.locale);
    let drawing = side.section.as_ref().map(|section| section_drawing(c, side, section, props, font, &tr));
    // Drawn every render the section exists (the hook keeps its place either way).
    let content = use_drawing(node.clone(), drawing.unwrap_or_else(|| group([])));
    {
        let (node, which) = (node.clone(), props.which);
        use_effect_with(props.comparison.clone(), move |c| {
            let holder =
                node.cast::<web_sys::Element>().and_then(|svg| svg.query_selector("foreignObject").ok().flatten());
            if let (Some(s), Some(holder)) = (which.side(c).section.as_ref(), holder) {
                paint(&holder, &s.values_pa, s.nu, s.nz);
            }
        });
    }
    if side.section.is_none() {
        return html! {};
    }
    let (width, depth) = (2.0 * HALF_WIDTH_MM, SECTION_DEPTH_M * MM);
    let label = tr.t_args(&format!("depth-label-{}", props.which.id()), &[("depth", &length(c.settings.depth_m))]);
    html! {
        <svg ref={node} class="depth-view" data-figure="depth" data-measured={scale_on_screen.marker()} data-side={props.which.id()} role="img" aria-label={label}
             viewBox={format!("{:.0} {:.0} {width:.0} {:.0}", -HALF_WIDTH_MM, -TOP_MM, depth + TOP_MM)}>
            { content }
        </svg>
    }
}

/// What one cross-section draws: the tissue, the stress field's colour map, the layers, the
/// pressure bulb, the footprint, the chosen depth and the words.
fn section_drawing(
    c: &Comparison,
    side: &Side,
    section: &Section,
    props: &DepthViewProps,
    font: f64,
    tr: &crate::i18n::Translations,
) -> El {
    let length = |m: f64| quantity(m, Kind::Length, props.units, tr.locale);
    let (width, depth) = (2.0 * HALF_WIDTH_MM, SECTION_DEPTH_M * MM);
    // The typical layers under the lane, and the chosen depth.
    let fat_bottom = (c.layers.skin_m + c.layers.fat_m) * MM;
    let bone = c.layers.bone_depth_m() * MM;
    let d = c.settings.depth_m * MM;
    // Words: the layers along the right edge, then the depth and the stress there (the readout),
    // which moves with the slider and finds room around its marker.
    let marker = format!(
        "{} · {}",
        length(c.settings.depth_m),
        quantity(side.readouts.depth_stress_pa, Kind::Pressure, props.units, tr.locale)
    );
    // The layers' names keep to their layer's right end, above or below the depth line.
    let layer = |text: String, y: f64| Wanted {
        text,
        anchor: (HALF_WIDTH_MM - 2.0, y),
        gap: 0.0,
        spots: vec![Spot::Left, Spot::AboveLeft, Spot::BelowLeft],
        optional: true,
    };
    let wanted = vec![
        Wanted { text: marker, anchor: (0.0, d), gap: font * 0.4, spots: AROUND.to_vec(), optional: false },
        layer(tr.t("layer-fat"), fat_bottom / 2.0 + 1.0),
        layer(tr.t("layer-muscle"), (fat_bottom + bone) / 2.0),
        layer(tr.t("layer-bone"), bone + font * 0.8),
    ];
    let bounds =
        Rect { left: -HALF_WIDTH_MM + 1.0, top: -TOP_MM + 1.0, right: HALF_WIDTH_MM - 1.0, bottom: depth - 1.0 };
    // No word on the depth line or its marker.
    let line = Rect { left: -HALF_WIDTH_MM, top: d - 1.5, right: HALF_WIDTH_MM, bottom: d + 1.5 };
    let placed = place(&wanted, &[Rect::around(0.0, d, 3.0), line], bounds, font);
    let tissue = el("rect")
        .class("depth-view__tissue")
        .attr("x", format_args!("{:.0}", -HALF_WIDTH_MM))
        .attr("y", 0)
        .attr("width", format_args!("{width:.0}"))
        .attr("height", format_args!("{depth:.0}"));
    let layers = el("g").class("layers").attr("aria-hidden", true).kids([
        across(0.0, "layer layer--skin"),
        across(fat_bottom, "layer"),
        across(bone, "layer layer--bone"),
    ]);
    let depth_marker = el("g")
        .class("depth-marker")
        .attr("aria-hidden", true)
        .kids([across(d, ""), el("circle").attr("cx", 0).attr("cy", D1::new(d)).attr("r", 2.5).into()]);
    group([
        tissue.into(),
        colour_map(section).into(),
        layers.into(),
        bulb(section, side.readouts.peak_pressure_pa).into(),
        footprint(side, props.which).into(),
        depth_marker.into(),
        labels(&placed, font, "labels--depth").into(),
    ])
}

/// Where the depth's words may sit around its marker, in order.
const AROUND: [Spot; 6] =
    [Spot::AboveLeft, Spot::BelowLeft, Spot::AboveRight, Spot::BelowRight, Spot::Left, Spot::Right];
