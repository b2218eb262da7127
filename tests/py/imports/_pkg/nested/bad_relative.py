from ... import something_beyond_top
