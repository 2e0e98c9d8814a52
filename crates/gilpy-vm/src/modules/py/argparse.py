"""argparse: command-line parsing with CPython 3.11's messages, usage and help layout.

Supported: ArgumentParser(prog, usage, description, epilog, add_help,
prefix_chars='-', argument_default, exit_on_error), add_argument with
positional and optional arguments, action (store, store_const, store_true,
store_false, append, append_const, extend, count, help, version), nargs
(None, '?', '*', '+', N), const, default, type, choices, required, help,
metavar, dest; add_argument_group, add_mutually_exclusive_group,
set_defaults, get_default, parse_args, parse_known_args, format_usage,
format_help, print_usage, print_help, error, exit, Namespace,
ArgumentTypeError, ArgumentError, FileType.

Positionals are matched between options as CPython does (after all options
only for a parser with sub-commands). Differences: the help width is 78 columns (CPython reads the terminal
size). Not supported (NotImplementedError): add_subparsers, parse_intermixed_args,
fromfile_prefix_chars, abbreviations of long options.
"""

import os as _os
import sys as _sys

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
REMAINDER = "..."

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType",
           "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "ArgumentDefaultsHelpFormatter", "Namespace", "Action", "SUPPRESS",
           "OPTIONAL", "ZERO_OR_MORE", "ONE_OR_MORE", "REMAINDER"]


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        pass


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        parts = []
        star = {}
        for k, v in self.__dict__.items():
            if k.isidentifier():
                parts.append("%s=%r" % (k, v))
            else:
                star[k] = v
        if star:
            parts.append("**%r" % (star,))
        return "Namespace(%s)" % ", ".join(parts)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _arg_name(argument)
        self.message = message
        Exception.__init__(self, self.__str__())

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return _sys.stdin
            return _sys.stdout
        try:
            if "b" in self._mode:
                return open(string, self._mode)
            return open(string, self._mode, encoding=self._encoding)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


def _arg_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


PARSER = "A..."


class _SubParsersAction:
    """What add_subparsers returns: a positional whose value picks a sub-parser that
    parses all the remaining arguments into the same namespace."""

    def __init__(self, parent, prog, dest=SUPPRESS, required=False, help=None,
                 metavar=None, title=None, description=None, parser_class=None):
        self.option_strings = []
        self.dest = dest
        self.nargs = PARSER
        self.const = None
        self.default = None
        self.type = None
        self.choices = {}
        self.required = required
        self.help = help
        self.metavar = metavar
        self.kind = "parsers"
        self.version = None
        self._prog = prog
        self._parser_class = parser_class or type(parent)
        self._help_lines = []

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog, name)
        aliases = kwargs.pop("aliases", ())
        help = kwargs.pop("help", None)
        parser = self._parser_class(**kwargs)
        self.choices[name] = parser
        for alias in aliases:
            self.choices[alias] = parser
        if help is not None:
            self._help_lines.append((name, aliases, help))
        return parser

    def _get_subactions(self):
        return list(self._help_lines)


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.kind = "store"
        self.version = None

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")

    def format_usage(self):
        return self.option_strings[0]

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type",
                 "choices", "required", "help", "metavar"]
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % (n, getattr(self, n)) for n in names))


_KINDS = ("store", "store_const", "store_true", "store_false", "append",
          "append_const", "extend", "count", "help", "version")


