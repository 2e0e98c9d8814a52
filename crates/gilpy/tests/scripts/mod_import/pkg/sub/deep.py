import pkg.mod

NAME = __name__
USES = pkg.mod.f()
