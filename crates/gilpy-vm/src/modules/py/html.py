"""html: escape() and unescape() (gilpy's own). unescape knows numeric references
(with CPython's replacements for invalid code points) and the common named entities,
not the full HTML5 table."""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replaces &, < and > (and \" and ' when quote is true) with HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Names that HTML5 also accepts without the trailing ';'.
_LEGACY = {
    "amp": "&", "lt": "<", "gt": ">", "quot": '"', "nbsp": "\xa0", "copy": "\xa9",
    "reg": "\xae", "deg": "\xb0", "plusmn": "\xb1", "micro": "\xb5", "para": "\xb6",
    "middot": "\xb7", "frac12": "\xbd", "frac14": "\xbc", "frac34": "\xbe",
    "times": "\xd7", "divide": "\xf7", "sect": "\xa7", "laquo": "\xab", "raquo": "\xbb",
    "iexcl": "\xa1", "iquest": "\xbf", "cent": "\xa2", "pound": "\xa3", "yen": "\xa5",
    "curren": "\xa4", "not": "\xac", "shy": "\xad", "uml": "\xa8", "acute": "\xb4",
    "AMP": "&", "LT": "<", "GT": ">", "QUOT": '"', "COPY": "\xa9", "REG": "\xae",
    "eacute": "\xe9", "Eacute": "\xc9", "egrave": "\xe8", "agrave": "\xe0",
    "aacute": "\xe1", "ouml": "\xf6", "uuml": "\xfc", "auml": "\xe4", "Ouml": "\xd6",
    "Uuml": "\xdc", "Auml": "\xc4", "szlig": "\xdf", "ccedil": "\xe7", "ntilde": "\xf1",
}

# Names that need the ';'.
_SEMI_ONLY = {
    "apos": "'", "euro": "\u20ac", "hellip": "\u2026", "mdash": "\u2014",
    "ndash": "\u2013", "lsquo": "\u2018", "rsquo": "\u2019", "ldquo": "\u201c",
    "rdquo": "\u201d", "bull": "\u2022", "trade": "\u2122", "larr": "\u2190",
    "rarr": "\u2192", "uarr": "\u2191", "darr": "\u2193", "harr": "\u2194",
    "hearts": "\u2665", "infin": "\u221e", "ne": "\u2260", "le": "\u2264",
    "ge": "\u2265", "alpha": "\u03b1", "beta": "\u03b2", "gamma": "\u03b3",
    "delta": "\u03b4", "pi": "\u03c0", "sigma": "\u03c3", "omega": "\u03c9",
    "lambda": "\u03bb", "mu": "\u03bc", "thinsp": "\u2009", "ensp": "\u2002",
    "emsp": "\u2003", "zwj": "\u200d", "zwnj": "\u200c", "dagger": "\u2020",
    "Dagger": "\u2021", "permil": "\u2030", "prime": "\u2032", "minus": "\u2212",
    "sum": "\u2211", "radic": "\u221a", "check": "\u2713", "star": "\u2606",
    "Tab": "\t", "NewLine": "\n", "excl": "!", "num": "#", "dollar": "$",
    "percnt": "%", "lpar": "(", "rpar": ")", "ast": "*", "plus": "+", "comma": ",",
    "period": ".", "sol": "/", "colon": ":", "semi": ";", "equals": "=",
    "quest": "?", "commat": "@", "lsqb": "[", "rsqb": "]", "bsol": "\\",
    "lowbar": "_", "grave": "`", "lcub": "{", "rcub": "}", "verbar": "|",
}

# Windows-1252 meanings HTML5 gives to references in 0x80..0x9f (and 0x0d, 0x00).
_INVALID_CHARREFS = {
    0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a",
    0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021",
    0x88: "\u02c6", 0x89: "\u2030", 0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152",
    0x8d: "\x8d", 0x8e: "\u017d", 0x8f: "\x8f", 0x90: "\x90", 0x91: "\u2018",
    0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013",
    0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a",
    0x9c: "\u0153", 0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178",
}

_INVALID_CODEPOINTS = set(list(range(0x1, 0x9)) + [0xb] + list(range(0xe, 0x20))
                          + list(range(0x7f, 0xa0)) + list(range(0xfdd0, 0xfdf0))
                          + [0xfffe, 0xffff] + [(p << 16) | 0xfffe for p in range(1, 17)]
                          + [(p << 16) | 0xffff for p in range(1, 17)])


def _replace_charref(m):
    s = m.group(1)
    if s[0] == "#":
        if s[1] in "xX":
            num = int(s[2:].rstrip(";"), 16)
        else:
            num = int(s[1:].rstrip(";"))
        if num in _INVALID_CHARREFS:
            return _INVALID_CHARREFS[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return "\ufffd"
        if num in _INVALID_CODEPOINTS:
            return ""
        return chr(num)
    if s.endswith(";"):
        name = s[:-1]
        if name in _LEGACY:
            return _LEGACY[name]
        if name in _SEMI_ONLY:
            return _SEMI_ONLY[name]
    if s in _LEGACY:
        return _LEGACY[s]
    # the longest legacy name that prefixes s, as in "&amp" or "&copy2024"
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _LEGACY:
            return _LEGACY[s[:x]] + s[x:]
    return "&" + s


_charref = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """Converts named and numeric character references in s to the characters."""
    if "&" not in s:
        return s
    return _charref.sub(_replace_charref, s)
