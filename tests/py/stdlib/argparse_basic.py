# argparse: positionals, optionals, types, choices, nargs, defaults, actions, namespaces.
import os

# Help is formatted for the terminal width: COLUMNS unset and stdout not a tty give 80.
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
import argparse


def parse(parser, args):
    try:
        ns = parser.parse_args(args)
        print(args, "->", sorted(vars(ns).items()))
    except SystemExit as e:
        print(args, "-> SystemExit", e.code)


p = argparse.ArgumentParser(prog="demo", exit_on_error=True)
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-n", "--num", type=int, default=3)
p.add_argument("--ratio", type=float)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--flag", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--tag", action="append", default=[])
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--many", nargs="*")
p.add_argument("--some", nargs="+", type=int)
p.add_argument("--version", action="version", version="%(prog)s 1.0")

parse(p, ["in.txt"])
parse(p, ["in.txt", "x.txt", "-vvv", "-n", "7", "--ratio", "0.5"])
parse(p, ["--mode", "slow", "a", "--flag", "--no-color"])
parse(p, ["a", "--tag", "x", "--tag", "y", "--const"])
parse(p, ["a", "--pair", "1", "2", "--many", "--some", "4", "5", "6"])
parse(p, ["a", "--many", "p", "q", "--", "b"])
parse(p, ["a", "-n7", "--num=8"])
parse(p, ["a", "--nu", "9"])
parse(p, ["-vn", "5", "a"])

print("-- namespaces")
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns, vars(ns))
ns2 = p.parse_args(["file"], namespace=argparse.Namespace(extra=True))
print(ns2.extra, ns2.src)
args, rest = p.parse_known_args(["a", "--unknown", "u", "-z"])
print(args.src, rest)
print(p.parse_intermixed_args(["a", "--tag", "t", "b"]).dst)

print("-- defaults")
q = argparse.ArgumentParser(argument_default=argparse.SUPPRESS)
q.add_argument("--x")
q.add_argument("--y", default=5)
print(vars(q.parse_args([])), vars(q.parse_args(["--x", "1"])))
q = argparse.ArgumentParser()
q.add_argument("--x", default="7", type=int)
q.set_defaults(extra="e", x=9)
print(q.get_default("x"), q.get_default("extra"), q.parse_args([]))
q = argparse.ArgumentParser(prefix_chars="+")
q.add_argument("+f", "++foo")
print(q.parse_args(["+f", "1"]), q.parse_args(["++foo=2"]))
q = argparse.ArgumentParser(fromfile_prefix_chars="@", allow_abbrev=False)
q.add_argument("--long-option")
print(q.parse_args(["--long-option", "v"]))

print("-- custom types and actions")


def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError(f"{n} is odd")
    return n


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


r = argparse.ArgumentParser(prog="r")
r.add_argument("--even", type=even)
r.add_argument("--name", action=Upper)
r.add_argument("--ext", action="extend", nargs="+")
r.add_argument("--bool", action=argparse.BooleanOptionalAction, default=False)
r.add_argument("--append-const", dest="consts", action="append_const", const="c")
parse(r, ["--even", "4", "--name", "bob", "--ext", "a", "b", "--ext", "c"])
parse(r, ["--bool", "--append-const", "--append-const"])
parse(r, ["--no-bool"])

print("-- nargs forms")
s = argparse.ArgumentParser(prog="s")
s.add_argument("first", nargs=1)
s.add_argument("rest", nargs=argparse.REMAINDER)
parse(s, ["a", "b", "--c", "d"])
t = argparse.ArgumentParser(prog="t")
t.add_argument("xs", nargs="+", type=int)
t.add_argument("--opt", nargs="?", const="C", default="D")
parse(t, ["1", "2", "3"])
parse(t, ["1", "--opt"])
parse(t, ["1", "--opt", "v"])
parse(t, ["--opt", "1"])

print("-- FileType and metavar")
u = argparse.ArgumentParser(prog="u")
u.add_argument("--in", dest="inp", type=argparse.FileType("r"), default="-")
ns = u.parse_args([])
print(ns.inp.name if hasattr(ns.inp, "name") else ns.inp)
print(repr(argparse.FileType("w", encoding="utf-8")))
