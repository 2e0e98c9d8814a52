# Never imported: time is built into CPython, found before sys.path.
print("WRONG: time.py was imported")
