# Literal patterns.

def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case 1 + 2j:
            return "complex 1+2j"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case _:
            return "something else: %r" % (x,)

for v in (0, 1, 2, 3, 4, -1, 1.5, 2j, 1 + 2j, "hello", "", b"bytes", "bytes", True, False, None, 0.0, -0.0, 1.0, [], ()):
    print(repr(v), "->", describe(v))

# True/False/None match by identity, numbers by equality
def bool_check(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "equals 1"
        case _:
            return "other"
print(bool_check(True), bool_check(1), bool_check(1.0), bool_check(False))

def none_check(x):
    match x:
        case None:
            return "None"
        case 0:
            return "zero"
        case _:
            return "other"
print(none_check(None), none_check(0), none_check(False), none_check(""))

# equality with user types uses __eq__
class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True
match AlwaysEqual():
    case 42:
        print("matched 42 via __eq__")

class NeverEqual:
    def __eq__(self, other):
        return False
match NeverEqual():
    case 42:
        print("wrong")
    case _:
        print("never equal falls through")

# string concatenation of literals and f-strings
def strs(s):
    match s:
        case "ab" "cd":
            return "implicit concat"
        case "x":
            return "x"
    return "no match"
print(strs("abcd"), strs("x"), strs("ab"))

try:
    compile("match x:\n    case f'{y}':\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# negative numbers and complex literals
def nums(n):
    match n:
        case -5:
            return "minus five"
        case -2.5:
            return "minus two and a half"
        case -1 - 1j:
            return "complex"
    return "none"
print(nums(-5), nums(-2.5), nums(complex(-1, -1)), nums(5))

# match is a soft keyword: usable as a name
match = "match as a variable"
case = "case as a variable"
print(match, case)
def match_fn(match):
    return match * 2
print(match_fn(3))

# int/float equality
def one(x):
    match x:
        case 1:
            return "one"
    return "not one"
print(one(1), one(1.0), one(True), one("1"))

# no case matches: nothing happens
match 99:
    case 1:
        print("no")
print("after unmatched match")

# subject evaluated once
calls = []
def subject():
    calls.append("evaluated")
    return 3
match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three")
print(calls)
