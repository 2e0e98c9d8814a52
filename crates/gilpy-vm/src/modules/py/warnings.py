"""warnings for gilpy: warn() with a category and stacklevel, CPython's filter list
(filterwarnings/simplefilter/resetwarnings), the "default" once-per-location rule,
showwarning/formatwarning and catch_warnings(record=True).

The caller's file and line come from the native `sys._gilpy_caller` (gilpy has no
frame objects); everything else follows CPython's Lib/warnings.py behaviour."""

import sys

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message text or None, category, module name or None, lineno); first match
# wins, as in CPython. The defaults are CPython 3.11's for a release build.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
# Where each (text, category, lineno) already warned, per file (CPython keeps this in
# each module's __warningregistry__); cleared whenever the filters change.
_registries = {}


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message,
            self._category_name,
            self.filename,
            self.lineno,
            self.line,
        )


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, text in enumerate(f):
                if i + 1 == lineno:
                    return text
    except (OSError, UnicodeDecodeError):
        return ""
    return ""


def _showwarning_orig(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(message, category, filename, lineno, line)
    try:
        file.write(text)
    except OSError:
        pass


showwarning = _showwarning_orig


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))


def _add_filter(item, append):
    global filters
    if not append:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _registries.clear()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    # CPython compiles these as case-insensitive / exact regexes; plain prefix and
    # equality tests cover the everyday uses.
    _add_filter((action, message.lower() or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    global filters
    filters = []
    _registries.clear()


def _matches(item, text, category, module, lineno):
    action, msg, cat, mod, ln = item
    if msg is not None and not text.lower().startswith(msg):
        return False
    if not issubclass(category, cat):
        return False
    if mod is not None and mod != module:
        return False
    return ln == 0 or ln == lineno


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(
            "category must be a Warning subclass, not '%s'" % type(category).__name__
        )
    filename, lineno, line, module = sys._gilpy_caller(stacklevel)
    warn_explicit(message, category, filename, lineno, module, None, None, source, line)


def warn_explicit(
    message,
    category,
    filename,
    lineno,
    module=None,
    registry=None,
    module_globals=None,
    source=None,
    _line=None,
):
    lineno = int(lineno)
    if module is None:
        # CPython: the file name without ".py" (warn() passes the caller's __name__).
        module = filename[:-3] if filename.endswith(".py") else filename or "<unknown>"
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    if registry is None:
        registry = _registries.setdefault(filename, {})
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = defaultaction
    for item in filters:
        if _matches(item, text, category, module, lineno):
            action = item[0]
            break
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    msg = WarningMessage(message, category, filename, lineno, None, _line or None, source)
    _showwarnmsg(msg)


def _showwarnmsg(msg):
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None
        if action is not None:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global filters, showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters
        filters = filters[:]
        _registries.clear()
        self._saved_showwarning = showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))

            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global filters, showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters = self._saved_filters
        _registries.clear()
        showwarning = self._saved_showwarning
        return None
