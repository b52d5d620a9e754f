"""Text helpers that need no spaCy: pure functions over strings and the data files.

- :mod:`.numbers`: numbers in words and digits, hedges and vague counts, as intervals;
- :mod:`.dates`: time expressions to calendar days, against a publication date;
- :mod:`.pubdates`: the publication date a plain-text article states in its lines;
- :mod:`.names`: place, time and person names in their normalised forms;
- :mod:`.lexicon`: the word lists of ``reconcile/data`` in the shapes they are looked up in;
- :mod:`.lines`: line offsets of a text;
- :mod:`.controls`: escape sequences and control characters, blanked before parsing.

Every stage may import these; they import nothing above ``records`` and ``data``.
"""
