# csv.DictReader / DictWriter / Sniffer over the native reader and writer, with files.
import csv
import io

DATA = 'name,age,city\r\nAda,36,London\r\n"Grace, R.",85,"New\nYork"\r\nLinus,,Helsinki,extra1,extra2\r\nShort,1\r\n\r\n'

print("-- DictReader")
rd = csv.DictReader(io.StringIO(DATA, newline=""))
print(rd.fieldnames, rd.line_num)
for row in rd:
    print(rd.line_num, row)
rd = csv.DictReader(io.StringIO(DATA, newline=""), restkey="more", restval="?")
print([dict(r) for r in rd])
rd = csv.DictReader(["1;2", "3;4;5"], fieldnames=["a", "b"], delimiter=";")
print(list(rd), rd.fieldnames)
rd = csv.DictReader([])
print(rd.fieldnames, list(rd))
rd = csv.DictReader(["a,b", "", "", "1,2", ""])
print(list(rd), rd.line_num)
rd = csv.DictReader(["x,y", "1,2"], dialect="excel")
print(rd.dialect, rd.restkey, rd.restval, next(rd))

print("-- DictWriter")
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=["name", "score", "note"], restval="n/a")
print(w.writeheader())
w.writerow({"name": "Ada", "score": 10})
w.writerow({"name": "Bob", "score": 7.5, "note": 'said "hi"'})
w.writerows([{"name": "Cy"}, {"score": 0, "note": "line\nbreak"}])
print(repr(s.getvalue()))
try:
    w.writerow({"name": "x", "bogus": 1})
except ValueError as e:
    print("ValueError", e)
w2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
w2.writerow({"a": 1, "b": 2})
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="drop")
except ValueError as e:
    print("ValueError", e)
s = io.StringIO()
w = csv.DictWriter(s, ["k", "v"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writeheader()
w.writerows([{"k": "one", "v": 1}, {"k": "two", "v": 2.5}, {"k": "none"}])
print(repr(s.getvalue()))
print(list(csv.DictReader(io.StringIO(s.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))

print("-- Sniffer")
sn = csv.Sniffer()
samples = [
    "a,b,c\n1,2,3\n4,5,6\n",
    "a;b;c\n1;2;3\n4;5;6\n",
    "a\tb\tc\n1\t2\t3\n",
    "'a','b'\n'1','2'\n",
    'name|age\n"x"|1\n"y"|2\n',
    "h1:h2:h3\nab:cd:ef\ngh:ij:kl\n",
]
for sample in samples:
    try:
        d = sn.sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting, "header:", sn.has_header(sample))
    except csv.Error as e:
        print("csv.Error", e)
try:
    sn.sniff("abc\ndef\n", delimiters=";")
except csv.Error as e:
    print("csv.Error", e)
print(sn.has_header("name,age\nAda,36\nBob,40\n"), sn.has_header("1,2\n3,4\n5,6\n"))
d = sn.sniff("x;y\n1;2\n")
print(list(csv.reader(["p;q", "r;s"], d)))

