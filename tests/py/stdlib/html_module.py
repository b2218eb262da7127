import html
from html.parser import HTMLParser

print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<a href="x">', quote=False))
print(html.unescape("&lt;p&gt;caf&eacute; &amp; &#169; &#x263A; &copy &notanentity; &#0; &#x110000;"))
print(html.unescape("&amp;amp; &gt &quot;q&quot; &nbsp;|"), len(html.unescape("&nbsp;")))

class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
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
    def handle_pi(self, data):
        self.events.append(("pi", data))
    def handle_entityref(self, name):
        self.events.append(("entity", name))
    def handle_charref(self, name):
        self.events.append(("charref", name))

doc = """<!DOCTYPE html>
<html><head><title>T &amp; Q</title><?xml-stylesheet href="a"?></head>
<body class="main" id=b1 data-x='1 2'>
<!-- a comment -->
<p>Hello <b>bold</b> &copy; &#8364;<br/>world</p>
<img src="a.png" alt="">
<script>if (a < b && c > d) { x = "</p>"; }</script>
<ul><li>one<li>two</ul>
</body></html>"""
p = Collect()
p.feed(doc)
p.close()
for e in p.events:
    print(e)

p2 = Collect()
p2.convert_charrefs = False
for piece in ["<di", "v a='1'>te", "xt &am", "p; more</div>"]:
    p2.feed(piece)
p2.close()
print(p2.events)
print(p.getpos())
