//! The three places the explainer lives, each a layout of the same parts: the full page, the
//! compact view for a therapist's website, and presenter mode for a class. Each opens on a first
//! screen that makes the point: the pictures of both sides, the headline, play and the stroke
//! (contract §10); details follow below or on demand.

use super::back_view::BackView;
use super::cautions::Cautions;
use super::command_bar::{CommandBar, ShowMe};
use super::contact_view::ContactView;
use super::description::Description;
use super::headline::Headline;
use super::legend::Legend;
use super::moment::moment_words;
use super::present::ScenePanel;
use super::profile_view::ProfileView;
use super::readouts::ReadoutsPanel;
use super::scrub::ScrubArea;
use super::side_views::SideViews;
use super::story::Story;
use super::time_controls::TimeControls;
use crate::embed::dialog::EmbedDialog;
use crate::format::Units;
use crate::hooks::shown::Shown;
use crate::hooks::translations::use_tr;
use crate::hooks::viewport::use_viewport;
use crate::i18n::Locale;
use crate::setup::config::ViewMode;
use crate::setup::scenes::ScenePictures;
use crate::state::{AppState, SharedModel};
use crate::view::controls::SettingsControls;
use ashiatsu_model::{Caution, CycleEffort, Settings, Summary};
use std::rc::Rc;
use yew::prelude::*;

/// Size of the words inside pictures, CSS px, on a page and in a frame.
pub const LABEL_PX: f64 = 13.0;
/// For a class: at least this on a 720-pixel-high screen, and in proportion above it.
pub const PRESENT_LABEL_PX: f64 = 20.0;
const PRESENT_REFERENCE_HEIGHT_PX: f64 = 720.0;
/// The narrowest screen presenter mode sizes for a room, CSS px (56rem, where its layout is the
/// projector's).
const PRESENT_MIN_WIDTH_PX: f64 = 896.0;

/// The lesson scene presenter mode shows, as its panel and pictures need it.
#[derive(Clone, PartialEq)]
pub struct Lesson {
    /// 1-based, of `count`.
    pub number: usize,
    pub count: usize,
    pub id: AttrValue,
    pub pictures: ScenePictures,
    /// The readout the scene is about, if any (its row stays in the compact table, marked).
    pub focus: Option<&'static str>,
}

/// The clock of the animation, as the time controls show it.
#[derive(Clone, Copy, PartialEq)]
pub struct Clock {
    pub phase: f64,
    pub playing: bool,
    pub speed: f64,
}

/// What every layout is made from: the values it shows and one dispatcher for what its controls
/// change; no layout reads the reducer's state.
#[derive(Properties, PartialEq, Clone)]
pub struct PlaceProps {
    pub settings: Settings,
    pub units: Units,
    pub locale: Locale,
    pub view: ViewMode,
    pub clock: Clock,
    /// For the words that describe the settings and name the stroke's moments.
    pub model: SharedModel,
    /// The lesson scene, in presenter mode.
    pub lesson: Option<Lesson>,
    pub dispatch: UseReducerDispatcher<AppState>,
    /// What each group of pictures shows at this frame (src/hooks/shown.rs).
    pub shown: Shown,
    pub effort: Rc<CycleEffort>,
    /// The comparison at the stroke's fullest moment, with its ranges: the headline's.
    pub summary: Rc<Summary>,
    /// What is unsafe about the settings, whatever the comfort verdict.
    pub cautions: Rc<Vec<Caution>>,
    pub on_copy_link: Callback<()>,
    pub copy_status: Option<AttrValue>,
    /// The address of this picture in the compact view (the Embed dialog) or in the full view
    /// (the embed's link out).
    pub other_view: AttrValue,
}

/// Which of the pictures a layout shows.
#[derive(Clone, Copy, PartialEq)]
struct Parts {
    side: bool,
    depth: bool,
}

/// The side views with their cross-sections; dragging across them scrubs the stroke.
#[derive(Properties, PartialEq)]
struct StageProps {
    place: PlaceProps,
    label_px: f64,
    parts: Parts,
}

#[component]
fn Stage(props: &StageProps) -> Html {
    let tr = use_tr();
    let p = &props.place;
    let (units, label_px) = (p.units, props.label_px);
    // Groups of pictures that may take turns while the stroke plays (src/hooks/shown.rs).
    let shown = &p.shown;
    let (foot, foot_depth) = (shown.foot.comparison.clone(), shown.foot_depth.comparison.clone());
    let (hand, hand_depth) = (shown.hand.comparison.clone(), shown.hand_depth.comparison.clone());
    let Parts { side, depth } = props.parts;
    html! {
        <div class="pictures" data-turns={p.shown.turns.to_string()}>
            <ScrubArea phase={p.clock.phase} dispatch={p.dispatch.clone()} title={tr.t("stage-hint")}>
                <SideViews {foot} {foot_depth} {hand} {hand_depth} {units} {label_px} with_side={side} with_depth={depth} />
            </ScrubArea>
        </div>
    }
}

