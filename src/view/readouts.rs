//! The numbers for both sides (docs/embedding.md, “What it says back”): each value carries its
//! quantity, side and SI value for machines, and is formatted in the chosen units and locale for
//! people.

use crate::format::{quantity, Kind, Units};
use crate::hooks::translations::use_tr;
use crate::i18n::Translations;
use crate::quantities::{Quantity, QUANTITIES};
use ashiatsu_model::{Comparison, CycleEffort, Side};
use std::rc::Rc;
use yew::prelude::*;

/// `data-si`: a plain decimal, always finite (Rust never prints f64 in exponent form).
pub fn si_text(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        "0".into()
    }
}

#[derive(Properties, PartialEq)]
pub struct ReadoutsProps {
    pub comparison: Rc<Comparison>,
    pub effort: Rc<CycleEffort>,
    pub units: Units,
    /// Compact: only force, area, peak pressure and comfort (the embed view); all seven stay in
    /// the document for machines, the rest visually hidden.
    #[prop_or_default]
    pub compact: bool,
    /// The quantity a lesson scene is about: its row is shown even when compact, and marked.
    #[prop_or_default]
    pub focus: Option<&'static str>,
}

fn verdict(tr: &Translations, side: &Side) -> Html {
    let (class, key) = if side.beyond_capacity {
        ("verdict verdict--over", "verdict-capacity")
    } else if side.over_comfort() {
        ("verdict verdict--over", "verdict-over")
    } else {
        ("verdict verdict--under", "verdict-under")
    };
    html! { <p class={class}>{ tr.t(key) }</p> }
}

/// Where the ashiatsu practitioner's weight goes besides the working foot (contract §2
/// `bar-force`, `standing-force`): the bars and the standing foot; the hand's column has none.
fn ashiatsu_rows(tr: &Translations, c: &Comparison, units: Units, compact: bool) -> Html {
    let a = &c.ashiatsu;
    let rows = [("bar-force", "q-bar-force", a.bars_n), ("standing-force", "q-standing-force", a.standing_foot_n)];
    html! {
        { for rows.into_iter().map(|(id, key, v)| html! {
            <tr class={classes!("readout--foot-only", compact.then_some("visually-hidden"))}>
                <th scope="row">{ tr.t(key) }</th>
                <td data-quantity={id} data-side="foot" data-si={si_text(v)}>{ quantity(v, Kind::Force, units, tr.locale) }</td>
                <td class="not-applicable"><span aria-hidden="true">{ "–" }</span><span class="visually-hidden">{ tr.t("not-applicable") }</span></td>
            </tr>
        }) }
    }
}

/// What each stroke asks of each practitioner, in words.
fn efforts(tr: &Translations, c: &Comparison, e: &CycleEffort, units: Units) -> (String, String) {
    let q = |v: f64, kind| quantity(v, kind, units, tr.locale);
    let a = &c.ashiatsu;
    let foot = if c.foot.contacts == 2 {
        tr.t_args(
            "effort-foot-two",
            &[("bars", &q(a.bars_n, Kind::Weight)), ("work", &q(e.foot_glide_work_j, Kind::Energy))],
        )
    } else {
        tr.t_args(
            "effort-foot",
            &[
                ("bars", &q(a.bars_n, Kind::Weight)),
                ("standing", &q(a.standing_foot_n, Kind::Weight)),
                ("work", &q(e.foot_glide_work_j, Kind::Energy)),
            ],
        )
    };
    let muscle = q(c.hand.muscle_n, Kind::Force);
    let work = q(e.hand_glide_work_j, Kind::Energy);
    let hand = if c.hand.hand_joint_load_n > 0.0 {
        tr.t_args(
            "effort-hand",
            &[("joint", &q(c.hand.hand_joint_load_n, Kind::Force)), ("muscle", &muscle), ("work", &work)],
        )
    } else {
        tr.t_args("effort-hand-spared", &[("muscle", &muscle), ("work", &work)])
    };
    (foot, hand)
}

#[component]
pub fn ReadoutsPanel(props: &ReadoutsProps) -> Html {
    let tr = use_tr();
    let c = &props.comparison;
    let (units, locale) = (props.units, tr.locale);
    let q = |v: f64, kind| quantity(v, kind, units, locale);
    // A bare number in display units, for the ends of a band (the unit is in the cell already).
    let number_in = |v: f64, kind| crate::format::number(crate::format::to_display(v, kind, units).0, locale);
    let depth_m = c.settings.depth_m;
    let depth_text = quantity(depth_m, Kind::Length, units, locale);
    let rows = QUANTITIES.iter().map(|Quantity { id, key, kind, get, compact }| {
        let focused = props.focus == Some(*id);
        let hidden = props.compact && !compact && !focused;
        let cell = |side: &Side, name: &'static str| {
            let r = &side.readouts;
            let v = get(r);
            match *id {
                "comfort-limit" => html! {
                    <td data-quantity={*id} data-side={name} data-si={si_text(v)}
                        data-si-low={si_text(r.comfort_limit_low_pa)} data-si-high={si_text(r.comfort_limit_high_pa)}>
                        { q(v, *kind) }
                        <span class="band">{ tr.t_args("band", &[
                            ("low", &number_in(r.comfort_limit_low_pa, *kind)),
                            ("high", &number_in(r.comfort_limit_high_pa, *kind)),
                        ]) }</span>
                    </td>
                },
                "depth-stress" => html! {
                    <td data-quantity={*id} data-side={name} data-si={si_text(v)} data-depth={si_text(depth_m)}>{ q(v, *kind) }</td>
                },
                _ => html! { <td data-quantity={*id} data-side={name} data-si={si_text(v)}>{ q(v, *kind) }</td> },
            }
        };
        let label = if *id == "depth-stress" { tr.t_args(key, &[("depth", &depth_text)]) } else { tr.t(key) };
        html! {
            <tr class={classes!(hidden.then_some("visually-hidden"), focused.then_some("readout--focus"))}
                data-focus={focused.then_some("")}>
                <th scope="row">{ label }</th>
                { cell(&c.foot, "foot") }
                { cell(&c.hand, "hand") }
            </tr>
        }
    });
    let (foot_effort, hand_effort) = efforts(&tr, c, &props.effort, units);
    html! {
        <div class={classes!("readouts", props.compact.then_some("readouts--compact"))}>
            <table>
                <thead>
                    <tr>
                        <th scope="col"><span class="visually-hidden">{ tr.t("readouts-quantity") }</span></th>
                        <th scope="col" class="col-foot">{ tr.t("side-foot") }</th>
                        <th scope="col" class="col-hand">{ tr.t("side-hand") }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }{ ashiatsu_rows(&tr, c, units, props.compact) }</tbody>
            </table>
            <div class="verdicts">
                <div class="col-foot">{ verdict(&tr, &c.foot) }<p class="effort">{ foot_effort }</p></div>
                <div class="col-hand">{ verdict(&tr, &c.hand) }<p class="effort">{ hand_effort }</p></div>
            </div>
        </div>
    }
}
