import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINTR, errno.EAGAIN, errno.EPIPE)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.ETIMEDOUT, errno.ECONNREFUSED)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], len(errno.errorcode) > 100)
print(errno.EISDIR, errno.ENOTDIR, errno.EINVAL, errno.ENOSPC, errno.EBADF)
try:
    open("/definitely/not/here.txt")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.mkdir("/")
except OSError as e:
    print(e.errno in (errno.EEXIST, errno.EACCES), type(e).__name__)
print(sorted(n for n in dir(errno) if n.startswith("EN"))[:5])
