# A bank account simulation with transactions, overdraft rules and statements.

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %s, balance %s" % (account.number, fmt(amount), fmt(account.balance)))
        self.account = account
        self.amount = amount

class AccountFrozen(Exception):
    pass

def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s$%d.%02d" % (sign, cents // 100, cents % 100)

class Account:
    next_number = 1000

    def __init__(self, owner, overdraft=0):
        Account.next_number += 1
        self.number = Account.next_number
        self.owner = owner
        self.balance = 0
        self.overdraft = overdraft
        self.frozen = False
        self.log = []

    def _record(self, kind, amount):
        self.log.append((len(self.log) + 1, kind, amount, self.balance))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        if self.frozen:
            raise AccountFrozen("account %d is frozen" % self.number)
        self.balance += amount
        self._record("deposit", amount)

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen("account %d is frozen" % self.number)
        if self.balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record("withdraw", amount)

    def statement(self):
        lines = ["Statement for %s (#%d)" % (self.owner, self.number)]
        for seq, kind, amount, bal in self.log:
            lines.append("  %2d %-9s %10s  balance %10s" % (seq, kind, fmt(amount), fmt(bal)))
        return "\n".join(lines)

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, overdraft=0):
        acct = Account(owner, overdraft)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except Exception:
            a.deposit(amount)  # roll back
            raise

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open("Alice")
bob = bank.open("Bob", overdraft=5000)
carol = bank.open("Carol")

alice.deposit(100000)
bob.deposit(2500)
carol.deposit(1)
bank.transfer(alice.number, bob.number, 12345)
bank.transfer(bob.number, carol.number, 10000)
print("total", fmt(bank.total()))

attempts = [
    (alice.number, carol.number, 200000),
    (bob.number, alice.number, 9000),
    (bob.number, alice.number, 1000),
    (carol.number, bob.number, 10001),
]
for src, dst, amount in attempts:
    try:
        bank.transfer(src, dst, amount)
        print("transfer %d -> %d of %s ok" % (src, dst, fmt(amount)))
    except InsufficientFunds as e:
        print("failed:", e)

carol.frozen = True
try:
    bank.transfer(alice.number, carol.number, 500)
except AccountFrozen as e:
    print("failed:", e)
print("alice balance after rollback", fmt(alice.balance))
try:
    alice.deposit(-5)
except ValueError as e:
    print("failed:", e)

for acct in sorted(bank.accounts.values(), key=lambda a: a.owner):
    print(acct.statement())
print("total", fmt(bank.total()))

# interest simulation with integer cents and rounding half up
def apply_interest(acct, basis_points):
    interest = (acct.balance * basis_points + 5000) // 10000
    if interest > 0:
        acct.deposit(interest)
    return interest

for month in range(1, 7):
    earned = apply_interest(alice, 125)
    print("month %d: alice earned %s, balance %s" % (month, fmt(earned), fmt(alice.balance)))
