"""Which of a page's scenes is its own (reconcile/scenes.py): a roundup that no other
source places keeps all its scenes, and the words a page's scenes share (its city) choose
none of them. Sentences written for these tests (session 40, scene58, issue 13)."""

from __future__ import annotations

from conftest import account_of, account_tolls, people_names, report_of

ROUNDUP = ("Teen killed, 4 hurt in Marlow weekend shootings\n\nA teenager was killed and four other people were "
           "hurt in separate shootings across Marlow over the weekend.\n\nIn the latest shooting, a 30-year-old "
           "man walked into Marlow General Hospital on Sunday with a wound to his arm. He told police he was "
           "shot at Pine Street and Hill Avenue.\n\n")


def _whys(rep: dict, source: str) -> set[str]:
    return {a["why"] for a in account_of(rep, source)["set_aside"]}


def test_a_roundup_no_other_source_places_keeps_its_scenes(tmp_path):
    text = ROUNDUP + ("Police said a 16-year-old boy, Tyrell Dunn, was shot and killed about 1 a.m. Saturday "
                      "in the 3300 block of Garnet Road. Three men were wounded with him.\n\n"
                      "Detectives want to hear from witnesses.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert "another scene" not in _whys(rep, "a")
    assert "Tyrell Dunn" in people_names(rep)


def _city_roundup(closing: str = "") -> tuple[str, str]:
    roundup = ("Violent weekend in Marlow\n\nPolice said a 28-year-old man was killed in Marlow on Saturday night. "
               "Jalen Cobb was shot in the 900 block of Elm Street.\n\nHis sister said he was a kind man.\n\n"
               "Three women were wounded in Marlow on Friday night. They were shot in the 2700 block of Harbor "
               "Boulevard, near the Velvet Lounge. Their injuries were not life-threatening.\n" + closing)
    other = ("Three women shot in Marlow\n\nThree women were shot on Harbor Boulevard in Marlow early Sunday, a "
             "dispatcher said. None of the injuries was life-threatening.\n")
    return roundup, other


def test_the_city_of_a_roundup_chooses_no_scene(tmp_path):
    roundup, other = _city_roundup()
    rep = report_of(tmp_path, {"a.txt": roundup, "b.txt": other})
    tolls = account_tolls(rep, "a")
    assert tolls.get("killed") is None
    assert tolls.get("injured") == (3, 3)


def test_a_line_on_all_the_shootings_stays_with_the_event(tmp_path):
    roundup, other = _city_roundup("\nPolice said no arrests were made in any of the shootings.\n")
    rep = report_of(tmp_path, {"a.txt": roundup, "b.txt": other})
    assert account_tolls(rep, "a").get("arrested") == (0, 0)


def test_a_scene_that_names_its_wounded_boy_dead_counts_him_dead(tmp_path):
    roundup = ("Weekend violence in Marlow\n\nThree people were killed and five were hurt in separate shootings across "
               "Marlow on Saturday, police said.\n\nA man of 40 was shot dead about 9 p.m. on the 1200 block of "
               "Birch Lane, police said.\n\nEarlier, a 15-year-old boy was struck by gunfire in the 400 block of Quarry "
               "Street about 5 p.m. on Saturday. The boy, identified by the coroner as Kai Fields, suffered wounds to his "
               "back and was taken to Marlow General Hospital, police said. Fields was pronounced dead at 5:40 p.m., the coroner "
               "said.\n")
    other = ("Teen killed on Quarry Street identified\n\nA teen fatally shot Saturday afternoon on Quarry Street in "
             "Marlow was Kai Fields, 15, the coroner said. He died at Marlow General Hospital.\n")
    rep = report_of(tmp_path, {"a.txt": roundup, "b.txt": other})
    tolls = account_tolls(rep, "a")
    assert tolls.get("killed") == (1, 1)
    assert tolls.get("injured") is None
    assert not [f for f in rep["findings"] if f["status"] in ("differ", "conflict")]


def test_a_lead_that_counts_two_shootings_keeps_the_separate_one(tmp_path):
    text = ("Woman killed, girl hurt in Dale County\n\nThe sheriff's office is looking into two shootings from "
            "Saturday and Sunday, one of which was fatal.\n\nA 60-year-old woman, Rita Moss, was shot in the chest at her home on Saturday and "
            "died, the sheriff said.\n\nNo arrests were made in her death.\n\nIn a separate incident, a girl of 4 "
            "was wounded in the foot on Sunday. She is expected to recover, the sheriff said.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert "another scene" not in _whys(rep, "a")
    assert (account_tolls(rep, "a").get("injured") or (None,))[0] == 1


def test_scenes_the_page_calls_linked_are_one_event(tmp_path):
    text = ("Three hurt on Marlow streets\n\nRay Dunn, 25, and Lia Moss, 19, were wounded in the 1200 block of Oak Road "
            "just after 11 p.m., police said.\n\nBoth were driven to Marlow General Hospital by friends.\n\n"
            "A few minutes later, a 16-year-old girl, Ana Cruz, was wounded in a car in the 900 block of Pine Avenue.\n\n"
            "Police said both shootings are linked to a feud between two groups.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert "another scene" not in _whys(rep, "a")
    assert "Ana Cruz" in people_names(rep)
