//! One state, one reducer: every setting and the clock of the animation. The URL asked for a
//! [`Config`]; Reset All returns to it.
//!
//! Long because the reducer's tests live with it (the code itself is about 320 lines): every
//! action's effect is checked next to the match arm that performs it.

use crate::format::Units;
use crate::i18n::Locale;
use crate::setup::config::{Config, Environment, Place, ViewMode, SPEEDS};
use crate::setup::params::{self, DEPTH, FOOT_LENGTH, LEAN, LOAD, MASS};
use crate::setup::scenes::Scene;
use ashiatsu_model::stroke::wrap_phase;
use ashiatsu_model::{Client, CompareMode, FootRegion, HandTool, Model, Settings, StrokeKind};
use std::rc::Rc;
use yew::Reducible;

/// Longest time step the animation takes, s: a slow frame or a tab coming back from the
/// background must not jump the stroke.
pub const MAX_FRAME_DT_S: f64 = 0.1;
/// How far one step moves the stroke (a 48th of the cycle).
pub const STEP_PHASE: f64 = 1.0 / 48.0;

/// The whole app state.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub model: SharedModel,
    pub settings: Settings,
    pub units: Units,
    pub locale: Locale,
    /// Where and how the app is shown.
    pub place: Place,
    pub phase: f64,
    pub playing: bool,
    pub speed: f64,
    /// Current lesson scene, 1-based, in presenter mode.
    pub scene: Option<usize>,
    pub scenes: Rc<Vec<Scene>>,
    /// The starting state, for Reset All.
    pub initial: Rc<(Config, Environment)>,
}

/// The settings of a lesson scene on top of what the URL chose for the place (view, language,
/// units, colours, booking link).
pub fn config_with_scene(base: &Config, scenes: &[Scene], number: usize) -> Config {
    match scenes.get(number.wrapping_sub(1)) {
        Some(scene) => Config {
            units: base.units,
            locale: base.locale,
            place: base.place.clone(),
            scene: Some(number),
            ..scene.config.clone()
        },
        None => base.clone(),
    }
}

/// The model, shared; compared by identity since it never changes while the app runs.
#[derive(Clone, Debug)]
pub struct SharedModel(pub Rc<Model>);

impl PartialEq for SharedModel {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedModel {
    type Target = Model;
    fn deref(&self) -> &Model {
        &self.0
    }
}

impl AppState {
    pub fn new(model: SharedModel, scenes: Rc<Vec<Scene>>, initial: Config, env: Environment) -> Self {
        // A deep link to a scene opens it in presenter mode with its settings.
        let config = match initial.scene {
            Some(n) => {
                let mut config = config_with_scene(&initial, &scenes, n);
                config.place.view = ViewMode::Present;
                config
            }
            None => initial.clone(),
        };
        Self {
            settings: params::resolve(&config, &model.strokes),
            // A language chosen in the link brings its usual units (US customary only with English,
            // and then only where the browser says the United States).
            units: config.units.unwrap_or(match config.locale {
                Some(l) if l != Locale::En => Units::Metric,
                _ => env.units,
            }),
            locale: config.locale.unwrap_or(env.locale),
            place: config.place.clone(),
            phase: config.phase,
            playing: config.play.unwrap_or(!env.reduced_motion),
            speed: config.speed,
            scene: config
                .scene
                .or((config.place.view == ViewMode::Present).then_some(1).filter(|_| !scenes.is_empty())),
            initial: Rc::new((initial, env)),
            scenes,
            model,
        }
    }

    /// A new state from a config, with this state's model, scenes and starting point.
    fn fresh(&self, config: Config) -> AppState {
        let mut next = AppState::new(self.model.clone(), self.scenes.clone(), config, self.initial.1.clone());
        next.initial = self.initial.clone();
        next
    }

