"""One person told hurt who died later (session 22, update30): within one source, the same
person told wounded and then dead is not also wounded; across sources, a source that counts
another case's dead beside its own does not hide the update, and one person of one age
wounded in a first story and dead in a later one is an update of their outcome. Sentences
of our own, about invented shootings."""

from __future__ import annotations

from conftest import account_tolls as _tolls, check_json, news_folder

MALL = ("Teenager shot at Dunmore mall garage\n\nOne person was wounded by gunfire in the Dunmore mall garage on "
        "Tuesday, and remains in intensive care. Police say the victim is under 18 but gave no name.\n\n"
        "Officers are trying to learn whether the gun went off by accident.\n\n"
        "LATER: Officers say the teenager has died from his wounds.\n")


def test_one_person_hurt_then_told_dead_by_the_same_source_is_not_also_wounded(tmp_path):
    tolls = _tolls(check_json(news_folder(tmp_path, {"a.txt": MALL})), "a")
    assert tolls["killed"] == (1, 1) and "injured" not in tolls
    # a hurt father and a dead daughter, each one person shot, are two people: both tolls stay
    (tmp_path / "two").mkdir()
    two = ("Father wounded, daughter dead in Dunmore shooting\n\nA father was wounded in the shoulder outside "
           "his Dunmore home on Tuesday and is listed as stable, officers reported.\n\nLATER: Officers say his "
           "daughter has died from her wounds.\n")
    tolls = _tolls(check_json(news_folder(tmp_path / "two", {"a.txt": two})), "a")
    assert tolls.get("killed") == (1, 1) and tolls.get("injured") == (1, 1)
