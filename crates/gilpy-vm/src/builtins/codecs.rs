//! UTF-16 and UTF-32 codecs for `str.encode` / `bytes.decode` (the byte-oriented codecs
//! live in bytes.rs). Strings here are Rust UTF-8, so encoding can't fail; decoding
//! reports truncated data and bad surrogates the way CPython words them.

use crate::builtins::bytes::{decode_err, Codec, Errors};
use crate::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Order {
    Little,
    Big,
}

/// Maps a normalised (lowercase, `-` separated) encoding name to a wide codec.
pub(crate) fn wide_codec(norm: &str) -> Option<Codec> {
    let compact = norm.replace('-', "");
    Some(match compact.as_str() {
        "utf16" | "u16" => Codec::Utf16(None),
        "utf16le" => Codec::Utf16(Some(Order::Little)),
        "utf16be" => Codec::Utf16(Some(Order::Big)),
        "utf32" | "u32" => Codec::Utf32(None),
        "utf32le" => Codec::Utf32(Some(Order::Little)),
        "utf32be" => Codec::Utf32(Some(Order::Big)),
        _ => return None,
    })
}

pub(crate) fn wide_name(c: Codec, o: Option<Order>) -> &'static str {
    match (c, o) {
        (Codec::Utf16(_), None) => "utf-16",
        (Codec::Utf16(_), Some(Order::Little)) => "utf-16-le",
        (Codec::Utf16(_), Some(Order::Big)) => "utf-16-be",
        (_, None) => "utf-32",
        (_, Some(Order::Little)) => "utf-32-le",
        (_, Some(Order::Big)) => "utf-32-be",
    }
}

fn push_unit(out: &mut Vec<u8>, unit: u32, width: usize, order: Order) {
    let bytes = unit.to_le_bytes();
    let mut chunk = bytes[..width].to_vec();
    if order == Order::Big {
        chunk.reverse();
    }
    out.extend_from_slice(&chunk);
}

pub(crate) fn encode_utf16(s: &str, o: Option<Order>) -> Vec<u8> {
    let order = o.unwrap_or(Order::Little);
    let mut out = Vec::with_capacity(s.len() * 2 + 2);
    if o.is_none() {
        push_unit(&mut out, 0xfeff, 2, order);
    }
    for unit in s.encode_utf16() {
        push_unit(&mut out, u32::from(unit), 2, order);
    }
    out
}

pub(crate) fn encode_utf32(s: &str, o: Option<Order>) -> Vec<u8> {
    let order = o.unwrap_or(Order::Little);
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    if o.is_none() {
        push_unit(&mut out, 0xfeff, 4, order);
    }
    for c in s.chars() {
        push_unit(&mut out, c as u32, 4, order);
    }
    out
}

fn read_unit(data: &[u8], at: usize, width: usize, order: Order) -> u32 {
    let mut v = 0u32;
    for k in 0..width {
        let b = match order {
            Order::Little => data[at + width - 1 - k],
            Order::Big => data[at + k],
        };
        v = (v << 8) | u32::from(b);
    }
    v
}

/// Picks the byte order from an optional BOM; returns the order and where the text starts.
fn sniff(data: &[u8], o: Option<Order>, width: usize) -> (Order, usize) {
    if let Some(order) = o {
        return (order, 0);
    }
    if data.len() >= width {
        if read_unit(data, 0, width, Order::Little) == 0xfeff {
            return (Order::Little, width);
        }
        if read_unit(data, 0, width, Order::Big) == 0xfeff {
            return (Order::Big, width);
        }
    }
    (Order::Little, 0)
}

/// Applies the error mode to a bad stretch `data[at..at+n]`.
fn bad(
    vm: &mut Vm<'_>,
    c: Codec,
    data: &[u8],
    (at, n): (usize, usize),
    why: &str,
    e: Errors,
    out: &mut String,
) -> PyResult<()> {
    match e {
        Errors::Strict | Errors::XmlCharRefReplace => Err(decode_err(vm, c, data, at, n, why)),
        Errors::Ignore => Ok(()),
        Errors::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Errors::BackslashReplace => {
            for b in &data[at..at + n] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
    }
}

pub(crate) fn decode_utf16(
    vm: &mut Vm<'_>,
    data: &[u8],
    o: Option<Order>,
    e: Errors,
) -> PyResult<String> {
    let c = Codec::Utf16(o);
    let (order, mut i) = sniff(data, o, 2);
    let mut out = String::with_capacity(data.len() / 2);
    while i < data.len() {
        if i + 2 > data.len() {
            bad(
                vm,
                c,
                data,
                (i, data.len() - i),
                "truncated data",
                e,
                &mut out,
            )?;
            break;
        }
        let u = read_unit(data, i, 2, order);
        if (0xd800..0xdc00).contains(&u) {
            if i + 4 > data.len() {
                let n = data.len() - i;
                bad(vm, c, data, (i, n), "unexpected end of data", e, &mut out)?;
                break;
            }
            let lo = read_unit(data, i + 2, 2, order);
            if (0xdc00..0xe000).contains(&lo) {
                let cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                i += 4;
            } else {
                bad(vm, c, data, (i, 2), "illegal UTF-16 surrogate", e, &mut out)?;
                i += 2;
            }
        } else if (0xdc00..0xe000).contains(&u) {
            bad(vm, c, data, (i, 2), "illegal encoding", e, &mut out)?;
            i += 2;
        } else {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
        }
    }
    Ok(out)
}

pub(crate) fn decode_utf32(
    vm: &mut Vm<'_>,
    data: &[u8],
    o: Option<Order>,
    e: Errors,
) -> PyResult<String> {
    let c = Codec::Utf32(o);
    let (order, mut i) = sniff(data, o, 4);
    let mut out = String::with_capacity(data.len() / 4);
    while i < data.len() {
        if i + 4 > data.len() {
            bad(
                vm,
                c,
                data,
                (i, data.len() - i),
                "truncated data",
                e,
                &mut out,
            )?;
            break;
        }
        let u = read_unit(data, i, 4, order);
        match char::from_u32(u) {
            Some(ch) => out.push(ch),
            None => {
                let why = if u > 0x10ffff {
                    "code point not in range(0x110000)"
                } else {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                };
                bad(vm, c, data, (i, 4), why, e, &mut out)?;
            }
        }
        i += 4;
    }
    Ok(out)
}
