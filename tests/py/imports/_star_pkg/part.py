PART = "part module loaded by star import"
