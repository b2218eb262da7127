# UnboundLocalError and NameError messages.

def read_before_assign():
    print(value)
    value = 1
try:
    read_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

value = "global value"
try:
    read_before_assign()
except UnboundLocalError as e:
    print("global exists, still:", e)

# augmented assignment
total = 0
def bump():
    total += 1
try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

# UnboundLocalError is a NameError
try:
    bump()
except NameError as e:
    print("caught as NameError:", type(e).__name__)

# deleted local
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

# double delete
def double_del():
    w = 1
    del w
    del w
try:
    double_del()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

# deleting a never-assigned local
def never():
    if False:
        q = 1
    del q
try:
    never()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

# free variable not yet bound in enclosing scope
def outer():
    def inner():
        return free
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    free = 1
    return inner()
print(outer())

# free variable deleted in enclosing scope
def outer_del():
    cell = "x"
    def inner():
        return cell
    del cell
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
outer_del()

# global NameError
try:
    not_defined_anywhere
except NameError as e:
    print(type(e).__name__, "|", e, "|", e.name)

def uses_missing_global():
    return missing_global_name
try:
    uses_missing_global()
except NameError as e:
    print(type(e).__name__, "|", e)

# global declared but never assigned
def declared():
    global never_assigned
    return never_assigned
try:
    declared()
except NameError as e:
    print(type(e).__name__, "|", e)

# deleting a global that doesn't exist
try:
    del nonexistent_global
except NameError as e:
    print(type(e).__name__, "|", e)

# loop variable of a loop that never ran
def empty_loop():
    for item in []:
        pass
    return item
try:
    empty_loop()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

# except-as variable is deleted afterwards
def except_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    except_var()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

# conditional assignment in a loop
def conditional(n):
    for i in range(n):
        if i == 2:
            found = i
    return found
print(conditional(5))
try:
    conditional(1)
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

# with-as target unbound if __enter__ raises
class Fails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        pass
def with_target():
    try:
        with Fails() as target:
            pass
    except RuntimeError:
        pass
    return target
try:
    with_target()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

# class body NameError
try:
    class K:
        a = b_undefined
except NameError as e:
    print(type(e).__name__, "|", e)

# comprehension referencing its own variable before binding
try:
    [y for x in range(2) if y]
except NameError as e:
    print(type(e).__name__, "|", e)
