print("  executing _pkg.helpers_ref")
REF = "helpers_ref.REF"
