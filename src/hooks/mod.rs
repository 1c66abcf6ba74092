//! Hooks: what the components need from the browser, each in one place.

pub mod copy_link;
pub mod drawing;
pub mod frame_loop;
pub mod idle;
pub mod keyboard;
pub mod page;
pub mod picture_scale;
pub mod shown;
pub mod summary;
pub mod translations;
pub mod viewport;
