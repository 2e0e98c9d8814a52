//! CPython's compile-time SyntaxErrors, located at the offending node.

use gilpy_compiler::compile_source;

/// (message, line, column) of compiling `src`.
fn err(src: &str) -> (String, usize, usize) {
    let e = compile_source(src, "t.py").expect_err("should not compile");
    (e.msg, e.line, e.column)
}

#[test]
fn return_outside_function() {
    assert_eq!(
        err("x = 1\nreturn x\n"),
        ("'return' outside function".into(), 2, 1)
    );
    let class = err("class C:\n    return 1\n");
    assert_eq!(class, ("'return' outside function".into(), 2, 5));
}

#[test]
fn yield_outside_a_generator_function() {
    assert_eq!(err("yield 1\n"), ("'yield' outside function".into(), 1, 1));
    assert_eq!(
        err("class C:\n    x = yield\n"),
        ("'yield' outside function".into(), 2, 9)
    );
    assert_eq!(
        err("def f():\n    return [(yield) for x in y]\n"),
        ("'yield' inside list comprehension".into(), 2, 14)
    );
    assert_eq!(
        err("def f():\n    return ((yield x) for x in y)\n"),
        ("'yield' inside generator expression".into(), 2, 14)
    );
    // The first iterable belongs to the enclosing function, so this is fine.
    assert!(compile_source("def f():\n    return [x for x in (yield)]\n", "t.py").is_ok());
}

#[test]
fn break_and_continue_outside_loop() {
    assert_eq!(
        err("if x:\n    break\n"),
        ("'break' outside loop".into(), 2, 5)
    );
    assert_eq!(
        err("continue\n"),
        ("'continue' not properly in loop".into(), 1, 1)
    );
    // A loop does not reach into a nested function.
    let nested = err("while x:\n    def f():\n        break\n");
    assert_eq!(nested, ("'break' outside loop".into(), 3, 9));
    // Loop `else:` clauses are outside the loop.
    assert_eq!(
        err("for x in y:\n    pass\nelse:\n    continue\n").0,
        "'continue' not properly in loop"
    );
}

#[test]
fn nonlocal_errors() {
    assert_eq!(
        err("nonlocal x\n").0,
        "nonlocal declaration not allowed at module level"
    );
    assert_eq!(
        err("def f():\n    nonlocal x\n"),
        ("no binding for nonlocal 'x' found".into(), 2, 14)
    );
    // Module globals do not count as a binding.
    assert_eq!(
        err("x = 1\ndef f():\n    nonlocal x\n").0,
        "no binding for nonlocal 'x' found"
    );
    // Class scopes do not either.
    assert_eq!(
        err("def f():\n    class C:\n        x = 1\n        def g():\n            nonlocal x\n").0,
        "no binding for nonlocal 'x' found"
    );
}

#[test]
fn global_declaration_errors() {
    assert_eq!(
        err("def f():\n    x = 1\n    global x\n"),
        (
            "name 'x' is assigned to before global declaration".into(),
            3,
            12
        )
    );
    assert_eq!(
        err("def f():\n    print(x)\n    global x\n"),
        ("name 'x' is used prior to global declaration".into(), 3, 12)
    );
    assert_eq!(
        err("def f(x):\n    global x\n").0,
        "name 'x' is parameter and global"
    );
    assert_eq!(
        err("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n").0,
        "name 'x' is assigned to before nonlocal declaration"
    );
}

#[test]
fn other_cheap_errors() {
    assert_eq!(
        err("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n").0,
        "default 'except:' must be last"
    );
    assert_eq!(err("f(a=1, a=2)\n").0, "keyword argument repeated: a");
    assert_eq!(
        err("def f(a, a):\n    pass\n").0,
        "duplicate argument 'a' in function definition"
    );
}

#[test]
fn valid_programs_compile() {
    for src in [
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n    return g\n",
        "def f():\n    global y\n    y = 1\n",
        "for i in range(3):\n    try:\n        continue\n    finally:\n        pass\n",
        "while True:\n    try:\n        break\n    except:\n        pass\n",
        "def f():\n    for x in y:\n        with a:\n            return x\n",
    ] {
        if let Err(e) = compile_source(src, "t.py") {
            panic!("{src}\n{e}");
        }
    }
}

/// Errors of the syntax additions; expected values are what CPython 3.11's `compile()`
/// reports (message, line, offset).
#[test]
fn syntax_addition_errors() {
    let cases: &[(&str, &str, usize, usize)] = &[
        (
            "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "name capture 'y' makes remaining patterns unreachable",
            2,
            10,
        ),
        (
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "wildcard makes remaining patterns unreachable",
            2,
            10,
        ),
        (
            "match x:\n    case [a, a]:\n        pass\n",
            "multiple assignments to name 'a' in pattern",
            2,
            14,
        ),
        (
            "match x:\n    case 1 | a:\n        pass\n",
            "alternative patterns bind different names",
            2,
            14,
        ),
        (
            "match x:\n    case a | 1:\n        pass\n",
            "name capture 'a' makes remaining patterns unreachable",
            2,
            10,
        ),
        (
            "match x:\n    case [*a, *b]:\n        pass\n",
            "multiple starred names in sequence pattern",
            2,
            10,
        ),
        (
            "match x:\n    case C(a=1, a=2):\n        pass\n",
            "attribute name repeated in class pattern: a",
            2,
            19,
        ),
        (
            "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
            "mapping pattern checks duplicate key ('k')",
            2,
            10,
        ),
        (
            "match x:\n    case f'{y}':\n        pass\n",
            "patterns may only match literals and attribute lookups",
            2,
            10,
        ),
        (
            "def f():\n    from m import *\n",
            "import * only allowed at module level",
            2,
            19,
        ),
        (
            "class C:\n    from m import *\n",
            "import * only allowed at module level",
            2,
            19,
        ),
        (
            "[i := 0 for i in range(3)]\n",
            "assignment expression cannot rebind comprehension iteration variable 'i'",
            1,
            2,
        ),
        (
            "class A:\n    [z := i for i in range(3)]\n",
            "assignment expression within a comprehension cannot be used in a class body",
            2,
            6,
        ),
        (
            "[x for x in (y := [1])]\n",
            "assignment expression cannot be used in a comprehension iterable expression",
            1,
            14,
        ),
    ];
    for &(src, msg, line, col) in cases {
        assert_eq!(err(src), (msg.to_string(), line, col), "{src}");
    }
}
