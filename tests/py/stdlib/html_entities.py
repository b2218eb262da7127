# html.escape/unescape with named, numeric and invalid references, and html.parser events.
import html
from html.parser import HTMLParser

for s in ['<a href="x">T&amp;C</a>', "it's", "plain", "&<>\"'"]:
    print(html.escape(s), html.escape(s, quote=False))
for s in ["&amp;&lt;&gt;&quot;&#39;", "&copy; 2024 &euro;5 &hellip;", "&#65;&#x42;&#X43;", "&#0; &#x110000; &#xD800;",
          "&notanentity; &amp", "&ampx &notit; &not", "a &lt b &gt c", "&#128; &#150;", "&AElig;&aelig;&Zcaron;"]:
    print(repr(html.unescape(s)))

class Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events = []
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
    def handle_endtag(self, tag):
        self.events.append(("end", tag))
    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))
    def handle_data(self, data):
        if data.strip():
            self.events.append(("data", data.strip()))
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_decl(self, decl):
        self.events.append(("decl", decl))

p = Collect()
p.feed('<!DOCTYPE html><html><head><title>T &amp; C</title></head><body class="main" data-x=1>'
       '<p id=intro>Hello <b>world</b>&nbsp;&copy;</p><!-- note --><img src="a.png" alt=""/><br>'
       '<script>if (a < b) { x = "</p>"; }</script><ul><li>one<li>two</ul></body></html>')
p.close()
for e in p.events:
    print(e)
q = Collect()
for piece in ["<di", "v cla", "ss='a b'>te", "xt</d", "iv>"]:
    q.feed(piece)
q.close()
print(q.events)
