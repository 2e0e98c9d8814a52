//! The pure-library modules written in gilpy's own Python (`py/*.py`): `collections`,
//! `itertools`, `functools`, `operator`, `heapq`, `bisect`, `array`, `dis` (gilpy's bytecode), `multiprocessing` (over interpreters), `copy`, `string`, `typing`,
//! `json`, `contextlib`, `dataclasses`, `enum`, `abc`, `re` (over the native `_gilpy_re`), `datetime`,
//! `statistics`, `tempfile`, `cmath`, `warnings`, `errno`, `textwrap`, `reprlib`, `fractions`, `traceback`,
//! `logging`, `io` (`StringIO`, `BytesIO`), `csv`, `pprint`, `atexit`,
//! `keyword`, `__future__`, `doctest`, `posixpath`, `types`, `struct` (over the native `_struct`), `weakref` (over `_weakref`), `pathlib`, `argparse`, `decimal`, `inspect`, `http` (`HTTPStatus`). Each is compiled into the binary and run on first import, like
//! `threading` (see [`super::pymod`]).

use crate::builtins::ModuleDef;

macro_rules! py_module {
    ($konst:ident, $name:literal, $file:literal) => {
        #[doc = concat!("`import ", $name, "`")]
        pub const $konst: ModuleDef = ModuleDef {
            name: $name,
            init: |vm, m| super::pymod::run_module(vm, m, $name, include_str!($file)),
        };
    };
}

py_module!(OPERATOR, "operator", "py/operator.py");
py_module!(FUNCTOOLS, "functools", "py/functools.py");
py_module!(ITERTOOLS, "itertools", "py/itertools.py");
py_module!(COLLECTIONS, "collections", "py/collections.py");
py_module!(COLLECTIONS_ABC, "collections.abc", "py/collections_abc.py");
py_module!(HEAPQ, "heapq", "py/heapq.py");
py_module!(BISECT, "bisect", "py/bisect.py");
py_module!(ARRAY, "array", "py/array.py");
py_module!(DIS, "dis", "py/dis.py");
py_module!(MULTIPROCESSING, "multiprocessing", "py/multiprocessing.py");
py_module!(COPY, "copy", "py/copy.py");
py_module!(STRING, "string", "py/string.py");
py_module!(TYPING, "typing", "py/typing.py");
py_module!(JSON, "json", "py/json.py");
py_module!(CONTEXTLIB, "contextlib", "py/contextlib.py");
py_module!(DATACLASSES, "dataclasses", "py/dataclasses.py");
py_module!(ENUM, "enum", "py/enum.py");
py_module!(ABC, "abc", "py/abc.py");
py_module!(RE, "re", "py/re.py");
py_module!(DATETIME, "datetime", "py/datetime.py");
py_module!(STATISTICS, "statistics", "py/statistics.py");
py_module!(TEMPFILE, "tempfile", "py/tempfile.py");
py_module!(CMATH, "cmath", "py/cmath.py");
py_module!(WARNINGS, "warnings", "py/warnings.py");
py_module!(ERRNO, "errno", "py/errno.py");
py_module!(TEXTWRAP, "textwrap", "py/textwrap.py");
py_module!(REPRLIB, "reprlib", "py/reprlib.py");
py_module!(FRACTIONS, "fractions", "py/fractions.py");
py_module!(TRACEBACK, "traceback", "py/traceback.py");
py_module!(LOGGING, "logging", "py/logging.py");
py_module!(IO, "io", "py/io.py");
py_module!(CSV, "csv", "py/csv.py");
py_module!(PPRINT, "pprint", "py/pprint.py");
py_module!(ATEXIT, "atexit", "py/atexit.py");
py_module!(KEYWORD, "keyword", "py/keyword.py");
py_module!(FUTURE, "__future__", "py/__future__.py");
py_module!(DOCTEST, "doctest", "py/doctest.py");
py_module!(POSIXPATH, "posixpath", "py/posixpath.py");
py_module!(TYPES, "types", "py/types.py");
py_module!(STRUCT, "struct", "py/struct.py");
py_module!(WEAKREF, "weakref", "py/weakref.py");
py_module!(PATHLIB, "pathlib", "py/pathlib.py");
py_module!(ARGPARSE, "argparse", "py/argparse.py");
py_module!(DECIMAL, "decimal", "py/decimal.py");
py_module!(INSPECT, "inspect", "py/inspect.py");
py_module!(HTTP, "http", "py/http.py");

/// Every module above, for [`crate::builtins::MODULES`].
pub const ALL: &[ModuleDef] = &[
    OPERATOR,
    FUNCTOOLS,
    ITERTOOLS,
    COLLECTIONS,
    COLLECTIONS_ABC,
    HEAPQ,
    BISECT,
    ARRAY,
    DIS,
    MULTIPROCESSING,
    COPY,
    STRING,
    TYPING,
    JSON,
    CONTEXTLIB,
    DATACLASSES,
    ENUM,
    ABC,
    RE,
    DATETIME,
    STATISTICS,
    TEMPFILE,
    CMATH,
    WARNINGS,
    ERRNO,
    TEXTWRAP,
    REPRLIB,
    FRACTIONS,
    TRACEBACK,
    LOGGING,
    IO,
    CSV,
    PPRINT,
    ATEXIT,
    KEYWORD,
    FUTURE,
    DOCTEST,
    POSIXPATH,
    TYPES,
    STRUCT,
    WEAKREF,
    PATHLIB,
    ARGPARSE,
    DECIMAL,
    INSPECT,
    HTTP,
];
