//! Comfort: the pressure-pain threshold of the back for a contact of a given size, for a
//! sensitive, typical or tolerant client, compared like with like (docs/model.md §5).
//!
//! A pressure-pain threshold is measured as a probe's force divided by its area: a mean pressure.
//! Small probes hurt at higher pressure than large ones (spatial summation): on the back 406 kPa
//! with a 0.5 cm² probe and 205 kPa with a 2 cm² probe (Defrin et al. 2003). Beyond 2 cm² nothing
//! was measured on the back; summation goes on (cuff algometry hurts at tens of kPa) but more
//! weakly, so the threshold falls with a smaller exponent there, a documented estimate. Each pad of
//! a contact is compared as one probe: its mean pressure against the threshold for its own area.

use crate::contact::ids;
use crate::pressure::LoadedPad;
use serde::{Deserialize, Serialize};

/// Threshold measured with the small probe, Pa (Defrin et al. 2003, back, mean of the group).
pub const PPT_SMALL_PA: f64 = 406e3;
/// Area of the small probe, m².
pub const PPT_SMALL_AREA_M2: f64 = 0.5e-4;
/// Threshold measured with the larger probe, Pa (Defrin et al. 2003, back).
pub const PPT_LARGE_PA: f64 = 205e3;
/// Area of the larger probe, m².
pub const PPT_LARGE_AREA_M2: f64 = 2e-4;
/// Exponent of the fall of the threshold with area beyond the largest probe (estimate: 0 would be
/// no summation beyond 2 cm², 0.49 Defrin's slope carried on; docs/model.md §5).
pub const LARGE_CONTACT_EXPONENT: f64 = 0.25;
/// Smallest area the law is used at, m²: below a pinhead it has no meaning.
const MIN_AREA_M2: f64 = 1e-7;

/// How much pressure the client tolerates (contract `client`): the 16th, 50th and 84th
/// percentile of pressure-pain thresholds between people (docs/model.md §5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Client {
    Sensitive,
    #[default]
    Typical,
    Tolerant,
}

ids!(Client { Sensitive => "sensitive", Typical => "typical", Tolerant => "tolerant" });

/// Between-person spread of pressure-pain thresholds on the back: SD ÷ mean (Defrin et al. 2003:
/// 168 ÷ 406 and 102 ÷ 205).
pub const THRESHOLD_SPREAD: f64 = 0.45;

impl Client {
    /// The client's threshold as a multiple of the measured group mean. Thresholds are log-normal
    /// between people (Rolke et al. 2006): σ = √ln(1 + spread²), median = mean · e^(−σ²/2), and the
    /// 16th and 84th percentiles lie at median · e^(∓σ). A typical client is the group mean
    /// itself, the value every study reports (it lies at about the 58th percentile).
    pub fn factor(self) -> f64 {
        let sigma = (1.0 + THRESHOLD_SPREAD * THRESHOLD_SPREAD).ln().sqrt();
        let median = (-sigma * sigma / 2.0).exp();
        match self {
            Client::Sensitive => median * (-sigma).exp(),
            Client::Typical => 1.0,
            Client::Tolerant => median * sigma.exp(),
        }
    }
}

/// Exponent of the power law PPT ∝ A^−b through Defrin's two points (≈ 0.49).
pub fn summation_exponent() -> f64 {
    (PPT_SMALL_PA / PPT_LARGE_PA).ln() / (PPT_LARGE_AREA_M2 / PPT_SMALL_AREA_M2).ln()
}

/// Mean pressure over a contact of `area_m2` at which it starts to hurt this client, Pa.
///
/// Defrin's power law up to the larger probe's 2 cm², a gentler fall beyond. Continuous, falling
/// with area, always finite and positive.
pub fn pain_threshold_pa(area_m2: f64, client: Client) -> f64 {
    let area = if area_m2.is_finite() { area_m2.max(MIN_AREA_M2) } else { MIN_AREA_M2 };
    let typical = if area <= PPT_LARGE_AREA_M2 {
        PPT_SMALL_PA * (area / PPT_SMALL_AREA_M2).powf(-summation_exponent())
    } else {
        PPT_LARGE_PA * (area / PPT_LARGE_AREA_M2).powf(-LARGE_CONTACT_EXPONENT)
    };
    typical * client.factor()
}

