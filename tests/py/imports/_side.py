import sys
sys.side_effect_counter = getattr(sys, "side_effect_counter", 0) + 1
print("  _side executed, counter =", sys.side_effect_counter)
