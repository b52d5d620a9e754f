"""Session 77: fixes from the careful readings (account rows), read from sentences of our own; end to end on
the real model."""

from __future__ import annotations

from conftest import account_tolls, one_article_tolls, report_of


def test_the_dead_and_wounded_told_as_shot_give_the_people_shot(tmp_path):
    # careful readings rounds 398-399: shot blank in rows whose pages tell the dead and the wounded shot
    tolls = one_article_tolls(tmp_path, "one", (
        "Man killed, two hurt in Riverton shooting\n\nRIVERTON -- A man was shot and killed and two women were "
        "wounded by gunfire outside a bar on Oak Street late Friday, police said.\n"))
    assert tolls.get("killed") == (1, 1)
    assert tolls.get("injured") == (2, 2)
    assert tolls.get("shot") == (3, 3)


def test_a_death_told_shot_alone_gives_that_many_shot(tmp_path):
    # the page tells no one wounded: the dead are the people shot, as the page tells it
    tolls = one_article_tolls(tmp_path, "one", (
        "Teen dies after shooting in Riverton\n\nRIVERTON -- A 17-year-old was shot to death in a parking lot "
        "on Elm Street on Saturday night, police said.\n"))
    assert tolls.get("killed") == (1, 1)
    assert tolls.get("shot") == (1, 1)


def test_wounded_not_told_as_gunfire_give_no_people_shot(tmp_path):
    # the wounded may have been hurt otherwise: no sum
    tolls = one_article_tolls(tmp_path, "one", (
        "One dead after fight at Riverton club\n\nRIVERTON -- One man was shot and killed during a fight at a "
        "club on Elm Street early Sunday. Three other people were hurt as the crowd fled, police said.\n"))
    assert tolls.get("killed") == (1, 1)
    assert "shot" not in tolls


def test_the_event_row_reads_the_people_shot_told_so(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": ("Man killed in Riverton shooting\n\nRIVERTON -- A man was fatally shot outside his home on Oak "
                  "Street on Friday night, police said. Two neighbours were wounded by gunfire.\n"),
        "b.txt": ("Riverton man dies in shooting\n\nRIVERTON -- A 40-year-old man was shot and killed on Oak "
                  "Street on Friday night. Two other people were shot and are expected to live, police said.\n")})
    assert account_tolls(rep, "a").get("shot") == (3, 3)
    assert rep["event"]["tolls"]["shot"]["low"] == 3


def test_one_suspect_named_held_is_one_arrested(tmp_path):
    # careful readings rounds 398-403: one named suspect held shown 'at least 1'
    tolls = one_article_tolls(tmp_path, "one", (
        "Man charged in Riverton shooting\n\nRIVERTON -- A 30-year-old man was shot and killed on Oak Street "
        "on Friday night, police said.\n\nDeputies arrested Dale Voss, 31, on Monday. Voss was booked into the "
        "county jail on a murder charge.\n"))
    assert tolls.get("arrested") == (1, 1)


def test_a_named_suspect_held_beside_another_stays_a_lower_bound(tmp_path):
    # someone else held whom the page does not name: at least the one named
    tolls = one_article_tolls(tmp_path, "one", (
        "Man charged in Riverton shooting\n\nRIVERTON -- A 30-year-old man was shot and killed on Oak Street "
        "on Friday night, police said.\n\nDeputies arrested Dale Voss, 31, and another man on Monday.\n"))
    assert tolls.get("arrested") == (1, None)


def test_a_held_sentence_naming_no_one_is_the_one_suspect_named(tmp_path):
    # careful readings rounds 404-406: 'A man was arrested' beside the one suspect the page names
    tolls = one_article_tolls(tmp_path, "one", (
        "Man arrested in Riverton shooting\n\nRIVERTON -- A man was shot and wounded on Oak Street on Friday "
        "night, police said. A man was arrested on Sunday in the shooting.\n\nPolice identified him as Dale "
        "Voss, 31. Voss was booked into the county jail.\n"))
    assert tolls.get("arrested") == (1, 1)


def test_counts_of_a_charge_are_no_more_people_held(tmp_path):
    # careful reading round 408: 'two counts of attempted murder' kept one named arrest open
    tolls = one_article_tolls(tmp_path, "one", (
        "Man charged in Riverton shooting\n\nRIVERTON -- Two women were shot and wounded on Oak Street on "
        "Friday night, police said.\n\nDeputies arrested Dale Voss, 31, on Monday and charged him with two "
        "counts of attempted murder.\n"))
    assert tolls.get("arrested") == (1, 1)


