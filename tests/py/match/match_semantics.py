# Match statement semantics: subjects, nesting, binding, soft keywords.

# tuple subject without parentheses
def fizz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)
print(" ".join(fizz(i) for i in range(1, 16)))

# starred subject
rest = [2, 3]
match 1, *rest:
    case (1, *others):
        print("starred subject", others)

# nested match statements
def nested(v):
    match v:
        case (kind, payload):
            match kind:
                case "num":
                    match payload:
                        case int(n) if n >= 0:
                            return "non-negative int"
                        case int():
                            return "negative int"
                        case _:
                            return "bad num payload"
                case "str":
                    return "string of %d" % len(payload)
                case _:
                    return "unknown kind " + kind
    return "not a pair"
for v in (("num", 5), ("num", -5), ("num", "x"), ("str", "abc"), ("zzz", 0), 42):
    print(v, "->", nested(v))

# match inside loops with break/continue
found = []
for item in [1, "skip", 2, None, 3, "stop", 4]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case None:
            found.append("none")
        case int(n):
            found.append(n * 10)
print(found)

# return from inside a case
def first_str(items):
    for it in items:
        match it:
            case str(s):
                return s
    return None
print(first_str([1, 2, "x", "y"]), first_str([1]))

# match with walrus in subject
data = {"a": [1, 2, 3]}
match (lst := data.get("a")):
    case [_, *tail]:
        print("tail", tail, "lst", lst)

# bindings survive after match in module scope
match {"x": 1, "y": 2}:
    case {"x": px, "y": py}:
        pass
print("after match:", px, py)

# match on the result of a function call, evaluated once
count = 0
def next_val():
    global count
    count += 1
    return count
match next_val():
    case 2:
        print("two")
    case 1:
        print("one, count =", count)

# soft keywords as identifiers alongside match statements
match = [1, 2]
case = {"k": "v"}
_ = "underscore"
print(match, case, _)
match match:
    case [1, x]:
        print("matched variable named match; x =", x)
match case:
    case {"k": v}:
        print("matched variable named case; v =", v)
def case_fn(match, case):
    return match + case
print(case_fn(1, 2))
print([match for match in range(3)])

# match objects that are generators or iterators do not match sequence patterns
gen = (i for i in range(2))
match gen:
    case [a, b]:
        print("wrong")
    case _:
        print("generator not consumed:", list(gen))

# large literal dispatch
def weekday(n):
    match n:
        case 0: return "Mon"
        case 1: return "Tue"
        case 2: return "Wed"
        case 3: return "Thu"
        case 4: return "Fri"
        case 5 | 6: return "Weekend"
        case _: return "?"
print([weekday(i) for i in range(8)])

# match result depends on object mutation between matches
state = {"mode": "a"}
for _ in range(3):
    match state:
        case {"mode": "a"}:
            state["mode"] = "b"
            print("was a")
        case {"mode": "b"}:
            state["mode"] = "c"
            print("was b")
        case {"mode": m}:
            print("was", m)
