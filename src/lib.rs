//! The ashiatsu explainer web app (Yew): ashiatsu beside hand massage, the same stroke at the
//! same moment, rendered from the `ashiatsu-model` crate, which knows nothing about the web.
//!
//! Pure modules (`setup`, `state`, `format`, `i18n`, `draw`) are unit tested natively;
//! components (`view`, `embed`) render the state; `hooks` hold what they need from the browser;
//! `app` wires the browser to them.

pub mod app;
pub mod browser;
pub mod draw;
pub mod embed;
pub mod format;
pub mod hooks;
pub mod i18n;
pub mod pace;
pub mod panic_panel;
pub mod quantities;
pub mod setup;
pub mod state;
pub mod view;

pub use app::App;
pub use hooks::page::READY_ATTR;
