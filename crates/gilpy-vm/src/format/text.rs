//! `str` methods with Python semantics. Every index is in characters (code
//! points), never bytes; negative and out-of-range indices follow Python's slice
//! rules. Results borrow from the input where Python would return a piece of it.

use super::unicode::{
    in_table, ALPHA, CASEFOLD_SPECIAL, CASE_IGNORABLE, CHANGES_LOWER, CHANGES_UPPER, DECIMAL,
    DIGIT, LOWERCASE, NUMERIC, SPACE, TITLECASE, TITLE_SPECIAL, UPPERCASE, XID_CONTINUE, XID_START,
};

/// Widths (`center`, `ljust`, `zfill`...) and `expandtabs` results longer than this
/// many characters are refused with `OverflowError: result too long` rather than
/// exhausting memory (CPython would raise `MemoryError`).
pub const MAX_TEXT_LEN: usize = 100_000_000;

/// Errors of the string methods, all with CPython's messages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    /// `ValueError: empty separator` (`split('')`, `partition('')`).
    #[error("empty separator")]
    EmptySeparator,
    /// `ValueError: substring not found` (`index`, `rindex`).
    #[error("substring not found")]
    SubstringNotFound,
    /// `ValueError: slice step cannot be zero`.
    #[error("slice step cannot be zero")]
    SliceStepZero,
    /// `OverflowError: result too long` (see [`MAX_TEXT_LEN`]).
    #[error("result too long")]
    TooLong,
}

// ---------------------------------------------------------------- indices ----

/// Number of characters in `s` (Python's `len(s)`).
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of character `idx` in `s`; `idx == len` gives `s.len()`,
/// beyond that `None`.
pub fn char_index_to_byte(s: &str, idx: usize) -> Option<usize> {
    if s.is_ascii() {
        return (idx <= s.len()).then_some(idx);
    }
    if idx == 0 {
        return Some(0);
    }
    match s.char_indices().nth(idx) {
        Some((b, _)) => Some(b),
        None => (char_len(s) == idx).then_some(s.len()),
    }
}

/// Character index of byte offset `byte` (which must be a char boundary; other
/// offsets count the characters that start before it).
pub fn byte_to_char_index(s: &str, byte: usize) -> usize {
    let byte = byte.min(s.len());
    if s.is_ascii() {
        return byte;
    }
    s.char_indices().take_while(|&(b, _)| b < byte).count()
}

/// The `char`-indexed substring `s[start:stop]` with `0 <= start`, clamped to the
/// string; empty when `start >= stop`.
pub fn char_slice(s: &str, start: usize, stop: usize) -> &str {
    if start >= stop {
        return "";
    }
    let a = char_index_to_byte(s, start).unwrap_or(s.len());
    let b = char_index_to_byte(s, stop).unwrap_or(s.len());
    &s[a..b.max(a)]
}

/// The character at index `idx` (negative counts from the end), as `s[idx]`.
pub fn char_at(s: &str, idx: i64) -> Option<char> {
    let len = char_len(s) as i64;
    let i = if idx < 0 { idx + len } else { idx };
    if i < 0 || i >= len {
        return None;
    }
    if s.is_ascii() {
        return Some(s.as_bytes()[i as usize] as char);
    }
    s.chars().nth(i as usize)
}

/// Python's `slice(start, stop, step).indices(len)`: `(start, stop, step)` clamped
/// for a sequence of `len` items (negative steps included). Callers clamp huge
/// Python ints to `i64::MIN`/`i64::MAX` first, as CPython does.
///
/// ```
/// use gilpy_vm::format::slice_indices;
/// assert_eq!(slice_indices(5, None, None, Some(-1)).unwrap(), (4, -1, -1));
/// ```
pub fn slice_indices(
    len: i64,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<(i64, i64, i64), TextError> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(TextError::SliceStepZero);
    }
    let len = len.max(0);
    // Bounds: [0, len] for positive steps, [-1, len-1] for negative ones.
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => v.saturating_add(len).max(lower),
            Some(v) => v.min(upper),
        }
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

