# traceback.TracebackException: stack positions, chained causes and contexts,
# format(chain=...), format_exception_only, str, and markers in its format().
import re
import traceback


def clean(text):
    return re.sub(r'File "([^"]*)"', lambda m: 'File "%s"' % m.group(1).rsplit("/", 1)[-1], text)


def parse(s):
    return int(s) * 2


def load(data):
    try:
        return parse(data["v"])
    except ValueError as e:
        raise RuntimeError("cannot load") from e


def run():
    try:
        load({"v": "x1"})
    finally:
        cleanup = None
        cleanup.close()


try:
    run()
except Exception as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__suppress_context__)
    for fs in te.stack:
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line)
    ctx = te.__context__
    print(ctx.exc_type.__name__, str(ctx), ctx.__cause__.exc_type.__name__)
    for fs in ctx.__cause__.stack:
        print(fs.name, fs.lineno, fs.colno, fs.end_colno)
    print(clean("".join(te.format())), end="")
    print("--- no chain")
    print(clean("".join(te.format(chain=False))), end="")
    print("".join(te.format_exception_only()), end="")
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print(len(te2.stack), te2.stack[0].name)
    print(te == traceback.TracebackException.from_exception(e))
