//! The readouts the app shows for both sides (docs/embedding.md, “What it says back”), in one
//! table: the numbers panel draws its rows from it and lesson scenes name their focus by its ids,
//! so the two cannot disagree.

use crate::format::Kind;
use ashiatsu_model::Readouts;

/// A readout the page shows for both sides.
pub struct Quantity {
    /// Its `data-quantity` (docs/embedding.md, “What it says back”); also what a lesson scene names
    /// as its focus.
    pub id: &'static str,
    /// The translation key of its row heading.
    pub key: &'static str,
    pub kind: Kind,
    /// Where the model keeps it, SI.
    pub get: fn(&Readouts) -> f64,
    /// Shown in the compact table of the embed and presenter views.
    pub compact: bool,
}

const fn quantity_row(
    id: &'static str,
    key: &'static str,
    kind: Kind,
    get: fn(&Readouts) -> f64,
    compact: bool,
) -> Quantity {
    Quantity { id, key, kind, get, compact }
}

/// The contract's quantities in display order.
pub const QUANTITIES: [Quantity; 8] = [
    quantity_row("normal-force", "q-normal-force", Kind::Force, |r| r.normal_force_n, true),
    quantity_row("shear-force", "q-shear-force", Kind::Force, |r| r.shear_force_n, false),
    quantity_row("contact-area", "q-contact-area", Kind::Area, |r| r.contact_area_m2, false),
    quantity_row("mean-pressure", "q-mean-pressure", Kind::Pressure, |r| r.mean_pressure_pa, true),
    quantity_row("peak-pressure", "q-peak-pressure", Kind::Pressure, |r| r.peak_pressure_pa, false),
    quantity_row("comfort-limit", "q-comfort-limit", Kind::Pressure, |r| r.comfort_limit_pa, true),
    quantity_row("gravity-share", "q-gravity-share", Kind::Fraction, |r| r.gravity_share, false),
    quantity_row("depth-stress", "q-depth-stress", Kind::Pressure, |r| r.depth_stress_pa, true),
];

/// The quantity with this `data-quantity`, if any.
pub fn quantity_by_id(id: &str) -> Option<&'static Quantity> {
    QUANTITIES.iter().find(|q| q.id == id)
}
