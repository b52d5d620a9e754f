"""People involved in the event: one record per person per article.

A person is read from every mention the article makes of them: a name ("Dana
Reyes", later "Reyes"), the he/she that follows one, "the 19-year-old". Each mention
is read in its clause for what it says of the person:

- the role: ``suspect`` for whoever is said to have done it ("Reyes shot his
  neighbor", "the suspect, Dana Reyes,", "Reyes was charged with murder"),
  ``victim`` for anyone shot or hurt ("Reyes was wounded", "the death of Kim Vo",
  an officer shot included), another word ('official', 'relative', 'witness',
  'press') or None for anyone else;
- the outcome, the most serious said: ``killed``, else ``injured``, else
  ``arrested``, else ``unharmed``; a victim said only to have been shot is killed
  or injured as the rest of the article tells it;
- age ("Reyes, 19,", "19-year-old Dana Reyes", "Reyes, aged 19"), gender (he/she,
  "Mr.", "the woman") and a hospital condition ("in critical condition").

A claim needs a first name and a surname: a person the article calls by one word
only ('Kayla', 'Gresham', a 'Toddler' the recogniser took for a name) is read but not
claimed, unless the full name is found written elsewhere ('Darius Pellham, 24').

Unnamed people count when the article describes one person ("a 13-year-old girl was
shot", "the gunman"): ``name`` None. They are kept only when no named person of the
same role can be the one meant (an article that names its victim says "the victim"
of that same person).

Word lists and constructions are in ``data/persons.json``; casualty predicates are
read with :func:`.victims.predicate_measure`, the measure words of ``measures.json``.

The reader's modules, each importing only those listed before it:

- :mod:`.matchers`: the word lists and constructions of ``data/persons.json`` and their
  Matcher / DependencyMatcher;
- :mod:`.ages`: an age read from the words about one mention;
- :mod:`.evidence`: what a clause says of a mention (:class:`~.evidence.Fact`,
  :func:`read_mention`);
- :mod:`.names`: the runs of words that make a name, nicknames, surnames lent, ranks;
- :mod:`.person`: one person and the role and outcome their facts give;
- :mod:`.given_ages`: ages given to people once their mentions are gathered;
- :mod:`.recalled`: people of other cases than the article's event;
- :mod:`.pronouns`: whom a pronoun stands for;
- :mod:`.cluster`: mentions gathered into people;
- :mod:`.witnesses`: people given an age and nothing else (involved, heard, spoke);
- :mod:`.unnamed`: people described without a name;
- :mod:`.people`: the reading put together, and the claims (:func:`persons`).
"""

from __future__ import annotations

from ..component import register
from .ages import in_years
from .evidence import Fact, read_mention
from .matchers import SEVERITY, Construction, Words, constructions, possible_constructions, words
from .people import persons
from .recalled import LEAD_SENTENCES
from .unnamed import CHILD_SHOOTER

__all__ = [
    "CHILD_SHOOTER", "Construction", "Fact", "LEAD_SENTENCES", "SEVERITY", "Words", "constructions",
    "in_years", "make_persons", "persons", "possible_constructions", "read_mention", "words",
]

make_persons = register("reconcile_persons", "persons", lambda doc: persons(doc),
                        ["token.dep", "token.pos", "doc.ents", "doc.sents"])
