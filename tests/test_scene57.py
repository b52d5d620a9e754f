"""A page's scenes (reconcile/scenes.py): the figures and people of a paragraph that tells
another shooting than the event's stay claims but are kept out of the account and the
person rows. Sentences written for these tests (session 39, scene57, issue 13)."""

from __future__ import annotations

from conftest import account_tolls, one_article_tolls, people_names, report_of

LEAD = ("Boy, 6, killed in Marlow home\n\nA boy of 6 died after a shot hit him Saturday afternoon in a home "
        "in the 4100 block of Linden Road, Marlow police said.\n\nThe boy, Davon Reese, was found by his "
        "mother and taken to Marlow General Hospital, where he died.\n\n")


def test_a_recalled_shooting_in_its_own_paragraph_is_kept_out(tmp_path):
    text = LEAD + ("It was the third shooting this month where a teen was hurt in Marlow. On Tuesday, "
                   "two teens were wounded on Dale Avenue. Curtis Mabry, 41, was arrested in that shooting.\n\n"
                   "Detectives asked anyone with information to call them.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    tolls = account_tolls(rep, "a")
    assert tolls.get("killed") == (1, 1)
    assert tolls.get("injured") is None and tolls.get("arrested") is None
    assert "Curtis Mabry" not in people_names(rep)


def test_in_another_shooting_is_another_scene(tmp_path):
    text = LEAD + "In another shooting, three men were wounded outside a bar on Pine Street.\n"
    assert one_article_tolls(tmp_path, "another", text).get("injured") is None


def test_a_roundup_paragraph_at_another_address_is_another_scene(tmp_path):
    text = LEAD + ("About two hours later, a man, 30, was shot dead in the 900 block of Elm Street, "
                   "police said.\n\nHe was identified as Lamar Tibbs, 30.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert account_tolls(rep, "a").get("killed") == (1, 1)
    assert "Lamar Tibbs" not in people_names(rep)
    assert "Davon Reese" in people_names(rep)


def test_the_events_own_paragraphs_stay(tmp_path):
    text = LEAD + ("Police responded to the 4100 block of Linden Road after a neighbour called. The boy's "
                   "uncle, Marcus Reese, 24, was arrested and charged with manslaughter.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert account_tolls(rep, "a").get("arrested") == (1, 1)  # the one named held (session 77: closed)
    assert "Marcus Reese" in people_names(rep)


def test_the_scene_another_page_tells_is_the_event(tmp_path):
    roundup = ("Violent weekend in Marlow\n\nA 28-year-old man, Jalen Cobb, was shot and killed Saturday night "
               "in the 900 block of Elm Street, police said.\n\nHis sister said he was a kind man.\n\n"
               "Three women were wounded Friday night in the 2700 block of Harbor Boulevard, near the Velvet "
               "Lounge. Their injuries were not life-threatening.\n")
    other = ("Three women shot near Velvet Lounge\n\nThree women were shot near the Velvet Lounge on Harbor "
             "Boulevard early Sunday, a dispatcher said. None of the injuries was life-threatening.\n")
    rep = report_of(tmp_path, {"a.txt": roundup, "b.txt": other})
    tolls = account_tolls(rep, "a")
    assert tolls.get("killed") is None
    assert tolls.get("injured") == (3, 3)
    assert "Jalen Cobb" not in people_names(rep)
