//! What the visitor chooses: stroke, contact surfaces, practitioner, lean and comparison mode.
//! SI units: kilograms, a 0..1 fraction, radians.

use crate::comfort::Client;
use crate::contact::{FootRegion, HandTool};
use crate::depth::{DEFAULT_DEPTH_M, DEPTH_RANGE_M};
use crate::practitioner::{default_foot_length_m, FOOT_LENGTH_RANGE_M};
use crate::stroke::{StrokeKind, StrokeLibrary};
use serde::Serialize;

/// Practitioner mass range and default, kg (docs/model.md §3).
pub const MASS_RANGE_KG: (f64, f64) = (40.0, 150.0);
pub const DEFAULT_MASS_KG: f64 = 65.0;
/// Load into the working foot as a fraction of body weight.
pub const LOAD_RANGE: (f64, f64) = (0.0, 1.0);
pub const DEFAULT_LOAD: f64 = 0.30;
/// Hand therapist's approach angle from vertical, degrees at the edge, radians inside.
pub const LEAN_RANGE_DEG: (f64, f64) = (0.0, 60.0);
pub const DEFAULT_LEAN_DEG: f64 = 25.0;

/// Equal normal force on both sides, or each side at its own comfort limit (docs/embedding.md
/// `compare`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CompareMode {
    #[default]
    Force,
    Comfort,
}

impl CompareMode {
    pub const ALL: &'static [CompareMode] = &[CompareMode::Force, CompareMode::Comfort];

    pub fn id(self) -> &'static str {
        match self {
            CompareMode::Force => "force",
            CompareMode::Comfort => "comfort",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|m| m.id() == id)
    }
}

/// The inputs of one evaluation.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Settings {
    pub stroke: StrokeKind,
    pub foot: FootRegion,
    pub hand: HandTool,
    pub mass_kg: f64,
    pub load_fraction: f64,
    pub lean_rad: f64,
    pub compare: CompareMode,
    /// How much pressure the client tolerates (the comfort limit's percentile).
    pub client: Client,
    /// Both feet and both hands, one each side of the spine.
    pub pair: bool,
    /// The practitioner's foot length, m; `None` means the usual one for the body mass.
    pub foot_length_m: Option<f64>,
    /// Depth of the `depth-stress` readout, m.
    pub depth_m: f64,
}

impl Settings {
    /// The defaults for a stroke: its own foot region and hand tool.
    pub fn for_stroke(library: &StrokeLibrary, stroke: StrokeKind) -> Self {
        let s = library.get(stroke);
        Self {
            stroke,
            foot: s.default_foot,
            hand: s.default_hand,
            mass_kg: DEFAULT_MASS_KG,
            load_fraction: DEFAULT_LOAD,
            lean_rad: s.default_lean_deg.to_radians(),
            compare: CompareMode::Force,
            client: Client::Typical,
            pair: s.default_pair,
            foot_length_m: None,
            depth_m: DEFAULT_DEPTH_M,
        }
    }

    /// The foot length in use: the visitor's, or the usual one for the body mass, m.
    pub fn foot_length(&self) -> f64 {
        self.foot_length_m.filter(|f| f.is_finite()).map_or_else(
            || default_foot_length_m(self.mass_kg),
            |f| f.clamp(FOOT_LENGTH_RANGE_M.0, FOOT_LENGTH_RANGE_M.1),
        )
    }

    /// The same settings with every number inside its range (non-finite numbers take the default).
    pub fn clamped(self) -> Self {
        let fit = |v: f64, (lo, hi): (f64, f64), default: f64| if v.is_finite() { v.clamp(lo, hi) } else { default };
        let lean_range = (LEAN_RANGE_DEG.0.to_radians(), LEAN_RANGE_DEG.1.to_radians());
        Self {
            mass_kg: fit(self.mass_kg, MASS_RANGE_KG, DEFAULT_MASS_KG),
            load_fraction: fit(self.load_fraction, LOAD_RANGE, DEFAULT_LOAD),
            lean_rad: fit(self.lean_rad, lean_range, DEFAULT_LEAN_DEG.to_radians()),
            foot_length_m: self
                .foot_length_m
                .filter(|f| f.is_finite())
                .map(|f| f.clamp(FOOT_LENGTH_RANGE_M.0, FOOT_LENGTH_RANGE_M.1)),
            depth_m: fit(self.depth_m, DEPTH_RANGE_M, DEFAULT_DEPTH_M),
            ..self
        }
    }
}
