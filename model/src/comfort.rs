//! Comfort: the pressure-pain threshold of the back for a contact of a given size.
//!
//! Small probes hurt at higher pressure than large ones (spatial summation): on the back 406 kPa
//! with a 0.5 cm² probe and 205 kPa with a 2 cm² probe (Defrin et al. 2003). A power law through
//! those points cannot hold for large contacts (it would make a heel hurt at ~50 kPa, yet clients
//! take a good part of body weight through a heel), so it saturates at a large-area threshold,
//! a documented estimate (docs/model.md §5).

/// Threshold measured with the small probe, Pa (Defrin et al. 2003, back).
pub const PPT_SMALL_PA: f64 = 406e3;
/// Area of the small probe, m².
pub const PPT_SMALL_AREA_M2: f64 = 0.5e-4;
/// Threshold measured with the larger probe, Pa (Defrin et al. 2003, back).
pub const PPT_LARGE_PA: f64 = 205e3;
/// Area of the larger probe, m².
pub const PPT_LARGE_AREA_M2: f64 = 2e-4;
/// Threshold for large contacts (a heel, a sole, a palm), Pa: an estimate (docs/model.md §5).
pub const PPT_LARGE_AREA_LIMIT_PA: f64 = 150e3;
/// Sharpness of the blend between the power law and the large-area limit (larger = sharper).
const BLEND: f64 = 8.0;

/// Exponent of the power law PPT ∝ A^−b through Defrin's two points (≈ 0.49).
pub fn summation_exponent() -> f64 {
    (PPT_SMALL_PA / PPT_LARGE_PA).ln() / (PPT_LARGE_AREA_M2 / PPT_SMALL_AREA_M2).ln()
}

/// Pressure at which a contact of `area_m2` starts to hurt a typical client, Pa.
///
/// A smooth maximum of the power law and the large-area limit: it follows the measurements for
/// probe-sized contacts and levels off at the limit for large ones. Always finite and positive.
pub fn pain_threshold_pa(area_m2: f64) -> f64 {
    // Below a pinhead the law has no meaning; clamp so that the result stays finite.
    let area = area_m2.max(1e-7);
    let power_law = PPT_SMALL_PA * (area / PPT_SMALL_AREA_M2).powf(-summation_exponent());
    let ratio = power_law / PPT_LARGE_AREA_LIMIT_PA;
    PPT_LARGE_AREA_LIMIT_PA * (ratio.powf(BLEND) + 1.0).powf(1.0 / BLEND)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reproduces_the_measured_points_within_two_percent() {
        assert!((pain_threshold_pa(0.5e-4) / 406e3 - 1.0).abs() < 0.02);
        assert!((pain_threshold_pa(2e-4) / 205e3 - 1.0).abs() < 0.02);
    }

    #[test]
    fn falls_with_area_and_levels_off() {
        let mut last = f64::INFINITY;
        for cm2 in [0.2, 0.5, 1.0, 2.0, 5.0, 20.0, 50.0, 120.0] {
            let t = pain_threshold_pa(cm2 * 1e-4);
            assert!(t < last, "{cm2}");
            assert!(t >= PPT_LARGE_AREA_LIMIT_PA);
            last = t;
        }
        assert!(pain_threshold_pa(120e-4) < 1.01 * PPT_LARGE_AREA_LIMIT_PA);
    }

    #[test]
    fn finite_for_degenerate_areas() {
        for a in [0.0, -1.0, 1e-30, 1e9] {
            assert!(pain_threshold_pa(a).is_finite());
        }
    }
}
