# hashlib: checksums and fingerprints, as everyday scripts compute them.
import hashlib

text = "The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, text.encode("utf-8"))
    print(name, h.digest_size, h.block_size, h.hexdigest())

# Incremental hashing gives the same digest as one call.
h = hashlib.sha256()
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(text.encode()).hexdigest())
print(h.name, len(h.digest()), h.digest()[:4])

# copy() forks the running state.
base = hashlib.md5(b"prefix-")
a = base.copy()
a.update(b"a")
b = base.copy()
b.update(b"b")
print(a.hexdigest(), b.hexdigest(), base.hexdigest())

# Empty input and unicode text.
print(hashlib.sha1().hexdigest())
print(hashlib.md5("héllo wörld".encode()).hexdigest())
print(hashlib.sha256(b"").hexdigest()[:16])


def file_fingerprint(lines):
    digest = hashlib.sha1()
    for line in lines:
        digest.update(line.encode())
    return digest.hexdigest()[:10]


print(file_fingerprint(["alpha\n", "beta\n", "gamma\n"]))
print(hashlib.new("SHA512").name, hashlib.md5(usedforsecurity=False).name)
print("sha256" in hashlib.algorithms_guaranteed)

# Password-style hashing with a salt.
salt = b"s4lt"
print(hashlib.sha256(salt + b"hunter2").hexdigest())

try:
    hashlib.sha256("not bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nosuchhash")
except ValueError as e:
    print("ValueError:", e)
