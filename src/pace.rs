//! How many frames the pictures take to all move once while the stroke plays, chosen from how
//! the device keeps up. A desktop or a recent iPad draws every picture every frame. A slower
//! tablet would then miss frames, so the app watches the intervals between animation frames and,
//! when too many come late, lets the pictures take turns (src/hooks/shown.rs): two turns (each
//! picture moves 30 times a second at 60 Hz), then three (20 times), then four (15).
//!
//! Turns buy frames on time only where the pictures are what makes a frame late. On a device where
//! any frame that changes the page costs more than the display's frame (the browser's own style,
//! layout, paint and compositing of the document, paid once a frame however little moved), frames
//! stay late however many turns the pictures take, and each turn only makes every picture move
//! less often: at 4× CPU throttle on the bench's machine, 25 to 30 times a second in one turn, 10
//! in four. So the pace climbs a turn at a time while frames are late, and stops at the first number
//! of turns that keeps them on time. When even the most turns leave them late, it settles on the
//! turns whose round was shortest (turns × their mean frame; on such a device, one), and tries
//! again only after a wait that doubles each time (30 s, then 60 s, up to 8 minutes).
//!
//! It takes a turn back only after ten calm seconds, so that a passing hiccup (another app, a
//! garbage collection) does not slow a fast device for good, while a device that is only just too
//! slow does not change its pace every other second.

/// The most frames a round of turns may take: each picture still moves 15 times a second.
pub const MAX_TURNS: u8 = 4;

/// Frames in one judgement (half a second at 60 Hz: after a first window, which is not judged, a
/// slow device finds its pace within a second or two of pressing play).
const WINDOW: u32 = 30;
/// Late frames in a window that make the pictures take one more turn: two (7 %), as playback is
/// meant to miss fewer than one frame in twenty. A device missing one in thirty at random gets
/// there within two seconds or so (a window holds two or more late frames one time in four); a
/// fast device missing one in three hundred, about once in two minutes of playback, and takes
/// the turn back ten calm seconds later.
const LATE_LIMIT: u32 = 2;
/// Frames (ten seconds at 60 Hz) with at most `CALM_LATE` late ones that take a turn back.
const CALM_WINDOW: u32 = 600;
const CALM_LATE: u32 = 1;
/// A frame is late when it took this much longer than the display's frame.
const LATE_FACTOR: f64 = 1.5;
/// Seconds of playback to wait before trying turns again after they did not help, doubled after
/// each try that did not help, up to `MAX_WAIT_S`.
const FIRST_WAIT_S: f64 = 30.0;
const MAX_WAIT_S: f64 = 16.0 * FIRST_WAIT_S;
/// The display's frame when none shorter was seen yet: 60 Hz, the usual tablet and projector. A
/// faster display (120 Hz) shows its own shorter frames, which then set the measure.
const USUAL_FRAME_S: f64 = 1.0 / 60.0;
/// Intervals longer than this are not frames but a hidden tab, a pause or a debugger.
const NOT_A_FRAME_S: f64 = 0.25;

#[derive(Clone, Debug)]
pub struct Pace {
    turns: u8,
    display_frame_s: f64,
    /// This window's frames, late frames and their summed intervals.
    seen: u32,
    late: u32,
    sum_s: f64,
    /// Whether the first window was seen: the frames just after the start (the pictures' words
    /// measured, the wasm's code still being optimised) are not the device's pace.
    warm: bool,
    calm_seen: u32,
    calm_late: u32,
    /// The mean frame, s, of the latest late window at each number of turns (index turns − 1),
    /// none where the latest window was on time. Kept across climbs: a device on time at three
    /// turns one window in four still settles on one turn if one turn's round is shortest.
    late_mean_s: [Option<f64>; MAX_TURNS as usize],
    /// Seconds of playback left before turns are tried again, and the wait after the next climb
    /// that fails.
    wait_s: f64,
    next_wait_s: f64,
}

impl Default for Pace {
    fn default() -> Self {
        Pace {
            turns: 1,
            display_frame_s: USUAL_FRAME_S,
            seen: 0,
            late: 0,
            sum_s: 0.0,
            warm: false,
            calm_seen: 0,
            calm_late: 0,
            late_mean_s: [None; MAX_TURNS as usize],
            wait_s: 0.0,
            next_wait_s: FIRST_WAIT_S,
        }
    }
}

