"""Module docstring for the docstrings test.

It has several lines.
"""
import sys

print(__doc__)
print(sys.modules[__name__].__doc__ == __doc__)

def documented():
    """Function docstring."""
    return 1

def multi_line():
    """First line.

    More details here,
        indented further.
    """

def no_doc():
    return 1

def doc_not_first():
    x = 1
    """Not a docstring."""
    return x

def fstring_not_doc():
    f"""f-strings are not docstrings"""

def bytes_not_doc():
    b"""bytes are not docstrings"""

def concatenated():
    "implicitly " "concatenated " "docstring"

print(repr(documented.__doc__))
print(repr(multi_line.__doc__))
print(no_doc.__doc__, doc_not_first.__doc__, fstring_not_doc.__doc__, bytes_not_doc.__doc__)
print(repr(concatenated.__doc__))

class Documented:
    """Class docstring."""
    def method(self):
        """Method docstring."""
    @property
    def prop(self):
        """Property docstring."""
        return 1
    @staticmethod
    def smeth():
        """Static docstring."""
    @classmethod
    def cmeth(cls):
        """Class method docstring."""

class Undocumented:
    pass

class Child(Documented):
    pass

print(Documented.__doc__, Documented.method.__doc__, Documented.prop.__doc__)
print(Documented.smeth.__doc__, Documented.cmeth.__doc__, Documented().method.__doc__)
print(Undocumented.__doc__, Child.__doc__)

# docstrings are writable
documented.__doc__ = "changed"
print(documented.__doc__)
Undocumented.__doc__ = "set later"
print(Undocumented.__doc__)

# lambda and generator docstrings
lam = lambda: None
print(lam.__doc__)
def gen():
    """Generator docstring."""
    yield
print(gen.__doc__, gen().__doc__ is None or gen().__doc__)

# builtin objects have (non-empty) docstrings too
print(type(len.__doc__).__name__, bool(int.__doc__))

# a string literal as the first statement of a class that also has other code
class Mixed:
    "single quoted docstring"
    x = 1
print(Mixed.__doc__)

# docstrings with escape sequences and raw strings
def escapes():
    "tab:\there, newline:\nend"
def raw():
    r"raw: \t not a tab"
print(repr(escapes.__doc__), repr(raw.__doc__))

# __doc__ in class namespace during class body execution
class Seen:
    """Visible inside the body."""
    captured = __doc__
print(Seen.captured)

# module-level function reading module __doc__
def first_line():
    return __doc__.splitlines()[0]
print(first_line())

# exception classes and their docstrings
class MyError(Exception):
    """Raised when something specific fails."""
print(MyError.__doc__, MyError("x").__doc__)
print(type(ValueError.__doc__).__name__)
