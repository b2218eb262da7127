__all__ = ["part", "TOP"]
TOP = "top-level value"
NOT_EXPORTED = 1
