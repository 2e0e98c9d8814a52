//! `zip(..., strict=True)`: stops like `zip`, but raises `ValueError` with CPython's
//! wording when the iterables turn out to have different lengths.

use crate::object::NativeIter;
use crate::ops::iter;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The strict zip iterator.
pub struct StrictZip {
    its: Vec<Value>,
    done: bool,
}

impl StrictZip {
    /// Over these iterators.
    pub fn new(its: Vec<Value>) -> StrictZip {
        StrictZip { its, done: false }
    }
}

/// `" 1"` or `"s 1-2"`: the arguments before the one at index `i`.
fn before(i: usize) -> String {
    if i == 1 {
        " 1".to_string()
    } else {
        format!("s 1-{i}")
    }
}

impl NativeIter for StrictZip {
    fn next(&mut self, vm: &mut Vm<'_>) -> PyResult<Option<Value>> {
        if self.done || self.its.is_empty() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.its.len());
        for (i, it) in self.its.clone().into_iter().enumerate() {
            match iter::next(vm, it)? {
                // No collection runs inside a native call, so `out` needs no rooting.
                Some(v) => out.push(v),
                None => {
                    self.done = true;
                    if i > 0 {
                        return Err(vm.value_error(format!(
                            "zip() argument {} is shorter than argument{}",
                            i + 1,
                            before(i)
                        )));
                    }
                    // The first ran out: every other one must be exhausted too.
                    for (j, other) in self.its.clone().into_iter().enumerate().skip(1) {
                        if iter::next(vm, other)?.is_some() {
                            return Err(vm.value_error(format!(
                                "zip() argument {} is longer than argument{}",
                                j + 1,
                                before(j)
                            )));
                        }
                    }
                    return Ok(None);
                }
            }
        }
        Ok(Some(vm.new_tuple(out)))
    }

    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.its.iter().for_each(|v| visit(*v));
    }

    fn type_name(&self) -> &'static str {
        "zip"
    }
}
