# os wait-status helpers and waitpid without children (subprocess imports them).
import os
import subprocess

for status in (0, 256, 512 | 0, 0x7f00, 9, 0x8b, 0x137f, 0xffff, 1 << 8 | 0x80):
    print(hex(status), os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WIFCONTINUED(status),
          os.WCOREDUMP(status))
for status in (0, 256, 3 << 8, 9, 15):
    print(status, os.waitstatus_to_exitcode(status))
for bad in (0x137f, 0xffff):
    try:
        os.waitstatus_to_exitcode(bad)
    except ValueError as e:
        print("ValueError", e)
print(os.WIFEXITED(status=0), os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
for call in (lambda: os.WIFEXITED(1.5), lambda: os.WIFEXITED("x"), lambda: os.WIFEXITED(2**40),
             lambda: os.waitstatus_to_exitcode()):
    try:
        call()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    os.waitpid(987654, os.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError", e.errno, e.strerror)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL, issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
print(subprocess.list2cmdline(["a b", "c"]), repr(subprocess.CompletedProcess(["x"], 0)))
