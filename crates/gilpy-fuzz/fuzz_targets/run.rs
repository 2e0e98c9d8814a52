//! Running any program under instruction and time limits must end without a panic,
//! abort or stack overflow.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| gilpy_fuzz::check_run(data));
