# raise SystemExit(2): status 2; SystemExit is not caught by `except Exception`.

def risky(level):
    try:
        if level == 0:
            raise SystemExit(2)
        risky(level - 1)
    except Exception:
        print("never: except Exception does not catch SystemExit")
    finally:
        print("unwinding level", level)

for i in range(15):
    print("before", i)
try:
    raise SystemExit(9)
except SystemExit as e:
    print("caught SystemExit with code", e.code, "and carried on")
risky(5)
print("never reached")
