"""secrets: random tokens and choices (gilpy's own). Draws from a private
random.Random seeded at import, so seeding the global `random` does not make tokens
predictable; gilpy has no OS CSPRNG binding yet, so this is not cryptographic."""

import random as _random
import base64 as _base64

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes",
           "token_hex", "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32

SystemRandom = _random.Random
_sysrand = _random.Random()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand.randrange(exclusive_upper_bound)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    if nbytes <= 0:
        return b""
    return _sysrand.getrandbits(nbytes * 8).to_bytes(nbytes, "little")


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    """Equality of two str (ASCII) or two bytes values, scanning all of both."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            a = a.encode("ascii")
            b = b.encode("ascii")
        except UnicodeEncodeError:
            raise TypeError("comparing strings with non-ASCII characters is not supported")
    elif isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray)):
        pass
    else:
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    result = len(a) ^ len(b)
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
