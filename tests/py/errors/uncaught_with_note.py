# An uncaught exception with notes: the last stderr line is the last note.

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note("while parsing the port number")
        e.add_note("hint: use digits only, e.g. 8080")
        raise

for text in ["80", "443", "8080", "3000", "22"]:
    print("port", parse_port(text))
for i in range(15):
    print("line", i)
parse_port("eighty")
