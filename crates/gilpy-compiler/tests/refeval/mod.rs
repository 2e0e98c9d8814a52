//! A tiny reference evaluator for a subset of the bytecode (ints, strs, lists, tuples,
//! dicts, functions, closures, exceptions as values), so the compiler's output can be
//! checked against CPython's printed results without the real VM. It follows the
//! stack effects of `bytecode.rs` and the block rules of docs/bytecode.md literally.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use gilpy_compiler::bytecode::{Code, Const, Op};
use gilpy_syntax::ast::{BinOp, CmpOp, UnaryOp};

type Cell = Rc<RefCell<Option<V>>>;

#[derive(Clone, Debug)]
pub enum V {
    None,
    Null,
    Bool(bool),
    Int(i64),
    Str(Rc<str>),
    List(Rc<RefCell<Vec<V>>>),
    Tuple(Rc<Vec<V>>),
    Dict(Rc<RefCell<Vec<(V, V)>>>),
    Func(Rc<Func>),
    Builtin(&'static str),
    Iter(Rc<RefCell<(Vec<V>, usize)>>),
    Cell(Cell),
    Exc(Rc<str>, Rc<str>),
    Code(Arc<Code>),
    /// A context manager `Tracker(name, suppress)` and its bound `__exit__`.
    Cm(Rc<str>, bool),
    Exit(Rc<str>, bool),
}

#[derive(Debug)]
pub struct Func {
    code: Arc<Code>,
    defaults: Vec<V>,
    kwdefaults: Vec<(V, V)>,
    closure: Vec<Cell>,
}

type Res<T> = Result<T, V>;

fn exc(kind: &str, msg: &str) -> V {
    V::Exc(kind.into(), msg.into())
}

fn truthy(v: &V) -> bool {
    match v {
        V::None | V::Null => false,
        V::Bool(b) => *b,
        V::Int(i) => *i != 0,
        V::Str(s) => !s.is_empty(),
        V::List(l) => !l.borrow().is_empty(),
        V::Tuple(t) => !t.is_empty(),
        V::Dict(d) => !d.borrow().is_empty(),
        _ => true,
    }
}

fn eq(a: &V, b: &V) -> bool {
    match (a, b) {
        (V::None, V::None) => true,
        (V::Int(x), V::Int(y)) => x == y,
        (V::Bool(x), V::Bool(y)) => x == y,
        (V::Int(x), V::Bool(y)) | (V::Bool(y), V::Int(x)) => *x == *y as i64,
        (V::Str(x), V::Str(y)) => x == y,
        (V::List(x), V::List(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| eq(p, q))
        }
        (V::Tuple(x), V::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| eq(p, q))
        }
        (V::Builtin(x), V::Builtin(y)) => x == y,
        _ => false,
    }
}

pub fn repr(v: &V) -> String {
    match v {
        V::Str(s) => format!("'{s}'"),
        _ => to_str(v),
    }
}

