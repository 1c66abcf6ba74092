//! The estimates the model takes, at their fitted or central values or at an end of their sourced
//! ranges (docs/model.md, "How sure"), and how much of a side an evaluation computes.

use crate::comfort::{Client, PainLaw, LARGE_CONTACT_EXPONENT};
use crate::contact::{foot_surface_sized, hand_surface_sized, Surface};
use crate::settings::Settings;
use serde::Serialize;

/// The estimates behind every comfort and area number: their fitted or central values, or an end
/// of their sourced ranges for the headline's uncertainty (docs/model.md, "How sure").
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Assumptions {
    /// How fast the pain threshold falls with area beyond 2 cm² (§5).
    pub large_exponent: f64,
    /// Every area of the foot's contact × this (1, or an end of the region's range, §1).
    pub foot_area_factor: f64,
    /// Every area of the hand's contact × this.
    pub hand_area_factor: f64,
    /// The client whose thresholds count instead of the visitor's choice (an end of the band, §5).
    pub client: Option<Client>,
}

impl Default for Assumptions {
    fn default() -> Self {
        Self { large_exponent: LARGE_CONTACT_EXPONENT, foot_area_factor: 1.0, hand_area_factor: 1.0, client: None }
    }
}

/// How much of a side's state an evaluation computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Detail {
    /// Forces, areas, pressures and comfort (depth readouts 0): for summaries over a cycle.
    Forces,
    /// The same with the pressure grid and the stress on the axis at the chosen depth.
    Axis,
    /// Everything, with the cross-section under each contact: what a frame draws.
    Full,
}

impl Assumptions {
    /// Both sides' contact surfaces for these settings, their areas scaled as assumed.
    pub(crate) fn surfaces(&self, settings: &Settings, foot_length_m: f64) -> (Surface, Surface) {
        (
            foot_surface_sized(settings.foot, foot_length_m, self.foot_area_factor),
            hand_surface_sized(settings.hand, foot_length_m, self.hand_area_factor),
        )
    }

    /// The pain threshold in use: the assumed client (or the visitor's) and exponent.
    pub(crate) fn pain_law(&self, settings: &Settings) -> PainLaw {
        PainLaw { client: self.client.unwrap_or(settings.client), large_exponent: self.large_exponent }
    }
}
