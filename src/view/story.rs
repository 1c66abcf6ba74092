//! The story: the three differences, each with a scene that shows it; the misconception card;
//! the strokes named and explained.

use crate::hooks::translations::use_tr;
use crate::state::{Action, AppState};
use ashiatsu_model::StrokeKind;
use yew::prelude::*;

/// Each difference and the settings (as a URL query, the app's one settings language) that
/// demonstrate it.
pub const DIFFERENCES: [(&str, &str); 3] = [
    ("gravity", "stroke=compression&foot=heel&hand=heel&load=45&lean=20&compare=force&phase=0.5&play=0"),
    ("direction", "stroke=compression&foot=sole&hand=palm&load=35&lean=45&compare=force&phase=0.5&play=0"),
    // The point: a heel and a thumb, each at the client's comfort limit, held at the full press.
    ("area", "stroke=compression&foot=heel&hand=thumb&compare=comfort&phase=0.5&play=0"),
];

/// Applies a difference's preset and brings its result into view: the first screen, with the
/// pictures and the headline (smoothly, unless the visitor asked for reduced motion).
pub fn show_difference(dispatch: &UseReducerDispatcher<AppState>, id: &str) {
    let Some((_, query)) = DIFFERENCES.iter().find(|(d, _)| *d == id) else { return };
    let (config, _) = crate::setup::url::parse(query, "");
    dispatch.dispatch(Action::Preset(Box::new(config)));
    crate::browser::scroll_into_view(".first-screen");
}

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[component]
pub fn Story(props: &StoryProps) -> Html {
    let tr = use_tr();
    let cards = DIFFERENCES.iter().enumerate().map(|(i, (id, _))| {
        let (d, id) = (props.dispatch.clone(), *id);
        let onclick = move |_| show_difference(&d, id);
        let heading = format!("story-{id}");
        html! {
            <article class="difference" aria-labelledby={heading.clone()}>
                <span class="difference-number" aria-hidden="true">{ i + 1 }</span>
                <h3 id={heading}>{ tr.t(&format!("story-{id}-title")) }</h3>
                <p>{ tr.t(&format!("story-{id}-body")) }</p>
                <button type="button" class="show-me" data-preset={id} {onclick}>{ tr.t("show-me") }</button>
            </article>
        }
    });
    html! {
        <>
            <div class="differences">{ for cards }</div>
            <aside class="myth" data-myth="" aria-labelledby="myth-title">
                <h3 id="myth-title">{ tr.t("myth-title") }</h3>
                <p>{ tr.t("myth-body") }</p>
            </aside>
            <section class="strokes" aria-labelledby="strokes-heading">
                <h3 id="strokes-heading">{ tr.t("strokes-heading") }</h3>
                <dl>
                    { for StrokeKind::ALL.iter().map(|k| html! {
                        <>
                            <dt>{ tr.t(&format!("stroke-{}", k.id())) }</dt>
                            <dd>{ tr.t(&format!("stroke-{}-body", k.id())) }</dd>
                        </>
                    }) }
                </dl>
            </section>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_is_a_valid_url() {
        for (id, query) in DIFFERENCES {
            let (_, warnings) = crate::setup::url::parse(query, "");
            assert!(warnings.is_empty(), "{id}: {warnings:?}");
        }
    }
}
