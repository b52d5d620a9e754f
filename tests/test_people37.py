"""Session 27 (table37, issue 13): the people table gives a suspect's death told by a he/she that
follows a described victim's she (not the gunman's), by a he/she two sentences on that follows
the he before it, and under a murder-suicide headline. Sentences of our own, about invented shootings."""

from __future__ import annotations


def people(nlp, text):
    return {p["name"]: p for p in nlp(text)._.persons}


def test_a_she_after_a_described_woman_is_hers_and_the_gunmans_death_is_his(nlp):
    text = ("Man who wounded three dies in police gunfire\n\nA man wanted for a string of robberies died in "
            "Dunmore police gunfire on Friday after wounding three people.\n\nNone of the wounds suffered by the "
            "people Corbin Vale, 24, fired at was serious, police said.\n\nPolice said Vale wounded a 30-year-old "
            "woman outside a store. They say she sat in her car when Vale walked up and tapped on the glass before "
            "wounding her in the shoulder. She went to a clinic in fair condition.\n\nOn Friday night officers "
            "spotted Vale in a pickup. Vale fired at them and they fired back, hitting Vale twice. He died "
            "in the street minutes later.\n")
    p = people(nlp, text)["Corbin Vale"]
    assert p["role"] == "suspect" and p["outcome"] == "killed"


def test_a_he_two_sentences_on_follows_the_he_before_it(nlp):
    text = ("Deputies name man in Tarrow standoff\n\nDeputies were looking for 27-year-old Elias Brandt after a "
            "shooting on Tuesday.\n\nBrandt opened fire on deputies, wounding one.\n\nThe wound was not "
            "serious.\n\nSheriff Ann Kale said the search went on and he was found hours later. He opened fire "
            "and deputies returned fire, killing him shortly after 9 p.m.\n")
    assert people(nlp, text)["Elias Brandt"]["outcome"] == "killed"


def test_a_murder_suicide_headline_tells_its_one_suspect_dead(nlp):
    text = ("Father kills wife, son in Elmridge murder-suicide, deputies say\n\nELMRIDGE -- Two adults and a "
            "child were found dead Sunday night after a murder-suicide, deputies said.\n\nDorian Vance, 41, "
            "killed his wife, Lena, and their son with a rifle at the family's farmhouse, deputies say.\n\nA "
            "relative found the bodies.\n")
    assert people(nlp, text)["Dorian Vance"]["outcome"] == "killed"
    # an attempted one tells no death
    tried = text.replace("murder-suicide", "attempted murder-suicide").replace(
        "Two adults and a child were found dead", "A woman and a child were found dead")
    assert people(nlp, tried)["Dorian Vance"]["outcome"] != "killed"
