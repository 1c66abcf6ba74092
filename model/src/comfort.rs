//! Comfort: the pressure-pain threshold of the back for a contact of a given size, for a
//! sensitive, typical or tolerant client, compared like with like (docs/model.md §5).
//!
//! A pressure-pain threshold is measured as a probe's force divided by its area: a mean pressure.
//! Small probes hurt at higher pressure than large ones (spatial summation): on the back 406 kPa
//! with a 0.5 cm² probe and 205 kPa with a 2 cm² probe (Defrin et al. 2003). Beyond 2 cm² nothing
//! was measured on the back; a cuff round the calf hurts at 26 kPa where a probe needs 482 kPa
//! (Polianskis et al. 2001), so summation goes on at about Defrin's rate: the exponent there is
//! fitted to both, with a range. Each pad of a contact is compared as one probe, and so is every
//! central part of it: no part may press past the threshold for its own area.

use crate::contact::ids;
use crate::pressure::LoadedPad;
use serde::Serialize;

/// Threshold measured with the small probe, Pa (Defrin et al. 2003, back, mean of the group).
pub const PPT_SMALL_PA: f64 = 406e3;
/// Area of the small probe, m².
pub const PPT_SMALL_AREA_M2: f64 = 0.5e-4;
/// Threshold measured with the larger probe, Pa (Defrin et al. 2003, back).
pub const PPT_LARGE_PA: f64 = 205e3;
/// Area of the larger probe, m².
pub const PPT_LARGE_AREA_M2: f64 = 2e-4;
/// Exponent of the fall of the threshold with area beyond the largest probe, fitted to the two
/// measured comparisons (docs/model.md §5): Defrin's 0.5 → 2 cm² on the back and Polianskis' 1 cm²
/// probe against a cuff on the calf. Its bounds are [`LARGE_CONTACT_EXPONENT_RANGE`].
pub const LARGE_CONTACT_EXPONENT: f64 = 0.49;
/// The exponents every headline range is computed with beyond 2 cm² (docs/model.md §5): the upper
/// end is the cuff comparison at its smallest cuff (measured), the lower an estimated allowance
/// below the fit (the measurements alone give about 0.46–0.53), so the range leans to the foot.
pub const LARGE_CONTACT_EXPONENT_RANGE: (f64, f64) = (0.38, 0.53);
/// Smallest area the law is used at, m²: below a pinhead it has no meaning.
const MIN_AREA_M2: f64 = 1e-7;

/// How much pressure the client tolerates (contract `client`): the 16th, 50th and 84th
/// percentile of pressure-pain thresholds between people (docs/model.md §5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
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

/// The pain threshold in use: whose (the client) and how fast it falls beyond 2 cm² (the
/// large-contact exponent, central or at one end of its range).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PainLaw {
    pub client: Client,
    pub large_exponent: f64,
}

impl PainLaw {
    /// The client's threshold with the fitted exponent.
    pub fn new(client: Client) -> Self {
        Self { client, large_exponent: LARGE_CONTACT_EXPONENT }
    }

    /// Mean pressure over a contact of `area_m2` at which it starts to hurt, Pa: Defrin's power
    /// law up to the larger probe's 2 cm², the fitted exponent beyond. Continuous, falling with
    /// area, always finite and positive.
    pub fn threshold_pa(self, area_m2: f64) -> f64 {
        let area = if area_m2.is_finite() { area_m2.max(MIN_AREA_M2) } else { MIN_AREA_M2 };
        let typical = if area <= PPT_LARGE_AREA_M2 {
            PPT_SMALL_PA * (area / PPT_SMALL_AREA_M2).powf(-summation_exponent())
        } else {
            PPT_LARGE_PA * (area / PPT_LARGE_AREA_M2).powf(-self.exponent())
        };
        typical * self.client.factor()
    }

    /// How far the most pressed part of a pad comes to its own threshold, per pascal of the pad's
    /// mean pressure: the largest, over the central parts of the pad, of (that part's mean ÷ the
    /// pad's mean) ÷ PPT(that part's area), 1/Pa. A pad is within comfort exactly when its mean
    /// times this is at most 1 (docs/model.md §5, "Peaks").
    ///
    /// Under p = p₀ (1 − ρ²)^k the most pressed part of a given area is the central ellipse; the
    /// part covering a fraction f of the pad carries 1 − (1 − f)^(k+1) of its force, so its mean
    /// is (1 − (1 − f)^(k+1)) ∕ f times the pad's: 1 for the whole pad, k + 1 at its centre. The
    /// threshold rises as the part shrinks (PPT ∝ (fA)^−b), so the worst part lies in between. On
    /// each stretch of one exponent b the worst fraction depends on k and b alone
    /// ([`worst_fraction`]); the answer is the largest of those, of the whole pad and of the
    /// fraction where the law changes exponent at 2 cm².
    pub fn worst_part_per_pa(self, area_m2: f64, peakedness: f64) -> f64 {
        let k = if peakedness.is_finite() { peakedness.max(0.0) } else { 0.0 };
        let area = if area_m2.is_finite() { area_m2.max(MIN_AREA_M2) } else { MIN_AREA_M2 };
        let excess = |f: f64| (1.0 - (1.0 - f).powf(k + 1.0)) / f / self.threshold_pa(f * area);
        let boundary = PPT_LARGE_AREA_M2 / area;
        let large = worst_fraction(k, self.exponent());
        let small = worst_fraction(k, summation_exponent());
        let candidates = [
            Some(1.0),
            (boundary < 1.0).then_some(boundary),
            (large > boundary).then_some(large),
            (small < boundary.min(1.0)).then_some(small),
        ];
        candidates.into_iter().flatten().map(excess).fold(0.0, f64::max)
    }

