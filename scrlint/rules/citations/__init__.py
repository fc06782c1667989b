"""Citation rules: Acts, Working Together editions and bodies checked against the table of real
instruments and eras in ``rules/citations/instruments.yaml``."""
