# User-defined exception classes.

class AppError(Exception):
    """Base for application errors."""

class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "config key %r: %s" % (self.key, self.reason)

class NetworkError(AppError):
    def __init__(self, host, code=500):
        super().__init__("network failure at %s" % host)
        self.host = host
        self.code = code

try:
    raise ConfigError("timeout", "must be positive")
except AppError as e:
    print(type(e).__name__, e)
    print(repr(e))
    print(e.args, e.key, e.reason)

try:
    raise NetworkError("example.org")
except AppError as e:
    print(type(e).__name__, e, e.host, e.code, e.args)

print(AppError.__doc__)
print(issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__)

# exception without calling super().__init__ still gets args from constructor call
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = NoSuper(1, 2)
print(e.args, e.total, str(e), repr(e))

# exception with custom __init__ signature and args set manually
class Manual(Exception):
    def __init__(self, value):
        self.value = value
        self.args = ("custom args", value)
print(Manual(3).args, str(Manual(3)))

# str() of exceptions by number of args
print(repr(str(Exception())), repr(str(Exception("one"))), repr(str(Exception("one", "two"))), repr(str(Exception(42))))
print(repr(Exception()), repr(Exception("x")), repr(Exception("x", 1)))

# args can be reassigned to anything iterable
e = Exception("a")
e.args = [1, 2]
print(e.args, type(e.args).__name__, str(e))
e.args = "ab"
print(e.args)

# custom __repr__
class Pretty(Exception):
    def __repr__(self):
        return "<Pretty %s>" % (self.args,)
print(repr(Pretty(1)), str(Pretty(1)))

# exception hierarchy with handling by base
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__("%s: %s" % (field, message))
        self.field = field

def validate(data):
    errors = []
    for field in ("name", "age"):
        try:
            if field not in data:
                raise ValidationError(field, "required")
            if field == "age" and not isinstance(data[field], int):
                raise ValidationError(field, "must be int")
        except ValidationError as e:
            errors.append(e)
    return errors

for data in ({}, {"name": "a", "age": "x"}, {"name": "a", "age": 3}):
    errs = validate(data)
    print([str(e) for e in errs], [e.field for e in errs], all(isinstance(e, ValueError) for e in errs))

# exception classes with class attributes and methods
class HttpError(Exception):
    status = 500
    def describe(self):
        return "%d %s" % (self.status, self.args[0] if self.args else "")
class NotFound(HttpError):
    status = 404
print(HttpError("boom").describe(), NotFound("missing").describe(), NotFound().describe())

# keyword arguments are not allowed for BaseException.__init__ by default
try:
    Exception(x=1)
except TypeError as e:
    print(type(e).__name__, e)

# but a subclass can accept them
class Kw(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
print(Kw(code=7).code, Kw(code=7).args)

# exception subclass of multiple exceptions
class Both(KeyError, AttributeError):
    pass
for cls in (KeyError, AttributeError, LookupError):
    try:
        raise Both("both")
    except cls as e:
        print("caught Both via", cls.__name__, repr(str(e)))

# exception instances are mutable
err = AppError("m")
err.extra = {"k": 1}
print(err.extra, vars(err))

# raising instance of a class deriving from BaseException only
class Fatal(BaseException):
    pass
try:
    try:
        raise Fatal("fatal")
    except Exception:
        print("wrong")
except BaseException as e:
    print("caught", type(e).__name__, e)
