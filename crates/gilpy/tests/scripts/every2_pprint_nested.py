from pprint import pprint, pformat
import pprint as pp_mod

config = {
    "servers": [
        {"name": "alpha", "ip": "10.0.0.1", "roles": ["web", "cache"], "active": True},
        {"name": "beta", "ip": "10.0.0.2", "roles": ["db"], "active": False},
    ],
    "version": "2.4.1",
    "limits": {"max_connections": 1000, "timeout_seconds": 30.5, "retries": 3},
    "tags": ["prod", "eu-west", "critical"],
    "description": "This configuration file describes the production cluster and is "
                   "maintained by the platform team; do not edit by hand.",
}
pprint(config)
print()
pprint(config, width=50, indent=2)
print()
pprint(config, depth=1)
pprint(list(range(40)), compact=True)
pprint(list(range(30)))
print(pformat({"b": 1, "a": [1, 2]}))
pp_mod.pp({"zebra": 1, "apple": 2})
pprint((1, [2, 3], {"x": (4,)}), width=10)
print(pp_mod.saferepr({"z": 1, "a": 2}), pp_mod.isreadable([1, "a"]))
matrix = [[i * j for j in range(12)] for i in range(6)]
pprint(matrix)
