use ashiatsu_model::*;
#[test]
fn show() {
    let m = Model::default();
    for stroke in [StrokeKind::Compression, StrokeKind::Effleurage, StrokeKind::Petrissage] {
        let s = Settings::for_stroke(&m.strokes, stroke);
        for compare in [CompareMode::Force, CompareMode::Comfort] {
            let c = m.evaluate(&Settings { compare, ..s }, 0.5);
            let p = |side: &Side| format!("N {:.1} A {:.1}cm2 mean {:.1}k peak {:.1}k lim {:.1}k [{:.1},{:.1}] g {:.2} depth {:.1}k shear {:.1} lane {:.3}+{:.3} over {} cap {}",
                side.readouts.normal_force_n, side.readouts.contact_area_m2*1e4, side.readouts.mean_pressure_pa/1e3, side.readouts.peak_pressure_pa/1e3,
                side.readouts.comfort_limit_pa/1e3, side.readouts.comfort_limit_low_pa/1e3, side.readouts.comfort_limit_high_pa/1e3, side.readouts.gravity_share, side.readouts.depth_stress_pa/1e3, side.readouts.shear_force_n, side.position.lateral, side.lane_shift_m, side.over_comfort(), side.beyond_capacity);
            println!("{stroke:?} {compare:?} foot={:?} hand={:?} pair={}\n  foot {}\n  hand {}\n  bars {:.0} standing {:.0}", s.foot, s.hand, s.pair, p(&c.foot), p(&c.hand), c.ashiatsu.bars_n, c.ashiatsu.standing_foot_n);
        }
    }
    let base = Settings::for_stroke(&m.strokes, StrokeKind::Compression);
    for tool in HandTool::ALL {
        for client in [Client::Sensitive, Client::Typical, Client::Tolerant] {
            let c = m.evaluate(&Settings { hand: *tool, compare: CompareMode::Comfort, client, ..base }, 0.5);
            println!("comfort {tool:?} {client:?}: {:.1} N ({:.1} kgf) mean {:.0} kPa area {:.2} cm2 depth3cm {:.1} kPa cap {}", c.hand.readouts.normal_force_n, c.hand.readouts.normal_force_n/9.80665, c.hand.readouts.mean_pressure_pa/1e3, c.hand.readouts.contact_area_m2*1e4, c.hand.readouts.depth_stress_pa/1e3, c.hand.beyond_capacity);
        }
    }
    for foot in FootRegion::ALL {
        let c = m.evaluate(&Settings { foot: *foot, compare: CompareMode::Comfort, ..base }, 0.5);
        println!("comfort foot {foot:?}: {:.1} N mean {:.0} kPa area {:.2} depth {:.1} kPa", c.foot.readouts.normal_force_n, c.foot.readouts.mean_pressure_pa/1e3, c.foot.readouts.contact_area_m2*1e4, c.foot.readouts.depth_stress_pa/1e3);
    }
    for deg in [0.0f64, 10.0, 20.0, 25.0, 40.0, 60.0] {
        let c = m.evaluate(&Settings { lean_rad: deg.to_radians(), ..base }, 0.5);
        println!("lean {deg}: contact x {:.3} reach {:.3} g/W(t) {:.3} share {:.2} t {:.3}", c.lean.contact.x, c.lean.reach_m, c.hand.readouts.gravity_share, c.hand.readouts.gravity_share, c.hand.tangential_ratio);
    }
    let s = Settings::for_stroke(&m.strokes, StrokeKind::Effleurage);
    let t0 = std::time::Instant::now();
    m.evaluate(&s, 0.1);
    println!("first {:?}", t0.elapsed());
    let t = std::time::Instant::now();
    for i in 0..200 { std::hint::black_box(m.evaluate(&s, i as f64 / 200.0)); }
    println!("eval {:?}", t.elapsed() / 200);
}
#[test]
fn timing() {
    use ashiatsu_model::depth::*;
    let m = Model::default();
    let s = Settings::for_stroke(&m.strokes, StrokeKind::Effleurage);
    let c = m.evaluate(&s, 0.3);
    let g = &c.foot.patch.grid;
    let cop = c.foot.patch.centre_of_pressure();
    let partner = Some(Partner { grid: g, mirror_y: 2.0 * (cop.y - 0.078) });
    println!("grid {}x{} cell {:.4} nonzero {}", g.nx, g.ny, g.cell_m, g.values_pa.iter().filter(|v| **v > 0.0).count());
    let t = std::time::Instant::now();
    for _ in 0..1000 { std::hint::black_box(vertical_stress_with_partner_pa(g, partner, cop, 0.03)); }
    println!("readout {:?}", t.elapsed() / 1000);
    let t = std::time::Instant::now();
    for _ in 0..1000 { std::hint::black_box(section(g, partner, cop)); }
    println!("section {:?}", t.elapsed() / 1000);
    let t = std::time::Instant::now();
    for _ in 0..1000 { std::hint::black_box(ashiatsu_model::pressure::patch(&ashiatsu_model::contact::foot_surface(FootRegion::Sole, 0.24), 100.0, 0.5)); }
    println!("patch {:?}", t.elapsed() / 1000);
}
