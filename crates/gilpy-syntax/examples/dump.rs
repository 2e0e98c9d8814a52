//! Print the tokens (`--tokens`), the AST (`--sexpr` for the compact form the
//! differential test uses) of a file, or its syntax error:
//! `cargo run -p gilpy-syntax --example dump -- [--tokens|--sexpr] FILE`.

#[path = "../tests/support/sexpr.rs"]
mod sexpr;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tokens = args.iter().any(|a| a == "--tokens");
    let compact = args.iter().any(|a| a == "--sexpr");
    let Some(path) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: dump [--tokens] FILE");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    if tokens {
        let src = String::from_utf8_lossy(&bytes);
        match gilpy_syntax::tokenize(&src) {
            Ok(toks) => {
                for (t, span) in toks {
                    let (l, c) = gilpy_syntax::line_col(&src, span.start as usize);
                    println!("{l}:{c} {t}");
                }
            }
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        return;
    }
    match gilpy_syntax::parse_bytes(&bytes, path) {
        Ok(m) if compact => print!("{}", sexpr::module(&m)),
        Ok(m) => println!("{m:#?}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
