# UTF-8 encoding and decoding, including multi-byte sequences and invalid input.

for s in ["", "ascii", "é", "€", "😀", "日本", "\x00", "\x7f\x80", "\u07ff\u0800", "\uffff\U00010000", "\U0010ffff",
          "mixed é€😀"]:
    e = s.encode("utf-8")
    print(repr(s), e, len(e), e.decode("utf-8") == s, e.decode() == s)
for name in ("utf-8", "UTF-8", "utf8", "UTF8", "u8", "utf_8", "Utf-8"):
    print(name, "é".encode(name))

bad = [b"\x80", b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xf4\x90\x80\x80",
       b"\xc0\xaf", b"\xff", b"ab\xfecd", b"\xf8\x88\x80\x80\x80", b"\xe0\x80\x80", b"\xf0\x80\x80\x80"]
for b in bad:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        print(repr(b), type(e).__name__ + ":", e, "|", e.start, e.end, e.reason, e.encoding)
    print("  replace:", repr(b.decode("utf-8", "replace")), "ignore:", repr(b.decode("utf-8", "ignore")),
          "backslash:", repr(b.decode("utf-8", "backslashreplace")), "surrogateescape:", repr(b.decode("utf-8", "surrogateescape")))
for s in ["\ud800", "a\udcffb", "\udfff\ud800"]:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError as e:
        print(repr(s), type(e).__name__ + ":", e, "|", e.start, e.end)
    print("  surrogatepass:", s.encode("utf-8", "surrogatepass"), "replace:", s.encode("utf-8", "replace"),
          "ignore:", s.encode("utf-8", "ignore"), "backslash:", s.encode("utf-8", "backslashreplace"))
print(b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print("a\udc80b".encode("utf-8", "surrogateescape"), b"a\x80b".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print(b"\xef\xbb\xbfbom".decode("utf-8"), b"\xef\xbb\xbfbom".decode("utf-8-sig"), "x".encode("utf-8-sig"))
print(bytearray("ü", "utf-8").decode(), memoryview(b"\xc3\xbc").tobytes().decode(), str(b"\xc3\xbc", "utf-8"))
