"""Writes pygmy's Unicode database blob (format: vm/src/strings/ucd.rs) to stdout, from the
`unicodedata` module of the CPython 3.11 running it (Unicode 14.0.0): what `unicodedata`
needs beyond the core's str tables (strings/tables.rs), that is character names, aliases and
named sequences, bidirectional classes, east asian widths, combining classes, mirrored flags,
numeric values, decompositions and the canonical composition pairs; and what
`unicodedata.ucd_3_2_0` (Unicode 3.2.0, for stringprep and the idna codec) answers
differently.

Run by `pygmy run` (cached under ~/.cache/pygmy) and by `cargo xtask dist` (the lazily
fetched `unicodedata.<hash>.bin`). Everything comes from CPython's own answers; aliases and
named sequences, which `unicodedata` cannot list, come from its name C API (`getname` on the
private code points where CPython keeps them), each checked with `lookup`.
"""
import struct
import sys
import unicodedata as ud

if sys.version_info[:2] != (3, 11) or ud.unidata_version != "14.0.0":
    sys.exit(f"gen_ucd.py needs CPython 3.11 (Unicode 14.0.0), not {sys.version.split()[0]} ({ud.unidata_version})")

MAX = 0x110000
BLOCK = 64
HANGUL = range(0xAC00, 0xD7A4)


def varint(n):
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def u24(n):
    return n.to_bytes(3, "little")


def short_str(s):
    b = s.encode("ascii")
    assert len(b) < 256
    return bytes([len(b)]) + b


def section(body):
    return struct.pack("<I", len(body)) + body


def alias_and_sequence_names():
    """(alias name, code point) and (sequence name, code points) from CPython's name C API."""
    import ctypes

    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    api = get_pointer(ud._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    getname = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)(ctypes.c_void_p.from_address(api).value)
    buf = ctypes.create_string_buffer(256)

    def names(base):
        i = 0
        while getname(base + i, buf, 256, 1):
            name = buf.value.decode("ascii")
            yield name, ud.lookup(name)
            i += 1

    aliases = [(n, ord(v)) for n, v in names(0xF0000)]
    sequences = list(names(0xF0200))
    assert len(aliases) > 400 and len(sequences) > 400, (len(aliases), len(sequences))
    return aliases, sequences


def changes_3_2_0(bidi_names, widths):
    """What `ucd_3_2_0` answers differently: the runs of code points it has as unassigned
    (whose properties are then fixed, see UNASSIGNED_3_2), the other changed code points, and
    the code points whose normalization it corrects back to Unicode 3.2's."""
    old = ud.ucd_3_2_0

    def props(db, c):
        return (db.category(c), db.bidirectional(c), db.east_asian_width(c), db.combining(c), db.mirrored(c),
                db.decimal(c, None), db.digit(c, None), db.numeric(c, None), db.decomposition(c), db.name(c, None))

    categories, runs, changed, corrections = [], [], [], []
    previous = False
    for cp in range(MAX):
        c = chr(cp)
        now, then = props(ud, c), props(old, c)
        unassigned = then[0] == "Cn" and now[0] != "Cn"
        if unassigned:
            # CPython's fixed answers for them (the digit is today's: digit() has no 3.2 case).
            assert then == ("Cn", "", "F", 0, 0, None, now[6], None, "", None), (hex(cp), then)
            if previous:
                runs[-1][1] = cp + 1
            else:
                runs.append([cp, cp + 1])
        elif then != now:
            # Only these differ for code points 3.2 has.
            assert then[3] == now[3] and then[6:] == now[6:], (hex(cp), then, now)
            for v, names in ((then[0], categories), (then[1], bidi_names), (then[2], widths)):
                if v not in names:
                    names.append(v)
            changed.append((cp, categories.index(then[0]), bidi_names.index(then[1]), widths.index(then[2]), then[4],
                            255 if then[5] is None else then[5]))
        previous = unassigned
        if not unassigned and old.normalize("NFD", c) != ud.normalize("NFD", c):
            fixed = old.normalize("NFD", c)
            assert len(fixed) == 1 and all(old.normalize(f, c) == fixed for f in ("NFC", "NFKC", "NFKD")), hex(cp)
            corrections.append((cp, ord(fixed)))
    assert len(runs) < 0x10000 and len(changed) < 0x10000 and len(corrections) < 256
    body = short_str(old.unidata_version)
    body += bytes([len(categories)]) + b"".join(short_str(x) for x in categories)
    body += struct.pack("<H", len(runs)) + b"".join(u24(a) + u24(b) for a, b in runs)
    body += struct.pack("<H", len(changed)) + b"".join(u24(cp) + bytes(rest) for cp, *rest in changed)
    body += bytes([len(corrections)]) + b"".join(u24(a) + u24(b) for a, b in corrections)
    return body


