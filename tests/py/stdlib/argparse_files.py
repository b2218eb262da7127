# argparse with files: FileType arguments and @-prefixed argument files.
import os

os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
import argparse
import io
import tempfile
from contextlib import redirect_stderr


def attempt(parser, args):
    err = io.StringIO()
    try:
        with redirect_stderr(err):
            ns = parser.parse_args(args)
        print([a.replace(path, "<tmp>") for a in args], "->", sorted((k, v if isinstance(v, (str, int, list, type(None))) else type(v).__name__) for k, v in vars(ns).items()))
        return ns
    except SystemExit as e:
        print([a.replace(path, "<tmp>") for a in args], "-> exit", e.code)
        print(err.getvalue(), end="")


path = os.path.join(tempfile.gettempdir(), "pygmy_argparse_args.txt")
with open(path, "w") as f:
    f.write("--a\nfrom-file\n--n\n3\n")
ff = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@")
ff.add_argument("--a")
ff.add_argument("--n", type=int)
attempt(ff, ["@" + path])
attempt(ff, ["@" + path, "--a", "override"])
attempt(ff, ["@/nonexistent/args.txt"])

t = argparse.ArgumentParser(prog="types")
t.add_argument("--file", type=argparse.FileType("r"))
t.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"))
ns = attempt(t, ["--file", path])
print(ns.file.readline().strip(), ns.file.name == path)
ns.file.close()
attempt(t, ["--file", "/nonexistent/dir/file.txt"])
ns = attempt(t, ["--out", path])
ns.out.write("x")
ns.out.close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
