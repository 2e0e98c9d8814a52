def area(w, h=2, *args, k=1, **kw):
    """Compute the area.

    More text here.
    """
    return w * h

def nodoc(x):
    return x

class Base:
    """A base class."""
    kind = "base"
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        """Say hello."""
        return "hi"
    @property
    def upper(self):
        """The name in capitals."""
        return self.name.upper()
    @staticmethod
    def make(n):
        """Build one."""
        return Base(n)
    @classmethod
    def named(cls, n):
        return cls(n)

class Child(Base):
    count = 3
    def greet(self, other):
        return "yo"

help(area)
help(nodoc)
help(Base)
help(Child)
help(Base.greet)
help(Child().greet if False else Base)
