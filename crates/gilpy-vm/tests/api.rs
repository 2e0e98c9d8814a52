//! The embedding API: results, globals, limits, errors, and the collector.

mod common;

use std::time::Duration;

use gilpy_vm::{Error, Interpreter, PyObject, SwitchPoints};

#[test]
fn captured_output_and_globals() {
    let mut interp = Interpreter::builder().capture_output().build();
    let r = interp
        .run_source(
            "g.py",
            "x = 6 * 7\nname = 'gil'\nxs = [1, (2, 3.5), {'k': None}]\nbig = 2 ** 70\nprint(x)\n",
        )
        .expect("runs");
    assert_eq!(r.stdout(), "42\n");
    assert_eq!(r.exit_code, 0);
    let x: i64 = interp.global("x").unwrap().try_into().unwrap();
    assert_eq!(x, 42);
    assert_eq!(interp.global("name").unwrap(), PyObject::Str("gil".into()));
    assert_eq!(
        interp.global("xs").unwrap(),
        PyObject::List(vec![
            PyObject::Int(1),
            PyObject::Tuple(vec![PyObject::Int(2), PyObject::Float(3.5)]),
            PyObject::Dict(vec![(PyObject::Str("k".into()), PyObject::None)]),
        ])
    );
    assert!(matches!(interp.global("big").unwrap(), PyObject::BigInt(_)));
    assert!(matches!(interp.global("nope"), Err(Error::NoSuchGlobal(_))));
}

