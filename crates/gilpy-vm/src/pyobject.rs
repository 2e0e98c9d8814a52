//! [`PyObject`]: an owned, heap-independent copy of a Python value for embedders.

use num_bigint::BigInt;

use crate::object::Object;
use crate::ops::{convert, dictops};
use crate::value::Value;
use crate::{Error, Vm};

/// A Python value converted out of the interpreter.
#[derive(Debug, Clone, PartialEq)]
pub enum PyObject {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(String),
    List(Vec<PyObject>),
    Tuple(Vec<PyObject>),
    Dict(Vec<(PyObject, PyObject)>),
    /// Anything else, as its `repr`.
    Other(String),
}

impl PyObject {
    /// Converts a value (containers recursively, up to a depth; cycles become `Other`).
    pub(crate) fn from_value(vm: &mut Vm<'_>, v: Value, depth: usize) -> PyObject {
        if depth > 100 {
            return PyObject::Other("...".into());
        }
        match v {
            Value::None | Value::Undef => PyObject::None,
            Value::Bool(b) => PyObject::Bool(b),
            Value::Int(i) => PyObject::Int(i),
            Value::Float(f) => PyObject::Float(f),
            Value::Obj(r) => match vm.st.heap.get(r) {
                Object::Str(s) => PyObject::Str(s.as_str().to_string()),
                Object::BigInt(b) => PyObject::BigInt((**b).clone()),
                Object::List(l) => {
                    let items = l.clone();
                    PyObject::List(
                        items
                            .into_iter()
                            .map(|x| Self::from_value(vm, x, depth + 1))
                            .collect(),
                    )
                }
                Object::Tuple(t) => {
                    let items = t.to_vec();
                    PyObject::Tuple(
                        items
                            .into_iter()
                            .map(|x| Self::from_value(vm, x, depth + 1))
                            .collect(),
                    )
                }
                Object::Dict(_) => {
                    let items = dictops::dict_items(vm, r);
                    PyObject::Dict(
                        items
                            .into_iter()
                            .map(|(k, x)| {
                                (
                                    Self::from_value(vm, k, depth + 1),
                                    Self::from_value(vm, x, depth + 1),
                                )
                            })
                            .collect(),
                    )
                }
                _ => PyObject::Other(
                    convert::repr_of(vm, v).unwrap_or_else(|_| "<repr failed>".into()),
                ),
            },
        }
    }
}

impl<'a> Vm<'a> {
    /// Copies a value out of the heap.
    pub fn to_pyobject(&mut self, v: Value) -> PyObject {
        PyObject::from_value(self, v, 0)
    }

    /// Builds a heap value from an owned one (`Other` becomes its repr string).
    pub fn from_pyobject(&mut self, o: &PyObject) -> Value {
        match o {
            PyObject::None => Value::None,
            PyObject::Bool(b) => Value::Bool(*b),
            PyObject::Int(i) => Value::Int(*i),
            PyObject::BigInt(b) => self.new_bigint(b.clone()),
            PyObject::Float(f) => Value::Float(*f),
            PyObject::Str(s) | PyObject::Other(s) => self.new_str(s),
            PyObject::List(items) => {
                let vals = items.iter().map(|x| self.from_pyobject(x)).collect();
                self.new_list(vals)
            }
            PyObject::Tuple(items) => {
                let vals = items.iter().map(|x| self.from_pyobject(x)).collect();
                self.new_tuple(vals)
            }
            PyObject::Dict(pairs) => {
                let d = self.new_dict();
                let mark = self.push_root(d);
                for (k, x) in pairs {
                    let kv = self.from_pyobject(k);
                    self.th.roots.push(kv);
                    let xv = self.from_pyobject(x);
                    if let Some(dr) = d.as_obj() {
                        // Keys built from PyObjects are hashable builtins; a failure
                        // just leaves the pair out.
                        let _ = dictops::dict_set(self, dr, kv, xv);
                    }
                }
                self.pop_roots(mark);
                d
            }
        }
    }
}

impl TryFrom<PyObject> for i64 {
    type Error = Error;
    fn try_from(o: PyObject) -> Result<i64, Error> {
        match o {
            PyObject::Int(i) => Ok(i),
            PyObject::Bool(b) => Ok(b as i64),
            other => Err(Error::Conversion(format!(
                "expected an int that fits in i64, got {other:?}"
            ))),
        }
    }
}

impl TryFrom<PyObject> for f64 {
    type Error = Error;
    fn try_from(o: PyObject) -> Result<f64, Error> {
        match o {
            PyObject::Float(f) => Ok(f),
            PyObject::Int(i) => Ok(i as f64),
            other => Err(Error::Conversion(format!(
                "expected a float, got {other:?}"
            ))),
        }
    }
}

