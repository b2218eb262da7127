# shlex: split/quote/join round trips, the lexer in posix and non-posix modes, punctuation_chars,
# comments, whitespace_split, and the errors for unclosed quotes.
import shlex

for s in ['a b c', 'a "b c" d', "a 'b \\' c", 'x=1 y="two words" z=\'3\'', 'echo "a\\"b" \\$HOME', '  spaced   out  ', 'a#comment b', 'tab\tsep\nline']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True))
for s in ["", "simple", "has space", "it's", 'dq"', "$var", "a;b", "ünï"]:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
print(shlex.join(["ls", "-l", "my file", "it's"]))
lex = shlex.shlex("a = b + 'c d' # note\nnext;line", posix=False)
print(list(lex))
lex = shlex.shlex("a && b || c; (d | e) > f", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("k1=v1,k2='v 2',k3", posix=True)
lex.whitespace += ","
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two\nthree", posix=True)
print(lex.get_token(), lex.lineno, lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()))
lex = shlex.shlex("x y")
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token())
for bad in ['a "b', "c 'd", "e \\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
print(shlex.split("a b", posix=False), shlex.split('"a b" c', posix=False))
