log=[]
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append(("A.eq", self.v)); return NotImplemented
    def __lt__(self, o):
        log.append(("A.lt", self.v)); return NotImplemented
    def __gt__(self, o):
        log.append(("A.gt", self.v)); return NotImplemented
    def __add__(self, o):
        log.append(("A.add", self.v)); return NotImplemented
    def __radd__(self, o):
        log.append(("A.radd", self.v)); return NotImplemented
class S(A): pass
for f in (lambda: A(1) == S(2), lambda: A(1) < S(2), lambda: A(1) + S(2), lambda: S(1) < A(2)):
    log.clear()
    try: print(f(), log)
    except TypeError as e: print(e, log)
