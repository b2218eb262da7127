# Found by `cargo xtask fuzz-jit` (issue 8): seeds 300012, 300027 and 300067 of `--seed 300000
# --count 150` (its Fin.__del__ prints its caller's line). JIT divergence: generated code does
# not keep the frame's last instruction (`f.lasti`), so a finalizer queued by a drop in
# generated code and run by the interpreter at the next exit sees the frame at the line of the
# last instruction the interpreter ran: the call `Fin(i)` below (its return re-entered generated
# code), line 24 instead of 25, under PYGMY_JIT=on (once the loop is compiled) and eager. Apart
# from jit_fuzz_finalizer_timing.py: running the finalizer at the right instruction is not
# enough, the frame must say where it is (995034b writes lasti when generated code leaves).
import sys


class Fin:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        caller = sys._getframe(1)
        print("del", self.tag, "in", caller.f_code.co_name, "at line", caller.f_lineno)


def drops(n):
    i = 0
    while i < n:
        x = Fin(i)
        x = None
        j = i
        j = j + 1
        i += 1


def quiet_drops(n):
    # Without the print the loop is hot; the lines go to a list.
    lines = []
    i = 0
    while i < n:
        x = Quiet(lines)
        x = None
        i += 1
    return lines


class Quiet:
    def __init__(self, lines):
        self.lines = lines

    def __del__(self):
        self.lines.append(sys._getframe(1).f_lineno)


drops(3)
lines = quiet_drops(400)
print(len(lines), sorted(set(lines)))
