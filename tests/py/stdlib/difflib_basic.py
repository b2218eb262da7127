import difflib

a = """one
two
three
four
five
six""".splitlines(keepends=True)
b = """zero
one
three
FOUR
five
six
seven""".splitlines(keepends=True)

print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt", n=1)))
print("".join(difflib.context_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.ndiff(a, b)))
print("".join(difflib.restore(difflib.ndiff(a, b), 2)))

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 6))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] --> b[{j1}:{j2}] {s.a[i1:i2]!r:>8} --> {s.b[j1:j2]!r}")
print(list(difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_grouped_opcodes(1)))
print(s.find_longest_match(0, len(s.a), 0, len(s.b)))

words = ["ape", "apple", "peach", "puppy", "apply", "applet"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("appel", words, n=2, cutoff=0.8))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"))

d = difflib.Differ()
print("".join(d.compare(["  1. Beautiful is better than ugly.\n", "  2. Explicit is better than implicit.\n"],
                        ["  1. Beautiful is better than ugly.\n", "  2. Explicit is better than  implicit.\n", "  3. New.\n"])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"x", b"y", lineterm=b"")))
