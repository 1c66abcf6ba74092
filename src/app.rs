//! The root component: reads the URL and the browser once, holds the one state, runs the frame
//! loop and the keyboard, and lays out the views for the chosen place (full, embed, present).

use crate::embed::use_report_height;
use crate::format::Units;
use crate::frame_loop::use_frame_loop;
use crate::i18n::{Locale, Translations};
use crate::idle::use_idle_reset;
use crate::keyboard::use_keyboard;
use crate::state::{Action, AppState, Environment, SharedModel};
use crate::storage;
use crate::url::{self, ColorProfile, Config, ViewMode, Warning};
use crate::view::back_view::BackView;
use crate::view::controls::{SettingsControls, TimeControls};
use crate::view::description::Description;
use crate::view::embed_dialog::EmbedDialog;
use crate::view::legend::Legend;
use crate::view::notices::{describe, Notices};
use crate::view::present::ScenePanel;
use crate::view::readouts::ReadoutsPanel;
use crate::view::scrub::ScrubArea;
use crate::view::side_views::SideViews;
use crate::view::story::Story;
use ashiatsu_model::Model;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The attribute that tells embedders and tests the first complete frame is drawn (contract §1).
pub const READY_ATTR: &str = "data-ready";

/// What the page was opened with.
struct Boot {
    config: Config,
    warnings: Vec<Warning>,
    env: Environment,
}

fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else { return vec![] };
    let mut tags: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect();
    if tags.is_empty() {
        tags.extend(nav.language());
    }
    tags
}

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Minutes of inactivity after which an installed app (a tablet in consultations) returns to
/// its starting screen, unless the URL says otherwise.
const STANDALONE_IDLE_MIN: f64 = 3.0;

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn standalone() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(display-mode: standalone)").ok().flatten())
        .is_some_and(|m| m.matches())
}

impl Boot {
    fn from_browser(scenes: &[crate::scenes::Scene]) -> Self {
        let location = web_sys::window().map(|w| w.location());
        let query = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
        let hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
        let (mut config, mut warnings) = url::parse(&query, &hash);
        if let Some(n) = config.scene.filter(|n| *n > scenes.len()) {
            warnings.push(Warning { key: "#".into(), value: format!("scene-{n}"), problem: url::Problem::BadScene });
            config.scene = None;
        }
        // A plain visit (no settings in the address) continues where this device left off.
        if query.trim_start_matches('?').is_empty() && config.scene.is_none() {
            if let Some(text) = local_storage().and_then(|s| s.get_item(storage::KEY).ok().flatten()) {
                let (saved, problem) = storage::decode(&text);
                config = saved;
                if problem.is_some() {
                    warnings.push(Warning {
                        key: String::new(),
                        value: String::new(),
                        problem: url::Problem::CorruptSaved,
                    });
                }
            }
        }
        if config.idle_min.is_none() && standalone() {
            config.idle_min = Some(STANDALONE_IDLE_MIN);
        }
        let languages = browser_languages();
        let env = Environment {
            locale: Locale::from_preferences(languages.iter().map(String::as_str)).unwrap_or(Locale::En),
            units: languages.first().map(|t| Units::for_language_tag(t)).unwrap_or(Units::Metric),
            reduced_motion: prefers_reduced_motion(),
        };
        Self { config, warnings, env }
    }
}

/// The address of the current state, for "copy link".
fn link_for(config: &Config) -> String {
    let location = web_sys::window().map(|w| w.location());
    let base = location.and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))).unwrap_or_default();
    format!("{base}{}", url::write(config))
}

