# Closures called from compiled code: their free variables (COPY_FREE_VARS) in plain
# functions, generators, methods using zero-argument super() (the __class__ cell), lambdas
# and class bodies nested in functions, with the cells rebound between calls.


def counter():
    n = 0

    def bump(k):
        nonlocal n
        n += k
        return n

    def peek():
        return n

    return bump, peek


def gen_from(base):
    def g(m):
        for i in range(m):
            yield base + i

    return g


class Base:
    def val(self):
        return 1


class Child(Base):
    def val(self):
        return super().val() + 10


def make_class(tag):
    class Inner:
        label = tag * 2

        def who(self):
            return tag

    return Inner


def run(rounds):
    bump, peek = counter()
    g = gen_from(100)
    c = Child()
    total = 0
    for i in range(rounds):
        total += bump(i)
        total += peek()
        total += sum(g(3))
        total += c.val()
        total += (lambda x: x + i)(1)
        k = make_class(i % 3)
        total += k.label + k().who()
    return total, peek()


print(run(300))
print(run(5))
