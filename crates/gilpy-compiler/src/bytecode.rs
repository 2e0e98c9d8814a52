//! The bytecode: the contract between the compiler and the VM.
//!
//! A stack machine. Each [`Op`] is 8 bytes with its argument inline; jump targets are
//! absolute instruction indices into [`Code::ops`]. Stack effects are written
//! `before -> after`, top of stack on the right.
//!
//! Which opcodes are switch points under `--switch-points cpython` (where CPython 3.10+
//! checks its eval breaker) is decided in one place: [`Op::is_eval_breaker`].

use std::sync::Arc;

use gilpy_syntax::ast::{BinOp, CmpOp, UnaryOp};
use num_bigint::BigInt;

/// Flag of [`Op::BuildClass`]'s argument: class keyword arguments follow the bases.
pub const CLASS_KW: u32 = 1 << 16;

/// One instruction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// Does nothing.
    Nop,
    /// First instruction of every code object (function entry); an eval-breaker point.
    Resume,

    // ---- constants and variables -------------------------------------------------
    /// `-> consts[i]`
    LoadConst(u32),
    /// `-> locals[i]`; raises `UnboundLocalError` if unbound.
    LoadFast(u32),
    /// `LoadFast` of a name that some `name += x` appends to in place
    /// ([`Op::InplaceAppend`]): the string loaded may now be referenced from elsewhere,
    /// so the next `+=` copies it instead of appending.
    LoadFastShared(u32),
    /// `v ->`; `locals[i] = v`
    StoreFast(u32),
    /// `locals[i]` becomes unbound.
    DeleteFast(u32),
    /// `-> cells[i].get()`, where cells are `cellvars ++ freevars`; raises `NameError`
    /// ("free variable ... referenced before assignment") if empty.
    LoadDeref(u32),
    /// `v ->`; `cells[i].set(v)`
    StoreDeref(u32),
    /// `-> cells[i]` (the cell object itself, to build a closure tuple).
    LoadClosure(u32),
    /// `-> globals[names[i]]`, falling back to builtins; `NameError` if neither.
    LoadGlobal(u32),
    /// `LoadGlobal` of a name that some `name += x` appends to (see `LoadFastShared`).
    LoadGlobalShared(u32),
    /// `LoadGlobal` at a `name += x` site ([`Op::InplaceAppend`]) whose right-hand side
    /// may call out (and so let another thread run): the thread remembers the value, so
    /// a hand-off marks it shared while it waits on the operand stack.
    LoadGlobalAppend(u32),
    /// `v ->`; `globals[names[i]] = v`
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class bodies only: `-> ns[names[i]]`, then globals, then builtins.
    LoadName(u32),
    /// `LoadName` of a name that some `name += x` appends to (see `LoadFastShared`).
    LoadNameShared(u32),
    /// Class bodies only: `v ->`; `ns[names[i]] = v`
    StoreName(u32),
    DeleteName(u32),

    // ---- attributes and items ------------------------------------------------------
    /// `obj -> obj.names[i]`
    LoadAttr(u32),
    /// `v obj ->`; `obj.names[i] = v`
    StoreAttr(u32),
    /// `obj ->`; `del obj.names[i]`
    DeleteAttr(u32),
    /// `obj -> meth self` when `obj.names[i]` is a plain function found on the type
    /// (no bound-method allocation), else `obj -> NULL attr` (a marker the VM
    /// recognises). Always followed by [`Op::CallMethod`] or [`Op::CallMethodKw`].
    LoadMethod(u32),
    /// `container key -> container[key]`
    BinarySubscr,
    /// `v container key ->`; `container[key] = v`
    StoreSubscr,
    /// `container key ->`; `del container[key]`
    DeleteSubscr,

    // ---- operators -----------------------------------------------------------------
    /// `a b -> a op b`
    BinaryOp(BinOp),
    /// `a b -> a op= b` (tries `__iadd__` etc. first; `list += x` extends in place)
    InplaceOp(BinOp),
    /// `a b -> a+=b` at a `name += x` whose `x` runs no user code, always followed by a
    /// store back to `name`: when `a` is a string only `name` refers to, `b` is appended
    /// in place (linear `s += ch` loops, as CPython's refcount-1 trick gives). Every other
    /// load of `name` is a `Load*Shared`, which clears that "only" mark.
    InplaceAppend,
    /// `a -> op a`
    UnaryOp(UnaryOp),
    /// `a b -> a op b` for every comparison, `in`, `not in`, `is`, `is not`.
    CompareOp(CmpOp),
    /// `a0..a(left-1) b0..b(right-1) -> (a0, ...) op (b0, ...)`: a comparison (`<`,
    /// `<=`, `>`, `>=`, `==`, `!=`) of two tuple displays, item by item as tuples
    /// compare, without building the tuples (`(self.x, self.y) < (o.x, o.y)`, what
    /// dataclass ordering compiles to).
    CompareSeq {
        left: u8,
        right: u8,
        op: CmpOp,
    },

    // ---- stack shuffling -----------------------------------------------------------
    /// `v ->`
    Pop,
    /// `v -> v v`
    Dup,
    /// `a b -> a b a b`
    Dup2,
    /// `a b -> b a`
    Rot2,
    /// `a b c -> c a b`
    Rot3,
    /// `a b c d -> d a b c`
    Rot4,

    // ---- control flow --------------------------------------------------------------
    /// Unconditional forward jump.
    Jump(u32),
    /// Unconditional backward jump (loops); an eval-breaker point.
    JumpBackward(u32),
    /// `v ->`; jump if `v` is falsy.
    PopJumpIfFalse(u32),
    /// `v ->`; jump if `v` is truthy.
    PopJumpIfTrue(u32),
    /// `v -> v` and jump if falsy, else `v ->` (for `and`).
    JumpIfFalseOrPop(u32),
    /// `v -> v` and jump if truthy, else `v ->` (for `or`).
    JumpIfTrueOrPop(u32),
    /// `v -> iter(v)`
    GetIter,
    /// `it -> it next(it)`, or when exhausted `it ->` and jump to the target.
    ForIter(u32),

    // ---- building ------------------------------------------------------------------
    /// `x1 .. xn -> [x1, .., xn]`
    BuildList(u32),
    /// `x1 .. xn -> (x1, .., xn)`
    BuildTuple(u32),
    /// `x1 .. xn -> {x1, .., xn}`
    BuildSet(u32),
    /// `k1 v1 .. kn vn -> {k1: v1, ..}`
    BuildMap(u32),
    /// `start stop -> slice` (n = 2) or `start stop step -> slice` (n = 3).
    BuildSlice(u32),
    /// `s1 .. sn -> s1 + .. + sn` (strings, for f-strings).
    BuildString(u32),
    /// `v -> format(v, '')` after conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`);
    /// `FormatValue(c | 4)` means a spec string is on top: `v spec -> format(v, spec)`.
    FormatValue(u32),
    /// `list .. v -> list ..`: append `v` to the list `i` entries below (comprehensions;
    /// `i` counts from the top after popping `v`, so `ListAppend(1)` is just below).
    ListAppend(u32),
    /// `set .. v -> set ..` like [`Op::ListAppend`].
    SetAdd(u32),
    /// `dict .. k v -> dict ..` like [`Op::ListAppend`] (`i` counted after popping both).
    MapAdd(u32),
    /// `list iterable -> list` extended by the iterable (`[*a, *b]`, `f(*a, *b)`).
    ListExtend,
    /// `list -> tuple(list)`
    ListToTuple,
    /// `dict mapping -> dict` updated (`{**a}`).
    DictUpdate,
    /// `dict mapping -> dict` updated, raising `TypeError` on a repeated keyword
    /// (`f(**a, **b)`).
    DictMerge,
    /// `seq -> xn .. x1` (so the first target is stored first); `ValueError` on a
    /// length mismatch with CPython's messages.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: `seq -> xlast .. [middle list] .. xfirst`, with `before`
    /// targets before the star and `after` after it.
    UnpackEx {
        before: u16,
        after: u16,
    },

    // ---- functions and calls -------------------------------------------------------
    /// `[defaults tuple] [kwdefaults dict] [annotations dict] [closure tuple] code -> function`;
    /// flags: 1 = defaults present, 2 = kwdefaults present, 4 = annotations present,
    /// 8 = closure present
    /// (pushed in that order, code on top).
    MakeFunction(u32),
    /// `f a1 .. an -> f(a1, .., an)`; an eval-breaker point (after the call).
    Call(u32),
    /// `f a1 .. an names -> result`, where `names` is a tuple constant naming the last
    /// `len(names)` arguments as keywords; `n` counts all arguments (not `names`).
    CallKw(u32),
    /// `f args -> f(*args)` (flag 0) or `f args kwargs -> f(*args, **kwargs)` (flag 1);
    /// `args` is any iterable (a tuple is spread without a copy). With flag 2 also set,
    /// `kwargs` is the operand of a lone `**m`, still to be checked as a mapping.
    CallEx(u32),
    /// After [`Op::LoadMethod`]: `meth self a1 .. an -> meth(self, a1, .., an)` or
    /// `NULL attr a1 .. an -> attr(a1, .., an)`.
    CallMethod(u32),
    /// After [`Op::LoadMethod`]: `meth self a1 .. an names` (or `NULL attr a1 .. an
    /// names`) -> the call with the last `len(names)` arguments as keywords, as
    /// [`Op::CallKw`]; `n` counts the arguments (not `self`, not `names`). No bound
    /// method is made for `obj.m(a, k=1)`.
    CallMethodKw(u32),
    /// `v ->`; return `v` from the frame.
    ReturnValue,
    /// `value -> sent`: suspends the generator, handing `value` to whoever resumed it;
    /// resuming pushes the value sent in (`None` for `next`).
    YieldValue,
    /// `iter sent -> result`: `yield from`. Sends `sent` to `iter` (`next` for `None`);
    /// if it yields, suspends with that value and resumes at this same instruction
    /// with the next sent value; when it finishes, pushes its return value.
    YieldFrom,
    /// `body_fn name base1 .. basen [kwdict] -> class` (the low 16 bits are n, the number
    /// of bases; [`CLASS_KW`] is set when a dict of class keywords follows them). The
    /// VM calls `body_fn`
    /// with a fresh namespace as its locals (LoadName/StoreName use it); the body
    /// returns its `__class__` cell (or `None`), which the VM fills with the new class.
    BuildClass(u32),
    /// `-> module`: `import names[i]` (dotted names bind the top package, as Python).
    ImportName(u32),
    /// `module -> module module.names[i]`, raising `ImportError` when missing.
    ImportFrom(u32),

    // ---- exceptions ----------------------------------------------------------------
    /// Push a handler block: if an exception escapes until the matching
    /// [`Op::PopBlock`], the stack is cut back to its depth at this point, the
    /// exception becomes the one being handled, and `exc` is pushed before jumping to
    /// the target.
    SetupFinally(u32),
    /// Pop the innermost handler block (normal exit from its protected region).
    PopBlock,
    /// Leave an `except` clause: the handled exception goes back to what it was before
    /// the clause was entered (for bare `raise` and `__context__`).
    PopExcept,
    /// `raise` (0: re-raise the exception being handled), `exc -> ` (1), or
    /// `exc cause ->` (2: `raise exc from cause`).
    Raise(u32),
    /// `exc ->` and raise it again, keeping its traceback (end of `finally` on the
    /// exceptional path; no `except` clause matched).
    Reraise,
    /// `exc type -> exc bool`: does `exc` match the `except` clause's type (or tuple)?
    CheckExcMatch,
    /// `rest type -> rest' match bool` for an `except*` clause: splits `rest` (a naked
    /// exception is wrapped in `ExceptionGroup("", (exc,))` when it matches); `match`
    /// becomes the exception being handled. `bool`: did anything match?
    CheckEgMatch,
    /// `orig raised ->` at the end of the `except*` clauses: combines what the clauses
    /// raised (and the unmatched rest, last in the `raised` list) as CPython does and
    /// raises the result, leaving the clause; falls through when there is nothing.
    PrepReraiseStar,
    /// `mgr -> exit enter_result`: calls `mgr.__enter__()` and keeps the bound
    /// `__exit__`, then pushes a handler block targeting `target` (whose depth
    /// includes `exit`).
    SetupWith(u32),
    /// In a `with` handler: `exit exc -> exit exc res`, where `res` is
    /// `exit(type(exc), exc, tb)`.
    WithExceptStart,
    /// `assert` failed: `-> AssertionError` class, ready for `Call`/`Raise`.
    LoadAssertionError,

    // ---- imports and pattern matching (`from m import *`, `match`) ------------------
    /// `module ->`: binds the module's public names (its `__all__`, else every name
    /// not starting with `_`) in the module namespace.
    ImportStar,
    /// `subj -> subj bool`: is `subj` a sequence for a sequence pattern (list, tuple,
    /// range and their subclasses; not str/bytes)?
    MatchSequence,
    /// `subj -> subj bool`: is `subj` a mapping for a mapping pattern (a dict)?
    MatchMapping,
    /// `subj -> subj len(subj)`
    GetLen,
    /// `subj keys -> subj keys values`: `values` is the tuple of `subj[k]` for the keys
    /// tuple, or `None` when a key is missing.
    MatchKeys,
    /// `subj keys -> subj rest`: a dict copy of `subj` without `keys` (`**rest`).
    CopyDictWithoutKeys,
    /// `subj cls names -> attrs`: if `subj` is an instance of `cls`, the tuple of its
    /// `n` positional sub-pattern attributes (via `__match_args__`) followed by the
    /// attributes named in the `names` tuple; else (or when one is missing) `None`.
    MatchClass(u32),
}

