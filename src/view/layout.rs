//! The three places the explainer lives, each a layout of the same parts: the full page, the
//! compact view for a therapist's website, and presenter mode for a class.

use super::back_view::BackView;
use super::contact_view::ContactView;
use super::description::Description;
use super::embed_dialog::EmbedDialog;
use super::headline::Headline;
use super::legend::Legend;
use super::moment::moment_words;
use super::present::ScenePanel;
use super::readouts::ReadoutsPanel;
use super::scrub::ScrubArea;
use super::side_views::SideViews;
use super::story::Story;
use super::time_controls::TimeControls;
use crate::hooks::shown::Shown;
use crate::hooks::translations::use_tr;
use crate::state::AppState;
use crate::view::controls::SettingsControls;
use ashiatsu_model::CycleEffort;
use std::rc::Rc;
use yew::prelude::*;

/// Size of the words inside pictures, CSS px: on a page and in a frame, and for a class.
pub const LABEL_PX: f64 = 13.0;
pub const PRESENT_LABEL_PX: f64 = 17.0;

/// What every layout is made from.
#[derive(Properties, PartialEq, Clone)]
pub struct PlaceProps {
    pub state: UseReducerHandle<AppState>,
    /// What each group of pictures shows at this frame (src/hooks/shown.rs).
    pub shown: Shown,
    pub effort: Rc<CycleEffort>,
    pub on_copy_link: Callback<()>,
    pub copy_status: Option<AttrValue>,
    /// The address of this picture in the compact view (the Embed dialog) or in the full view
    /// (the embed's link out).
    pub other_view: AttrValue,
}

/// The pictures: both side views with their cross-sections, and the contacts (the backs from
/// above, the close-ups, the colour legend). Dragging across the side views scrubs the stroke.
#[derive(Properties, PartialEq)]
struct PicturesProps {
    place: PlaceProps,
    label_px: f64,
    with_back: bool,
}

#[component]
fn Pictures(props: &PicturesProps) -> Html {
    let tr = use_tr();
    let p = &props.place;
    let s = &p.state;
    let (units, label_px) = (s.units, props.label_px);
    // Groups of pictures that may take turns while the stroke plays (src/hooks/shown.rs).
    let shown = &p.shown;
    let (foot, foot_depth) = (shown.foot.comparison.clone(), shown.foot_depth.comparison.clone());
    let (hand, hand_depth) = (shown.hand.comparison.clone(), shown.hand_depth.comparison.clone());
    let (backs, close_ups) = (shown.backs.comparison.clone(), shown.close_ups.comparison.clone());
    html! {
        <div class="pictures" data-turns={p.shown.turns.to_string()}>
            <ScrubArea phase={s.phase} dispatch={s.dispatcher()} title={tr.t("stage-hint")}>
                <SideViews {foot} {foot_depth} {hand} {hand_depth} {units} {label_px} />
            </ScrubArea>
            <div class="contact-panel">
                if props.with_back {
                    <div class="contact-panel__backs">
                        <h3>{ tr.t("back-heading") }</h3>
                        <BackView comparison={backs} {units} {label_px} />
                    </div>
                }
                <div class="contact-panel__close-ups">
                    <h3>{ tr.t("contact-heading") }</h3>
                    <ContactView comparison={close_ups.clone()} {units} {label_px} />
                </div>
                <Legend {units} comparison={close_ups} {label_px} />
            </div>
        </div>
    }
}

fn time_controls(p: &PlaceProps, tr: &crate::i18n::Translations, compact: bool) -> Html {
    let s = &p.state;
    // The slider and its words take turns with the pictures (src/hooks/shown.rs).
    let phase = p.shown.slider.phase;
    let moment = moment_words(tr, s.model.strokes.get(s.settings.stroke), phase);
    html! {
        <TimeControls playing={s.playing} speed={s.speed} {phase} dispatch={s.dispatcher()}
                      on_copy_link={p.on_copy_link.clone()} copy_status={p.copy_status.clone()} {compact}
                      moment={AttrValue::from(moment)} />
    }
}

