//! Interpreters with their own GIL: what copies between them and what raises, exceptions
//! and tracebacks across, queues, seeded runs, and parallelism (shown by a rendezvous
//! that only completes when two GILs are held at once, never by timing).

use std::sync::{Arc, Barrier};
use std::time::Duration;

use gilpy::{Error, Interpreter, RunResult};

fn run_with(builder: gilpy::Builder, source: &str) -> Result<RunResult, Error> {
    let mut interp = builder
        .timeout(Duration::from_secs(120))
        .capture_output()
        .build();
    interp.run_source("interp_test.py", source)
}

fn run(source: &str) -> RunResult {
    match run_with(Interpreter::builder(), source) {
        Ok(r) => r,
        Err(e) => panic!("script failed: {e}"),
    }
}

const DEFS: &str = "\
import interpreters
N = 10

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y

def helper(n):
    return n * N

def work(n, scale=1):
    return [helper(i) * scale for i in range(n)]

def make_point(p):
    return Point(p.x + 1, p.y + 1)

def identity(x):
    return x

def fail(msg):
    raise ValueError(msg)

interp = interpreters.create()
";

#[test]
fn values_copy_across() {
    let src = format!(
        "{DEFS}\
print(interp.call(work, 4, scale=2))
p = interp.call(make_point, Point(1, 2))
print(type(p).__name__, p.x, p.y, p.norm2(), isinstance(p, Point))
v = (1, -2**70, 2.5, 'str', b'by', bytearray(b'ba'), None, True, [1, [2]], {{'k': (3,)}}, {{4}}, frozenset([5]), range(1, 9, 2))
w = interp.call(identity, v)
print(w == v, w is v, w)
d = {{'items': [1]}}
def mutate(d):
    d['items'].append(2)
    return d
print(interp.call(mutate, d), d)
print(interp.call(len, 'abc'), interp.call(sorted, {{3, 1, 2}}))
print(interp.call(identity, helper)(3), interp.call(identity, Point) is Point)
e = interp.call(identity, KeyError('k'))
print(type(e).__name__, e)
"
    );
    let r = run(&src);
    assert_eq!(
        r.stdout(),
        "[0, 20, 40, 60]\n\
         Point 2 3 13 True\n\
         True False (1, -1180591620717411303424, 2.5, 'str', b'by', bytearray(b'ba'), None, True, [1, [2]], {'k': (3,)}, {4}, frozenset({5}), range(1, 9, 2))\n\
         {'items': [1, 2]} {'items': [1]}\n\
         3 [1, 2, 3]\n\
         30 True\n\
         KeyError 'k'\n"
    );
}

#[test]
fn what_cannot_be_copied_raises_type_error() {
    let src = format!(
        "{DEFS}\
import threading
lock = threading.Lock()
def uses_lock():
    with lock:
        return 1
def outer():
    k = 3
    def inner():
        return k
    return inner
def local_class():
    class Local:
        pass
    return Local()
def returns_lock():
    import threading
    return threading.Lock()
for f, arg in ((len, lock), (uses_lock, None), (outer(), None), (identity, local_class()),
               (returns_lock, None), (identity, threading.Event()), (identity, iter([1]))):
    try:
        if arg is None:
            interp.call(f)
        else:
            interp.call(f, arg)
        print('copied?!')
    except TypeError as e:
        print('TypeError:', e)
l = [1]
l.append(l)
try:
    interp.call(len, l)
except ValueError as e:
    print('ValueError:', e)
print(interp.call(work, 2))
"
    );
    let r = run(&src);
    let lines: Vec<&str> = r.stdout().lines().collect();
    assert_eq!(
        lines[0],
        "TypeError: cannot copy 'lock' object to another interpreter"
    );
    assert_eq!(
        lines[1],
        "TypeError: cannot copy global 'lock' to another interpreter: cannot copy 'lock' object to another interpreter"
    );
    assert!(lines[2].starts_with("TypeError: cannot copy function 'outer.<locals>.inner'"));
    assert!(lines[2].contains("closure"));
    assert!(
        lines[3].contains("not defined at module level"),
        "{}",
        lines[3]
    );
    assert_eq!(
        lines[4],
        "TypeError: cannot copy the result back: cannot copy 'lock' object to another interpreter"
    );
    assert!(
        lines[5].starts_with("TypeError: cannot copy"),
        "{}",
        lines[5]
    );
    assert!(
        lines[6].starts_with("TypeError: cannot copy"),
        "{}",
        lines[6]
    );
    assert_eq!(
        lines[7],
        "ValueError: cannot copy a 'list' that contains itself to another interpreter"
    );
    // The interpreter is still usable after the failures.
    assert_eq!(lines[8], "[0, 10]");
}

