//! Entry point of the wasm app: installs the panic panel, then mounts [`ashiatsu::App`].

fn main() {
    ashiatsu::panic_panel::install();
    yew::Renderer::<ashiatsu::App>::new().render();
}
