# String comparison is lexicographic by code point; membership tests substrings.

words = ["apple", "Apple", "APPLE", "app", "apples", "banana", "", " ", "a", "B", "ä", "z", "Z", "10", "9",
         "é", "e\u0301", "😀", "\uffff", "ab\x00", "ab"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
for a, b in [("a", "b"), ("abc", "abd"), ("abc", "ab"), ("", "a"), ("Z", "a"), ("é", "z"), ("😀", "\uffff"),
             ("abc", "abc"), ("10", "9"), ("a\x00", "a")]:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)

print("cat" in "concatenate", "" in "", "" in "abc", "dog" in "cat", "é" in "café", "e" in "café")
print("Cat" in "concatenate", "ate" not in "concatenate", "😀" in "a😀b")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    None in "abc"
except TypeError as e:
    print(type(e).__name__, e)
for op in ("<", ">", "<=", ">="):
    try:
        eval(f"'a' {op} 1")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        eval(f"'a' {op} b'a'")
    except TypeError as e:
        print(type(e).__name__, e)
print("a" == b"a", "a" != b"a", "1" == 1, "abc" == ["a", "b", "c"])
print(max(["b", "a", "c"]), min("zyx"), "abc" < "abd" < "abe", "a" * 3 == "aaa")

class S(str):
    pass
print(S("x") == "x", "x" == S("x"), S("a") < "b", S("abc") in "xabcx", "b" in S("abc"), hash(S("q")) == hash("q"))
