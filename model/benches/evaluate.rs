//! One full evaluation of both sides, pressure grids and stress fields included: what the app
//! computes every frame; and the stress under the skin alone.

use ashiatsu_model::depth::{section, vertical_stress_with_partner_pa, Partner};
use ashiatsu_model::{CompareMode, Model, Settings, StrokeKind};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn evaluate(c: &mut Criterion) {
    let model = Model::default();
    for (name, stroke, compare) in [
        ("effleurage/force", StrokeKind::Effleurage, CompareMode::Force),
        ("petrissage/comfort", StrokeKind::Petrissage, CompareMode::Comfort),
    ] {
        let settings = Settings { compare, ..Settings::for_stroke(&model.strokes, stroke) };
        let mut phase = 0.0;
        c.bench_function(&format!("evaluate both sides with grids ({name})"), |b| {
            b.iter(|| {
                phase = (phase + 0.0137) % 1.0;
                black_box(model.evaluate(black_box(&settings), phase))
            })
        });
    }
    // The stress under both feet of an effleurage (the largest contacts, with their partners).
    let settings = Settings::for_stroke(&model.strokes, StrokeKind::Effleurage);
    let state = model.evaluate(&settings, 0.3);
    let foot = &state.foot;
    let cop = foot.patch.centre_of_pressure();
    let partner = Some(Partner { grid: &foot.patch.grid, mirror_y: 2.0 * (cop.y - foot.position.lateral) });
    c.bench_function("stress field under one sole with its partner (per side, per frame)", |b| {
        b.iter(|| black_box(section(black_box(&foot.patch.grid), partner, cop)))
    });
    c.bench_function("depth readout under one sole with its partner", |b| {
        b.iter(|| black_box(vertical_stress_with_partner_pa(black_box(&foot.patch.grid), partner, cop, 0.03)))
    });
    c.bench_function("cycle effort (64 samples, on settings change)", |b| {
        b.iter(|| black_box(model.cycle_effort(black_box(&settings), 64)))
    });
}

criterion_group!(benches, evaluate);
criterion_main!(benches);
