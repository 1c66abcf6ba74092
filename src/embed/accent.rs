//! The therapist's brand colour (`accent`), made safe to use: text on it turns black or white,
//! whichever reads better, and headings fall back to the house ink when the colour is too light
//! to read on the page.

/// Page background the accent's text must read on (the default profile's `--bg`).
const PAGE_BG: [u8; 3] = [0xf7, 0xf4, 0xee];

/// `#rgb` or `#rrggbb` to RGB.
pub fn parse_hex(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    let digits: Vec<u8> = hex.chars().map(|c| c.to_digit(16).map(|d| d as u8)).collect::<Option<_>>()?;
    match digits.as_slice() {
        [r, g, b] => Some([r * 17, g * 17, b * 17]),
        [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
        _ => None,
    }
}

fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |v: u8| {
        let s = v as f64 / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG contrast ratio of two colours.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// CSS custom properties for an accent colour: the colour itself, the text colour on it, and the
/// colour for accent-coloured text on the page. `None` for anything that is not a hex colour.
pub fn style(colour: &str) -> Option<String> {
    let rgb = parse_hex(colour)?;
    let ink = if contrast(rgb, [255, 255, 255]) >= contrast(rgb, [0, 0, 0]) { "#ffffff" } else { "#000000" };
    let text = if contrast(rgb, PAGE_BG) >= 4.5 { colour } else { "var(--ink)" };
    Some(format!("--accent: {colour}; --accent-ink: {ink}; --accent-text: {text};"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stylesheet is the one source of colours: the page background this module checks
    /// contrast against must be the one the default profile paints.
    #[test]
    fn page_background_is_the_stylesheets() {
        let css = include_str!("../../static/styles.css");
        let bg = css.split("--bg:").nth(1).and_then(|rest| rest.split(';').next()).map(str::trim);
        assert_eq!(bg.and_then(parse_hex), Some(PAGE_BG), "--bg is {bg:?}");
    }

    #[test]
    fn parses_short_and_long_hex() {
        assert_eq!(parse_hex("#a0b"), Some([0xaa, 0x00, 0xbb]));
        assert_eq!(parse_hex("#2f6f6a"), Some([0x2f, 0x6f, 0x6a]));
        assert_eq!(parse_hex("#12345g"), None);
        assert_eq!(parse_hex("red"), None);
    }

    #[test]
    fn text_on_the_accent_reads_well_whatever_the_colour() {
        for colour in ["#ffff00", "#000000", "#2f6f6a", "#aa3366", "#ffffff", "#7f7f7f", "#0af"] {
            let rgb = parse_hex(colour).unwrap();
            let s = style(colour).unwrap();
            let ink = if s.contains("--accent-ink: #ffffff") { [255, 255, 255] } else { [0, 0, 0] };
            assert!(contrast(rgb, ink) >= 4.5, "{colour}: {}", contrast(rgb, ink));
        }
    }

    #[test]
    fn a_light_accent_does_not_colour_page_text() {
        assert!(style("#ffff00").unwrap().contains("--accent-text: var(--ink)"));
        assert!(style("#2f6f6a").unwrap().contains("--accent-text: #2f6f6a"));
    }
}
