//! Tricky control flow compiles to well-formed code: stack depths agree on every path
//! (`verify`), so `break`/`continue`/`return` clean up exactly what they leave.

use gilpy_compiler::{compile_source, dis, verify::verify};

fn ok(src: &str) -> String {
    let code = compile_source(src, "t.py").unwrap_or_else(|e| panic!("{src}\n{e}"));
    let text = dis(&code);
    if let Err(e) = verify(&code) {
        panic!("{src}\n{e}\n{text}");
    }
    text
}

#[test]
fn leaving_blocks_early() {
    ok("
def f(xs, m):
    for x in xs:
        with m as a, m as b:
            try:
                if x: break
                if a: continue
                return b
            except ValueError as e:
                if e: break
                continue
            finally:
                for y in xs:
                    if y: break
                    continue
    else:
        return 1
    while xs:
        try:
            pass
        finally:
            if m:
                continue
            break
    return 0
");
}

#[test]
fn return_inside_finally_and_handlers() {
    ok("
def f():
    try:
        try:
            return 1
        finally:
            return 2
    except:
        return 3
    finally:
        print('x')
");
}

#[test]
fn comprehensions_and_closures() {
    let text = ok("
def f(xs, n):
    ys = [x + n for x in xs if x if x > 1]
    zs = {x: [y for y in ys if y != x] for x in xs}
    s = {x for x in xs}
    g = sum(x * n for x in xs)
    return lambda: (ys, zs, s, g, [n for _ in xs])
class C:
    k = 3
    v = [k for _ in range(2)]
    def m(self):
        return [super().m() for _ in range(2)]
");
    assert!(text.contains("LIST_APPEND"));
    assert!(text.contains("MAP_ADD"));
    assert!(text.contains("SET_ADD"));
}

#[test]
fn expressions() {
    let text = ok("
a, *b, c = x = [1, 2, 3, 4]
(d, e), f = (1, 2), 3
t = (1, 2, 'x', None, -3, (4.5,))
u = [*a, 1, *b]
v = (*a,)
w = {'k': 1, **t, 'j': 2}
s = a[1:2], a[::-1], a[1:], a[x:y:z]
del a[0], w['k']
r = not a and b or c if d else -e
q = 1 < x <= 3 != y
print(f'{x!r:>{w}} and {y}', sep='', *a, **w)
o = a.b.c(1, k=2)
import threading, concurrent.futures as cf
from queue import Queue, Empty as E
assert x, 'msg'
assert y
raise ValueError('v') from None
");
    assert!(text.contains("UNPACK_EX"));
    assert!(text.contains("((1, 2, 'x', None, -3, (4.5,)))"), "{text}");
    assert!(text.contains("LOAD_ASSERTION_ERROR"));
    assert!(text.contains("IMPORT_FROM"));
}

#[test]
fn decorators_apply_innermost_first() {
    let text = ok("
@outer
@inner(1)
def f(a, b=2, *c, d, e=5, **g):
    pass
");
    let lines: Vec<&str> = text.lines().collect();
    let outer = lines.iter().position(|l| l.contains("(outer)")).unwrap();
    let inner = lines.iter().position(|l| l.contains("(inner)")).unwrap();
    let make = lines
        .iter()
        .position(|l| l.contains("MAKE_FUNCTION"))
        .unwrap();
    assert!(outer < inner && inner < make);
    assert!(lines[make].contains("3 (defaults, kwdefaults)"));
    // Each decorator call sits on its decorator's line (as in CPython), so the calls
    // come in their own line blocks: `inner` (line 3) first, then `outer` (line 2).
    let after: Vec<&str> = lines[make + 1..]
        .iter()
        .copied()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(
        after[0].contains("CALL                     1") && after[0].trim_start().starts_with('3')
    );
    assert!(
        after[1].contains("CALL                     1") && after[1].trim_start().starts_with('2')
    );
}

#[test]
fn nested_scopes_thread_free_variables() {
    let text = ok("
def a():
    x = 1
    def b():
        def c():
            return x
        return c
    class K:
        y = x
        def m(self):
            return x
    return b, K
");
    // b passes x through to c without using it itself.
    assert!(text.contains("Disassembly of <code object a.<locals>.b>"));
    assert!(text.contains("LOAD_CLOSURE             0 (x)"));
}

#[test]
fn negative_literals_fold_to_normalised_constants() {
    let text = ok("a = -9223372036854775808\nb = -9223372036854775809\nc = -1.5\nd = -(2)\n");
    assert!(text.contains("(-9223372036854775808)"), "{text}");
    assert!(text.contains("(-9223372036854775809)"), "{text}");
    assert!(text.contains("(-1.5)"), "{text}");
    assert!(text.contains("(-2)"), "{text}");
    assert!(!text.contains("UNARY_OP"), "{text}");
}

#[test]
fn constants_and_names_are_deduplicated() {
    let code = compile_source(
        "a = 1\nb = 1\nc = 1.0\nd = True\ne = 'x'\nf = 'x'\ng = -0.0\nh = 0.0\na = a\n",
        "t.py",
    )
    .expect("compiles");
    // 1, 1.0, True, 'x', -0.0, 0.0, None: equal values of different types stay apart.
    assert_eq!(code.consts.len(), 7, "{:?}", code.consts);
    assert_eq!(code.names.len(), 8);
}

#[test]
fn big_flat_programs_compile_quickly() {
    let src: String = (0..20000).map(|i| format!("x{i} = {i}\n")).collect();
    let start = std::time::Instant::now();
    let code = compile_source(&src, "big.py").expect("compiles");
    assert_eq!(code.consts.len(), 20001);
    assert!(start.elapsed().as_secs() < 20);
}

#[test]
fn starred_set_display_drains_into_the_set() {
    let text = ok("s = {1, *a, 2, *b}\n");
    assert!(text.contains("BUILD_SET                0"), "{text}");
    assert!(text.contains("SET_ADD                  2"), "{text}");
    assert!(text.contains("SET_ADD                  1"), "{text}");
}