    /// This state moved to lesson scene `number`: its settings, clock and speed; the place
    /// (view, language, units, colours) stays.
    fn at_scene(&self, number: usize) -> AppState {
        let base = self.to_config();
        let mut next = self.fresh(config_with_scene(&base, &self.scenes, number));
        next.place.view = self.place.view;
        next.locale = self.locale;
        next.units = self.units;
        next
    }

    /// A story preset's settings and moment over this state; the place stays. A preset that says
    /// to hold still (a moment to look at) pauses there.
    fn apply_preset(&mut self, mut config: Config) {
        config.scene = None;
        config.place.view = self.place.view;
        if let Some(play) = config.play {
            self.playing = play;
        }
        let next = self.fresh(config);
        self.settings = next.settings;
        self.phase = next.phase;
    }

    /// Duration of one cycle of the current stroke at normal speed, s.
    pub fn cycle_s(&self) -> f64 {
        self.model.strokes.get(self.settings.stroke).cycle_s
    }

    /// The state as a URL config, for "copy link": restores this exact picture.
    pub fn to_config(&self) -> Config {
        let (initial, env) = &*self.initial;
        Config {
            settings: self.settings,
            chosen: params::chosen_in(&self.settings, &self.model.strokes),
            phase: if self.playing { 0.0 } else { (self.phase * 1e4).round() / 1e4 },
            play: if self.playing != env.reduced_motion { None } else { Some(self.playing) },
            speed: self.speed,
            units: (self.units != env.units).then_some(self.units).or(initial.units),
            locale: (self.locale != env.locale).then_some(self.locale).or(initial.locale.filter(|l| *l == self.locale)),
            place: self.place.clone(),
            scene: self.scene,
        }
    }
}

/// Which way to move: through the stroke, or through the lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Back,
    Forward,
}

impl Direction {
    /// −1 or +1.
    pub fn sign(self) -> i32 {
        match self {
            Direction::Back => -1,
            Direction::Forward => 1,
        }
    }
}

