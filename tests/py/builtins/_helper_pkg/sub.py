print("executing _helper_pkg.sub")
thing = "sub thing"
