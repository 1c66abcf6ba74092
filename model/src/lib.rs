//! The physics of ashiatsu beside hand massage.
//!
//! A pure model in SI units with no web dependency: contact surfaces to scale ([`contact`]),
//! the pressure field under them ([`pressure`]), gravity, the bars and the hand therapist's lean
//! ([`force`]), the pressure-pain threshold by contact size ([`comfort`]), strokes as data
//! ([`stroke`]), the client's back ([`body`]) and articulated figures ([`pose`]). [`Model::evaluate`]
//! gives the complete state of both sides at one moment of a stroke. docs/model.md explains every
//! formula and cites every constant.

pub mod assumptions;
pub mod body;
pub mod comfort;
pub mod contact;
pub mod depth;
pub mod force;
pub mod geometry;
pub mod json;
pub mod pose;
pub mod practitioner;
pub mod pressure;
pub mod safety;
pub mod scene;
pub mod settings;
mod side;
pub mod stroke;
pub mod summary;

pub use comfort::Client;
pub use contact::{FootRegion, HandTool};
pub use safety::Caution;
pub use scene::{Assumptions, Comparison, CycleEffort, Model, Readouts, Side};
pub use settings::{CompareMode, Settings};
pub use stroke::{StrokeError, StrokeKind, StrokeLibrary};
pub use summary::{Range, Summary};
