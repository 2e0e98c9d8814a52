//! Releasing the GIL parks the running thread's context where the collector sees it.

use gilpy_vm::frame::ThreadCtx;
use gilpy_vm::{Interpreter, Value};

#[test]
fn parked_frames_survive_a_collection_by_another_thread() {
    let mut interp = Interpreter::builder().capture_output().build();
    interp.register_function("block", |vm, _args| {
        let gil = vm.gil.clone();
        let other = std::thread::spawn(move || {
            let mut st = gil.acquire();
            let th = ThreadCtx::new(99, "collector");
            gilpy_vm::gc::collect(&mut st, &th);
        });
        vm.allow_threads(|| {
            let _ = other.join();
        });
        Ok(Value::None)
    });
    let src = "
keep = [[i] for i in range(1000)]
def f():
    local = [1, 2, 3]
    other = {'k': local, 'garbage': [[j] for j in range(100)]}
    block()
    return local[0] + local[2] + len(other['k'])
for _ in range(3):
    print(f(), len(keep), keep[999][0])
";
    let before = interp.heap_stats().collections;
    let r = interp.run_source("gil.py", src).unwrap();
    assert_eq!(r.stdout, "7 1000 999\n".repeat(3));
    assert!(interp.heap_stats().collections >= before + 3);
}
