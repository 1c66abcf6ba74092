//! What each group of pictures shows at this frame. While the stroke plays, a frame on a slow
//! tablet cannot afford every picture, so the pictures may take turns, and no frame does all the
//! work. How many turns a round takes is chosen by how the device keeps up (src/pace.rs): one on a
//! fast device (every picture every frame), two (each picture 30 times a second at 60 Hz), three
//! (20 times) or four (15 times); the groups are a frame (16 ms) apart, which no eye can see.
//! Paused, stepped or scrubbed, every picture shows the same exact moment.
//!
//! The groups (`SCHEDULE` says which share a turn): the ashiatsu side view, for which the model
//! runs once a round; the hand-massage side view; each side's cross-section; the backs from above;
//! the close-ups with the colour legend; the stroke slider with the words of its moment; and the
//! numbers. Every group but the first takes the moment the first shows, so the model runs once a
//! round, not once a group.
//!
//! The numbers (the readouts and the headline) change five times a second, every
//! `NUMBERS_EVERY` frames, as a meter's digits do: digits that change sixty times a second cannot
//! be read. And text that changes makes the browser lay out the whole page again (no panel of it
//! can be a layout boundary without a fixed size): a frame whose numbers change costs about 5 ms
//! more at 4x, so they share a turn with a light group.
//!
//! The shares were weighed on a tablet-sized page at 4x CPU throttle, each frame marked with its
//! turn (docs/implementation-notes.md). With a turn of its own, above the about 5 ms any playing
//! frame costs: the foot's side view and the model about 9.5 ms, the hand's side view with the
//! slider 9.3, both cross-sections 5.8, the backs 6.8, the close-ups and legend 3.6. Four turns
//! pair them so that no frame carries much more than one side view's work.

use crate::pace::MAX_TURNS;
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

/// The moment each group of pictures shows, and the numbers' (see the module comment).
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// The ashiatsu side view: the newest moment, the model runs on its turn.
    pub foot: Moment,
    pub foot_depth: Moment,
    /// The hand-massage side view.
    pub hand: Moment,
    pub hand_depth: Moment,
    /// The backs from above.
    pub backs: Moment,
    /// The close-ups of the contacts and the colour legend.
    pub close_ups: Moment,
    /// The stroke slider and the words of its moment.
    pub slider: Moment,
    pub numbers: Moment,
    /// Frames a round of turns takes now (the pictures mark it, `data-turns`).
    pub turns: u8,
}

/// Frames between updates of the numbers while playing: a multiple of every number of turns, so
/// that they always change on the same turn of a round (the one marked `NUMBERS`).
const NUMBERS_EVERY: u64 = 12;

/// The groups of pictures, as bits of a turn's share, and the turn on which the numbers may change.
const FOOT: u8 = 1;
const FOOT_DEPTH: u8 = 2;
const HAND: u8 = 4;
const HAND_DEPTH: u8 = 8;
const BACKS: u8 = 16;
const CLOSE_UPS: u8 = 32;
const SLIDER: u8 = 64;
const NUMBERS: u8 = 128;
const ALL: u8 = FOOT | FOOT_DEPTH | HAND | HAND_DEPTH | BACKS | CLOSE_UPS | SLIDER | NUMBERS;

