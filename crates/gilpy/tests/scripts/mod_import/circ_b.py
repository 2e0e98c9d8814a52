import circ_a

print("circ_b imports a partial circ_a:", hasattr(circ_a, "early"), hasattr(circ_a, "late"))
seen = circ_a.early
try:
    from circ_a import late
except ImportError as e:
    import os
    print("ImportError:", str(e).replace(os.path.dirname(os.path.abspath(__file__)), "<dir>"))
