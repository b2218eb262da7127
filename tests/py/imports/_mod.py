"""Helper module for import tests."""
print("  executing _mod")

CONSTANT = 42
_private = "private value"
load_count = 0
load_count += 1

def greet(name):
    return "hello, " + name

def double(x):
    return 2 * x

class Widget:
    def __init__(self, size):
        self.size = size
    def __repr__(self):
        return "Widget(%r)" % self.size
