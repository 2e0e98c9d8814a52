//! Built-in modules written in Python (`threading`, `queue`, `concurrent.futures`), as
//! CPython writes them, on top of the native `_thread`. Their sources are compiled into
//! the binary and run on first import. Each keeps its globals apart from `__main__`'s:
//! its code objects resolve global names under the key `"<module>:name"`, and after the
//! body ran, every module-level name is copied into the module object's attributes.

use std::sync::Arc;

use crate::builtins::ModuleDef;
use crate::frame::FrameKind;
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import threading`
pub const THREADING: ModuleDef = ModuleDef {
    name: "threading",
    init: |vm, m| run_module(vm, m, "threading", include_str!("py/threading.py")),
};

/// `import queue`
pub const QUEUE: ModuleDef = ModuleDef {
    name: "queue",
    init: |vm, m| run_module(vm, m, "queue", include_str!("py/queue.py")),
};

/// `import concurrent.futures`
pub const CONCURRENT_FUTURES: ModuleDef = ModuleDef {
    name: "concurrent.futures",
    init: |vm, m| {
        let src = include_str!("py/concurrent_futures.py");
        run_module(vm, m, "concurrent.futures", src)
    },
};

/// Compiles and runs `source` as module `name`, filling `module`'s attributes.
pub(crate) fn run_module(
    vm: &mut Vm<'_>,
    module: ObjRef,
    name: &str,
    source: &str,
) -> PyResult<()> {
    let filename = format!("<frozen {name}>");
    let code = match gilpy_compiler::compile_cached(source, &filename) {
        Ok(c) => c,
        Err(e) => {
            let c = vm.st.types.import_error;
            return Err(vm.error(c, format!("cannot compile built-in module {name}: {e}")));
        }
    };
    vm.st
        .sources
        .insert(Arc::from(filename.as_str()), Arc::from(source));
    let prefix = crate::modules::import::unique_prefix(vm, name);
    // Attribute reads see the module's globals live (rebinding in its functions shows).
    let prefix_id = vm.intern(&prefix);
    if let crate::object::Object::Module(m) = vm.st.heap.get_mut(module) {
        m.prefix = Some(prefix_id);
    }
    let saved = vm.st.globals_prefix.replace(prefix.clone());
    let data = crate::objects::code::load(vm, &code);
    vm.st.globals_prefix = saved;
    // The module's own `__name__`.
    let key = format!("{prefix}__name__");
    let key = vm.intern(&key);
    let n = vm.new_str(name);
    vm.st.globals.set(key, n);

    let base = vm.th.stack.len();
    let need = data.nlocals + data.ncells;
    vm.th.stack.extend(std::iter::repeat_n(Value::Undef, need));
    crate::call::push_frame(vm, data.id, base, base, FrameKind::Entry);
    crate::eval::run(vm)?;

    let names: Vec<(String, Value)> = vm
        .st
        .globals
        .bound()
        .filter_map(|(id, v)| {
            let full = vm.st.names.name(id);
            full.strip_prefix(&*prefix).map(|s| (s.to_string(), v))
        })
        .collect();
    for (n, v) in names {
        vm.module_set(module, &n, v);
    }
    Ok(())
}
