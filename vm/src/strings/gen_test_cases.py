#!/usr/bin/env python3
r"""Write test_cases.txt: str/bytes method calls with the results CPython 3.11 gives.

The Rust test `strings::tests::cpython_cases` replays every line against pygmy's functions;
python is not needed at test time (the file is checked in). A line is

    method <TAB> receiver <TAB> arg… <TAB> => <TAB> expected

Values: N (None), T/F (bool), i123 (int), s… (str), b… (bytes), [v,v,…] (list or tuple),
!Type:message (an exception). Inside s/b values, backslash, tab, comma, brackets, control
characters and non-printable characters are escaped as \\ \t \, \[ \] and \u{hex} (\xHH in
bytes). Printable non-ASCII text stays literal so the file reads well.

Usage: python3 gen_test_cases.py            # rewrite test_cases.txt beside this script
       python3 gen_test_cases.py --stdout
"""
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_test_cases.py needs CPython 3.11")

SPECIAL = {"\\": "\\\\", "\t": "\\t", ",": "\\,", "[": "\\[", "]": "\\]"}


def enc_str(s):
    out = []
    for c in s:
        if c in SPECIAL:
            out.append(SPECIAL[c])
        elif c.isprintable() and c != "\u3000" and not (c.isspace() and c != " "):
            out.append(c)
        else:
            out.append("\\u{%x}" % ord(c))
    return "s" + "".join(out)


def enc_bytes(b):
    out = []
    for x in b:
        c = chr(x)
        if c in SPECIAL:
            out.append(SPECIAL[c])
        elif 0x20 <= x < 0x7F:
            out.append(c)
        else:
            out.append("\\x%02x" % x)
    return "b" + "".join(out)


def enc(v):
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, str):
        return enc_str(v)
    if isinstance(v, (bytes, bytearray)):
        return enc_bytes(bytes(v))
    if isinstance(v, (list, tuple)):
        return "[" + ",".join(enc(x) for x in v) + "]"
    raise TypeError(type(v))


def enc_exc(e):
    msg = str(e)
    if isinstance(e, KeyError):
        msg = e.args[0]
    return "!%s:%s" % (type(e).__name__, enc_str(msg)[1:])


LINES = []


def case(method, recv, *args, call=None):
    try:
        if call is not None:
            res = call()
        else:
            res = getattr(recv, method.split(".")[1])(*args)
        exp = enc(res)
    except Exception as e:  # noqa: BLE001 - the exception is the expected result
        exp = enc_exc(e)
    LINES.append("\t".join([method, enc(recv)] + [enc(a) for a in args] + ["=>", exp]))


STRS = [
    "", "a", "abc", "Hello, World", "  spaced  out  ", "\t\ttabs\tand\nnew\tlines\r\n",
    "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "İstanbul", "straße", "ǅemal ǆ ǈ", "they're bill's friends from the UK",
    "日本語テキスト", "emoji 😀👍🏽 x😀", "e\u0301 combining\u0316", "a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci\rj\r\nk\n",
    "aaaa", "abababab", "ﬁ ligature ŉ ǰ ΐ", "123", "١٢٣", "½²③", "一二三", "A1_b", "_private", "class", "1abc",
    "\u00a0\u2003 nbsp \u3000", "MiXeD CaSe", "ÀÉÎÕÜ àéîõü", "ꭰ Ꭰ Cherokee", "\x00\x07\x7f\x80\xff\xad",
    "quote's \"both\"", "'single'", "\"double\"", "\\back\\slash", "\ud7ff\ue000\uffff\U0001F600\U0010FFFF\U000E0001",
    "Σ final: ΑΣ.ΑΣ ΑΣ' Σ ΑΣ\u0301Α", "ΌΣΟΣ σ", "x\u0345Σ", "İİ", "ﬃ ß ẞ", "-42", "+7", "3.14", "Ⅷ ⅷ",
    "hello world", "HELLO WORLD", "Hello World", "hello World", "123abc", "a\nb\rc\r\nd\n\re", "\n\n", "\r\n",
    "\x1c\x1d\x1e\x1f", " \t\n\x0b\x0c\r", "x" * 5 + "y", "ß", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ͅ",
]

BYTES = [
    b"", b"a", b"abc", b"Hello, World", b"  spaced  out  ", b"\t\ttabs\tand\nnew\tlines\r\n",
    b"they're bill's", b"aaaa", b"abababab", b"\x00\x01\x7f\x80\xff", b"quote's \"both\"", b"'single'",
    b"\\back\\slash", b"-42", b"+7", b"123", b"hello world", b"HELLO WORLD", b"Hello World", b"MiXeD 1s",
    b"a\nb\rc\r\nd\n\re\x0bf\x0cg\x1ch", b" \t\n\x0b\x0c\r\x1c", b"caf\xc3\xa9", b"\xe9t\xe9", b"A1_b",
]

