//! Source → tokens → AST → bytecode must never panic: only return errors.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gilpy_fuzz::check_compile(data));