/// Number of items a normalised slice `(start, stop, step)` selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    let (span, step) = if step > 0 {
        (stop as i128 - start as i128, step as i128)
    } else {
        (start as i128 - stop as i128, -(step as i128))
    };
    if span <= 0 {
        0
    } else {
        ((span - 1) / step + 1) as usize
    }
}

/// The positions a normalised slice selects, in order.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let n = slice_len(start, stop, step);
    (0..n).map(move |k| (start as i128 + k as i128 * step as i128) as usize)
}

/// `s[start:stop:step]` for a `str`.
pub fn slice_str(
    s: &str,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<String, TextError> {
    let len = char_len(s) as i64;
    let (a, b, st) = slice_indices(len, start, stop, step)?;
    if st == 1 {
        return Ok(char_slice(s, a.max(0) as usize, b.max(0) as usize).to_string());
    }
    let chars: Vec<char> = s.chars().collect();
    Ok(slice_positions(a, b, st)
        .filter_map(|i| chars.get(i))
        .collect())
}

/// Python's `ADJUST_INDICES`: the end is clamped to `len`, negatives count from the
/// end (floored at 0); the start is *not* clamped above (`find('', 9)` is -1).
fn adjust(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// The window `s[start:end]` after [`adjust`], with its character offset; `None`
/// when the window cannot hold `sub_len` characters.
fn window(s: &str, sub_len: usize, start: Option<i64>, end: Option<i64>) -> Option<(&str, usize)> {
    let len = char_len(s) as i64;
    let (start, end) = adjust(start, end, len);
    if start > len || end - start < sub_len as i64 {
        return None;
    }
    Some((char_slice(s, start as usize, end as usize), start as usize))
}

// ---------------------------------------------------------------- search ----

/// `s.find(sub, start, end)`: lowest character index or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, char_len(sub), start, end) {
        Some((w, off)) => match w.find(sub) {
            Some(b) => (off + byte_to_char_index(w, b)) as i64,
            None => -1,
        },
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: highest character index or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, char_len(sub), start, end) {
        Some((w, off)) => match w.rfind(sub) {
            Some(b) => (off + byte_to_char_index(w, b)) as i64,
            None => -1,
        },
        None => -1,
    }
}

/// `s.index(...)`: like [`find`] but `ValueError: substring not found`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, TextError> {
    match find(s, sub, start, end) {
        -1 => Err(TextError::SubstringNotFound),
        i => Ok(i),
    }
}

