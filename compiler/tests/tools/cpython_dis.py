"""Normalized CPython 3.11 disassembly, in the format of `pygmy-dis --norm`.

Drops what pygmy's instruction set does not have (CACHE, PRECALL, RESUME, EXTENDED_ARG,
RETURN_GENERATOR and its POP_TOP), folds jump directions, and prints jump targets as
instruction indices, so `diff` shows code generation differences.
"""
import dis, sys, types

DROP = {"CACHE", "PRECALL", "RESUME", "EXTENDED_ARG", "RETURN_GENERATOR"}
RENAME = {
    "POP_JUMP_FORWARD_IF_FALSE": "POP_JUMP_IF_FALSE", "POP_JUMP_BACKWARD_IF_FALSE": "POP_JUMP_IF_FALSE",
    "POP_JUMP_FORWARD_IF_TRUE": "POP_JUMP_IF_TRUE", "POP_JUMP_BACKWARD_IF_TRUE": "POP_JUMP_IF_TRUE",
    "POP_JUMP_FORWARD_IF_NONE": "POP_JUMP_IF_NONE", "POP_JUMP_BACKWARD_IF_NONE": "POP_JUMP_IF_NONE",
    "POP_JUMP_FORWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE",
}
BINOPS = list(dis._nb_ops)

def const_repr(c):
    if isinstance(c, types.CodeType):
        return f"<code {c.co_qualname}>"
    if isinstance(c, str):
        return '"' + c.encode('unicode_escape').decode().replace('"', '\\"') + '"' if False else repr_str(c)
    if isinstance(c, bool) or c is None or c is Ellipsis:
        return "Ellipsis" if c is Ellipsis else repr(c)
    if isinstance(c, int):
        return str(c) if -2**63 <= c < 2**63 else f"<bigint {len(c.to_bytes((c.bit_length() + 8) // 8, 'little', signed=True))} bytes>"
    if isinstance(c, float):
        return rust_float(c)
    if isinstance(c, complex):
        return f"({rust_float(c.real)}+{rust_float(c.imag)}j)"
    if isinstance(c, bytes):
        return "b" + repr_str(c.decode('utf-8', 'replace'))
    if isinstance(c, tuple):
        inner = [const_repr(x) for x in c]
        return f"({inner[0]},)" if len(c) == 1 else "(" + ", ".join(inner) + ")"
    if isinstance(c, frozenset):
        return "frozenset({" + ", ".join(sorted(const_repr(x) for x in c)) + "})"
    return repr(c)

def rust_float(f):
    # Rust's {:?}: shortest round-trip, always with a '.0' or exponent.
    if f != f: return "NaN"
    if f in (float('inf'), float('-inf')): return "inf" if f > 0 else "-inf"
    r = repr(f)
    return r

def repr_str(s):
    out = ['"']
    for ch in s:
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ch == '\r': out.append('\\r')
        elif ch == '\t': out.append('\\t')
        elif ord(ch) < 0x20 or ord(ch) == 0x7f: out.append('\\u{%x}' % ord(ch))
        else: out.append(ch)
    out.append('"')
    return "".join(out)

def norm(co, out):
    ins = [i for i in dis.get_instructions(co) if i.opname not in DROP]
    # Generators start with RETURN_GENERATOR, POP_TOP.
    raw = list(dis.get_instructions(co))
    gen = [k for k, r in enumerate(raw[:40]) if r.opname == "RETURN_GENERATOR"]
    if gen and raw[gen[0] + 1].opname == "POP_TOP":
        pop = raw[gen[0] + 1].offset
        ins = [i for i in ins if i.offset != pop]
    offs = [i.offset for i in ins]
    def index_of(off):
        for k, o in enumerate(offs):
            if o >= off:
                return k
        return len(offs)
    table = dis._parse_exception_table(co)
    def handler(off):
        for e in table:
            if e.start <= off < e.end:
                return e
        return None
    flags = co.co_flags & 0xffff
    out.append(f"== {co.co_qualname} argcount={co.co_argcount} posonly={co.co_posonlyargcount} kwonly={co.co_kwonlyargcount} flags={flags:#x}")
    names = list(co.co_varnames) + [c for c in co.co_cellvars if c not in co.co_varnames] + list(co.co_freevars)
    out.append(f"localsplus={names!r}".replace("'", '"'))
    line = co.co_firstlineno
    for k, i in enumerate(ins):
        name = RENAME.get(i.opname, i.opname)
        if i.positions and i.positions.lineno is not None:
            line = i.positions.lineno
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            a = f"to {index_of(i.argval)}"
        elif name in ("LOAD_CONST", "KW_NAMES"):
            a = const_repr(co.co_consts[i.arg])
        elif name == "LOAD_GLOBAL":
            a = ("NULL + " if i.arg & 1 else "") + co.co_names[i.arg >> 1]
        elif i.opcode in dis.hasname:
            a = co.co_names[i.arg]
        elif i.opcode in dis.haslocal or i.opcode in dis.hasfree:
            a = i.argval
        elif name == "BINARY_OP":
            a = BINOPS[i.arg][1]
        elif name == "COMPARE_OP":
            a = dis.cmp_op[i.arg]
        elif name in ("YIELD_VALUE", "POP_TOP", "RETURN_VALUE") or i.arg is None:
            a = ""
        else:
            a = str(i.arg)
        h = handler(i.offset)
        hs = f"  [-> {index_of(h.target)} d{h.depth}{' L' if h.lasti else ''}]" if h else ""
        out.append(f"{k:4} L{line:<4} {name} {a}{hs}")
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            norm(c, out)

if __name__ == "__main__":
    sys.stdout.reconfigure(errors="backslashreplace")
    path = sys.argv[1]
    src = open(path, "rb").read()
    co = compile(src, path, "exec", dont_inherit=True)
    out = []
    norm(co, out)
    print("\n".join(out))
