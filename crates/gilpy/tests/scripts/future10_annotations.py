# from __future__ import annotations (PEP 563): annotations stay strings, so forward
# references need no quotes; the __future__ module's records.
from __future__ import annotations

import __future__


class Node:
    next: Node | None
    value: int

    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def push(self, value: int) -> Node:
        return Node(value, self)


def total(node: Node | None, *args: list[int], **kw: dict[str,   int]) -> int:
    n = 0
    while node is not None:
        n += node.value
        node = node.next
    return n


print(total(Node(1).push(2).push(3)))
print(Node.__annotations__)
print(Node.__init__.__annotations__)
print(total.__annotations__)
print(__annotations__ if "__annotations__" in dir() else None)
print(__future__.annotations)
print(__future__.annotations.getMandatoryRelease(), __future__.division.getOptionalRelease())
print(__future__.all_feature_names[-1])
for src in ("from __future__ import braces\n", "from __future__ import nope\n",
            "x = 1\nfrom __future__ import annotations\n",
            '"""doc"""\nfrom __future__ import annotations, division\nx: y = 1\nprint(__annotations__)\n',
            "def f():\n    from __future__ import annotations\n",
            "if True:\n    from __future__ import division\n"):
    try:
        exec(compile(src, "<src>", "exec"), {})
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
