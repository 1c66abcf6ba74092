//! The client's back and the massage set-up, to scale (docs/model.md §8).

use serde::Serialize;

/// Length of the back from C7 to the posterior superior iliac spines, m (Ernst et al. 2013).
pub const BACK_LENGTH_M: f64 = 0.51;
/// Shoulder breadth, m (military volunteers).
pub const SHOULDER_BREADTH_M: f64 = 0.49;
/// Distance of the middle of each erector spinae band from the spine, m (bands 6–8 cm wide; estimate).
pub const ERECTOR_CENTRE_M: f64 = 0.04;
/// Width of each erector spinae band, m (estimate).
pub const ERECTOR_WIDTH_M: f64 = 0.07;
/// Table height above the floor, m (vendor guides).
pub const TABLE_HEIGHT_M: f64 = 0.70;
/// Table width, m (vendor guides).
pub const TABLE_WIDTH_M: f64 = 0.76;
/// Height of the client's back above the table top, face down, m (estimate).
pub const CLIENT_THICKNESS_M: f64 = 0.20;
/// Height of the ashiatsu bars above the floor, m (estimate).
pub const BAR_HEIGHT_M: f64 = 2.7;
/// Length of a massage table, m (vendor guides).
pub const TABLE_LENGTH_M: f64 = 1.85;
/// Distance from the head end of the table to C7, m (estimate, face in the face cradle).
pub const C7_FROM_HEAD_END_M: f64 = 0.30;

/// Height of the skin of the back above the floor, m.
pub const BACK_SURFACE_HEIGHT_M: f64 = TABLE_HEIGHT_M + CLIENT_THICKNESS_M;

/// How near the spine's midline a contact may come, m: the spinous processes lie 2–4 cm under the
/// midline skin with little tissue over them, so strokes keep to the lanes beside them (estimate:
/// the tips of the processes are about 1 cm wide, and a margin; docs/model.md §8).
pub const SPINE_CLEARANCE_M: f64 = 0.015;

/// Thickness of the layers under the skin of the paravertebral lane, m, at a level of the back
/// (docs/model.md §10: typical healthy adults; fat varies several-fold between people).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Layers {
    pub skin_m: f64,
    pub fat_m: f64,
    /// The back muscles: erector spinae with multifidus (and the thin muscles over them).
    pub muscle_m: f64,
}

impl Layers {
    /// Depth of the bone under the muscles (a rib or a transverse process), m.
    pub fn bone_depth_m(&self) -> f64 {
        self.skin_m + self.fat_m + self.muscle_m
    }
}

/// The layers in the lower thoracic region (T8–T12).
pub const THORACIC_LAYERS: Layers = Layers { skin_m: 0.002, fat_m: 0.008, muscle_m: 0.030 };
/// The layers in the lumbar region (L2–L4): bone at about 69 mm under the lane (Kawchuk, MRI).
pub const LUMBAR_LAYERS: Layers = Layers { skin_m: 0.002, fat_m: 0.010, muscle_m: 0.057 };
/// Along the back (fraction of C7–PSIS) where the layers change from thoracic to lumbar: T8 to L2.
const LAYERS_BLEND: (f64, f64) = (0.45, 0.76);

/// The layers under a point at `along_fraction` of C7–PSIS, blended between the two regions.
pub fn layers_at(along_fraction: f64) -> Layers {
    let u = ((along_fraction - LAYERS_BLEND.0) / (LAYERS_BLEND.1 - LAYERS_BLEND.0)).clamp(0.0, 1.0);
    let mix = |a: f64, b: f64| a + (b - a) * u;
    let (t, l) = (THORACIC_LAYERS, LUMBAR_LAYERS);
    Layers { skin_m: mix(t.skin_m, l.skin_m), fat_m: mix(t.fat_m, l.fat_m), muscle_m: mix(t.muscle_m, l.muscle_m) }
}

/// Spinal landmarks as fractions of the C7–PSIS length (Ernst et al. 2013).
pub const LANDMARKS: [(&str, f64); 7] =
    [("C7", 0.0), ("T4", 0.21), ("T7", 0.39), ("T10", 0.54), ("L1", 0.71), ("L4", 0.86), ("PSIS", 1.0)];

/// A point on the back: `along` from C7 towards the sacrum, `lateral` from the spine
/// (positive towards the client's left), both in metres.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct BackPoint {
    pub along: f64,
    pub lateral: f64,
}

impl BackPoint {
    /// The point at `along_fraction` of the C7–PSIS length and `lateral` metres from the spine.
    pub fn at(along_fraction: f64, lateral: f64) -> Self {
        Self { along: along_fraction * BACK_LENGTH_M, lateral }
    }

    /// Horizontal distance from the head end of the table, for the side views, m.
    pub fn from_head_end(&self) -> f64 {
        C7_FROM_HEAD_END_M + self.along
    }

    /// The nearest spinal landmark's name.
    pub fn nearest_landmark(&self) -> &'static str {
        let f = self.along / BACK_LENGTH_M;
        LANDMARKS.iter().min_by(|a, b| (a.1 - f).abs().total_cmp(&(b.1 - f).abs())).map(|l| l.0).unwrap_or("C7")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn landmarks_by_position() {
        assert_eq!(BackPoint::at(0.53, 0.04).nearest_landmark(), "T10");
        assert_eq!(BackPoint::at(0.0, 0.0).nearest_landmark(), "C7");
        assert_eq!(BackPoint::at(0.99, 0.0).nearest_landmark(), "PSIS");
    }

    #[test]
    fn layers_blend_from_thoracic_to_lumbar() {
        assert_eq!(layers_at(0.2), THORACIC_LAYERS);
        assert_eq!(layers_at(0.9), LUMBAR_LAYERS);
        let mid = layers_at(0.6).bone_depth_m();
        assert!(mid > THORACIC_LAYERS.bone_depth_m() && mid < LUMBAR_LAYERS.bone_depth_m());
        assert!((LUMBAR_LAYERS.bone_depth_m() - 0.069).abs() < 1e-9, "Kawchuk: L4 transverse process 69 mm deep");
    }

    #[test]
    fn back_surface_above_the_table() {
        assert!((BACK_SURFACE_HEIGHT_M - 0.90).abs() < 1e-12);
        assert!((BackPoint::at(1.0, 0.0).from_head_end() - 0.81).abs() < 1e-12);
    }
}
