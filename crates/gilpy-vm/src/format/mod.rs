#![warn(missing_docs)]
//! Formatting and string library: Python 3.11's text semantics in pure Rust, with no
//! dependency on the VM's object model. The VM converts its values (ints, floats,
//! strs) and calls in here; every error carries CPython's exact message and says
//! which exception class to raise.
//!
//! Everything is re-exported at `gilpy_vm::format::*`.
//!
//! # API
//!
//! | Python | Rust | Errors (exception) |
//! |---|---|---|
//! | `repr(f)`, `str(f)` | [`float_repr`]`(f64) -> String` | — |
//! | `a // b`, `a % b`, `divmod`, `/`, `**` on floats | [`float_floordiv`], [`float_mod`], [`float_divmod`], [`float_truediv`], [`float_pow`] `-> Result<_, ArithError>` | [`ArithError`]: ZeroDivisionError / OverflowError / ValueError |
//! | `a / b` on ints (any size, correctly rounded) | [`int_truediv`]`(&BigInt, &BigInt) -> Result<f64, ArithError>` | ZeroDivisionError / OverflowError |
//! | `round(f)` | [`round_float_to_int`]`(f64) -> Result<BigInt, ArithError>` | inf: OverflowError, nan: ValueError |
//! | `round(f, n)` | [`round_float`]`(f64, i64) -> Result<f64, ArithError>` | OverflowError |
//! | `int(f)` | [`float_to_bigint`]`(f64) -> Result<BigInt, ArithError>` | OverflowError / ValueError |
//! | `float(n)` | [`bigint_to_float`]`(&BigInt) -> Result<f64, ArithError>` | OverflowError |
//! | `int(s, base)` | [`parse_int`]`(&str, u32) -> Result<BigInt, ParseError>` | [`ParseError`]: ValueError |
//! | `float(s)` | [`parse_float`]`(&str) -> Result<f64, ParseError>` | ValueError |
//! | message for a failed `int(s)` | [`int_parse_error_message`]`(&str, u32) -> String` | — |
//! | `str(n)` with the 4300-digit limit | [`int_to_decimal_checked`]`(&BigInt) -> Result<String, String>` | ValueError |
//! | the same under `sys.set_int_max_str_digits` | [`int_to_decimal_limited`], [`parse_int_limited`] | ValueError |
//! | digits in a base / `bin` `oct` `hex` | [`int_to_string_radix`]`(&BigInt, u32)`, [`int_to_prefixed`]`(&BigInt, u32)` | — |
//! | `repr(s)` / `ascii(s)` / `ascii(obj)` | [`str_repr`]`(&str)`, [`str_ascii`]`(&str)`, [`ascii_escape`]`(repr)` | — |
//! | `s.isprintable()` | [`is_printable`]`(&str) -> bool` | — |
//! | `format(x, spec)`, f-string `{x:spec}` | [`parse_format_spec`]`(&str) -> Result<FormatSpec, FormatError>` then [`format_int`]`(&BigInt, &FormatSpec)`, [`format_i64`]`(i64, ..)`, [`format_float`]`(f64, ..)`, [`format_str`]`(&str, ..)` `-> Result<String, FormatError>` | [`FormatError::kind`]; rename the type in messages with [`FormatError::with_type_name`] (`bool`) |
//! | same, from the spec text in one call | [`format_int_with_spec`]`(&BigInt, &str)`, [`format_float_with_spec`]`(f64, &str)`, [`format_str_with_spec`]`(&str, &str)` | errors name `int` / `float` / `str` |
//! | `fmt % args` | [`parse_percent`]`(&str) -> Result<Vec<PercentPiece>, FormatError>`; per spec [`PercentSpec::kind`], then [`percent_format_int`], [`percent_format_float`], [`percent_format_str`], [`percent_format_char`] (with [`percent_char_from_int`] / [`percent_char_from_str`]) | or all at once: [`render_percent`]`(&pieces, PercentArgs, PercentCallbacks)` (CPython's argument order and errors) |
//! | `template.format(...)` | [`parse_template`]`(&str) -> Result<Vec<TemplatePiece>, FormatError>`, then [`render_template`]`(&pieces, lookup, format)`; [`template_index_error`] for a missing positional | see the [`template`] module docs |
//! | `s[a:b:c]`, `slice.indices` | [`slice_indices`]`(len, start, stop, step) -> Result<(i64, i64, i64), TextError>`, [`slice_len`], [`slice_positions`], [`slice_str`] | ValueError (step 0) |
//! | `len(s)`, `s[i]` | [`char_len`], [`char_at`], [`char_index_to_byte`], [`byte_to_char_index`], [`char_slice`] | — |
//! | `split`, `rsplit` | [`split_whitespace`]`(s, maxsplit)`, [`rsplit_whitespace`], [`split`]`(s, sep, maxsplit)`, [`rsplit`] (`maxsplit < 0`: no limit) | [`TextError::EmptySeparator`] (ValueError) |
//! | `splitlines`, `partition`, `rpartition` | [`splitlines`]`(s, keepends)`, [`partition`], [`rpartition`] | ValueError |
//! | `strip`, `lstrip`, `rstrip` | [`strip`]`(s, Option<&str>)`, [`lstrip`], [`rstrip`] | — |
//! | `find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith` | [`find`]`(s, sub, Option<i64>, Option<i64>) -> i64`, [`rfind`], [`index`], [`rindex`], [`count`], [`starts_with`], [`ends_with`] | ValueError (`index`) |
//! | `replace` | [`replace`]`(s, old, new, Option<i64>)` | — |
//! | `upper`, `lower`, `casefold`, `title`, `capitalize`, `swapcase` | [`upper`], [`lower`], [`casefold`], [`title`], [`capitalize`], [`swapcase`] | — |
//! | `center`, `ljust`, `rjust`, `zfill`, `expandtabs` | [`center`]`(s, width, fill)`, [`ljust`], [`rjust`], [`zfill`]`(s, width)`, [`expandtabs`]`(s, tabsize)` | [`TextError::TooLong`] (OverflowError) |
//! | `isdigit` ... `isidentifier` | [`is_digit`], [`is_decimal`], [`is_numeric`], [`is_alpha`], [`is_alnum`], [`is_space`], [`is_upper`], [`is_lower`], [`is_title`], [`is_identifier`], [`is_ascii`] | — |
//!
//! # Exception classes
//!
//! * [`ArithError`]: the variant names the class.
//! * [`ParseError`]: always `ValueError`.
//! * [`FormatError`]: [`FormatError::kind`] returns a [`PyErrorKind`].
//! * [`TextError`]: `ValueError`, except `TooLong` (`OverflowError`).
//!
//! # Known deviations from CPython 3.11
//!
//! * Unicode tables (`isprintable`, `isalpha`, `isdigit`, `isupper`, identifiers,
//!   which characters case mappings apply to, title case and case folding) come
//!   from CPython 3.11's Unicode 14 data (`gen_unicode.py`); the mapped characters
//!   themselves come from Rust's tables, which agree with CPython on every code point
//!   for single-character `upper`/`lower`/`title`/`swapcase` (checked exhaustively
//!   when this was written).
//! * Huge widths/precisions (over [`MAX_WIDTH`] / [`MAX_TEXT_LEN`]) raise
//!   `width too big` / `precision too big` / `result too long` where CPython would
//!   try to allocate (and usually raise `MemoryError`).
//! * `%` templates are parsed before any argument is consumed, so `incomplete
//!   format` is reported even when CPython would first fail on the arguments;
//!   `str.format` numbering and conversion errors likewise surface before any
//!   argument lookup.
//! * `float ** float` with a negative base and a fractional exponent is a
//!   `ValueError` (CPython returns a complex number).
//! * Lone surrogates do not exist in Rust strings; `%c`/`{:c}` of a surrogate code
//!   point yields U+FFFD.

pub mod error;
pub mod float;
pub mod int;
pub mod percent;
pub mod repr;
pub mod spec;
pub mod template;
pub mod text;
mod unicode;

pub use error::*;
pub use float::*;
pub use int::*;
pub use percent::*;
pub use repr::*;
pub use spec::*;
pub use template::*;
pub use text::*;
