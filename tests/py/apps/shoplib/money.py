class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    @classmethod
    def of(cls, amount):
        if not isinstance(amount, (int, float)):
            raise TypeError(f"amount must be a number, not {type(amount).__name__}")
        return cls(round(amount * 100))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
