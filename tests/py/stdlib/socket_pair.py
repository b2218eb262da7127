# socket.socketpair, non-blocking send/recv, shutdown/close, select.select and selectors over
# the pair (what asyncio's event loop uses to wake itself).
import errno
import select
import selectors
import socket

a, b = socket.socketpair()
print(type(a).__name__, a.family, a.type, a.proto, b.family == socket.AF_UNIX)
print(a.fileno() >= 0, a.fileno() != b.fileno(), a.gettimeout(), a.getblocking())
print(repr(a.getsockname()), repr(b.getpeername()))
a.setblocking(False)
b.setblocking(False)
print(a.gettimeout(), a.getblocking(), a.timeout)
print(a.send(b"hello"), b.recv(3), b.recv(100))
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
a.sendall(b"xyz")
b.sendall(memoryview(b"123"))
print(b.recv(1), b.recv(10), a.recv(10))
try:
    a.recv(-1)
except ValueError as e:
    print("ValueError", e)
try:
    a.send("text")
except TypeError as e:
    print("TypeError", e)
a.settimeout(2.5)
print(a.gettimeout(), a.getblocking())
a.settimeout(None)
print(a.gettimeout())
try:
    a.settimeout(-1)
except ValueError as e:
    print("ValueError", e)
a.setblocking(False)

print("-- select")
r, w, x = select.select([a, b], [a], [], 0)
print(r, len(w), x)
a.send(b"!")
r, w, x = select.select([a, b.fileno()], [], [], 0.01)
print(["fd" if isinstance(s, int) else "sock" for s in r])
print(b.recv(1))
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print("ValueError", e)
try:
    select.select([object()], [], [], 0)
except TypeError as e:
    print("TypeError", e)
try:
    select.select([a], [], [], -1)
except ValueError as e:
    print("ValueError", e)

print("-- selectors")
sel = selectors.DefaultSelector()
key = sel.register(b, selectors.EVENT_READ, data="reader")
print(key.events, key.data, key.fileobj is b)
print(sel.select(timeout=0))
a.send(b"ping")
events = sel.select(timeout=0.01)
print([(k.data, mask) for k, mask in events])
print(b.recv(10))
sel.modify(b, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
print([(k.data, mask) for k, mask in sel.select(timeout=0)])
sel.unregister(b)
print(len(sel.get_map()))
sel.close()

print("-- shutdown and close")
a.shutdown(socket.SHUT_WR)
print(repr(b.recv(10)), repr(b.recv(10)))
r, _, _ = select.select([b], [], [], 0)
print(len(r))
b.send(b"still open")
print(a.recv(100))
a.close()
print(a.fileno(), a._closed)
try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno == errno.EBADF)
try:
    b.send(b"after peer closed")
except OSError as e:
    print(type(e).__name__, e.errno == errno.EPIPE)
print(repr(b.recv(10)))
b.close()
b.close()
with socket.socketpair()[0] as s:
    print(s._closed)
print(s._closed)
c, d = socket.socketpair()
fd = c.detach()
print(fd >= 0, c.fileno(), c._closed)
e = socket.socket(fileno=fd)
e.setblocking(False)
d.send(b"to the new owner")
print(e.recv(100), e.family == socket.AF_UNIX)
e.close()
d.close()
print(socket.AF_INET, socket.SOCK_STREAM, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.MSG_PEEK)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.getdefaulttimeout())
print(isinstance(socket.error(), OSError), issubclass(socket.gaierror, OSError), socket.timeout is TimeoutError)
