# This file does not compile: the program never runs.
print("this is never printed")
print(1 +)
