//! More pure-library modules written in gilpy's Python (`py/*.py`), kept apart from
//! [`super::stdlib_py`] so areas adding modules in parallel don't edit one list:
//! `calendar`, `fnmatch`, `glob`, `shutil`, `_os_walk` (behind `os.walk`), `base64`,
//! `timeit`, `numbers`, `secrets`, `html`, `uuid`, `urllib.parse`, `unittest`, `difflib`, `pickle`, `copyreg`, `graphlib`; and `builtins`, the module view of the
//! builtin names.

use crate::builtins::ModuleDef;
use crate::object::Object;
use crate::value::ObjRef;
use crate::{PyResult, Vm};

/// `os.walk`, loaded by `os` itself (see `os.rs`).
pub const OS_WALK: ModuleDef = ModuleDef {
    name: "_os_walk",
    init: |vm, m| super::pymod::run_module(vm, m, "_os_walk", include_str!("py/os_walk.py")),
};

/// `import fnmatch`
pub const FNMATCH: ModuleDef = ModuleDef {
    name: "fnmatch",
    init: |vm, m| super::pymod::run_module(vm, m, "fnmatch", include_str!("py/fnmatch.py")),
};

/// `import glob`
pub const GLOB: ModuleDef = ModuleDef {
    name: "glob",
    init: |vm, m| super::pymod::run_module(vm, m, "glob", include_str!("py/glob.py")),
};

/// `import shutil`
pub const SHUTIL: ModuleDef = ModuleDef {
    name: "shutil",
    init: |vm, m| super::pymod::run_module(vm, m, "shutil", include_str!("py/shutil.py")),
};

/// `import calendar`
pub const CALENDAR: ModuleDef = ModuleDef {
    name: "calendar",
    init: |vm, m| super::pymod::run_module(vm, m, "calendar", include_str!("py/calendar.py")),
};

/// `import base64`
pub const BASE64: ModuleDef = ModuleDef {
    name: "base64",
    init: |vm, m| super::pymod::run_module(vm, m, "base64", include_str!("py/base64.py")),
};

/// `import timeit`
pub const TIMEIT: ModuleDef = ModuleDef {
    name: "timeit",
    init: |vm, m| super::pymod::run_module(vm, m, "timeit", include_str!("py/timeit.py")),
};

/// `import numbers`
pub const NUMBERS: ModuleDef = ModuleDef {
    name: "numbers",
    init: |vm, m| super::pymod::run_module(vm, m, "numbers", include_str!("py/numbers.py")),
};

/// `import secrets`
pub const SECRETS: ModuleDef = ModuleDef {
    name: "secrets",
    init: |vm, m| super::pymod::run_module(vm, m, "secrets", include_str!("py/secrets.py")),
};

/// `import binascii`
pub const BINASCII: ModuleDef = ModuleDef {
    name: "binascii",
    init: |vm, m| super::pymod::run_module(vm, m, "binascii", include_str!("py/binascii.py")),
};

/// `import zlib`
pub const ZLIB: ModuleDef = ModuleDef {
    name: "zlib",
    init: |vm, m| super::pymod::run_module(vm, m, "zlib", include_str!("py/zlib.py")),
};

/// `import gzip`
pub const GZIP: ModuleDef = ModuleDef {
    name: "gzip",
    init: |vm, m| super::pymod::run_module(vm, m, "gzip", include_str!("py/gzip.py")),
};

/// `import hmac`
pub const HMAC: ModuleDef = ModuleDef {
    name: "hmac",
    init: |vm, m| super::pymod::run_module(vm, m, "hmac", include_str!("py/hmac.py")),
};

/// `import pydoc` (what `help()` prints)
pub const PYDOC: ModuleDef = ModuleDef {
    name: "pydoc",
    init: |vm, m| super::pymod::run_module(vm, m, "pydoc", include_str!("py/pydoc.py")),
};

/// `import shlex`
pub const SHLEX: ModuleDef = ModuleDef {
    name: "shlex",
    init: |vm, m| super::pymod::run_module(vm, m, "shlex", include_str!("py/shlex.py")),
};

/// `import html`
pub const HTML: ModuleDef = ModuleDef {
    name: "html",
    init: |vm, m| super::pymod::run_module(vm, m, "html", include_str!("py/html.py")),
};

/// `import uuid`
pub const UUID: ModuleDef = ModuleDef {
    name: "uuid",
    init: |vm, m| super::pymod::run_module(vm, m, "uuid", include_str!("py/uuid.py")),
};

/// `import urllib` (the package; its only submodule is `urllib.parse`)
pub const URLLIB: ModuleDef = ModuleDef {
    name: "urllib",
    init: |vm, m| {
        super::pymod::run_module(vm, m, "urllib", "\"\"\"urllib: only urllib.parse.\"\"\"\n")
    },
};

/// `import urllib.parse`
pub const URLLIB_PARSE: ModuleDef = ModuleDef {
    name: "urllib.parse",
    init: |vm, m| {
        super::pymod::run_module(vm, m, "urllib.parse", include_str!("py/urllib_parse.py"))
    },
};

/// `import unittest`
pub const UNITTEST: ModuleDef = ModuleDef {
    name: "unittest",
    init: |vm, m| super::pymod::run_module(vm, m, "unittest", include_str!("py/unittest.py")),
};

/// `import difflib`
pub const DIFFLIB: ModuleDef = ModuleDef {
    name: "difflib",
    init: |vm, m| super::pymod::run_module(vm, m, "difflib", include_str!("py/difflib.py")),
};

/// `import pickle`
pub const PICKLE: ModuleDef = ModuleDef {
    name: "pickle",
    init: |vm, m| super::pymod::run_module(vm, m, "pickle", include_str!("py/pickle.py")),
};

/// `import copyreg`
pub const COPYREG: ModuleDef = ModuleDef {
    name: "copyreg",
    init: |vm, m| super::pymod::run_module(vm, m, "copyreg", include_str!("py/copyreg.py")),
};

/// `import graphlib`
pub const GRAPHLIB: ModuleDef = ModuleDef {
    name: "graphlib",
    init: |vm, m| super::pymod::run_module(vm, m, "graphlib", include_str!("py/graphlib.py")),
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
/// One entry per line (rustfmt skipped), so modules added in parallel merge cleanly.
#[rustfmt::skip]
pub const ALL: &[ModuleDef] = &[
    OS_WALK,
    FNMATCH,
    GLOB,
    SHUTIL,
    CALENDAR,
    BUILTINS,
    BASE64,
    TIMEIT,
    NUMBERS,
    SECRETS,
    HTML,
    BINASCII,
    ZLIB,
    GZIP,
    HMAC,
    PYDOC,
    SHLEX,
    super::importlib_native::NATIVE,
    super::importlib_native::IMPORTLIB,
    super::importlib_native::IMPORTLIB_UTIL,
    UUID,
    URLLIB,
    URLLIB_PARSE,
    UNITTEST,
    DIFFLIB,
    PICKLE,
    COPYREG,
    GRAPHLIB,
];
