//! GIL benchmarks (SPEC §5, issue 9): what the GIL costs when nobody contends for it, how
//! a fixed amount of CPU work fares split over 1-16 threads at each check interval, and
//! how long one hand-off takes.
//!
//! ```sh
//! cargo bench --bench gil                 # everything, about 3 minutes on 2 cores
//! cargo bench --bench gil -- fast_path    # only the uncontended overhead
//! cargo bench --bench gil -- threads      # threads 1/2/4/8/16 x check interval 1/10/100/1000
//! cargo bench --bench gil -- latency      # hand-off latency, median and p99
//! cargo bench --bench gil -- handoff      # wall time per hand-off at check interval 1
//! ```
//!
//! - `fast_path/{loop,fib}/{interval_100,switching_off}`: one thread, CPU-bound, with the
//!   default check interval (100: the eval loop's countdown reaches zero every ~100
//!   instructions and the slow path asks the scheduler, who finds nobody to switch to)
//!   against `check_interval(1_000_000)` (the slow path is almost never entered). The
//!   ratio of the two is the fast-path overhead. The script is compiled and the
//!   interpreter built outside the timed region; only `run_source` is timed.
//! - `threads/T/ci_N`: 400,000 loop iterations split over T threads at check interval N.
//!   Under one GIL the time should stay flat as T grows (`docs/performance.md` has the
//!   table); compare each against `threads/1/ci_N`.
//! - `latency/{2,4}_threads/{median,p99}`: the hand-off latency the scheduler measured
//!   (from the holder naming its successor to the successor running, `Stats`) at the
//!   default check interval; criterion's "time" is that latency.
//! - `handoff/{2,8}_threads/{interval_1,no_switching}`: T threads share a fixed amount of
//!   work at `check_interval(1)` and with switching effectively off; the line on stderr
//!   gives the wall time per hand-off, raw and net of the run without switching.
//!
//! On a machine shared with other CPU-bound work the figures vary from run to run; note
//! the load (`uptime`) next to any number you keep.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};

/// `shared/bench/loop.py`, 1.5 M iterations instead of 10 M (~100 ms).
const LOOP: &str = "\
def main():
    total = 0
    i = 0
    while i < 1_500_000:
        total += i % 7
        i += 1
    return total

print(main())
";

/// `shared/bench/fib.py`, `fib(27)` instead of `fib(30)` (~50 ms).
const FIB: &str = "\
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(27))
";

/// Total loop iterations shared by the threads of the hand-off bench (~15 instructions
/// each, so about 60,000 instructions whatever the thread count).
const HANDOFF_WORK: u32 = 4_000;

/// `THREADS` threads each spin through their share of `HANDOFF_WORK` iterations.
fn handoff_script(threads: u32) -> String {
    let per_thread = HANDOFF_WORK / threads;
    format!(
        "\
import threading

def work(n):
    total = 0
    i = 0
    while i < n:
        total += i & 7
        i += 1

threads = [threading.Thread(target=work, args=({per_thread},)) for _ in range({threads})]
for t in threads:
    t.start()
for t in threads:
    t.join()
"
    )
}

/// One timed run: (time inside `run_source`, GIL hand-offs).
fn run_once(name: &str, source: &str, check_interval: u32) -> (Duration, u64) {
    let (d, stats) = run_stats(name, source, check_interval);
    (d, stats.switches)
}

/// One timed run and the scheduler's statistics.
fn run_stats(name: &str, source: &str, check_interval: u32) -> (Duration, gilpy::Stats) {
    let mut interp = gilpy::Interpreter::builder()
        .check_interval(check_interval)
        .capture_output()
        .build();
    let start = Instant::now();
    let result = interp.run_source(name, source);
    let elapsed = start.elapsed();
    if let Err(e) = result {
        panic!("{name} failed: {e}");
    }
    (elapsed, interp.stats())
}

/// 400,000 iterations of CPU work split over `threads` threads (`shared/gil/cpu_split.py`
/// at a tenth of its size).
fn split_script(threads: u32) -> String {
    let per_thread = 400_000 / threads;
    format!(
        "\
import threading

def work(n):
    acc = 0
    for i in range(n):
        acc += i % 5

threads = [threading.Thread(target=work, args=({per_thread},)) for _ in range({threads})]
for t in threads:
    t.start()
for t in threads:
    t.join()
"
    )
}

