import shlex

for s in ['ls -l "my file.txt"', "echo 'single quoted' \"double \\\"escaped\\\"\"",
          "a\\ b c#comment", "x=1 y='2 3' z", "", "   spaced   out  "]:
    print(repr(s), shlex.split(s))
print(shlex.split("a #b c", comments=True))
print(shlex.split("a\\b", posix=False), shlex.split("'a b'", posix=False))
for s in ["plain", "has space", "it's", "", "$HOME", "a\"b", "safe-_./@%+=:,chars"]:
    print(repr(shlex.quote(s)))
print(shlex.join(["cp", "-r", "my dir", "it's here"]))

lex = shlex.shlex("a && b || (c; d) > out.txt", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("key=value, other = 'quoted value' # trailing", posix=True)
lex.whitespace_split = False
print(list(lex))
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.lineno)
for bad in ['unterminated "quote', "trailing backslash \\", "open 'single"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(type(e).__name__, e)
lex = shlex.shlex("w1 w2\nw3", posix=True)
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
