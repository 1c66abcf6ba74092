//! The view: components that render the model's state. Nothing here computes physics.

pub mod app_header;
pub mod back_view;
pub mod contact_view;
pub mod contours;
pub mod controls;
pub mod depth_view;
pub mod description;
pub mod embed_dialog;
pub mod figures;
pub mod headline;
pub mod heat;
pub mod labels;
pub mod layout;
pub mod legend;
pub mod moment;
pub mod notices;
pub mod present;
pub mod readouts;
pub mod scrub;
pub mod side_views;
pub mod story;
pub mod svg;
pub mod time_controls;
pub mod unchanged;
