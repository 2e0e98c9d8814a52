# a tiny stack-based calculator: tokenise, convert to RPN, evaluate

class CalcError(Exception):
    pass

class TokenError(CalcError):
    pass

class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value

    def __repr__(self):
        return f"{self.kind}:{self.value}"

    def __eq__(self, other):
        return isinstance(other, Token) and (self.kind, self.value) == (other.kind, other.value)


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            value = float(literal) if "." in literal else int(literal)
            tokens.append(Token("num", value))
        elif ch in "+-*/%^()":
            tokens.append(Token("op" if ch not in "()" else "paren", ch))
            i += 1
        else:
            raise TokenError(f"unexpected character {ch!r} at {i}")
    return tokens


PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT_ASSOC = {"^"}


def to_rpn(tokens):
    output = []
    stack = []
    for tok in tokens:
        if tok.kind == "num":
            output.append(tok)
        elif tok.kind == "op":
            while stack and stack[-1].kind == "op":
                top = stack[-1].value
                if (PRECEDENCE[top] > PRECEDENCE[tok.value]
                        or (PRECEDENCE[top] == PRECEDENCE[tok.value] and tok.value not in RIGHT_ASSOC)):
                    output.append(stack.pop())
                else:
                    break
            stack.append(tok)
        elif tok.value == "(":
            stack.append(tok)
        else:
            while stack and stack[-1].value != "(":
                output.append(stack.pop())
            if not stack:
                raise CalcError("unbalanced ')'")
            stack.pop()
    while stack:
        tok = stack.pop()
        if tok.value == "(":
            raise CalcError("unbalanced '('")
        output.append(tok)
    return output


class Machine:
    def __init__(self):
        self.stack = []
        self.ops = {
            "+": lambda a, b: a + b,
            "-": lambda a, b: a - b,
            "*": lambda a, b: a * b,
            "/": lambda a, b: a / b,
            "%": lambda a, b: a % b,
            "^": lambda a, b: a ** b,
        }

    def push(self, value):
        self.stack.append(value)

    def pop(self):
        if not self.stack:
            raise CalcError("stack underflow")
        return self.stack.pop()

    def run(self, rpn):
        self.stack = []
        for tok in rpn:
            if tok.kind == "num":
                self.push(tok.value)
            else:
                b = self.pop()
                a = self.pop()
                self.push(self.ops[tok.value](a, b))
        if len(self.stack) != 1:
            raise CalcError(f"malformed expression, stack = {self.stack}")
        return self.stack[0]


def calculate(text):
    return Machine().run(to_rpn(tokenize(text)))


print(tokenize("12 + 3.5*(4 - 1)"))
print(to_rpn(tokenize("1 + 2 * 3")), to_rpn(tokenize("(1 + 2) * 3")), to_rpn(tokenize("2 ^ 3 ^ 2")))
print(tokenize("7")[0] == Token("num", 7), tokenize("7")[0] == Token("num", 8))

expressions = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "(2 ^ 3) ^ 2",
    "100 / 8",
    "100 % 7 - 10 / 4",
    "2 ^ 100",
    "0.1 + 0.2",
    "((((5))))",
    "10 - 4 - 3",
    "1 / 0",
    "5 % 0",
    "3 +",
    "(1 + 2",
    "1 + 2)",
    "4 & 5",
    "2 3",
    "",
    "1.5.2 + 1",
]
for expr in expressions:
    try:
        print(f"{expr!r:>22} = {calculate(expr)!r}")
    except TokenError as e:
        print(f"{expr!r:>22} ! token error: {e}")
    except CalcError as e:
        print(f"{expr!r:>22} ! calc error: {e}")
    except ZeroDivisionError as e:
        print(f"{expr!r:>22} ! {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"{expr!r:>22} ! bad number: {e}")