#[test]
fn uncaught_exception_is_an_error_with_traceback() {
    let mut interp = Interpreter::builder().capture_output().build();
    let err = interp
        .run_source("u.py", "print('a')\ndef f():\n    return 1 / 0\nf()\n")
        .unwrap_err();
    let Error::Uncaught {
        type_name,
        message,
        traceback,
    } = err
    else {
        panic!("expected Uncaught");
    };
    assert_eq!(type_name, "ZeroDivisionError");
    assert_eq!(message, "division by zero");
    assert_eq!(
        traceback,
        "Traceback (most recent call last):\n  File \"u.py\", line 4, in <module>\n    f()\n  File \"u.py\", line 3, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(interp.output().0, "a\n");
}

#[test]
fn system_exit_sets_the_exit_code() {
    let mut interp = Interpreter::builder().capture_output().build();
    let r = interp
        .run_source("e.py", "import sys\nprint('x')\nsys.exit(3)\nprint('no')\n")
        .unwrap();
    assert_eq!((r.stdout.as_str(), r.exit_code), ("x\n", 3));
    let r = interp
        .run_source("e.py", "raise SystemExit('bye')\n")
        .unwrap();
    assert_eq!((r.stderr.as_str(), r.exit_code), ("bye\n", 1));
    let r = interp
        .run_source(
            "e.py",
            "try:\n    raise SystemExit\nexcept SystemExit:\n    print('caught')\n",
        )
        .unwrap();
    assert_eq!((r.stdout.as_str(), r.exit_code), ("caught\n", 0));
}

#[test]
fn syntax_errors_are_reported() {
    let mut interp = Interpreter::builder().capture_output().build();
    let err = interp.run_source("s.py", "x = (1 +\n").unwrap_err();
    assert!(matches!(err, Error::Syntax(_)), "{err:?}");
}

#[test]
fn runaway_scripts_stop() {
    let mut interp = Interpreter::builder()
        .capture_output()
        .max_instructions(100_000)
        .build();
    let err = interp
        .run_source("l.py", "while True:\n    pass\n")
        .unwrap_err();
    assert!(matches!(err, Error::InstructionLimit), "{err:?}");
    let mut interp = Interpreter::builder()
        .capture_output()
        .switch_points(SwitchPoints::Cpython)
        .timeout(Duration::from_millis(200))
        .build();
    let err = interp
        .run_source("l.py", "def f():\n    while True:\n        pass\nf()\n")
        .unwrap_err();
    assert!(matches!(err, Error::Timeout), "{err:?}");
    // A halt is not catchable.
    let mut interp = Interpreter::builder()
        .capture_output()
        .max_instructions(10_000)
        .build();
    let err = interp
        .run_source(
            "l.py",
            "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\n",
        )
        .unwrap_err();
    assert!(matches!(err, Error::InstructionLimit));
    assert_eq!(interp.output().0, "");
}

#[test]
fn recursion_limit_is_configurable() {
    let src = "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\ntry:\n    print(d(150))\nexcept RecursionError as e:\n    print('RecursionError', e)\n";
    let mut interp = Interpreter::builder()
        .capture_output()
        .recursion_limit(100)
        .build();
    assert_eq!(
        interp.run_source("r.py", src).unwrap().stdout,
        "RecursionError maximum recursion depth exceeded\n"
    );
    let mut interp = Interpreter::builder()
        .capture_output()
        .recursion_limit(200)
        .build();
    assert_eq!(interp.run_source("r.py", src).unwrap().stdout, "150\n");
}

#[test]
fn reference_cycles_are_collected() {
    let src = "
class Node:
    def __init__(self):
        self.other = None

def churn(n):
    for i in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
        a.payload = [i, str(i)]

churn(200000)
";
    let mut interp = Interpreter::builder().capture_output().build();
    interp.run_source("gc.py", src).unwrap();
    let stats = interp.heap_stats();
    assert!(stats.collections > 0, "{stats:?}");
    // 200,000 iterations allocate over a million objects; the heap keeps a bounded
    // number alive.
    assert!(stats.live_objects < 200_000, "{stats:?}");
    interp.collect_garbage();
    let after = interp.heap_stats();
    assert!(after.live_objects < 5_000, "{after:?}");
}

#[test]
fn deep_native_nesting_does_not_overflow() {
    // Each level is a Python __eq__ called from native comparison code.
    let src = "
import sys
sys.setrecursionlimit(100000)
class Deep:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return Deep(self.n + 1) == other
try:
    Deep(0) == 1
except RecursionError:
    print('ok')
";
    common::check(src, "ok\n");
}

#[test]
fn set_global_call_and_conversions_both_ways() {
    use std::collections::HashMap;
    let mut interp = gilpy_vm::Interpreter::builder().capture_output().build();
    interp.set_global("scale", 3i64);
    interp.set_global("names", vec!["a", "b"]);
    let mut weights = HashMap::new();
    weights.insert("x".to_string(), 1.5f64);
    interp.set_global("weights", weights);
    interp.set_global("nothing", Option::<i64>::None);
    interp
        .run_source(
            "api.py",
            "def f(a, b=2):\n    return [a * scale, b, names, weights['x'], nothing]\n\
             def boom():\n    raise ValueError('no')\n",
        )
        .expect("runs");
    let r = interp
        .call("f", vec![gilpy_vm::PyObject::from(7i64)])
        .expect("calls");
    let gilpy_vm::PyObject::List(items) = r else {
        panic!("a list");
    };
    assert_eq!(i64::try_from(items[0].clone()).unwrap(), 21);
    assert_eq!(i64::try_from(items[1].clone()).unwrap(), 2);
    assert_eq!(
        Vec::<String>::try_from(items[2].clone()).unwrap(),
        ["a", "b"]
    );
    assert_eq!(f64::try_from(items[3].clone()).unwrap(), 1.5);
    assert_eq!(Option::<i64>::try_from(items[4].clone()).unwrap(), None);
    let w: HashMap<String, f64> = interp.global("weights").unwrap().try_into().unwrap();
    assert_eq!(w["x"], 1.5);
    match interp.call("boom", vec![]) {
        Err(gilpy_vm::Error::Uncaught { type_name, .. }) => assert_eq!(type_name, "ValueError"),
        other => panic!("expected ValueError, got {other:?}"),
    }
    assert!(matches!(
        interp.call("missing", vec![]),
        Err(gilpy_vm::Error::NoSuchGlobal(_))
    ));
}

#[test]
fn a_native_function_raises_python_exceptions_and_releases_the_gil() {
    use gilpy_vm::token::{PyErr, Python};
    let mut interp = gilpy_vm::Interpreter::builder().capture_output().build();
    interp.register_native("half", |py: &mut Python<'_, '_>, args| {
        let n: i64 = args
            .into_iter()
            .next()
            .and_then(|a| a.try_into().ok())
            .ok_or_else(|| PyErr::TypeError("half() needs an int".into()))?;
        if n % 2 != 0 {
            return Err(PyErr::ValueError(format!("{n} is odd")));
        }
        Ok(py.allow_threads(move || n / 2).into())
    });
    let r = interp
        .run_source(
            "n.py",
            "print(half(10))\ntry:\n    half(3)\nexcept ValueError as e:\n    print('ValueError:', e)\n",
        )
        .expect("runs");
    assert_eq!(r.stdout(), "5\nValueError: 3 is odd\n");
}
