//! `time`: `sleep` gives the GIL away for its whole duration (the thread is blocked in
//! the scheduler, woken at its deadline); the clocks are the OS's.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::sched::{self, BlockOn};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import time`
pub const MODULE: ModuleDef = ModuleDef { name: "time", init };

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("sleep", sleep),
    NativeDef::new("time", time),
    NativeDef::new("perf_counter", monotonic),
    NativeDef::new("monotonic", monotonic),
    NativeDef::new("process_time", monotonic),
    NativeDef::new("time_ns", time_ns),
    NativeDef::new("perf_counter_ns", monotonic_ns),
    NativeDef::new("monotonic_ns", monotonic_ns),
];

/// `time.time_ns()`
fn time_ns(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = time(vm, args)?;
    Ok(Value::Int(match t {
        Value::Float(f) => (f * 1e9) as i64,
        _ => 0,
    }))
}

/// `time.monotonic_ns()` / `perf_counter_ns()`
fn monotonic_ns(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let t = monotonic(vm, args)?;
    Ok(Value::Int(match t {
        Value::Float(f) => (f * 1e9) as i64,
        _ => 0,
    }))
}

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    crate::modules::time_fmt::install(vm, m);
    Ok(())
}

/// Seconds as a float from an int or float argument, as `time.sleep` accepts them.
pub fn seconds_arg(vm: &mut Vm<'_>, v: Value, fname: &str) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(i as f64),
        Value::Float(f) => Ok(f),
        Value::Bool(b) => Ok(b as i64 as f64),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!(
                "{fname}(): '{t}' object cannot be interpreted as an integer or float"
            )))
        }
    }
}

/// `time.sleep(secs)`: blocks this thread (others run meanwhile); `sleep(0)` just
/// offers the GIL to whoever is waiting.
fn sleep(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "sleep", 1, 1)?;
    let secs = seconds_arg(vm, args.pos[0], "sleep")?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs == 0.0 {
        sched::yield_now(vm)?;
        return Ok(Value::None);
    }
    if secs > 1e9 {
        return Err(vm.overflow_error("sleep length is too large"));
    }
    let deadline = vm.st.sched.now() + Duration::from_secs_f64(secs);
    sched::block(vm, BlockOn::Sleep, Some(deadline))?;
    Ok(Value::None)
}

fn time(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "time", 0, 0)?;
    if let Some(t) = vm.st.sched.wall_clock() {
        return Ok(Value::Float(t));
    }
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

/// Seconds since the first call in this process (monotonic).
fn monotonic(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "monotonic", 0, 0)?;
    if vm.st.sched.seeded.is_some() {
        let t = vm.st.sched.now();
        let zero = t - vm
            .st
            .sched
            .seeded
            .as_ref()
            .map_or(Duration::ZERO, |s| s.clock);
        return Ok(Value::Float(
            t.saturating_duration_since(zero).as_secs_f64(),
        ));
    }
    static START: OnceLock<Instant> = OnceLock::new();
    let start = *START.get_or_init(Instant::now);
    Ok(Value::Float(start.elapsed().as_secs_f64()))
}
