"""The _pkg package."""
print("  executing _pkg/__init__")

PKG_VALUE = "from package init"
init_runs = []
init_runs.append(__name__)

def package_function():
    return "package function"
