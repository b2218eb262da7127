#!/usr/bin/env python3
"""Generate vm/src/strings/tables.rs: the Unicode data that pygmy's str methods and
the future `unicodedata` module use, taken from CPython 3.11 itself (Unicode 14.0).

Every property is derived from what CPython *does* (``c.isupper()``, ``c.lower()``,
``unicodedata.category(c)`` …), not from the UCD files, so pygmy follows CPython 3.11
exactly, including its definitions (isalpha = category L*, isspace = bidi WS/B/S or Zs…).

Usage:  python3 gen_tables.py            # rewrite tables.rs beside this script
        python3 gen_tables.py --stdout   # print it (the regeneration test uses this)
"""
import os
import sys
import unicodedata as ud

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_tables.py needs CPython 3.11 (Unicode 14.0), not %s" % sys.version.split()[0])

MAX = 0x110000
CATEGORIES = [
    "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd",
    "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf",
    "Cs", "Co",
]
FLAGS = [
    "LOWER", "UPPER", "CASED", "CASE_IGNORABLE", "SPACE", "XID_START", "XID_CONTINUE",
    "DECIMAL", "DIGIT", "NUMERIC",
]
LINE_BREAKS = [0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029]


def props_of(cp):
    c = chr(cp)
    cat = ud.category(c)
    lower, upper = c.islower(), c.isupper()
    cased = lower or upper or cat == "Lt"
    # Case_Ignorable is not exposed by CPython; recover it from the final-sigma rule, which
    # skips case-ignorable characters on both sides of a capital sigma.
    if cased:
        ignorable = (" " + c + "\u03a3").lower()[-1] == "\u03c3"
    else:
        ignorable = ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
    flags = [
        lower, upper, cased, ignorable, c.isspace(),
        c.isidentifier() and c != "_",  # '_' is special-cased by str.isidentifier
        ("a" + c).isidentifier(),
        c.isdecimal(), c.isdigit(), c.isnumeric(),
    ]
    bits = 0
    for i, f in enumerate(flags):
        if f:
            bits |= 1 << i
    return CATEGORIES.index(cat) | (bits << 5)


def check_derived(cp):
    """Properties pygmy derives instead of storing: assert the derivation is exact."""
    c = chr(cp)
    cat = ud.category(c)
    printable = cat not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs") or c == " "
    assert printable == c.isprintable(), hex(cp)
    assert c.isalpha() == (cat[0] == "L"), hex(cp)
    assert c.isdecimal() == (ud.decimal(c, None) is not None), hex(cp)
    assert c.isdigit() == (ud.digit(c, None) is not None), hex(cp)
    assert c.isnumeric() == (ud.numeric(c, None) is not None), hex(cp)
    d = ud.digit(c, None)
    if d is not None:
        assert ud.numeric(c) == d, hex(cp)
        assert ud.decimal(c, None) in (None, d), hex(cp)
    assert ((c + "x").splitlines() != [c + "x"]) == (cp in LINE_BREAKS), hex(cp)


def runs(values):
    """[(start, value)] for each maximal run of equal values."""
    out = []
    prev = object()
    for cp, v in enumerate(values):
        if v != prev:
            out.append((cp, v))
            prev = v
    return out


def paged_runs(values, shift=8):
    """Runs split at page boundaries (pages of 1 << shift code points) below `high`;
    runs at or above `high` are kept in a plain sorted list."""
    rs = runs(values)
    last_low = max(s for s, _ in rs if s < 0xE0000)
    npages = (last_low >> shift) + 1
    high = npages << shift
    pages, starts, vals = [], [], []
    for p in range(npages):
        lo = p << shift
        pages.append(len(starts))
        starts.append(0)
        vals.append(values[lo])
        for off in range(1, 1 << shift):
            if values[lo + off] != values[lo + off - 1]:
                starts.append(off)
                vals.append(values[lo + off])
    pages.append(len(starts))
    hi = [(s, v) for s, v in rs if s > high] 
    hi.insert(0, (high, values[high]))
    return pages, starts, vals, hi


def case_fields(cp, ext, ext_index):
    c = chr(cp)
    out = []
    for m in (c.upper(), c.lower(), c.title(), c.casefold()):
        if len(m) == 1:
            out.append(ord(m) - cp)
        else:
            key = m
            if key not in ext_index:
                ext_index[key] = len(ext)
                ext.extend(m)
            assert len(m) <= 3
            out.append((1 << 24) + ext_index[key] * 4 + len(m))
    return tuple(out)


