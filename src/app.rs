//! The root component: reads the page once, holds the one state, and lays out the views for the
//! place the app is in (full page, a frame on a therapist's site, presenter mode). Everything it
//! does with the browser is a named hook (src/hooks/).

use crate::embed::height::use_report_height;
use crate::hooks::copy_link::{link_for, use_copy_link};
use crate::hooks::frame_loop::use_clock;
use crate::hooks::idle::use_idle_reset;
use crate::hooks::keyboard::use_keyboard;
use crate::hooks::page::{
    use_console_warnings, use_document_lang, use_persisted_settings, use_present_hash, use_ready_marker,
};
use crate::hooks::shown::use_shown;
use crate::hooks::summary::use_summary;
use crate::hooks::translations::use_translations;
use crate::i18n::Translations;
use crate::setup::start::Start;
use crate::setup::url::{ColorProfile, Config, ViewMode};
use crate::state::{AppState, SharedModel};
use crate::view::app_header::AppHeader;
use crate::view::layout::{Clock, EmbedView, FullView, Lesson, PlaceProps, PresentView};
use crate::view::notices::Notices;
use ashiatsu_model::scene::EFFORT_SAMPLES;
use ashiatsu_model::Model;
use std::rc::Rc;
use yew::prelude::*;

/// The address of this picture in another view (the embed's link out, the Embed dialog's frame).
fn in_view(config: &Config, view: ViewMode) -> AttrValue {
    let mut config = Config { scene: None, ..config.clone() };
    config.place.view = view;
    config.place.idle_s = None;
    AttrValue::from(link_for(&config))
}

/// The app's one property: what the page's start already read, if it did (tests and the
/// pre-render mount the app without it, and it reads them itself).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub start: Option<Start>,
}

/// What the page was opened with (read once, or given by the pre-render), and the reducer started
/// from it.
#[hook]
fn use_app_state(given: Option<Start>) -> (Rc<Start>, UseReducerHandle<AppState>) {
    let start = use_memo((), move |_| given.unwrap_or_else(Start::read));
    let first = start.clone();
    let state = use_reducer(move || {
        let model = SharedModel(Rc::new(Model::default()));
        AppState::new(model, first.scenes.clone(), first.boot.config.clone(), first.boot.env.clone())
    });
    (start, state)
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let (start, state) = use_app_state(props.start.clone());
    let warnings = use_state(|| Rc::new(start.boot.warnings.clone()));
    let root = use_node_ref();
    let dispatch = state.dispatcher();
    let tr = use_translations(state.locale, warnings.clone(), dispatch.clone());

    use_console_warnings((*warnings).clone(), tr.clone());
    let turns = use_clock(state.playing, dispatch.clone());
    use_keyboard(state.place.view, dispatch.clone());
    use_idle_reset(state.place.idle_s, dispatch.clone());
    use_report_height(root.clone());
    // The state as the address asks for it (while playing, without the phase).
    let config = state.to_config();
    use_persisted_settings(&config, state.place.view);
    use_present_hash(state.scene, state.place.view);
    use_document_lang(tr.locale);
    use_ready_marker(root.clone());
    let (on_copy_link, copy_status) = use_copy_link(config.clone(), tr.clone());

    let shown = use_shown(state.model.clone(), state.settings, state.phase, state.playing, turns);
    let effort = {
        let model = state.model.clone();
        use_memo(state.settings, move |s| model.cycle_effort(s, EFFORT_SAMPLES))
    };
    let (summary, cautions) = use_summary(state.model.clone(), state.settings);
    let view = state.place.view;
    let other_view = use_memo((config, view), |(config, view)| {
        in_view(config, if *view == ViewMode::Embed { ViewMode::Full } else { ViewMode::Embed })
    });
    let on_dismiss = {
        let warnings = warnings.clone();
        use_callback((), move |(), _| warnings.set(Rc::new(Vec::new())))
    };

    let class = classes!(
        "app",
        format!("view-{}", view.id()),
        (state.place.color_profile == ColorProfile::Projector).then_some("profile-projector"),
    );
    let accent_style = state.place.accent.as_deref().and_then(crate::embed::accent::style);
    let book = state.place.book.clone().map(AttrValue::from);
    let place = PlaceProps {
        settings: state.settings,
        units: state.units,
        locale: state.locale,
        view,
        clock: Clock { phase: state.phase, playing: state.playing, speed: state.speed },
        model: state.model.clone(),
        lesson: lesson(&state),
        dispatch: dispatch.clone(),
        shown,
        effort: effort.clone(),
        summary: summary.clone(),
        cautions: cautions.clone(),
        on_copy_link,
        copy_status,
        other_view: (*other_view).clone(),
    };
    html! {
        <ContextProvider<Rc<Translations>> context={tr.clone()}>
            <div {class} style={accent_style} ref={root}>
                <AppHeader {view} {book} />
                <Notices warnings={(*warnings).clone()} {on_dismiss} />
                { match view {
                    ViewMode::Full => html! { <FullView ..place /> },
                    ViewMode::Embed => html! { <EmbedView ..place /> },
                    ViewMode::Present => html! { <PresentView ..place /> },
                } }
            </div>
        </ContextProvider<Rc<Translations>>>
    }
}

/// The lesson scene shown in presenter mode, as the layouts need it.
fn lesson(state: &AppState) -> Option<Lesson> {
    let number = state.scene?;
    let scene = state.scenes.get(number.checked_sub(1)?)?;
    Some(Lesson {
        number,
        count: state.scenes.len(),
        id: scene.id.clone(),
        pictures: scene.pictures,
        focus: scene.focus.readout(),
    })
}

/// The first view renders natively, as the pre-render step does (src/bin/prerender.rs): nothing in
/// a render may call into the browser, which does not exist there.
#[cfg(all(test, feature = "prerender"))]
mod tests {
    #[test]
    fn the_first_view_renders_without_a_browser() {
        let html = futures::executor::block_on(yew::LocalServerRenderer::<super::App>::new().render());
        for figure in ["side", "depth", "back", "contact"] {
            assert!(html.contains(&format!("data-figure=\"{figure}\"")), "{figure} picture missing");
        }
        assert!(html.contains("data-quantity=\"peak-pressure\""), "readouts missing");
        assert!(html.contains("lbf"), "the first view is in US units");
    }
}
