__all__ = ["public_a", "_explicitly_exported", "Exported"]
public_a = "A"
public_b = "B (not in __all__)"
_explicitly_exported = "underscore but listed"
_hidden = "hidden"
class Exported:
    pass
