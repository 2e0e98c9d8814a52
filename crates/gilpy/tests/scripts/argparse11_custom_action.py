import argparse


class VerboseStore(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        print(f"Storing {values} in the {option_string} option...")
        setattr(namespace, self.dest, values)


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)
        print("init", option_strings, dest, nargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, [v.upper() for v in values])


p = argparse.ArgumentParser(prog="demo")
p.add_argument("-n", "--name", action=VerboseStore)
p.add_argument("--tags", action=Upper, nargs="+", default=[])
p.add_argument("files", action=Upper, nargs="*")
print(p.parse_args(["-n", "Ann", "--tags", "a", "b", "x.txt"]))
print(p.parse_args(["--name=Bob"]))
p.print_help()
try:
    p.add_argument("--bad", action="nope")
except ValueError as e:
    print(e)