impl Pace {
    /// Frames the pictures take to all move once (1 to [`MAX_TURNS`]).
    pub fn turns(&self) -> u8 {
        self.turns
    }

    /// Counts one interval between animation frames, in seconds.
    pub fn record(&mut self, dt_s: f64) {
        if !(dt_s > 0.0 && dt_s < NOT_A_FRAME_S) {
            return;
        }
        self.display_frame_s = self.display_frame_s.min(dt_s);
        let late = u32::from(dt_s > self.display_frame_s * LATE_FACTOR);
        (self.seen, self.late, self.sum_s) = (self.seen + 1, self.late + late, self.sum_s + dt_s);
        (self.calm_seen, self.calm_late) = (self.calm_seen + 1, self.calm_late + late);
        self.wait_s = (self.wait_s - dt_s).max(0.0);
        if self.seen == WINDOW {
            if !self.warm {
                self.warm = true;
            } else if self.late >= LATE_LIMIT {
                self.judge_late(self.sum_s / f64::from(self.seen));
            } else {
                // On time at these turns: not a late pace to settle on, and the waits start afresh.
                self.late_mean_s[usize::from(self.turns - 1)] = None;
                self.next_wait_s = FIRST_WAIT_S;
            }
            (self.seen, self.late, self.sum_s) = (0, 0, 0.0);
        }
        if self.calm_seen == CALM_WINDOW {
            if self.calm_late <= CALM_LATE && self.turns > 1 {
                self.set_turns(self.turns - 1);
            }
            (self.calm_seen, self.calm_late) = (0, 0);
        }
    }

