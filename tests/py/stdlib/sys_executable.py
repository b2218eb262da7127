# sys.executable is the absolute path of the running interpreter's file, which
# platform.libc_ver() opens and reads (test.test_time calls it at import).
import os
import platform
import sys

print(os.path.isabs(sys.executable), os.path.isfile(sys.executable))
print(sys._base_executable == sys.executable)
lib, version = platform.libc_ver()
print(type(lib).__name__, type(version).__name__)
