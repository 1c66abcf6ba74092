//! Living inside a therapist's page, in one place: whether the app is framed and the snippet that
//! embeds it (`frame`), the Embed dialog that shows the snippet (`dialog`), the content height
//! posted to the host page (`height`, a hook), and the booking page's brand colour (`accent`).

pub mod accent;
pub mod dialog;
pub mod frame;
pub mod height;
