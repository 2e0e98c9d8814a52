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
