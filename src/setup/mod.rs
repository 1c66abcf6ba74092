//! What the app is asked to show, before anything is drawn: the settings as SI values
//! (`config`), one row per URL key (`params`), the address codec (`url`), the settings a device
//! saved (`storage`), the lesson scenes (`scenes`, each a query), and the start that reads them
//! once (`start`).

pub mod config;
pub mod params;
pub mod scenes;
pub mod start;
pub mod storage;
pub mod url;
