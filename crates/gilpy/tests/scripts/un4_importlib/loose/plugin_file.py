"""Loaded by path."""
print("plugin_file body, __name__ =", __name__)
def hello(who):
    return "hello " + who
