company = {
    "name": "Acme",
    "departments": [
        {"name": "Eng", "employees": [{"name": "Ann", "salary": 120}, {"name": "Bo", "salary": 100}]},
        {"name": "Ops", "employees": [{"name": "Cy", "salary": 90}]},
        {"name": "Empty", "employees": []},
    ],
}
for dept in company["departments"]:
    staff = dept["employees"]
    total = sum(e["salary"] for e in staff)
    avg = total / len(staff) if staff else 0
    print(f"{dept['name']:<6} n={len(staff)} total={total} avg={avg:.1f}")
all_emps = [e for d in company["departments"] for e in d["employees"]]
print(sorted(e["name"] for e in all_emps))
richest = max(all_emps, key=lambda e: e["salary"])
print(richest)
def walk(obj, depth=0):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)):
                print("  " * depth + str(k) + ":")
                walk(v, depth + 1)
            else:
                print("  " * depth + f"{k}: {v}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            print("  " * depth + f"[{i}]")
            walk(v, depth + 1)
walk(company)
import copy
c2 = copy.deepcopy(company)
c2["departments"][0]["employees"][0]["salary"] = 1
print(company["departments"][0]["employees"][0]["salary"], c2["departments"][0]["employees"][0]["salary"])
