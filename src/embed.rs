//! Living inside a therapist's page: whether the app is framed, and the snippet that embeds it.
//! (The height messages are `hooks::report_height`.)

use gloo::utils::window;

/// Whether the app runs in a frame of another page.
pub fn in_frame() -> bool {
    let w = window();
    match (w.parent(), w.self_()) {
        (Ok(Some(parent)), me) => !js_sys::Object::is(&parent, &me),
        _ => false,
    }
}

/// HTML a therapist's web person pastes to embed the app with `src`, sized by its messages.
pub fn snippet(src: &str, title: &str) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        r#"<iframe id="ashiatsu-explainer" src="{src}" title="{title}" loading="lazy"
        style="width:100%;border:0;height:640px"></iframe>
<script>
  window.addEventListener('message', function (event) {{
    var frame = document.getElementById('ashiatsu-explainer');
    if (!frame || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (data && typeof data.height === 'number' && isFinite(data.height) && data.height > 0) {{
      frame.style.height = Math.ceil(data.height) + 'px';
    }}
  }});
</script>"#,
        src = esc(src),
        title = esc(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_escapes_the_address() {
        let s = snippet("https://x.example/?view=embed&book=\"><script>", "Ashiatsu");
        assert!(!s.contains("\"><script>"), "the address cannot break out of the attribute");
        assert!(s.contains("view=embed&amp;book=&quot;>&lt;script>"));
        assert!(s.contains("addEventListener('message'"));
    }
}