NO_ARG = [
    "lower", "upper", "casefold", "capitalize", "title", "swapcase", "isalnum", "isalpha", "isascii",
    "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
    "isupper", "split", "rsplit", "strip", "lstrip", "rstrip", "splitlines",
]
BYTES_NO_ARG = [
    "lower", "upper", "capitalize", "title", "swapcase", "isalnum", "isalpha", "isascii", "isdigit",
    "islower", "isspace", "istitle", "isupper", "split", "rsplit", "strip", "lstrip", "rstrip", "splitlines",
    "hex",
]
RANGES = [(None, None), (1, None), (-3, -1), (4, 2), (-100, 3), (3, 3), (100, None)]
# Texts searched with every start/end pair; the other texts only with the default window.
SEARCH_STRS = {"", "a", "abc", "Hello, World", "ΣΑΣ", "日本語テキスト", "emoji 😀👍🏽 x😀", "aaaa", "abababab",
               "e\u0301 combining\u0316", "ÀÉÎÕÜ àéîõü", "x" * 5 + "y"}


def subs_of(s):
    subs = {s[:0], s[1:3], s[-2:], s[2:3] * 2}
    subs.add("zz" if isinstance(s, str) else b"zz")
    return sorted(subs)


def str_cases():
    for k, s in enumerate(STRS):
        for m in NO_ARG:
            case("str." + m, s)
        case("str.splitlines", s, True)
        case("str.repr", s, call=lambda: repr(s))
        case("str.ascii", s, call=lambda: ascii(s))
        case("str.len", s, call=lambda: len(s))
        for w in (5, 12, 20):
            for f in ("*", "😀"):
                case("str.center", s, w, f)
            case("str.ljust", s, w, "-")
            case("str.rjust", s, w, "ß")
            case("str.zfill", s, w)
        for t in (8, 3, 0):
            case("str.expandtabs", s, t)
        for n in (-1, 0, 1, 3):
            case("str.mul", s, n, call=lambda: s * n)
        for i in (1, -1, 5, -7):
            case("str.getitem", s, i, call=lambda: s[i])
        for sl in ((None, None, 2), (1, None, None), (None, None, -1), (5, 1, -2), (1, 8, 3)):
            start, stop, step = slice(*sl).indices(len(s))
            case("str.slice", s, start, stop, step, call=lambda: s[slice(*sl)])
        for sub in subs_of(s) if k % 2 == 0 or s in SEARCH_STRS else ():
            for m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
                for a, b in (RANGES if s in SEARCH_STRS else RANGES[:1]):
                    case("str." + m, s, sub, a, b)
            case("str.contains", s, sub, call=lambda: sub in s)
            case("str.partition", s, sub)
            case("str.rpartition", s, sub)
            case("str.removeprefix", s, sub)
            case("str.removesuffix", s, sub)
            for n in (-1, 1):
                case("str.replace", s, sub, "<->", n)
                case("str.split", s, sub, n)
                case("str.rsplit", s, sub, n)
            case("str.replace", s, sub, "")
            case("str.strip", s, sub)
            case("str.lstrip", s, sub)
            case("str.rstrip", s, sub)
        for n in (0, 1, 2, 5):
            case("str.split", s, None, n)
            case("str.rsplit", s, None, n)
        for sep in (", ", "", "→"):
            case("str.join", sep, list(s[:6]), call=lambda: sep.join(s[:6]))
        case("str.translate.maketrans", s, "aeΣ😀", "AEσ!", "l ", call=lambda: s.translate(str.maketrans("aeΣ😀", "AEσ!", "l ")))
        for enc_name in ("utf-8", "utf-16", "utf-16-be", "utf-32", "utf-32-le") if k % 3 == 0 else ("utf-8",):
            case("str.encode", s, enc_name, "strict")
        for enc_name in ("latin-1", "ascii"):
            for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
                case("str.encode", s, enc_name, errors)
    # targeted extras
    case("str.title", "they're bill's friends")
    case("str.replace", "aaa", "aa", "b")
    case("str.count", "aaaa", "aa")
    case("str.replace", "abc", "", "-")
    case("str.replace", "abc", "", "-", 2)
    case("str.replace", "", "", "x")
    case("str.replace", "日本日本", "", "|", 3)
    case("str.split", "a,b,,c,", ",")
    case("str.split", "a,b,,c,", ",", 2)
    case("str.rsplit", "a,b,,c,", ",", 2)
    case("str.split", "a", "")
    case("str.partition", "a", "")
    case("str.expandtabs", "01\t012\t0123\t01234", 4)
    case("str.expandtabs", "a\tb\r\tc\n\td", 3)
    case("str.expandtabs", "日本\t語", 4)
    case("str.zfill", "-0042", 8)
    case("str.zfill", "+", 3)
    case("str.zfill", "--", 4)
    case("str.center", "abc", 6, "*")
    case("str.center", "ab", 5, "*")
    case("str.center", "abc", 7, "*")
    case("str.lower", "İ")
    case("str.casefold", "ß")
    case("str.lower", "ΣΑΣ ΑΣΑ Σ")
    case("str.swapcase", "ΣΑΣ ǅ ß")
    case("str.capitalize", "ǆabc ΣΑΣ")
    case("str.title", "ǆabc ßx ŉo")
    case("str.isidentifier", "℘x")
    case("str.isidentifier", "x·y")
    case("str.isidentifier", "·y")
    case("str.isidentifier", "𝔘x")


