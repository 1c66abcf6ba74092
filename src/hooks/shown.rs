//! What each group of pictures shows at this frame. While the stroke plays, a frame on a slow
//! tablet cannot afford every picture, so the pictures may take turns, and no frame does all the
//! work. How many turns a round takes is chosen by how the device keeps up (src/pace.rs): one on a
//! fast device (every picture every frame), two (each picture 30 times a second at 60 Hz), or
//! three (20 times a second); the groups are one frame (16 ms) apart, which no eye can see.
//! Paused, stepped or scrubbed, every picture shows the same exact moment.
//!
//! - `first`: the ashiatsu side view and its cross-section. The model is run for it once a round.
//! - `second`: the hand-massage side view, its cross-section and the stroke slider. On its turn
//!   it takes the moment `first` shows, so the model runs once a round, not once a group.
//! - `third`: the backs from above, the close-ups and the colour legend (with `first` when two
//!   turns make a round). Moving a contact across a back lays the page's layers out again, and a
//!   close-up whose colours change repaints its gradients: each costs about a side view.
//! - `numbers`: the readouts and the headline, five times a second (every `NUMBERS_EVERY` frames,
//!   on the second group's turn), as a meter's digits change: digits that change sixty times a
//!   second cannot be read. And text that changes makes the browser lay out the whole page again
//!   (no panel of it can be a layout boundary without a fixed size): a frame whose numbers
//!   change costs about 6 ms more at 4x, and came late one time in two at ten times a second.
//!
//! The groups were weighed on a tablet-sized page at 4x CPU throttle (which pictures changed in
//! each frame, and whether the next frame came late): grouped as they were before, the hand's
//! side view with both cross-sections missed one frame in eight and the foot's side view with the
//! close-ups one in three; grouped so, each group misses fewer than one in twenty.

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

/// The groups' moments and the numbers' (see the module comment).
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub first: Moment,
    pub second: Moment,
    pub third: Moment,
    pub numbers: Moment,
    /// Frames a round of turns takes now (the pictures mark it, `data-turns`).
    pub turns: u8,
}

/// Frames between updates of the numbers while playing (a multiple of every number of turns),
/// and the frame of those on which they change (the second group's turn: on the third's, they
/// came late with the close-ups one frame in three).
const NUMBERS_EVERY: u64 = 12;
const NUMBERS_TURN: u64 = 2;

/// The most frames a round of turns may take: each picture still moves 20 times a second.
pub const MAX_TURNS: u8 = 3;

/// The memory between frames: the last settings and phase, and whose turn it is.
#[derive(Default)]
pub struct Stagger {
    last: Option<(Settings, f64, bool)>,
    frame: u64,
    shown: Option<Shown>,
}

impl Stagger {
    /// The groups' moments for `settings` at `phase`, the pictures taking `turns` frames (1 to
    /// [`MAX_TURNS`]) to all move once. Called on every render; only a new phase while playing
    /// counts as a new frame.
    pub fn next(&mut self, model: &SharedModel, settings: Settings, phase: f64, playing: bool, turns: u8) -> Shown {
        if self.last == Some((settings, phase, playing)) {
            if let Some(shown) = &self.shown {
                return shown.clone();
            }
        }
        let same_settings = self.last.is_some_and(|(s, _, _)| s == settings);
        self.last = Some((settings, phase, playing));
        let exact = || Moment { phase, comparison: Rc::new(model.evaluate(&settings, phase)) };
        let turns_now = turns.clamp(1, MAX_TURNS);
        let turns = u64::from(turns_now);
        let shown = match self.shown.take() {
            Some(before) if playing && same_settings => {
                self.frame += 1;
                let moved = match (turns, self.frame % turns) {
                    (1, _) => {
                        let now = exact();
                        Shown { first: now.clone(), second: now.clone(), third: now, ..before }
                    }
                    // The model runs: the first group moves (with the third when two turns).
                    (_, 1) => {
                        let now = exact();
                        let third = if turns == 2 { now.clone() } else { before.third };
                        Shown { first: now, third, ..before }
                    }
                    // The others catch up with the moment the first shows, without the model.
                    (3, 0) => Shown { third: before.first.clone(), ..before },
                    _ => Shown { second: before.first.clone(), ..before },
                };
                // Not on the model's turn (unless one turn does all): the numbers take the moment
                // the first group shows.
                let numbers =
                    if self.frame % NUMBERS_EVERY == NUMBERS_TURN { moved.first.clone() } else { moved.numbers };
                Shown { numbers, turns: turns_now, ..moved }
            }
            _ => {
                self.frame = 0;
                let now = exact();
                Shown { first: now.clone(), second: now.clone(), third: now.clone(), numbers: now, turns: turns_now }
            }
        };
        self.shown = Some(shown.clone());
        shown
    }
}

