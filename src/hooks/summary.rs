//! The headline's comparison and the cautions: they depend on the settings alone, never on the
//! moment shown, so they are worked out once per change of a setting and hold still while the
//! stroke plays.

use crate::state::SharedModel;
use ashiatsu_model::{Caution, Settings, Summary};
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_summary(model: SharedModel, settings: Settings) -> (Rc<Summary>, Rc<Vec<Caution>>) {
    let summary = {
        let model = model.clone();
        use_memo(settings, move |s| model.summary(s))
    };
    let cautions = use_memo(settings, move |s| model.cautions(s));
    (summary, cautions)
}
