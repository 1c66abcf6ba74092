//! The interface text: English is built in, the other languages are fetched the first time they
//! are needed (locales/*.ftl beside the page, precached by the service worker for offline use), so
//! a first visit downloads only the language it shows.

use crate::i18n::{parse, Locale, Translations};
use crate::setup::url::{Problem, Warning};
use crate::state::{Action, AppState};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The current language's texts. The root always provides them; a component rendered outside it
/// (a test) gets English.
#[hook]
pub fn use_tr() -> Rc<Translations> {
    use_context::<Rc<Translations>>().unwrap_or_else(|| Translations::load(Locale::En))
}

/// Fetches a language's file and keeps it for the page (`Locale::keep`). A file that cannot be
/// fetched or read is an error that names why; nothing is kept then.
pub async fn fetch_language(locale: Locale) -> Result<(), String> {
    let describe = |e: wasm_bindgen::JsValue| {
        e.as_string().or_else(|| js_sys::JSON::stringify(&e).ok()?.as_string()).unwrap_or_default()
    };
    let window = crate::browser::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&locale.file()))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text =
        JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?.as_string().unwrap_or_default();
    parse(&text).map_err(|e| format!("{} line {}: {}", locale.file(), e.line, e.message))?;
    locale.keep(text);
    Ok(())
}

/// The texts to show for `locale`. Until a language not yet on the page has arrived, the last
/// language shown stays (no flash of keys or half-translated text); if it cannot be fetched, a
/// notice joins `warnings` and the state returns to the language shown.
#[hook]
pub fn use_translations(
    locale: Locale,
    warnings: UseStateHandle<Rc<Vec<Warning>>>,
    dispatch: UseReducerDispatcher<AppState>,
) -> Rc<Translations> {
    let arrivals = use_state(|| 0u32);
    let shown = use_mut_ref(|| Translations::load(Locale::En));
    if locale.source().is_some() && shown.borrow().locale != locale {
        *shown.borrow_mut() = Translations::load(locale);
    }
    {
        let (arrivals, showing) = (arrivals.clone(), shown.borrow().locale);
        use_effect_with(locale, move |&locale| {
            if locale.source().is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    match fetch_language(locale).await {
                        Ok(()) => arrivals.set(*arrivals + 1),
                        Err(why) => {
                            web_sys::console::warn_1(&format!("language {} unavailable: {why}", locale.id()).into());
                            let mut list = (*warnings).as_ref().clone();
                            let problem = Problem::LanguageUnavailable;
                            list.push(Warning { key: "locale".into(), value: locale.native_name().into(), problem });
                            warnings.set(Rc::new(list));
                            dispatch.dispatch(Action::SetLocale(showing));
                        }
                    }
                });
            }
        });
    }
    let current = shown.borrow().clone();
    current
}
