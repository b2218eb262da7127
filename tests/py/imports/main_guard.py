# if __name__ == "__main__": in the program and in imported modules.

print("program __name__:", __name__)

import _main_guard
print(_main_guard.__name__)
print(_main_guard.main())

def main():
    print("main() running")
    for i in range(3):
        print("  step", i)
    return 0

if __name__ == "__main__":
    print("inside the main guard")
    result = main()
    print("main returned", result)
else:
    print("not main (unexpected)")

# __name__ can be inspected inside functions
def who():
    return __name__
print(who())

# modules know their own __name__ even when imported under an alias
import _main_guard as alias
print(alias.__name__)

# __spec__ of the main program is None when run as a script
print(__spec__ is None)
print(_main_guard.__spec__.name)

# sys.modules["__main__"] is this module
import sys
print(sys.modules["__main__"].__name__, sys.modules["__main__"].main is main)

# running the guard body again is just code
if __name__ == "__main__":
    print("second guard also runs")

# a typical script layout: main() with argument parsing of a fake argv
def cli(argv):
    opts = {"verbose": False, "count": 1, "args": []}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-v", "--verbose"):
            opts["verbose"] = True
        elif a == "--count":
            i += 1
            opts["count"] = int(argv[i])
        else:
            opts["args"].append(a)
        i += 1
    return opts

if __name__ == "__main__":
    for argv in ([], ["-v"], ["--count", "3", "file.txt"], ["a", "--verbose", "b"]):
        print(argv, "->", sorted(cli(argv).items()))