def bytes_cases():
    for s in BYTES:
        for m in BYTES_NO_ARG:
            case("bytes." + m, s)
        case("bytes.splitlines", s, True)
        case("bytes.repr", s, call=lambda: repr(s))
        case("bytes.bytearray_repr", s, call=lambda: repr(bytearray(s)))
        for w in (0, 5, 12, 20):
            case("bytes.center", s, w, b"*")
            case("bytes.ljust", s, w, b"-")
            case("bytes.rjust", s, w, b" ")
            case("bytes.zfill", s, w)
        for t in (8, 4, 0):
            case("bytes.expandtabs", s, t)
        for sub in subs_of(s):
            for m in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
                for a, b in (RANGES if s in (b"", b"abc", b"aaaa", b"abababab", b"Hello, World") else RANGES[:1]):
                    case("bytes." + m, s, sub, a, b)
            case("bytes.partition", s, sub)
            case("bytes.rpartition", s, sub)
            case("bytes.removeprefix", s, sub)
            case("bytes.removesuffix", s, sub)
            for n in (-1, 1):
                case("bytes.replace", s, sub, b"<->", n)
                case("bytes.split", s, sub, n)
                case("bytes.rsplit", s, sub, n)
            case("bytes.strip", s, sub)
            case("bytes.lstrip", s, sub)
            case("bytes.rstrip", s, sub)
        for n in (0, 1, 2):
            case("bytes.split", s, None, n)
            case("bytes.rsplit", s, None, n)
        for sep, per in ((":", 1), ("-", 2), (" ", -2), ("_", 3), ("|", -1)):
            case("bytes.hex", s, sep, per)
        case("bytes.translate", s, b"ab", b"xy", b"l ", call=lambda: s.translate(bytes.maketrans(b"ab", b"xy"), b"l "))
        case("bytes.fromhex", enc_bytes_hex(s), call=lambda: bytes.fromhex(enc_bytes_hex(s)))
        for enc_name in ("utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"):
            for errors in (("strict", "replace", "backslashreplace") if enc_name in ("utf-8", "ascii") else ("strict",)):
                case("bytes.decode", s, enc_name, errors)
    for bad in (b"\xff", b"\xc3", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x90\x28\xbc", b"\xed\xa0\x80", b"\xc0\xaf",
                b"\xf4\x90\x80\x80", b"ok\x80\x80ok", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xef\xbb\xbfbom",
                b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a\x00\x00\xdc", b"\x00\xd8\x00\xdc", b"\x00\xd8a\x00",
                b"\x00\xdc", b"a", b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"abc"):
        for enc_name in ("utf-8", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"):
            for errors in ("strict", "replace", "ignore", "backslashreplace"):
                case("bytes.decode", bad, enc_name, errors)
    for h in ("", "0a", "0A 1b", " 01 02 ", "0", "0g", "abc", "a b", "\t01\n", "é", "01\x0b02", "1 2"):
        case("bytes.fromhex", h, call=lambda: bytes.fromhex(h))
    case("bytes.title", b"they're bill's")
    case("bytes.count", b"aaaa", b"aa")
    case("bytes.replace", b"abc", b"", b"-")
    case("bytes.replace", b"abc", b"", b"-", 2)
    case("bytes.split", b"a", b"")
    case("bytes.zfill", b"-42", 6)


def enc_bytes_hex(s):
    return s.hex(" ")


def main():
    str_cases()
    bytes_cases()
    text = "\n".join(LINES) + "\n"
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test_cases.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print("%d cases, %d bytes" % (len(LINES), len(text.encode())))


if __name__ == "__main__":
    main()
