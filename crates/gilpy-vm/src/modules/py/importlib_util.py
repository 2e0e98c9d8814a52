"""importlib.util: module specs over gilpy's import system (see importlib)."""
import sys
import _gilpy_imp


class SourceFileLoader:
    """Loads a module from a .py file (the only kind of file gilpy imports)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _gilpy_imp.exec_source_module(module)

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        return self.path.rpartition('/')[2] == '__init__.py'


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.has_location:
            args.append('origin={!r}'.format(self.origin))
        elif self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(
                self.submodule_search_locations))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations
                == other.submodule_search_locations)


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError('no package specified for {!r} (required for relative '
                          'module names)'.format(name))
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    import importlib
    return importlib._resolve_name(name[level:], package, level)


def _spec_for(name, origin, locations):
    loader = None
    if origin is not None and origin.endswith('.py'):
        loader = SourceFileLoader(name, origin)
    spec = ModuleSpec(name, loader, origin=origin)
    spec.has_location = loader is not None
    if locations is not None:
        spec.submodule_search_locations = list(locations)
    return spec


def find_spec(name, package=None):
    """The spec of the module `import name` would load, or None if there is none.

    A dotted name imports its parent package first, as in CPython."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, '__spec__', None)
        if spec is not None:
            return spec
    found = _gilpy_imp.find(fullname)
    if found is None:
        return None
    origin, locations = found
    return _spec_for(fullname, origin, locations)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for the source file at `location`."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif isinstance(loader, SourceFileLoader) and loader.is_package(name):
        spec.submodule_search_locations = [location.rpartition('/')[0]]
    return spec


def module_from_spec(spec):
    """A new module for `spec` (not run: call spec.loader.exec_module(module))."""
    module = None
    if spec.loader is not None and hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        if isinstance(spec.loader, SourceFileLoader):
            module = _gilpy_imp.source_module(
                spec.name, spec.origin, spec.submodule_search_locations is not None)
        else:
            import types
            module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    return module
