import sys
sys.raises_attempts = getattr(sys, "raises_attempts", 0) + 1
print("  _raises executing, attempt", sys.raises_attempts)
partial = "set before the error"
raise ValueError("module _raises failed to initialize")