pub fn to_str(v: &V) -> String {
    match v {
        V::None => "None".into(),
        V::Null => "<null>".into(),
        V::Bool(b) => if *b { "True" } else { "False" }.into(),
        V::Int(i) => i.to_string(),
        V::Str(s) => s.to_string(),
        V::List(l) => format!(
            "[{}]",
            l.borrow().iter().map(repr).collect::<Vec<_>>().join(", ")
        ),
        V::Tuple(t) if t.len() == 1 => format!("({},)", repr(&t[0])),
        V::Tuple(t) => format!("({})", t.iter().map(repr).collect::<Vec<_>>().join(", ")),
        V::Dict(d) => format!(
            "{{{}}}",
            d.borrow()
                .iter()
                .map(|(k, v)| format!("{}: {}", repr(k), repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        V::Exc(_, m) => m.to_string(),
        other => format!("<{other:?}>"),
    }
}

fn items(v: &V) -> Res<Vec<V>> {
    Ok(match v {
        V::List(l) => l.borrow().clone(),
        V::Tuple(t) => t.to_vec(),
        V::Str(s) => s.chars().map(|c| V::Str(c.to_string().into())).collect(),
        V::Dict(d) => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
        V::Iter(it) => {
            let it = it.borrow();
            it.0[it.1..].to_vec()
        }
        _ => return Err(exc("TypeError", "not iterable")),
    })
}

fn konst(c: &Const) -> V {
    match c {
        Const::None => V::None,
        Const::Bool(b) => V::Bool(*b),
        Const::Int(i) => V::Int(*i),
        Const::Str(s) => V::Str(s.as_ref().into()),
        Const::Tuple(t) => V::Tuple(Rc::new(t.iter().map(konst).collect())),
        Const::Code(c) => V::Code(c.clone()),
        Const::BigInt(_)
        | Const::Float(_)
        | Const::Bytes(_)
        | Const::Ellipsis
        | Const::Complex(..) => V::Null,
    }
}

fn binop(op: BinOp, a: &V, b: &V, inplace: bool) -> Res<V> {
    Ok(match (op, a, b) {
        (BinOp::Add, V::Int(x), V::Int(y)) => V::Int(x + y),
        (BinOp::Sub, V::Int(x), V::Int(y)) => V::Int(x - y),
        (BinOp::Mul, V::Int(x), V::Int(y)) => V::Int(x * y),
        (BinOp::Mod, V::Int(_), V::Int(0)) | (BinOp::FloorDiv, V::Int(_), V::Int(0)) => {
            return Err(exc(
                "ZeroDivisionError",
                "integer division or modulo by zero",
            ))
        }
        (BinOp::Mod, V::Int(x), V::Int(y)) => V::Int(x.rem_euclid(*y)),
        (BinOp::FloorDiv, V::Int(x), V::Int(y)) => V::Int(x.div_euclid(*y)),
        (BinOp::Add, V::Str(x), V::Str(y)) => V::Str(format!("{x}{y}").into()),
        (BinOp::Add, V::List(x), V::List(y)) if inplace => {
            let extra = y.borrow().clone();
            x.borrow_mut().extend(extra);
            V::List(x.clone())
        }
        (BinOp::Add, V::List(x), V::List(y)) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            V::List(Rc::new(RefCell::new(v)))
        }
        _ => return Err(exc("TypeError", "unsupported operand")),
    })
}

fn compare(op: CmpOp, a: &V, b: &V) -> Res<bool> {
    let ord = |a: &V, b: &V| match (a, b) {
        (V::Int(x), V::Int(y)) => Ok(x.cmp(y)),
        (V::Str(x), V::Str(y)) => Ok(x.cmp(y)),
        _ => Err(exc("TypeError", "not comparable")),
    };
    Ok(match op {
        CmpOp::Eq => eq(a, b),
        CmpOp::NotEq => !eq(a, b),
        CmpOp::Lt => ord(a, b)?.is_lt(),
        CmpOp::LtE => ord(a, b)?.is_le(),
        CmpOp::Gt => ord(a, b)?.is_gt(),
        CmpOp::GtE => ord(a, b)?.is_ge(),
        CmpOp::Is => match (a, b) {
            (V::None, V::None) => true,
            (V::Bool(x), V::Bool(y)) => x == y,
            (V::List(x), V::List(y)) => Rc::ptr_eq(x, y),
            _ => false,
        },
        CmpOp::IsNot => !compare(CmpOp::Is, a, b)?,
        CmpOp::In => items(b)?.iter().any(|x| eq(x, a)),
        CmpOp::NotIn => !items(b)?.iter().any(|x| eq(x, a)),
    })
}

/// One run: globals and captured output.
pub struct Machine {
    globals: Vec<(String, V)>,
    pub out: String,
    handled: Vec<V>,
    depth: usize,
    /// Values yielded by the generator bodies being run (generators run eagerly here).
    yields: Vec<Vec<V>>,
}

impl Machine {
    pub fn new() -> Self {
        Machine {
            globals: Vec::new(),
            out: String::new(),
            handled: Vec::new(),
            depth: 0,
            yields: Vec::new(),
        }
    }

    fn global(&self, name: &str) -> Res<V> {
        if let Some((_, v)) = self.globals.iter().find(|(n, _)| n == name) {
            return Ok(v.clone());
        }
        const BUILTINS: &[&str] = &[
            "print",
            "range",
            "len",
            "str",
            "repr",
            "list",
            "sorted",
            "ValueError",
            "KeyError",
            "Exception",
            "ZeroDivisionError",
            "TypeError",
            "AssertionError",
            "Tracker",
        ];
        match BUILTINS.iter().find(|b| **b == name) {
            Some(b) => Ok(V::Builtin(b)),
            None => Err(exc("NameError", &format!("name '{name}' is not defined"))),
        }
    }

    fn set_global(&mut self, name: &str, v: V) {
        match self.globals.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = v,
            None => self.globals.push((name.to_string(), v)),
        }
    }

    pub fn run_module(&mut self, code: Arc<Code>) -> Res<V> {
        self.run(code, Vec::new(), Vec::new())
    }

    fn call(&mut self, f: &V, args: Vec<V>, kwargs: Vec<(V, V)>) -> Res<V> {
        match f {
            V::Func(func) if func.code.is_generator => {
                // Enough for a reference: run the body to the end at once, collecting
                // what it yields (every yield receives None).
                let locals = self.bind(func, args, kwargs)?;
                self.yields.push(Vec::new());
                let r = self.run(func.code.clone(), locals, func.closure.clone());
                let items = self.yields.pop().unwrap_or_default();
                r?;
                Ok(V::Iter(Rc::new(RefCell::new((items, 0)))))
            }
            V::Func(func) => {
                let locals = self.bind(func, args, kwargs)?;
                self.run(func.code.clone(), locals, func.closure.clone())
            }
            V::Builtin(name) => self.builtin(name, args, kwargs),
            V::Exit(name, suppress) => {
                let active = !matches!(args.get(1), Some(V::None) | None);
                let shown = if active { "True" } else { "False" };
                self.out.push_str(&format!("exit {name} {shown}\n"));
                Ok(V::Bool(*suppress && active))
            }
            _ => Err(exc("TypeError", "not callable")),
        }
    }

    fn builtin(&mut self, name: &str, args: Vec<V>, kwargs: Vec<(V, V)>) -> Res<V> {
        Ok(match name {
            "print" => {
                let mut sep = " ".to_string();
                let mut end = "\n".to_string();
                for (k, v) in &kwargs {
                    match to_str(k).as_str() {
                        "sep" => sep = to_str(v),
                        "end" => end = to_str(v),
                        _ => return Err(exc("TypeError", "bad keyword")),
                    }
                }
                let text: Vec<String> = args.iter().map(to_str).collect();
                self.out.push_str(&text.join(&sep));
                self.out.push_str(&end);
                V::None
            }
            "range" => match args.as_slice() {
                [V::Int(n)] => V::List(Rc::new(RefCell::new((0..*n).map(V::Int).collect()))),
                [V::Int(a), V::Int(b)] => {
                    V::List(Rc::new(RefCell::new((*a..*b).map(V::Int).collect())))
                }
                _ => return Err(exc("TypeError", "range")),
            },
            "len" => V::Int(items(args.first().unwrap_or(&V::None))?.len() as i64),
            "str" => V::Str(to_str(args.first().unwrap_or(&V::None)).into()),
            "repr" => V::Str(repr(args.first().unwrap_or(&V::None)).into()),
            "list" => V::List(Rc::new(RefCell::new(items(
                args.first().unwrap_or(&V::None),
            )?))),
            "sorted" => {
                let mut v = items(args.first().unwrap_or(&V::None))?;
                v.sort_by(order);
                V::List(Rc::new(RefCell::new(v)))
            }
            "Tracker" => match args.as_slice() {
                [V::Str(n), V::Bool(b)] => V::Cm(n.clone(), *b),
                _ => return Err(exc("TypeError", "Tracker(name, suppress)")),
            },
            "list.append" => {
                if let [V::List(l), v] = args.as_slice() {
                    l.borrow_mut().push(v.clone());
                }
                V::None
            }
            "str.join" => {
                let sep = to_str(&args[0]);
                let parts: Vec<String> = items(&args[1])?.iter().map(to_str).collect();
                V::Str(parts.join(&sep).into())
            }
            "dict.items" => {
                let V::Dict(d) = &args[0] else {
                    return Err(exc("TypeError", "items"));
                };
                let v = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| V::Tuple(Rc::new(vec![k.clone(), v.clone()])))
                    .collect();
                V::List(Rc::new(RefCell::new(v)))
            }
            "AssertionError" | "ValueError" | "KeyError" | "Exception" | "ZeroDivisionError"
            | "TypeError" => {
                let show = if name == "KeyError" { repr } else { to_str };
                let msg = args.first().map(show).unwrap_or_default();
                V::Exc(Rc::from(name), msg.into())
            }
            _ => return Err(exc("TypeError", "unknown builtin")),
        })
    }

    fn bind(&mut self, f: &Func, args: Vec<V>, kwargs: Vec<(V, V)>) -> Res<Vec<Option<V>>> {
        let c = &f.code;
        let mut locals: Vec<Option<V>> = vec![None; c.varnames.len()];
        let argc = c.argcount as usize;
        let mut extra = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if i < argc {
                locals[i] = Some(a);
            } else {
                extra.push(a);
            }
        }
        let mut kw_extra = Vec::new();
        let named = argc + c.kwonlyargcount as usize;
        for (k, v) in kwargs {
            let key = to_str(&k);
            match c.varnames[..named].iter().position(|n| **n == *key) {
                Some(i) => locals[i] = Some(v),
                None => kw_extra.push((k, v)),
            }
        }
        let first_default = argc - f.defaults.len();
        for (i, d) in f.defaults.iter().enumerate() {
            if locals[first_default + i].is_none() {
                locals[first_default + i] = Some(d.clone());
            }
        }
        for (k, v) in &f.kwdefaults {
            let key = to_str(k);
            if let Some(i) = c.varnames[argc..named].iter().position(|n| **n == *key) {
                if locals[argc + i].is_none() {
                    locals[argc + i] = Some(v.clone());
                }
            }
        }
        let mut slot = named;
        if c.has_varargs {
            locals[slot] = Some(V::Tuple(Rc::new(extra)));
            slot += 1;
        } else if !extra.is_empty() {
            return Err(exc("TypeError", "too many positional arguments"));
        }
        if c.has_varkw {
            locals[slot] = Some(V::Dict(Rc::new(RefCell::new(kw_extra))));
        }
        if locals[..named].iter().any(|l| l.is_none()) {
            return Err(exc("TypeError", "missing argument"));
        }
        Ok(locals)
    }

    fn run(&mut self, code: Arc<Code>, mut locals: Vec<Option<V>>, free: Vec<Cell>) -> Res<V> {
        self.depth += 1;
        if self.depth > 200 {
            return Err(exc("RecursionError", "too deep"));
        }
        let mut cells: Vec<Cell> = code
            .cell_params
            .iter()
            .map(|p| Rc::new(RefCell::new(p.and_then(|i| locals[i as usize].clone()))))
            .collect();
        cells.extend(free);
        let mut stack: Vec<V> = Vec::new();
        let mut blocks: Vec<(u32, usize, usize)> = Vec::new();
        let mut pc = 0usize;
        let result = loop {
            let op = code.ops[pc];
            pc += 1;
            match self.step(
                &code,
                op,
                &mut pc,
                &mut stack,
                &mut locals,
                &cells,
                &mut blocks,
            ) {
                Ok(Some(v)) => break Ok(v),
                Ok(None) => {}
                Err(e) => match blocks.pop() {
                    Some((handler, depth, handled)) => {
                        stack.truncate(depth);
                        self.handled.truncate(handled);
                        self.handled.push(e.clone());
                        stack.push(e);
                        pc = handler as usize;
                    }
                    None => break Err(e),
                },
            }
        };
        self.depth -= 1;
        result
    }

    #[allow(clippy::too_many_arguments)]
    fn step(
        &mut self,
        code: &Arc<Code>,
        op: Op,
        pc: &mut usize,
        stack: &mut Vec<V>,
        locals: &mut [Option<V>],
        cells: &[Cell],
        blocks: &mut Vec<(u32, usize, usize)>,
    ) -> Res<Option<V>> {
        macro_rules! pop {
            () => {
                stack.pop().expect("stack underflow")
            };
        }
        let name = |i: u32| code.names[i as usize].to_string();
        match op {
            Op::Nop | Op::Resume => {}
            Op::LoadConst(i) => stack.push(konst(&code.consts[i as usize])),
            // The `*Shared` loads differ only in what the VM may do to strings in place.
            Op::LoadFast(i) | Op::LoadFastShared(i) => match &locals[i as usize] {
                Some(v) => stack.push(v.clone()),
                None => return Err(exc("UnboundLocalError", &code.varnames[i as usize])),
            },
            Op::StoreFast(i) => locals[i as usize] = Some(pop!()),
            Op::DeleteFast(i) => locals[i as usize] = None,
            Op::LoadDeref(i) => match cells[i as usize].borrow().clone() {
                Some(v) => stack.push(v),
                None => return Err(exc("NameError", "free variable")),
            },
            Op::StoreDeref(i) => *cells[i as usize].borrow_mut() = Some(pop!()),
            Op::LoadClosure(i) => stack.push(V::Cell(cells[i as usize].clone())),
            Op::LoadGlobal(i)
            | Op::LoadName(i)
            | Op::LoadGlobalShared(i)
            | Op::LoadGlobalAppend(i)
            | Op::LoadNameShared(i) => stack.push(self.global(&name(i))?),
            Op::StoreGlobal(i) | Op::StoreName(i) => {
                let v = pop!();
                self.set_global(&name(i), v);
            }
            Op::DeleteGlobal(i) | Op::DeleteName(i) => {
                let n = name(i);
                self.globals.retain(|(g, _)| *g != n);
            }
            Op::LoadMethod(i) => {
                let obj = pop!();
                let meth = match (&obj, name(i).as_str()) {
                    (V::List(_), "append") => "list.append",
                    (V::Str(_), "join") => "str.join",
                    (V::Dict(_), "items") => "dict.items",
                    _ => return Err(exc("AttributeError", &name(i))),
                };
                stack.push(V::Builtin(meth));
                stack.push(obj);
            }
            Op::CallMethod(n) => {
                let args = stack.split_off(stack.len() - n as usize);
                let this = pop!();
                let meth = pop!();
                let mut all = Vec::new();
                if !matches!(this, V::Null) {
                    all.push(this);
                }
                all.extend(args);
                stack.push(self.call(&meth, all, Vec::new())?);
            }
            Op::BinarySubscr => {
                let k = pop!();
                let c = pop!();
                stack.push(subscr(&c, &k)?);
            }
            Op::StoreSubscr => {
                let k = pop!();
                let c = pop!();
                let v = pop!();
                match (&c, &k) {
                    (V::List(l), V::Int(i)) => l.borrow_mut()[*i as usize] = v,
                    (V::Dict(d), _) => dict_set(d, k, v),
                    _ => return Err(exc("TypeError", "store")),
                }
            }
            Op::BinaryOp(o) | Op::InplaceOp(o) => {
                let b = pop!();
                let a = pop!();
                stack.push(binop(o, &a, &b, matches!(op, Op::InplaceOp(_)))?);
            }
            Op::InplaceAppend => {
                let b = pop!();
                let a = pop!();
                stack.push(binop(BinOp::Add, &a, &b, true)?);
            }
            Op::UnaryOp(o) => {
                let a = pop!();
                stack.push(match (o, a) {
                    (UnaryOp::Not, a) => V::Bool(!truthy(&a)),
                    (UnaryOp::Neg, V::Int(i)) => V::Int(-i),
                    _ => return Err(exc("TypeError", "unary")),
                });
            }
            Op::CompareOp(o) => {
                let b = pop!();
                let a = pop!();
                stack.push(V::Bool(compare(o, &a, &b)?));
            }
            Op::Pop => {
                pop!();
            }
            Op::Dup => stack.push(stack[stack.len() - 1].clone()),
            Op::Dup2 => {
                let n = stack.len();
                stack.push(stack[n - 2].clone());
                stack.push(stack[n - 1].clone());
            }
            Op::Rot2 => {
                let n = stack.len();
                stack.swap(n - 1, n - 2);
            }
            Op::Rot3 => {
                let v = pop!();
                let n = stack.len();
                stack.insert(n - 2, v);
            }
            Op::Rot4 => {
                let v = pop!();
                let n = stack.len();
                stack.insert(n - 3, v);
            }
            Op::Jump(t) | Op::JumpBackward(t) => *pc = t as usize,
            Op::PopJumpIfFalse(t) => {
                if !truthy(&pop!()) {
                    *pc = t as usize;
                }
            }
            Op::PopJumpIfTrue(t) => {
                if truthy(&pop!()) {
                    *pc = t as usize;
                }
            }
            Op::JumpIfFalseOrPop(t) => {
                if truthy(&stack[stack.len() - 1]) {
                    pop!();
                } else {
                    *pc = t as usize;
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                if truthy(&stack[stack.len() - 1]) {
                    *pc = t as usize;
                } else {
                    pop!();
                }
            }
            Op::GetIter => {
                let v = pop!();
                stack.push(V::Iter(Rc::new(RefCell::new((items(&v)?, 0)))));
            }
            Op::ForIter(t) => {
                let V::Iter(it) = &stack[stack.len() - 1] else {
                    return Err(exc("TypeError", "iter"));
                };
                let next = {
                    let mut it = it.borrow_mut();
                    let v = it.0.get(it.1).cloned();
                    it.1 += 1;
                    v
                };
                match next {
                    Some(v) => stack.push(v),
                    None => {
                        pop!();
                        *pc = t as usize;
                    }
                }
            }
            Op::BuildList(n) => {
                let v = stack.split_off(stack.len() - n as usize);
                stack.push(V::List(Rc::new(RefCell::new(v))));
            }
            Op::BuildTuple(n) => {
                let v = stack.split_off(stack.len() - n as usize);
                stack.push(V::Tuple(Rc::new(v)));
            }
            Op::BuildMap(n) => {
                let v = stack.split_off(stack.len() - 2 * n as usize);
                let d = Rc::new(RefCell::new(Vec::new()));
                for pair in v.chunks(2) {
                    dict_set(&d, pair[0].clone(), pair[1].clone());
                }
                stack.push(V::Dict(d));
            }
            Op::BuildString(n) => {
                let v = stack.split_off(stack.len() - n as usize);
                stack.push(V::Str(v.iter().map(to_str).collect::<String>().into()));
            }
            Op::FormatValue(f) => {
                if f & 4 != 0 {
                    pop!();
                }
                let v = pop!();
                stack.push(V::Str(
                    if f & 3 == 2 { repr(&v) } else { to_str(&v) }.into(),
                ));
            }
            Op::ListAppend(i) => {
                let v = pop!();
                let V::List(l) = &stack[stack.len() - i as usize] else {
                    return Err(exc("TypeError", "append"));
                };
                l.borrow_mut().push(v);
            }
            Op::MapAdd(i) => {
                let v = pop!();
                let k = pop!();
                let V::Dict(d) = &stack[stack.len() - i as usize] else {
                    return Err(exc("TypeError", "mapadd"));
                };
                dict_set(d, k, v);
            }
            Op::ListExtend => {
                let src = pop!();
                let V::List(l) = &stack[stack.len() - 1] else {
                    return Err(exc("TypeError", "extend"));
                };
                l.borrow_mut().extend(items(&src)?);
            }
            Op::ListToTuple => {
                let v = pop!();
                stack.push(V::Tuple(Rc::new(items(&v)?)));
            }
            Op::DictUpdate | Op::DictMerge => {
                let src = pop!();
                let (V::Dict(d), V::Dict(s)) = (&stack[stack.len() - 1], &src) else {
                    return Err(exc("TypeError", "merge"));
                };
                for (k, v) in s.borrow().iter() {
                    dict_set(d, k.clone(), v.clone());
                }
            }
            Op::UnpackSequence(n) => {
                let v = items(&pop!())?;
                if v.len() != n as usize {
                    return Err(exc("ValueError", "unpack"));
                }
                stack.extend(v.into_iter().rev());
            }
            Op::UnpackEx { before, after } => {
                let v = items(&pop!())?;
                let (b, a) = (before as usize, after as usize);
                if v.len() < b + a {
                    return Err(exc("ValueError", "unpack"));
                }
                let mid = V::List(Rc::new(RefCell::new(v[b..v.len() - a].to_vec())));
                let mut all: Vec<V> = v[..b].to_vec();
                all.push(mid);
                all.extend(v[v.len() - a..].iter().cloned());
                stack.extend(all.into_iter().rev());
            }
            Op::MakeFunction(flags) => {
                let V::Code(c) = pop!() else {
                    return Err(exc("TypeError", "code"));
                };
                let closure = if flags & 8 != 0 {
                    items(&pop!())?
                        .into_iter()
                        .filter_map(|v| if let V::Cell(c) = v { Some(c) } else { None })
                        .collect()
                } else {
                    Vec::new()
                };
                if flags & 4 != 0 {
                    // Annotations: the reference evaluator keeps none.
                    pop!();
                }
                let kwdefaults = if flags & 2 != 0 {
                    let V::Dict(d) = pop!() else {
                        return Err(exc("TypeError", "kwdefaults"));
                    };
                    let v = d.borrow().clone();
                    v
                } else {
                    Vec::new()
                };
                let defaults = if flags & 1 != 0 {
                    items(&pop!())?
                } else {
                    Vec::new()
                };
                stack.push(V::Func(Rc::new(Func {
                    code: c,
                    defaults,
                    kwdefaults,
                    closure,
                })));
            }
            Op::Call(n) => {
                let args = stack.split_off(stack.len() - n as usize);
                let f = pop!();
                stack.push(self.call(&f, args, Vec::new())?);
            }
            Op::CallKw(n) => {
                let V::Tuple(names) = pop!() else {
                    return Err(exc("TypeError", "kw"));
                };
                let mut args = stack.split_off(stack.len() - n as usize);
                let kwvals = args.split_off(args.len() - names.len());
                let kwargs = names.iter().cloned().zip(kwvals).collect();
                let f = pop!();
                stack.push(self.call(&f, args, kwargs)?);
            }
            Op::CallMethodKw(n) => {
                let V::Tuple(names) = pop!() else {
                    return Err(exc("TypeError", "kw"));
                };
                let mut args = stack.split_off(stack.len() - n as usize);
                let kwvals = args.split_off(args.len() - names.len());
                let kwargs = names.iter().cloned().zip(kwvals).collect();
                let this = pop!();
                let meth = pop!();
                let mut all = Vec::new();
                if !matches!(this, V::Null) {
                    all.push(this);
                }
                all.extend(args);
                stack.push(self.call(&meth, all, kwargs)?);
            }
            Op::CallEx(flag) => {
                let kwargs = if flag & 1 != 0 {
                    let V::Dict(d) = pop!() else {
                        return Err(exc("TypeError", "kwargs"));
                    };
                    let v = d.borrow().clone();
                    v
                } else {
                    Vec::new()
                };
                let args = items(&pop!())?;
                let f = pop!();
                stack.push(self.call(&f, args, kwargs)?);
            }
            Op::ReturnValue => return Ok(Some(pop!())),
            Op::YieldValue => {
                let v = pop!();
                if let Some(out) = self.yields.last_mut() {
                    out.push(v);
                }
                stack.push(V::None);
            }
            Op::SetupFinally(t) => blocks.push((t, stack.len(), self.handled.len())),
            Op::PopBlock => {
                blocks.pop();
            }
            Op::PopExcept => {
                self.handled.pop();
            }
            Op::Raise(n) => {
                return Err(match n {
                    0 => self
                        .handled
                        .last()
                        .cloned()
                        .unwrap_or_else(|| exc("RuntimeError", "no active")),
                    1 => raise_value(pop!()),
                    _ => {
                        pop!();
                        raise_value(pop!())
                    }
                })
            }
            Op::Reraise => return Err(pop!()),
            Op::CheckExcMatch => {
                let typ = pop!();
                let e = stack[stack.len() - 1].clone();
                let types = match &typ {
                    V::Tuple(t) => t.to_vec(),
                    other => vec![other.clone()],
                };
                let matched = types.iter().any(|t| match (t, &e) {
                    (V::Builtin("Exception"), V::Exc(..)) => true,
                    (V::Builtin(n), V::Exc(k, _)) => **n == **k,
                    _ => false,
                });
                stack.push(V::Bool(matched));
            }
            Op::SetupWith(t) => {
                let V::Cm(name, suppress) = pop!() else {
                    return Err(exc("TypeError", "with"));
                };
                self.out.push_str(&format!("enter {name}\n"));
                stack.push(V::Exit(name.clone(), suppress));
                blocks.push((t, stack.len(), self.handled.len()));
                stack.push(V::Str(name));
            }
            Op::WithExceptStart => {
                let e = stack[stack.len() - 1].clone();
                let exit = stack[stack.len() - 2].clone();
                let r = self.call(&exit, vec![V::None, e, V::None], Vec::new())?;
                stack.push(r);
            }
            Op::LoadAssertionError => stack.push(V::Builtin("AssertionError")),
            other => return Err(exc("SystemError", &format!("unsupported {other:?}"))),
        }
        Ok(None)
    }
}

