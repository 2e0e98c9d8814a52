rows = [["Name", "Language", "Year"], ["Guido", "Python", 1991], ["Dennis", "C", 1972], ["Graydon", "Rust", 2010]]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
def line(ch="-", cross="+"):
    return cross + cross.join(ch * (w + 2) for w in widths) + cross
print(line())
for i, r in enumerate(rows):
    cells = [f" {str(v):<{w}} " if isinstance(v, str) else f" {v:>{w}} " for v, w in zip(r, widths)]
    print("|" + "|".join(cells) + "|")
    if i == 0:
        print(line("="))
print(line())
data = {"Mon": 3, "Tue": 7, "Wed": 1, "Thu": 5}
scale = max(data.values())
for day, v in data.items():
    bar = "#" * round(v / scale * 20)
    print(f"{day} {bar:<20} {v:>3}")
print("\n".join(f"{n:>3} {n**2:>5} {n**3:>7}" for n in range(1, 6)))
