# An uncaught KeyboardInterrupt ends the process by SIGINT after the traceback.
print("before")
def handler():
    raise KeyboardInterrupt
handler()
