//! Memory (issue 11): peak resident memory of programs that allocate a lot, next to the
//! speed benchmarks. Criterion measures time, not memory, so this is its own harness:
//! each case runs in a fresh child process (this bench binary re-executed with
//! `GILPY_MEMORY_CASE` set), which runs the script through the embedding API and reports
//! its peak RSS (`VmHWM` in `/proc/self/status`) and wall time. When `python3` is on the
//! `PATH` the same script runs there too, for the ratio.
//!
//! ```sh
//! cargo bench --bench memory
//! ```

use std::process::Command;
use std::time::Instant;

/// (name, script). Each prints a small result so a wrong run shows.
const CASES: &[(&str, &str)] = &[
    (
        "str_append_100k",
        "s = ''\nfor i in range(100000):\n    s += 'x'\nprint(len(s))\n",
    ),
    (
        "list_of_pairs_3m",
        "n = 0\nfor i in range(3000000):\n    p = [i, i + 1]\n    n += p[1] - p[0]\nprint(n)\n",
    ),
    (
        "dict_churn_1m",
        "d = {}\nfor i in range(1000000):\n    d[i % 1000] = str(i)\nprint(len(d))\n",
    ),
    (
        "cycles_1m",
        "class N:\n    pass\nfor i in range(1000000):\n    a = N(); b = N(); a.o = b; b.o = a\nprint('ok')\n",
    ),
    ("blocked_cond_3m", BLOCKED_COND),
];

/// One thread waits to enter `with cond:` while the holder allocates: collection must
/// not stop for the waiting thread (issue 11).
const BLOCKED_COND: &str = "
import threading
cond = threading.Condition()
ready = threading.Event()
def waiter():
    ready.wait()
    with cond:
        pass
with cond:
    t = threading.Thread(target=waiter)
    t.start()
    ready.set()
    n = 0
    for i in range(3000000):
        p = [i, i]
        n += 1
t.join()
print(n)
";

/// Peak resident set of this process, in kB.
fn peak_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn child(name: &str) {
    let Some((_, src)) = CASES.iter().find(|(n, _)| *n == name) else {
        eprintln!("unknown case {name}");
        std::process::exit(2);
    };
    let mut interp = gilpy::Interpreter::builder().capture_output().build();
    let t = Instant::now();
    let r = interp.run_source(&format!("{name}.py"), src);
    let secs = t.elapsed().as_secs_f64();
    match r {
        Ok(_) => println!("{} {secs:.3}", peak_rss_kb()),
        Err(e) => {
            eprintln!("{name} failed: {e}");
            std::process::exit(1);
        }
    }
}

/// Runs `cmd` and parses "<kB> <seconds>" from its stdout.
fn measure(mut cmd: Command) -> Option<(u64, f64)> {
    let out = cmd.output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let last = text.lines().last()?;
    let mut it = last.split_whitespace();
    Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
}

const PY_WRAPPER: &str = "import resource, sys, time, io, contextlib
src = sys.stdin.read()
t = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()):
    exec(compile(src, 'case.py', 'exec'), {'__name__': '__main__'})
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, '%.3f' % (time.perf_counter() - t))
";

fn python(src: &str) -> Option<(u64, f64)> {
    use std::io::Write;
    let mut child = Command::new("python3")
        .args(["-c", PY_WRAPPER])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(src.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut it = text.lines().last()?.split_whitespace();
    Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
}

fn main() {
    if let Ok(name) = std::env::var("GILPY_MEMORY_CASE") {
        child(&name);
        return;
    }
    // `cargo bench` passes filter arguments; honour a plain substring filter.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let Ok(me) = std::env::current_exe() else {
        eprintln!("memory bench: cannot find its own executable");
        return;
    };
    println!(
        "{:<18} {:>12} {:>9} {:>12} {:>9} {:>7}",
        "case", "gilpy MB", "gilpy s", "CPython MB", "CPython s", "ratio"
    );
    for (name, src) in CASES {
        if filter.as_deref().is_some_and(|f| !name.contains(f)) {
            continue;
        }
        let mut cmd = Command::new(&me);
        cmd.env("GILPY_MEMORY_CASE", name);
        let ours = measure(cmd);
        let theirs = python(src);
        let mb = |kb: u64| kb as f64 / 1024.0;
        match (ours, theirs) {
            (Some((k, s)), Some((pk, ps))) => println!(
                "{name:<18} {:>12.1} {s:>9.3} {:>12.1} {ps:>9.3} {:>7.2}",
                mb(k),
                mb(pk),
                k as f64 / pk.max(1) as f64
            ),
            (Some((k, s)), None) => {
                println!(
                    "{name:<18} {:>12.1} {s:>9.3} {:>12} {:>9} {:>7}",
                    mb(k),
                    "-",
                    "-",
                    "-"
                )
            }
            (None, _) => println!("{name:<18} failed"),
        }
    }
}
