//! The error type shared by the format-spec, `%` and `str.format` engines.

/// The Python exception class a [`FormatError`] is raised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PyErrorKind {
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
    /// `KeyError` (the message is the key's repr, as for a dict lookup)
    KeyError,
    /// `IndexError`
    IndexError,
}

/// A formatting failure. `Display` is CPython 3.11's message; [`FormatError::kind`]
/// says which exception to raise.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// `Unknown format code 'd' for object of type 'float'` (ValueError).
    #[error("Unknown format code '{}' for object of type '{type_name}'", code_display(*.code))]
    UnknownFormatCode {
        /// The presentation type found.
        code: char,
        /// Python type name of the formatted object.
        type_name: String,
    },
    /// `Invalid format specifier 'ss' for object of type 'int'` (ValueError).
    #[error("Invalid format specifier '{spec}' for object of type '{type_name}'")]
    InvalidFormatSpecifier {
        /// The whole spec.
        spec: String,
        /// Python type name of the formatted object.
        type_name: String,
    },
    /// `Format specifier missing precision` (ValueError).
    #[error("Format specifier missing precision")]
    MissingPrecision,
    /// `Too many decimal digits in format string` (ValueError).
    #[error("Too many decimal digits in format string")]
    TooManyDigits,
    /// `Cannot specify both ',' and '_'.` (ValueError).
    #[error("Cannot specify both ',' and '_'.")]
    BothSeparators,
    /// `Cannot specify ',' with 's'.` (ValueError).
    #[error("Cannot specify '{sep}' with '{}'.", code_display(*.code))]
    SeparatorWithType {
        /// `,` or `_`.
        sep: char,
        /// The presentation type.
        code: char,
    },
    /// `Sign not allowed in string format specifier` and the other "X not allowed"
    /// messages of the spec mini-language (ValueError). The string is the full message.
    #[error("{0}")]
    NotAllowed(&'static str),
    /// `Sign not allowed with integer format specifier 'c'` style messages (ValueError).
    #[error("{what} not allowed with integer format specifier 'c'")]
    NotAllowedWithC {
        /// `Sign` or `Alternate form (#)`.
        what: &'static str,
    },
    /// `%c arg not in range(0x110000)` (OverflowError).
    #[error("%c arg not in range(0x110000)")]
    CharOutOfRange,
    /// `Python int too large to convert to C long` (OverflowError): `{:c}` of an int
    /// outside the `i64` range.
    #[error("Python int too large to convert to C long")]
    IntTooLargeForCLong,
    /// `int too large to convert to float` (OverflowError).
    #[error("int too large to convert to float")]
    IntTooLargeForFloat,
    /// A width or precision beyond what gilpy allocates: `width too big` /
    /// `precision too big` (ValueError; CPython would attempt it and likely raise
    /// MemoryError).
    #[error("{0} too big")]
    TooBig(&'static str),

    // ---- printf-style `%` formatting ----
    /// `not enough arguments for format string` (TypeError).
    #[error("not enough arguments for format string")]
    NotEnoughArguments,
    /// `not all arguments converted during string formatting` (TypeError).
    #[error("not all arguments converted during string formatting")]
    NotAllConverted,
    /// `unsupported format character 'y' (0x79) at index 3` (ValueError).
    #[error("unsupported format character '{}' (0x{:x}) at index {index}", printable_or_question(*.ch), *.ch as u32)]
    UnsupportedFormatChar {
        /// The offending character.
        ch: char,
        /// Its index in characters.
        index: usize,
    },
    /// `incomplete format` (ValueError).
    #[error("incomplete format")]
    IncompleteFormat,
    /// `incomplete format key` (ValueError).
    #[error("incomplete format key")]
    IncompleteFormatKey,
    /// `format requires a mapping` (TypeError): `%(key)s` with a non-mapping argument.
    #[error("format requires a mapping")]
    RequiresMapping,
    /// `* wants int` (TypeError).
    #[error("* wants int")]
    StarWantsInt,
    /// `%c requires int or char` (TypeError).
    #[error("%c requires int or char")]
    CharRequiresIntOrChar,
    /// `%d format: a real number is required, not str` (TypeError); `conv` is the
    /// conversion letter, `type_name` the argument's type.
    #[error("%{conv} format: {what} is required, not {type_name}")]
    WrongArgType {
        /// Conversion letter (`d`, `x`, `f`...).
        conv: char,
        /// `a real number` or `an integer`.
        what: &'static str,
        /// Python type name of the argument.
        type_name: String,
    },
    /// `must be real number, not str` (TypeError): `%f` and friends with a
    /// non-number.
    #[error("must be real number, not {type_name}")]
    MustBeRealNumber {
        /// Python type name of the argument.
        type_name: String,
    },

    // ---- str.format templates ----
    /// `Single '}' encountered in format string` (ValueError).
    #[error("Single '}}' encountered in format string")]
    SingleRightBrace,
    /// `Single '{' encountered in format string` (ValueError).
    #[error("Single '{{' encountered in format string")]
    SingleLeftBrace,
    /// `expected '}' before end of string` (ValueError).
    #[error("expected '}}' before end of string")]
    ExpectedRightBrace,
    /// `unexpected '{' in field name` (ValueError).
    #[error("unexpected '{{' in field name")]
    UnexpectedBraceInFieldName,
    /// `unmatched '{' in format spec` (ValueError).
    #[error("unmatched '{{' in format spec")]
    UnmatchedBraceInSpec,
    /// `cannot switch from automatic field numbering to manual field specification`.
    #[error("cannot switch from automatic field numbering to manual field specification")]
    AutoToManual,
    /// `cannot switch from manual field specification to automatic field numbering`.
    #[error("cannot switch from manual field specification to automatic field numbering")]
    ManualToAuto,
    /// `Max string recursion exceeded` (ValueError): nesting deeper than `{:{:{}}}`.
    #[error("Max string recursion exceeded")]
    MaxRecursion,
    /// `Empty attribute in format string` (ValueError).
    #[error("Empty attribute in format string")]
    EmptyAttribute,
    /// `Missing ']' in format string` (ValueError).
    #[error("Missing ']' in format string")]
    MissingRightBracket,
    /// `Only '.' or '[' may follow ']' in format field specifier` (ValueError).
    #[error("Only '.' or '[' may follow ']' in format field specifier")]
    OnlyDotOrBracket,
    /// `expected ':' after conversion specifier` (ValueError).
    #[error("expected ':' after conversion specifier")]
    ExpectedColon,
    /// `end of string while looking for conversion specifier` (ValueError).
    #[error("end of string while looking for conversion specifier")]
    EndWhileLookingForConversion,
    /// `Unknown conversion specifier x` (ValueError).
    #[error("Unknown conversion specifier {}", code_display(*.0))]
    UnknownConversion(char),
}

/// CPython's `%` error shows the character only if it is printable ASCII.
fn printable_or_question(c: char) -> char {
    if (' '..='~').contains(&c) {
        c
    } else {
        '?'
    }
}

/// CPython prints a format code with `%c` when it is printable ASCII, else `\x%x`.
fn code_display(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

impl FormatError {
    /// Which Python exception to raise for this error.
    pub fn kind(&self) -> PyErrorKind {
        use FormatError::*;
        match self {
            CharOutOfRange | IntTooLargeForFloat | IntTooLargeForCLong => {
                PyErrorKind::OverflowError
            }
            NotEnoughArguments
            | NotAllConverted
            | RequiresMapping
            | StarWantsInt
            | CharRequiresIntOrChar
            | WrongArgType { .. }
            | MustBeRealNumber { .. } => PyErrorKind::TypeError,
            _ => PyErrorKind::ValueError,
        }
    }

    /// Replaces the object type named in `Unknown format code ...` /
    /// `Invalid format specifier ...` (e.g. `bool` when formatting `True` through
    /// [`format_int`](super::format_int), which says `int`).
    pub fn with_type_name(self, name: &str) -> FormatError {
        match self {
            FormatError::UnknownFormatCode { code, .. } => FormatError::UnknownFormatCode {
                code,
                type_name: name.to_string(),
            },
            FormatError::InvalidFormatSpecifier { spec, .. } => {
                FormatError::InvalidFormatSpecifier {
                    spec,
                    type_name: name.to_string(),
                }
            }
            other => other,
        }
    }
}