#[component]
pub fn App() -> Html {
    let scenes = use_memo((), |_| crate::scenes::built_in());
    let boot = {
        let scenes = scenes.clone();
        use_memo((), move |_| Boot::from_browser(&scenes))
    };
    let state = {
        let boot = boot.clone();
        let scenes = scenes.clone();
        use_reducer(move || {
            let scenes = Rc::new((*scenes).clone());
            AppState::new(SharedModel(Rc::new(Model::default())), scenes, boot.config.clone(), boot.env.clone())
        })
    };
    let tr = use_memo(state.locale, |l| Translations::load(*l));
    let warnings = use_state(|| Rc::new(boot.warnings.clone()));
    let copy_status = use_state(|| None::<AttrValue>);
    let dispatch = state.dispatcher();
    let root = use_node_ref();

    // Tell developers and embedders what was ignored, once (contract §3).
    {
        let warnings = warnings.clone();
        let tr = tr.clone();
        use_effect_with((), move |_| {
            for w in warnings.iter() {
                web_sys::console::warn_1(&describe(&tr, w).into());
            }
        });
    }
    {
        let d = dispatch.clone();
        use_frame_loop(state.playing, Callback::from(move |dt| d.dispatch(Action::Tick(dt))));
    }
    use_keyboard(state.view, dispatch.clone());
    use_idle_reset(state.idle_min, dispatch.clone());
    use_report_height(root.clone());
    // The state as an address. While playing it leaves the phase out, so it changes only when a
    // setting does and the work below is not redone every animation frame.
    let config = state.to_config();
    // Remember the visitor's choices on this device (not in an embed: that belongs to the host page).
    {
        let config = config.clone();
        let key = (state.settings, state.units, state.locale, state.speed.to_bits());
        use_effect_with((key, state.view), move |(_, view)| {
            if *view != ViewMode::Embed {
                if let Some(s) = local_storage() {
                    let _ = s.set_item(storage::KEY, &storage::encode(&config));
                }
            }
        });
    }
    // In presenter mode the address follows the scene, so a reload or a shared link returns to it.
    use_effect_with((state.scene, state.view), |(scene, view)| {
        if let (Some(n), ViewMode::Present) = (scene, view) {
            if let Ok(history) = gloo::utils::window().history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#scene-{n}")));
            }
        }
    });
    use_effect_with(state.locale, |locale| {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("lang", locale.id());
        }
    });

    let model = state.model.clone();
    let comparison = {
        let model = model.clone();
        use_memo((state.settings, state.phase), move |(s, p)| model.evaluate(s, *p))
    };
    let effort = {
        let model = model.clone();
        use_memo(state.settings, move |s| model.cycle_effort(s, 64))
    };

    // The ready marker goes on after the children's effects have drawn the first frame.
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                let _ = el.set_attribute(READY_ATTR, "");
            }
        });
    }

    let on_copy_link = {
        let copy_status = copy_status.clone();
        let tr = tr.clone();
        use_callback(config.clone(), move |(), config| {
            let link = link_for(config);
            if let Some(window) = web_sys::window() {
                if let Ok(history) = window.history() {
                    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&link));
                }
                let status = copy_status.clone();
                let failed = format!("{} {link}", tr.t("link-copy-failed"));
                let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| status.set(Some(failed.clone().into())));
                let _ = window.navigator().clipboard().write_text(&link).catch(&on_error);
                on_error.forget();
                copy_status.set(Some(tr.t("link-copied").into()));
            }
        })
    };
    let on_dismiss = {
        let warnings = warnings.clone();
        use_callback((), move |(), _| warnings.set(Rc::new(Vec::new())))
    };

    let view = state.view;
    let accent_style = state.accent.as_deref().and_then(crate::accent::style);
    let class = classes!(
        "app",
        match view {
            ViewMode::Full => "view-full",
            ViewMode::Embed => "view-embed",
            ViewMode::Present => "view-present",
        },
        (state.color_profile == ColorProfile::Projector).then_some("profile-projector"),
    );
    let book = state.book.as_ref().map(|href| {
        html! {
            <a class="book" href={href.clone()} target="_blank" rel="noopener">{ tr.t("book") }</a>
        }
    });
    let compact = view == ViewMode::Embed;
    let present = view == ViewMode::Present;
    let embed_src = use_memo(config, |config| {
        let mut config = config.clone();
        config.view = ViewMode::Embed;
        config.scene = None;
        config.idle_min = None;
        AttrValue::from(link_for(&config))
    });
    let on_print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let time_controls = html! {
        <TimeControls playing={state.playing} speed={state.speed} phase={state.phase}
                      dispatch={dispatch.clone()} {on_copy_link} copy_status={(*copy_status).clone()} />
    };
    let stage = html! {
        <section class="stage" aria-labelledby="stage-heading">
            <h2 id="stage-heading" class="visually-hidden">{ tr.t("stage-heading") }</h2>
            <div class="stage-grid">
                <ScrubArea phase={state.phase} dispatch={dispatch.clone()} title={tr.t("stage-hint")}>
                    <SideViews comparison={comparison.clone()} units={state.units} />
                </ScrubArea>
                if !compact {
                    <div class="top-view">
                        <h3>{ tr.t("back-heading") }</h3>
                        <BackView comparison={comparison.clone()} units={state.units} />
                        <Legend units={state.units} comparison={comparison.clone()} />
                    </div>
                }
            </div>
            { time_controls }
            <Description model={state.model.clone()} settings={state.settings} units={state.units} />
        </section>
    };
    let readouts = html! {
        <section class="panel readouts-panel" aria-labelledby="readouts-heading">
            <h2 id="readouts-heading">{ tr.t("readouts-heading") }</h2>
            <ReadoutsPanel comparison={comparison.clone()} effort={effort.clone()} units={state.units} compact={compact || present} />
        </section>
    };
    let scene_panel = state.scene.and_then(|n| {
        let scene = state.scenes.get(n - 1)?;
        Some(html! {
            <ScenePanel number={n} count={state.scenes.len()} id={AttrValue::from(scene.id.clone())} dispatch={dispatch.clone()} />
        })
    });

    html! {
        <ContextProvider<Rc<Translations>> context={(*tr).clone()}>
            <div class={class} style={accent_style} ref={root}>
                <header class="app-header">
                    <div>
                        <h1>{ tr.t("app-title") }</h1>
                        if view == ViewMode::Full {
                            <p class="promise">{ tr.t("app-promise") }</p>
                        }
                    </div>
                    { for book.clone() }
                </header>
                <Notices warnings={(*warnings).clone()} {on_dismiss} />
                <main>
                    if present {
                        { for scene_panel }
                    }
                    { stage }
                    { readouts }
                    if !present {
                        <section class="panel controls-panel" aria-labelledby="controls-heading">
                            <h2 id="controls-heading">{ tr.t("controls-heading") }</h2>
                            <SettingsControls settings={state.settings} units={state.units} dispatch={dispatch.clone()} {compact} />
                        </section>
                    }
                    if view == ViewMode::Full {
                        <section class="story" aria-labelledby="story-heading">
                            <h2 id="story-heading">{ tr.t("story-heading") }</h2>
                            <Story dispatch={dispatch.clone()} />
                        </section>
                    }
                </main>
                if view == ViewMode::Full {
                    <footer class="app-footer">
                        <p>{ tr.t("footer-note") }</p>
                        <div class="footer-actions">
                            <EmbedDialog src={(*embed_src).clone()} />
                            <button type="button" onclick={on_print}>{ tr.t("print") }</button>
                        </div>
                    </footer>
                }
            </div>
        </ContextProvider<Rc<Translations>>>
    }
}
