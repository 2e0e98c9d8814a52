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
//!
//! `--shard I/N` splits the tree (see [`split`]); `--json` writes the slice's results and
//! `gilpy explore merge` combines slices (`exhaustive_shard.rs`) into this same report.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::explore::{abbreviate, outcome_of, ExploreOpts, Outcome};

/// One explored schedule's choices and its preemption count.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Schedule {
    pub choices: Vec<u64>,
    pub preemptions: u32,
}

/// Per outcome: how many schedules gave it, and the one with the fewest preemptions
/// (the smallest choices among equals).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Seen {
    pub count: u64,
    pub best: Schedule,
}

/// Everything from the command line that shapes the runs and the report: what a merge
/// needs to print the report a single run prints.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Setup {
    pub file: String,
    pub source: String,
    pub preemptions: u32,
    pub timeout: Duration,
    pub args: Vec<String>,
    pub expect: Option<String>,
    pub max_schedules: Option<u64>,
    pub record: Option<std::path::PathBuf>,
}

impl Setup {
    pub fn new(opts: &ExploreOpts, file: &str, source: &str) -> Setup {
        Setup {
            file: file.to_string(),
            source: source.to_string(),
            preemptions: opts.preemptions,
            timeout: opts.timeout,
            args: opts.args.clone(),
            expect: opts.expect.clone(),
            max_schedules: opts.max_schedules,
            record: opts.record.clone(),
        }
    }
}

/// Adds one schedule's result to the per-outcome table.
pub fn note(results: &mut BTreeMap<Outcome, Seen>, outcome: Outcome, seen: Seen) {
    match results.get_mut(&outcome) {
        Some(old) => {
            old.count += seen.count;
            // The fewest preemptions, then the smallest choices: the same exemplar
            // whatever the number of workers or shards.
            let key = |s: &Schedule| (s.preemptions, s.choices.clone());
            if key(&seen.best) < key(&old.best) {
                old.best = seen.best;
            }
        }
        None => {
            results.insert(outcome, seen);
        }
    }
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
    let setup = Setup::new(opts, filename, source);
    let started = Instant::now();
    let jobs = opts
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get() as u64));
    let (todo, explored, results) = match opts.shard {
        None => (vec![Vec::new()], 0, BTreeMap::new()),
        Some((shard, shards)) => split(&setup, shard, shards),
    };
    // Every run starts from a prefix; it pushes, for each choice it made past that
    // prefix, the prefixes that choose otherwise there. So each schedule is run exactly
    // once, in any order and by any number of workers (with one, depth-first).
    let search = Mutex::new(Search {
        todo,
        in_flight: 0,
        explored,
        cut: None,
        results,
    });
    let more = Condvar::new();
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| worker(&setup, started, &search, &more));
        }
    });
    let search = match search.into_inner() {
        Ok(s) => s,
        Err(p) => p.into_inner(),
    };
    let Some(shard) = opts.shard else {
        return report(&setup, search.explored, search.cut, search.results, None);
    };
    let slice = crate::exhaustive_shard::Slice {
        version: crate::exhaustive_shard::VERSION,
        exhaustive: setup.clone(),
        shards: vec![shard],
        explored: search.explored,
        cut: search.cut.clone(),
        outcomes: search.results.clone().into_iter().collect(),
    };
    if let Some(path) = &opts.json {
        if let Err(e) = slice.write(path) {
            eprintln!("gilpy: --json {}: {e}", path.display());
            return 2;
        }
    }
    report(
        &setup,
        search.explored,
        search.cut,
        search.results,
        Some(shard),
    )
}

/// How many subtrees per shard [`split`] aims for: more balance the shards better (the
/// subtrees differ a lot in size) and cost each shard a few more runs it repeats.
const SUBTREES_PER_SHARD: u64 = 8;

/// The slice of the tree that shard `shard` of `shards` owns, as the worker's starting
/// state: the prefixes to search, and the runs (with their results) it has already done.
///
/// Every shard expands the tree breadth-first from the root, the same way (the runs are
/// deterministic), until the frontier holds [`SUBTREES_PER_SHARD`] × N prefixes (or
/// the tree ends, or 64 × N runs are spent). Each run of that expansion is a schedule:
/// the k-th belongs to shard k mod N. Then the j-th frontier prefix, whose subtree the
/// worker searches, belongs to shard j mod N. So the shards partition the schedules
/// and together run each exactly once (the expansion runs are repeated, counted once).
fn split(setup: &Setup, shard: u64, shards: u64) -> (Vec<Vec<u64>>, u64, BTreeMap<Outcome, Seen>) {
    let mut frontier: VecDeque<Vec<u64>> = VecDeque::from([Vec::new()]);
    let mut results = BTreeMap::new();
    let (mut expanded, mut owned) = (0u64, 0u64);
    while (frontier.len() as u64) < SUBTREES_PER_SHARD * shards && expanded < 64 * shards {
        let Some(prefix) = frontier.pop_front() else {
            break;
        };
        let (outcome, draws, preemptions) = guided_run(setup, &prefix);
        let choices: Vec<u64> = draws.iter().map(|d| d.result).collect();
        for i in prefix.len()..draws.len() {
            for c in draws[i].result + 1..draws[i].bound {
                let mut p = choices[..i].to_vec();
                p.push(c);
                frontier.push_back(p);
            }
        }
        if expanded % shards == shard {
            owned += 1;
            let best = Schedule {
                choices,
                preemptions,
            };
            note(&mut results, outcome, Seen { count: 1, best });
        }
        expanded += 1;
    }
    let todo = frontier
        .into_iter()
        .enumerate()
        .filter(|(j, _)| *j as u64 % shards == shard)
        .map(|(_, p)| p)
        // The worker pops from the end: the first subtree first.
        .rev()
        .collect();
    (todo, owned, results)
}

