//! More pure-library modules written in gilpy's Python (`py/*.py`), kept apart from
//! [`super::stdlib_py`] so areas adding modules in parallel don't edit one list:
//! `calendar`.

use crate::builtins::ModuleDef;

/// `import calendar`
pub const CALENDAR: ModuleDef = ModuleDef {
    name: "calendar",
    init: |vm, m| super::pymod::run_module(vm, m, "calendar", include_str!("py/calendar.py")),
};

/// Every module above, for [`crate::builtins::MODULES`].
pub const ALL: &[ModuleDef] = &[CALENDAR];
