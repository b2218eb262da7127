print("  _circ_a: start")
a_early = "a early"
import _circ_b
print("  _circ_a: after importing _circ_b, _circ_b.b_value =", _circ_b.b_value)
a_late = "a late"
def a_func():
    return "a_func sees " + _circ_b.b_value
print("  _circ_a: end")
