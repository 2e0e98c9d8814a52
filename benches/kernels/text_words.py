# Text processing: build a text from a vocabulary, split it into lines and words,
# normalise words (strip, lower, replace), count them in a dict, sort by frequency,
# and join a report. Strings, str methods, dict counting, sorted with a key.

VOCAB = ("The quick brown Fox jumps over the lazy Dog and the cat, while a bird "
         "sings; every morning: river stone Tree leaf wind rain Sun moon star cloud "
         "sky sea wave sand shell fish boat sail harbour light tower keeper").split()


def make_text(n_lines, seed):
    lines = []
    for i in range(n_lines):
        words = []
        for j in range(12):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            words.append(VOCAB[seed % len(VOCAB)])
        lines.append(" ".join(words))
    return "\n".join(lines), seed


def count_words(text):
    counts = {}
    lengths = {}
    for line in text.split("\n"):
        for raw in line.split():
            w = raw.strip(",;:.").lower()
            if not w:
                continue
            counts[w] = counts.get(w, 0) + 1
            n = len(w)
            if n in lengths:
                lengths[n] += 1
            else:
                lengths[n] = 1
    return counts, lengths


def report(counts, lengths):
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    rows = [f"{w:<10}{c:>6}" for w, c in top[:8]]
    caps = sum(1 for w in counts if w.capitalize() in VOCAB)
    joined = "-".join(w.upper()[:3] for w, _ in top)
    hist = ", ".join("%d:%d" % (k, lengths[k]) for k in sorted(lengths))
    return rows, caps, len(joined), joined[:40], hist


def main():
    seed = 7
    total = 0
    for rnd in range(6):
        text, seed = make_text(3000, seed)
        counts, lengths = count_words(text)
        rows, caps, jl, head, hist = report(counts, lengths)
        total += sum(counts.values()) + jl + caps
        text2 = text.replace("the", "THE").replace(" sea ", " ocean ")
        total += text2.count("THE") + text2.find("ocean") + len(text2.splitlines())
    print(total)
    print("\n".join(rows))
    print(caps, jl, head)
    print(hist)


main()
