# Differential sweep: pseudo-random texts (ASCII, whitespace of both kinds, combining marks,
# case-changing letters, astral chars) through every str and bytes method family, with a
# self-contained LCG so the sequence is the same everywhere.

state = 12345
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

ALPHA = ["a", "b", " ", "A", "\t", "\n", "\r", "\x0b", "\x1c", "\x85", "\xa0", "é", "\u0301", "Σ", "σ",
         "ß", "ǅ", "İ", "ﬁ", "K", "1", "²", "½", "٣", "_", "-", "'", '"', "😀", "\u2028", "\u3000", "\r\n", "ab"]
BALPHA = [b"a", b"b", b" ", b"A", b"\t", b"\n", b"\r", b"\x0b", b"\x1c", b"\x00", b"\xff", b"-", b"ab", b"0"]

def text(k=None):
    return "".join(ALPHA[rand(len(ALPHA))] for _ in range(rand(7) if k is None else k))
def data(k=None):
    return b"".join(BALPHA[rand(len(BALPHA))] for _ in range(rand(7) if k is None else k))
def idx():
    return [0, 1, 2, -1, -3, 5, None, 100][rand(8)]

def call(obj, name, *args):
    try:
        r = getattr(obj, name)(*args)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{obj!r}.{name}{args!r} -> {r!r}")

NOARGS = ["lower", "upper", "casefold", "capitalize", "title", "swapcase", "isalpha", "isalnum", "isdecimal",
          "isdigit", "isnumeric", "isspace", "isprintable", "isidentifier", "islower", "isupper", "istitle"]
for i in range(120):
    s = text()
    k = rand(12)
    if k == 0:
        call(s, NOARGS[rand(len(NOARGS))])
    elif k == 1:
        call(s, ["find", "rfind", "count"][rand(3)], text(rand(2)), idx(), idx())
    elif k == 2:
        call(s, ["split", "rsplit"][rand(2)], [None, text(1), text(2)][rand(3)], rand(4) - 1)
    elif k == 3:
        call(s, "splitlines", rand(2) == 1)
    elif k == 4:
        call(s, ["partition", "rpartition"][rand(2)], text(1 + rand(2)))
    elif k == 5:
        call(s, "replace", text(rand(2)), text(rand(2)), rand(4) - 1)
    elif k == 6:
        call(s, ["strip", "lstrip", "rstrip"][rand(3)], [None, text(2)][rand(2)])
    elif k == 7:
        call(s, ["center", "ljust", "rjust"][rand(3)], rand(10), text(1))
    elif k == 8:
        call(s, "expandtabs", rand(5) - 1)
    elif k == 9:
        call(s, ["startswith", "endswith"][rand(2)], (text(1), text(rand(3))), idx(), idx())
    elif k == 10:
        call(s, "encode", ["utf-8", "ascii", "latin-1", "utf-16-be", "utf-32-le"][rand(5)],
             ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"][rand(5)])
    else:
        a, b, c = idx(), idx(), [None, 1, 2, -1, -2][rand(5)]
        print(repr(s), repr(s[a:b:c]), ascii(s), len(s), repr(s.zfill(rand(8))))

BNOARGS = ["lower", "upper", "capitalize", "title", "swapcase", "isalpha", "isalnum", "isdigit", "isspace",
           "islower", "isupper", "istitle", "isascii"]
for i in range(80):
    b = data()
    if rand(3) == 0:
        b = bytearray(b)
    k = rand(9)
    if k == 0:
        call(b, BNOARGS[rand(len(BNOARGS))])
    elif k == 1:
        call(b, ["find", "rfind", "count"][rand(3)], [data(rand(2)), 97][rand(2)], idx(), idx())
    elif k == 2:
        call(b, ["split", "rsplit"][rand(2)], [None, data(1)][rand(2)], rand(4) - 1)
    elif k == 3:
        call(b, ["partition", "rpartition"][rand(2)], data(1 + rand(2)))
    elif k == 4:
        call(b, "replace", data(rand(2)), data(rand(2)), rand(4) - 1)
    elif k == 5:
        call(b, ["strip", "lstrip", "rstrip"][rand(3)], [None, data(2)][rand(2)])
    elif k == 6:
        call(b, "hex", [":", b"-"][rand(2)], rand(5) - 2)
    elif k == 7:
        call(b, "decode", ["utf-8", "ascii", "latin-1", "utf-16-le"][rand(4)], ["strict", "replace", "backslashreplace"][rand(3)])
    else:
        call(b, "splitlines", rand(2) == 1)
