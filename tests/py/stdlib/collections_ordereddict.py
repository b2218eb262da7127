# collections.OrderedDict, ChainMap, UserDict, UserList, UserString
from collections import OrderedDict, ChainMap, UserDict, UserList, UserString

od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b"); print(od)
od.move_to_end("b", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update(x=1, y=2); print(od)
print(od.pop("x"), od.pop("nope", "dflt"), od.setdefault("z", 26), od)
print(list(reversed(od)), list(reversed(od.items())))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict.fromkeys("abc", 0), od.copy(), OrderedDict([(1, 2)]) | {3: 4})
del od["z"]; print(od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)
r = OrderedDict(); r["self"] = r; print(r)
print(repr(OrderedDict()), OrderedDict([("k", [1])]))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm["c"] = 4; print(cm.maps)
child = cm.new_child({"a": 0}); print(child["a"], child.parents["a"], len(child.maps))
del cm["c"]; print(cm)
try:
    del cm["b"]
except KeyError as e:
    print("KeyError:", e)
print(dict(ChainMap({1: "x"}, {2: "y"})), "a" in cm, cm.get("zz", "d"))

class UD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
u = UD(a=1); u["b"] = 2
print(u, u.data, len(u), "a" in u, u.get("b"), sorted(u))
ul = UserList([3, 1, 2]); ul.sort(); ul.append(9)
print(ul, ul[0], ul[1:], len(ul), ul + [0], type(ul + [0]).__name__)
us = UserString("hello")
print(us.upper(), us[1:3], us + "!", len(us), us.count("l"), type(us.upper()).__name__)
