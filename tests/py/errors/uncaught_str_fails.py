# An uncaught exception whose __str__ itself raises.

class Broken(Exception):
    def __str__(self):
        raise RuntimeError("cannot render")

for i in range(20):
    print("line", i)
try:
    str(Broken())
except RuntimeError as e:
    print("str() raised:", e)
raise Broken("payload")