impl Op {
    /// Is this instruction a point where CPython 3.10+ checks its eval breaker (and so
    /// where a GIL switch may fall under `--switch-points cpython`)? Function entry,
    /// backward jumps, and right after calls. The one place this is decided: the check
    /// falls *before* the instruction for [`Op::breaks_before`] ones and *after* the call
    /// returns (from native code; a Python callee checks at its own `Resume`) for
    /// [`Op::breaks_after`] ones.
    #[inline(always)]
    pub const fn is_eval_breaker(&self) -> bool {
        self.breaks_before() || self.breaks_after()
    }

    /// Function entry and backward jumps: the check precedes the instruction.
    #[inline(always)]
    pub const fn breaks_before(&self) -> bool {
        matches!(self, Op::Resume | Op::JumpBackward(_))
    }

    /// Calls: CPython 3.11 checks once the call has returned.
    #[inline(always)]
    pub const fn breaks_after(&self) -> bool {
        matches!(
            self,
            Op::Call(_) | Op::CallKw(_) | Op::CallEx(_) | Op::CallMethod(_) | Op::CallMethodKw(_)
        )
    }

    /// The jump target, for instructions that have one.
    pub fn jump_target(&self) -> Option<u32> {
        match *self {
            Op::Jump(t)
            | Op::JumpBackward(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::SetupFinally(t)
            | Op::SetupWith(t) => Some(t),
            _ => None,
        }
    }
}

/// A compile-time constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(Arc<str>),
    /// A bytes literal.
    Bytes(Arc<[u8]>),
    /// `...`
    Ellipsis,
    /// A complex number (real, imaginary), from an imaginary literal.
    Complex(f64, f64),
    /// A tuple of constants (keyword-name tuples for [`Op::CallKw`], folded tuples).
    Tuple(Vec<Const>),
    /// A nested code object (function, lambda, comprehension, class body).
    Code(Arc<Code>),
}

