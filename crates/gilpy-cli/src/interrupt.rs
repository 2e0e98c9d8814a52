//! Ctrl-C: the first press raises `KeyboardInterrupt` in the script (at its next switch
//! check); a second press while that is still pending ends the process, so a script that
//! swallows the exception in a loop can still be stopped.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Routes SIGINT to the interpreter's interrupt flag.
pub fn forward_ctrl_c(flag: Arc<AtomicBool>) {
    // Only one handler per process; a second call (never made by the CLI) is harmless.
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
}
