# An app that reads the stdlib's docstrings: its bundle must keep them (pygmy build leaves
# them out only when the app's own code mentions __doc__, help(, getdoc, pydoc or doctest).
import json
import textwrap
from collections import OrderedDict

first = json.dumps.__doc__.strip().splitlines()[0]
print(first)
print(textwrap.dedent.__doc__.strip().splitlines()[0])
print(OrderedDict.__doc__ is None, json.__doc__.split("\n")[0])


def documented():
    """The app's own docstrings are always kept."""


print(documented.__doc__)
