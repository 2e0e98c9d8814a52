# A small tree-walking interpreter (after bm_chaos/AST visitors): node classes with
# double dispatch (`node.accept(visitor)` -> `visitor.visit_x(node)`), an environment
# object chain, a constant-folding pass and a printer written as visitors, and a
# getattr-based generic dispatcher.


class Node:
    def accept(self, v):
        raise NotImplementedError


class Num(Node):
    def __init__(self, value):
        self.value = value

    def accept(self, v):
        return v.visit_num(self)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def accept(self, v):
        return v.visit_var(self)


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def accept(self, v):
        return v.visit_binop(self)


class Assign(Node):
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def accept(self, v):
        return v.visit_assign(self)


class If(Node):
    def __init__(self, cond, then, other):
        self.cond = cond
        self.then = then
        self.other = other

    def accept(self, v):
        return v.visit_if(self)


class While(Node):
    def __init__(self, cond, body):
        self.cond = cond
        self.body = body

    def accept(self, v):
        return v.visit_while(self)


class Block(Node):
    def __init__(self, stmts):
        self.stmts = stmts

    def accept(self, v):
        return v.visit_block(self)


class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise NameError(name)

    def assign(self, name, value):
        env = self
        while env is not None:
            if name in env.vars:
                env.vars[name] = value
                return
            env = env.parent
        self.vars[name] = value


class Evaluator:
    def __init__(self, env):
        self.env = env
        self.steps = 0

    def visit_num(self, node):
        return node.value

    def visit_var(self, node):
        return self.env.lookup(node.name)

    def visit_binop(self, node):
        self.steps += 1
        a = node.left.accept(self)
        b = node.right.accept(self)
        op = node.op
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "%":
            return a % b
        if op == "<":
            return 1 if a < b else 0
        return 1 if a == b else 0

    def visit_assign(self, node):
        self.env.assign(node.name, node.expr.accept(self))

    def visit_if(self, node):
        if node.cond.accept(self):
            node.then.accept(self)
        elif node.other is not None:
            node.other.accept(self)

    def visit_while(self, node):
        while node.cond.accept(self):
            node.body.accept(self)

    def visit_block(self, node):
        for s in node.stmts:
            s.accept(self)


class Folder:
    """Constant folding as a generic visitor dispatched by getattr."""

    def __init__(self):
        self.folded = 0

    def visit(self, node):
        return getattr(self, "fold_" + type(node).__name__)(node)

    def fold_Num(self, node):
        return node

    def fold_Var(self, node):
        return node

    def fold_BinOp(self, node):
        left = self.visit(node.left)
        right = self.visit(node.right)
        if isinstance(left, Num) and isinstance(right, Num):
            self.folded += 1
            env = Evaluator(Env())
            return Num(BinOp(node.op, left, right).accept(env))
        return BinOp(node.op, left, right)

    def fold_Assign(self, node):
        return Assign(node.name, self.visit(node.expr))

    def fold_If(self, node):
        other = None if node.other is None else self.visit(node.other)
        return If(self.visit(node.cond), self.visit(node.then), other)

    def fold_While(self, node):
        return While(self.visit(node.cond), self.visit(node.body))

    def fold_Block(self, node):
        return Block([self.visit(s) for s in node.stmts])


class Printer:
    def __init__(self):
        self.parts = []

    def visit_num(self, node):
        self.parts.append(str(node.value))

    def visit_var(self, node):
        self.parts.append(node.name)

    def visit_binop(self, node):
        self.parts.append("(")
        node.left.accept(self)
        self.parts.append(node.op)
        node.right.accept(self)
        self.parts.append(")")

    def visit_assign(self, node):
        self.parts.append(node.name + "=")
        node.expr.accept(self)
        self.parts.append(";")

    def visit_if(self, node):
        self.parts.append("if")
        node.cond.accept(self)
        node.then.accept(self)
        if node.other is not None:
            self.parts.append("else")
            node.other.accept(self)

    def visit_while(self, node):
        self.parts.append("while")
        node.cond.accept(self)
        node.body.accept(self)

    def visit_block(self, node):
        self.parts.append("{")
        for s in node.stmts:
            s.accept(self)
        self.parts.append("}")


def program(n):
    # i = 0; acc = 0; while i < n: { if i % 3 == 0: acc = acc + i * (2 + 3) else
    # acc = acc - 1; t = acc % 997; i = i + 1 }
    body = Block([
        If(BinOp("==", BinOp("%", Var("i"), Num(3)), Num(0)),
           Assign("acc", BinOp("+", Var("acc"), BinOp("*", Var("i"), BinOp("+", Num(2), Num(3))))),
           Assign("acc", BinOp("-", Var("acc"), Num(1)))),
        Assign("t", BinOp("%", Var("acc"), BinOp("-", BinOp("*", Num(10), Num(100)), Num(3)))),
        Assign("i", BinOp("+", Var("i"), Num(1))),
    ])
    return Block([
        Assign("i", Num(0)),
        Assign("acc", Num(0)),
        Assign("t", Num(0)),
        While(BinOp("<", Var("i"), Var("n")), body),
    ])


prog = program(0)
outer = Env()
outer.vars["n"] = 40000
ev = Evaluator(Env(outer))
prog.accept(ev)
print(ev.steps, ev.env.vars["acc"], ev.env.vars["t"])

folder = Folder()
total_folded = 0
for k in range(300):
    folded = folder.visit(program(k))
    total_folded = folder.folded
p = Printer()
folded.accept(p)
print(total_folded, "".join(p.parts))

ev2 = Evaluator(Env(outer))
folded.accept(ev2)
print(ev2.steps, ev2.env.vars["acc"], ev2.env.vars["t"])
