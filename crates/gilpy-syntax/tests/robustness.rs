//! No input may panic or overflow the stack: truncated corpus files, random bytes and
//! pathologically deep nesting all give `Ok` or a `SyntaxError`.

use std::path::{Path, PathBuf};

use gilpy_syntax::{parse_bytes, parse_module};

#[path = "../../gilpy/tests/support/locate.rs"]
mod locate;

/// Run `f` on a thread with a deliberately small stack (640 KiB, under a third of a
/// spawned thread's default), so that unbounded recursion shows up here rather than
/// in a user's program. Dropping a maximally deep (1000-level) tree of nested lambda
/// defaults needs just over 512 KiB in debug builds (since `ExprKind` gained the
/// `yield` variants), so that is the floor for callers.
fn small_stack<F: FnOnce() + Send + 'static>(f: F) {
    std::thread::Builder::new()
        .stack_size(640 << 10)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("parser panicked or overflowed");
}

fn corpus() -> Vec<PathBuf> {
    let mut files = locate::shared_py_files(env!("CARGO_MANIFEST_DIR"));
    // Our own golden inputs too, so the test means something without the corpus.
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    for dir in ["tokens", "errors"] {
        if let Ok(rd) = std::fs::read_dir(golden.join(dir)) {
            files.extend(
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "py")),
            );
        }
    }
    files.sort();
    files
}

#[test]
fn truncated_files_never_panic() {
    small_stack(|| {
        let files = corpus();
        for (n, f) in files.iter().enumerate() {
            let bytes = std::fs::read(f).expect("read");
            // Every byte for a few files, a stride for the rest (debug builds are slow).
            let stride = if n % 8 == 0 { 1 } else { 13 };
            let mut cut = 0;
            while cut <= bytes.len() {
                let _ = parse_bytes(&bytes[..cut], "t.py");
                cut += stride;
            }
        }
    });
}

/// A small deterministic generator (no extra crate needed).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn random_bytes_never_panic() {
    small_stack(|| {
        let mut rng = Lcg(0x5eed);
        // Mostly Python-ish characters, so the parser gets past the lexer often.
        let alphabet: &[u8] = b"abcxyz019_ \n\n\t()[]{}:;,.=+-*/%<>!&|^~@'\"\\#fr\r";
        for i in 0..4000 {
            let len = (rng.next() % 120) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    let r = rng.next();
                    if i % 4 == 0 {
                        r as u8
                    } else {
                        alphabet[(r as usize) % alphabet.len()]
                    }
                })
                .collect();
            let _ = parse_bytes(&bytes, "r.py");
        }
    });
}

#[test]
fn keyword_soup_never_panics() {
    small_stack(|| {
        let words = [
            "if", "else", "elif", "for", "in", "while", "def", "class", "lambda", "x", "1", "'s'",
            "f'{x}'", "(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "    ", "*", "**", "not",
            "is", "and", "or", "return", "try", "except", "finally", "with", "as", "del", "import",
            "from", ".", "@", "+=", "\\\n",
        ];
        let mut rng = Lcg(42);
        for _ in 0..3000 {
            let n = (rng.next() % 30) as usize;
            let src: String = (0..n)
                .map(|_| {
                    let w = words[(rng.next() as usize) % words.len()];
                    format!("{w} ")
                })
                .collect();
            let _ = parse_module(&src, "k.py");
        }
    });
}

fn expect_error(src: String, what: &str) {
    let what = what.to_string();
    small_stack(move || {
        let r = parse_module(&src, "deep.py");
        assert!(r.is_err(), "{what}: expected a SyntaxError");
    });
}

#[test]
fn deep_brackets() {
    expect_error(
        format!("x = {}1{}\n", "(".repeat(50_000), ")".repeat(50_000)),
        "(((",
    );
    expect_error(format!("x = {}\n", "[".repeat(50_000)), "[[[ unclosed");
    expect_error(
        format!("x = {}1{}\n", "{".repeat(300), "}".repeat(300)),
        "{{{",
    );
}

#[test]
fn deep_unary_and_binary_chains() {
    expect_error(format!("x = {}1\n", "-".repeat(100_000)), "unary minus");
    expect_error(format!("x = {}1\n", "not ".repeat(100_000)), "not");
    expect_error(format!("x = {}1\n", "~".repeat(100_000)), "invert");
    expect_error(format!("x = 1{}\n", "+1".repeat(100_000)), "sum");
    expect_error(format!("x = 2{}\n", "**2".repeat(100_000)), "power");
    expect_error(format!("x = a{}\n", ".b".repeat(100_000)), "attributes");
    expect_error(format!("x = x{}\n", "[0]".repeat(100_000)), "subscripts");
    expect_error(format!("x = f{}\n", "()".repeat(100_000)), "calls");
    expect_error(format!("x = {}1\n", "lambda: ".repeat(100_000)), "lambdas");
    expect_error(
        format!("x = 1{}\n", " if a else 1".repeat(100_000)),
        "if-else",
    );
    expect_error(format!("x = 1{}\n", " or 1".repeat(100_000)), "or");
    expect_error(
        format!(
            "x = {}0{}\n",
            "lambda a=".repeat(100_000),
            ": 0".repeat(100_000)
        ),
        "lambda defaults",
    );
    expect_error(
        format!(
            "def f(a={}0{}): pass\n",
            "lambda a=".repeat(100_000),
            ": 0".repeat(100_000)
        ),
        "def defaults",
    );
    expect_error(format!("x = {}1\n", "*".repeat(100_000)), "stars");
    expect_error(format!("x = {}1\n", "await ".repeat(100_000)), "await");
}