/// Which of the contact pictures a layout shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Contacts {
    /// The backs from above, the close-ups from below and the colour legend.
    Whole,
    /// The close-ups and the legend (the embed: no room for the backs).
    WithoutBack,
    /// The backs alone (a lesson scene about the side views).
    Back,
    /// The close-ups alone (a lesson scene about depth).
    CloseUps,
}

/// The contacts: the backs from above, the close-ups from below and the colour legend, as many as
/// the layout has room for.
fn contacts(p: &PlaceProps, tr: &crate::i18n::Translations, label_px: f64, which: Contacts) -> Html {
    let (units, shown) = (p.units, &p.shown);
    let (backs, close_ups) = (shown.backs.comparison.clone(), shown.close_ups.comparison.clone());
    let with_back = matches!(which, Contacts::Whole | Contacts::Back);
    let with_close_ups = which != Contacts::Back;
    let with_legend = matches!(which, Contacts::Whole | Contacts::WithoutBack);
    html! {
        <div class="contact-panel">
            if with_back {
                <div class="contact-panel__backs">
                    <h3>{ tr.t("back-heading") }</h3>
                    <BackView comparison={backs} {units} {label_px} />
                </div>
            }
            if with_close_ups {
                <div class="contact-panel__close-ups">
                    <h3>{ tr.t("contact-heading") }</h3>
                    <ContactView comparison={close_ups.clone()} {units} {label_px} />
                </div>
            }
            if with_legend {
                <Legend {units} comparison={close_ups} {label_px} />
            }
        </div>
    }
}

fn time_controls(p: &PlaceProps, tr: &crate::i18n::Translations, compact: bool, with_play: bool) -> Html {
    // The slider and its words take turns with the pictures (src/hooks/shown.rs).
    let phase = p.shown.slider.phase;
    let moment = moment_words(tr, p.model.strokes.get(p.settings.stroke), phase);
    html! {
        <TimeControls playing={p.clock.playing} speed={p.clock.speed} {phase} dispatch={p.dispatch.clone()}
                      on_copy_link={p.on_copy_link.clone()} copy_status={p.copy_status.clone()} {compact} {with_play}
                      moment={AttrValue::from(moment)} />
    }
}

fn readouts(p: &PlaceProps, tr: &crate::i18n::Translations, compact: bool) -> Html {
    // In a lesson, the readout the scene is about stays in the compact table and is marked; a
    // scene about no readout shows none (the numbers stay in the document for machines).
    let focus = p.lesson.as_ref().and_then(|lesson| lesson.focus);
    let quiet = p.view == ViewMode::Present && focus.is_none();
    html! {
        <section class={classes!("panel", "readouts-panel", quiet.then_some("readouts-panel--quiet"))} aria-labelledby="readouts-heading">
            <h2 id="readouts-heading">{ tr.t("readouts-heading") }</h2>
            <ReadoutsPanel comparison={p.shown.numbers.comparison.clone()} effort={p.effort.clone()} units={p.units} {compact} {focus} />
        </section>
    }
}