/// The groups' moments for this render, a round taking `turns` frames (see [`Stagger`]).
#[hook]
pub fn use_shown(model: SharedModel, settings: Settings, phase: f64, playing: bool, turns: u8) -> Shown {
    let stagger = use_mut_ref(Stagger::default);
    let shown = stagger.borrow_mut().next(&model, settings, phase, playing, turns);
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

    fn same(a: &Moment, b: &Moment) -> bool {
        Rc::ptr_eq(&a.comparison, &b.comparison)
    }

    #[test]
    fn paused_every_group_shows_the_exact_moment() {
        let (model, settings) = setup();
        for turns in 1..=MAX_TURNS {
            let mut stagger = Stagger::default();
            let shown = stagger.next(&model, settings, 0.3, false, turns);
            assert!(same(&shown.first, &shown.second) && same(&shown.first, &shown.third));
            assert_eq!(*shown.second.comparison, model.evaluate(&settings, 0.3));
        }
    }

    #[test]
    fn one_turn_every_picture_moves_every_frame() {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let _ = stagger.next(&model, settings, 0.10, true, 1);
        let shown = stagger.next(&model, settings, 0.11, true, 1);
        for moment in [&shown.first, &shown.second, &shown.third] {
            assert_eq!(moment.phase, 0.11);
        }
        assert_eq!(shown.turns, 1);
    }

    #[test]
    fn two_turns_the_halves_alternate_and_the_model_runs_every_other_frame() {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let start = stagger.next(&model, settings, 0.10, true, 2);
        let odd = stagger.next(&model, settings, 0.11, true, 2);
        assert_eq!(
            (odd.first.phase, odd.third.phase),
            (0.11, 0.11),
            "the first half, the third group included, moves on odd frames"
        );
        assert_eq!(odd.second, start.second, "the second waits");
        let even = stagger.next(&model, settings, 0.12, true, 2);
        assert_eq!(even.first, odd.first, "the first waits");
        assert_eq!(even.second.phase, 0.11, "the second catches up with the frame before");
        assert!(same(&even.second, &odd.first), "without running the model");
    }

    #[test]
    fn three_turns_each_group_moves_once_a_round_and_the_model_runs_once() {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let start = stagger.next(&model, settings, 0.10, true, 3);
        let a = stagger.next(&model, settings, 0.11, true, 3);
        assert_eq!(a.first.phase, 0.11);
        assert_eq!((a.second.clone(), a.third.clone()), (start.second.clone(), start.third.clone()));
        let b = stagger.next(&model, settings, 0.12, true, 3);
        assert!(same(&b.second, &a.first) && b.first == a.first && b.third == a.third);
        let c = stagger.next(&model, settings, 0.13, true, 3);
        assert!(same(&c.third, &a.first) && c.first == a.first && c.second == b.second);
        assert_eq!(c.turns, 3);
    }

    #[test]
    fn the_numbers_change_five_times_a_second_whatever_the_turns() {
        let (model, settings) = setup();
        for turns in 1..=MAX_TURNS {
            let mut stagger = Stagger::default();
            let start = stagger.next(&model, settings, 0.0, true, turns);
            let frames: Vec<Shown> =
                (1..=24).map(|i| stagger.next(&model, settings, i as f64 * 0.01, true, turns)).collect();
            let changes: Vec<usize> = (0..24)
                .filter(|&i| {
                    frames[i].numbers != if i == 0 { start.numbers.clone() } else { frames[i - 1].numbers.clone() }
                })
                .map(|i| i + 1)
                .collect();
            assert_eq!(changes, [2, 14], "{turns} turns");
            assert!(frames[1].numbers == frames[1].first, "they show what the first group shows");
            if turns > 1 {
                assert!(frames[1].second == frames[1].first, "on the second group's turn");
            }
        }
    }

    #[test]
    fn a_render_without_a_new_phase_is_not_a_frame() {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let _ = stagger.next(&model, settings, 0.10, true, 2);
        let a = stagger.next(&model, settings, 0.11, true, 2);
        let b = stagger.next(&model, settings, 0.11, true, 2);
        assert_eq!(a, b);
    }

    #[test]
    fn a_new_setting_or_a_pause_shows_the_exact_moment_at_once() {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let _ = stagger.next(&model, settings, 0.10, true, 3);
        let _ = stagger.next(&model, settings, 0.11, true, 3);
        let heavier = Settings { mass_kg: settings.mass_kg + 10.0, ..settings };
        let shown = stagger.next(&model, heavier, 0.12, true, 3);
        assert_eq!((shown.first.phase, shown.second.phase, shown.third.phase), (0.12, 0.12, 0.12));
        let paused = stagger.next(&model, heavier, 0.12, false, 3);
        assert!(same(&paused.first, &paused.second) && same(&paused.first, &paused.third));
    }
}
