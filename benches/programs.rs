//! Speed of every program in `../shared/bench` (issue 11), each run whole through the
//! embedding API. Our own kernels have their own bench (`benches/kernels.rs`).
//!
//! ```sh
//! cargo bench --bench programs                # everything (several minutes)
//! cargo bench --bench programs -- shared/fib  # one program
//! ```
//!
//! Scripts are found when the bench starts. Each script is compiled once outside the timed
//! region (the compile cache); one iteration is a fresh interpreter running it to the
//! end, output captured. A script that fails stops the bench: a number for a broken
//! program would mean nothing. `../shared/tools/benchcmp` compares the same programs
//! with CPython; `docs/performance.md` keeps both tables.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};

/// The `.py` files of a folder, sorted (missing folder: none).
fn scripts(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn run(name: &str, source: &str) {
    let mut interp = gilpy::Interpreter::builder().capture_output().build();
    if let Err(e) = interp.run_source(name, source) {
        panic!("{name} failed: {e}");
    }
}

fn group(c: &mut Criterion, label: &str, dir: &Path) {
    let files = scripts(dir);
    if files.is_empty() {
        eprintln!("{label}: no scripts in {} (skipped)", dir.display());
        return;
    }
    let mut g = c.benchmark_group(label);
    // Whole programs take 0.1-3 s: few samples, each one run.
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_millis(500));
    for path in files {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        let name = path.display().to_string();
        let id = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        g.bench_function(id.unwrap_or_default(), |b| b.iter(|| run(&name, &source)));
    }
    g.finish();
}

fn programs(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    group(c, "shared", &root.join("../shared/bench"));
}

criterion_group!(benches, programs);
criterion_main!(benches);