    /// The large-contact exponent, kept to 0..1.
    fn exponent(self) -> f64 {
        if self.large_exponent.is_finite() {
            self.large_exponent.clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// The comfort limit of a loaded contact on the scale of its mean pressure (total force ÷
    /// total loaded area), Pa: the contact's mean pressure at which the most pressed part of its
    /// most pressed pad reaches the threshold for its own area. A contact is within comfort
    /// exactly when its mean pressure is at or under it.
    ///
    /// Each pad is one probe, and so is every central part of it: pad mean Fᵢ ∕ Aᵢ = sᵢ · A ∕ Aᵢ
    /// times the contact's mean (sᵢ the pad's share of the force), so the limit is
    /// 1 ∕ maxᵢ (sᵢ A ∕ Aᵢ · worstᵢ): defined at zero force as well.
    pub fn contact_limit_pa(self, pads: &[LoadedPad]) -> f64 {
        let total_area: f64 = pads.iter().map(|p| p.loaded.area()).sum();
        let worst = pads
            .iter()
            .map(|p| {
                let area = p.loaded.area();
                p.share * total_area / area * self.worst_part_per_pa(area, p.peakedness)
            })
            .fold(0.0, f64::max);
        if worst > 0.0 && worst.is_finite() {
            1.0 / worst
        } else {
            self.threshold_pa(total_area)
        }
    }
}

/// The central fraction f of a pad of peakedness k that comes nearest its threshold when the
/// threshold goes as area^−b: the maximum of g(f) = (1 − (1 − f)^(k+1)) f^(b−1), where
/// φ(f) = (k + 1)(1 − f)^k f − (1 − b)(1 − (1 − f)^(k+1)) = 0 (2b ∕ (1 + b) for k = 1). φ is
/// positive near 0 and −(1 − b) at 1, so the maximum lies inside; Newton's method from the k = 1
/// answer finds it in a few steps. A flat pad (k = 0) is worst as a whole.
pub fn worst_fraction(k: f64, b: f64) -> f64 {
    // The comfort search asks for the same few (k, b) pairs thousands of times a frame: remember
    // the last ones.
    let key = (k.to_bits(), b.to_bits());
    if let Some(f) = RECENT.with(|r| r.borrow().iter().find(|e| e.0 == key).map(|e| e.1)) {
        return f;
    }
    let f = solve_worst_fraction(k, b);
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        r.rotate_right(1);
        r[0] = (key, f);
    });
    f
}

thread_local! {
    /// The last few answers of [`worst_fraction`], newest first (every stroke uses at most eight
    /// pad shapes and two exponents at a time).
    static RECENT: std::cell::RefCell<[((u64, u64), f64); 16]> =
        const { std::cell::RefCell::new([((u64::MAX, u64::MAX), 1.0); 16]) };
}

fn solve_worst_fraction(k: f64, b: f64) -> f64 {
    if k <= 1e-9 || b >= 1.0 {
        return 1.0;
    }
    let b = b.max(1e-6);
    let mut f = (2.0 * b / (1.0 + b)).clamp(1e-3, 0.999);
    for _ in 0..NEWTON_STEPS {
        let u = 1.0 - f;
        let uk = u.powf(k - 1.0);
        let phi = (k + 1.0) * uk * u * f - (1.0 - b) * (1.0 - uk * u * u);
        let slope = (k + 1.0) * uk * (b * u - k * f);
        if slope.abs() < 1e-12 {
            break;
        }
        f = (f - phi / slope).clamp(1e-4, 0.9999);
    }
    f
}

/// Newton steps for [`worst_fraction`]: quadratic convergence from a start within a few per cent.
const NEWTON_STEPS: usize = 8;

/// Mean pressure over a contact of `area_m2` at which it starts to hurt this client, Pa, with the
/// fitted large-contact exponent ([`PainLaw::threshold_pa`]).
pub fn pain_threshold_pa(area_m2: f64, client: Client) -> f64 {
    PainLaw::new(client).threshold_pa(area_m2)
}

