//! The prompt, driven through a pseudo-terminal: a function defined over two lines, an
//! echoed expression, a thread started at the prompt that keeps running, an exception
//! that does not end the session, Ctrl-C stopping a running loop, and Ctrl-D to leave.

use rexpect::session::spawn_command;

#[test]
fn a_session_defines_a_function_starts_a_thread_survives_an_exception_and_exits() {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_gilpy"));
    cmd.env("HOME", std::env::temp_dir());
    let mut p = spawn_command(cmd, Some(20_000)).expect("spawns in a pty");
    p.exp_string(">>> ").expect("a prompt");
    p.send_line("def double(x):").unwrap();
    p.exp_string("... ").expect("a continuation prompt");
    p.send_line("    return x * 2").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("double(21)").unwrap();
    p.exp_string("42").expect("the value is echoed");
    p.exp_string(">>> ").unwrap();
    p.send_line("import threading, time").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("done = []").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("def later():").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    time.sleep(0.2)").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("    done.append(double(5))").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("t = threading.Thread(target=later)").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("t.start()").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("1 / 0").unwrap();
    p.exp_string("ZeroDivisionError: division by zero")
        .expect("a traceback");
    p.exp_string(">>> ").expect("the session goes on");
    // The thread finished while the prompt waited.
    std::thread::sleep(std::time::Duration::from_millis(400));
    p.send_line("done").unwrap();
    p.exp_string("[10]")
        .expect("the thread ran while the prompt waited");
    p.exp_string(">>> ").unwrap();
    // Ctrl-C stops a running statement, not the session.
    p.send_line("while True: pass").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt")
        .expect("the loop is interrupted");
    p.exp_string(">>> ").unwrap();
    p.send_line("double(4)").unwrap();
    p.exp_string("8").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().expect("Ctrl-D ends the session");
}
