//! The interface text of the current language, from the context the root provides.

use crate::i18n::Translations;
use std::rc::Rc;
use yew::prelude::*;

/// The current language's texts. The root always provides them; a component rendered outside it
/// (a test) gets English.
#[hook]
pub fn use_tr() -> Rc<Translations> {
    use_context::<Rc<Translations>>().unwrap_or_else(|| Translations::load(crate::i18n::Locale::En))
}
