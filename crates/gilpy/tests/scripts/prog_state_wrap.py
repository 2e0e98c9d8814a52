# a traffic-light / turnstile state machine and a text-wrapping function

class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"no transition from {state!r} on {event!r}")
        self.state = state
        self.event = event

class StateMachine:
    def __init__(self, name, initial, transitions):
        self.name = name
        self.state = initial
        self.transitions = transitions
        self.log = []
        self.visits = {initial: 1}

    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition(self.state, event)
        new_state = self.transitions[key]
        self.log.append(f"{self.state} --{event}--> {new_state}")
        self.state = new_state
        self.visits[new_state] = self.visits.get(new_state, 0) + 1
        return new_state

turnstile = StateMachine("turnstile", "locked", {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
})
for event in ["push", "coin", "coin", "push", "push", "kick", "coin"]:
    try:
        turnstile.fire(event)
    except InvalidTransition as e:
        print("error:", e, "| stays in", e.state)
print("\n".join(turnstile.log))
print("final:", turnstile.state, "visits:", turnstile.visits)

# a lexer-style state machine counting words, numbers and quoted strings
def scan(text):
    state = "space"
    current = ""
    tokens = []
    for ch in text + " ":
        if state == "space":
            if ch == '"':
                state, current = "quoted", ""
            elif ch.isdigit():
                state, current = "number", ch
            elif ch.isalpha():
                state, current = "word", ch
        elif state == "word":
            if ch.isalnum():
                current += ch
            else:
                tokens.append(("WORD", current))
                state = "space"
        elif state == "number":
            if ch.isdigit():
                current += ch
            else:
                tokens.append(("NUM", int(current)))
                state = "space"
        elif state == "quoted":
            if ch == '"':
                tokens.append(("STR", current))
                state = "space"
            else:
                current += ch
    if state == "quoted":
        tokens.append(("UNTERMINATED", current))
    return tokens

print(scan('set x 42 "hello world" y2 7'))
print(scan('say "unterminated string'))

# the traffic light as a dict of dicts, run for a number of ticks
light = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
state, remaining = "red", light["red"][1]
timeline = []
for tick in range(16):
    timeline.append(state[0].upper())
    remaining -= 1
    if remaining == 0:
        state = light[state][0]
        remaining = light[state][1]
print("".join(timeline))

# text wrapping
def wrap(text, width):
    lines = []
    line = ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! Supercalifragilisticexpialidocious words must be split.")
for width in [30, 16]:
    print(f"--- width {width}")
    wrapped = wrap(text, width)
    for line in wrapped:
        print(f"|{line:<{width}}|")
    print("--- justified")
    for line in wrapped[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + wrapped[-1].ljust(width) + "|")
print(wrap("", 10), wrap("short", 10), wrap("abcdefghijklmnopqrstuvwxyz", 10))
