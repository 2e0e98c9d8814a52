# decimal: money and exact arithmetic as tutorials show it.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation

print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(repr(Decimal("3.14")), Decimal(10), Decimal(-7), Decimal("1e3"), Decimal("-0.000001"), Decimal("1.2E-7"))
print(Decimal(0.1))
print(Decimal("1.10") + Decimal("2.205"), Decimal("1.30") * Decimal("1.20"), Decimal("5") - Decimal("7.25"))
print(Decimal(1) / Decimal(7))
print(Decimal(10) / Decimal(4), Decimal("1.0") / Decimal("0.1"), Decimal(1) / Decimal(3) * 3)
print(Decimal("100") / 8, 3 + Decimal("0.5"), 2 * Decimal("1.5"), 10 - Decimal("0.01"))
print(Decimal("7") // Decimal("2"), Decimal("-7") // Decimal("2"), Decimal("7.5") % Decimal("2"), Decimal("-7") % 2)

price = Decimal("19.99")
qty = 3
tax_rate = Decimal("0.0825")
subtotal = price * qty
tax = (subtotal * tax_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = subtotal + tax
print(f"subtotal={subtotal} tax={tax} total={total}")
print(f"{total:.2f} {total:>10.2f} {total:,.2f} {Decimal('1234567.891'):,.2f}")

for value in ["2.675", "2.665", "-2.675", "0.125", "0.135"]:
    d = Decimal(value)
    print(value,
          d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
          d.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN),
          d.quantize(Decimal("0.01"), rounding=ROUND_DOWN),
          d.quantize(Decimal("0.01")))

print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.567"), 2), int(Decimal("-3.9")), float(Decimal("1.25")))
print(sorted([Decimal("1.5"), Decimal("-2"), Decimal("0.75"), 1]))
print(max(Decimal("1.1"), Decimal("1.01")), min([Decimal("3"), Decimal("2.9999")]))
print(sum([Decimal("0.1")] * 10), sum(Decimal(x) / 100 for x in range(1, 5)))
print(Decimal("1.500") == Decimal("1.5"), Decimal("2") > 1, Decimal("2") < Decimal("2.0001"), Decimal(2) == 2)
print(hash(Decimal(5)) == hash(5), {Decimal("1.0"): "one"}[Decimal(1)])
print(Decimal("-0"), -Decimal("5.0"), abs(Decimal("-3.2")), +Decimal("1.23"))
print(Decimal("1.2300").normalize(), Decimal("100").normalize(), Decimal("0.000").normalize())
print(Decimal("123.456").as_tuple(), Decimal("123.456").adjusted(), Decimal("0").is_zero())
print(Decimal(2).sqrt(), Decimal("16").sqrt(), Decimal("0.25").sqrt())
print(Decimal("1.5") ** 2, Decimal(2) ** 10, Decimal(2) ** -2)

print(getcontext().prec)
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") * 1)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal("2") / Decimal("3"))
print(Decimal("2") / Decimal("3"))

print(Decimal("12345678901234567890.123456789") * Decimal("98765.4321"))
print(Decimal("1e-10") * 3, Decimal("1E+5") + 1, Decimal("5E+3"))

try:
    Decimal("abc")
except InvalidOperation:
    print("InvalidOperation for 'abc'")
try:
    Decimal(1) / Decimal(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", type(e).__name__)
try:
    Decimal("1.5") + 1.5
except TypeError:
    print("TypeError: Decimal + float")