/// What kind of scope a code object was compiled from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    ClassBody,
}

/// Where an instruction came from: CPython's `co_positions` entry (PEP 657) for the
/// expression or statement it belongs to. 12 bytes, as the byte span it replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Location {
    /// 1-based source line (the one `f_lineno` and tracebacks show).
    pub line: u32,
    /// 1-based last line of the expression.
    pub end_line: u32,
    /// 0-based UTF-8 byte column of the start on `line`; [`Location::NO_COL`] if unknown.
    pub col: u16,
    /// 0-based UTF-8 byte column just past the end on `end_line`; `NO_COL` if unknown.
    pub end_col: u16,
}

impl Location {
    /// A column too wide to record (a line longer than 65,534 bytes): tracebacks show
    /// no markers for it, as CPython does when it has no column.
    pub const NO_COL: u16 = u16::MAX;

    /// `(line, end_line, col, end_col)` as `co_positions` yields them; the columns are
    /// `None` when unknown.
    pub fn positions(&self) -> (u32, u32, Option<u32>, Option<u32>) {
        let col = |c: u16| (c != Self::NO_COL).then_some(u32::from(c));
        match (col(self.col), col(self.end_col)) {
            (Some(c), Some(e)) => (self.line, self.end_line, Some(c), Some(e)),
            _ => (self.line, self.end_line, None, None),
        }
    }
}

