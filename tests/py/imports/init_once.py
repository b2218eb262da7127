# Module initialization runs once; sys.modules caching; forcing re-execution.
import sys

print("first import")
import _side
print("second import")
import _side
print("from-import")
from _side import sys as side_sys
print(side_sys is sys, sys.side_effect_counter)

# deleting from sys.modules forces re-execution on next import
first = sys.modules["_side"]
del sys.modules["_side"]
print("re-importing after removing from sys.modules")
import _side
print(_side is first, sys.side_effect_counter)

# the old module object still works
print(first.sys is sys)

# putting an arbitrary object into sys.modules makes import return it
class Fake:
    answer = 42
    def __repr__(self):
        return "<Fake module>"
sys.modules["_fake_module"] = Fake()
import _fake_module
print(_fake_module, _fake_module.answer)
from _fake_module import answer
print(answer)

# sys.modules entry set to None blocks the import
sys.modules["_blocked"] = None
try:
    import _blocked
except ImportError as e:
    print(type(e).__name__, e)

# a failing module is removed from sys.modules and re-runs on the next attempt
for attempt in range(2):
    try:
        import _raises
    except ValueError as e:
        print(type(e).__name__, e, "| in sys.modules:", "_raises" in sys.modules)
print(sys.raises_attempts)

# package __init__ side effects happen before submodule execution, once
import _pkg.sub
import _pkg.nested
import _pkg
print(_pkg.init_runs)

# importing inside a loop
for _ in range(3):
    import _mod
print(_mod.load_count)