    /// A window with too many late frames, at `mean_s` a frame: one turn more, or, at the most
    /// turns, the late pace whose round was shortest.
    fn judge_late(&mut self, mean_s: f64) {
        if self.wait_s > 0.0 {
            return;
        }
        self.late_mean_s[usize::from(self.turns - 1)] = Some(mean_s);
        if self.turns < MAX_TURNS {
            self.set_turns(self.turns + 1);
            return;
        }
        let round = |(i, mean): (usize, &Option<f64>)| mean.map(|m| (m * (i + 1) as f64, i));
        let best = self.late_mean_s.iter().enumerate().filter_map(round).min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, i)) = best {
            self.set_turns(i as u8 + 1);
        }
        self.wait_s = self.next_wait_s;
        self.next_wait_s = (self.next_wait_s * 2.0).min(MAX_WAIT_S);
    }

    fn set_turns(&mut self, turns: u8) {
        self.turns = turns;
        (self.calm_seen, self.calm_late) = (0, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HZ60: f64 = 1.0 / 60.0;

    /// A pace past its first window (on time), which is not judged.
    fn warmed() -> Pace {
        let mut pace = Pace::default();
        run(&mut pace, std::iter::repeat_n(HZ60, WINDOW as usize));
        pace
    }

    fn run(pace: &mut Pace, intervals: impl IntoIterator<Item = f64>) {
        for dt in intervals {
            pace.record(dt);
        }
    }

    /// `n` frames at 60 Hz, one in `every` of them taking two display frames.
    fn frames(n: usize, every: usize) -> impl Iterator<Item = f64> {
        (0..n).map(move |i| if i % every == every - 1 { 2.0 * HZ60 } else { HZ60 })
    }

    /// A 60 Hz device whose frame costs `fixed_ms` of work however little moved, plus
    /// `pictures_ms` shared out over the turns; a frame lasts the display frames its work needs.
    fn device(fixed_ms: f64, pictures_ms: f64) -> impl Fn(u8) -> f64 {
        move |turns| {
            let work_s = (fixed_ms + pictures_ms / f64::from(turns)) / 1000.0;
            (work_s / HZ60 - 1e-9).ceil().max(1.0) * HZ60
        }
    }

    /// Plays `seconds` on `device`, the pace choosing the turns; returns the turns of each frame.
    fn play(pace: &mut Pace, device: &impl Fn(u8) -> f64, seconds: f64) -> Vec<u8> {
        let (mut t, mut turns) = (0.0, Vec::new());
        while t < seconds {
            let dt = device(pace.turns());
            turns.push(pace.turns());
            pace.record(dt);
            t += dt;
        }
        turns
    }

    #[test]
    fn a_device_that_keeps_up_draws_every_picture_every_frame() {
        let mut pace = Pace::default();
        // A minute at 60 Hz with one frame in thirty late (1 in each window, under the 2).
        run(&mut pace, frames(3600, 30));
        assert_eq!(pace.turns(), 1);
        let mut pace = Pace::default();
        assert!(play(&mut pace, &device(4.0, 10.0), 60.0).iter().all(|&t| t == 1));
    }

    #[test]
    fn a_device_too_slow_for_every_picture_at_once_takes_the_turns_that_keep_frames_on_time() {
        for (pictures_ms, turns) in [(20.0, 2), (36.0, 3), (50.0, 4)] {
            let mut pace = Pace::default();
            let seen = play(&mut pace, &device(2.0, pictures_ms), 60.0);
            assert_eq!(seen.iter().max(), Some(&turns), "{pictures_ms} ms of pictures");
            // One step at a time, a window at each, never further, and back a step only to
            // check after ten calm seconds.
            assert!(seen.windows(2).all(|w| w[1].abs_diff(w[0]) <= 1), "{pictures_ms} ms");
            let settled = seen.iter().position(|&t| t == turns).unwrap();
            assert!(seen[settled..].iter().all(|&t| t == turns || t == turns - 1), "{pictures_ms} ms");
            let kept = seen[settled..].iter().filter(|&&t| t == turns).count() as f64 / (seen.len() - settled) as f64;
            assert!(kept > 0.9, "{pictures_ms} ms: {turns} turns in {:.0} % of frames", 100.0 * kept);
            // The first window, not judged, then a window at each pace on the way.
            let dev = device(2.0, pictures_ms);
            let seconds: f64 = seen[..settled].iter().map(|&t| dev(t)).sum();
            let windows: f64 = (0..turns).map(|t| f64::from(WINDOW) * dev(t.max(1))).sum();
            assert!(seconds <= windows + 1e-9, "{pictures_ms} ms: settled after {seconds} s");
        }
    }

    #[test]
    fn where_turns_cannot_keep_frames_on_time_every_picture_moves_every_frame() {
        // Any frame that changes the page costs more than a display frame (the bench's machine at
        // 4x): turns would only make each picture move less often.
        let slow = device(22.0, 17.0);
        let mut pace = Pace::default();
        let seen = play(&mut pace, &slow, 8.0);
        assert_eq!(pace.turns(), 1);
        assert!(seen.contains(&MAX_TURNS), "it tried every number of turns first");
        // It waits 30 s before trying again, then 60 s.
        let settled = seen.len() - seen.iter().rev().position(|&t| t > 1).unwrap();
        let since: f64 = seen[settled..].iter().map(|&t| slow(t)).sum();
        let until_next = play(&mut pace, &slow, 60.0);
        let next_try = until_next.iter().position(|&t| t > 1).unwrap();
        let waited: f64 = since + until_next[..next_try].iter().map(|&t| slow(t)).sum::<f64>();
        assert!((29.0..32.0).contains(&waited), "tried again after {waited} s");
        let after = play(&mut pace, &slow, 120.0);
        let tries = after.windows(2).filter(|w| w[0] == 1 && w[1] == 2).count();
        assert_eq!(tries, 1, "once in the next two minutes: the wait doubled");
        assert_eq!(pace.turns(), 1);
        let ones = after.iter().filter(|&&t| t == 1).count() as f64 / after.len() as f64;
        assert!(ones > 0.95, "every picture moves in {:.0} % of frames", 100.0 * ones);
    }

    #[test]
    fn the_long_frames_of_the_start_do_not_count_against_one_turn() {
        let slow = device(22.0, 17.0);
        let mut pace = Pace::default();
        // Ten frames of 150 ms as the page starts, then the device's own. Judged, they would make
        // one turn's round (83 ms) look longer than two turns' (67 ms).
        run(&mut pace, std::iter::repeat_n(0.15, 10).chain(std::iter::repeat_n(slow(1), 20)));
        assert_eq!(pace.turns(), 1, "the first window is not judged");
        let seen = play(&mut pace, &slow, 8.0);
        assert!(seen.contains(&MAX_TURNS));
        assert_eq!(pace.turns(), 1);
    }

    #[test]
    fn a_pace_on_time_only_now_and_then_does_not_hide_a_shorter_round() {
        // Three turns are on time for their first window, late after (the bench's machine on a
        // fast stretch): every picture still moves more often in one turn, however late.
        let mut at_three = 0;
        let mut dev = |turns: u8| {
            at_three += u32::from(turns == 3);
            if turns == 3 && at_three <= WINDOW {
                HZ60
            } else {
                [0.033, 0.03, 0.028, 0.027][usize::from(turns - 1)]
            }
        };
        let mut pace = Pace::default();
        let mut seen = Vec::new();
        for _ in 0..400 {
            let t = pace.turns();
            seen.push(t);
            pace.record(dev(t));
        }
        assert!(seen.contains(&MAX_TURNS));
        assert_eq!(pace.turns(), 1);
    }

    #[test]
    fn where_every_pace_is_late_it_keeps_the_turns_with_the_shortest_round() {
        // A device on which two turns halve the frame (a round of 80 ms against 100) but nothing
        // brings it to the display's frame.
        let frame_ms = [100.0, 40.0, 38.0, 37.0];
        let dev = |turns: u8| frame_ms[usize::from(turns - 1)] / 1000.0;
        let mut pace = Pace::default();
        play(&mut pace, &dev, 10.0);
        assert_eq!(pace.turns(), 2);
    }

    #[test]
    fn every_frame_slow_is_late_against_a_60_hz_display() {
        // A device that never once made a 60 Hz frame: its own steady 30 Hz is not the measure.
        let mut pace = warmed();
        pace.display_frame_s = USUAL_FRAME_S;
        run(&mut pace, std::iter::repeat_n(2.0 * HZ60, 30));
        assert_eq!(pace.turns(), 2);
    }

    #[test]
    fn a_120_hz_display_is_judged_by_its_own_frames() {
        let mut pace = warmed();
        run(&mut pace, std::iter::repeat_n(HZ60 / 2.0, 120));
        assert_eq!(pace.turns(), 1);
        // Now every other frame takes a 60 Hz frame's time: late on this display.
        run(&mut pace, (0..30).map(|i| if i % 2 == 0 { HZ60 } else { HZ60 / 2.0 }));
        assert_eq!(pace.turns(), 2);
    }

    #[test]
    fn pauses_and_hidden_tabs_are_not_frames() {
        let mut pace = Pace::default();
        run(&mut pace, std::iter::repeat_n(2.0, 100).chain([0.0, -1.0, f64::NAN, f64::INFINITY]));
        assert_eq!(pace.turns(), 1);
        assert_eq!((pace.seen, pace.calm_seen), (0, 0));
    }

    #[test]
    fn a_passing_hiccup_is_taken_back_after_ten_calm_seconds_but_not_before() {
        let mut pace = warmed();
        run(&mut pace, std::iter::repeat_n(2.0 * HZ60, 30));
        assert_eq!(pace.turns(), 2);
        run(&mut pace, std::iter::repeat_n(HZ60, 599));
        assert_eq!(pace.turns(), 2, "not before ten seconds");
        run(&mut pace, [HZ60]);
        assert_eq!(pace.turns(), 1);
    }

    #[test]
    fn a_device_only_just_too_slow_keeps_its_pace() {
        // On time in four turns but for a frame late every five seconds: not calm enough to go back.
        let mut pace = Pace::default();
        let mut frame = 0;
        let dev = device(2.0, 50.0);
        let mut next = |turns: u8| {
            frame += 1;
            if frame % 300 == 0 {
                2.0 * HZ60
            } else {
                dev(turns)
            }
        };
        let mut seen = Vec::new();
        for _ in 0..4000 {
            let t = pace.turns();
            seen.push(t);
            pace.record(next(t));
        }
        assert_eq!(pace.turns(), MAX_TURNS);
        let settled = seen.iter().position(|&t| t == MAX_TURNS).unwrap();
        assert!(seen[settled..].iter().all(|&t| t == MAX_TURNS));
    }
}
