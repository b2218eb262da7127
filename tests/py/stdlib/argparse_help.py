# argparse help and usage output (COLUMNS unset, stdout not a tty: 80 columns), formatters.
import os

# Help is formatted for the terminal width: COLUMNS unset and stdout not a tty give 80.
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
import argparse
import io
import sys
from contextlib import redirect_stdout

p = argparse.ArgumentParser(
    prog="tool",
    description="A tool that does things. " * 4,
    epilog="See the manual for more. Reported bugs go to the tracker.",
)
p.add_argument("input", help="the input file to read from, which may be quite long so the help text wraps around")
p.add_argument("outputs", nargs="*", help="where to write")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output (repeat for even more)")
p.add_argument("-q", "--quiet", action="store_true", help="less output")
p.add_argument("-n", "--count", type=int, default=10, metavar="N", help="how many (default: %(default)s)")
p.add_argument("--mode", choices=["a", "b", "c"], help="the mode")
p.add_argument("--level", choices=range(1, 4), type=int, help="level %(choices)s")
p.add_argument("--pair", nargs=2, metavar=("X", "Y"))
p.add_argument("--opt", nargs="?", const=1)
p.add_argument("--list", nargs="+")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--required-thing", required=True, help="must be given")
p.add_argument("--version", action="version", version="%(prog)s 2.0")
g = p.add_argument_group("network", "Options for the network layer.")
g.add_argument("--host", default="localhost", help="host name")
g.add_argument("--port", type=int, default=8080, help="port number")
print(p.format_usage(), end="")
print("=" * 20)
print(p.format_help(), end="")
print("=" * 20)
buf = io.StringIO()
with redirect_stdout(buf):
    p.print_usage()
    p.print_help()
print(buf.getvalue() == p.format_usage() + p.format_help())
buf = io.StringIO()
p.print_help(file=buf)
print(len(buf.getvalue().splitlines()))

print("-- version action")
buf = io.StringIO()
try:
    with redirect_stdout(buf):
        p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code, repr(buf.getvalue()))
print("-- -h")
buf = io.StringIO()
try:
    with redirect_stdout(buf):
        p.parse_args(["-h"])
except SystemExit as e:
    print("exit", e.code, buf.getvalue() == p.format_help())

print("-- formatters")
for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog="fmt", formatter_class=cls,
                                description="line one\n    indented line two\nline three")
    f.add_argument("--size", type=int, default=3, help="size\n  of the thing")
    f.add_argument("name", type=str, help="a name")
    print(cls.__name__)
    print(f.format_help(), end="")

print("-- narrow and wide formatters")
f = argparse.ArgumentParser(prog="narrow", formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40, max_help_position=10))
f.add_argument("--alpha", help="first letter of the Greek alphabet, used for many things")
f.add_argument("--beta-gamma-delta", metavar="VALUE", help="three letters")
f.add_argument("pos", help="positional")
print(f.format_help(), end="")
f = argparse.ArgumentParser(prog="wide", usage="%(prog)s [options] FILE...", add_help=False)
f.add_argument("files", nargs="+")
print(f.format_help(), end="")

print("-- long usage wrapping")
w = argparse.ArgumentParser(prog="a-very-long-program-name-that-takes-space")
for i in range(12):
    w.add_argument(f"--option-number-{i}", metavar=f"VALUE{i}")
w.add_argument("positional_one")
w.add_argument("positional_two", nargs="+")
print(w.format_usage(), end="")

print("-- mutually exclusive in usage")
m = argparse.ArgumentParser(prog="mx")
grp = m.add_mutually_exclusive_group(required=True)
grp.add_argument("--on", action="store_true")
grp.add_argument("--off", action="store_true")
grp2 = m.add_mutually_exclusive_group()
grp2.add_argument("-a", metavar="A")
grp2.add_argument("-b", metavar="B")
print(m.format_usage(), end="")
print(m.format_help(), end="")

print("-- subcommand help")
s = argparse.ArgumentParser(prog="git-ish", description="Version control.")
s.add_argument("--dir", default=".")
subs = s.add_subparsers(title="commands", dest="cmd", metavar="COMMAND", help="what to do")
c = subs.add_parser("commit", help="record changes", description="Record changes to the repository.")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
subs.add_parser("push", help="update remote refs", aliases=["p"])
print(s.format_help(), end="")
print(c.format_help(), end="")
print(c.prog, c.format_usage(), end="")
