"""A first program: `cargo run --release -p packer -- run examples/hello.py [NAME]`."""
import sys


def greet(name):
    return f"Hello, {name}!"


print(greet(sys.argv[1] if len(sys.argv) > 1 else "world"))
squares = [n * n for n in range(1, 8)]
print("squares:", squares, "sum:", sum(squares))
