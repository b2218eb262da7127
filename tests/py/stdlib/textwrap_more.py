import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.wrap(text, width=24))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten(text, width=40, placeholder=" [more]"))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      # odd
    """)))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\n\nb\n", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=20, break_long_words=False, max_lines=3, placeholder="...")
print(w.wrap("supercalifragilisticexpialidocious is a long word indeed, very long"))
w = textwrap.TextWrapper(width=10, break_on_hyphens=True)
print(w.wrap("a well-known state-of-the-art x-ray"))
w = textwrap.TextWrapper(width=10, break_on_hyphens=False, expand_tabs=True, tabsize=4)
print(w.wrap("tab\there well-known\tend"))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True, drop_whitespace=False)
print(w.wrap("One.  Two. Three!  Four?  five"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("word " * 3, 5))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.TextWrapper(width=5, max_lines=1, placeholder="[toolong]").wrap("a b c d e f")
except ValueError as e:
    print("ValueError", e)
