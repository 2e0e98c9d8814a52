//! `_zlib`: the deflate codec and checksums under `zlib` and `gzip` (`py/zlib.py` adds
//! the zlib and gzip framing). Deflate is miniz_oxide's: the compressed bytes are valid
//! deflate that CPython's zlib reads, but not always byte-for-byte what zlib writes.

use miniz_oxide::inflate::stream::{inflate, InflateState};
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

use crate::builtins::bytes::{bytes_of, new_bytes};
use crate::builtins::{Args, ModuleDef, NativeDef};
use crate::value::{ObjRef, Value};
use crate::{PyResult, Vm};

/// `import _zlib`
pub const MODULE: ModuleDef = ModuleDef {
    name: "_zlib",
    init,
};

const FUNCTIONS: &[NativeDef] = &[
    NativeDef::new("deflate_raw", deflate_raw),
    NativeDef::new("inflate_raw", inflate_raw),
    NativeDef::new("crc32", crc32),
    NativeDef::new("adler32", adler32),
];

fn init(vm: &mut Vm<'_>, m: ObjRef) -> PyResult<()> {
    vm.module_add_functions(m, FUNCTIONS);
    Ok(())
}

/// Argument `i` as bytes (bytes, bytearray, memoryview), or CPython's TypeError.
fn data_arg(vm: &mut Vm<'_>, args: &Args<'_>, i: usize) -> PyResult<Vec<u8>> {
    let v = args.pos.get(i).copied().unwrap_or(Value::None);
    match bytes_of(vm, v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

fn int_arg(args: &Args<'_>, i: usize, default: i64) -> i64 {
    match args.pos.get(i) {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => i64::from(*b),
        _ => default,
    }
}

/// `deflate_raw(data, level)`: raw deflate (no header), level 0-9.
fn deflate_raw(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "deflate_raw", 2, 2)?;
    let data = data_arg(vm, &args, 0)?;
    let level = int_arg(&args, 1, 6).clamp(0, 9) as u8;
    let out = miniz_oxide::deflate::compress_to_vec(&data, level);
    Ok(new_bytes(vm, out))
}

/// `inflate_raw(data)`: `(output, bytes consumed, ended)` for raw deflate `data`;
/// `ended` is False when the stream stops before its final block. Corrupt data raises
/// ValueError with zlib's reason (the Python side words `zlib.error`).
fn inflate_raw(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "inflate_raw", 1, 1)?;
    let data = data_arg(vm, &args, 0)?;
    let mut state = InflateState::new_boxed(DataFormat::Raw);
    let mut out = vec![0u8; (data.len() * 4).max(256)];
    let (mut consumed, mut written) = (0usize, 0usize);
    let ended = loop {
        let r = inflate(
            &mut state,
            &data[consumed..],
            &mut out[written..],
            MZFlush::None,
        );
        consumed += r.bytes_consumed;
        written += r.bytes_written;
        match r.status {
            Ok(MZStatus::StreamEnd) => break true,
            Ok(_) | Err(MZError::Buf) => {
                if written == out.len() {
                    let n = out.len() * 2;
                    out.resize(n, 0);
                } else if consumed >= data.len() || (r.bytes_consumed == 0 && r.bytes_written == 0)
                {
                    break false;
                }
            }
            Err(_) => return Err(vm.value_error("invalid block type")),
        }
    };
    out.truncate(written);
    let o = new_bytes(vm, out);
    Ok(vm.new_tuple(vec![o, Value::Int(consumed as i64), Value::Bool(ended)]))
}

/// `crc32(data, value)`
fn crc32(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "crc32", 2, 2)?;
    let data = data_arg(vm, &args, 0)?;
    let mut crc = !(int_arg(&args, 1, 0) as u32);
    for b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    Ok(Value::Int(i64::from(!crc)))
}

/// `adler32(data, value)`
fn adler32(vm: &mut Vm<'_>, args: Args<'_>) -> PyResult<Value> {
    args.check(vm, "adler32", 2, 2)?;
    let data = data_arg(vm, &args, 0)?;
    let v = int_arg(&args, 1, 1) as u32;
    let (mut a, mut b) = (v & 0xffff, v >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    Ok(Value::Int(i64::from((b << 16) | a)))
}
