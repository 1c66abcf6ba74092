//! One full evaluation of both sides, pressure grids included: what the app computes every frame.

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
    let settings = Settings::for_stroke(&model.strokes, StrokeKind::Effleurage);
    c.bench_function("cycle effort (64 samples, on settings change)", |b| {
        b.iter(|| black_box(model.cycle_effort(black_box(&settings), 64)))
    });
}

criterion_group!(benches, evaluate);
criterion_main!(benches);
