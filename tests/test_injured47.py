"""Injured tolls read in session 31 (inj47, careful reading round 44): a page that tells
one person dead and names another shot, whom its person reader calls wounded, counts
him as one wounded. Sentences of our own, about invented shootings."""

from __future__ import annotations

from dataclasses import replace

from conftest import one_article_tolls as _account
from reconcile.accounts import _shot_one_named_apart
from reconcile.records import Claim, Interval, Toll


RANCH = ("Boy, 9, killed in standoff at Larkin ranch\n\nThe boy was sitting beside his grandfather, 61-year-old "
         "Walter K. Olsen, when a deputy shot Mr. Olsen in the leg, sheriff's officials said Friday.\n\n"
         "The round went on and struck the boy, Tobias Olsen. He died at the ranch.\n")


def test_a_named_man_shot_beside_the_dead_is_one_wounded(tmp_path):
    got = _account(tmp_path, "ranch", RANCH)
    assert got["killed"] == (1, 1)
    assert got["injured"][0] == 1 and got["shot"] == (2, 2)


def test_the_named_one_shot_dead_is_not_wounded(tmp_path):
    # the man named shot is the one who died (his brother beside him, of one surname)
    dead = ("Boy, 9, killed in accident at Larkin ranch\n\nLate Friday a rifle his older "
            "brother Kurt took for unloaded went off, and Tobias Olsen was shot in the chest. Tobias died at the ranch.\n")
    assert "injured" not in _account(tmp_path, "dead", dead)



def _claim(i, kind, text, sentence, **kw):
    return Claim(id=i, source="s", path="p", kind=kind, start=0, end=len(text), text=text, sentence=sentence,
                 line=3, **kw)


def test_a_surname_shot_is_not_the_wounded_one_where_one_of_that_name_is_dead_there():
    # brothers of one surname in the sentence of the shot, one read dead, one wounded:
    # 'Olsen' shot may be the dead one, so no wounded is added
    said = "Late Friday, Olsen was hit when his brother fired a rifle, deputies said of Tobias and Kurt Olsen."
    one = Interval(1, 1, 1)
    shot = _claim("q1", "quantity", "Olsen", said, value=one, measure="shot")
    tolls = (Toll("killed", one, "named", ("q0",), "Boy"), Toll("shot", one, "named", ("q1",), "Olsen"))
    people = [_claim("p1", "person", "Tobias Olsen", said, name="Tobias Olsen", outcome="killed"),
              _claim("p2", "person", "Kurt Olsen", said, name="Kurt Olsen", outcome="injured")]
    assert _shot_one_named_apart(tolls, {"shot": [shot]}, people) == tolls
    alive = [replace(people[0], outcome=None), people[1]]
    got = _shot_one_named_apart(tolls, {"shot": [shot]}, alive)
    assert [(t.measure, t.value.lo) for t in got] == [("killed", 1), ("shot", 2), ("injured", 1)]


GARAGE = ("Man dies in Pellston garage shooting\n\nA man was killed outside a Pellston garage late "
          "Sunday, police said. A second man was also wounded in the leg.\n\nThe second man and the girl remained "
          "hospitalized Monday. The shooter fled on foot.\n")


def test_the_hurt_listed_again_later_are_the_toll(tmp_path):
    # one wounded told first, then the hurt listed by words that point back: two
    assert _account(tmp_path, "garage", GARAGE)["injured"] == (2, 2)


def test_a_list_of_people_new_to_the_page_is_not_the_toll(tmp_path):
    new = GARAGE.replace("The second man and the girl remained hospitalized Monday.",
                         "Across town, a woman and a teenager were wounded in a drive-by.")
    assert _account(tmp_path, "new", new)["injured"] == (1, 1)


def test_the_other_hurt_listed_add_to_the_one_told_first(tmp_path):
    pier = ("Teen wounded in Pellston pier shooting\n\nGunfire at the Pellston pier on Sunday left a 15-year-old "
            "with a hip wound, police said.\n\nThe other victims, ages 16, 18 and 20, suffered minor injuries.\n")
    assert _account(tmp_path, "pier", pier)["injured"] == (4, 4)