def main():
    # Per code point: bidirectional class and decomposition, as records in deduplicated blocks.
    bidi_names = [""]
    widths = []
    numerics = [None]
    tags = [""]
    decomps = [None]  # index 0: none
    decomp_ids = {}
    records = []
    record_ids = {}
    cp_record = []
    for cp in range(MAX):
        c = chr(cp)
        b = ud.bidirectional(c)
        if b not in bidi_names:
            bidi_names.append(b)
        d = ud.decomposition(c)
        di = 0
        if d:
            parts = d.split()
            tag = parts.pop(0) if parts[0].startswith("<") else ""
            if tag not in tags:
                tags.append(tag)
            key = (tags.index(tag), tuple(int(p, 16) for p in parts))
            di = decomp_ids.get(key)
            if di is None:
                di = decomp_ids[key] = len(decomps)
                decomps.append(key)
        w = ud.east_asian_width(c)
        if w not in widths:
            widths.append(w)
        n = ud.numeric(c, None)
        if n not in numerics:
            numerics.append(n)
        dec, dig = ud.decimal(c, None), ud.digit(c, None)
        rec = (bidi_names.index(b), di, widths.index(w), ud.combining(c), ud.mirrored(c), numerics.index(n),
               255 if dec is None else dec, 255 if dig is None else dig)
        ri = record_ids.get(rec)
        if ri is None:
            ri = record_ids[rec] = len(records)
            records.append(rec)
        cp_record.append(ri)
    blocks, block_ids, pages = [], {}, []
    for start in range(0, MAX, BLOCK):
        blk = tuple(cp_record[start:start + BLOCK])
        bi = block_ids.get(blk)
        if bi is None:
            bi = block_ids[blk] = len(blocks)
            blocks.append(blk)
        pages.append(bi)
    assert len(records) < 0x10000 and len(blocks) < 0x10000 and len(decomps) < 0x10000

    # Canonical composition: pairs whose composite NFC keeps (exclusions and singletons fail
    # that test, as do non-starter decompositions).
    composite_of = {}
    for cp in range(MAX):
        c = chr(cp)
        d = ud.decomposition(c)
        if d and not d.startswith("<"):
            parts = [int(p, 16) for p in d.split()]
            if len(parts) == 2 and ud.normalize("NFC", c) == c:
                composite_of[tuple(parts)] = cp
    pairs = sorted(composite_of.items())

    # Names: runs of code points, each a list of words (indices into a dictionary ordered by
    # frequency) and, for "PREFIX-<hex of the code point>" names, one entry per run.
    entries = []
    for cp in range(MAX):
        if cp in HANGUL:
            continue
        name = ud.name(chr(cp), None)
        if name is None:
            continue
        hexed = name.endswith(f"-{cp:04X}")
        words = tuple((name[: -len(f"-{cp:04X}")] if hexed else name).split(" "))
        assert " ".join(words) + (f"-{cp:04X}" if hexed else "") == name
        last = entries[-1] if entries else None
        if hexed and last and last[3] and last[2] == words and last[0] + last[1] == cp:
            last[1] += 1
        else:
            entries.append([cp, 1, words, hexed])
    freq = {}
    for e in entries:
        for w in e[2]:
            freq[w] = freq.get(w, 0) + 1
    words = sorted(freq, key=lambda w: (-freq[w], w))
    assert len(words) < 0x4000
    word_id = {w: i for i, w in enumerate(words)}
    names = bytearray()
    expected = 0
    for cp, run, ws, hexed in entries:
        names += varint(cp - expected) + varint(len(ws) * 2 + hexed)
        if hexed:
            names += varint(run)
        for w in ws:
            names += varint(word_id[w])
        expected = cp + run

    aliases, sequences = alias_and_sequence_names()
    # Before the name sections are written: it may add bidirectional and width names.
    old = changes_3_2_0(bidi_names, widths)

    out = bytearray(b"PYUCD\x00\x02\x00")
    out += section(short_str(ud.unidata_version))
    out += section(bytes([len(bidi_names)]) + b"".join(short_str(b) for b in bidi_names))
    out += section(bytes([len(widths)]) + b"".join(short_str(w) for w in widths))
    assert len(numerics) < 256
    out += section(bytes([len(numerics) - 1]) + b"".join(struct.pack("<d", x) for x in numerics[1:]))
    out += section(bytes([len(tags)]) + b"".join(short_str(t) for t in tags))
    body = bytearray(struct.pack("<H", len(decomps) - 1))
    for tag, cps in decomps[1:]:
        body += bytes([tag, len(cps)]) + b"".join(u24(x) for x in cps)
    out += section(bytes(body))
    out += section(struct.pack("<H", len(records)) + b"".join(struct.pack("<BHBBBBBB", *r) for r in records))
    out += section(struct.pack("<H", len(blocks)) + b"".join(struct.pack(f"<{BLOCK}H", *blk) for blk in blocks))
    out += section(struct.pack(f"<{len(pages)}H", *pages))
    out += section(struct.pack("<H", len(pairs)) + b"".join(u24(a) + u24(b) + u24(c) for (a, b), c in pairs))
    out += section(struct.pack("<H", len(words)) + b"".join(short_str(w) for w in words))
    out += section(struct.pack("<I", len(entries)) + bytes(names))
    out += section(struct.pack("<H", len(aliases)) + b"".join(u24(cp) + short_str(n) for n, cp in aliases))
    out += section(struct.pack("<H", len(sequences)) + b"".join(short_str(n) + bytes([len(s)]) + b"".join(u24(ord(c)) for c in s) for n, s in sequences))
    out += section(old)
    sys.stdout.buffer.write(bytes(out))


main()