/// The comfort limit of a loaded contact on the scale of its mean pressure (total force ÷ total
/// loaded area), Pa: the contact's mean pressure at which its most pressed pad reaches its own
/// threshold. A contact is within comfort exactly when its mean pressure is at or under it.
///
/// Each pad is one probe: pad mean Fᵢ ∕ Aᵢ against PPT(Aᵢ). Written with the pads' shares sᵢ of
/// the force, the pad mean is sᵢ · A ∕ Aᵢ times the contact's mean, so the limit is
/// 1 ∕ maxᵢ (sᵢ A ∕ Aᵢ ∕ PPT(Aᵢ)): defined at zero force as well.
pub fn contact_limit_pa(pads: &[LoadedPad], client: Client) -> f64 {
    let total_area: f64 = pads.iter().map(|p| p.loaded.area()).sum();
    let worst = pads
        .iter()
        .map(|p| {
            let area = p.loaded.area();
            p.share * total_area / area / pain_threshold_pa(area, client)
        })
        .fold(0.0, f64::max);
    if worst > 0.0 && worst.is_finite() {
        1.0 / worst
    } else {
        pain_threshold_pa(total_area, client)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Client = Client::Typical;

    #[test]
    fn reproduces_the_measured_points() {
        assert!((pain_threshold_pa(0.5e-4, T) / 406e3 - 1.0).abs() < 1e-9);
        assert!((pain_threshold_pa(2e-4, T) / 205e3 - 1.0).abs() < 1e-9);
    }

    #[test]
    fn lies_between_the_two_measured_lumbar_groups_at_one_square_centimetre() {
        // Giesbrecht & Battié 2005, 1 cm² algometer: 262 kPa with chronic low-back pain, 356 kPa without.
        let t = pain_threshold_pa(1e-4, T);
        assert!((262e3..=356e3).contains(&t), "{t}");
    }

    #[test]
    fn falls_with_area_without_a_jump() {
        let mut last = f64::INFINITY;
        for cm2 in [0.2, 0.5, 1.0, 1.99, 2.0, 2.01, 5.0, 20.0, 50.0, 120.0] {
            let t = pain_threshold_pa(cm2 * 1e-4, T);
            assert!(t < last, "{cm2}");
            last = t;
        }
        let below = pain_threshold_pa(2e-4 * (1.0 - 1e-9), T);
        let above = pain_threshold_pa(2e-4 * (1.0 + 1e-9), T);
        assert!((below / above - 1.0).abs() < 1e-6);
    }

    #[test]
    fn a_heel_sized_contact_lies_between_the_bounds_summation_allows() {
        // No summation beyond 2 cm²: 205 kPa. Defrin's slope carried on: 406 kPa · 70^−0.49 ≈ 50 kPa.
        let heel = pain_threshold_pa(35e-4, T);
        let lower = 406e3 * (35.0f64 / 0.5).powf(-summation_exponent());
        assert!(heel > lower && heel < 205e3, "{heel}");
        assert!((90e3..110e3).contains(&heel), "about 100 kPa: {heel}");
    }

    #[test]
    fn client_percentiles_of_a_log_normal_spread() {
        // σ = √ln(1.2025) = 0.4298; median 0.9118 of the mean; 16th 0.593, 84th 1.401.
        assert!((Client::Sensitive.factor() - 0.5929).abs() < 1e-3);
        assert!((Client::Tolerant.factor() - 1.4015).abs() < 1e-3);
        assert_eq!(Client::Typical.factor(), 1.0);
        for cm2 in [0.5, 2.0, 35.0] {
            let (s, t, x) = (Client::Sensitive, Client::Typical, Client::Tolerant);
            let a = cm2 * 1e-4;
            assert!(
                pain_threshold_pa(a, s) < pain_threshold_pa(a, t) && pain_threshold_pa(a, t) < pain_threshold_pa(a, x)
            );
        }
    }

    #[test]
    fn finite_for_degenerate_areas() {
        for a in [0.0, -1.0, 1e-30, 1e9, f64::NAN, f64::INFINITY] {
            let t = pain_threshold_pa(a, T);
            assert!(t.is_finite() && t > 0.0, "{a}: {t}");
        }
    }
}