/// `s.rindex(...)`: like [`rfind`] but `ValueError: substring not found`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, TextError> {
    match rfind(s, sub, start, end) {
        -1 => Err(TextError::SubstringNotFound),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub` counts
/// the `len + 1` positions of the window.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    match window(s, char_len(sub), start, end) {
        Some((w, _)) if sub.is_empty() => char_len(w) + 1,
        Some((w, _)) => w.matches(sub).count(),
        None => 0,
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the VM loops over tuples).
pub fn starts_with(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, char_len(prefix), start, end).is_some_and(|(w, _)| w.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn ends_with(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, char_len(suffix), start, end).is_some_and(|(w, _)| w.ends_with(suffix))
}

/// `s.replace(old, new, count)`; `count` `None` or negative replaces all. An empty
/// `old` inserts `new` before every character and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: Option<i64>) -> String {
    let limit = match count {
        Some(c) if c >= 0 => c as usize,
        _ => usize::MAX,
    };
    if old.is_empty() {
        let mut out = String::with_capacity(s.len());
        let mut done = 0;
        for c in s.chars() {
            if done < limit {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            out.push_str(new);
        }
        return out;
    }
    if limit == usize::MAX {
        s.replace(old, new)
    } else {
        s.replacen(old, new, limit)
    }
}

// ----------------------------------------------------------------- split ----

/// Python's whitespace (`str.isspace()`).
#[inline]
pub fn is_space_char(c: char) -> bool {
    // ASCII (nearly all text) without the table search: \t..\r, \x1c..\x1f, space.
    if c.is_ascii() {
        return matches!(c as u8, 0x09..=0x0d | 0x1c..=0x20);
    }
    in_table(SPACE, c)
}

/// `s.split()` / `s.split(None, maxsplit)`: runs of whitespace separate, leading and
/// trailing whitespace vanish; a negative `maxsplit` means no limit.
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space_char);
    let mut splits = 0i64;
    while !rest.is_empty() {
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(rest);
            return out;
        }
        match rest.find(is_space_char) {
            Some(b) => {
                out.push(&rest[..b]);
                rest = rest[b..].trim_start_matches(is_space_char);
                splits += 1;
            }
            None => {
                out.push(rest);
                rest = "";
            }
        }
    }
    out
}

/// `s.rsplit()` / `s.rsplit(None, maxsplit)`.
pub fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space_char);
    let mut splits = 0i64;
    while !rest.is_empty() {
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space_char) {
            Some(b) => {
                let c_len = rest[b..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[b + c_len..]);
                rest = rest[..b].trim_end_matches(is_space_char);
                splits += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

/// `s.split(sep, maxsplit)` with an explicit separator.
pub fn split<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Result<Vec<&'a str>, TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    // A one-character separator (`","`, `"\n"`) searches with `memchr`, not the
    // general substring search.
    let mut one = sep.chars();
    if let (Some(c), None) = (one.next(), one.next()) {
        return Ok(if maxsplit < 0 {
            s.split(c).collect()
        } else {
            s.splitn(split_count(maxsplit), c).collect()
        });
    }
    Ok(if maxsplit < 0 {
        s.split(sep).collect()
    } else {
        s.splitn(split_count(maxsplit), sep).collect()
    })
}

/// The part count `splitn` takes for a non-negative `maxsplit`.
fn split_count(maxsplit: i64) -> usize {
    (maxsplit as u64).saturating_add(1).min(usize::MAX as u64) as usize
}

/// `s.rsplit(sep, maxsplit)` with an explicit separator.
pub fn rsplit<'a>(s: &'a str, sep: &str, maxsplit: i64) -> Result<Vec<&'a str>, TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    let mut v: Vec<&str> = if maxsplit < 0 {
        s.rsplit(sep).collect()
    } else {
        s.rsplitn(
            (maxsplit as u64).saturating_add(1).min(usize::MAX as u64) as usize,
            sep,
        )
        .collect()
    };
    v.reverse();
    Ok(v)
}

/// Line boundaries of `str.splitlines()`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c-\x1e`,
/// `\x85`, `\u2028`, `\u2029`; no trailing empty line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((b, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = b + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = iter.peek() {
                iter.next();
                end += 1;
            }
        }
        out.push(if keepends {
            &s[line_start..end]
        } else {
            &s[line_start..b]
        });
        line_start = end;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// `s.partition(sep)`: `(before, sep, after)` or `(s, "", "")`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    Ok(match s.find(sep) {
        Some(b) => (&s[..b], &s[b..b + sep.len()], &s[b + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: `(before, sep, after)` or `("", "", s)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), TextError> {
    if sep.is_empty() {
        return Err(TextError::EmptySeparator);
    }
    Ok(match s.rfind(sep) {
        Some(b) => (&s[..b], &s[b..b + sep.len()], &s[b + sep.len()..]),
        None => ("", "", s),
    })
}

// ----------------------------------------------------------------- strip ----

/// `s.strip(chars)`; `None` strips Python whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space_char),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space_char),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

// --------------------------------------------------------------- padding ----

fn check_width(width: i64) -> Result<usize, TextError> {
    if width as i128 > MAX_TEXT_LEN as i128 {
        return Err(TextError::TooLong);
    }
    Ok(width.max(0) as usize)
}

fn padded(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `s.center(width, fill)`. Odd padding goes left when `width` is odd, as CPython
/// does (`'ab'.center(5, '*') == '**ab*'`, unlike `format`'s `^`).
pub fn center(s: &str, width: i64, fill: char) -> Result<String, TextError> {
    let width = check_width(width)?;
    let len = char_len(s);
    if len >= width {
        return Ok(s.to_string());
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    Ok(padded(s, left, marg - left, fill))
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<String, TextError> {
    let width = check_width(width)?;
    let len = char_len(s);
    Ok(padded(s, 0, width.saturating_sub(len), fill))
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<String, TextError> {
    let width = check_width(width)?;
    let len = char_len(s);
    Ok(padded(s, width.saturating_sub(len), 0, fill))
}

/// `s.zfill(width)`: zeros after a leading sign.
pub fn zfill(s: &str, width: i64) -> Result<String, TextError> {
    let width = check_width(width)?;
    let len = char_len(s);
    if len >= width {
        return Ok(s.to_string());
    }
    let zeros = "0".repeat(width - len);
    Ok(match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    })
}

/// `s.expandtabs(tabsize)`: the column restarts after `\n` and `\r`; a tab size
/// `<= 0` removes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, TextError> {
    let mut out = String::with_capacity(s.len());
    let mut col: usize = 0;
    let mut total: usize = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let ts = check_width(tabsize)?;
                    let n = ts - col % ts;
                    total += n;
                    if total > MAX_TEXT_LEN {
                        return Err(TextError::TooLong);
                    }
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
                total += 1;
            }
            _ => {
                out.push(c);
                col += 1;
                total += 1;
            }
        }
    }
    Ok(out)
}

// ------------------------------------------------------------------ case ----

/// Appends the full uppercase mapping of `c` as CPython 3.11 (Unicode 14) has it:
/// Rust's newer tables are consulted only for characters Python maps at all.
fn push_upper(out: &mut String, c: char) {
    if in_table(CHANGES_UPPER, c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// `s.upper()` (full Unicode mapping: `'ß'.upper() == 'SS'`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `s.lower()` (with the final-sigma rule).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&mut out, &chars, i);
    }
    out
}

/// `s.casefold()`: full case folding per character (`'ß'` → `ss`), no
/// final-sigma context, as CPython does.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match CASEFOLD_SPECIAL.binary_search_by_key(&(c as u32), |&(k, _)| k) {
            Ok(i) => out.push_str(CASEFOLD_SPECIAL[i].1),
            Err(_) if in_table(CHANGES_LOWER, c) => out.extend(c.to_lowercase()),
            Err(_) => out.push(c),
        }
    }
    out
}

/// Python's "cased" property: Lowercase, Uppercase or titlecase letter.
fn is_cased(c: char) -> bool {
    is_lower_char(c) || is_upper_char(c) || in_table(TITLECASE, c)
}

/// The Lowercase property as CPython 3.11 sees it.
fn is_lower_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_table(LOWERCASE, c)
    }
}

/// The Uppercase property as CPython 3.11 sees it.
fn is_upper_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_table(UPPERCASE, c)
    }
}

/// Appends the title-case mapping of `c` (`'ß'` → `Ss`, `'ǆ'` → `ǅ`).
fn push_title(out: &mut String, c: char) {
    let cp = c as u32;
    match TITLE_SPECIAL.binary_search_by_key(&cp, |&(k, _)| k) {
        Ok(i) => out.push_str(TITLE_SPECIAL[i].1),
        Err(_) => push_upper(out, c),
    }
}

/// Lowercase of `chars[i]` into `out`, applying the final-sigma rule: `Σ` becomes
/// `ς` when a cased letter precedes it and none follows it (case-ignorable
/// characters skipped), as CPython's `lower_ucs4` does.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        if in_table(CHANGES_LOWER, c) {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
        return;
    }
    let ignorable = |c: char| in_table(CASE_IGNORABLE, c);
    let before = chars[..i].iter().rev().find(|&&c| !ignorable(c));
    let after = chars[i + 1..].iter().find(|&&c| !ignorable(c));
    let final_sigma = before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c));
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// `s.title()`: a cased character after a cased one is lowercased, others
/// title-cased (`"they're".title() == "They'Re"`).
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: first character title-cased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    if s.is_ascii() {
        let mut out = s.to_ascii_lowercase();
        if let Some(first) = out.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return out;
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper_char(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower_char(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

// ------------------------------------------------------------ predicates ----

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `s.isspace()`.
pub fn is_space(s: &str) -> bool {
    all_nonempty(s, is_space_char)
}

/// `s.isalpha()`.
pub fn is_alpha(s: &str) -> bool {
    all_nonempty(s, |c| in_table(ALPHA, c))
}

/// `s.isdecimal()`.
pub fn is_decimal(s: &str) -> bool {
    all_nonempty(s, |c| in_table(DECIMAL, c))
}

/// `s.isdigit()` (also superscripts like `'²'`).
pub fn is_digit(s: &str) -> bool {
    all_nonempty(s, |c| in_table(DIGIT, c))
}

/// `s.isnumeric()` (also fractions and CJK numerals).
pub fn is_numeric(s: &str) -> bool {
    all_nonempty(s, |c| in_table(NUMERIC, c))
}

/// `s.isalnum()`.
pub fn is_alnum(s: &str) -> bool {
    all_nonempty(s, |c| in_table(ALPHA, c) || in_table(NUMERIC, c))
}

/// `s.isascii()` (true for the empty string).
pub fn is_ascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isupper()`: some cased character and no lowercase or titlecase one.
pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower_char(c) || in_table(TITLECASE, c) {
            return false;
        }
        cased |= is_upper_char(c);
    }
    cased
}