/// Which groups move on each turn of a round, for each number of turns. The first turn always
/// moves the foot's side view, for which the model runs; the others catch up with it. Weighed at
/// 4x CPU throttle (module comment): a side view is the dearest share, so with four turns each
/// has a frame alone; the numbers, which lay out the whole page, go with the cheapest share.
const SCHEDULE: [&[u8]; MAX_TURNS as usize] = [
    &[ALL],
    &[FOOT | FOOT_DEPTH | BACKS | CLOSE_UPS, HAND | HAND_DEPTH | SLIDER | NUMBERS],
    &[FOOT | FOOT_DEPTH, HAND | HAND_DEPTH | NUMBERS, BACKS | CLOSE_UPS | SLIDER],
    &[FOOT, HAND | SLIDER, FOOT_DEPTH | HAND_DEPTH | NUMBERS, BACKS | CLOSE_UPS],
];

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
        let turns = turns.clamp(1, MAX_TURNS);
        let shown = match self.shown.take() {
            Some(before) if playing && same_settings => {
                self.frame += 1;
                let round = SCHEDULE[usize::from(turns - 1)];
                let turn = (self.frame - 1) % u64::from(turns);
                let share = round[turn as usize];
                // The model runs on the foot's turn; the others take the moment the foot shows.
                let source = if share & FOOT != 0 { exact() } else { before.foot.clone() };
                let take = |group: u8, old: Moment| if share & group != 0 { source.clone() } else { old };
                let numbers_due = (self.frame - 1) % NUMBERS_EVERY == turn;
                let numbers = if share & NUMBERS != 0 && numbers_due { source.clone() } else { before.numbers };
                Shown {
                    foot: take(FOOT, before.foot),
                    foot_depth: take(FOOT_DEPTH, before.foot_depth),
                    hand: take(HAND, before.hand),
                    hand_depth: take(HAND_DEPTH, before.hand_depth),
                    backs: take(BACKS, before.backs),
                    close_ups: take(CLOSE_UPS, before.close_ups),
                    slider: take(SLIDER, before.slider),
                    numbers,
                    turns,
                }
            }
            _ => {
                self.frame = 0;
                let now = exact();
                Shown {
                    foot: now.clone(),
                    foot_depth: now.clone(),
                    hand: now.clone(),
                    hand_depth: now.clone(),
                    backs: now.clone(),
                    close_ups: now.clone(),
                    slider: now.clone(),
                    numbers: now,
                    turns,
                }
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

    /// Every group's moment but the numbers'.
    fn groups(s: &Shown) -> [&Moment; 7] {
        [&s.foot, &s.foot_depth, &s.hand, &s.hand_depth, &s.backs, &s.close_ups, &s.slider]
    }

    /// Plays `frames` frames at `turns`, returning the first and every one after.
    fn play(turns: u8, frames: usize) -> (Shown, Vec<Shown>) {
        let (model, settings) = setup();
        let mut stagger = Stagger::default();
        let start = stagger.next(&model, settings, 0.0, true, turns);
        (start, (1..=frames).map(|i| stagger.next(&model, settings, i as f64 * 0.01, true, turns)).collect())
    }

    /// Which of [`groups`] changed from `a` to `b`.
    fn moved(a: &Shown, b: &Shown) -> [bool; 7] {
        let (a, b) = (groups(a), groups(b));
        std::array::from_fn(|i| a[i] != b[i])
    }

    #[test]
    fn paused_every_group_shows_the_exact_moment() {
        let (model, settings) = setup();
        for turns in 1..=MAX_TURNS {
            let mut stagger = Stagger::default();
            let shown = stagger.next(&model, settings, 0.3, false, turns);
            assert!(groups(&shown).iter().all(|m| same(m, &shown.foot)) && same(&shown.numbers, &shown.foot));
            assert_eq!(*shown.hand.comparison, model.evaluate(&settings, 0.3));
        }
    }

    #[test]
    fn one_turn_every_picture_moves_every_frame() {
        let (_, frames) = play(1, 2);
        for moment in groups(&frames[1]) {
            assert_eq!(moment.phase, 0.02);
        }
        assert_eq!(frames[1].turns, 1);
    }

    #[test]
    fn every_group_moves_once_a_round_with_the_moment_the_model_gave_the_foot() {
        for turns in 1..=MAX_TURNS {
            let rounds = 3;
            let (start, frames) = play(turns, usize::from(turns) * rounds);
            let mut times = [0; 7];
            for (i, now) in frames.iter().enumerate() {
                let before = if i == 0 { &start } else { &frames[i - 1] };
                let moves = moved(before, now);
                assert_eq!(moves[0], i % usize::from(turns) == 0, "{turns} turns, frame {}: the foot leads", i + 1);
                if moves[0] {
                    assert_eq!(now.foot.phase, (i + 1) as f64 * 0.01, "the model runs for the frame's moment");
                }
                for (group, moment) in groups(now).iter().enumerate().filter(|(g, _)| moves[*g]) {
                    times[group] += 1;
                    assert!(same(moment, &now.foot), "{turns} turns: without running the model again");
                }
                assert_eq!(now.turns, turns);
            }
            assert_eq!(times, [rounds; 7], "{turns} turns");
        }
    }

    #[test]
    fn two_turns_the_halves_alternate() {
        let (start, frames) = play(2, 2);
        assert_eq!(moved(&start, &frames[0]), [true, true, false, false, true, true, false]);
        assert_eq!(moved(&frames[0], &frames[1]), [false, false, true, true, false, false, true]);
    }

    #[test]
    fn four_turns_each_side_view_has_a_frame_of_its_own() {
        let (start, frames) = play(MAX_TURNS, 8);
        for (i, now) in frames.iter().enumerate() {
            let before = if i == 0 { &start } else { &frames[i - 1] };
            let moves = moved(before, now);
            let others = moves.iter().enumerate().filter(|(g, m)| **m && ![0, 2, 6].contains(g)).count();
            assert!(!(moves[0] && moves[2]), "frame {}: both side views", i + 1);
            assert!(!((moves[0] || moves[2]) && others > 0), "frame {}: a side view shares its frame", i + 1);
        }
    }

    #[test]
    fn the_numbers_change_five_times_a_second_on_a_light_turn() {
        for turns in 1..=MAX_TURNS {
            let (start, frames) = play(turns, 24);
            let changes: Vec<usize> = (0..24)
                .filter(|&i| {
                    frames[i].numbers != if i == 0 { start.numbers.clone() } else { frames[i - 1].numbers.clone() }
                })
                .collect();
            assert_eq!(changes.len(), 2, "{turns} turns: {changes:?}");
            assert_eq!(changes[1] - changes[0], 12, "{turns} turns: every twelve frames");
            for &i in &changes {
                assert!(same(&frames[i].numbers, &frames[i].foot), "they show what the foot's side view shows");
                let before = if i == 0 { &start } else { &frames[i - 1] };
                let moves = moved(before, &frames[i]);
                if turns > 1 {
                    assert!(!moves[0], "{turns} turns: not on the model's turn");
                }
                if turns == MAX_TURNS {
                    assert!(!moves[0] && !moves[2], "nor on a side view's");
                }
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
        let _ = stagger.next(&model, settings, 0.10, true, MAX_TURNS);
        let _ = stagger.next(&model, settings, 0.11, true, MAX_TURNS);
        let heavier = Settings { mass_kg: settings.mass_kg + 10.0, ..settings };
        let shown = stagger.next(&model, heavier, 0.12, true, MAX_TURNS);
        assert!(groups(&shown).iter().all(|m| m.phase == 0.12 && same(m, &shown.foot)));
        let paused = stagger.next(&model, heavier, 0.12, false, MAX_TURNS);
        assert!(groups(&paused).iter().all(|m| same(m, &paused.foot)) && same(&paused.numbers, &paused.foot));
    }
}
