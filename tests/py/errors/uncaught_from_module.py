# An exception class defined in an imported module is shown with its module name.
import _errmod

for i in range(20):
    print("check", i, _errmod.check(i))
_errmod.check(-1)
