# csv over real files: newline="" on writing and reading, DictReader on a file, and the
# universal-newlines reading that keeps the embedded newline.
import csv
import os
import tempfile

path = os.path.join(tempfile.gettempdir(), "pygmy_csv_test.csv")
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "text"])
    w.writerow([1, "multi\nline"])
    w.writerow([2, "comma, here"])
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    rd = csv.reader(f)
    for row in rd:
        print(rd.line_num, row)
with open(path, newline="") as f:
    print([r["text"] for r in csv.DictReader(f)])
with open(path) as f:
    print(list(csv.reader(f)))
os.remove(path)
