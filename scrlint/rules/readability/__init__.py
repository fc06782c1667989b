"""Readability rules written in Python."""
