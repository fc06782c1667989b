"""Structure rules written in Python (the data-driven ones live in rules/structure/)."""