/// A compiled function, module or class body.
#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    pub kind: CodeKind,
    /// `<module>`, the function name, `<lambda>`, `<listcomp>`, the class name.
    pub name: Arc<str>,
    /// Dotted path for reprs: `Outer.method`, `f.<locals>.g`.
    pub qualname: Arc<str>,
    pub filename: Arc<str>,
    pub first_line: u32,
    /// Positional parameters (the first `argcount` of `varnames`).
    pub argcount: u32,
    /// How many of the `argcount` positional parameters are positional-only (`/`).
    pub posonlyargcount: u32,
    /// Keyword-only parameters (the next `kwonlyargcount` of `varnames`).
    pub kwonlyargcount: u32,
    /// A `*args` parameter follows (next in `varnames`).
    pub has_varargs: bool,
    /// A `**kwargs` parameter follows (next in `varnames`).
    pub has_varkw: bool,
    /// Local slot names, parameters first in the order above.
    pub varnames: Vec<Arc<str>>,
    /// Locals captured by inner functions (cells created on entry).
    pub cellvars: Vec<Arc<str>>,
    /// For each cellvar, the parameter slot whose value seeds it, if it is a parameter.
    pub cell_params: Vec<Option<u32>>,
    /// Variables captured from enclosing scopes (cells passed in the closure tuple).
    pub freevars: Vec<Arc<str>>,
    /// Global, attribute and imported names referenced by index.
    pub names: Vec<Arc<str>>,
    pub consts: Vec<Const>,
    pub ops: Vec<Op>,
    /// One entry per instruction in `ops`.
    pub locations: Vec<Location>,
    /// Maximum value-stack depth this code needs.
    pub max_stack: u32,
    /// A generator function (contains `yield`, or a generator expression): calling it
    /// returns a generator object instead of running the body.
    pub is_generator: bool,
}

impl Code {
    /// The source line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        self.locations
            .get(pc)
            .map(|l| l.line)
            .unwrap_or(self.first_line)
    }

    /// The source position of instruction `pc` (for traceback markers).
    pub fn location_of(&self, pc: usize) -> Option<Location> {
        self.locations.get(pc).copied()
    }

    /// Total number of parameter slots (including `*args` and `**kwargs`).
    pub fn total_params(&self) -> usize {
        self.argcount as usize
            + self.kwonlyargcount as usize
            + self.has_varargs as usize
            + self.has_varkw as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn op_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Op>(), 8);
    }

    #[test]
    fn location_is_twelve_bytes() {
        // One per instruction: positions must not grow the code objects.
        assert_eq!(std::mem::size_of::<Location>(), 12);
    }
}
