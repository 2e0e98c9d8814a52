"""A subset of CPython's importlib: import_module, reload, invalidate_caches and
importlib.util (find_spec, spec_from_file_location, module_from_spec, resolve_name).

gilpy's modules are found and run by the VM's import system (modules/import.rs);
there are no finders or loaders to plug in: sys.meta_path and sys.path_hooks are
not consulted.
"""
import sys
import _gilpy_imp


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') needs the anchor package."""
    level = 0
    if name.startswith('.'):
        if not package:
            msg = ("the 'package' argument is required to perform a relative "
                   "import for {!r}")
            raise TypeError(msg.format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run the module's source again in its own namespace."""
    return _gilpy_imp.reload(module)


def invalidate_caches():
    """Nothing is cached between imports: a no-op."""


import importlib.util
