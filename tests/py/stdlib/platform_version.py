# platform parses sys.version in CPython's shape ("VERSION (BUILD) [COMPILER]"); a version
# string it cannot parse made python_implementation() raise ValueError.
import platform
import sys

print(platform.python_implementation())
print(platform.python_version(), platform.python_version_tuple())
print(sys.version.split()[0], sys.version.startswith(platform.python_version()))
print(type(platform.python_compiler()).__name__, type(platform.python_build()).__name__)