fn readouts(p: &PlaceProps, tr: &crate::i18n::Translations, compact: bool, headline: bool) -> Html {
    let s = &p.state;
    // In a lesson, the readout the scene is about stays in the compact table and is marked.
    let focus = s.scene.and_then(|n| s.scenes.get(n - 1)).and_then(|scene| scene.focus.readout());
    html! {
        <section class="panel readouts-panel" aria-labelledby="readouts-heading">
            <h2 id="readouts-heading">{ tr.t("readouts-heading") }</h2>
            <ReadoutsPanel comparison={p.shown.numbers.comparison.clone()} effort={p.effort.clone()} units={s.units} {compact} {headline} {focus} />
        </section>
    }
}

/// The whole app: pictures, clock, numbers, settings, the story.
#[component]
pub fn FullView(p: &PlaceProps) -> Html {
    let tr = use_tr();
    let s = &p.state;
    html! {
        <main>
            <section class="stage" aria-labelledby="stage-heading">
                <h2 id="stage-heading" class="visually-hidden">{ tr.t("stage-heading") }</h2>
                <Pictures place={p.clone()} label_px={LABEL_PX} with_back={true} />
                { time_controls(p, &tr, false) }
                <Description model={s.model.clone()} settings={s.settings} units={s.units} />
            </section>
            { readouts(p, &tr, false, true) }
            <section class="panel controls-panel" aria-labelledby="controls-heading">
                <h2 id="controls-heading">{ tr.t("controls-heading") }</h2>
                <SettingsControls settings={s.settings} units={s.units} locale={s.locale} dispatch={s.dispatcher()} />
            </section>
            <section class="story" aria-labelledby="story-heading">
                <h2 id="story-heading">{ tr.t("story-heading") }</h2>
                <Story dispatch={s.dispatcher()} />
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

/// A therapist's website: one screen of pictures, the headline, a few numbers, play and the
/// stroke, and a link to everything else.
#[component]
pub fn EmbedView(p: &PlaceProps) -> Html {
    let tr = use_tr();
    let s = &p.state;
    html! {
        <main>
            <Headline comparison={p.shown.numbers.comparison.clone()} units={s.units} />
            <section class="stage" aria-labelledby="stage-heading">
                <h2 id="stage-heading" class="visually-hidden">{ tr.t("stage-heading") }</h2>
                <Pictures place={p.clone()} label_px={LABEL_PX} with_back={false} />
                { time_controls(p, &tr, true) }
            </section>
            <SettingsControls settings={s.settings} units={s.units} locale={s.locale} dispatch={s.dispatcher()} compact={true} />
            { readouts(p, &tr, true, false) }
            <p class="open-full"><a href={p.other_view.clone()} target="_blank" rel="noopener">{ tr.t("open-full") }</a></p>
        </main>
    }
}

/// A class: the lesson scene, large pictures, the numbers that matter, the clock.
#[component]
pub fn PresentView(p: &PlaceProps) -> Html {
    let tr = use_tr();
    let s = &p.state;
    let scene = s.scene.and_then(|n| {
        let scene = s.scenes.get(n - 1)?;
        Some(html! { <ScenePanel number={n} count={s.scenes.len()} id={AttrValue::from(scene.id.clone())} dispatch={s.dispatcher()} /> })
    });
    html! {
        <main>
            { for scene }
            <section class="stage" aria-labelledby="stage-heading">
                <h2 id="stage-heading" class="visually-hidden">{ tr.t("stage-heading") }</h2>
                <Pictures place={p.clone()} label_px={PRESENT_LABEL_PX} with_back={true} />
                { time_controls(p, &tr, false) }
            </section>
            { readouts(p, &tr, true, true) }
        </main>
    }
}
