# send, throw, close, GeneratorExit, PEP 479, "already executing".
def g1():
    try:
        x = yield 1
        print("received", x)
        yield 2
    except ValueError as e:
        print("caught in generator:", e)
        yield "recovered"
    finally:
        print("finally of g1")

g = g1()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("g1 exhausted")

# send a non-None value to a just-started generator
g = g1()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

# throw with a class, and with (type, value)
def g2():
    while True:
        try:
            yield
        except KeyError as e:
            print("KeyError", e)
        except IndexError as e:
            print("IndexError", e.args)
g = g2()
next(g)
g.throw(KeyError)
g.throw(KeyError("k"))
g.throw(IndexError, "bad index")
try:
    g.throw(ZeroDivisionError("uncaught"))
except ZeroDivisionError as e:
    print("propagated:", e)
try:
    next(g)
except StopIteration:
    print("dead after uncaught throw")

# throw into a fresh generator raises at once and finishes it
def g3():
    print("never runs")
    yield 1
g = g3()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e)
print(list(g))

# throw(non-exception)
try:
    g2().throw(42)
except TypeError as e:
    print("TypeError:", e)

# close: finally runs, GeneratorExit can be caught
def g4():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup g4")
g = g4()
print(next(g))
print(g.close())
print(g.close())
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")

# close on a fresh or finished generator does nothing
g = g4()
g.close()
print(list(g))

# ignoring GeneratorExit is an error
def g5():
    try:
        yield
    except GeneratorExit:
        print("ignoring exit")
    yield "again"
g = g5()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# returning from the GeneratorExit handler is fine
def g6():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g = g6()
next(g)
print(g.close())

# another exception during close propagates
def g7():
    try:
        yield
    finally:
        raise KeyError("from finally")
g = g7()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))

# PEP 479: StopIteration inside a generator becomes RuntimeError
def g8():
    yield 1
    raise StopIteration("inner")
g = g8()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def g9():
    it = iter([])
    yield next(it)
try:
    list(g9())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# a StopIteration caught inside the generator is fine
def g10():
    try:
        next(iter([]))
    except StopIteration:
        yield "handled"
print(list(g10()))

# generator already executing
def g11():
    yield next(me)
me = g11()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def g12():
    print("running:", me2.gi_running)
    yield me2.send(None)
me2 = g12()
print("before:", me2.gi_running)
try:
    next(me2)
except ValueError as e:
    print("ValueError:", e)
print("after:", me2.gi_running)

# exceptions propagate out of the generator to the consumer, with a traceback chain
def g13():
    yield 1
    1 / 0
try:
    for x in g13():
        print("item", x)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# a generator handling an exception across a yield keeps it as the context
def g14():
    try:
        raise KeyError("outer")
    except KeyError:
        yield "in except"
        raise ValueError("inner")
g = g14()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("context:", repr(e.__context__))
