# `os.walk`, in Python over os.listdir / os.path.isdir / os.path.islink. `os` is imported
# inside the function because this module is loaded while `os` itself is being set up.


def walk(top, topdown=True, onerror=None, followlinks=False):
    import os
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            # A directory whose children were walked first (bottom-up order).
            yield top
            continue
        try:
            names = os.listdir(top)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        dirs = []
        nondirs = []
        for name in names:
            full = os.path.join(top, name)
            if os.path.isdir(full):
                dirs.append(name)
            else:
                nondirs.append(name)
        if topdown:
            yield top, dirs, nondirs
            # Edits to `dirs` by the caller prune the walk; reversed so the stack pops in order.
            for name in reversed(dirs):
                new_path = os.path.join(top, name)
                if followlinks or not os.path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for name in reversed(dirs):
                new_path = os.path.join(top, name)
                if followlinks or not os.path.islink(new_path):
                    stack.append(new_path)
