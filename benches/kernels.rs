//! Single-thread speed kernels (issue 11): pyperformance-style programs under
//! `benches/kernels/` (float n-body, point and ray-tracer vector classes, a richards-like
//! task scheduler, spectral norm, n-queens, a dict of objects, list/tuple shuffling,
//! string formatting; an event-driven simulation and a tree-walking interpreter with
//! visitors, written to check that method/attribute gains carry over; word counting and
//! text reports, a JSON-like document built, walked, dumped and parsed back; session 8's
//! unseen set: accounts with properties and exceptions, closures and a memo dict,
//! dataclass sorting, list-of-lists matrices, a tokenizer, operator dunders). Each run is
//! checked against CPython 3.11's output (`NAME.out`).
//!
//! ```sh
//! cargo bench --bench kernels              # all, about 1 minute
//! cargo bench --bench kernels -- richards  # one
//! ```
//!
//! `docs/performance.md` ("Attribute and float profile") has the CPython ratios and the
//! instruction counts; the wall times here are for spotting regressions.

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};

/// `(name, source, CPython's output)` of `benches/kernels/NAME.py`.
macro_rules! kernel {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("kernels/", $name, ".py")),
            include_str!(concat!("kernels/", $name, ".out")),
        )
    };
}

const KERNELS: &[(&str, &str, &str)] = &[
    kernel!("nbody"),
    kernel!("points"),
    kernel!("raytrace"),
    kernel!("richards"),
    kernel!("spectral_norm"),
    kernel!("nqueens"),
    kernel!("dict_objects"),
    kernel!("shuffle"),
    kernel!("formatting"),
    kernel!("event_sim"),
    kernel!("tree_interp"),
    kernel!("text_words"),
    kernel!("json_walk"),
    kernel!("graph_solver"),
    kernel!("matrix_float"),
    kernel!("gen_pipeline"),
    kernel!("deltablue_like"),
    kernel!("bank"),
    kernel!("closures_state"),
    kernel!("inventory"),
    kernel!("matrix_list"),
    kernel!("tokenizer"),
    kernel!("vec_dunder"),
];

/// Runs one kernel to completion and checks its output.
fn run(name: &str, source: &str, expected: &str) {
    let mut interp = gilpy::Interpreter::builder().capture_output().build();
    if let Err(e) = interp.run_source(name, source) {
        panic!("{name} failed: {e}");
    }
    let (out, _) = interp.output();
    assert_eq!(out, expected, "{name}: output differs from CPython 3.11's");
}

fn kernels(c: &mut Criterion) {
    let mut g = c.benchmark_group("kernels");
    g.sampling_mode(SamplingMode::Flat).sample_size(10);
    for &(name, source, expected) in KERNELS {
        g.bench_function(name, |b| b.iter(|| run(name, source, expected)));
    }
    g.finish();
}

criterion_group!(benches, kernels);
criterion_main!(benches);
