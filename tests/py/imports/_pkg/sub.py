print("  executing _pkg.sub")
from . import helpers_ref
SUB_VALUE = "sub value"

def sub_function():
    return "sub function sees " + helpers_ref.REF

class SubClass:
    pass
