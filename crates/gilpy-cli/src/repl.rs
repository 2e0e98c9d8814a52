//! `gilpy` with no script: an interactive prompt (rustyline), or, when standard input is
//! not a terminal, the script read from it (`python -` style).

use std::io::{IsTerminal, Read, Write};

use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

/// Starts the prompt, or runs standard input as a script.
pub fn main() -> u8 {
    if !std::io::stdin().is_terminal() {
        let mut source = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut source) {
            eprintln!("gilpy: can't read standard input: {e}");
            return 2;
        }
        return crate::run::run_text("<stdin>", &source);
    }
    let mut editor = match DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("gilpy: can't start the prompt: {e}");
            return 2;
        }
    };
    let history = std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".gilpy_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!(
        "gilpy {} (a Python-like language whose threads share one GIL)\nType Ctrl-D to exit.",
        env!("CARGO_PKG_VERSION")
    );
    let mut interp = gilpy::Interpreter::builder().build();
    crate::interrupt::forward_ctrl_c(interp.interrupt_handle());
    let mut console = Prompt { editor };
    interp.interactive(&mut console);
    if let Some(h) = &history {
        let _ = console.editor.save_history(h);
    }
    0
}

struct Prompt {
    editor: DefaultEditor,
}

impl gilpy::interactive::Console for Prompt {
    fn read(&mut self) -> Option<String> {
        let mut source = String::new();
        loop {
            let prompt = if source.is_empty() { ">>> " } else { "... " };
            match self.editor.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = self.editor.add_history_entry(line.as_str());
                    }
                    let blank = line.trim().is_empty();
                    source.push_str(&line);
                    source.push('\n');
                    if !needs_more(&source, blank) {
                        return Some(source);
                    }
                }
                // Ctrl-C at the prompt clears the input, as in Python.
                Err(ReadlineError::Interrupted) => {
                    println!("KeyboardInterrupt");
                    source.clear();
                }
                Err(_) => return None,
            }
        }
    }

    fn show(&mut self, text: &str, error: bool) {
        if error {
            eprint!("{text}");
        } else {
            print!("{text}");
            let _ = std::io::stdout().flush();
        }
    }
}

/// Does the input so far need more lines? A block (a compound statement, or a first
/// line ending with `:`) ends with a blank line; anything else ends when it parses or fails for a reason other than
/// reaching the end too soon (an open bracket or string).
fn needs_more(source: &str, last_blank: bool) -> bool {
    let first = source.lines().next().unwrap_or("").trim();
    let word = first
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    // A compound statement, as in Python's prompt, ends with a blank line.
    const COMPOUND: &[&str] = &["if", "while", "for", "def", "class", "with", "try", "match"];
    if first.ends_with(':') || first.starts_with('@') || COMPOUND.contains(&word) {
        return !last_blank;
    }
    match gilpy::compile(source, "<stdin>") {
        Ok(_) => false,
        Err(e) => {
            let msg = e.to_string();
            !last_blank
                && (msg.contains("never closed")
                    || msg.contains("unexpected EOF")
                    || msg.contains("unterminated triple-quoted"))
        }
    }
}
