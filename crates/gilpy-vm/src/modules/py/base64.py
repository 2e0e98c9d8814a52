"""base64: RFC 4648 base16/32/64 encodings over bytes (gilpy's own, in Python).
Decoding errors raise `base64.Error`, a ValueError subclass like binascii.Error."""

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode", "b32encode", "b32decode",
           "b16encode", "b16decode", "encodebytes", "decodebytes", "Error"]


class Error(ValueError):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B64_REV = {}
for _i, _c in enumerate(_B64):
    _B64_REV[_c] = _i
_B32_REV = {}
for _i, _c in enumerate(_B32):
    _B32_REV[_c] = _i
_WS = b" \t\n\r\x0b\x0c"


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % type(s).__name__)


def _check_bytes(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _translate(s, a, b):
    table = {a[0]: b[0], a[1]: b[1]}
    return bytes([table.get(c, c) for c in s])


def _b64enc(s):
    out = []
    n = len(s)
    i = 0
    while i + 3 <= n:
        v = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = s[i] << 16
        out += [_B64[v >> 18], _B64[(v >> 12) & 63], 61, 61]
    elif rest == 2:
        v = (s[i] << 16) | (s[i + 1] << 8)
        out += [_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], 61]
    return bytes(out)


def _b64dec(s, validate):
    if validate:
        for c in s:
            if c not in _B64_REV and c != 61:
                raise Error("Only base64 data is allowed")
    vals = []
    pad = 0
    for c in s:
        if c == 61:
            # CPython stops at padding once the quad is complete
            if len(vals) % 4 >= 2:
                pad += 1
                if len(vals) % 4 + pad >= 4:
                    break
            elif validate:
                raise Error("Incorrect padding") if len(vals) % 4 else Error("Only base64 data is allowed")
            continue
        v = _B64_REV.get(c)
        if v is None:
            continue
        if pad:
            if validate:
                raise Error("Discontinuous padding not allowed")
            pad = 0
        vals.append(v)
    r = len(vals) % 4
    if r == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) "
                    "cannot be 1 more than a multiple of 4" % len(vals))
    if r and r + pad < 4:
        raise Error("Incorrect padding")
    out = []
    i = 0
    n = len(vals)
    while i + 4 <= n:
        v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
        out += [v >> 16, (v >> 8) & 255, v & 255]
        i += 4
    if r == 2:
        v = (vals[i] << 18) | (vals[i + 1] << 12)
        out.append(v >> 16)
    elif r == 3:
        v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6)
        out += [v >> 16, (v >> 8) & 255]
    return bytes(out)


def b64encode(s, altchars=None):
    """Encodes the bytes-like object s with Base64; altchars replaces '+/'."""
    encoded = _b64enc(_check_bytes(s))
    if altchars is not None:
        altchars = _check_bytes(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        return _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decodes Base64 s (bytes or ASCII str); validate rejects non-alphabet bytes."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = _translate(s, altchars, b"+/")
    return _b64dec(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b"-_", b"+/"))


def encodebytes(s):
    """Base64 with a newline after every 76 output characters and at the end."""
    s = _check_bytes(s)
    out = b""
    for i in range(0, len(s), 57):
        out += _b64enc(s[i:i + 57]) + b"\n"
    return out


def decodebytes(s):
    return _b64dec(_check_bytes(s), False)


def b32encode(s):
    s = _check_bytes(s)
    out = []
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = len(chunk)
        v = int.from_bytes(chunk + b"\x00" * (5 - n), "big")
        digits = [_B32[(v >> (35 - 5 * k)) & 31] for k in range(8)]
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[n]
        out += digits[:keep] + [61] * (8 - keep)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = bytes([(79 if c == 48 else (map01[0] if c == 49 else c)) for c in s])
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    out = b""
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        v = 0
        for c in quanta:
            d = _B32_REV.get(c)
            if d is None:
                raise Error("Non-base32 digit found")
            v = (v << 5) | d
        v <<= 5 * (8 - len(quanta))
        out += v.to_bytes(5, "big")
    if len(s) and padchars:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None:
            raise Error("Incorrect padding")
        out = out[:len(out) - 5 + keep]
    return out


def b16encode(s):
    return _check_bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise Error("Non-base16 digit found")
    if len(s) % 2:
        raise Error("Odd-length string")
    return bytes.fromhex(s.decode("ascii"))
