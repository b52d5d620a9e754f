"""Session 32 (people48, issue 13): people rows of careful reading rounds 43 and 44. A person first
named where the page turns to another case ('In that incident,') is that case's; a killer who
'killed the boys and then himself' is dead whatever the parser makes of the reflexive; one named
with a title of office at least as often as a clause makes a suspect of them, and neither held nor
hurt, is an official (an officer who fired); a constable is an official. Sentences of our own,
about invented shootings."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import one_article_tolls

DATA = json.loads((Path(__file__).parents[1] / "reconcile/data/persons.json").read_text())


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def test_the_opener_example_is_the_other_cases(nlp):
    d = DATA["recalled_case"]
    p = people(nlp, d["_opener_example"])["Nola Radwell"]
    assert (p["role"], p["age"]) == ("recalled", 31)


def test_a_person_first_named_after_that_incident_is_recalled(nlp):
    text = ("Three people were wounded early Sunday outside a club on Gant Avenue, police said.\n\n"
            "Officers had no suspects and asked witnesses to call.\n\n"
            "The shooting came six months after a bystander was killed in a feud between two crews.\n\n"
            "In that incident, Tamsin Orley, 27, was walking to her car when the crews opened fire.\n\n"
            "As the shots rang out, Orley was fatally struck in the back.\n")
    assert people(nlp, text)["Tamsin Orley"]["role"] == "recalled"
    # without the opener she is the event's
    plain = text.replace("In that incident, Tamsin Orley", "Tamsin Orley")
    assert people(nlp, plain)["Tamsin Orley"]["role"] == "victim"


def test_the_opener_pattern_reads_its_variants():
    opener = re.compile(DATA["recalled_case"]["opener"], re.I)
    for s in ("In that case, a boy was hurt.", "In that shooting, two men fled.", "In a separate attack, a man died."):
        assert opener.match(s)
    for s in ("In that neighborhood, shots rang out.", "Police said that in that incident nobody was hurt."):
        assert not opener.match(s)


def test_the_then_self_example_kills_the_killer(nlp):
    d = DATA["others_then_self"]
    p = people(nlp, d["example"])["Ray Dunn"]
    assert (p["role"], p["outcome"]) == ("suspect", "killed")


def test_killed_the_children_and_then_himself_in_a_longer_sentence(nlp):
    text = ("A man stabbed his wife outside a diner in Colwyn on Sunday night, deputies said.\n\n"
            "Deputies identified him as Barnaby Holt, 36.\n\n"
            "When troopers stopped the van about 1:15 a.m. Monday they found Holt had killed the two girls "
            "and then himself, a spokesman said.\n")
    p = people(nlp, text)["Barnaby Holt"]
    assert (p["role"], p["outcome"], p["age"]) == ("suspect", "killed", 36)


def test_killed_his_brother_and_fled_is_no_self_harm(nlp):
    text = "Police said Ray Dunn killed his brother and then fled in a blue sedan."
    p = people(nlp, text)["Ray Dunn"]
    assert (p["role"], p["outcome"]) == ("suspect", "unharmed")


def test_an_officer_who_fired_at_the_suspect_is_an_official(nlp):
    text = ("Police shot a man who pointed a rifle at a crowd in Marlow on Friday.\n\n"
            "Officer Wendell Pratt ordered Silas Crane, 29, to drop the rifle, police said. Crane raised it "
            "and Pratt fired twice.\n\n"
            "Crane died later at a clinic in Dorvale. Officer Wendell Pratt, a nine-year veteran, was "
            "placed on leave.\n")
    assert people(nlp, text)["Wendell Pratt"]["role"] == "official"


def test_an_officer_charged_stays_the_suspect(nlp):
    text = ("Officer Wendell Pratt, 42, was charged with assault after he shot a neighbor during a quarrel in "
            "Marlow, prosecutors said.\n")
    assert people(nlp, text)["Wendell Pratt"]["role"] == "suspect"


def test_a_constable_named_with_the_title_is_an_official(nlp):
    text = ("A woman was shot during an eviction in Penford on Monday.\n\n"
            "Police said Constable Martin Keller was serving the eviction notice when the tenant fired at him. "
            "Keller was not hurt, and the tenant, Edgar Lum, 44, was arrested.\n")
    p = people(nlp, text)
    assert p["Martin Keller"]["role"] == "official"
    assert (p["Edgar Lum"]["role"], p["Edgar Lum"]["outcome"]) == ("suspect", "arrested")


def test_in_that_incident_figures_are_another_events(tmp_path):
    page = ("Teen shot dead in Halvard park\n\nNineteen-year-old Omar Pettis of Halvard was shot and killed on "
            "Saturday in a city park, police said.\n\nA single shot struck Pettis in the back.\n\n"
            "Police recalled a shooting at the same park a year earlier.\n\n")
    tolls = one_article_tolls(tmp_path, "incident", page + "In that incident, two men were wounded near the pond.\n")
    assert tolls.get("killed") == (1, 1)
    assert tolls.get("injured") is None
