"""Account tolls read in session 21 (tolls29), after reading round 28: the slain victim's
own wound. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import account_tolls as _tolls, check_json, news_folder

CLERK = ("Brookfield clerk to face judge in January\n\nAn attorney for a store clerk called the fatal shooting "
         "of an unarmed 14-year-old during a theft last week a tragedy.\n\nVideo shows the clerk was never "
         "threatened by the slain boy, Marlon Tresk, or by his two friends, police say.\n\n"
         "Prosecutors say Tresk was shot in the back.\n")


def test_where_the_slain_victim_was_hit_is_no_one_wounded(tmp_path):
    tolls = _tolls(check_json(news_folder(tmp_path, {"a.txt": CLERK})), "a")
    assert tolls["killed"] == (1, 1) and "injured" not in tolls
    # someone else named as shot is still a wounded person
    (tmp_path / "other").mkdir()
    other = CLERK.replace("Prosecutors say Tresk was shot", "Prosecutors say a friend, Dale Ormsby, was shot")
    assert _tolls(check_json(news_folder(tmp_path / "other", {"a.txt": other})), "a").get("injured") == (1, 1)