/// Everything that can change the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetStroke(StrokeKind),
    SetFoot(FootRegion),
    SetHand(HandTool),
    /// Kilograms.
    SetMass(f64),
    /// 0..1
    SetLoad(f64),
    /// Radians.
    SetLean(f64),
    SetCompare(CompareMode),
    SetClient(Client),
    /// Both feet and both hands, one each side of the spine.
    SetPair(bool),
    /// Foot length in metres; `None` returns to the usual one for the body mass.
    SetFootLength(Option<f64>),
    /// Depth of the depth-stress readout, metres.
    SetDepth(f64),
    SetUnits(Units),
    SetLocale(Locale),
    TogglePlay,
    SetPlaying(bool),
    /// Advance the clock by real seconds (capped).
    Tick(f64),
    /// Move the stroke by one step and pause.
    Step(Direction),
    SetPhase(f64),
    SetSpeed(f64),
    /// Open lesson scene N (1-based) with its settings.
    GoToScene(usize),
    /// The previous or next lesson scene in presenter mode.
    SceneBy(Direction),
    /// Apply several settings at once (a story preset or a lesson scene).
    Preset(Box<Config>),
    ResetAll,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetStroke(stroke) => {
                let d = Settings::for_stroke(&s.model.strokes, stroke);
                s.settings =
                    Settings { stroke, foot: d.foot, hand: d.hand, pair: d.pair, lean_rad: d.lean_rad, ..s.settings };
                s.phase = 0.0;
            }
            Action::SetFoot(f) => s.settings.foot = f,
            Action::SetHand(h) => s.settings.hand = h,
            Action::SetMass(m) => s.settings.mass_kg = MASS.clamp_si(m),
            Action::SetLoad(l) => s.settings.load_fraction = LOAD.clamp_si(l),
            Action::SetLean(rad) => s.settings.lean_rad = LEAN.clamp_si(rad),
            Action::SetCompare(c) => s.settings.compare = c,
            Action::SetClient(c) => s.settings.client = c,
            Action::SetPair(p) => s.settings.pair = p,
            Action::SetFootLength(m) => {
                s.settings.foot_length_m = m.filter(|v| v.is_finite()).map(|v| FOOT_LENGTH.clamp_si(v))
            }
            Action::SetDepth(m) => s.settings.depth_m = DEPTH.clamp_si(m),
            Action::SetUnits(u) => s.units = u,
            Action::SetLocale(l) => s.locale = l,
            Action::TogglePlay => s.playing = !s.playing,
            Action::SetPlaying(p) => s.playing = p,
            Action::Tick(dt) => {
                if !s.playing {
                    return self;
                }
                let dt = if dt.is_finite() { dt.clamp(0.0, MAX_FRAME_DT_S) } else { 0.0 };
                s.phase = wrap_phase(s.phase + dt * s.speed / s.cycle_s());
            }
            Action::Step(direction) => {
                s.playing = false;
                let steps = (s.phase / STEP_PHASE).round() + direction.sign() as f64;
                s.phase = wrap_phase(steps * STEP_PHASE);
            }
            Action::SetPhase(p) => s.phase = wrap_phase(p),
            Action::SetSpeed(v) => {
                if let Some(speed) = SPEEDS.iter().copied().find(|x| *x == v) {
                    s.speed = speed;
                }
            }
            Action::GoToScene(number) => return Rc::new(s.at_scene(number)),
            Action::SceneBy(direction) => {
                let count = s.scenes.len() as i64;
                let current = s.scene.unwrap_or(1) as i64;
                let next = (current + direction.sign() as i64).clamp(1, count.max(1)) as usize;
                if next == current as usize && s.scene.is_some() {
                    return self;
                }
                return Rc::new(s.at_scene(next));
            }
            Action::Preset(config) => s.apply_preset(*config),
            Action::ResetAll => {
                let (config, _) = (*s.initial).clone();
                return Rc::new(s.fresh(config));
            }
        }
        if s == *self {
            self
        } else {
            Rc::new(s)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(query: &str) -> Rc<AppState> {
        let (config, _) = crate::setup::url::parse(query, "");
        Rc::new(AppState::new(
            SharedModel(Rc::new(Model::default())),
            Rc::new(crate::setup::scenes::built_in()),
            config,
            Environment::default(),
        ))
    }

    #[test]
    fn a_preset_that_holds_still_pauses_at_its_moment() {
        let s = state("play=1");
        assert!(s.playing);
        let (config, _) =
            crate::setup::url::parse("stroke=compression&foot=heel&hand=thumb&compare=comfort&phase=0.5&play=0", "");
        let next = s.reduce(Action::Preset(Box::new(config)));
        assert!(!next.playing, "held still");
        assert!((next.phase - 0.5).abs() < 1e-12);
        assert_eq!(next.settings.compare, CompareMode::Comfort);
    }

    #[test]
    fn stroke_defaults_fill_what_the_url_left_open() {
        let s = state("stroke=compression&hand=thumb");
        assert_eq!(s.settings.foot, FootRegion::Heel);
        assert_eq!(s.settings.hand, HandTool::Thumb);
    }

    #[test]
    fn ticks_advance_the_phase_with_a_capped_step() {
        let s = state("stroke=compression&speed=2");
        let cycle = s.cycle_s();
        let after = s.clone().reduce(Action::Tick(0.05));
        assert!((after.phase - 0.05 * 2.0 / cycle).abs() < 1e-12);
        let jumped = s.reduce(Action::Tick(30.0));
        assert!((jumped.phase - MAX_FRAME_DT_S * 2.0 / cycle).abs() < 1e-12, "a hidden tab must not jump the stroke");
    }

    #[test]
    fn paused_clock_stands_still() {
        let s = state("play=0&phase=0.25");
        let after = s.clone().reduce(Action::Tick(0.05));
        assert!(Rc::ptr_eq(&s, &after));
    }

    #[test]
    fn step_pauses_and_moves_one_step() {
        let s = state("phase=0.5");
        let next = s.reduce(Action::Step(Direction::Forward));
        assert!(!next.playing);
        assert!((next.phase - (0.5 + STEP_PHASE)).abs() < 1e-12);
        let back = next.reduce(Action::Step(Direction::Back)).reduce(Action::Step(Direction::Back));
        assert!((back.phase - (0.5 - STEP_PHASE)).abs() < 1e-12);
    }

    #[test]
    fn reset_all_returns_to_what_the_url_asked_for() {
        let s = state("stroke=petrissage&mass=90&play=0");
        let changed = s
            .clone()
            .reduce(Action::SetMass(120.0))
            .reduce(Action::SetStroke(StrokeKind::Compression))
            .reduce(Action::TogglePlay);
        let reset = changed.reduce(Action::ResetAll);
        assert_eq!(reset.settings, s.settings);
        assert_eq!(reset.playing, s.playing);
    }

    #[test]
    fn a_scene_deep_link_opens_presenter_mode_with_the_scene_settings() {
        let (config, _) = crate::setup::url::parse("units=metric", "#scene-4");
        let s = AppState::new(
            SharedModel(Rc::new(Model::default())),
            Rc::new(crate::setup::scenes::built_in()),
            config,
            Environment::default(),
        );
        assert_eq!(s.place.view, ViewMode::Present);
        assert_eq!(s.scene, Some(4));
        assert_eq!(s.settings.hand, HandTool::Thumb, "scene 4 compares the heel with a thumb");
        assert_eq!(s.units, Units::Metric, "the place's choices stay");
    }

    #[test]
    fn scenes_step_forwards_and_back_within_bounds() {
        let s = state("view=present");
        assert_eq!(s.scene, Some(1));
        let back = s.clone().reduce(Action::SceneBy(Direction::Back));
        assert!(Rc::ptr_eq(&s, &back), "no scene before the first");
        let next = s.reduce(Action::SceneBy(Direction::Forward));
        assert_eq!(next.scene, Some(2));
        assert_eq!(next.settings.stroke, StrokeKind::Compression);
        let count = next.scenes.len();
        let last = next.reduce(Action::GoToScene(count)).reduce(Action::SceneBy(Direction::Forward));
        assert_eq!(last.scene, Some(count));
    }

    #[test]
    fn a_language_in_the_link_brings_its_units() {
        let env = Environment { units: Units::Imperial, ..Environment::default() };
        let make = |q: &str| {
            let (config, _) = crate::setup::url::parse(q, "");
            AppState::new(
                SharedModel(Rc::new(Model::default())),
                Rc::new(crate::setup::scenes::built_in()),
                config,
                env.clone(),
            )
        };
        assert_eq!(make("locale=ja").units, Units::Metric);
        assert_eq!(make("locale=en").units, Units::Imperial);
        assert_eq!(make("locale=es&units=imperial").units, Units::Imperial);
    }

    #[test]
    fn bad_numbers_from_controls_are_clamped() {
        let s = state("");
        assert_eq!(s.clone().reduce(Action::SetMass(f64::NAN)).settings.mass_kg, 40.0);
        assert_eq!(s.clone().reduce(Action::SetLoad(7.0)).settings.load_fraction, 1.0);
        assert_eq!(s.reduce(Action::SetSpeed(3.0)).speed, 1.0);
    }

    #[test]
    fn the_link_restores_the_state() {
        let s = state("units=metric")
            .reduce(Action::SetHand(HandTool::Elbow))
            .reduce(Action::SetPlaying(false))
            .reduce(Action::SetPhase(0.3125))
            .reduce(Action::SetLoad(0.55))
            .reduce(Action::SetClient(Client::Sensitive))
            .reduce(Action::SetPair(false))
            .reduce(Action::SetFootLength(Some(0.275)))
            .reduce(Action::SetDepth(0.065));
        let link = crate::setup::url::write(&s.to_config());
        let again = state(link.trim_start_matches('?'));
        assert_eq!(again.settings, s.settings);
        assert_eq!((again.phase, again.playing, again.units), (s.phase, s.playing, s.units));
    }
}