/// The first screen's controls and words: the stroke, the comparison, play, and the headline
/// with any caution; on the full page also the three differences and the pressure against depth
/// (beside the pictures on a wide screen, under them on a narrow one).
fn command_and_headline(p: &PlaceProps, full: bool) -> Html {
    let units = p.units;
    html! {
        <>
            <CommandBar stroke={p.settings.stroke} compare={p.settings.compare} playing={p.clock.playing}
                        dispatch={p.dispatch.clone()} />
            <div class="first-screen__side">
                <div class="first-screen__words">
                    <Headline summary={p.summary.clone()} {units} />
                    <Cautions cautions={p.cautions.clone()} {units} />
                </div>
                if full {
                    <ShowMe dispatch={p.dispatch.clone()} />
                    <ProfilePanel summary={p.summary.clone()} {units} />
                }
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ProfilePanelProps {
    summary: Rc<Summary>,
    units: Units,
}

/// The pressure against depth under both contacts, with its heading.
#[component]
fn ProfilePanel(props: &ProfilePanelProps) -> Html {
    let tr = use_tr();
    html! {
        <div class="profile-panel">
            <h3>{ tr.t("profile-heading") }</h3>
            <ProfileView summary={props.summary.clone()} units={props.units} label_px={LABEL_PX} />
        </div>
    }
}

/// The whole app: the first screen, then the contacts and the stress against depth, the numbers,
/// the settings and the story.
#[component]
pub fn FullView(p: &PlaceProps) -> Html {
    let tr = use_tr();
    let all = Parts { side: true, depth: true };
    html! {
        <main>
            <section class="first-screen stage" aria-labelledby="stage-heading">
                <h2 id="stage-heading" class="visually-hidden">{ tr.t("stage-heading") }</h2>
                { command_and_headline(p, true) }
                <Stage place={p.clone()} label_px={LABEL_PX} parts={all} />
                { time_controls(p, &tr, false, false) }
                <p class="stage-hint">{ tr.t("stage-hint") }</p>
            </section>
            <section class="panel pictures-panel" aria-labelledby="contacts-heading">
                <h2 id="contacts-heading">{ tr.t("contacts-heading") }</h2>
                { contacts(p, &tr, LABEL_PX, Contacts::Whole) }
                <Description model={p.model.clone()} settings={p.settings} units={p.units} />
            </section>
            { readouts(p, &tr, false) }
            <section class="panel controls-panel" aria-labelledby="controls-heading">
                <h2 id="controls-heading">{ tr.t("controls-heading") }</h2>
                <SettingsControls settings={p.settings} units={p.units} locale={p.locale} dispatch={p.dispatch.clone()} />
            </section>
            <section class="story" aria-labelledby="story-heading">
                <h2 id="story-heading">{ tr.t("story-heading") }</h2>
                <Story dispatch={p.dispatch.clone()} />
            </section>
            <footer class="app-footer">
                <p>{ tr.t("footer-note") }</p>
                <div class="footer-actions">
                    <EmbedDialog src={p.other_view.clone()} />
                    <button type="button" onclick={|_| { let _ = gloo::utils::window().print(); }}>{ tr.t("print") }</button>
                </div>
            </footer>
        </main>
    }
}

/// A therapist's website: the stroke, play and the headline first, both side views side by side,
/// the contacts and a few numbers, and a link to everything else.
#[component]
pub fn EmbedView(p: &PlaceProps) -> Html {
    let tr = use_tr();
    let all = Parts { side: true, depth: true };
    html! {
        <main>
            <section class="first-screen stage" aria-labelledby="stage-heading">
                <h2 id="stage-heading" class="visually-hidden">{ tr.t("stage-heading") }</h2>
                { command_and_headline(p, false) }
                <Stage place={p.clone()} label_px={LABEL_PX} parts={all} />
                { contacts(p, &tr, LABEL_PX, Contacts::WithoutBack) }
                { time_controls(p, &tr, true, false) }
            </section>
            { readouts(p, &tr, true) }
            <p class="open-full"><a href={p.other_view.clone()} target="_blank" rel="noopener">{ tr.t("open-full") }</a></p>
        </main>
    }
}

/// A class: the scene's words, its pictures large, the headline, the readout it names and play,
/// all on one screen of a projector.
#[component]
pub fn PresentView(p: &PlaceProps) -> Html {
    let tr = use_tr();
    let (width, height) = use_viewport();
    // A projector's size for a room; a phone or an upright tablet reads from arm's length.
    let room = width >= PRESENT_MIN_WIDTH_PX && width >= height;
    let label_px = if room { PRESENT_LABEL_PX * (height / PRESENT_REFERENCE_HEIGHT_PX).max(1.0) } else { LABEL_PX };
    let pictures = p.lesson.as_ref().map_or(ScenePictures::Side, |lesson| lesson.pictures);
    let depth =
        AttrValue::from(crate::format::quantity(p.settings.depth_m, crate::format::Kind::Length, p.units, tr.locale));
    let panel = p.lesson.as_ref().map(|lesson| html! {
        <ScenePanel number={lesson.number} count={lesson.count} id={lesson.id.clone()} {depth} dispatch={p.dispatch.clone()} />
    });
    let big = match pictures {
        ScenePictures::Side => {
            html! { <Stage place={p.clone()} {label_px} parts={Parts { side: true, depth: false }} /> }
        }
        ScenePictures::Depth => html! {
            <div class="present-depth">
                <Stage place={p.clone()} {label_px} parts={Parts { side: false, depth: true }} />
                <ProfileView summary={p.summary.clone()} units={p.units} {label_px} />
            </div>
        },
        ScenePictures::Contact => contacts(p, &tr, label_px, Contacts::Whole),
    };
    // Every view shows a picture of contact area (contract §7): a scene about something else keeps
    // the back and the close-ups beside its own pictures (the depth scene the close-ups alone).
    let beside = match pictures {
        ScenePictures::Side => Some(contacts(p, &tr, label_px, Contacts::Back)),
        ScenePictures::Depth => Some(contacts(p, &tr, label_px, Contacts::CloseUps)),
        ScenePictures::Contact => None,
    };
    html! {
        <main class={classes!("present-main", format!("present-main--{}", pictures.id()))}>
            { for panel }
            <aside class="present-words">
                <div class="first-screen__words">
                    <Headline summary={p.summary.clone()} units={p.units} />
                    <Cautions cautions={p.cautions.clone()} units={p.units} />
                </div>
                { readouts(p, &tr, true) }
                { time_controls(p, &tr, true, true) }
            </aside>
            <section class="present-stage stage" aria-labelledby="stage-heading">
                <h2 id="stage-heading" class="visually-hidden">{ tr.t("stage-heading") }</h2>
                { big }
                { for beside }
            </section>
        </main>
    }
}
