//! `sim`: stand-ins for what the GIL documents talk about but a pure interpreter cannot
//! show — blocking I/O, C extensions that release the GIL, and ones that do not.
//!
//! - `sim.io(seconds)`: blocking I/O. The thread gives the GIL away for the duration
//!   (virtual time under `--seed`), so fifty threads' I/O overlaps.
//! - `sim.native(n)`: `n` steps of CPU work in Rust with the GIL released (like NumPy or
//!   a compression library), so such threads really run in parallel; returns a checksum.
//! - `sim.native_holding_gil(n)`: the same work holding the GIL (a C extension that
//!   forgot to release it): other threads wait.
//! - `sim.read(path)` / `sim.write(path, data)`: real file I/O with the GIL released.
//!
//! Under `--seed` there is no real concurrency to keep deterministic, so native work and
//! file I/O run holding the GIL and I/O waits run on the virtual clock.

use std::time::Duration;

use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::sched::{self, BlockOn};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import sim`
pub const MODULE: ModuleDef = ModuleDef { name: "sim", init };

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("io", io),
    NativeDef::new("native", native),
    NativeDef::new("native_holding_gil", native_holding_gil),
    NativeDef::new("read", read),
    NativeDef::new("write", write),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    Ok(())
}

/// `sim.io(seconds)`: blocks this thread for `seconds` of (simulated) I/O.
fn io(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "io", 1, 1)?;
    let secs = crate::modules::time::seconds_arg(vm, args.pos[0], "io")?;
    if secs.is_nan() || secs < 0.0 {
        return Err(vm.value_error("io time must be a non-negative number"));
    }
    if secs > 1e9 {
        return Err(vm.overflow_error("io time is too large"));
    }
    let deadline = vm.st.sched.now() + Duration::from_secs_f64(secs);
    sched::block(vm, BlockOn::Io, Some(deadline))?;
    Ok(Value::None)
}

/// The work `sim.native` does: `n` steps of a 64-bit LCG mixed into a checksum, which
/// the optimiser cannot skip because the result is returned.
fn work(n: u64) -> i64 {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut acc: u64 = 0;
    for _ in 0..n {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        acc ^= x >> 29;
    }
    (acc & 0x7fff_ffff_ffff) as i64
}

fn steps(vm: &mut Vm<'_>, args: &Args<'_>, name: &str) -> PyResult<u64> {
    args.check(vm, name, 1, 1)?;
    match args.pos[0] {
        Value::Int(n) if n >= 0 => Ok(n as u64),
        Value::Int(_) => Err(vm.value_error(format!("{name}(): n must be non-negative"))),
        other => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("{name}(): n must be an int, not {t}")))
        }
    }
}

/// `sim.native(n)`: CPU work with the GIL released.
fn native(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let n = steps(vm, &args, "native")?;
    let r = if vm.st.sched.seeded.is_some() {
        vm.st.sched.charge(n / 10);
        work(n)
    } else {
        vm.allow_threads(move || work(n))
    };
    Ok(Value::Int(r))
}

/// `sim.native_holding_gil(n)`: the same work without releasing the GIL.
fn native_holding_gil(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    let n = steps(vm, &args, "native_holding_gil")?;
    vm.st.sched.charge(n / 10);
    Ok(Value::Int(work(n)))
}

/// Runs a file operation, without the GIL unless the run is seeded.
fn file_op<T: Send>(vm: &mut Vm<'_>, f: impl FnOnce() -> T + Send) -> T {
    if vm.st.sched.seeded.is_some() {
        f()
    } else {
        vm.allow_threads(f)
    }
}

fn os_error(vm: &mut Vm<'_>, e: &std::io::Error, path: &str) -> crate::Throw {
    let class = match e.kind() {
        std::io::ErrorKind::NotFound => vm.st.types.file_not_found_error,
        std::io::ErrorKind::PermissionDenied => vm.st.types.permission_error,
        _ => vm.st.types.os_error,
    };
    vm.error(class, format!("{e}: '{path}'"))
}

/// `sim.read(path)`: the file's text.
fn read(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "read", 1, 1)?;
    let path = crate::ops::convert::str_of(vm, args.pos[0])?;
    let p = path.clone();
    match file_op(vm, move || std::fs::read_to_string(p)) {
        Ok(text) => Ok(vm.new_string(text)),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// `sim.write(path, data)`: writes `str(data)`; returns the number of characters.
fn write(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "write", 2, 2)?;
    let path = crate::ops::convert::str_of(vm, args.pos[0])?;
    let data = crate::ops::convert::str_of(vm, args.pos[1])?;
    let n = data.chars().count() as i64;
    let p = path.clone();
    match file_op(vm, move || std::fs::write(p, data)) {
        Ok(()) => Ok(Value::Int(n)),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}
