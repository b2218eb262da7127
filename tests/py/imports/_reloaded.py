import sys

# Counts how many times this module's code has run in this process.
sys._reloaded_runs = getattr(sys, "_reloaded_runs", 0) + 1
RUNS = sys._reloaded_runs
