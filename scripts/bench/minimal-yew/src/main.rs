//! The smallest Yew app: one component with a heading and a sentence, mounted on the body.

use yew::prelude::*;

#[component]
fn App() -> Html {
    html! {
        <main>
            <h1>{ "Minimal Yew app" }</h1>
            <p>{ "The yardstick for the explainer's first paint: the same framework and build, nothing else." }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
