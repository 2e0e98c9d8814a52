//! No input makes the compiler panic: mutated corpus programs either fail to parse, fail
//! to compile with a SyntaxError, or compile to code that passes `verify`.

use std::path::Path;

use gilpy_compiler::{compile_module, verify::verify};

#[path = "../../gilpy/tests/support/locate.rs"]
mod locate;

/// xorshift64*: a tiny deterministic generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SNIPPETS: &[&str] = &[
    "break",
    "continue",
    "return",
    "return x",
    "nonlocal x",
    "global x",
    "x += 1",
    "del x",
    "try:\n    pass\nfinally:\n    break",
    "with a as b:\n    continue",
    "class K:\n    def m(self):\n        return super().m(__class__)",
    "def g():\n    nonlocal counter",
    "lambda: (yield_ for yield_ in x)",
    "a, *b, c = x",
    "f(*a, k=1, **b)",
];

fn sources() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = locate::shared_dir(env!("CARGO_MANIFEST_DIR"));
    let dirs = [
        root.join("tests/golden"),
        root.join("tests/semantics"),
        root.join("../gilpy-syntax/tests/tour"),
        shared.join("conformance"),
        shared.join("bench"),
    ];
    let mut out = Vec::new();
    for d in dirs {
        let entries = std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|x| x == "py") {
                out.push(std::fs::read_to_string(&p).expect("corpus file is UTF-8"));
            }
        }
    }
    out
}

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = src.lines().map(str::to_string).collect();
    if lines.is_empty() {
        return String::new();
    }
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(lines.len());
        match rng.below(5) {
            0 => {
                lines.remove(i);
            }
            1 => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
            2 => {
                let line = lines[i].clone();
                lines.insert(i, line);
            }
            _ => {
                // Insert a snippet at the indentation of line i.
                let indent: String = lines[i].chars().take_while(|c| *c == ' ').collect();
                let snippet = SNIPPETS[rng.below(SNIPPETS.len())];
                for (k, l) in snippet.lines().enumerate() {
                    lines.insert(i + k, format!("{indent}{l}"));
                }
            }
        }
        if lines.is_empty() {
            break;
        }
    }
    lines.join("\n") + "\n"
}

#[test]
fn mutated_programs_never_panic() {
    let sources = sources();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut compiled, mut rejected) = (0, 0);
    for src in &sources {
        for _ in 0..40 {
            let text = mutate(src, &mut rng);
            let Ok(module) = gilpy_syntax::parse_module(&text, "m.py") else {
                continue;
            };
            match compile_module(&module, &text, "m.py") {
                Ok(code) => {
                    if let Err(e) = verify(&code) {
                        panic!("{e}\n--- source ---\n{text}");
                    }
                    compiled += 1;
                }
                Err(_) => rejected += 1,
            }
        }
    }
    eprintln!("{compiled} compiled, {rejected} rejected");
    assert!(compiled > 0);
}

/// Inputs as deep as the parser allows compile (or fail cleanly) without overflowing.
#[test]
fn deepest_parsable_inputs_do_not_overflow() {
    // The parser's own limits: 1000 levels, 200 brackets, 100 indentation levels.
    let n = 990;
    let b = 190;
    let d = 95;
    let mut cases = vec![
        format!("x = {}1{}\n", "(".repeat(b), ")".repeat(b)),
        format!("x = {}1{}\n", "[".repeat(b), "]".repeat(b)),
        format!("x = {}1\n", "-".repeat(n)),
        format!("x = {}1\n", "not ".repeat(n)),
        format!("x = {}1\n", "lambda: ".repeat(n / 2)),
        format!("x = {}1\n", "1 + ".repeat(n)),
        format!("x = {}1{}\n", "f(".repeat(b), ")".repeat(b)),
        format!("x = {}0{}\n", "[y for y in ".repeat(b), "]".repeat(b)),
    ];
    let mut defs = String::new();
    for i in 0..d {
        defs.push_str(&format!("{}def f{i}(a=1):\n", " ".repeat(i)));
    }
    defs.push_str(&format!("{}return a\n", " ".repeat(d)));
    cases.push(defs);
    let mut loops = String::new();
    for i in 0..d {
        loops.push_str(&format!("{}while x:\n", " ".repeat(i)));
    }
    loops.push_str(&format!("{}break\n", " ".repeat(d)));
    cases.push(loops);
    for src in cases {
        // The parser runs on the test thread's stack; the compiler must not depend on
        // its caller's stack, so it is called from a small one.
        let module = match gilpy_syntax::parse_module(&src, "deep.py") {
            Ok(m) => m,
            Err(e) => {
                eprintln!("parser refused: {}", e.msg);
                continue;
            }
        };
        let module = std::sync::Arc::new(module);
        let shared = module.clone();
        let handle = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || compile_module(&shared, &src, "deep.py"))
            .expect("spawn");
        match handle.join().expect("no overflow") {
            Ok(code) => verify(&code).expect("well formed"),
            Err(e) => eprintln!("compiler refused: {}", e.msg),
        }
        // Dropping a deep tree recurses; that is the parser crate's concern.
        std::mem::forget(module);
    }
}
