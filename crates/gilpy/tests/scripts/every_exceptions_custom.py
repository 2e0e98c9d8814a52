class AppError(Exception):
    """Base for app errors."""

class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

class NotFound(AppError):
    pass

def check(v):
    if v < 0:
        raise ValidationError("v", "must be non-negative")
    if v == 0:
        raise NotFound("zero not found")
    return v

for v in (5, -1, 0):
    try:
        print("ok", check(v))
    except ValidationError as e:
        print("validation:", e, "| field:", e.field, "|", repr(e))
    except AppError as e:
        print("app error:", type(e).__name__, e.args)
    else:
        print("no error")
    finally:
        print("checked", v)
print(issubclass(ValidationError, AppError), isinstance(NotFound(), Exception))
e = ValueError("bad", 42)
print(str(e), repr(e), e.args)
print(str(KeyError("k")), repr(KeyError("k")))
print(repr(Exception()), str(Exception()), repr(OSError(2, "No such file")))
print(str(OSError(2, "No such file")))
