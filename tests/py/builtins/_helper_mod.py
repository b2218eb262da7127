"""Helper module for import_builtin.py."""
import builtins

VALUE = "helper value"
builtins._helper_loads = getattr(builtins, "_helper_loads", 0) + 1
loaded_count = builtins._helper_loads
print("executing _helper_mod body, load", loaded_count)


def double(x):
    return x * 2
