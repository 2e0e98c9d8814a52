a = 'x' "y" r'\n' '''tri
ple''' "\t\x41\u00e9\q"
b = f"v={x!r:>{w}} {{ok}}" 'tail'
c = rf'{x}\n'
