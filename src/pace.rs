//! How many frames the pictures take to all move once while the stroke plays, chosen from how
//! the device keeps up. A desktop or a recent iPad draws every picture every frame; a slower
//! tablet would then miss frames, and a stroke that stutters looks broken. So the app watches the
//! intervals between animation frames and, when too many come late, lets the pictures take turns
//! (src/hooks/shown.rs): two turns (each picture moves 30 times a second at 60 Hz), then three
//! (20 times a second), then four (15). It takes a turn back only after ten calm seconds, so
//! that a passing hiccup (another app, a garbage collection) does not slow a fast device for
//! good, while a device that is only just too slow does not change its pace every other second.

/// The most frames a round of turns may take: each picture still moves 15 times a second.
pub const MAX_TURNS: u8 = 4;

/// Frames in one judgement (half a second at 60 Hz: a slow device finds its pace within a second
/// of pressing play).
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
/// The display's frame when none shorter was seen yet: 60 Hz, the usual tablet and projector. A
/// faster display (120 Hz) shows its own shorter frames, which then set the measure.
const USUAL_FRAME_S: f64 = 1.0 / 60.0;
/// Intervals longer than this are not frames but a hidden tab, a pause or a debugger.
const NOT_A_FRAME_S: f64 = 0.25;

#[derive(Clone, Debug)]
pub struct Pace {
    turns: u8,
    display_frame_s: f64,
    seen: u32,
    late: u32,
    calm_seen: u32,
    calm_late: u32,
}

impl Default for Pace {
    fn default() -> Self {
        Pace { turns: 1, display_frame_s: USUAL_FRAME_S, seen: 0, late: 0, calm_seen: 0, calm_late: 0 }
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
        (self.seen, self.late) = (self.seen + 1, self.late + late);
        (self.calm_seen, self.calm_late) = (self.calm_seen + 1, self.calm_late + late);
        if self.seen == WINDOW {
            if self.late >= LATE_LIMIT && self.turns < MAX_TURNS {
                self.turns += 1;
                (self.calm_seen, self.calm_late) = (0, 0);
            }
            (self.seen, self.late) = (0, 0);
        }
        if self.calm_seen == CALM_WINDOW {
            if self.calm_late <= CALM_LATE && self.turns > 1 {
                self.turns -= 1;
            }
            (self.calm_seen, self.calm_late) = (0, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HZ60: f64 = 1.0 / 60.0;

    fn run(pace: &mut Pace, intervals: impl IntoIterator<Item = f64>) {
        for dt in intervals {
            pace.record(dt);
        }
    }

    /// `n` frames at 60 Hz, one in `every` of them taking two display frames.
    fn frames(n: usize, every: usize) -> impl Iterator<Item = f64> {
        (0..n).map(move |i| if i % every == every - 1 { 2.0 * HZ60 } else { HZ60 })
    }

    #[test]
    fn a_device_that_keeps_up_draws_every_picture_every_frame() {
        let mut pace = Pace::default();
        // A minute at 60 Hz with one frame in thirty late (1 in each window, under the 2).
        run(&mut pace, frames(3600, 30));
        assert_eq!(pace.turns(), 1);
    }

    #[test]
    fn a_slow_device_takes_turns_one_step_at_a_time_up_to_the_most() {
        let mut pace = Pace::default();
        run(&mut pace, frames(30, 15));
        assert_eq!(pace.turns(), 2, "half a second with 2 late frames");
        run(&mut pace, frames(30, 15));
        assert_eq!(pace.turns(), 3);
        run(&mut pace, frames(30, 15));
        assert_eq!(pace.turns(), 4);
        run(&mut pace, frames(600, 10));
        assert_eq!(pace.turns(), MAX_TURNS, "never more, and no turn back while frames are late");
    }

    #[test]
    fn every_frame_slow_is_late_against_a_60_hz_display() {
        // A device that never once made a 60 Hz frame: its own steady 30 Hz is not the measure.
        let mut pace = Pace::default();
        run(&mut pace, std::iter::repeat_n(2.0 * HZ60, 30));
        assert_eq!(pace.turns(), 2);
    }

    #[test]
    fn a_120_hz_display_is_judged_by_its_own_frames() {
        let mut pace = Pace::default();
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
        let mut pace = Pace::default();
        run(&mut pace, std::iter::repeat_n(2.0 * HZ60, 30));
        assert_eq!(pace.turns(), 2);
        run(&mut pace, std::iter::repeat_n(HZ60, 599));
        assert_eq!(pace.turns(), 2, "not before ten seconds");
        run(&mut pace, [HZ60]);
        assert_eq!(pace.turns(), 1);
    }

    #[test]
    fn a_device_only_just_too_slow_keeps_its_pace() {
        let mut pace = Pace::default();
        run(&mut pace, frames(90, 10));
        assert_eq!(pace.turns(), MAX_TURNS);
        // Taking turns, it still misses a frame every five seconds: not calm enough to go back.
        run(&mut pace, frames(3600, 300));
        assert_eq!(pace.turns(), MAX_TURNS);
    }
}
