# 3.11 appends "Did you mean" suggestions to AttributeError in the printed traceback.

class Account:
    def __init__(self):
        self.balance = 100
        self.owner = "ann"
    def deposit(self, n):
        self.balance += n

acct = Account()
for i in range(20):
    acct.deposit(i)
    print("deposit", i, "balance", acct.balance)
print(acct.balanse)
