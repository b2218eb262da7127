# A program that prints some output then dies with an uncaught exception (exit status 1).

def level3(x):
    return {"a": 1}[x]

def level2(x):
    return level3(x)

print("before the failure")
for i in range(25):
    print("line", i)
try:
    level2("a")
    print("first call ok")
    level2("b")
except KeyError as e:
    print("caught once:", repr(e))
print("now failing for real")
level2("missing key")
print("never printed")