fn worker(setup: &Setup, started: Instant, search: &Mutex<Search>, more: &Condvar) {
    loop {
        let prefix = {
            let Ok(mut st) = search.lock() else { return };
            loop {
                if st.cut.is_some() {
                    return;
                }
                if let Some(p) = st.todo.pop() {
                    let budget = setup.max_schedules.filter(|&m| st.explored >= m);
                    if let Some(max) = budget {
                        st.cut = Some(format!("--max-schedules {max}"));
                    } else if started.elapsed() >= setup.timeout {
                        st.cut = Some(format!("--timeout {:?}", setup.timeout));
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
        let (outcome, draws, preemptions) = guided_run(setup, &prefix);
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
        let best = Schedule {
            choices,
            preemptions,
        };
        note(&mut st.results, outcome, Seen { count: 1, best });
        more.notify_all();
    }
}

/// Runs the schedule that follows `prefix`: its outcome, every draw, and preemptions.
fn guided_run(setup: &Setup, prefix: &[u64]) -> (Outcome, Vec<gilpy::Draw>, u32) {
    let mut interp = bounded_builder(setup).guide(prefix.to_vec()).build();
    let result = interp.run_source(&setup.file, &setup.source);
    let outcome = outcome_of(&interp, result);
    let run = interp.bounded_run().unwrap_or_default();
    (outcome, run.draws, run.preemptions)
}

/// The interpreter for a bounded run (seed 0: `random` and virtual time as for seed 0).
fn bounded_builder(setup: &Setup) -> gilpy::Builder {
    let mut argv = vec![setup.file.clone()];
    argv.extend(setup.args.iter().cloned());
    gilpy::Interpreter::builder()
        .seed(0)
        .strategy(gilpy::Strategy::Bounded {
            preemptions: setup.preemptions,
        })
        .check_interval(1)
        .timeout(setup.timeout)
        .argv(argv)
        .capture_output()
}

/// Prints the report; `part` names the slice when this covers only part of the tree
/// (a shard, or a merge missing shards), so the report never claims it is exhaustive.
pub fn report(
    setup: &Setup,
    explored: u64,
    cut: Option<String>,
    results: BTreeMap<Outcome, Seen>,
    part: Option<(u64, u64)>,
) -> u8 {
    let (filename, source) = (&setup.file, &setup.source);
    let c = setup.preemptions;
    let mut rows: Vec<(Outcome, Seen)> = results.into_iter().collect();
    rows.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(&b.0)));
    let complete = cut.is_none() && part.is_none();
    let all = if complete { "all " } else { "" };
    match (&cut, part) {
        (_, Some((i, n))) => println!(
            "shard {i}/{n}: explored {explored} schedules of {filename} with ≤ {c} preemption{}{}; not exhaustive alone (gilpy explore merge)",
            plural(c as u64),
            cut.as_ref().map(|why| format!(", cut short by {why}")).unwrap_or_default()
        ),
        (None, None) => println!(
            "explored all {explored} schedules of {filename} with ≤ {c} preemption{}",
            plural(c as u64)
        ),
        (Some(why), None) => println!(
            "explored {explored} schedules of {filename} with ≤ {c} preemption{}: cut short by {why}, not exhaustive",
            plural(c as u64)
        ),
    }
    let want = setup.expect.as_deref().map(|e| e.trim_end_matches('\n'));
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
    let mut interp = bounded_builder(setup)
        .guide(seen.best.choices.clone())
        .build();
    let result = interp.run_source(filename, source);
    let again = outcome_of(&interp, result);
    let run = interp.bounded_run().unwrap_or_default();
    if again != *o {
        println!("  (the schedule did not reproduce: the program is not deterministic)");
    }
    print!("{}", crate::interleaving::render(&run.notes));
    if let Some(path) = &setup.record {
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
