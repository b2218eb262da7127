"""A minimal stand-in for pyperf, written for `cargo xtask bench` (not pyperf's code).

pyperformance's bm_*/run_benchmark.py files use only a little of pyperf: Runner(), its
`metadata` dict and `argparser`, parse_args(), bench_func() and bench_time_func(), and
perf_counter(). This module provides those and nothing else, so a benchmark measures the
benchmark, not pyperf's process spawning, statistics or JSON (which pygmy need not run).

Command line (read here, not by the benchmark): --values N (timed values, default 3),
--min-time S (seconds a value should take, default 0.2) and --warmup S (seconds of
single-loop runs before calibrating, at least one run; default 1.0). The warm-up is where a
JIT compiles and its engine tiers the generated code up: calibrating on the first run gave
short benchmarks one loop a value and values that measured the warmup, and one warm-up run
was not enough for deltablue under pygmy's JIT, whose first values then still took 3-5x the
later ones (as pyperf gives PyPy more warmups than CPython). A run after the warm-up
calibrates the loop count. One line per benchmark on stdout:
    pyperf-shim: NAME best=SECONDS_PER_LOOP loops=N values=V1,V2,...
"""

import sys
from time import perf_counter

_values = 3
_min_time = 0.2
_warmup = 1.0


def _settings(argv):
    global _values, _min_time, _warmup
    rest = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("--values", "--min-time", "--warmup") and i + 1 < len(argv):
            if arg == "--values":
                _values = int(argv[i + 1])
            elif arg == "--warmup":
                _warmup = float(argv[i + 1])
            else:
                _min_time = float(argv[i + 1])
            i += 2
            continue
        rest.append(arg)
        i += 1
    return rest


class _Namespace:
    pass


class _ArgParser:
    """argparse's add_argument/parse_args, reduced to options and their defaults."""

    def __init__(self):
        self._options = []

    def add_argument(self, *names, **kwargs):
        long_names = [n for n in names if n.startswith("--")]
        name = (long_names or list(names))[0].lstrip("-")
        dest = kwargs.get("dest") or name.replace("-", "_")
        self._options.append((dest, kwargs.get("default"), kwargs.get("type")))

    def parse_args(self, argv=None):
        ns = _Namespace()
        for dest, default, _ in self._options:
            setattr(ns, dest, default)
        return ns


class Runner:
    def __init__(self, *args, add_cmdline_args=None, **kwargs):
        self.metadata = {}
        self.argparser = _ArgParser()
        self._rest = _settings(sys.argv[1:])

    def parse_args(self, args=None):
        return self.argparser.parse_args()

    def bench_func(self, name, func, *args, **kwargs):
        def timed(loops):
            t0 = perf_counter()
            for _ in range(loops):
                func(*args)
            return perf_counter() - t0

        return self._measure(name, timed)

    def bench_time_func(self, name, time_func, *args, **kwargs):
        return self._measure(name, lambda loops: time_func(loops, *args))

    def _measure(self, name, timed):
        warm = timed(1)
        while warm < _warmup:
            warm += timed(1)
        first = timed(1)
        loops = 1
        if first < _min_time:
            loops = max(1, int(_min_time / max(first, 1e-6)))
        values = [timed(loops) / loops for _ in range(_values)]
        shown = ",".join("%.6g" % v for v in values)
        print("pyperf-shim: %s best=%.6g loops=%d values=%s" % (name, min(values), loops, shown), flush=True)
        return None
