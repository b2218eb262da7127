import sys as _sys_alias
visible = "visible"
also_visible = 2
_hidden = "hidden"
__dunder_like__ = "dunder"
def func():
    return "func"