impl TryFrom<PyObject> for bool {
    type Error = Error;
    fn try_from(o: PyObject) -> Result<bool, Error> {
        match o {
            PyObject::Bool(b) => Ok(b),
            other => Err(Error::Conversion(format!("expected a bool, got {other:?}"))),
        }
    }
}

impl TryFrom<PyObject> for String {
    type Error = Error;
    fn try_from(o: PyObject) -> Result<String, Error> {
        match o {
            PyObject::Str(s) => Ok(s),
            other => Err(Error::Conversion(format!("expected a str, got {other:?}"))),
        }
    }
}

impl TryFrom<PyObject> for BigInt {
    type Error = Error;
    fn try_from(o: PyObject) -> Result<BigInt, Error> {
        match o {
            PyObject::BigInt(b) => Ok(b),
            PyObject::Int(i) => Ok(BigInt::from(i)),
            other => Err(Error::Conversion(format!("expected an int, got {other:?}"))),
        }
    }
}

impl<T: TryFrom<PyObject, Error = Error>> TryFrom<PyObject> for Vec<T> {
    type Error = Error;
    fn try_from(o: PyObject) -> Result<Vec<T>, Error> {
        match o {
            PyObject::List(v) | PyObject::Tuple(v) => v.into_iter().map(T::try_from).collect(),
            other => Err(Error::Conversion(format!(
                "expected a list or tuple, got {other:?}"
            ))),
        }
    }
}

impl<
        K: TryFrom<PyObject, Error = Error> + std::hash::Hash + Eq,
        T: TryFrom<PyObject, Error = Error>,
    > TryFrom<PyObject> for std::collections::HashMap<K, T>
{
    type Error = Error;
    fn try_from(o: PyObject) -> Result<Self, Error> {
        match o {
            PyObject::Dict(pairs) => pairs
                .into_iter()
                .map(|(k, v)| Ok((K::try_from(k)?, T::try_from(v)?)))
                .collect(),
            other => Err(Error::Conversion(format!("expected a dict, got {other:?}"))),
        }
    }
}

impl<T: TryFrom<PyObject, Error = Error>> TryFrom<PyObject> for Option<T> {
    type Error = Error;
    fn try_from(o: PyObject) -> Result<Option<T>, Error> {
        match o {
            PyObject::None => Ok(None),
            other => T::try_from(other).map(Some),
        }
    }
}

impl TryFrom<PyObject> for () {
    type Error = Error;
    fn try_from(o: PyObject) -> Result<(), Error> {
        match o {
            PyObject::None => Ok(()),
            other => Err(Error::Conversion(format!("expected None, got {other:?}"))),
        }
    }
}

impl From<i64> for PyObject {
    fn from(v: i64) -> PyObject {
        PyObject::Int(v)
    }
}
impl From<i32> for PyObject {
    fn from(v: i32) -> PyObject {
        PyObject::Int(i64::from(v))
    }
}
impl From<f64> for PyObject {
    fn from(v: f64) -> PyObject {
        PyObject::Float(v)
    }
}
impl From<bool> for PyObject {
    fn from(v: bool) -> PyObject {
        PyObject::Bool(v)
    }
}
impl From<String> for PyObject {
    fn from(v: String) -> PyObject {
        PyObject::Str(v)
    }
}
impl From<&str> for PyObject {
    fn from(v: &str) -> PyObject {
        PyObject::Str(v.to_string())
    }
}
impl From<()> for PyObject {
    fn from(_: ()) -> PyObject {
        PyObject::None
    }
}
impl From<BigInt> for PyObject {
    fn from(v: BigInt) -> PyObject {
        PyObject::BigInt(v)
    }
}
impl<T: Into<PyObject>> From<Vec<T>> for PyObject {
    fn from(v: Vec<T>) -> PyObject {
        PyObject::List(v.into_iter().map(Into::into).collect())
    }
}
impl<T: Into<PyObject>> From<Option<T>> for PyObject {
    fn from(v: Option<T>) -> PyObject {
        v.map_or(PyObject::None, Into::into)
    }
}
impl<K: Into<PyObject>, T: Into<PyObject>> From<std::collections::HashMap<K, T>> for PyObject {
    /// A dict; Rust's hash map has no order, so the keys are sorted by their repr
    /// (deterministic output for tests).
    fn from(m: std::collections::HashMap<K, T>) -> PyObject {
        let mut pairs: Vec<(PyObject, PyObject)> =
            m.into_iter().map(|(k, v)| (k.into(), v.into())).collect();
        pairs.sort_by(|a, b| format!("{:?}", a.0).cmp(&format!("{:?}", b.0)));
        PyObject::Dict(pairs)
    }
}
