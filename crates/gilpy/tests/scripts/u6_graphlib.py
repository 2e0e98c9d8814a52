from graphlib import TopologicalSorter, CycleError

recipe = {"serve": {"plate", "sauce"}, "sauce": {"simmer"}, "simmer": {"chop"}, "plate": {"cook"}, "cook": {"chop"}}
ts = TopologicalSorter()
for step in ["serve", "sauce", "simmer", "plate", "cook"]:
    ts.add(step, *sorted(recipe[step]))
print(list(ts.static_order()))

ts = TopologicalSorter({"d": ["b", "c"], "b": ["a"], "c": ["a"], "e": []})
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))
t2 = TopologicalSorter({1: [2], 2: [3], 3: [1], 4: []})
try:
    t2.prepare()
except CycleError as e:
    print("CycleError:", e.args[0], e.args[1])
t3 = TopologicalSorter({"x": ["y"]})
try:
    t3.get_ready()
except ValueError as e:
    print("ValueError:", e)
t3.prepare()
try:
    t3.add("z")
except ValueError as e:
    print("ValueError:", e)
try:
    t3.done("x")
except ValueError as e:
    print("ValueError:", e)
print(t3.get_ready())
t3.done("y")
try:
    t3.done("y")
except ValueError as e:
    print("ValueError:", e)
print(t3.get_ready(), issubclass(CycleError, ValueError))
