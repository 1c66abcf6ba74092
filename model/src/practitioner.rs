//! The practitioner's size: one person for both sides. Foot length sets the size of the feet and
//! hands (docs/model.md §1) and, through stature, the skeleton of both figures and the reach of the
//! lean (docs/model.md §3, §8). Without a foot length from the visitor, it follows from body mass.

/// Stature of an adult woman at zero mass, and its rise per kilogram, m: a least-squares line
/// through NHANES 2017–2020 body measures of US women (docs/model.md §9; mass explains little of
/// stature, r ≈ 0.3, so the default barely moves with the mass slider).
pub const STATURE_INTERCEPT_M: f64 = 1.52;
pub const STATURE_PER_KG_M: f64 = 0.0010;
/// Foot length as a fraction of stature (women ≈ 0.150, men ≈ 0.152; docs/model.md §9).
pub const FOOT_PER_STATURE: f64 = 0.150;
/// The range of foot lengths a visitor can choose, m (contract `footLength`, 20–32 cm).
pub const FOOT_LENGTH_RANGE_M: (f64, f64) = (0.20, 0.32);
/// The stature the skeleton and lean constants are written for, m (docs/model.md §3, §8).
pub const REFERENCE_STATURE_M: f64 = 1.65;

/// The usual foot length of a practitioner of `mass_kg`, m.
pub fn default_foot_length_m(mass_kg: f64) -> f64 {
    let stature = STATURE_INTERCEPT_M + STATURE_PER_KG_M * mass_kg.max(0.0);
    (FOOT_PER_STATURE * stature).clamp(FOOT_LENGTH_RANGE_M.0, FOOT_LENGTH_RANGE_M.1)
}

/// Stature that goes with a foot `foot_length_m` long, m.
pub fn stature_m(foot_length_m: f64) -> f64 {
    foot_length_m / FOOT_PER_STATURE
}

/// Factor on every length of the skeleton and the lean geometry for this foot length.
pub fn skeleton_scale(foot_length_m: f64) -> f64 {
    stature_m(foot_length_m) / REFERENCE_STATURE_M
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_65_kg_woman_has_a_foot_about_24_cm_long() {
        let foot = default_foot_length_m(65.0);
        // 1.52 + 0.065 = 1.585 m stature; 0.150 × 1.585 = 0.23775 m.
        assert!((foot - 0.23775).abs() < 1e-9, "{foot}");
        assert!((stature_m(foot) - 1.585).abs() < 1e-9);
    }

    #[test]
    fn mass_moves_the_foot_only_a_little() {
        let span = default_foot_length_m(150.0) - default_foot_length_m(40.0);
        assert!(span > 0.0 && span < 0.02, "{span}");
    }
}
