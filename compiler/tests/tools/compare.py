"""Compare pygmy's code generation with CPython 3.11's, code object by code object.

    python3 compare.py PYGMY_DIS FILE_OR_DIR... [--show N]

Prints, per file, how many code objects are identical in the normalized listing (see
cpython_dis.py), and the first differing lines of up to N code objects.
"""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import cpython_dis

def sections(text):
    out, cur = [], None
    for line in text.splitlines():
        if line.startswith("== "):
            cur = [line]
            out.append(cur)
        elif cur is not None:
            cur.append(line)
    return out

LAYOUT = ("NOP", "JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "RETURN_VALUE", "POP_EXCEPT",
          "POP_TOP", "LOAD_CONST None")

def ops(section):
    """Instructions without positions, jump targets, handlers, or layout-only duplicates."""
    from collections import Counter
    c = Counter()
    for line in section[2:]:
        parts = line.split(None, 2)
        if len(parts) < 3:
            continue
        body = parts[2].split("  [->")[0].strip()
        if body.split(" to ")[0].strip() in LAYOUT or body.startswith("LOAD_CONST None") or body.split()[0] in LAYOUT:
            continue
        body = body.split(" to ")[0]
        c[body] += 1
    return c

def same_ops(x, y):
    """Same instructions up to layout (inlined exits, jump shapes): a shape-only difference."""
    return x[0] == y[0] and x[1] == y[1] and ops(x) == ops(y)

def files(args):
    for a in args:
        if os.path.isdir(a):
            for root, dirs, fs in os.walk(a):
                dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
                for f in sorted(fs):
                    if f.endswith(".py"):
                        yield os.path.join(root, f)
        else:
            yield a

def main():
    sys.stdout.reconfigure(errors="backslashreplace")
    tool = sys.argv[1]
    show = 3
    args = sys.argv[2:]
    semantic = "--semantic" in args
    if semantic:
        args.remove("--semantic")
    if "--show" in args:
        i = args.index("--show")
        show = int(args[i + 1])
        del args[i:i + 2]
    total = same = 0
    shown = 0
    bad_files = []
    for path in files(args):
        try:
            co = compile(open(path, "rb").read(), path, "exec", dont_inherit=True)
        except Exception:
            continue
        ref = []
        cpython_dis.norm(co, ref)
        r = subprocess.run([tool, path, "--norm"], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"{path}: pygmy failed: {r.stderr.strip()[:300]}")
            bad_files.append(path)
            continue
        a, b = sections("\n".join(ref)), sections(r.stdout)
        fsame = 0
        for x, y in zip(a, b):
            total += 1
            if x == y:
                same += 1
                fsame += 1
            elif semantic and same_ops(x, y):
                same += 1
                fsame += 1
            elif shown < show:
                shown += 1
                print(f"--- {path}: {x[0]}")
                for k, (p, q) in enumerate(zip(x, y)):
                    if p != q:
                        lo = max(0, k - 3)
                        for m in range(lo, min(len(x), k + 4)):
                            print(f"  cpy: {x[m]}")
                        print("  ...")
                        for m in range(lo, min(len(y), k + 4)):
                            print(f"  pgy: {y[m]}")
                        break
                else:
                    print(f"  lengths differ: {len(x)} vs {len(y)}")
        if len(a) != len(b):
            print(f"{path}: {len(a)} vs {len(b)} code objects")
    print(f"identical code objects: {same}/{total}; failed files: {len(bad_files)}")

main()
