//! What each half of the pictures shows at this frame. While the stroke plays, a frame on a
//! tablet cannot afford every picture, so the pictures take turns, half a frame each, and no
//! frame does all the work; at 60 frames a second each picture still moves 30 times a second,
//! and the two halves are one frame (16 ms) apart, which no eye can see. Paused, stepped or
//! scrubbed, every picture shows the same exact moment.
//!
//! - `first`: the ashiatsu side view, the backs, the close-ups and the legend. The model is run
//!   for it on odd frames.
//! - `second`: the hand-massage side view, the cross-sections and the stroke slider. On even
//!   frames it takes the `first` of the frame before: the model runs once every two frames.
//! - `numbers`: the readouts and the headline, ten times a second (every `NUMBERS_EVERY` frames):
//!   digits that change sixty times a second cannot be read, and a table whose text changes must
//!   be laid out again with the page around it.

use crate::state::SharedModel;
use ashiatsu_model::{Comparison, Settings};
use std::rc::Rc;
use yew::prelude::*;

/// A comparison and the moment it was made for.
#[derive(Clone, Debug)]
pub struct Moment {
    pub phase: f64,
    pub comparison: Rc<Comparison>,
}

impl PartialEq for Moment {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.comparison, &other.comparison)
    }
}

/// The halves' moments and the numbers' (see the module comment).
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub first: Moment,
    pub second: Moment,
    pub numbers: Moment,
}

/// Frames between updates of the numbers while playing (an even number: they change with the
/// second half).
const NUMBERS_EVERY: u64 = 6;

/// The memory between frames: the last settings and phase, and whose turn it is.
#[derive(Default)]
pub struct Stagger {
    last: Option<(Settings, f64, bool)>,
    frame: u64,
    shown: Option<Shown>,
}

impl Stagger {
    /// The halves' moments for `settings` at `phase`. Called on every render; only a new phase
    /// while playing counts as a new frame.
    pub fn next(&mut self, model: &SharedModel, settings: Settings, phase: f64, playing: bool) -> Shown {
        if self.last == Some((settings, phase, playing)) {
            if let Some(shown) = &self.shown {
                return shown.clone();
            }
        }
        let same_settings = self.last.is_some_and(|(s, _, _)| s == settings);
        self.last = Some((settings, phase, playing));
        let exact = || Moment { phase, comparison: Rc::new(model.evaluate(&settings, phase)) };
        let shown = match self.shown.take() {
            Some(before) if playing && same_settings => {
                self.frame += 1;
                if !self.frame.is_multiple_of(2) {
                    Shown { first: exact(), ..before }
                } else {
                    let numbers =
                        if self.frame.is_multiple_of(NUMBERS_EVERY) { before.first.clone() } else { before.numbers };
                    Shown { second: before.first.clone(), first: before.first, numbers }
                }
            }
            _ => {
                self.frame = 0;
                let now = exact();
                Shown { first: now.clone(), second: now.clone(), numbers: now }
            }
        };
        self.shown = Some(shown.clone());
        shown
    }
}

/// The halves' moments for this render (see [`Stagger`]).
#[hook]
pub fn use_shown(model: SharedModel, settings: Settings, phase: f64, playing: bool) -> Shown {
    let stagger = use_mut_ref(Stagger::default);
    let shown = stagger.borrow_mut().next(&model, settings, phase, playing);
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use ashiatsu_model::{Model, StrokeKind};

    fn setup() -> (SharedModel, Settings) {
        let model = SharedModel(Rc::new(Model::default()));
        let settings = Settings::for_stroke(&model.strokes, StrokeKind::Compression);
        (model, settings)
    }

    #[test]
    fn paused_both_halves_show_the_exact_moment() {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let shown = stagger.next(&model, settings, 0.3, false);
        assert!(Rc::ptr_eq(&shown.first.comparison, &shown.second.comparison));
        assert_eq!(*shown.second.comparison, model.evaluate(&settings, 0.3));
    }

    #[test]
    fn playing_the_halves_take_turns_and_the_model_runs_every_other_frame() {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let start = stagger.next(&model, settings, 0.10, true);
        let odd = stagger.next(&model, settings, 0.11, true);
        assert_eq!(odd.first.phase, 0.11, "the first half moves on odd frames");
        assert_eq!(odd.second, start.second, "the second waits");
        let even = stagger.next(&model, settings, 0.12, true);
        assert_eq!(even.first, odd.first, "the first waits");
        assert_eq!(even.second.phase, 0.11, "the second catches up with the frame before");
        assert!(Rc::ptr_eq(&even.second.comparison, &odd.first.comparison), "without running the model");
    }

    #[test]
    fn the_numbers_change_ten_times_a_second_with_the_second_half() {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let start = stagger.next(&model, settings, 0.0, true);
        let frames: Vec<Shown> = (1..=12).map(|i| stagger.next(&model, settings, i as f64 * 0.01, true)).collect();
        let changes: Vec<usize> = (0..12)
            .filter(|&i| {
                frames[i].numbers != if i == 0 { start.numbers.clone() } else { frames[i - 1].numbers.clone() }
            })
            .map(|i| i + 1)
            .collect();
        assert_eq!(changes, [6, 12]);
        assert!(frames[5].numbers == frames[5].second, "they show what the second half shows");
    }

    #[test]
    fn a_render_without_a_new_phase_is_not_a_frame() {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let _ = stagger.next(&model, settings, 0.10, true);
        let a = stagger.next(&model, settings, 0.11, true);
        let b = stagger.next(&model, settings, 0.11, true);
        assert_eq!(a, b);
    }

    #[test]
    fn a_new_setting_or_a_pause_shows_the_exact_moment_at_once() {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let _ = stagger.next(&model, settings, 0.10, true);
        let _ = stagger.next(&model, settings, 0.11, true);
        let heavier = Settings { mass_kg: settings.mass_kg + 10.0, ..settings };
        let shown = stagger.next(&model, heavier, 0.12, true);
        assert_eq!((shown.first.phase, shown.second.phase), (0.12, 0.12));
        let paused = stagger.next(&model, heavier, 0.12, false);
        assert!(Rc::ptr_eq(&paused.first.comparison, &paused.second.comparison));
    }
}