#[test]
fn exceptions_come_back_with_the_remote_traceback() {
    let src = format!(
        "{DEFS}\
try:
    interp.call(fail, 'boom')
except ValueError as e:
    print('caught', repr(e), type(e.__cause__).__name__)
try:
    interp.exec('x = 1\\n1/0')
except interpreters.ExecutionFailed as e:
    print('ExecutionFailed:', e)
interp.call(fail, 'uncaught')
"
    );
    let err = run_with(Interpreter::builder(), &src).unwrap_err();
    let Error::Uncaught {
        type_name,
        message,
        traceback,
    } = err
    else {
        panic!("expected an uncaught exception, got {err}");
    };
    assert_eq!(
        (type_name.as_str(), message.as_str()),
        ("ValueError", "uncaught")
    );
    // The worker's frames, with their source lines, then the caller's.
    let remote = "Traceback (most recent call last):\n  File \"interp_test.py\", line 24, in fail\n    raise ValueError(msg)\nValueError: uncaught\n\"\"\"";
    assert!(traceback.contains(remote), "{traceback}");
    assert!(traceback.contains("The above exception was the direct cause"));
    assert!(traceback.ends_with("interp.call(fail, 'uncaught')\nValueError: uncaught\n"));
}

#[test]
fn exec_prepare_main_and_queues() {
    let src = format!(
        "{DEFS}\
interp.prepare_main(base=100, names=['a', 'b'])
interp.exec('total = base + len(names)\\nprint(\"in sub:\", total)')
q = interpreters.create_queue()
def producer(q, n):
    for i in range(n):
        q.put({{'i': i, 'sq': i * i}})
    return 'produced'
print(interp.call(producer, q, 3))
print([q.get() for _ in range(3)], q.empty(), q.qsize())
try:
    q.get(timeout=0.01)
except interpreters.QueueEmpty:
    print('QueueEmpty')
interp.close()
try:
    interp.call(len, [])
except interpreters.InterpreterError as e:
    print('InterpreterError:', e)
"
    );
    let r = run(&src);
    assert_eq!(
        r.stdout(),
        "in sub: 102\n\
         produced\n\
         [{'i': 0, 'sq': 0}, {'i': 1, 'sq': 1}, {'i': 2, 'sq': 4}] True 0\n\
         QueueEmpty\n\
         InterpreterError: interpreter closed\n"
    );
}

const POOL: &str = "\
import time
import sim
from concurrent.futures import InterpreterPoolExecutor, ThreadPoolExecutor

def busy(n):
    total = 0
    for i in range(n):
        total += i % 7
    sim.io(0.01)
    print('task', n)
    return total

with InterpreterPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(busy, [1000, 2000, 3000, 4000])))
";

#[test]
fn seeded_runs_with_interpreters_are_reproducible() {
    let a = run_with(Interpreter::builder().seed(7), POOL).unwrap();
    let b = run_with(Interpreter::builder().seed(7), POOL).unwrap();
    assert_eq!(a.stdout(), b.stdout());
    assert!(
        a.stdout().ends_with("[2997, 5995, 8994, 11994]\n"),
        "{}",
        a.stdout()
    );
}

#[test]
fn two_embedded_interpreters_hold_their_gils_at_once() {
    // Each script calls `meet`, which waits holding its interpreter's GIL until the
    // other script has called it too: it completes only if the GILs are separate.
    let barrier = Arc::new(Barrier::new(2));
    let mut a = Interpreter::builder().capture_output().build();
    let mut b = Interpreter::builder().capture_output().build();
    for interp in [&mut a, &mut b] {
        let barrier = barrier.clone();
        interp.register_native(
            "meet",
            move |_py: &mut gilpy::token::Python<'_, '_>, _args| {
                barrier.wait();
                Ok(true.into())
            },
        );
    }
    let src = "import threading\nx = sum(range(1000))\nprint(meet(), x)\n";
    let (ra, rb) = std::thread::scope(|s| {
        let ha = s.spawn(|| a.run_source("a.py", src));
        let hb = s.spawn(|| b.run_source("b.py", src));
        (ha.join().unwrap(), hb.join().unwrap())
    });
    assert_eq!(ra.unwrap().stdout(), "True 499500\n");
    assert_eq!(rb.unwrap().stdout(), "True 499500\n");
}

#[test]
fn sub_interpreter_output_reaches_the_caller() {
    let src = format!(
        "{DEFS}\
def talk(n):
    for i in range(n):
        print('sub', i)
    return n
print('before')
print(interp.call(talk, 2))
print('after')
"
    );
    assert_eq!(run(&src).stdout(), "before\nsub 0\nsub 1\n2\nafter\n");
}

#[test]
fn a_class_that_only_crossed_as_an_argument_crosses_back() {
    let src = format!(
        "{DEFS}\
def moved(p):
    p.x += 1
    return p
q = interp.call(moved, Point(5, 6))
print(type(q) is Point, q.x, q.y)
"
    );
    assert_eq!(run(&src).stdout(), "True 6 6\n");
}

#[test]
fn builtin_subclass_instances_copy_across() {
    let src = format!(
        "{DEFS}\
from collections import Counter, OrderedDict, defaultdict
class Tags(list):
    pass
t = Tags([1, 2])
t.owner = 'ann'
for v in [Counter('aab'), OrderedDict(a=1), defaultdict(list, a=[1]), t]:
    w = interp.call(identity, v)
    print(type(w).__name__, w, w == v, w is v, isinstance(w, type(v)))
print(interp.call(identity, t).owner)
"
    );
    let r = run(&src);
    assert_eq!(
        r.stdout(),
        "Counter Counter({'a': 2, 'b': 1}) True False True\n\
         OrderedDict OrderedDict([('a', 1)]) True False True\n\
         defaultdict defaultdict(<class 'list'>, {'a': [1]}) True False True\n\
         Tags [1, 2] True False True\n\
         ann\n"
    );
}
