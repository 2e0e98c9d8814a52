//! More pure-library modules written in gilpy's Python (`py/*.py`), kept apart from
//! [`super::stdlib_py`] so areas adding modules in parallel don't edit one list:
//! `calendar`; and `builtins`, the module view of the builtin names.

use crate::builtins::ModuleDef;
use crate::object::Object;
use crate::value::ObjRef;
use crate::{PyResult, Vm};

/// `import calendar`
pub const CALENDAR: ModuleDef = ModuleDef {
    name: "calendar",
    init: |vm, m| super::pymod::run_module(vm, m, "calendar", include_str!("py/calendar.py")),
};

/// `import builtins`
pub const BUILTINS: ModuleDef = ModuleDef {
    name: "builtins",
    init: init_builtins,
};

/// Copies every bound builtin name into the module, as it is at import time.
fn init_builtins(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    let ns = &vm.st.builtins;
    let pairs: Vec<_> = ns
        .names
        .iter()
        .zip(&ns.slots)
        .filter(|(_, v)| !v.is_undef())
        .map(|(n, v)| (*n, *v))
        .collect();
    if let Object::Module(module) = vm.st.heap.get_mut(m) {
        for (id, v) in pairs {
            module.attrs.insert(id, v);
        }
    }
    Ok(())
}

/// Every module above, for [`crate::builtins::MODULES`].
pub const ALL: &[ModuleDef] = &[CALENDAR, BUILTINS];
