"""Personal names in a report: people, practitioners, and real names beside pseudonyms.

Names are found four ways, cheapest first:

1. titles: "Mrs Okonjo", "Dr Marsh", "PC Rogers" (a one-letter "Mr G" is a pseudonym):
   ``titles.py``;
2. patterns: a full name beside a role or a family word ("social worker Tom Ellery", "her
   father, Darren Cole,", "Ann Bell, a family friend,"), a name with an age or a relative
   ("Hope, then aged six,", "Bartek's mother"): ``patterns.py``; a common first name ("Sophie
   Turner"): ``first.py``; and a name beside a pseudonym ("Child A (Kayden)", "Child A, whom his
   family call Kayden,"): ``clashes.py``;
3. spaCy's entity recogniser, given only the sentences that hold a capitalised word that is not
   a known non-name (roles, agencies, places, dates, pseudonyms: ``words.py``), all in one batch;
   over a whole 30,000-word report it costs over a second, over the candidates a tenth of that:
   ``entities.py``;
4. a first name joined to a full name found so far ("Leroy and Shanice Thompson"), and every
   later use of a name found so far ("Kayden" after "Child A (Kayden)"): ``later.py``.

Most sentences hold no word that may be a name, so all four read only the few that do
(``finder.py``, which runs them in turn and puts their mentions together).

What the recogniser calls a person is kept only when every word looks like a name and none is
a non-name, a word of the report's own agencies and places (``agencies.py``), a cited author
(``authors.py``) or a declared pseudonym (``mention.py``), and when it is not part of a street
("the Carr Lane flat"), a named condition ("Rett syndrome", ``diagnoses.py``) or a term named
after someone ("Gillick competent", "the Fraser guidelines", "Valentine's Day"): ``context.py``.
A name with a practitioner's role beside it, or a professional title, is a practitioner's name;
a name beside a pseudonym for the same person is a pseudonym clash; every other name is a
personal name.
"""

from __future__ import annotations

from scrlint.identifiers.names.finder import NEEDS, names, pseudonym_clashes

__all__ = ["NEEDS", "names", "pseudonym_clashes"]