class _Group:
    def __init__(self, parser, title=None, description=None, exclusive=False,
                 required=False):
        self._parser = parser
        self.title = title
        self.description = description
        self.exclusive = exclusive
        self.required = required
        self._actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, **kwargs)
        self._parser._move(action, self)
        if self.exclusive and action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        return action

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required=required)

    def set_defaults(self, **kwargs):
        self._parser.set_defaults(**kwargs)


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=(), formatter_class=HelpFormatter, prefix_chars="-",
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else "prog"
        if fromfile_prefix_chars is not None:
            raise NotImplementedError("argparse: fromfile_prefix_chars is not supported in gilpy")
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_map = {}
        self._defaults = {}
        self._positionals = _Group(self, "positional arguments")
        self._optionals = _Group(self, "options")
        self._groups = [self._positionals, self._optionals]
        self._exclusive = []
        if add_help:
            self.add_argument("-h", "--help", action="help",
                              help="show this help message and exit")
        for parent in parents:
            for a in parent._actions:
                if a.kind == "help":
                    continue
                self._register(a)
            self._defaults.update(parent._defaults)

    # ---- building ---------------------------------------------------------------

    def add_argument_group(self, title=None, description=None):
        g = _Group(self, title, description)
        self._groups.append(g)
        return g

    def add_mutually_exclusive_group(self, required=False):
        g = _Group(self, None, None, exclusive=True, required=required)
        self._exclusive.append(g)
        return g

    def add_subparsers(self, **kwargs):
        if getattr(self, "_subparsers", None) is not None:
            self.error("cannot have multiple subparser arguments")
        prog = kwargs.pop("prog", None)
        if prog is None:
            # The parent's prog and its positionals, as in the usage line.
            pos = [self._usage_part(a) for a in self._actions
                   if not a.option_strings and a.help != SUPPRESS]
            prog = " ".join([self.prog] + pos)
        kwargs.pop("action", None)
        action = _SubParsersAction(self, prog, **kwargs)
        self._subparsers = action
        self._register(action)
        return action

    def parse_intermixed_args(self, args=None, namespace=None):
        raise NotImplementedError("argparse: parse_intermixed_args is not supported in gilpy")

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for a in self._actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest, None)

    def _move(self, action, group):
        for g in self._groups:
            if action in g._actions:
                g._actions.remove(action)
        if group.exclusive:
            self._optionals._actions.append(action)
        else:
            group._actions.append(action)
        group_list = group._actions if group.exclusive else None
        if group_list is not None:
            group_list.append(action)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0] and args[0][0] not in chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            dest = args[0] if args else kwargs.get("dest")
            option_strings = []
            if kwargs.get("required") is not None and "required" in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            kwargs["required"] = kwargs.get("nargs") not in ("?", "*") or False
            if kwargs.get("nargs") == "*" and "default" not in kwargs:
                kwargs["required"] = False
        else:
            option_strings = []
            long_name = None
            for s in args:
                if not s or s[0] not in chars:
                    raise ValueError("invalid option string %r: must start with a character %r"
                                     % (s, chars))
                option_strings.append(s)
                if long_name is None and len(s) > 1 and s[1] in chars:
                    long_name = s
            dest = kwargs.pop("dest", None)
            if dest is None:
                first = long_name or option_strings[0]
                dest = first.lstrip(chars).replace("-", "_")
        kind = kwargs.pop("action", "store")
        if callable(kind) and not isinstance(kind, str):
            # A user Action class: built with the same arguments CPython passes it.
            action = kind(option_strings=option_strings, dest=dest, **kwargs)
            action.kind = "custom"
            action.version = None
            self._register(action)
            return action
        if not isinstance(kind, str) or kind not in _KINDS:
            raise ValueError('unknown action "%s"' % (kind,))
        version = kwargs.pop("version", None)
        if "default" not in kwargs:
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif kind == "store_true":
                kwargs["default"] = False
            elif kind == "store_false":
                kwargs["default"] = True
            elif kind in ("help", "version"):
                kwargs["default"] = SUPPRESS
            else:
                kwargs["default"] = self.argument_default
        if kind == "store_true":
            kwargs["const"] = True
        if kind == "store_false":
            kwargs["const"] = False
        if kind in ("store_true", "store_false", "store_const", "append_const",
                    "count", "help", "version"):
            if "nargs" in kwargs:
                raise TypeError("__init__() got an unexpected keyword argument 'nargs'")
            kwargs["nargs"] = 0
        if kind in ("help", "version"):
            dest = SUPPRESS
            kwargs.setdefault("help", "show program's version number and exit"
                              if kind == "version" else None)
        nargs = kwargs.get("nargs")
        if nargs == 0 and kind in ("store", "append", "extend"):
            raise ValueError("nargs for store actions must be != 0; if you have nothing "
                             "to store, actions such as store true or store const may be "
                             "more appropriate")
        t = kwargs.get("type")
        if t is not None and not callable(t):
            raise ValueError("%r is not callable" % (t,))
        action = Action(option_strings, dest, **kwargs)
        action.kind = kind
        action.version = version
        self._register(action)
        return action

    def _register(self, action):
        for s in action.option_strings:
            if s in self._option_map:
                raise ArgumentError(action, "conflicting option string: %s" % s)
        for s in action.option_strings:
            self._option_map[s] = action
        self._actions.append(action)
        if action.option_strings:
            self._optionals._actions.append(action)
        else:
            self._positionals._actions.append(action)

    # ---- formatting ---------------------------------------------------------------

    def _metavar(self, action, default):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(str(c) for c in action.choices)
        else:
            result = default
        return result

    def _format_args(self, action, default):
        m = self._metavar(action, default)
        if isinstance(m, tuple):
            parts = list(m)
        else:
            parts = None

        def get(i):
            if parts is not None:
                return parts[i] if i < len(parts) else parts[-1]
            return m
        n = action.nargs
        if n is None:
            return "%s" % get(0)
        if n == "?":
            return "[%s]" % get(0)
        if n == "*":
            if parts is not None and len(parts) == 2:
                return "[%s [%s ...]]" % (parts[0], parts[1])
            return "[%s ...]" % get(0)
        if n == "+":
            return "%s [%s ...]" % (get(0), get(1))
        if n == "...":
            return "..."
        if n == PARSER:
            return "%s ..." % get(0)
        return " ".join([get(i) for i in range(n)])

    def _invocation(self, action):
        if not action.option_strings:
            return self._metavar(action, action.dest)
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._format_args(action, action.dest.upper())
        return ", ".join("%s %s" % (s, args) for s in action.option_strings)

    def _usage_part(self, action):
        if not action.option_strings:
            part = self._format_args(action, self._metavar(action, action.dest))
            return part
        s = action.option_strings[0]
        if action.nargs != 0:
            s = "%s %s" % (s, self._format_args(action, action.dest.upper()))
        return s

    def _usage_parts(self):
        opts = []
        done = set()
        for a in self._actions:
            if not a.option_strings or id(a) in done or a.help == SUPPRESS:
                continue
            group = None
            for g in self._exclusive:
                if a in g._actions:
                    group = g
            if group is not None:
                inner = [self._usage_part(x) for x in group._actions if x.help != SUPPRESS]
                for x in group._actions:
                    done.add(id(x))
                text = " | ".join(inner)
                opts.append(("(%s)" if group.required else "[%s]") % text)
                continue
            part = self._usage_part(a)
            opts.append(part if a.required else "[%s]" % part)
        pos = [self._usage_part(a) for a in self._actions
               if not a.option_strings and a.help != SUPPRESS]
        return opts, pos

    def format_usage(self):
        return self._usage_text() + "\n"

    def _usage_text(self):
        prefix = "usage: "
        if self.usage is not None:
            return prefix + self.usage.replace("%(prog)s", self.prog)
        opts, pos = self._usage_parts()
        usage = " ".join([self.prog] + opts + pos)
        text_width = 78
        if len(prefix) + len(usage) > text_width:
            def get_lines(parts, indent, pre=None):
                lines = []
                line = []
                line_len = len(pre) - 1 if pre else len(indent) - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + " ".join(line))
                        line = []
                        line_len = len(indent) - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + " ".join(line))
                if pre is not None:
                    lines[0] = lines[0][len(indent):]
                return lines
            if len(prefix) + len(self.prog) <= 0.75 * text_width:
                indent = " " * (len(prefix) + len(self.prog) + 1)
                if opts:
                    lines = get_lines([self.prog] + opts, indent, prefix)
                    lines.extend(get_lines(pos, indent))
                elif pos:
                    lines = get_lines([self.prog] + pos, indent, prefix)
                else:
                    lines = [self.prog]
            else:
                indent = " " * len(prefix)
                lines = [self.prog] + get_lines(opts + pos, indent)
            usage = "\n".join(lines)
        return prefix + usage

    def _wrap(self, text, width, indent=""):
        import textwrap
        text = " ".join(text.split())
        return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent)

    def _expand_help(self, action):
        text = action.help
        if "%" not in text:
            return text
        params = dict(vars(action))
        params["prog"] = self.prog
        for k in list(params):
            if params[k] is SUPPRESS:
                del params[k]
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return text % params

    def format_help(self):
        width = 78
        out = [self._usage_text(), ""]
        if self.description:
            if issubclass(self.formatter_class, RawDescriptionHelpFormatter):
                out.append(self.description)
            else:
                out.extend(self._wrap(self.description, width))
            out.append("")
        max_len = 0
        for g in self._groups:
            for a in g._actions:
                if a.help != SUPPRESS:
                    max_len = max(max_len, len(self._invocation(a)) + 2)
        help_position = min(max_len + 2, 24)
        help_width = max(width - help_position, 11)
        action_width = help_position - 2 - 2
        for g in self._groups:
            shown = [a for a in g._actions if a.help != SUPPRESS]
            if not shown and not g.description:
                continue
            out.append("%s:" % g.title)
            if g.description:
                out.extend(self._wrap(g.description, width - 2, "  "))
                out.append("")
            for a in shown:
                header = self._invocation(a)
                help_text = None
                if a.help:
                    help_text = self._expand_help(a)
                    if (issubclass(self.formatter_class, ArgumentDefaultsHelpFormatter)
                            and "%(default)" not in a.help and a.default is not SUPPRESS
                            and (a.option_strings or a.nargs in ("?", "*"))):
                        help_text += " (default: %s)" % (a.default,)
                if not help_text:
                    out.append("  " + header)
                    continue
                if issubclass(self.formatter_class, RawTextHelpFormatter):
                    lines = help_text.splitlines()
                else:
                    lines = self._wrap(help_text, help_width)
                if len(header) <= action_width:
                    out.append("  " + header.ljust(action_width) + "  " + lines[0])
                    rest = lines[1:]
                else:
                    out.append("  " + header)
                    rest = lines
                for line in rest:
                    out.append(" " * help_position + line)
            out.append("")
        if self.epilog:
            if issubclass(self.formatter_class, RawDescriptionHelpFormatter):
                out.append(self.epilog)
            else:
                out.extend(self._wrap(self.epilog, width))
            out.append("")
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out) + "\n"

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        _sys.stderr.write(self.format_usage())
        self.exit(2, "%s: error: %s\n" % (self.prog, message))

    # ---- parsing ------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        try:
            return self._parse(args, namespace)
        except ArgumentError as err:
            # CPython reports missing required arguments through error() even
            # with exit_on_error=False.
            if not self.exit_on_error and not getattr(err, "_required", False):
                raise
            self.error(str(err))

    def _looks_negative(self, s):
        try:
            float(s)
            return s.startswith("-")
        except ValueError:
            return False

    def _is_option(self, s):
        if not s or s[0] not in self.prefix_chars or s == "-":
            return False
        if s in self._option_map:
            return True
        if self._looks_negative(s) and not self._has_negative_options():
            return False
        if " " in s:
            return False
        return True

    def _has_negative_options(self):
        return any(self._looks_negative(s) for s in self._option_map)

    def _convert(self, action, text):
        if not isinstance(text, str):
            return text
        t = action.type
        if t is None:
            return text
        try:
            return t(text)
        except ArgumentTypeError as e:
            raise ArgumentError(action, str(e))
        except (TypeError, ValueError):
            name = getattr(t, "__name__", repr(t))
            raise ArgumentError(action, "invalid %s value: %r" % (name, text))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join([repr(c) for c in action.choices])
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    def _values(self, action, strings):
        n = action.nargs
        if n == "?" and not strings:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
            return value
        if n == "*" and not strings and not action.option_strings:
            value = action.default if action.default is not None else []
            if isinstance(value, str):
                value = self._convert(action, value)
                self._check_choice(action, value)
            return value
        if n in (None, "?"):
            value = self._convert(action, strings[0])
            self._check_choice(action, value)
            return value
        if n == "...":
            return list(strings)
        values = [self._convert(action, s) for s in strings]
        for v in values:
            self._check_choice(action, v)
        return values

    def _apply(self, action, ns, strings, seen_actions, option_string=None):
        k = action.kind
        for g in self._exclusive:
            if action in g._actions:
                for other in g._actions:
                    if other is not action and other in seen_actions:
                        raise ArgumentError(action, "not allowed with argument %s"
                                            % _arg_name(other))
        seen_actions.append(action)
        if k == "help":
            self.print_help()
            self.exit()
        if k == "version":
            v = action.version or ""
            _sys.stdout.write(v.replace("%(prog)s", self.prog) + "\n")
            self.exit()
        if k == "custom":
            # An Action subclass: its __call__ stores the converted values.
            action(self, ns, self._values(action, strings), option_string)
        elif k in ("store_const", "store_true", "store_false"):
            setattr(ns, action.dest, action.const)
        elif k == "count":
            cur = getattr(ns, action.dest, None)
            setattr(ns, action.dest, (cur or 0) + 1)
        elif k == "append_const":
            cur = list(getattr(ns, action.dest, None) or [])
            cur.append(action.const)
            setattr(ns, action.dest, cur)
        else:
            value = self._values(action, strings)
            if k == "append":
                cur = list(getattr(ns, action.dest, None) or [])
                cur.append(value)
                setattr(ns, action.dest, cur)
            elif k == "extend":
                cur = list(getattr(ns, action.dest, None) or [])
                cur.extend(value)
                setattr(ns, action.dest, cur)
            else:
                setattr(ns, action.dest, value)

    def _parse(self, args, ns):
        for a in self._actions:
            if a.dest is not SUPPRESS and a.dest != SUPPRESS and not hasattr(ns, a.dest):
                if a.default is not SUPPRESS:
                    setattr(ns, a.dest, a.default)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        extras = []
        positionals = []
        pos_at = []
        seen = []
        sub = getattr(self, "_subparsers", None)
        # Positionals before the sub-command; the sub-command takes everything after it.
        sub_at = None
        if sub is not None:
            sub_at = 0
            for a in self._actions:
                if a is sub:
                    break
                if not a.option_strings:
                    sub_at += 1
        sub_args = None
        i = 0
        n = len(args)
        # Without sub-commands, positionals are matched as CPython does: each run of
        # positional strings before an option goes to as many positionals as it can
        # fill (`_consume_positionals`); what no positional takes is left over.
        interleave = sub is None
        pos_left = [a for a in self._actions if not a.option_strings]
        pattern = self._pattern(args) if interleave else ""
        pending = None
        while i < n:
            s = args[i]
            i += 1
            if s == "--":
                if interleave:
                    if pending is None:
                        pending = i - 1
                    i = n
                    break
                positionals.extend(args[i:])
                pos_at.extend(range(i, n))
                break
            if not self._is_option(s):
                if sub_at is not None and len(positionals) == sub_at:
                    sub_args = args[i - 1:]
                    break
                if interleave:
                    if pending is None:
                        pending = i - 1
                    continue
                positionals.append(s)
                pos_at.append(i - 1)
                continue
            at = i - 1
            if pending is not None:
                end = self._consume_positionals(args, pattern, pending, pos_left, ns, seen)
                pending = None
                if end > at:
                    # A '...' positional took this option and what follows.
                    i = end
                    continue
                extras.extend((j, args[j]) for j in range(end, at))
            explicit = None
            action = self._option_map.get(s)
            if action is None and "=" in s:
                name, explicit = s.split("=", 1)
                action = self._option_map.get(name)
                s = name if action is not None else s
            if action is None and len(s) > 2 and s[1] not in self.prefix_chars:
                short = s[:2]
                a = self._option_map.get(short)
                if a is not None:
                    if a.nargs == 0:
                        # Clustered flags: -vvv, -xz.
                        rest = s[2:]
                        self._apply(a, ns, [], seen)
                        for j, ch in enumerate(rest):
                            flag = s[0] + ch
                            b = self._option_map.get(flag)
                            if b is None:
                                raise ArgumentError(a, "ignored explicit argument %r"
                                                    % rest[j:])
                            if b.nargs != 0:
                                tail = rest[j + 1:]
                                if tail:
                                    self._apply(b, ns, [tail], seen)
                                else:
                                    consumed = self._take(b, args, i)
                                    i += len(consumed)
                                    self._apply(b, ns, consumed, seen)
                                break
                            self._apply(b, ns, [], seen)
                        continue
                    action = a
                    explicit = s[2:]
                    s = short
            if action is None:
                extras.append((at, s))
                continue
            if explicit is not None:
                if action.nargs == 0:
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                self._apply(action, ns, [explicit], seen, s)
                continue
            consumed = self._take(action, args, i)
            i += len(consumed)
            self._apply(action, ns, consumed, seen, s)
        if interleave:
            start = n if pending is None else pending
            end = self._consume_positionals(args, pattern, start, pos_left, ns, seen)
            extras.extend((j, args[j]) for j in range(end, n))
        # Positionals: each takes its share, leaving enough for the ones after it.
        pos_actions = [a for a in self._actions if not a.option_strings and a is not sub]
        if interleave:
            pos_actions = []
            positionals = []
        mins = []
        for a in pos_actions:
            m = a.nargs
            if m is None or m == "+":
                mins.append(1)
            elif m in ("?", "*", "..."):
                mins.append(0)
            else:
                mins.append(m)
        missing = [_arg_name(a) for a in pos_left
                   if interleave and (a.nargs is None or a.nargs == "+" or isinstance(a.nargs, int))]
        k = 0
        for idx, a in enumerate(pos_actions):
            avail = len(positionals) - k
            later = sum(mins[idx + 1:])
            m = a.nargs
            if m is None:
                take = 1
            elif m == "?":
                take = 1 if avail - later >= 1 else 0
            elif m in ("*", "+", "..."):
                take = max(avail - later, 0)
            else:
                take = m
            if take > avail or (m == "+" and take < 1):
                missing.append(_arg_name(a))
                continue
            if m not in (None, "?", "*", "+", "...") and take < m:
                missing.append(_arg_name(a))
                continue
            chunk = positionals[k:k + take]
            k += take
            self._apply(a, ns, chunk, seen)
        if sub_args is not None:
            name = sub_args[0]
            if name not in sub.choices:
                choices = ", ".join([repr(c) for c in sub.choices])
                raise ArgumentError(sub, "invalid choice: %r (choose from %s)" % (name, choices))
            seen.append(sub)
            if sub.dest is not SUPPRESS:
                setattr(ns, sub.dest, name)
            sub_ns, sub_extras = sub.choices[name].parse_known_args(sub_args[1:], None)
            for key, value in vars(sub_ns).items():
                setattr(ns, key, value)
            extras.extend((n + j, e) for j, e in enumerate(sub_extras))
        elif sub is not None and sub.required:
            missing.append(_arg_name(sub))
        # Leftovers in command-line order.
        extras.extend(zip(pos_at[k:], positionals[k:]))
        extras.sort()
        extras = [e for _, e in extras]
        required = [_arg_name(a) for a in self._actions
                    if a.required and a.option_strings and a not in seen]
        missing = [m for m in missing] + required
        if missing:
            ordered = [_arg_name(a) for a in self._actions if _arg_name(a) in missing]
            err = ArgumentError(None, "the following arguments are required: %s"
                                % ", ".join(ordered))
            err._required = True
            raise err
        for g in self._exclusive:
            if g.required and not any(a in seen for a in g._actions):
                names = [_arg_name(a) for a in g._actions if a.help != SUPPRESS]
                err = ArgumentError(None, "one of the arguments %s is required"
                                    % " ".join(names))
                err._required = True
                raise err
        # String defaults of unseen arguments go through `type`, as in CPython.
        for a in self._actions:
            if a not in seen and isinstance(a.default, str) and a.type is not None \
                    and getattr(ns, a.dest, None) is a.default and a.option_strings:
                setattr(ns, a.dest, self._convert(a, a.default))
        return ns, extras

    def _pattern(self, args):
        """CPython's argument pattern: 'O' an option, 'A' an argument, '-' the first
        '--' (after it, everything is an argument)."""
        out = []
        rest = False
        for a in args:
            if rest:
                out.append("A")
            elif a == "--":
                out.append("-")
                rest = True
            else:
                out.append("O" if self._is_option(a) else "A")
        return "".join(out)

    @staticmethod
    def _nargs_pattern(action):
        n = action.nargs
        if n is None:
            return "(-*A-*)"
        if n == "?":
            return "(-*A?-*)"
        if n == "*":
            return "(-*[A-]*)"
        if n == "+":
            return "(-*A[A-]*)"
        if n == "...":
            return "([-AO]*)"
        return "(-*%s-*)" % "-*".join("A" * n)

    def _consume_positionals(self, args, pattern, start, pos_left, ns, seen):
        """Gives the strings from `start` to the longest prefix of the positionals left
        that can match them (stopping at the next option); returns where they end."""
        import re as _re
        counts = []
        for k in range(len(pos_left), 0, -1):
            regex = "".join(self._nargs_pattern(a) for a in pos_left[:k])
            m = _re.match(regex, pattern[start:])
            if m is not None:
                counts = [len(g) for g in m.groups()]
                break
        for a, c in zip(list(pos_left), counts):
            chunk = list(args[start:start + c])
            if a.nargs != "..." and "--" in chunk:
                chunk.remove("--")
            start += c
            self._apply(a, ns, chunk, seen)
            pos_left.remove(a)
        return start

    def _take(self, action, args, i):
        """The argument strings an option consumes from args[i:]."""
        n = action.nargs
        following = []
        j = i
        while j < len(args) and args[j] != "--" and not self._is_option(args[j]):
            following.append(args[j])
            j += 1
        if n == 0:
            return []
        if n is None:
            if not following:
                raise ArgumentError(action, "expected one argument")
            return following[:1]
        if n == "?":
            return following[:1]
        if n == "*":
            return following
        if n == "+":
            if not following:
                raise ArgumentError(action, "expected at least one argument")
            return following
        if n == "...":
            return args[i:]
        if len(following) < n:
            raise ArgumentError(action, "expected %d argument%s" % (n, "s" if n != 1 else ""))
        return following[:n]
