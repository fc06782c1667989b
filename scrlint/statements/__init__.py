"""Statements a report must (or must not) make, recognised by meaning rather than one wording.

A statement is data (``rules/statements/*.yaml``): concepts (lemmas, phrases, regular
expressions, spaCy token patterns) and clauses that say how concepts must relate in one
sentence: which is the head, which must be its grammatical subject, which must sit inside its
phrase, and whether each must be affirmed or negated.
"""

from scrlint.statements.loader import load_statements, statement_root
from scrlint.statements.model import Clause, Concept, Statement, Term
from scrlint.statements.recognise import SentenceMatch, find_statement, statement_made

__all__ = [
    "Clause",
    "Concept",
    "SentenceMatch",
    "Statement",
    "Term",
    "find_statement",
    "load_statements",
    "statement_made",
    "statement_root",
]
