//! Tests of the side views (src/view/side_views.rs): the words' places and the drawings' shape.

use super::*;
use crate::i18n::Locale;
use ashiatsu_model::{Model, Settings, StrokeKind};

/// The tags of a drawing, depth first: its shape, as the retained layer sees it.
fn shape(drawing: &El) -> Vec<&'static str> {
    drawing.elements().iter().map(|el| el.tag).collect()
}

/// Through a whole stroke, both side views keep their shape from frame to frame nearly always,
/// so the retained layer writes numbers, not elements: an element that comes or goes shifts
/// every one after it in its group. Their shape changes only where something appears or
/// leaves (a pad taking load, a word with no room), a few times a stroke.
#[test]
fn the_side_views_keep_their_shape_from_frame_to_frame() {
    let model = Model::default();
    let tr = Translations::load(Locale::En);
    let font = 13.0 * VIEW_BOX.2 / 380.0;
    for &stroke in StrokeKind::ALL {
        let settings = Settings::for_stroke(&model.strokes, stroke);
        let drawings = |step: u32| {
            let c = model.evaluate(&settings, f64::from(step) / 60.0);
            let drawing = Drawing { c: &c, tr: &tr, units: Units::Metric, font };
            (drawing.ashiatsu().0, drawing.hand_massage().0)
        };
        let mut before = drawings(0);
        let mut changes = 0;
        for step in 1..60 {
            let now = drawings(step);
            changes += usize::from(shape(&now.0) != shape(&before.0)) + usize::from(shape(&now.1) != shape(&before.1));
            before = now;
        }
        assert!(changes <= 8, "{stroke:?}: the side views changed shape in {changes} of 59 frames");
    }
}

/// Every word of both side views finds a spot clear of the arrows, the figure's head, trunk
/// and arms, and the other words, through every stroke, in every language, at the words' size
/// on a tablet and on phones (drawing units: 13 px at 380, 340 and 170 px of picture width).
#[test]
fn every_word_finds_a_free_spot_clear_of_the_figures() {
    let model = Model::default();
    for locale in [Locale::En, Locale::Es, Locale::Ja] {
        let tr = Translations::load(locale);
        // A tablet's, a wide phone's, and a phone's side-by-side views (numbers only).
        for font in [13.0 * VIEW_BOX.2 / 380.0, 13.0 * VIEW_BOX.2 / 340.0, 13.0 * VIEW_BOX.2 / 170.0] {
            for &stroke in StrokeKind::ALL {
                let settings = Settings::for_stroke(&model.strokes, stroke);
                for step in 0..20 {
                    let phase = f64::from(step) / 20.0;
                    let c = model.evaluate(&settings, phase);
                    let drawing = Drawing { c: &c, tr: &tr, units: Units::Metric, font };
                    let views = [
                        ("foot", drawing.ashiatsu().1, drawing.foot_figure()),
                        ("hand", drawing.hand_massage().1, drawing.hand_figure()),
                    ];
                    for (view, placed, figure) in views {
                        for label in placed {
                            let on_figure = figure.iter().map(|r| r.overlap(&label.rect)).sum::<f64>();
                            assert!(
                                label.free && on_figure == 0.0,
                                "{locale:?} {stroke:?} at {phase}, {view} view, font {font:.1}: \"{}\" overlaps",
                                label.text
                            );
                        }
                    }
                }
            }
        }
    }
}
