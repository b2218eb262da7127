print("  executing _pkg.nested.sibling")
SIBLING = "sibling value"
