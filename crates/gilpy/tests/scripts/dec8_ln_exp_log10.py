from decimal import Decimal, getcontext, localcontext
for s in ["100", "0.01", "2", "10", "0.5", "123.456", "1E+10", "7", "1", "3.14159", "1000000", "0.000123"]:
    d = Decimal(s)
    print(s, d.ln(), d.log10(), d.exp() if d.adjusted() < 3 else "-")
for s in ["-1", "-0.5", "0", "-12.5", "0.001", "25"]:
    print(s, Decimal(s).exp())
with localcontext() as c:
    c.prec = 50
    print(Decimal(2).ln(), Decimal(10).log10(), Decimal(1).exp(), Decimal(3).log10())
with localcontext() as c:
    c.prec = 5
    print(Decimal(2).ln(), Decimal("1.5").exp(), Decimal(17).log10())
