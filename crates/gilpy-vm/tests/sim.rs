//! The `sim` module: simulated I/O overlaps across threads (on the virtual clock under a
//! seed, reproducibly), native work releases the GIL or holds it, file I/O round-trips.

use gilpy_vm::Interpreter;

fn run(src: &str, seed: Option<u64>) -> (String, gilpy_vm::Stats) {
    let mut b = Interpreter::builder().capture_output();
    if let Some(s) = seed {
        b = b.seed(s);
    }
    let mut interp = b.build();
    let r = interp.run_source("sim_test.py", src).expect("runs");
    (r.stdout, interp.stats())
}

#[test]
fn io_over_fifty_threads_overlaps_on_the_virtual_clock_and_replays() {
    let src = "\
import sim, threading, time
t0 = time.time()
ts = [threading.Thread(target=sim.io, args=(1.0,)) for _ in range(50)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(round(time.time() - t0, 1))
";
    let (a, _) = run(src, Some(11));
    // Fifty one-second waits, overlapped: about one second of (virtual) time, not fifty.
    assert_eq!(a, "1.0\n");
    let (b, _) = run(src, Some(11));
    assert_eq!(a, b, "a seed replays");
}

#[test]
fn native_work_releases_the_gil_and_the_holding_variant_does_not() {
    let src = "\
import sim, threading
out = []
def go(f):
    out.append(f(2_000_000))
for f in (sim.native, sim.native_holding_gil):
    ts = [threading.Thread(target=go, args=(f,)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(len(set(out)), len(out))
";
    let (out, stats) = run(src, None);
    // Same work, same checksum, four calls.
    assert_eq!(out, "1 4\n");
    // The releasing calls show up as time blocked away from the GIL.
    let blocked: std::time::Duration = stats.threads[1..].iter().map(|t| t.stats.blocked).sum();
    assert!(!blocked.is_zero(), "{stats:?}");
}

#[test]
fn read_and_write_round_trip_and_fail_like_open() {
    let path = std::env::temp_dir().join(format!("gilpy-sim-{}.txt", std::process::id()));
    let p = path.display().to_string().replace('\\', "/");
    let src = format!(
        "import sim\nprint(sim.write('{p}', 'twelve chars'))\nprint(sim.read('{p}'))\n\
         try:\n    sim.read('/no/such/dir/x')\nexcept FileNotFoundError:\n    print('missing')\n"
    );
    let (out, _) = run(&src, None);
    assert_eq!(out, "12\ntwelve chars\nmissing\n");
}
