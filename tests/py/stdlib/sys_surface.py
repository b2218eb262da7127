# The sys attributes that argparse, gettext, os, shutil and asyncio touch.
import sys

for name in ("prefix", "exec_prefix", "base_prefix", "base_exec_prefix", "executable", "_base_executable",
             "platlibdir", "abiflags", "copyright", "pycache_prefix"):
    v = getattr(sys, name)
    print(name, type(v).__name__)
print(sys.base_prefix == sys.prefix, sys.base_exec_prefix == sys.exec_prefix)
print(sys.platlibdir, repr(sys.abiflags), sys.api_version, sys._xoptions)
print(type(sys.orig_argv).__name__, sys.orig_argv[-1].endswith("sys_surface.py"))
print(sys.__displayhook__ is sys.displayhook, sys.__excepthook__ is sys.excepthook)
print(sys.__breakpointhook__ is sys.breakpointhook)

print("-- switch interval")
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError", e)
sys.setswitchinterval(0.005)

print("-- trace and profile")
print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print(sys.call_tracing(max, (3, 9, 4)))
try:
    sys.call_tracing(max, [1])
except TypeError as e:
    print("TypeError", e)

print("-- asyncgen hooks")
h = sys.get_asyncgen_hooks()
print(h, h.firstiter, h.finalizer, type(h).__name__, len(h), tuple(h))


def first(agen):
    pass


def fin(agen):
    pass


sys.set_asyncgen_hooks(firstiter=first)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(finalizer=fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer is fin, h[0] is first, h[1] is fin)
for kw in ({"firstiter": 1}, {"finalizer": "x"}, {"firstiter": 1, "finalizer": 2}):
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as e:
        print("TypeError", e)
print(sys.get_asyncgen_hooks().firstiter is first)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(bogus=1)
except TypeError as e:
    print("TypeError", e)

print("-- coroutine origin tracking")
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError", e)

print("-- gettext and argparse import cleanly")
import gettext
import argparse
import shutil
print(gettext.gettext("hello"), gettext.ngettext("file", "files", 2))
print(shutil.get_terminal_size())
print(argparse.ArgumentParser(prog="x").format_usage(), end="")
