from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs,
                          parse_qsl, quote_from_bytes, unquote_to_bytes)

u = urlparse("https://user:pw@Example.COM:8443/a/b;p?q=1&r=2#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(u.geturl(), u._replace(scheme="http", fragment="").geturl())
print(urlsplit("//host/path?x"), urlsplit("mailto:someone@example.com"))
print(urlunparse(("http", "h", "/p", "", "a=1", "f")), urlunsplit(("s", "n", "p", "q", "f")))
base = "http://a/b/c/d;p?q"
for ref in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "..", "../g", "../..", "../../../g", "g;x", "", "http:g"]:
    print(repr(ref), urljoin(base, ref))
print(urldefrag("http://x/y#z"), urldefrag("http://x/y"))
print(quote("a b/c?d=é&f"), quote("a b/c", safe=""), quote_plus("a b+c&d"))
print(unquote("caf%C3%A9%20%2Fx"), unquote_plus("a+b%2Bc"), unquote("%zz%4"))
print(quote_from_bytes(b"\x00\xff ab"), unquote_to_bytes("%00%ffab"))
print(urlencode({"q": "hello world", "n": 3, "l": ["a", "b"]}), urlencode({"l": ["a", "b"]}, doseq=True))
print(urlencode([("k", "v&w"), ("é", "ü")]))
print(parse_qs("a=1&b=2&a=3&c=&d"), parse_qs("a=1&c=", keep_blank_values=True))
print(parse_qsl("x=1;y=2&z=%20", separator="&"), parse_qsl("x=1&y=a+b"))
try:
    parse_qsl("a=1&b", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)
try:
    urlparse("http://[::1/")
except ValueError as e:
    print("ValueError", e)
try:
    urlparse("http://h:99999/").port
except ValueError as e:
    print("ValueError", e)
print(urlparse("http://[::1]:80/x").hostname, urlparse(b"http://h/p").path)
