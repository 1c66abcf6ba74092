//! Contour lines of a field sampled on a grid (marching squares): the lines of equal stress that
//! outline the "pressure bulb" under a contact. Pure geometry, drawn as one SVG path of segments.

/// The segments where `values` (row-major, `nx` × `ny`) crosses `level`, in grid coordinates
/// (x = column, y = row), linearly placed along each cell edge.
pub fn isoline(values: &[f32], nx: usize, ny: usize, level: f32) -> Vec<[(f64, f64); 2]> {
    let mut segments = Vec::new();
    if nx < 2 || ny < 2 || values.len() != nx * ny {
        return segments;
    }
    let v = |x: usize, y: usize| values[y * nx + x];
    // Where the level crosses the edge from a to b (a and b on opposite sides of it).
    let cross = |a: f32, b: f32| ((level - a) / (b - a)).clamp(0.0, 1.0) as f64;
    for y in 0..ny - 1 {
        for x in 0..nx - 1 {
            let (a, b, c, d) = (v(x, y), v(x + 1, y), v(x + 1, y + 1), v(x, y + 1));
            let case =
                (a >= level) as u8 | ((b >= level) as u8) << 1 | ((c >= level) as u8) << 2 | ((d >= level) as u8) << 3;
            let (xf, yf) = (x as f64, y as f64);
            let top = || (xf + cross(a, b), yf);
            let right = || (xf + 1.0, yf + cross(b, c));
            let bottom = || (xf + cross(d, c), yf + 1.0);
            let left = || (xf, yf + cross(a, d));
            let mut push = |p: (f64, f64), q: (f64, f64)| segments.push([p, q]);
            match case {
                0 | 15 => {}
                1 | 14 => push(left(), top()),
                2 | 13 => push(top(), right()),
                3 | 12 => push(left(), right()),
                4 | 11 => push(right(), bottom()),
                6 | 9 => push(top(), bottom()),
                7 | 8 => push(left(), bottom()),
                // Saddles: decide by the cell's mean.
                5 | 10 => {
                    let centre_above = (a + b + c + d) / 4.0 >= level;
                    if (case == 5) == centre_above {
                        push(left(), top());
                        push(right(), bottom());
                    } else {
                        push(top(), right());
                        push(left(), bottom());
                    }
                }
                _ => {}
            }
        }
    }
    segments
}

/// The segments as an SVG path, each point mapped by `to`.
pub fn path(segments: &[[(f64, f64); 2]], to: impl Fn((f64, f64)) -> (f64, f64)) -> String {
    let mut d = String::with_capacity(segments.len() * 24);
    for [p, q] in segments {
        let ((x0, y0), (x1, y1)) = (to(*p), to(*q));
        d.push_str(&format!("M{x0:.1},{y0:.1}L{x1:.1},{y1:.1}"));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cone_gives_a_closed_ring_at_the_right_radius() {
        // A cone of height 10 falling 1 per cell from the centre (10, 10): level 4.7 lies 5.3 cells
        // out (off the grid's points, where a crossing would be counted by two cells).
        let n = 21;
        let values: Vec<f32> = (0..n * n)
            .map(|i| {
                let (x, y) = ((i % n) as f64 - 10.0, (i / n) as f64 - 10.0);
                (10.0 - x.hypot(y)) as f32
            })
            .collect();
        let segments = isoline(&values, n, n, 4.7);
        assert!(segments.len() > 20);
        for s in &segments {
            for (x, y) in s {
                let r = (x - 10.0).hypot(y - 10.0);
                assert!((r - 5.3).abs() < 0.3, "{r}");
            }
        }
        // Closed: every end meets another segment's end.
        let ends: Vec<(f64, f64)> = segments.iter().flat_map(|s| s.iter().copied()).collect();
        for p in &ends {
            let meets = ends.iter().filter(|q| (q.0 - p.0).abs() < 1e-9 && (q.1 - p.1).abs() < 1e-9).count();
            assert_eq!(meets, 2, "{p:?}");
        }
    }

    #[test]
    fn flat_or_degenerate_fields_have_no_lines() {
        assert!(isoline(&[1.0; 16], 4, 4, 5.0).is_empty());
        assert!(isoline(&[1.0; 3], 3, 1, 0.5).is_empty());
        assert!(isoline(&[1.0; 5], 3, 3, 0.5).is_empty());
    }
}
