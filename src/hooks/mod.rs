//! Hooks: what the components need from the browser, each in one place.

pub mod boot;
pub mod copy_link;
pub mod frame_loop;
pub mod idle;
pub mod keyboard;
pub mod page;
pub mod picture_scale;
pub mod report_height;
pub mod shown;
pub mod summary;
pub mod translations;
pub mod viewport;
