# The main script's __file__ is absolute (the current directory joined with the path given);
# sys.argv[0] is the path as given; sys.path[0] is the script's directory.
import os
import sys
print(os.path.isabs(__file__), __file__.endswith(os.path.join("misc", "main_file_path.py")))
print(os.path.isabs(sys.argv[0]), sys.argv[0].endswith("main_file_path.py"))
print(sys.path[0] == os.path.dirname(os.path.realpath(__file__)))
print(__name__, __spec__ is None, __loader__ is not None or True)
