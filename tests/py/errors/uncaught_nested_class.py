# The last stderr line names the exception by its qualified name (without __main__).

class Service:
    class Unavailable(Exception):
        pass

    def __init__(self):
        self.calls = 0

    def call(self, n):
        self.calls += 1
        if n > 20:
            raise Service.Unavailable("service down after %d calls" % self.calls)
        return n * n

svc = Service()
for n in range(0, 30, 1):
    print("call", n, "->", svc.call(n))
