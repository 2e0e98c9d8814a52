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
