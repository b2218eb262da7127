print("  executing _pkg.nested.deep")
from .. import sub
from ..sub import SUB_VALUE, sub_function
from . import NESTED
from .sibling import SIBLING
import _pkg.helpers_ref as absolute_helpers

def report():
    return [sub.__name__, SUB_VALUE, sub_function(), NESTED, SIBLING, absolute_helpers.REF,
            __name__, __package__]
