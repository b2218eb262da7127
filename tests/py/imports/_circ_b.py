print("  _circ_b: start")
import _circ_a
print("  _circ_b: _circ_a.a_early =", _circ_a.a_early)
try:
    _circ_a.a_late
except AttributeError as e:
    print("  _circ_b:", type(e).__name__, e)
b_value = "b value"
print("  _circ_b: end")
