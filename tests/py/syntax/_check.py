"""Compiles snippets that CPython rejects and prints every SyntaxError field."""


def show(src, mode="exec"):
    try:
        compile(src, "<snippet>", mode)
    except SyntaxError as e:
        where = f"{e.lineno},{e.offset}-{e.end_lineno},{e.end_offset}"
        print(f"{src!r}\n    {type(e).__name__}: {e.msg} @ {where} text={e.text!r}")
    else:
        print(f"{src!r}\n    compiled")


def show_all(snippets, mode="exec"):
    for src in snippets:
        show(src, mode)
