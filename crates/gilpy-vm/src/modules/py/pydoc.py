"""pydoc: the text `help()` prints, for functions, methods, classes and modules.

render_doc, plain, getdoc, describe and help, laid out as CPython 3.11's TextDoc
renders them to a non-terminal. Differences: a module's page lists its classes,
functions and data with their first line only; no interactive help prompt (help()
with no argument prints a note), no pager, no keyword or topic pages.
"""

import inspect
import sys

__all__ = ["help", "render_doc", "getdoc", "describe", "plain"]

# What `object`'s own methods document (what a method without a docstring inherits).
_OBJECT_DOCS = {
    "__init__": "Initialize self.  See help(type(self)) for accurate signature.",
    "__new__": "Create and return a new object.  See help(type) for accurate signature.",
    "__repr__": "Return repr(self).",
    "__str__": "Return str(self).",
    "__hash__": "Return hash(self).",
    "__eq__": "Return self==value.",
    "__ne__": "Return self!=value.",
    "__lt__": "Return self<value.",
    "__le__": "Return self<=value.",
    "__gt__": "Return self>value.",
    "__ge__": "Return self>=value.",
    "__getattribute__": "Return getattr(self, name).",
    "__setattr__": "Implement setattr(self, name, value).",
    "__delattr__": "Implement delattr(self, name).",
    "__format__": "Default object formatter.",
    "__init_subclass__": ("This method is called when a class is subclassed.\n\n"
                          "The default implementation does nothing. It may be\n"
                          "overridden to extend subclasses."),
}

_DESCRIPTOR_DOCS = {
    "__dict__": "dictionary for instance variables",
    "__weakref__": "list of weak references to the object",
}

_HIDDEN = {"__author__", "__builtins__", "__cached__", "__credits__", "__date__",
           "__doc__", "__file__", "__spec__", "__loader__", "__module__", "__name__",
           "__package__", "__path__", "__qualname__", "__slots__", "__version__",
           "__annotations__", "__dataclass_fields__", "__dataclass_params__",
           "__match_args__", "__firstlineno__", "__static_attributes__",
           "__abstractmethods__", "__orig_bases__", "__parameters__"}


def plain(text):
    return text


def _cleandoc(doc):
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def _owndoc(obj):
    doc = getattr(obj, "__doc__", None)
    if doc is None or not isinstance(doc, str):
        return None
    if not isinstance(obj, type) and type(obj).__doc__ == doc:
        return None
    return doc


def _finddoc(obj, cls=None):
    func = getattr(obj, "__func__", obj)
    name = getattr(func, "__name__", None)
    if cls is None:
        self = getattr(obj, "__self__", None)
        if self is not None:
            cls = self if isinstance(self, type) else type(self)
    if cls is None or name is None:
        return None
    for base in cls.__mro__:
        if base is object:
            return _OBJECT_DOCS.get(name)
        if name in base.__dict__:
            raw = base.__dict__[name]
            doc = _owndoc(getattr(raw, "__func__", raw))
            if doc is not None:
                return doc
    return None


def getdoc(obj, cls=None):
    doc = _owndoc(obj)
    if doc is None:
        doc = _finddoc(obj, cls)
    return _cleandoc(doc)


def _indent(text, prefix="    "):
    if not text:
        return ""
    return "\n".join(prefix + line for line in text.split("\n"))


def _classname(cls, modname):
    name = cls.__qualname__
    if cls.__module__ != modname:
        name = cls.__module__ + "." + name
    return name


def _signature(obj, skip_first=False):
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return "(...)"
    if skip_first:
        params = list(sig.parameters.values())[1:]
        sig = sig.replace(parameters=params)
    return str(sig)


def _docroutine(obj, name=None, mod=None, cl=None):
    realname = getattr(obj, "__name__", name)
    name = name or realname
    note = ""
    skip = False
    self = getattr(obj, "__self__", None)
    func = getattr(obj, "__func__", None)
    if func is not None and self is not None:
        skip = True
        if isinstance(self, type):
            note = " from " + _classname(type(self), mod)
        else:
            note = " method of %s instance" % _classname(type(self), mod)
        target = func
    else:
        target = obj
    title = name if name == realname else "%s = %s" % (name, realname)
    if realname == "<lambda>":
        title = "%s lambda " % name
    sig = _signature(target, skip)
    if realname == "<lambda>":
        sig = sig[1:-1]
    decl = title + sig + note
    doc = getdoc(obj, cl)
    if doc:
        return decl + "\n" + _indent(doc).rstrip() + "\n"
    return decl + "\n"