def pair_runs(recs, identity):
    """Compress a code point -> case record map into runs (start, len, even_rec, odd_rec):
    in a run, code points at an even offset from start use even_rec, odd ones odd_rec.
    Alternating upper/lower pairs (Latin Extended-A…) become one run."""
    out = []
    cp = 0
    while cp < MAX:
        if recs[cp] == identity:
            cp += 1
            continue
        a = recs[cp]
        b = recs[cp + 1] if cp + 1 < MAX else identity
        # Plain run of a's, or alternating a/b run; take the longer.
        n1 = 1
        while cp + n1 < MAX and recs[cp + n1] == a:
            n1 += 1
        n2 = 2 if b != identity and b != a else 0
        if n2:
            while cp + n2 < MAX and recs[cp + n2] == (a if n2 % 2 == 0 else b):
                n2 += 1
        if n2 > n1:
            # Drop a trailing identity-only tail: the run ends on its last mapped code point.
            out.append((cp, n2, a, b))
            cp += n2
        else:
            out.append((cp, n1, a, a))
            cp += n1
    return out


def numeric_runs():
    """Runs (start, len, base value index, step) with value(cp) = VALUES[base] + step*(cp-start)."""
    vals = [ud.numeric(chr(cp), None) for cp in range(MAX)]
    distinct = []
    index = {}
    out = []
    cp = 0
    while cp < MAX:
        v = vals[cp]
        if v is None:
            cp += 1
            continue
        n = 1
        step = 0
        if cp + 1 < MAX and vals[cp + 1] is not None and vals[cp + 1] == v + 1 and v == int(v):
            step = 1
        while cp + n < MAX and vals[cp + n] is not None and vals[cp + n] == v + step * n and n < 255:
            n += 1
        if v not in index:
            index[v] = len(distinct)
            distinct.append(v)
        out.append((cp, n, index[v], step))
        cp += n
    return out, distinct


def fmt_array(name, ty, items, per_line=16, doc=None):
    items = list(items)
    lines = []
    if doc:
        lines.append("/// " + doc)
    lines.append("pub static %s: [%s; %d] = [" % (name, ty, len(items)))
    for i in range(0, len(items), per_line):
        lines.append("    " + ", ".join(items[i:i + per_line]) + ",")
    lines.append("];")
    return "\n".join(lines) + "\n"


