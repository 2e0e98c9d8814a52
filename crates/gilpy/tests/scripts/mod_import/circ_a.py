print("circ_a starts")
early = "early value"
import circ_b

late = "late value"
print("circ_a ends; circ_b saw", circ_b.seen)
