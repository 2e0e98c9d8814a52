# uuid: parsing, the str/hex/int/bytes forms, fields, uuid3/uuid5, uuid4's shape.
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u))
print(u.hex, u.int, u.urn)
print(u.bytes)
print(u.bytes_le)
print(u.fields, u.time_low, u.node, u.clock_seq, u.time)
print(u.variant, u.version)
print(uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.UUID(fields=u.fields) == u, uuid.UUID('urn:uuid:' + str(u)) == u, uuid.UUID(u.hex) == u)
print(hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/a'))
print(uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3').version, uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x').version)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), str(r).count('-'), r != uuid.uuid4())
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2), uuid.UUID(int=9)]))
print(uuid.UUID(int=1, version=4))
d = {u: 1}
print(d[uuid.UUID(str(u))])
for bad in [dict(hex='123'), dict(int=-1), dict(int=1 << 128), dict(bytes=b'x'), {}]:
    try:
        uuid.UUID(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 3
except TypeError as e:
    print('TypeError', e)
print(u == str(u), u != 5)
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b'x')
except TypeError as e:
    print('TypeError', e)
