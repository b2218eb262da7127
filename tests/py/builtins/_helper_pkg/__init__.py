print("executing _helper_pkg/__init__")
PKG_ATTR = "package attribute"