fn threads(c: &mut Criterion) {
    let mut group = c.benchmark_group("threads");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_secs(1));
    for t in [1u32, 2, 4, 8, 16] {
        let source = split_script(t);
        for ci in [1u32, 10, 100, 1000] {
            group.bench_with_input(
                BenchmarkId::new(t.to_string(), format!("ci_{ci}")),
                &ci,
                |b, &ci| {
                    b.iter_custom(|iters| {
                        (0..iters)
                            .map(|_| run_once("split.py", &source, ci).0)
                            .sum()
                    })
                },
            );
        }
    }
    group.finish();
}

fn latency(c: &mut Criterion) {
    let mut group = c.benchmark_group("latency");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_secs(2));
    for t in [2u32, 4] {
        let source = split_script(t);
        for (label, pick) in [("median", 50.0), ("p99", 99.0)] {
            group.bench_function(BenchmarkId::new(format!("{t}_threads"), label), |b| {
                b.iter_custom(|iters| {
                    (0..iters)
                        .map(|_| {
                            let (_, stats) = run_stats("split.py", &source, 100);
                            match stats.handoff_latency {
                                Some(l) if pick < 99.0 => l.median,
                                Some(l) => l.p99,
                                None => Duration::ZERO,
                            }
                        })
                        .sum()
                })
            });
        }
    }
    group.finish();
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    match xs.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => xs[n / 2],
        n => (xs[n / 2 - 1] + xs[n / 2]) / 2.0,
    }
}

fn fast_path(c: &mut Criterion) {
    let mut group = c.benchmark_group("fast_path");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for (name, source) in [("loop", LOOP), ("fib", FIB)] {
        for (label, interval) in [("interval_100", 100), ("switching_off", 1_000_000)] {
            group.bench_with_input(BenchmarkId::new(name, label), &interval, |b, &n| {
                b.iter_custom(|iters| (0..iters).map(|_| run_once(name, source, n).0).sum())
            });
        }
    }
    group.finish();
}

fn handoff(c: &mut Criterion) {
    let mut group = c.benchmark_group("handoff");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(4));
    for threads in [2u32, 8] {
        let source = handoff_script(threads);
        let name = format!("{threads}_threads");
        // The same work without switching: thread start-up, joins and the loop itself.
        let baseline: Vec<(Duration, u64)> = (0..5)
            .map(|_| run_once(&name, &source, 1_000_000))
            .collect();
        let base_secs = median(baseline.iter().map(|r| r.0.as_secs_f64()).collect());
        let base_switches = median(baseline.iter().map(|r| r.1 as f64).collect());
        let (_, calibration) = run_once(&name, &source, 1);
        group.throughput(Throughput::Elements(calibration));
        // Every timed call's (seconds, hand-offs, runs), for the per-hand-off figures.
        let samples: RefCell<Vec<(f64, u64, u64)>> = RefCell::new(Vec::new());
        group.bench_function(BenchmarkId::new(&name, "interval_1"), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                let mut switches = 0;
                for _ in 0..iters {
                    let (d, s) = run_once(&name, &source, 1);
                    total += d;
                    switches += s;
                }
                samples
                    .borrow_mut()
                    .push((total.as_secs_f64(), switches, iters));
                total
            })
        });
        group.throughput(Throughput::Elements(base_switches.max(1.0) as u64));
        group.bench_function(BenchmarkId::new(&name, "no_switching"), |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| run_once(&name, &source, 1_000_000).0)
                    .sum()
            })
        });
        let samples = samples.into_inner();
        let raw_all: Vec<f64> = samples
            .iter()
            .map(|&(secs, sw, _)| secs / sw.max(1) as f64)
            .collect();
        let best = raw_all.iter().copied().fold(f64::INFINITY, f64::min);
        let raw = median(raw_all);
        let net = median(
            samples
                .iter()
                .map(|&(secs, sw, runs)| {
                    let per_run = secs / runs as f64;
                    let extra = sw as f64 / runs as f64 - base_switches;
                    (per_run - base_secs) / extra.max(1.0)
                })
                .collect(),
        );
        let per_run_switches = median(
            samples
                .iter()
                .map(|&(_, sw, runs)| sw as f64 / runs as f64)
                .collect(),
        );
        eprintln!(
            "handoff/{name}: {per_run_switches:.0} hand-offs per run; per hand-off: \
             median {:.2} µs raw (wall / hand-offs), {:.2} µs net of the {:.1} ms the run \
             takes without switching; best sample {:.2} µs raw",
            raw * 1e6,
            net * 1e6,
            base_secs * 1e3,
            best * 1e6
        );
    }
    group.finish();
}

criterion_group!(benches, fast_path, threads, latency, handoff);
criterion_main!(benches);
