//! No input makes the compiler panic: mutated corpus programs either fail to parse, fail
//! to compile with a SyntaxError, or compile to code that passes `verify`.

use std::path::Path;

use gilpy_compiler::{compile_module, verify::verify};

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
    let dirs = [
        "tests/golden",
        "tests/semantics",
        "../gilpy-syntax/tests/tour",
        "../../../shared/conformance",
        "../../../shared/bench",
    ];
    let mut out = Vec::new();
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(root.join(d)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|x| x == "py") {
                if let Ok(s) = std::fs::read_to_string(&p) {
                    out.push(s);
                }
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
