import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-5:])
print(keyword.softkwlist)
for w in ["if", "async", "await", "match", "case", "_", "True", "print", "nonlocal", "type", "Else"]:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.kwlist) == keyword.kwlist)
import builtins
print([k for k in keyword.kwlist if hasattr(builtins, k)])
for kw in keyword.kwlist:
    try:
        compile(f"{kw} = 1", "<kw>", "exec")
        print("assignable:", kw)
    except SyntaxError:
        pass
