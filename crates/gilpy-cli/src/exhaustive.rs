//! `gilpy explore --exhaustive --preemptions C`: every schedule with at most C
//! preemptions, by stateless depth-first search (CHESS, Musuvathi & Qadeer 2007).
//!
//! A guided run (`Strategy::Bounded`, see the VM's `sched/bounded.rs`) follows a prefix
//! of choices and then never preempts, and returns every choice it made with how many
//! options there were. Each run queues, for every choice it made past its prefix, the
//! prefixes that choose otherwise there; when the queue is empty the tree is done. So
//! every schedule runs exactly once, with any number of workers (`--jobs`; one worker
//! goes depth-first), and the report does not depend on their number. The program must
//! be deterministic for a given schedule, which seeded runs are (virtual time, `random`
//! seeded).

use std::collections::BTreeMap;
use std::sync::{Condvar, Mutex};
use std::time::Instant;

use crate::explore::{abbreviate, outcome_of, ExploreOpts, Outcome};

/// One explored schedule's choices and its preemption count.
#[derive(Clone, Debug)]
struct Schedule {
    choices: Vec<u64>,
    preemptions: u32,
}

/// Per outcome: how many schedules gave it, and the one with the fewest preemptions
/// (the smallest choices among equals).
struct Seen {
    count: u64,
    best: Schedule,
}

/// The shared search state: prefixes still to run, runs in flight, results.
struct Search {
    todo: Vec<Vec<u64>>,
    in_flight: usize,
    explored: u64,
    cut: Option<String>,
    results: BTreeMap<Outcome, Seen>,
}

pub fn exhaustive(opts: &ExploreOpts, filename: &str, source: &str) -> u8 {
    let started = Instant::now();
    let jobs = opts
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get() as u64));
    // Every run starts from a prefix; it pushes, for each choice it made past that
    // prefix, the prefixes that choose otherwise there. So each schedule is run exactly
    // once, in any order and by any number of workers (with one, depth-first).
    let search = Mutex::new(Search {
        todo: vec![Vec::new()],
        in_flight: 0,
        explored: 0,
        cut: None,
        results: BTreeMap::new(),
    });
    let more = Condvar::new();
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| worker(opts, filename, source, started, &search, &more));
        }
    });
    let search = match search.into_inner() {
        Ok(s) => s,
        Err(p) => p.into_inner(),
    };
    report(
        opts,
        filename,
        source,
        search.explored,
        search.cut,
        search.results,
    )
}

fn worker(
    opts: &ExploreOpts,
    filename: &str,
    source: &str,
    started: Instant,
    search: &Mutex<Search>,
    more: &Condvar,
) {
    loop {
        let prefix = {
            let Ok(mut st) = search.lock() else { return };
            loop {
                if st.cut.is_some() {
                    return;
                }
                if let Some(p) = st.todo.pop() {
                    let budget = opts.max_schedules.filter(|&m| st.explored >= m);
                    if let Some(max) = budget {
                        st.cut = Some(format!("--max-schedules {max}"));
                    } else if started.elapsed() >= opts.timeout {
                        st.cut = Some(format!("--timeout {:?}", opts.timeout));
                    } else {
                        st.explored += 1;
                        st.in_flight += 1;
                        break p;
                    }
                    more.notify_all();
                    return;
                }
                if st.in_flight == 0 {
                    more.notify_all();
                    return;
                }
                st = match more.wait(st) {
                    Ok(g) => g,
                    Err(_) => return,
                };
            }
        };
        let (outcome, draws, preemptions) = guided_run(opts, filename, source, &prefix);
        let choices: Vec<u64> = draws.iter().map(|d| d.result).collect();
        let Ok(mut st) = search.lock() else { return };
        st.in_flight -= 1;
        // Pushed deepest last, so one worker runs depth-first.
        for i in prefix.len()..draws.len() {
            for c in (draws[i].result + 1..draws[i].bound).rev() {
                let mut p = choices[..i].to_vec();
                p.push(c);
                st.todo.push(p);
            }
        }
        let sched = Schedule {
            choices,
            preemptions,
        };
        match st.results.get_mut(&outcome) {
            Some(seen) => {
                seen.count += 1;
                // The fewest preemptions, then the smallest choices: the same exemplar
                // whatever the number of workers.
                let key = |s: &Schedule| (s.preemptions, s.choices.clone());
                if key(&sched) < key(&seen.best) {
                    seen.best = sched;
                }
            }
            None => {
                st.results.insert(
                    outcome,
                    Seen {
                        count: 1,
                        best: sched,
                    },
                );
            }
        }
        more.notify_all();
    }
}

