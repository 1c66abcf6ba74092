//! What each picture depends on, so that a picture whose content did not change between two
//! moments of the stroke is not drawn again. During a glide the contacts keep their load and only
//! move along the back: the close-ups, the cross-sections and the legend then stay as they are,
//! and the frame costs only the pictures that move. Props compare these instead of the whole
//! `Comparison`, which differs at every moment.

use ashiatsu_model::{Comparison, Readouts, Side};
use std::rc::Rc;

/// The numbers of the surface: all but the stress beneath, which with two contacts also depends
/// on how far apart they are (and so changes as a glide drifts across the back).
fn same_surface_numbers(a: &Readouts, b: &Readouts) -> bool {
    let surface = |r: &Readouts| Readouts { depth_stress_pa: 0.0, depth_peak_pa: 0.0, ..*r };
    surface(a) == surface(b)
}

/// Everything a contact's own drawing shows: its pads, pressure field and numbers.
fn same_contact(a: &Side, b: &Side) -> bool {
    same_surface_numbers(&a.readouts, &b.readouts)
        && a.contacts == b.contacts
        && a.beyond_capacity == b.beyond_capacity
        && a.patch == b.patch
}

/// The close-ups: both contacts, drawn in their own frame (where on the back does not matter).
pub fn same_contacts(a: &Rc<Comparison>, b: &Rc<Comparison>) -> bool {
    Rc::ptr_eq(a, b)
        || (a.settings == b.settings
            && a.foot_length_m == b.foot_length_m
            && same_contact(&a.foot, &b.foot)
            && same_contact(&a.hand, &b.hand))
}

fn side(c: &Comparison, foot: bool) -> &Side {
    if foot {
        &c.foot
    } else {
        &c.hand
    }
}

/// One side's cross-section: its stress field, its footprint and the layers at that level.
pub fn same_section(a: &Rc<Comparison>, b: &Rc<Comparison>, foot: bool) -> bool {
    Rc::ptr_eq(a, b)
        || (a.settings == b.settings
            && a.layers == b.layers
            && side(a, foot).section == side(b, foot).section
            && side(a, foot).readouts == side(b, foot).readouts
            && same_contact(side(a, foot), side(b, foot)))
}

/// The legend: the numbers of both sides it marks on its scale.
pub fn same_readouts(a: &Rc<Comparison>, b: &Rc<Comparison>) -> bool {
    Rc::ptr_eq(a, b)
        || (a.settings == b.settings
            && same_surface_numbers(&a.foot.readouts, &b.foot.readouts)
            && same_surface_numbers(&a.hand.readouts, &b.hand.readouts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ashiatsu_model::{Model, Settings, StrokeKind};

    fn at(stroke: StrokeKind, pair: bool, phase: f64) -> Rc<Comparison> {
        let model = Model::default();
        let settings = Settings { pair, ..Settings::for_stroke(&model.strokes, stroke) };
        Rc::new(model.evaluate(&settings, phase))
    }

    #[test]
    fn a_glide_at_steady_load_leaves_the_close_ups_and_legend_alone() {
        // Effleurage holds its full load from 10 % to 55 % of the cycle while it glides.
        let (a, b) = (at(StrokeKind::Effleurage, true, 0.2), at(StrokeKind::Effleurage, true, 0.3));
        assert_ne!(a.foot.position, b.foot.position, "the contacts moved");
        assert!(same_contacts(&a, &b));
        assert!(same_readouts(&a, &b));
        // One contact alone: its section changes only where the tissue under it does.
        let (a, b) = (at(StrokeKind::Effleurage, false, 0.2), at(StrokeKind::Effleurage, false, 0.3));
        assert_eq!(same_section(&a, &b, true), a.layers == b.layers);
    }

    #[test]
    fn a_changing_load_redraws_them() {
        let (a, b) = (at(StrokeKind::Compression, false, 0.2), at(StrokeKind::Compression, false, 0.3));
        assert!(!same_contacts(&a, &b));
        assert!(!same_section(&a, &b, true) && !same_section(&a, &b, false));
        assert!(!same_readouts(&a, &b));
    }
}
