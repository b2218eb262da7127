#!/usr/bin/env bash
# Bless tests/py programs with the real CPython 3.11 (stand-in until `cargo xtask bless`).
#
# Usage (from anywhere):  tests/bless.sh [tests/py/<area>/<name>.py | tests/py/<area> ...]
# With no arguments every test program under tests/py is blessed.
#
# For each program: run `python3 tests/py/<area>/<name>.py` from the repository root, twice,
# with PYTHONHASHSEED=0 and PYTHONHASHSEED=1. Stdout, exit status and the last stderr line must
# agree between the two runs, otherwise the program is reported as unstable and nothing is written.
# Writes <name>.out (stdout); when the exit status is non-zero also <name>.err (last line of
# stderr) and <name>.rc (the status); stale .err/.rc files are removed when the status is 0.
# Files and directories whose names start with `_` are helpers and are skipped.
set -u
PY=${PYTHON:-python3}
export PYTHONDONTWRITEBYTECODE=1
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2

ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != "3.11" ]; then
    echo "bless.sh: need CPython 3.11, $PY is $ver" >&2
    exit 2
fi

args=("$@")
[ ${#args[@]} -eq 0 ] && args=(tests/py)

files=()
for a in "${args[@]}"; do
    a=${a#"$root"/}
    if [ -d "$a" ]; then
        while IFS= read -r f; do files+=("$f"); done < <(find "$a" -name '*.py' | LC_ALL=C sort)
    else
        files+=("$a")
    fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0
n=0
for f in "${files[@]}"; do
    case "/$f" in */_*) continue ;; esac
    case "$f" in tests/py/*/*.py) ;; *) echo "skip (not tests/py/<area>/<name>.py): $f" >&2; continue ;; esac
    base=${f%.py}
    for seed in 0 1; do
        PYTHONHASHSEED=$seed PYTHONIOENCODING=utf-8 timeout 60 "$PY" "$f" >"$tmp/out$seed" 2>"$tmp/err$seed" </dev/null
        echo $? >"$tmp/rc$seed"
        tail -n 1 "$tmp/err$seed" >"$tmp/last$seed"
    done
    if ! cmp -s "$tmp/out0" "$tmp/out1" || ! cmp -s "$tmp/rc0" "$tmp/rc1" || ! cmp -s "$tmp/last0" "$tmp/last1"; then
        echo "UNSTABLE: $f" >&2
        diff "$tmp/out0" "$tmp/out1" | head -n 10 >&2
        bad=1
        continue
    fi
    cp "$tmp/out0" "$base.out"
    rc=$(cat "$tmp/rc0")
    if [ "$rc" != 0 ]; then
        cp "$tmp/last0" "$base.err"
        echo "$rc" >"$base.rc"
        echo "blessed: $f (rc=$rc: $(cat "$base.err"))"
    else
        rm -f "$base.err" "$base.rc"
        echo "blessed: $f ($(wc -l <"$base.out") lines)"
    fi
    n=$((n + 1))
done
echo "$n program(s) blessed"
exit $bad