fn order(a: &V, b: &V) -> std::cmp::Ordering {
    match (a, b) {
        (V::Int(x), V::Int(y)) => x.cmp(y),
        (V::Str(x), V::Str(y)) => x.cmp(y),
        (V::Tuple(x), V::Tuple(y)) => x
            .iter()
            .zip(y.iter())
            .map(|(p, q)| order(p, q))
            .find(|o| o.is_ne())
            .unwrap_or(x.len().cmp(&y.len())),
        _ => std::cmp::Ordering::Equal,
    }
}

fn raise_value(v: V) -> V {
    match v {
        V::Builtin(name) => V::Exc(name.into(), "".into()),
        other => other,
    }
}

fn dict_set(d: &Rc<RefCell<Vec<(V, V)>>>, k: V, v: V) {
    let mut d = d.borrow_mut();
    match d.iter_mut().find(|(x, _)| eq(x, &k)) {
        Some(slot) => slot.1 = v,
        None => d.push((k, v)),
    }
}

fn subscr(c: &V, k: &V) -> Res<V> {
    match (c, k) {
        (V::List(l), V::Int(i)) => {
            let l = l.borrow();
            let i = if *i < 0 { l.len() as i64 + i } else { *i };
            l.get(i as usize)
                .cloned()
                .ok_or_else(|| exc("IndexError", "list index out of range"))
        }
        (V::Tuple(t), V::Int(i)) => t
            .get(*i as usize)
            .cloned()
            .ok_or_else(|| exc("IndexError", "index")),
        (V::Dict(d), _) => d
            .borrow()
            .iter()
            .find(|(x, _)| eq(x, k))
            .map(|(_, v)| v.clone())
            .ok_or_else(|| exc("KeyError", &repr(k))),
        _ => Err(exc("TypeError", "subscript")),
    }
}
