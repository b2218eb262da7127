def main():
    return "main() of _main_guard called explicitly"

print("  _main_guard module body, __name__ =", __name__)

if __name__ == "__main__":
    print("  this must not print when imported")