def generate():
    props = [0] * MAX
    for cp in range(MAX):
        props[cp] = props_of(cp)
        check_derived(cp)
    records = sorted(set(props))
    rec_index = {r: i for i, r in enumerate(records)}
    assert len(records) < 256
    pages, starts, vals, high = paged_runs([rec_index[p] for p in props])
    assert len(starts) < 65536

    ext, ext_index = [], {}
    case = [case_fields(cp, ext, ext_index) for cp in range(MAX)]
    identity = (0, 0, 0, 0)
    case_records = [identity] + sorted(set(case) - {identity})
    case_rec_index = {r: i for i, r in enumerate(case_records)}
    cruns = pair_runs(case, identity)
    assert all(n < 2048 for _, n, _, _ in cruns)
    assert len(case_records) < 65536

    nruns, nvalues = numeric_runs()
    assert len(nvalues) < 128

    eaw_names = ["N", "Na", "A", "W", "H", "F"]
    eaw = runs([eaw_names.index(ud.east_asian_width(chr(cp))) for cp in range(MAX)])
    comb = runs([ud.combining(chr(cp)) for cp in range(MAX)])
    mirrored = [s for s, v in runs([ud.mirrored(chr(cp)) for cp in range(MAX)])]
    # Mirrored toggles at each start; code point 0 is not mirrored.
    assert ud.mirrored("\0") == 0
    mirrored = mirrored[1:]

    h = lambda v: "0x%X" % v
    out = []
    out.append("//! Unicode %s tables for pygmy's str methods and `unicodedata`.\n"
               "//! GENERATED by gen_tables.py from CPython %s's own behaviour: do not edit.\n"
               "//! The test `strings::unicode::tests::tables_are_up_to_date` regenerates and compares.\n"
               % (ud.unidata_version, ".".join(map(str, sys.version_info[:3]))))
    out.append('pub const UNICODE_VERSION: &str = "%s";\n' % ud.unidata_version)
    out.append("/// General category names; a category index is a position here.\n"
               "pub static CATEGORY_NAMES: [&str; %d] = [%s];\n"
               % (len(CATEGORIES), ", ".join('"%s"' % c for c in CATEGORIES)))
    for i, f in enumerate(FLAGS):
        out.append("pub const %s: u16 = 1 << %d;\n" % (f, i + 5))
    out.append("pub const CATEGORY_MASK: u16 = 0x1F;\n\n")
    out.append(fmt_array("PROPS_RECORDS", "u16", map(h, records),
                         doc="Property records: category index | flags (the consts above)."))
    out.append("/// Code point -> property record index, as runs paged by 256 code points.\n"
               "pub static PROPS: super::unicode::RunTable = super::unicode::RunTable {\n"
               "    pages: &PROPS_PAGES,\n    starts: &PROPS_STARTS,\n    values: &PROPS_VALUES,\n"
               "    high: &PROPS_HIGH,\n};\n")
    out.append(fmt_array("PROPS_PAGES", "u16", map(str, pages)))
    out.append(fmt_array("PROPS_STARTS", "u8", map(str, starts), per_line=24))
    out.append(fmt_array("PROPS_VALUES", "u8", map(str, vals), per_line=24))
    out.append(fmt_array("PROPS_HIGH", "u32", (h(s << 8 | v) for s, v in high), per_line=8,
                         doc="Runs above the paged range: start << 8 | record."))
    out.append("\n")
    out.append(fmt_array("CASE_RUNS", "u32", (h(s << 11 | n) for s, n, _, _ in cruns), per_line=8,
                         doc="Case runs: start << 11 | length, sorted; code points outside map to themselves."))
    out.append(fmt_array("CASE_RUN_RECORDS", "[u16; 2]",
                         ("[%d, %d]" % (case_rec_index[a], case_rec_index[b]) for _, _, a, b in cruns),
                         per_line=8, doc="Record for even / odd offsets inside each case run."))
    out.append(fmt_array("CASE_RECORDS", "[i32; 4]",
                         ("[%s]" % ", ".join(map(str, r)) for r in case_records), per_line=4,
                         doc="upper, lower, title, casefold: a delta, or EXTENDED + 4 * index + length into CASE_EXT."))
    out.append("pub const EXTENDED: i32 = 1 << 24;\n")
    out.append(fmt_array("CASE_EXT", "char", ("'\\u{%X}'" % ord(ch) for ch in ext), per_line=10))
    out.append("\n")
    out.append(fmt_array("NUMERIC_RUNS", "u32", (h(s << 11 | n) for s, n, _, _ in nruns), per_line=8,
                         doc="Numeric runs: start << 11 | length."))
    out.append(fmt_array("NUMERIC_RUN_VALUES", "u8", (str(b << 1 | st) for _, _, b, st in nruns), per_line=16,
                         doc="`value_index << 1 | step`: `value(cp) = NUMERIC_VALUES[value_index] + step * (cp - start)`."))
    out.append(fmt_array("NUMERIC_VALUES", "f64", (repr(float(v)) for v in nvalues), per_line=6))
    out.append("\n")
    out.append("pub static EAST_ASIAN_WIDTH_NAMES: [&str; 6] = [%s];\n"
               % ", ".join('"%s"' % n for n in eaw_names))
    out.append(fmt_array("EAST_ASIAN_WIDTH", "u32", (h(s << 8 | v) for s, v in eaw), per_line=8,
                         doc="Runs: start << 8 | index into EAST_ASIAN_WIDTH_NAMES."))
    out.append(fmt_array("COMBINING", "u32", (h(s << 8 | v) for s, v in comb), per_line=8,
                         doc="Runs: start << 8 | canonical combining class."))
    out.append(fmt_array("MIRRORED", "u32", map(h, mirrored), per_line=8,
                         doc="Starts of runs alternating mirrored / not mirrored, beginning with mirrored."))
    out.append(fmt_array("LINE_BREAKS", "char", ("'\\u{%X}'" % c for c in LINE_BREAKS),
                         doc="Line boundaries of str.splitlines."))
    sizes = {
        "props": len(records) * 2 + len(pages) * 2 + len(starts) * 2 + len(high) * 4,
        "case": len(cruns) * 8 + len(case_records) * 16 + len(ext) * 4,
        "numeric": len(nruns) * 5 + len(nvalues) * 8,
        "east_asian_width": len(eaw) * 4,
        "combining": len(comb) * 4,
        "mirrored": len(mirrored) * 4,
    }
    out.append("\n/// Raw bytes of each table group, as counted by the generator.\n")
    out.append("pub const TABLE_BYTES: [(&str, usize); %d] = [%s];\n"
               % (len(sizes), ", ".join('("%s", %d)' % kv for kv in sizes.items())))
    return "".join(out), sizes


def main():
    text, sizes = generate()
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables.rs")
        with open(path, "w") as f:
            f.write(text)
        for k, v in sizes.items():
            print("%-18s %6d bytes" % (k, v))
        print("%-18s %6d bytes" % ("total", sum(sizes.values())))


if __name__ == "__main__":
    main()