/// The comfort limit of a loaded contact with the fitted exponent ([`PainLaw::contact_limit_pa`]).
pub fn contact_limit_pa(pads: &[LoadedPad], client: Client) -> f64 {
    PainLaw::new(client).contact_limit_pa(pads)
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
    fn the_fitted_exponent_agrees_with_both_measured_comparisons() {
        // Defrin et al. 2003, back: 406 kPa at 0.5 cm², 205 kPa at 2 cm².
        let defrin = (406.0f64 / 205.0).ln() / 4.0f64.ln();
        // Polianskis et al. 2001, calf: 482 kPa under a 1 cm² probe, 26 kPa under a cuff of
        // 250–470 cm² (10–13 cm wide round a 25–36 cm calf).
        let cuff = |area_cm2: f64| (482.0f64 / 26.0).ln() / area_cm2.ln();
        assert!((LARGE_CONTACT_EXPONENT - defrin).abs() < 0.01, "{defrin}");
        assert!(LARGE_CONTACT_EXPONENT > cuff(470.0) && LARGE_CONTACT_EXPONENT < cuff(250.0));
        let (lo, hi) = LARGE_CONTACT_EXPONENT_RANGE;
        assert!(lo < LARGE_CONTACT_EXPONENT && (hi - cuff(250.0)).abs() < 0.005, "{lo} {hi} {}", cuff(250.0));
    }

    #[test]
    fn a_heel_sized_contact_follows_the_fitted_fall() {
        // 205 kPa · (35 / 2)^−0.49 = 50.4 kPa; the bounds 0.38 and 0.53 give 69.1 and 44.9 kPa.
        let heel = pain_threshold_pa(35e-4, T);
        assert!((heel / 50.4e3 - 1.0).abs() < 0.005, "{heel}");
        let at = |b: f64| PainLaw { client: T, large_exponent: b }.threshold_pa(35e-4);
        assert!((at(0.38) / 69.1e3 - 1.0).abs() < 0.005 && (at(0.53) / 44.9e3 - 1.0).abs() < 0.005);
    }

    /// The worst part of a pad by brute force: the central fraction f's mean from the profile
    /// integrated numerically, against the threshold for its area, over a fine scan of f.
    fn worst_by_scan(law: PainLaw, area: f64, k: f64) -> f64 {
        let rings = 4000;
        let profile = |rho: f64| (1.0 - rho * rho).max(0.0).powf(k);
        // ∫₀^r p 2ρ dρ with the midpoint rule; the whole pad has mean 1 ∕ (k + 1) × p₀.
        let whole: f64 = (0..rings).map(|i| profile((i as f64 + 0.5) / rings as f64) * (i as f64 + 0.5)).sum();
        (1..=400)
            .map(|j| {
                let f = j as f64 / 400.0;
                let n = (f.sqrt() * rings as f64) as usize;
                let part: f64 = (0..n).map(|i| profile((i as f64 + 0.5) / rings as f64) * (i as f64 + 0.5)).sum();
                (part / whole) / f / law.threshold_pa(f * area)
            })
            .fold(0.0, f64::max)
    }

    #[test]
    fn no_part_of_a_peaked_pad_is_worse_than_the_model_finds() {
        for b in [0.38, LARGE_CONTACT_EXPONENT, 0.53] {
            let law = PainLaw { client: T, large_exponent: b };
            for k in [0.0, 0.4, 0.5, 0.8, 1.0, 2.0] {
                for cm2 in [0.5, 1.7, 2.5, 4.0, 29.0, 90.0] {
                    let model = law.worst_part_per_pa(cm2 * 1e-4, k);
                    let scan = worst_by_scan(law, cm2 * 1e-4, k);
                    assert!(model >= scan * (1.0 - 2e-3), "b {b} k {k} {cm2} cm²: {model} < {scan}");
                    assert!(model <= scan * (1.0 + 2e-3), "b {b} k {k} {cm2} cm²: {model} > {scan}");
                }
            }
        }
    }

    #[test]
    fn a_paraboloid_is_worst_at_two_b_over_one_plus_b() {
        // k = 1: the part f carries (2 − f) times the mean; (2 − f) f^b peaks at f = 2b ∕ (1 + b).
        for b in [0.25, 0.38, 0.49, 0.53] {
            assert!((worst_fraction(1.0, b) - 2.0 * b / (1.0 + b)).abs() < 1e-9, "{b}");
        }
        assert_eq!(worst_fraction(0.0, 0.49), 1.0, "a flat pad is worst as a whole");
        // The heel of the old review: at 0.25 its central 40 % (12 cm² of 29) averaged 27 % over.
        let f = worst_fraction(1.0, 0.25);
        assert!(((2.0 - f) * f.powf(0.25) - 1.27).abs() < 0.01);
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
