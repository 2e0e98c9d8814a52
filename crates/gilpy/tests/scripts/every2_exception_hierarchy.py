class AppError(Exception):
    """Base class for application errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NotFoundError(AppError):
    pass

class PermissionDenied(AppError):
    def __init__(self, user, action="access"):
        self.user = user
        self.action = action
        super().__init__(user, action)

    def __str__(self):
        return f"user {self.user!r} may not {self.action}"

def handle(kind):
    if kind == "validate":
        raise ValidationError("email", "missing @")
    if kind == "find":
        raise NotFoundError("record 42")
    if kind == "perm":
        raise PermissionDenied("guest", "delete")
    if kind == "key":
        return {}["x"]
    return "ok"

for kind in ["validate", "find", "perm", "key", "none"]:
    try:
        result = handle(kind)
    except ValidationError as e:
        print("validation:", e, "| field =", e.field)
    except AppError as e:
        print(f"{type(e).__name__}: {e} | args={e.args}")
    except LookupError as e:
        print("lookup:", repr(e))
    else:
        print("result:", result)

print(issubclass(ValidationError, AppError), issubclass(KeyError, LookupError))
print(ValidationError.__mro__[1:3])
print(AppError.__doc__)
e = AppError()
print(repr(e), str(e) == "", repr(AppError("a", 1)))
