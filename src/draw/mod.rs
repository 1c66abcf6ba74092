//! How the pictures are drawn, apart from the components that show them: a drawing as data
//! (`node`) and the retained layer that writes what changed into the page (`retained`), SVG
//! helpers and arrows (`svg`), where words inside a picture go (`labels`), isolines
//! (`contours`), the colour ramp of pressure (`heat`), and the people and the room (`figures`).
//! Pure functions of numbers, tested natively, but for `retained` (tested in a browser).

pub mod contours;
pub mod figures;
pub mod heat;
pub mod labels;
pub mod node;
pub mod retained;
pub mod svg;
