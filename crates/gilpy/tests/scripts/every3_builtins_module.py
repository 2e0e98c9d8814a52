# `import builtins` gives the builtin names as a module
import builtins
print(builtins.len("abc"), builtins.max(3, 9), builtins.print is print, builtins.ValueError)
print(builtins.__name__, hasattr(builtins, "open"), hasattr(builtins, "nope"))
original_sum = builtins.sum
print(original_sum([1, 2, 3]), callable(builtins.sorted))
