import difflib

old = ["line %d\n" % i for i in range(12)]
new = old[:]
new[3] = "line three, changed\n"
del new[7]
new.insert(10, "an inserted line\n")
hd = difflib.HtmlDiff(tabsize=4, wrapcolumn=30)
table = hd.make_table(old, new, "old", "new", context=True, numlines=1)
print(table)
page = difflib.HtmlDiff().make_file(["a\tb\n"], ["a\tc\n"], "x", "y")
print(page.count("<tr>"), "<table" in page, page.splitlines()[0])
