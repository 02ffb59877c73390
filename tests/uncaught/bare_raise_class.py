# an uncaught exception raised as a bare class, without a message
def check():
    raise ValueError
print("checking")
check()
