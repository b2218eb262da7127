# argparse errors: messages on stderr with the usage, exit status 2, exit_on_error=False.
import os

# Help is formatted for the terminal width: COLUMNS unset and stdout not a tty give 80.
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
import argparse
import io
import sys
from contextlib import redirect_stderr


def attempt(parser, args):
    err = io.StringIO()
    try:
        with redirect_stderr(err):
            ns = parser.parse_args(args)
        print(args, "->", ns)
    except SystemExit as e:
        print(args, "-> exit", e.code)
        print(err.getvalue(), end="")


p = argparse.ArgumentParser(prog="prog")
p.add_argument("count", type=int)
p.add_argument("--ratio", type=float)
p.add_argument("--mode", choices=["x", "y"])
p.add_argument("--level", type=int, choices=[1, 2, 3])
p.add_argument("--pair", nargs=2)
p.add_argument("--need", required=False)
p.add_argument("--flag", action="store_true")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-x", action="store_true")

attempt(p, [])
attempt(p, ["abc"])
attempt(p, ["1", "--ratio", "fast"])
attempt(p, ["1", "--mode", "z"])
attempt(p, ["1", "--level", "7"])
attempt(p, ["1", "--level", "two"])
attempt(p, ["1", "--pair", "a"])
attempt(p, ["1", "--ratio"])
attempt(p, ["1", "2"])
attempt(p, ["1", "--bogus"])
attempt(p, ["1", "--ver"])
attempt(p, ["1", "--flag=yes"])
attempt(p, ["1", "-x"])

r = argparse.ArgumentParser(prog="req")
r.add_argument("a")
r.add_argument("b", nargs="+")
r.add_argument("--must", required=True)
attempt(r, [])
attempt(r, ["1"])
attempt(r, ["1", "2"])

print("-- mutually exclusive")
m = argparse.ArgumentParser(prog="mx")
g = m.add_mutually_exclusive_group(required=True)
g.add_argument("--on", action="store_true")
g.add_argument("--off", action="store_true")
attempt(m, ["--on"])
attempt(m, ["--on", "--off"])
attempt(m, [])

print("-- type errors")


def positive(text):
    v = int(text)
    if v <= 0:
        raise argparse.ArgumentTypeError("must be positive, got %d" % v)
    return v


def picky(text):
    raise ValueError("nope")


t = argparse.ArgumentParser(prog="types")
t.add_argument("--pos", type=positive)
t.add_argument("--picky", type=picky)
attempt(t, ["--pos", "-3"])
attempt(t, ["--pos", "x"])
attempt(t, ["--picky", "q"])

print("-- exit_on_error=False")
e = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
e.add_argument("--n", type=int)
e.add_argument("--c", choices=["a"])
for args in (["--n", "x"], ["--c", "b"]):
    try:
        e.parse_args(args)
    except argparse.ArgumentError as exc:
        print("ArgumentError:", exc, "| argument_name:", exc.argument_name)
err = io.StringIO()
try:
    with redirect_stderr(err):
        e.parse_args(["--zzz"])
except SystemExit as exc:
    print("exit", exc.code, err.getvalue().splitlines()[-1])

print("-- parser.error and exit")
err = io.StringIO()
try:
    with redirect_stderr(err):
        p.error("custom failure")
except SystemExit as exc:
    print("exit", exc.code, repr(err.getvalue()))
err = io.StringIO()
try:
    with redirect_stderr(err):
        p.exit(3, "bye\n")
except SystemExit as exc:
    print("exit", exc.code, repr(err.getvalue()))

print("-- definition errors")
d = argparse.ArgumentParser(prog="defs")
d.add_argument("--dup")
for call in [lambda: d.add_argument("--dup"), lambda: d.add_argument("x", required=True),
             lambda: d.add_argument("--bad", nargs=0), lambda: d.add_argument("--act", action="nope"),
             lambda: d.add_argument("--t", type="int"), lambda: d.add_argument("-"),
             lambda: d.add_argument("--c", action="store_const"), lambda: d.add_argument("--m", metavar=("a", "b"))]:
    try:
        call()
        print("no error")
    except Exception as exc:
        print(type(exc).__name__, exc)

print("-- uncaught: exit status 2 with usage on stderr")
p.parse_args(["1", "--level", "9"])
print("not reached")
