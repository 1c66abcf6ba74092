//! "Under the skin": the cross-section below one side's contact, along the stroke, to scale. The
//! vertical stress the model computes (a Boussinesq half-space, docs/model.md §10) as a colour map
//! on the heat map's own scale, contour lines where it falls to a half, a quarter and a tenth of
//! the contact's peak pressure (the "pressure bulb"), the typical layers of skin, fat, back muscle
//! and bone, and a marker at the depth the visitor chose.

use super::unchanged::same_section;
use crate::draw::contours::{isoline, path};
use crate::draw::heat::paint;
use crate::draw::labels::{place, Rect, Spot, Wanted};
use crate::draw::svg::{d1, labels, MM_PER_M as MM};
use crate::format::{quantity, Kind, Units};
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

/// The stress field as a colour map: one canvas pixel per sample (filled after rendering),
/// flipped so that the toes point left.
fn colour_map(section: &Section, field: &NodeRef) -> Html {
    let k = section.du_m * MM;
    let left = x_of(section.u0_m - section.du_m / 2.0);
    let top = (section.z0_m - section.dz_m / 2.0) * MM;
    html! {
        <foreignObject ref={field.clone()} x="0" y="0" width={section.nu.to_string()} height={section.nz.to_string()}
                       transform={format!("matrix({:.3} 0 0 {:.3} {left:.2} {top:.2})", -k, section.dz_m * MM)} />
    }
}

/// Contour lines of the pressure bulb at fractions of the contact's peak pressure.
fn bulb(section: &Section, peak_pa: f64) -> Html {
    let to = |(i, j): (f64, f64)| (x_of(section.u0_m + i * section.du_m), (section.z0_m + j * section.dz_m) * MM);
    html! {
        <g class="bulbs" aria-hidden="true">
            { for BULB_LEVELS.iter().map(|fraction| {
                let segments = isoline(&section.values_pa, section.nu, section.nz, (peak_pa * fraction) as f32);
                html! { <path class="bulb" data-level={fraction.to_string()} d={path(&segments, to)} /> }
            }) }
        </g>
    }
}

/// The contact's footprint along the section, over the skin: the pads the plane cuts through.
fn footprint(side: &Side, which: Which) -> Html {
    let cop = side.patch.centre_of_pressure();
    let pads = side.patch.pads.iter().filter(|p| (p.loaded.centre.y - cop.y).abs() <= p.loaded.semi_y).map(|p| {
        let (a, b) =
            (x_of(p.loaded.centre.x - cop.x + p.loaded.semi_x), x_of(p.loaded.centre.x - cop.x - p.loaded.semi_x));
        html! { <rect class="footprint" x={d1(a)} y="-6" width={d1(b - a)} height="6" rx="2" /> }
    });
    html! { <g class={classes!("footprints", format!("footprints--{}", which.id()))} aria-hidden="true">{ for pads }</g> }
}

/// A horizontal line across the section at `y`, with `class`.
fn across(y: f64, class: &'static str) -> Html {
    html! { <line {class} x1={format!("{:.0}", -HALF_WIDTH_MM)} x2={format!("{HALF_WIDTH_MM:.0}")} y1={d1(y)} y2={d1(y)} /> }
}

#[component]
pub fn DepthView(props: &DepthViewProps) -> Html {
    let tr = use_tr();
    let field = use_node_ref();
    let node = use_node_ref();
    let scale_on_screen = use_units_per_px(node.clone(), VIEW_SIZE, Picture::Depth);
    let font = props.label_px * scale_on_screen.units_per_px;
    {
        let (field, which) = (field.clone(), props.which);
        use_effect_with(props.comparison.clone(), move |c| {
            if let Some(s) = which.side(c).section.as_ref() {
                paint(&field, &s.values_pa, s.nu, s.nz);
            }
        });
    }
    let c = &props.comparison;
    let side = props.which.side(c);
    let Some(section) = side.section.as_ref() else { return html! {} };
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
    let label = tr.t_args(&format!("depth-label-{}", props.which.id()), &[("depth", &length(c.settings.depth_m))]);
    html! {
        <svg ref={node} class="depth-view" data-figure="depth" data-measured={scale_on_screen.marker()} data-side={props.which.id()} role="img" aria-label={label}
             viewBox={format!("{:.0} {:.0} {width:.0} {:.0}", -HALF_WIDTH_MM, -TOP_MM, depth + TOP_MM)}>
            <rect class="depth-view__tissue" x={format!("{:.0}", -HALF_WIDTH_MM)} y="0" width={format!("{width:.0}")} height={format!("{depth:.0}")} />
            { colour_map(section, &field) }
            <g class="layers" aria-hidden="true">
                { across(0.0, "layer layer--skin") }{ across(fat_bottom, "layer") }{ across(bone, "layer layer--bone") }
            </g>
            { bulb(section, side.readouts.peak_pressure_pa) }
            { footprint(side, props.which) }
            <g class="depth-marker" aria-hidden="true">
                { across(d, "") }
                <circle cx="0" cy={d1(d)} r="2.5" />
            </g>
            { labels(&placed, font, "labels--depth") }
        </svg>
    }
}

/// Where the depth's words may sit around its marker, in order.
const AROUND: [Spot; 6] =
    [Spot::AboveLeft, Spot::BelowLeft, Spot::AboveRight, Spot::BelowRight, Spot::Left, Spot::Right];
