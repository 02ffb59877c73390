# a bank-account simulation with exceptions
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__("%s: cannot withdraw %d, balance %d" % (account.owner, amount, account.balance))
        self.shortfall = amount - account.balance

class AccountFrozen(BankError):
    pass

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1
    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner + " is frozen")
        if not isinstance(amount, int) or amount <= 0:
            raise ValueError("invalid amount %r" % (amount,))
    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return "<Account %d %s %d>" % (self.id, self.owner, self.balance)

class SavingsAccount(Account):
    rate_percent = 2
    def add_interest(self):
        interest = self.balance * self.rate_percent // 100
        if interest:
            self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[owner] = acct
        return acct
    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
bank.open(Account, "alice", 100)
bank.open(SavingsAccount, "bob", 1000)
bank.open(Account, "carol")
ops = [
    ("transfer", "alice", "bob", 30),
    ("transfer", "alice", "carol", 500),
    ("transfer", "bob", "carol", 250),
    ("transfer", "carol", "dave", 10),
    ("deposit", "alice", -5),
    ("deposit", "alice", 2.5),
    ("freeze", "carol"),
    ("transfer", "bob", "carol", 1),
    ("transfer", "carol", "alice", 1),
    ("interest", "bob"),
]
for op in ops:
    try:
        if op[0] == "transfer":
            bank.transfer(op[1], op[2], op[3])
        elif op[0] == "deposit":
            bank.accounts[op[1]].deposit(op[2])
        elif op[0] == "freeze":
            bank.accounts[op[1]].frozen = True
        elif op[0] == "interest":
            print("interest", bank.accounts[op[1]].add_interest())
        print("ok   ", op)
    except InsufficientFunds as e:
        print("short", op, e, "shortfall", e.shortfall)
    except BankError as e:
        print("bank ", op, type(e).__name__, e)
    except KeyError as e:
        print("nokey", op, e)
    except ValueError as e:
        print("value", op, e)
    finally:
        print("      total", bank.total())
for acct in bank.accounts.values():
    print(acct, acct.history, isinstance(acct, SavingsAccount))
