from _circ_d import d_value
c_value = "c"
