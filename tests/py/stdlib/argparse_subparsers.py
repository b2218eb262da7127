# argparse subparsers, groups, parents, conflict handling and intermixed parsing.
import os

# Help is formatted for the terminal width: COLUMNS unset and stdout not a tty give 80.
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
import argparse
import io
from contextlib import redirect_stderr


def attempt(parser, args):
    err = io.StringIO()
    try:
        with redirect_stderr(err):
            ns = parser.parse_args(args)
        print(args, "->", sorted(vars(ns).items(), key=lambda kv: kv[0]))
    except SystemExit as e:
        print(args, "-> exit", e.code)
        print(err.getvalue(), end="")


def cmd_add(ns):
    return ns.x + ns.y


def cmd_neg(ns):
    return -ns.x


calc = argparse.ArgumentParser(prog="calc")
calc.add_argument("--debug", action="store_true")
sub = calc.add_subparsers(dest="command", required=True)
add = sub.add_parser("add", help="add two numbers")
add.add_argument("x", type=int)
add.add_argument("y", type=int)
add.set_defaults(func=cmd_add)
neg = sub.add_parser("neg", aliases=["negate", "n"], help="negate")
neg.add_argument("x", type=int)
neg.set_defaults(func=cmd_neg)
nested = sub.add_parser("tools")
nsub = nested.add_subparsers(dest="tool")
lint = nsub.add_parser("lint")
lint.add_argument("--strict", action="store_true")

for args in (["add", "2", "3"], ["--debug", "neg", "5"], ["negate", "7"], ["n", "1"]):
    ns = calc.parse_args(args)
    print(args, ns.command, ns.func(ns), ns.debug)
attempt(calc, ["tools", "lint", "--strict"])
attempt(calc, ["tools"])
attempt(calc, [])
attempt(calc, ["mul", "1", "2"])
attempt(calc, ["add", "1"])
attempt(calc, ["add", "1", "x"])
attempt(calc, ["add", "1", "2", "3"])
attempt(calc, ["neg", "1", "--debug"])

print("-- optional subcommand")
opt = argparse.ArgumentParser(prog="opt")
osub = opt.add_subparsers(dest="cmd")
osub.add_parser("run").add_argument("--fast", action="store_true")
attempt(opt, [])
attempt(opt, ["run", "--fast"])
print(sorted(osub.choices))

print("-- parents")
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--config", default="cfg.ini")
base.add_argument("--log-level", choices=["info", "debug"], default="info")
child = argparse.ArgumentParser(prog="child", parents=[base])
child.add_argument("target")
attempt(child, ["t", "--config", "x.ini", "--log-level", "debug"])
print(child.format_usage(), end="")

print("-- conflict handler resolve")
res = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
res.add_argument("-f", "--foo", help="old foo")
res.add_argument("--foo", help="new foo")
print(res.format_help(), end="")
attempt(res, ["-f", "1", "--foo", "2"])

print("-- groups")
gp = argparse.ArgumentParser(prog="gp")
io_group = gp.add_argument_group("I/O", "input and output")
io_group.add_argument("--in", dest="inp")
io_group.add_argument("--out")
mx = gp.add_mutually_exclusive_group()
mx.add_argument("--json", action="store_const", dest="fmt", const="json")
mx.add_argument("--yaml", action="store_const", dest="fmt", const="yaml")
mx2 = io_group.add_mutually_exclusive_group()
mx2.add_argument("--gzip", action="store_true")
mx2.add_argument("--bzip", action="store_true")
attempt(gp, ["--in", "a", "--json"])
attempt(gp, ["--json", "--yaml"])
attempt(gp, ["--gzip", "--bzip"])
print(gp.format_help(), end="")

print("-- intermixed and known args")
im = argparse.ArgumentParser(prog="im")
im.add_argument("--foo")
im.add_argument("cmd")
im.add_argument("rest", nargs="*", type=int)
print(im.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(im.parse_known_args("doit 1 --foo bar 2 --other 3".split()))
print(im.parse_known_intermixed_args("doit 1 --zz 2".split()))
print("-- negative numbers")
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("x", type=float)
neg.add_argument("--y", type=int)
attempt(neg, ["-1.5", "--y", "-2"])
neg2 = argparse.ArgumentParser(prog="neg2")
neg2.add_argument("-1", dest="one", action="store_true")
neg2.add_argument("x", nargs="?")
attempt(neg2, ["-1"])
attempt(neg2, ["-2"])
print("-- abbreviations")
ab = argparse.ArgumentParser(prog="ab", allow_abbrev=False)
ab.add_argument("--verbose", action="store_true")
attempt(ab, ["--verb"])
attempt(ab, ["--verbose"])
