# Encode/decode across the native codecs and their aliases, BOM handling, error handlers,
# and the attributes of the Unicode errors raised.

texts = ["", "abc", "café", "€uro", "日本", "😀x"]
codecs = ["utf-8", "UTF8", "u8", "utf_8_sig", "latin-1", "ISO-8859-1", "l1", "ascii", "us-ascii", "646",
          "utf-16", "UTF-16LE", "utf_16_be", "utf-32", "utf-32-le", "UTF_32_BE"]
for c in codecs:
    row = []
    for t in texts:
        try:
            b = t.encode(c)
            back = b.decode(c)
            row.append(f"{b.hex()}{'' if back == t else '!'}")
        except UnicodeEncodeError as e:
            row.append(f"E[{e.start}:{e.end}]")
    print(f"{c:<11}", " ".join(row))

def show_err(label, fn):
    try:
        r = fn()
    except (UnicodeError, LookupError, ValueError, TypeError) as e:
        args = (e.encoding, e.object, e.start, e.end, e.reason) if isinstance(e, UnicodeError) else e.args
        print(f"{label:<44} {type(e).__name__}: {e} {args!r}")
    else:
        print(f"{label:<44} {r!r}")

show_err("'é€x'.encode('ascii')", lambda: "é€x".encode("ascii"))
show_err("'aé€'.encode('latin-1')", lambda: "aé€".encode("latin-1"))
show_err("'a😀b'.encode('latin-1', 'replace')", lambda: "a😀b".encode("latin-1", "replace"))
show_err("'a😀b'.encode('ascii', 'xmlcharrefreplace')", lambda: "a😀b".encode("ascii", "xmlcharrefreplace"))
show_err("'a😀é'.encode('ascii', 'backslashreplace')", lambda: "a😀é".encode("ascii", "backslashreplace"))
show_err("'é'.encode('ascii', 'bogus')", lambda: "é".encode("ascii", "bogus"))
show_err("'e'.encode('ascii', 'bogus')", lambda: "e".encode("ascii", "bogus"))
show_err("'x'.encode('no-such-codec')", lambda: "x".encode("no-such-codec"))
show_err("b'a\\xff\\xfeb'.decode()", lambda: b"a\xff\xfeb".decode())
show_err("b'a\\xe2\\x82'.decode()", lambda: b"a\xe2\x82".decode())
show_err("b'\\xe2\\x82a'.decode()", lambda: b"\xe2\x82a".decode())
show_err("b'\\xed\\xa0\\x80'.decode()", lambda: b"\xed\xa0\x80".decode())
show_err("b'\\xf4\\x90\\x80\\x80'.decode()", lambda: b"\xf4\x90\x80\x80".decode())
show_err("b'\\xc0\\xaf'.decode()", lambda: b"\xc0\xaf".decode())
show_err("b'a\\xffb\\xfe'.decode('utf-8', 'replace')", lambda: b"a\xffb\xfe".decode("utf-8", "replace"))
show_err("b'a\\xffb'.decode('utf-8', 'ignore')", lambda: b"a\xffb".decode("utf-8", "ignore"))
show_err("b'a\\xffb'.decode('utf-8', 'backslashreplace')", lambda: b"a\xffb".decode("utf-8", "backslashreplace"))
show_err("b'\\xe2\\x82'.decode('utf-8', 'replace')", lambda: b"\xe2\x82".decode("utf-8", "replace"))
show_err("b'\\xff'.decode('utf-8', 'bogus')", lambda: b"\xff".decode("utf-8", "bogus"))
show_err("b'abc'.decode('utf-16')", lambda: b"abc".decode("utf-16"))
show_err("b'\\x00\\xd8'.decode('utf-16-le')", lambda: b"\x00\xd8".decode("utf-16-le"))
show_err("b'\\x00\\xd8a\\x00'.decode('utf-16-le')", lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
show_err("b'\\x00\\xdc'.decode('utf-16-le', 'replace')", lambda: b"\x00\xdc".decode("utf-16-le", "replace"))
show_err("b'\\xfe\\xff\\x00a'.decode('utf-16')", lambda: b"\xfe\xff\x00a".decode("utf-16"))
show_err("b'\\x00\\x00\\x11\\x00'.decode('utf-32')", lambda: b"\x00\x00\x11\x00".decode("utf-32"))
show_err("b'\\x00\\xd8\\x00\\x00'.decode('utf-32-le')", lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
show_err("b'ab'.decode('utf-32')", lambda: b"ab".decode("utf-32"))
show_err("b'\\x80'.decode('ascii', 'replace')", lambda: b"\x80".decode("ascii", "replace"))
show_err("b'\\xef\\xbb\\xbf\\xef\\xbb\\xbfx'.decode('utf-8-sig')", lambda: b"\xef\xbb\xbf\xef\xbb\xbfx".decode("utf-8-sig"))
show_err("str(b'\\xff', 'latin-1')", lambda: str(b"\xff", "latin-1"))
show_err("str(bytearray(b'\\xff'), 'ascii')", lambda: str(bytearray(b"\xff"), "ascii"))
show_err("bytes('é', 'ascii', 'replace')", lambda: bytes("é", "ascii", "replace"))
show_err("bytearray('é€', 'utf-16-be')", lambda: bytearray("é€", "utf-16-be"))
e = UnicodeDecodeError("x", b"abc", 1, 3, "why")
print(e, e.args, isinstance(e, ValueError))