/// `s.islower()`: some cased character and no uppercase or titlecase one.
pub fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper_char(c) || in_table(TITLECASE, c) {
            return false;
        }
        cased |= is_lower_char(c);
    }
    cased
}

/// `s.istitle()`: upper/titlecase letters only after uncased characters,
/// lowercase letters only after cased ones, and at least one cased character.
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if is_upper_char(c) || in_table(TITLECASE, c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower_char(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()` (XID_Start or `_`, then XID_Continue).
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || in_table(XID_START, c) => it.all(|c| in_table(XID_CONTINUE, c)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values below were printed by CPython 3.11.
    #[test]
    fn slices() {
        assert_eq!(slice_indices(5, None, None, Some(-1)).unwrap(), (4, -1, -1));
        assert_eq!(
            slice_indices(5, Some(-100), Some(100), None).unwrap(),
            (0, 5, 1)
        );
        assert_eq!(
            slice_indices(5, Some(10), Some(-10), Some(-2)).unwrap(),
            (4, -1, -2)
        );
        assert_eq!(slice_indices(5, Some(-2), None, None).unwrap(), (3, 5, 1));
        assert_eq!(
            slice_indices(0, None, None, Some(-1)).unwrap(),
            (-1, -1, -1)
        );
        assert_eq!(
            slice_indices(5, Some(i64::MIN), Some(i64::MAX), Some(i64::MIN)).unwrap(),
            (-1, 4, i64::MIN)
        );
        assert!(slice_indices(5, None, None, Some(0)).is_err());
        assert_eq!(slice_len(4, -1, -1), 5);
        assert_eq!(slice_len(0, 5, 2), 3);
        assert_eq!(slice_len(3, 1, 1), 0);
        assert_eq!(slice_len(-1, 4, i64::MIN), 0);
        assert_eq!(slice_str("hello", None, None, Some(-1)).unwrap(), "olleh");
        assert_eq!(slice_str("héllo", Some(1), Some(3), None).unwrap(), "él");
        assert_eq!(slice_str("héllo", None, None, Some(2)).unwrap(), "hlo");
        assert_eq!(slice_str("hello", Some(-3), None, None).unwrap(), "llo");
        assert_eq!(
            slice_str("hello", Some(4), Some(1), Some(-2)).unwrap(),
            "ol"
        );
        assert_eq!(char_at("héllo", -4), Some('é'));
        assert_eq!(char_at("abc", 3), None);
        assert_eq!(char_index_to_byte("héllo", 2), Some(3));
        assert_eq!(char_index_to_byte("héllo", 5), Some(6));
        assert_eq!(char_index_to_byte("héllo", 6), None);
        assert_eq!(byte_to_char_index("héllo", 3), 2);
        assert_eq!(char_len("héllo"), 5);
    }

    #[test]
    fn searching() {
        assert_eq!(find("hello", "l", None, None), 2);
        assert_eq!(find("hello", "z", None, None), -1);
        assert_eq!(rfind("hello", "l", None, None), 3);
        assert_eq!(find("héllo wörld", "ö", None, None), 7);
        assert_eq!(find("abc", "", Some(3), None), 3);
        assert_eq!(find("abc", "", Some(4), None), -1);
        assert_eq!(find("abc", "", Some(2), Some(1)), -1);
        assert_eq!(rfind("abc", "", None, None), 3);
        assert_eq!(find("abcabc", "b", Some(-3), None), 4);
        assert_eq!(find("abcabc", "c", Some(1), Some(-1)), 2);
        assert_eq!(find("abc", "abcd", None, None), -1);
        assert_eq!(index("hello world", "o", None, None).unwrap(), 4);
        assert_eq!(
            index("a", "b", None, None).unwrap_err().to_string(),
            "substring not found"
        );
        assert_eq!(count("aaa", "a", None, None), 3);
        assert_eq!(count("aaaa", "aa", None, None), 2);
        assert_eq!(count("a\tb", "\t", None, None), 1);
        assert_eq!(count("abc", "", None, None), 4);
        assert_eq!(count("abc", "", Some(1), None), 3);
        assert_eq!(count("abc", "", Some(5), None), 0);
        assert_eq!(count("abc", "", Some(2), Some(1)), 0);
        assert!(starts_with("hello", "he", None, None));
        assert!(ends_with("hello", "lo", None, None));
        assert!(starts_with("abc", "", Some(3), None));
        assert!(!starts_with("abc", "", Some(4), None));
        assert!(starts_with("abc", "b", Some(1), None));
        assert!(!ends_with("abc", "c", None, Some(-1)));
    }

    #[test]
    fn replacing() {
        assert_eq!(replace("hello", "l", "L", None), "heLLo");
        assert_eq!(replace("hello", "l", "L", Some(1)), "heLlo");
        assert_eq!(replace("hello", "l", "L", Some(-1)), "heLLo");
        assert_eq!(replace("abc", "", "-", None), "-a-b-c-");
        assert_eq!(replace("abc", "", "-", Some(2)), "-a-bc");
        assert_eq!(replace("", "", "x", None), "x");
        assert_eq!(replace("abc", "", "-", Some(0)), "abc");
    }

    #[test]
    fn splitting() {
        assert_eq!(split_whitespace("a b  c", -1), vec!["a", "b", "c"]);
        assert_eq!(split_whitespace("  a b  c  ", 1), vec!["a", "b  c  "]);
        assert_eq!(split_whitespace("   ", -1), Vec::<&str>::new());
        assert_eq!(split_whitespace("a\u{3000}b\x1cc", -1), vec!["a", "b", "c"]);
        assert_eq!(split_whitespace("  a b  ", 0), vec!["a b  "]);
        assert_eq!(rsplit_whitespace("  a b  c  ", 1), vec!["  a b", "c"]);
        assert_eq!(rsplit_whitespace("a b c", -1), vec!["a", "b", "c"]);
        assert_eq!(rsplit_whitespace("  a b  ", 0), vec!["  a b"]);
        assert_eq!(split("a,b,c", ",", -1).unwrap(), vec!["a", "b", "c"]);
        assert_eq!(split("a,b,c", ",", 1).unwrap(), vec!["a", "b,c"]);
        assert_eq!(split(",a,", ",", -1).unwrap(), vec!["", "a", ""]);
        assert_eq!(split("", ",", -1).unwrap(), vec![""]);
        assert_eq!(rsplit("a,b,c", ",", 1).unwrap(), vec!["a,b", "c"]);
        assert_eq!(
            split("a", "", -1).unwrap_err().to_string(),
            "empty separator"
        );
        assert_eq!(split("a,b", ",", i64::MAX).unwrap(), vec!["a", "b"]);
        assert_eq!(
            splitlines("a\nb\r\nc\rd\x0be\u{2028}f\n", false),
            vec!["a", "b", "c", "d", "e", "f"]
        );
        assert_eq!(splitlines("a\r\nb\n", true), vec!["a\r\n", "b\n"]);
        assert_eq!(splitlines("", false), Vec::<&str>::new());
        assert_eq!(splitlines("\n\n", false), vec!["", ""]);
        assert_eq!(partition("a=b=c", "=").unwrap(), ("a", "=", "b=c"));
        assert_eq!(rpartition("a=b=c", "=").unwrap(), ("a=b", "=", "c"));
        assert_eq!(partition("abc", "=").unwrap(), ("abc", "", ""));
        assert_eq!(rpartition("abc", "=").unwrap(), ("", "", "abc"));
        assert!(partition("abc", "").is_err());
    }

    #[test]
    fn stripping_and_padding() {
        assert_eq!(strip("  pad  ", None), "pad");
        assert_eq!(strip("\u{3000}\tx\n", None), "x");
        assert_eq!(strip("xxhixyx", Some("xy")), "hi");
        assert_eq!(lstrip("xxhix", Some("x")), "hix");
        assert_eq!(rstrip("xxhix", Some("x")), "xxhi");
        assert_eq!(strip("abc", Some("")), "abc");
        assert_eq!(center("ab", 5, '*').unwrap(), "**ab*");
        assert_eq!(center("ab", 6, '*').unwrap(), "**ab**");
        assert_eq!(center("abc", 6, '*').unwrap(), "*abc**");
        assert_eq!(center("a", 4, '-').unwrap(), "-a--");
        assert_eq!(ljust("ab", 5, '.').unwrap(), "ab...");
        assert_eq!(rjust("ab", 5, 'é').unwrap(), "éééab");
        assert_eq!(rjust("ab", -5, ' ').unwrap(), "ab");
        assert_eq!(zfill("-42", 5).unwrap(), "-0042");
        assert_eq!(zfill("+4", 4).unwrap(), "+004");
        assert_eq!(zfill("abc", 5).unwrap(), "00abc");
        assert_eq!(zfill("", 2).unwrap(), "00");
        assert_eq!(ljust("a", i64::MAX, ' ').unwrap_err(), TextError::TooLong);
        assert_eq!(expandtabs("a\tbc\td", 4).unwrap(), "a   bc  d");
        assert_eq!(expandtabs("a\tb\n\tc", 8).unwrap(), "a       b\n        c");
        assert_eq!(expandtabs("a\tb", 0).unwrap(), "ab");
        assert!(expandtabs("\t", i64::MAX).is_err());
    }

    #[test]
    fn casing() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(lower("ΑΣ"), "ας");
        assert_eq!(title("Title Case"), "Title Case");
        assert_eq!(title("they're bill's"), "They'Re Bill'S");
        assert_eq!(title("hello wORLD 3rd"), "Hello World 3Rd");
        assert_eq!(title("ßx ǆa"), "Ssx ǅa");
        assert_eq!(capitalize("abc"), "Abc");
        assert_eq!(capitalize("hELLO World"), "Hello world");
        assert_eq!(capitalize("ßa"), "Ssa");
        assert_eq!(capitalize(""), "");
        assert_eq!(swapcase("Hello ß"), "hELLO SS");
        assert_eq!(title("aΣééBßΣ"), "Aσéébßς");
        assert_eq!(swapcase("漢a漢éΣ漢Σ😀a"), "漢A漢Éς漢σ😀A");
        assert_eq!(capitalize("AΣ"), "Aς");
        assert_eq!(capitalize("AΣ'a"), "Aσ'a");
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(casefold("ΣΑΣ µ"), "σασ μ");
        assert_eq!(casefold("ﬁᏸ"), "fiᏰ");
    }

    #[test]
    fn predicates() {
        assert!(!is_digit("a"));
        assert!(is_digit("12"));
        assert!(is_digit("²"));
        assert!(!is_decimal("²"));
        assert!(is_numeric("½一"));
        assert!(!is_digit(""));
        assert!(is_alpha("ab"));
        assert!(is_alpha("é漢"));
        assert!(!is_alpha("a1"));
        assert!(is_alnum("a1²½"));
        assert!(!is_alnum(""));
        assert!(is_space(" \t\n\u{3000}\x1c"));
        assert!(!is_space(""));
        assert!(!is_space("\u{200b}"));
        assert!(is_upper("ABC1"));
        assert!(!is_upper("1"));
        assert!(!is_upper("ABc"));
        assert!(is_lower("abc1"));
        assert!(is_lower("ª"));
        assert!(!is_lower(""));
        assert!(is_title("Hello World"));
        assert!(!is_title("Hello world"));
        assert!(!is_title("HEllo"));
        assert!(is_title("ǅa"));
        assert!(!is_title(""));
        assert!(is_identifier("_x1"));
        assert!(is_identifier("é漢"));
        assert!(!is_identifier("1x"));
        assert!(!is_identifier(""));
        assert!(!is_identifier("a-b"));
        assert!(is_ascii(""));
    }
}
