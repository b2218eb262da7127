first = "defined before self-import"
import _self_import as me
report = ("sees first:", hasattr(me, "first"), "sees later:", hasattr(me, "later"), me.__name__)
later = "defined after"
