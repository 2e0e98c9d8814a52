class A:
    pass
class P:
    @property
    def __class__(self):
        return int
class G:
    def __getattribute__(self, n):
        if n == "__class__":
            return str
        return object.__getattribute__(self, n)
class V:
    __class__ = float
a = A()
print(a.__class__, P().__class__, G().__class__, V().__class__, isinstance(P(), int))
a.__class__ = type("B", (), {})
print(a.__class__.__name__)
