"""People read with the wrong role, continued (session 40, pkill58, issue 13, people role): a
word read more than once counts once in the role vote, a he/she is not the noun of the
relative clause it is the subject of, and a verb of suicide after a harm to another makes the
suspect, dead. Written from gva-dev's even half; sentences of our own."""

from __future__ import annotations

from conftest import persons_by_name

from reconcile.extract.persons.evidence import Fact
from reconcile.extract.persons.person import _Person
from reconcile.extract.persons.person import _role as person_role


def _role(nlp, text: str, name: str) -> tuple[str | None, str | None]:
    p = persons_by_name(nlp, text)[name]
    return p["role"], p["outcome"]


def test_one_word_read_several_times_is_one_vote(nlp):
    # (its first case, the suspect a guard shot after they tried to rob him and then 'the man
    # killed' naming him, read the suspect through kills57's _attacked_first, taken out in
    # session 43 under the halves rule: fitted to one even folder; the vote itself, on facts:
    # one clause making the suspect, dead, against one 'the man killed' read three times)
    said = Fact("victim", "killed", 60, 75)
    p = _Person("Lou Park", "Lou", "Park", (40, 48), facts=[Fact("suspect", "killed", 0, 20), said, said, said])
    assert person_role(p) == "suspect"
    # a victim said twice stays the victim
    text = "Ray Dunn shot Lou Park, 30. Park was killed at the scene and was identified by his wife."
    assert _role(nlp, text, "Lou Park")[0] == "victim"


def test_a_pronoun_is_not_the_noun_its_relative_clause_is_on(nlp):
    text = "Ray Dunn, 16, looked at the teacher of the child he is accused of killing."
    assert _role(nlp, text, "Ray Dunn") == ("suspect", "arrested")
    text = "Ray Dunn, 16, sat across from the boy he is accused of shooting."
    assert _role(nlp, text, "Ray Dunn")[0] == "suspect"
    # the noun itself, not a relative clause on it, is still what the he/she may be
    text = "Ray Dunn, 30, walked in. The boy said he was charged with the shooting."
    assert _role(nlp, text, "Ray Dunn")[0] == "victim"


def test_a_suicide_after_harming_another_is_the_suspect_dead(nlp):
    assert _role(nlp, "Ray Dunn took his own life after he shot a deputy.", "Ray Dunn") == ("suspect", "killed")
    assert _role(nlp, "Ray Dunn committed suicide after shooting his wife in the kitchen.",
                 "Ray Dunn") == ("suspect", "killed")
    text = "Ray Dunn, who took his own life after deputies say he shot a clerk, was 60."
    assert _role(nlp, text, "Ray Dunn")[0] == "suspect"
    # alone it tells nothing of the shooting ('committed suicide in jail months later')
    assert _role(nlp, "Ray Dunn, 19, was charged in May and committed suicide in his cell.", "Ray Dunn") \
        == ("suspect", "arrested")