def test_someone_also_held_keeps_the_named_arrests_open(tmp_path):
    tolls = one_article_tolls(tmp_path, "one", (
        "Man charged in Riverton shooting\n\nRIVERTON -- A man was shot and wounded on Oak Street on Friday "
        "night, police said.\n\nDeputies arrested Dale Voss, 31, on Monday. A teenage girl was also arrested.\n"))
    assert (tolls.get("arrested") or (0, 0))[1] is None


def test_shots_fired_and_people_wounded_give_the_people_shot(tmp_path):
    # careful readings rounds 405 and 408: 'shots were fired', 'gun battle'
    tolls = one_article_tolls(tmp_path, "one", (
        "Two hurt on Oak Street\n\nRIVERTON -- Shots were fired outside a bar on Oak Street late Friday and two "
        "men were wounded, police said.\n"))
    assert tolls.get("injured") == (2, 2)
    assert tolls.get("shot") == (2, 2)


def test_a_second_arrest_against_one_named_held_is_an_update(tmp_path):
    # one page names one man held, no one else (closed at one since session 77); a later page tells a
    # second suspect arrested whom the first never mentions: still the update difference
    rep = report_of(tmp_path, {
        "a.txt": ("Man charged in Quill Lane shooting\n\nA man was wounded by gunfire on Quill Lane in Barrowfield "
                  "late Friday, police said. Officers arrested Dale Voss, 31, on Saturday in the shooting. Voss "
                  "was booked into the Barrow County jail.\n"),
        "b.txt": ("Second suspect arrested in Quill Lane shooting\n\nA second suspect, Gil Maret, 27, was arrested "
                  "on Tuesday in the shooting that wounded a man on Quill Lane in Barrowfield, police said. Dale "
                  "Voss, 31, was arrested on Saturday.\n")})
    assert account_tolls(rep, "a").get("arrested") == (1, 1)
    found = [f for f in rep["findings"] if f["measure"] == "arrested" and f["subject"].endswith("toll")]
    assert found and found[0]["status"] == "differ" and "one more suspect arrested" in found[0]["reason"]


def test_pages_naming_one_held_each_do_not_outvote_a_later_arrest_count(tmp_path):
    # each page's one named suspect held is one (session 77); for the event, arrests only add up:
    # 'the fifth suspect arrested' is not outvoted by two pages that each name one of the five
    head = "A man was wounded by gunfire on Quill Lane in Barrowfield on Friday, police said. "
    rep = report_of(tmp_path, {
        "a.txt": "Suspect arrested in Quill Lane shooting\n\n" + head + "Officers arrested Dale Voss, 31, on Saturday.\n",
        "b.txt": "Suspect surrenders in Quill Lane shooting\n\n" + head + "Gil Maret, 27, turned himself in on Sunday.\n",
        "c.txt": ("Fifth suspect arrested in Quill Lane shooting\n\n" + head
                  + "A fifth suspect was arrested on Thursday, police said.\n")})
    assert account_tolls(rep, "a").get("arrested") == (1, 1)
    ev = rep["event"]["tolls"]["arrested"]
    assert ev["low"] == 5


def test_an_ordinal_arrest_in_the_headline_keeps_one_named_held_open(tmp_path):
    # careful reading round 414: a release naming the third man held, closed at one
    tolls = one_article_tolls(tmp_path, "one", (
        "Police Arrest Third Suspect in Riverton Shooting\n\nRIVERTON -- A man was shot and killed on Oak Street "
        "in June, police said.\n\nToday, officers located and arrested Dale Voss, 20, and charged him with "
        "murder.\n"))
    assert tolls.get("arrested", (0, 0))[1] is None


def test_the_pages_own_people_held_keep_the_count_from_closing_below_them(tmp_path):
    # careful reading round 413: a woman named in a charge sentence, then 'she was arrested', beside
    # the man named held: not one
    tolls = one_article_tolls(tmp_path, "one", (
        "Charges filed in Riverton boy's death\n\nRIVERTON -- A boy of 9 was shot and killed at a cabin near "
        "Riverton on Sunday, deputies said.\n\nDeputies arrested Dale Voss, 30, on Monday and charged him with "
        "murder. His girlfriend, Ann Lutz, 28, is charged with child abuse. She was arrested on Tuesday and is "
        "held in the county jail.\n"))
    assert tolls.get("arrested", (0, 0))[1] != 1
