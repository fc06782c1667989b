"""Anonymisation rules (ANO): identifying personal data in a report meant for publication."""
