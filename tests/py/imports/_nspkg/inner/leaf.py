VALUE = "leaf of a namespace package"
