# is* predicates on bytes/bytearray work on ASCII only.

preds = ["isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii"]
samples = [b"", b"abc", b"ABC", b"Abc Def", b"abc123", b"123", b" \t\n\r\x0b\x0c", b"\x1c", b"\xe9",
           b"caf\xc3\xa9", b"Hello World", b"hello world", b"HELLO 2", b"a_b", b"\x7f", b"\x80", b"1.5", b"Ab1"]
print(" ".join(p[2:] for p in preds))
for b in samples:
    print(f"{b!r:<22}", "".join("T" if getattr(b, p)() else "." for p in preds),
          "".join("T" if getattr(bytearray(b), p)() else "." for p in preds))
print(b"abc".isalpha() == bytearray(b"abc").isalpha(), hasattr(b"", "isdecimal"), hasattr(b"", "isnumeric"),
      hasattr(b"", "isidentifier"), hasattr(b"", "isprintable"), hasattr(b"", "casefold"), hasattr(b"", "format"),
      hasattr(b"", "encode"), hasattr(b"", "decode"), hasattr(bytearray(), "append"), hasattr(b"", "append"))
