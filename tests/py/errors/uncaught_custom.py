# Ends with an uncaught user-defined exception that has a custom __str__.

class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return "field %r %s" % (self.field, self.problem)

def validate(user):
    for field in ("name", "email", "age"):
        if field not in user:
            raise ValidationError(field, "is missing")
    if "@" not in user["email"]:
        raise ValidationError("email", "is not an address")
    return True

users = [
    {"name": "ann", "email": "ann@example.org", "age": 31},
    {"name": "ben", "email": "ben@example.org", "age": 22},
    {"name": "cid", "email": "not-an-email", "age": 40},
    {"name": "dee", "age": 28},
]
for u in users:
    try:
        validate(u)
        print("valid:", u["name"])
    except ValidationError as e:
        print("invalid:", u["name"], "-", e)

for i in range(15):
    print("padding line", i)

print("validating the last user without a handler")
validate({"name": "eve", "email": "eve@example.org"})
