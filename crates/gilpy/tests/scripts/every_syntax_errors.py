samples = [
    "x = = 1\n",
    "def f(:\n",
    "print 'hi'\n",
    "return 5\n",
    "for x in range(3):\n pass\n  pass\n",
    "break\n",
    "f(x for x in y, 1)\n",
    "a, b += 1\n",
    "del f()\n",
]
for src in samples:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg is not None)
