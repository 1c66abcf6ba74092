//! The figures of the side views: people, the room, the shapes they are drawn with.

pub mod person;
pub mod room;
pub mod shapes;
