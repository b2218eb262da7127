# 3.11 appends "Did you mean" suggestions to NameError in the printed traceback.

length = 10
width = 4
for i in range(20):
    print("row", i, "area so far", (i + 1) * width)
print("computing with a misspelled name")
print(lenght * width)
