print("  executing _pkg.nested/__init__")
from .. import PKG_VALUE as parent_value
NESTED = "nested init"