#[test]
fn deep_combined_nesting() {
    // 150 brackets, each level adding a 20-term sum: each piece is fine, the whole is not.
    let mut s = String::from("1");
    for _ in 0..150 {
        s = format!("({s}{})", "+1".repeat(20));
    }
    expect_error(format!("x = {s}\n"), "brackets of sums");
}

#[test]
fn deep_statements() {
    let mut src = String::new();
    for i in 0..150 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(150));
    src.push_str("pass\n");
    expect_error(src, "indentation levels");

    let mut src = String::from("if a:\n    pass\n");
    for _ in 0..10_000 {
        src.push_str("elif a:\n    pass\n");
    }
    expect_error(src, "elif chain");

    // Blocks nested in the last branch of long elif chains: deep, transiently.
    let mut src = String::new();
    for level in 0..10 {
        let pad = " ".repeat(level * 4);
        src.push_str(&format!("{pad}if a:\n{pad}    pass\n"));
        for _ in 0..400 {
            src.push_str(&format!("{pad}elif b:\n{pad}    pass\n"));
        }
        src.push_str(&format!("{pad}elif c:\n"));
    }
    src.push_str(&format!("{}pass\n", " ".repeat(40)));
    expect_error(src, "nested elif chains");
}

#[test]
fn moderately_deep_input_still_parses() {
    small_stack(|| {
        let src = format!("x = {}1{}\n", "(".repeat(150), ")".repeat(150));
        assert!(parse_module(&src, "ok.py").is_ok());
        let src = format!("x = 1{}\n", "+1".repeat(500));
        assert!(parse_module(&src, "ok.py").is_ok());
        let src = format!("x = {}1\n", "-".repeat(500));
        assert!(parse_module(&src, "ok.py").is_ok());
        let mut src = String::from("if a:\n    pass\n");
        for _ in 0..300 {
            src.push_str("elif a:\n    pass\n");
        }
        assert!(parse_module(&src, "ok.py").is_ok());
        // A chained comparison is one flat node.
        let src = format!("x = 1{}\n", " < 1".repeat(10_000));
        assert!(parse_module(&src, "ok.py").is_ok());
        // Wide is fine: a 100,000-element list is not deep.
        let src = format!("x = [{}]\n", "1, ".repeat(100_000));
        assert!(parse_module(&src, "ok.py").is_ok());
    });
}

#[test]
fn deep_fstrings() {
    small_stack(|| {
        let src = "x = f'{f\"{f'''{1}'''}\"}'\n";
        let _ = parse_module(src, "f.py");
        let src = format!("x = f'{{{}1}}'\n", "-".repeat(100_000));
        assert!(parse_module(&src, "f.py").is_err());
    });
}

#[test]
fn invalid_utf8_is_a_syntax_error() {
    let e = parse_bytes(b"x = 1\ny = '\xff'\n", "u.py").unwrap_err();
    assert_eq!(
        e.msg,
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 11: invalid start byte"
    );
    assert_eq!(e.line, 2);
    let e = parse_bytes(b"x = '\xc3'\n", "u.py").unwrap_err();
    assert!(e.msg.contains("0xc3"), "{}", e.msg);
    assert!(parse_bytes(b"\xef\xbb\xbfx = 1\n", "bom.py").is_ok());
    assert!(parse_bytes(b"x = '\0'\n", "nul.py").is_err());
}

#[test]
fn repeated_fragments_never_overflow() {
    // (prefix, suffix) pairs repeated 10,000 times around an atom.
    let pairs: &[(&str, &str)] = &[
        ("-", ""),
        ("+", ""),
        ("not ", ""),
        ("lambda: ", ""),
        ("lambda *a, k=", ": 0"),
        ("a if b else ", ""),
        ("", " if b else c"),
        ("", " if b else c for c in d"),
        ("f(", ")"),
        ("f(*", ")"),
        ("f(k=", ")"),
        ("[", "]"),
        ("[x for x in ", "]"),
        ("{", ": 1}"),
        ("{**", "}"),
        ("(", ",)"),
        ("*", ""),
        ("", ".a"),
        ("", "[0]"),
        ("", "[::]"),
        ("", "()"),
        ("", "**2"),
        ("2**", ""),
        ("", "+1"),
        ("", "|1"),
        ("", " or 1"),
        ("", " and 1"),
        ("", " < 1"),
        ("", " not in 1"),
        ("", ", 1"),
        ("f'{", "}'"),
        ("a[", "]"),
        ("a[1:", "]"),
    ];
    for &(pre, suf) in pairs {
        let src = format!("x = {}1{}\n", pre.repeat(10_000), suf.repeat(10_000));
        small_stack(move || {
            let _ = parse_module(&src, "frag.py");
        });
        // Also as a statement on its own, and inside a block.
        let src = format!("if a:\n    {}1{}\n", pre.repeat(10_000), suf.repeat(10_000));
        small_stack(move || {
            let _ = parse_module(&src, "frag.py");
        });
    }
}
