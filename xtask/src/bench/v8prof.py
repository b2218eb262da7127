#!/usr/bin/env python3
"""Where the wasm VM's time goes in Node, counted: V8 instructions per unit of work, by function.

    python3 xtask/src/bench/v8prof.py DIST PROGRAM N [--top 40] [--jit on] [--function NAME]

Runs `node DIST/pygmy.mjs PROGRAM N` and `... PROGRAM 2N` under callgrind (V8 with
`--no-liftoff --single-threaded`, as `cargo xtask bench --callgrind`, plus `--perf-basic-prof`
so /tmp/perf-PID.map names V8's code objects) and prints (I(2N) - I(N)) / N by function, so
start-up and compiles cancel out; PROGRAM reads N from sys.argv[1]. A dist built with
`cargo xtask dist --keep-names` gives the core's functions their Rust names; rows named
`native ...` are V8 itself (its compiler's work differs a little between two runs: judge a
change by the total without them). `--function NAME` (a name or its index in
DIST/names/*.tsv) prints that wasm function's TurboFan code, each instruction with its count,
from one run of N (V8's `--print-wasm-code-function-index`).
"""
import argparse, bisect, glob, json, os, re, subprocess, sys, tempfile


def run(dist, program, n, jit, work, extra=()):
    """One callgrind run; returns (profile path, perf map path, stdout)."""
    for f in glob.glob(os.path.join(work, 'cg.*')):
        os.remove(f)
    cmd = ['valgrind', '--tool=callgrind', '--dump-instr=yes', f'--callgrind-out-file={work}/cg.%p',
           '--smc-check=all-non-file', 'node', '--perf-basic-prof', '--no-liftoff', '--single-threaded',
           *extra, os.path.join(dist, 'pygmy.mjs'), program, str(n)]
    env = dict(os.environ, PYGMY_JIT=jit)
    p = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True, errors='replace')
    outs = sorted(glob.glob(os.path.join(work, 'cg.*')), key=os.path.getsize)
    if p.returncode != 0 or not outs:
        sys.exit(f'the run failed ({p.returncode}): {p.stderr[-2000:]}')
    prof = outs[-1]
    return prof, f'/tmp/perf-{prof.rsplit(".", 1)[1]}.map', p.stdout


def costs(path):
    """Self instructions by address, and the callgrind function name of each address."""
    cost, fn_at, names = {}, {}, {}
    last, skip, cur = 0, False, '?'
    num = lambda t: int(t, 16) if t.startswith('0x') else int(t)
    for line in open(path, errors='replace'):
        if line.startswith('calls='):
            skip = True  # the next cost line is the call's inclusive cost
            continue
        if line.startswith('fn='):
            m = re.match(r'fn=\((\d+)\)(?: (.*))?', line.strip())
            if m and m.group(2):
                names[m.group(1)] = m.group(2)
            cur = names.get(m.group(1), '?') if m else line[3:].strip()
            continue
        c = line[:1]
        if not c or not (c.isdigit() or c in '+-*'):
            continue
        parts = line.split()
        a = parts[0]
        addr = last if a == '*' else last + num(a[1:]) if a[0] == '+' else last - num(a[1:]) if a[0] == '-' else num(a)
        last = addr
        if skip:
            skip = False
            continue
        if len(parts) > 2:  # positions: instr line
            cost[addr] = cost.get(addr, 0) + int(parts[2])
            fn_at[addr] = cur
    return cost, fn_at


def by_function(prof, perf_map, dist):
    ranges = []
    for line in open(perf_map, errors='replace'):
        try:
            s, z, n = line.rstrip('\n').split(' ', 2)
            ranges.append((int(s, 16), int(z, 16), n))
        except ValueError:
            pass
    ranges.sort()
    starts = [r[0] for r in ranges]
    cost, fn_at = costs(prof)
    out = {}
    for a, n in cost.items():
        i = bisect.bisect_right(starts, a) - 1
        if i >= 0 and a < ranges[i][0] + ranges[i][1]:
            name = ranges[i][2]
            m = re.match(r'JS:(\S+?)-\d+-turbofan$', name)
            name = m.group(1) if m else name
            # A module of the JIT's (its functions have no names).
            name = re.sub(r'^(?:JS:\*?)?(wasm-function\[\d+\]).*', r'generated code, \1', name)
        else:
            name = 'native ' + fn_at.get(a, '?')[:60]
        out[name] = out.get(name, 0) + n
    keys = list(out)
    demangled = subprocess.run(['c++filt'], input='\n'.join(keys), capture_output=True, text=True).stdout.split('\n')
    named = {}
    for k, d in zip(keys, demangled):
        d = re.sub(r'\[[0-9a-f]{16}\]', '', d or k)
        named[d] = named.get(d, 0) + out[k]
    return named


def function_index(dist, name):
    if name.isdigit():
        return int(name)
    # An exact name first: a chunk's function also names its stub in the core ("stub for ...").
    rows = [line.rstrip('\n').split('\t') for f in sorted(glob.glob(os.path.join(dist, 'names', '*.tsv'))) for line in open(f)]
    for test in (lambda n: n == name, lambda n: n.endswith(name) and not n.startswith('stub for ')):
        for p in rows:
            if len(p) >= 3 and test(p[2]):
                return int(p[0])
    sys.exit(f'no function named {name} in {dist}/names')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('dist')
    ap.add_argument('program')
    ap.add_argument('n', type=int)
    ap.add_argument('--top', type=int, default=40)
    ap.add_argument('--jit', default='on')
    ap.add_argument('--function')
    a = ap.parse_args()
    dist, program = os.path.abspath(a.dist), os.path.abspath(a.program)
    with tempfile.TemporaryDirectory() as work:
        if a.function:
            index = function_index(dist, a.function)
            prof, _, code = run(dist, program, a.n, a.jit, work, [f'--print-wasm-code-function-index={index}'])
            cost, _ = costs(prof)
            total, inside = 0, False
            for line in code.splitlines():
                if line.startswith('--- WebAssembly code'):
                    inside = False
                if line.startswith('index:'):
                    inside = line.split()[1] == str(index)
                m = re.match(r'(0x[0-9a-f]+)\s', line) if inside else None
                n = cost.get(int(m.group(1), 16), 0) if m else 0
                total += n
                if inside:
                    print(f'{n:>12,} {line}' if n else f'{"":>12} {line}')
            print(f'total {total:,} in function {index}, one run of {a.n}')
            return
        one = by_function(*run(dist, program, a.n, a.jit, work)[:2], dist)
        two = by_function(*run(dist, program, 2 * a.n, a.jit, work)[:2], dist)
    per = {k: (two.get(k, 0) - one.get(k, 0)) / a.n for k in set(one) | set(two)}
    own = sum(v for k, v in per.items() if not k.startswith('native'))
    print(f'{sum(per.values()):,.0f} V8 instructions per unit; {own:,.0f} without V8 itself (native)')
    rows = {k: v for k, v in per.items() if not k.startswith('native')}
    rows['native (V8 itself, summed: its compiles differ between runs)'] = sum(per.values()) - own
    for k, v in sorted(rows.items(), key=lambda x: -x[1])[:a.top]:
        print(f'{v:>14,.0f} {100 * v / own:5.1f}%  {k[:140]}')


if __name__ == '__main__':
    main()