def _docdata(name, value, cl=None):
    parts = [name + "\n"]
    doc = _DESCRIPTOR_DOCS.get(name) if not isinstance(value, property) else None
    if doc is None:
        doc = getdoc(value, cl)
    if doc:
        parts.append(_indent(doc) + "\n")
    return "".join(parts)


def _repr(value):
    text = repr(value)
    if len(text) > 100:
        i = max(0, (100 - 3) // 2)
        j = max(0, 100 - 3 - i)
        text = text[:i] + "..." + text[len(text) - j:]
    return text


def _kind(cls, name, raw):
    if name in ("__dict__", "__weakref__"):
        return "data descriptor"
    if isinstance(raw, staticmethod):
        return "static method"
    if isinstance(raw, classmethod):
        return "class method"
    if isinstance(raw, property):
        return "readonly property" if raw.fset is None else "data descriptor"
    if inspect.isfunction(raw) or inspect.isbuiltin(raw):
        return "method"
    if hasattr(type(raw), "__get__") and (hasattr(type(raw), "__set__")
                                          or hasattr(type(raw), "__delete__")):
        return "data descriptor"
    return "data"


def _docclass(cls, name=None, mod=None):
    realname = cls.__name__
    name = name or realname
    title = "class " + realname if name == realname else "%s = class %s" % (name, realname)
    bases = cls.__bases__
    if bases:
        title += "(%s)" % ", ".join(_classname(b, cls.__module__) for b in bases)
    contents = []
    push = contents.append
    try:
        sig = str(inspect.signature(cls))
    except (TypeError, ValueError):
        sig = None
    if sig and sig != "()":
        push(name + sig + "\n")
    doc = _cleandoc(cls.__dict__.get("__doc__"))
    if doc:
        push(doc + "\n")
    mro = list(cls.__mro__)
    if len(mro) > 2:
        push("Method resolution order:")
        for base in mro:
            push("    " + _classname(base, cls.__module__))
        push("")
    seen = set()
    homes = []
    for k in mro:
        if k is object:
            continue
        own = []
        for attr, raw in k.__dict__.items():
            if attr in seen or attr in _HIDDEN:
                continue
            if attr.startswith("_") and attr.endswith("_") is False and attr.startswith("__"):
                continue
            seen.add(attr)
            own.append((attr, _kind(k, attr, raw), raw))
        homes.append((k, sorted(own, key=lambda t: t[0])))
    state = {"rule": False}

    def section(msg, items, render):
        if not items:
            return
        if state["rule"]:
            push("-" * 70)
        state["rule"] = True
        push(msg)
        for attr, kind, raw in items:
            push(render(attr, raw))

    for k, attrs in homes:
        tag = "defined here" if k is cls else "inherited from %s" % _classname(k, cls.__module__)

        def pick(kind):
            return [t for t in attrs if t[1] == kind]

        section("Methods %s:\n" % tag, pick("method"),
                lambda a, raw: _docroutine(getattr(cls, a), a, cls.__module__, cls))
        section("Class methods %s:\n" % tag, pick("class method"),
                lambda a, raw: _docroutine(getattr(cls, a), a, cls.__module__, cls))
        section("Static methods %s:\n" % tag, pick("static method"),
                lambda a, raw: _docroutine(getattr(cls, a), a, cls.__module__, cls))
        section("Readonly properties %s:\n" % tag, pick("readonly property"),
                lambda a, raw: _docdata(a, raw, cls))
        section("Data descriptors %s:\n" % tag, pick("data descriptor"),
                lambda a, raw: _docdata(a, raw, cls))
        section("Data and other attributes %s:\n" % tag, pick("data"),
                lambda a, raw: "%s = %s\n" % (a, _repr(raw)))
    text = "\n".join(contents)
    if not text:
        return title + "\n"
    return title + "\n" + _indent(text.rstrip(), " |  ") + "\n"


def _docmodule(module, name=None):
    name = module.__name__
    parts = ["NAME\n" + _indent(name + _synopsis(module))]
    doc = _cleandoc(getattr(module, "__doc__", None))
    if doc and "\n" in doc:
        parts.append("DESCRIPTION\n" + _indent(doc.split("\n", 1)[1].strip()))
    classes, funcs, data = [], [], []
    found = []
    for key, value in sorted(vars(module).items()):
        if key.startswith("_") or key in _HIDDEN:
            continue
        if isinstance(value, type) and value.__module__ == name:
            found.append(value)
            classes.append(_docclass(value, key, name))
        elif (inspect.isfunction(value) or inspect.isbuiltin(value)) and \
                getattr(value, "__module__", name) in (name, None):
            funcs.append(_docroutine(value, key, name))
        elif not inspect.ismodule(value) and not callable(value):
            data.append("%s = %s" % (key, _repr(value)))
    if classes:
        tree = _formattree(found, name)
        parts.append("CLASSES\n" + _indent(tree + "\n".join(classes).rstrip()))
    if funcs:
        parts.append("FUNCTIONS\n" + _indent("\n".join(funcs).rstrip()))
    if data:
        parts.append("DATA\n" + _indent("\n".join(data)))
    file = getattr(module, "__file__", None)
    parts.append("FILE\n" + _indent(file if file else "(built-in)"))
    return "\n\n".join(parts) + "\n\n"


def _formattree(classes, modname):
    # The inheritance tree CLASSES starts with: each base outside the list, then the
    # listed classes deriving from it, indented (as inspect.getclasstree lays it out).
    children = {}
    roots = []
    for c in classes:
        for parent in c.__bases__ or (object,):
            if parent not in children:
                children[parent] = []
            if c not in children[parent]:
                children[parent].append(c)
            if parent not in classes and parent not in roots:
                roots.append(parent)
    lines = []

    def walk(c, parent, depth):
        text = "    " * depth + _classname(c, modname)
        if parent is not None and c.__bases__ and c.__bases__ != (parent,):
            text += "(%s)" % ", ".join(_classname(b, modname) for b in c.__bases__)
        lines.append(text)
        for child in children.get(c, []):
            walk(child, c, depth + 1)

    for r in roots:
        walk(r, None, 0)
    return "\n".join(lines) + "\n\n"


def _synopsis(module):
    doc = _cleandoc(getattr(module, "__doc__", None))
    return " - " + doc.split("\n")[0] if doc else ""


def describe(thing):
    if inspect.ismodule(thing):
        return "built-in module " + thing.__name__ if not getattr(thing, "__file__", None) \
            else "module " + thing.__name__
    if inspect.isclass(thing):
        return "class " + thing.__name__
    if inspect.ismethod(thing):
        return "method " + thing.__name__
    if inspect.isfunction(thing):
        return "function " + thing.__name__
    if inspect.isbuiltin(thing):
        return "built-in function " + thing.__name__
    if isinstance(thing, property):
        return "property"
    return type(thing).__name__


def render_doc(thing, title="Help on %s:", forceload=0):
    if isinstance(thing, str):
        import importlib
        thing = importlib.import_module(thing)
    desc = describe(thing)
    module = inspect.getmodule(thing)
    if not inspect.ismodule(thing) and module is not None and module is not thing:
        desc += " in module " + module.__name__
    if not (inspect.ismodule(thing) or inspect.isclass(thing) or inspect.isroutine(thing)
            or isinstance(thing, property)):
        thing = type(thing)
        desc += " object"
    if inspect.ismodule(thing):
        body = _docmodule(thing)
    elif inspect.isclass(thing):
        body = _docclass(thing)
    elif isinstance(thing, property):
        body = _docdata(getattr(thing.fget, "__name__", "property"), thing)
    else:
        body = _docroutine(thing)
    return title % desc + "\n\n" + body


def help(request=None):
    if request is None:
        sys.stdout.write("gilpy has no interactive help; call help(object).\n")
        return
    sys.stdout.write(render_doc(request) + "\n")
