//! Living inside a therapist's page: whether the app is framed, and the snippet that embeds it.
//! (The height messages are `embed::height`.)

use gloo::utils::window;

/// Whether the app runs in a frame of another page.
pub fn in_frame() -> bool {
    let w = window();
    match (w.parent(), w.self_()) {
        (Ok(Some(parent)), me) => !js_sys::Object::is(&parent, &me),
        _ => false,
    }
}

/// What the frame lets the app do (docs/deploy.md explains each): run; stay in its own origin, so
/// it loads its files, remembers settings and keeps an offline copy without anything from the
/// host; open the full explainer and the booking page in a new tab as ordinary pages.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";
/// Presenter mode's full screen, and Copy link.
pub const ALLOW: &str = "fullscreen; clipboard-write";
/// The app's server learns the host's origin, not the page's full address.
pub const REFERRER_POLICY: &str = "strict-origin-when-cross-origin";

/// HTML a therapist's web person pastes to embed the app with `src`, sized by its messages.
pub fn snippet(src: &str, title: &str) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        r#"<iframe id="ashiatsu-explainer" src="{src}" title="{title}" loading="lazy"
        sandbox="{SANDBOX}"
        allow="{ALLOW}" referrerpolicy="{REFERRER_POLICY}"
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

    #[test]
    fn the_snippet_sandboxes_the_frame_and_the_docs_show_the_same_snippet() {
        let s = snippet("https://x.example/?view=embed", "Ashiatsu");
        assert!(s.contains(&format!("sandbox=\"{SANDBOX}\"")) && s.contains(&format!("allow=\"{ALLOW}\"")));
        assert!(s.contains(&format!("referrerpolicy=\"{REFERRER_POLICY}\"")));
        for (name, doc) in [
            ("README.md", include_str!("../../README.md")),
            ("docs/embedding.md", include_str!("../../docs/embedding.md")),
        ] {
            for part in [SANDBOX, ALLOW, REFERRER_POLICY] {
                assert!(doc.contains(part), "{name} shows the snippet's {part}");
            }
        }
    }
}
