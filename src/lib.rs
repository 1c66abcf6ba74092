//! The ashiatsu explainer web app (Yew): ashiatsu beside hand massage, the same stroke at the
//! same moment, rendered from the `ashiatsu-model` crate, which knows nothing about the web.
//!
//! Pure modules (`url`, `state`, `format`, `i18n`) are unit tested natively; components render
//! the state; `app` wires the browser to them.

pub mod accent;
pub mod app;
pub mod browser;
pub mod config;
pub mod embed;
pub mod format;
pub mod hooks;
pub mod i18n;
pub mod pace;
pub mod panic_panel;
pub mod params;
pub mod quantities;
pub mod scenes;
pub mod state;
pub mod storage;
pub mod url;
pub mod view;

pub use app::App;
pub use hooks::page::READY_ATTR;
