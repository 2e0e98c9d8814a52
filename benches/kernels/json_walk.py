# A JSON-like document: build nested dicts and lists, walk them recursively
# (isinstance dispatch, dict items, list iteration), parse a token stream where
# exceptions drive the control flow (int() failing, a missing key, an explicit
# raise for bad input), and serialise back to text.


class ParseError(Exception):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos


def build(depth, width, seed):
    if depth == 0:
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        k = seed % 4
        if k == 0:
            return seed % 1000, seed
        if k == 1:
            return "s%d" % (seed % 97), seed
        if k == 2:
            return (seed % 7) / 4, seed
        return None if seed % 8 == 3 else True, seed
    node = {}
    for i in range(width):
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        if seed % 3 == 0:
            items = []
            for j in range(width):
                child, seed = build(depth - 1, width, seed)
                items.append(child)
            node["k%d" % i] = items
        else:
            node["k%d" % i], seed = build(depth - 1, width, seed)
    return node, seed


def walk(obj, stats):
    if isinstance(obj, dict):
        stats["dicts"] += 1
        n = 0
        for key, val in obj.items():
            n += len(key) + walk(val, stats)
        return n
    if isinstance(obj, list):
        stats["lists"] += 1
        return sum(walk(x, stats) for x in obj)
    if isinstance(obj, str):
        stats["strs"] += 1
        return len(obj)
    if isinstance(obj, bool) or obj is None:
        stats["other"] += 1
        return 1
    stats["nums"] += 1
    return int(obj) % 10


def dump(obj, out):
    if isinstance(obj, dict):
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(",")
            first = False
            out.append('"%s":' % k)
            dump(v, out)
        out.append("}")
    elif isinstance(obj, list):
        out.append("[")
        for i, x in enumerate(obj):
            if i:
                out.append(",")
            dump(x, out)
        out.append("]")
    elif isinstance(obj, str):
        out.append('"' + obj + '"')
    elif obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    else:
        out.append(repr(obj))


def tokens(text):
    out = []
    word = []
    for ch in text:
        if ch in "{}[],:":
            if word:
                out.append("".join(word))
                word = []
            out.append(ch)
        else:
            word.append(ch)
    if word:
        out.append("".join(word))
    return out


KEYWORDS = {"null": None, "true": True}


def parse_scalar(tok, pos):
    try:
        return int(tok)
    except ValueError:
        pass
    try:
        return float(tok)
    except ValueError:
        pass
    if tok.startswith('"'):
        return tok[1:-1]
    try:
        return KEYWORDS[tok]
    except KeyError:
        raise ParseError(pos, "bad token " + tok) from None


def parse(toks, pos):
    tok = toks[pos]
    if tok == "{":
        d = {}
        pos += 1
        while toks[pos] != "}":
            key = toks[pos][1:-1]
            if toks[pos + 1] != ":":
                raise ParseError(pos, "expected colon")
            d[key], pos = parse(toks, pos + 2)
            if toks[pos] == ",":
                pos += 1
        return d, pos + 1
    if tok == "[":
        items = []
        pos += 1
        while toks[pos] != "]":
            item, pos = parse(toks, pos)
            items.append(item)
            if toks[pos] == ",":
                pos += 1
        return items, pos + 1
    return parse_scalar(tok, pos), pos + 1


def main():
    seed = 11
    total = 0
    errors = 0
    for rnd in range(4):
        doc, seed = build(4, 5, seed)
        stats = {"dicts": 0, "lists": 0, "strs": 0, "nums": 0, "other": 0}
        total += walk(doc, stats)
        out = []
        dump(doc, out)
        text = "".join(out)
        back, end = parse(tokens(text), 0)
        total += (back == doc) + end + len(text)
        for bad in ("{\"a\":zz}", "[1,2,nope]", "{\"b\" 1}"):
            try:
                parse(tokens(bad), 0)
            except ParseError as e:
                errors += 1
                total += e.pos + len(str(e))
    print(total, errors)
    print(sorted(stats.items()))
    print(text[:70])


main()
