def wrap(text, width):
    words = text.split()
    lines, current = [], []
    length = 0
    for w in words:
        if current and length + 1 + len(w) > width:
            lines.append(" ".join(current))
            current, length = [w], len(w)
        else:
            length += len(w) + (1 if current else 0)
            current.append(w)
    if current:
        lines.append(" ".join(current))
    return lines

text = ("The Python Tutorial is an informal introduction to the basic concepts "
        "and features of the Python language and system. It helps to have a "
        "Python interpreter handy for hands-on experience.")
for width in (20, 35):
    print(f"--- width {width} ---")
    for line in wrap(text, width):
        print(f"|{line:<{width}}|")
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]
for line in wrap(text, 30):
    print(justify(line, 30) + "|")