/// Runs the schedule that follows `prefix`: its outcome, every draw, and preemptions.
fn guided_run(
    opts: &ExploreOpts,
    filename: &str,
    source: &str,
    prefix: &[u64],
) -> (Outcome, Vec<gilpy::Draw>, u32) {
    let mut interp = bounded_builder(opts, filename)
        .guide(prefix.to_vec())
        .build();
    let result = interp.run_source(filename, source);
    let outcome = outcome_of(&interp, result);
    let run = interp.bounded_run().unwrap_or_default();
    (outcome, run.draws, run.preemptions)
}

/// The interpreter for a bounded run (seed 0: `random` and virtual time as for seed 0).
fn bounded_builder(opts: &ExploreOpts, filename: &str) -> gilpy::Builder {
    let mut argv = vec![filename.to_string()];
    argv.extend(opts.args.iter().cloned());
    gilpy::Interpreter::builder()
        .seed(0)
        .strategy(gilpy::Strategy::Bounded {
            preemptions: opts.preemptions,
        })
        .check_interval(1)
        .timeout(opts.timeout)
        .argv(argv)
        .capture_output()
}

fn report(
    opts: &ExploreOpts,
    filename: &str,
    source: &str,
    explored: u64,
    cut: Option<String>,
    results: BTreeMap<Outcome, Seen>,
) -> u8 {
    let c = opts.preemptions;
    let mut rows: Vec<(Outcome, Seen)> = results.into_iter().collect();
    rows.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(&b.0)));
    let complete = cut.is_none();
    let all = if complete { "all " } else { "" };
    match &cut {
        None => println!(
            "explored all {explored} schedules of {filename} with ≤ {c} preemption{}",
            plural(c as u64)
        ),
        Some(why) => println!(
            "explored {explored} schedules of {filename} with ≤ {c} preemption{}: cut short by {why}, not exhaustive",
            plural(c as u64)
        ),
    }
    let want = opts.expect.as_deref().map(|e| e.trim_end_matches('\n'));
    let differs =
        |o: &Outcome| want.is_some_and(|w| o.stdout.trim_end_matches('\n') != w || o.status != 0);
    if let [(o, seen)] = rows.as_slice() {
        if !differs(o) {
            println!(
                "{all}{} schedules with ≤ {c} preemption{} print {:?}{}",
                seen.count,
                plural(c as u64),
                abbreviate(&o.stdout, 60),
                exit_note(o)
            );
            return 0;
        }
    }
    for (o, seen) in &rows {
        println!(
            "  {:>6} × exit {}{}: {:<40}  fewest preemptions {}",
            seen.count,
            o.status,
            if o.error.is_empty() {
                String::new()
            } else {
                format!(", {}", abbreviate(&o.error, 50))
            },
            abbreviate(&o.stdout, 40),
            seen.best.preemptions
        );
    }
    // The outcome to explain: one that differs from --expect, else (no --expect) the
    // rarest one when several exist.
    let target = match want {
        Some(_) => rows
            .iter()
            .filter(|(o, _)| differs(o))
            .min_by_key(|(_, s)| s.best.preemptions),
        None if rows.len() > 1 => rows.last(),
        None => None,
    };
    let Some((o, seen)) = target else {
        if want.is_some() {
            println!("{all}{explored} schedules printed the expected output");
        }
        return 0;
    };
    println!(
        "\n{} of {explored} schedules print {:?}{}; one with {} preemption{}:",
        seen.count,
        abbreviate(&o.stdout, 60),
        exit_note(o),
        seen.best.preemptions,
        plural(u64::from(seen.best.preemptions))
    );
    let mut interp = bounded_builder(opts, filename)
        .guide(seen.best.choices.clone())
        .build();
    let result = interp.run_source(filename, source);
    let again = outcome_of(&interp, result);
    let run = interp.bounded_run().unwrap_or_default();
    if again != *o {
        println!("  (the schedule did not reproduce: the program is not deterministic)");
    }
    print!("{}", crate::interleaving::render(&run.notes));
    if let Some(path) = &opts.record {
        let text = interp
            .recorded_schedule(&format!(
                "strategy bounded preemptions {c} check-interval 1 switch-points any"
            ))
            .unwrap_or_default();
        match std::fs::write(path, text) {
            Ok(()) => println!(
                "schedule written to {0}; replay: gilpy run --replay {0} {filename}",
                path.display()
            ),
            Err(e) => {
                eprintln!("gilpy: --record {}: {e}", path.display());
                return 2;
            }
        }
    }
    u8::from(want.is_some())
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn exit_note(o: &Outcome) -> String {
    match (o.status, o.error.is_empty()) {
        (0, true) => String::new(),
        (s, true) => format!(" (exit {s})"),
        (s, false) => format!(" (exit {s}, {})", abbreviate(&o.error, 50)),
    }
}
