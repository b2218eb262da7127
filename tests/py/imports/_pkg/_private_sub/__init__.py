HIDDEN = "hidden subpackage"
