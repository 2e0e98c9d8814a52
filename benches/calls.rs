//! Call-path benchmarks (issue 11): the kernels of `benches/kernels/`, each run at a
//! reduced size (`sys.argv[1]`) so one iteration takes 20-100 ms.
//!
//! ```sh
//! cargo bench --bench calls                # every kernel
//! cargo bench --bench calls -- kw_calls    # one kernel
//! ```
//!
//! The interpreter is built outside the timed region; only `run_source` (compile and
//! run) is timed. `docs/performance.md` ("Call path profile") has the callgrind counts
//! and the wall-time ratios against CPython for the full-size kernels.

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};

/// (name, source, argv[1]).
const KERNELS: &[(&str, &str, &str)] = &[
    ("kw_calls", include_str!("kernels/kw_calls.py"), "30000"),
    (
        "closures_dicts",
        include_str!("kernels/closures_dicts.py"),
        "30000",
    ),
    (
        "method_calls",
        include_str!("kernels/method_calls.py"),
        "30000",
    ),
    (
        "init_kwargs",
        include_str!("kernels/init_kwargs.py"),
        "10000",
    ),
    (
        "builtin_calls",
        include_str!("kernels/builtin_calls.py"),
        "20000",
    ),
    ("exceptions", include_str!("kernels/exceptions.py"), "10000"),
    (
        "combinatorics",
        include_str!("kernels/combinatorics.py"),
        "6",
    ),
    ("decorators", include_str!("kernels/decorators.py"), "5000"),
];

fn run_once(name: &str, source: &str, n: &str) -> Duration {
    let mut interp = gilpy::Interpreter::builder()
        .argv(vec![format!("{name}.py"), n.to_string()])
        .capture_output()
        .build();
    let start = Instant::now();
    let result = interp.run_source(name, source);
    let elapsed = start.elapsed();
    if let Err(e) = result {
        panic!("{name} failed: {e}");
    }
    elapsed
}

fn kernels(c: &mut Criterion) {
    let mut group = c.benchmark_group("calls");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for &(name, source, n) in KERNELS {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| (0..iters).map(|_| run_once(name, source, n)).sum())
        });
    }
    group.finish();
}

criterion_group!(benches, kernels);
criterion_main!(benches);
