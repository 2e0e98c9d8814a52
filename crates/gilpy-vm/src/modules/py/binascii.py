"""binascii: conversions between binary data and ASCII encodings.

hexlify/b2a_hex, unhexlify/a2b_hex, crc32, crc_hqx, b2a_base64/a2b_base64 and the
Error/Incomplete exceptions, as CPython's. Not provided: uu, qp and hqx codecs.
"""

__all__ = ["Error", "Incomplete", "hexlify", "b2a_hex", "unhexlify", "a2b_hex",
           "crc32", "crc_hqx", "b2a_base64", "a2b_base64"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes_of(data, name):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = _bytes_of(data, "hexlify")
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _bytes_of(hexstr, "unhexlify")
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(data.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found")


a2b_hex = unhexlify


def _make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


_CRC_TABLE = _make_crc_table()


def crc32(data, value=0):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC_TABLE
    for b in _bytes_of(data, "crc32"):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, value):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    crc = value & 0xFFFF
    for b in _bytes_of(data, "crc_hqx"):
        crc ^= b << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def b2a_base64(data, *, newline=True):
    import base64
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    out = base64.b64encode(_bytes_of(data, "b2a_base64"))
    return out + b"\n" if newline else out


def a2b_base64(data, *, strict_mode=False):
    import base64
    try:
        return base64.b64decode(_bytes_of(data, "a2b_base64"), validate=strict_mode)
    except ValueError as e:
        raise Error(str(e))
