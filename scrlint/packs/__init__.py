"""YAML rule packs: loading and rule kinds."""
