"""Session 78: fixes from the careful readings (account rows), read from sentences of our own; end to end on
the real model."""

from __future__ import annotations

from conftest import findings_of, one_article_tolls, report_of


def test_one_unnamed_suspect_held_is_one_arrested(tmp_path):
    # careful readings rounds 398-415: 'A 35-year-old man was arrested' shown 'at least 1' on a page naming no one
    tolls = one_article_tolls(tmp_path, "one", (
        "Man arrested in Riverton shooting\n\nRIVERTON -- A 30-year-old man was shot and killed on Oak Street "
        "on Friday night, police said.\n\nA 35-year-old man was arrested on Monday and booked into the county "
        "jail on a murder charge, police said.\n"))
    assert tolls.get("arrested") == (1, 1)


def test_one_unnamed_suspect_held_beside_another_sought_stays_a_lower_bound(tmp_path):
    # a second suspect on the page: more may be held than the one told
    tolls = one_article_tolls(tmp_path, "one", (
        "Man arrested in Riverton shooting\n\nRIVERTON -- A 30-year-old man was shot and killed on Oak Street "
        "on Friday night, police said.\n\nA 35-year-old man was arrested on Monday. A second suspect was "
        "arrested on Tuesday, police said.\n"))
    assert tolls.get("arrested", (0, 0))[1] is None


def test_one_unnamed_suspect_held_with_others_stays_a_lower_bound(tmp_path):
    # 'also' beside a word of custody: more held than the one the sentence tells
    tolls = one_article_tolls(tmp_path, "one", (
        "Arrests in Riverton shooting\n\nRIVERTON -- A 30-year-old man was shot and killed on Oak Street "
        "on Friday night, police said.\n\nA 35-year-old man was taken into custody on Monday along with "
        "other people, police said.\n"))
    assert tolls.get("arrested", (0, 0))[1] is None


def test_the_victims_counted_beside_an_arrest_are_not_more_held(tmp_path):
    # careful readings rounds 416-419: 'in the deaths of six people' kept one named arrest 'at least 1'
    tolls = one_article_tolls(tmp_path, "one", (
        "Man arrested in Riverton shooting\n\nRIVERTON -- A gunman opened fire at a party on Oak Street on "
        "Friday night, killing one man and injuring four others, police said.\n\nDeputies arrested Dale Voss, 31, "
        "on Monday in the shooting that left one dead and four hurt.\n"))
    assert tolls.get("arrested") == (1, 1)


def test_another_arrest_keeps_one_named_held_a_lower_bound(tmp_path):
    # careful reading round 418: a page on 'another arrest' naming the one held closed at one
    tolls = one_article_tolls(tmp_path, "one", (
        "Another arrest made in Riverton shooting\n\nRIVERTON -- Police have made another arrest in the "
        "shooting of a man on Oak Street last month.\n\nDeputies arrested Ann Voss, 31, on Monday, police said.\n"))
    assert tolls.get("arrested", (0, 0))[1] is None


def test_one_named_suspect_charged_and_none_told_held_is_one_arrested(tmp_path):
    # careful readings rounds 416 and 419: a page telling one man charged, no arrest word, shown 'at least 1'
    tolls = one_article_tolls(tmp_path, "one", (
        "Man charged in Riverton shooting\n\nRIVERTON -- A 30-year-old man was shot and killed on Oak Street "
        "on Friday night, police said.\n\nProsecutors charged Dale Voss, 31, with murder on Monday. He is due "
        "in court next week.\n"))
    assert tolls.get("arrested") == (1, 1)


def test_a_charge_of_someone_unnamed_keeps_the_named_charged_a_lower_bound(tmp_path):
    # the boy charged is one more than the father named
    tolls = one_article_tolls(tmp_path, "one", (
        "Father charged after boy shoots toddler\n\nRIVERTON -- A 3-year-old was shot and killed at a home "
        "on Oak Street on Friday, police said.\n\nProsecutors charged Dale Voss, 31, with manslaughter on "
        "Monday. Prosecutors also charged the boy, 12, with manslaughter in juvenile court.\n"))
    assert tolls.get("arrested", (0, 0))[1] is None


def test_a_shooting_of_people_beside_one_arrest_counts_the_victims(tmp_path):
    # careful reading round 420: 'in the shooting of four people' kept one named arrest open
    tolls = one_article_tolls(tmp_path, "one", (
        "Man arrested in Riverton shooting\n\nRIVERTON -- Four people were wounded outside a bar on Oak Street "
        "on Friday night, police said.\n\nDeputies arrested Dale Voss, 31, on Monday in the shooting of four "
        "people.\n"))
    assert tolls.get("arrested") == (1, 1)


def test_a_unit_named_in_capitals_is_not_more_people_held(tmp_path):
    # careful reading round 421: 'the People Crimes Bureau' kept one named arrest open
    tolls = one_article_tolls(tmp_path, "one", (
        "Man arrested in Riverton shooting\n\nRIVERTON -- A man was shot and wounded on Oak Street on Friday "
        "night, police said.\n\nDetectives of the Major Crimes Unit and the People Crimes Bureau arrested Dale "
        "Voss, 31, on Monday.\n"))
    assert tolls.get("arrested") == (1, 1)


def test_suspects_charged_with_warrants_out_for_some_count_those_held(tmp_path):
    # careful reading round 420: seven named charged, four in custody and warrants out for three, read as 7
    tolls = one_article_tolls(tmp_path, "one", (
        "Men charged in Riverton shooting\n\nRIVERTON -- A man was shot and wounded on Oak Street last month, "
        "police said.\n\nDale Voss, 31, Ray Hale, 24, and Tom Birch, 22, were charged with attempted murder. "
        "Sam Kerr, 19, and Ned Rowe, 20, were charged with assault.\n\nVoss, Hale and Birch are in custody "
        "while arrest warrants have been issued for the other two.\n"))
    assert tolls.get("arrested", (0, 0))[0] == 3


def test_a_second_suspect_named_beside_the_first_is_two_held(tmp_path):
    # careful readings rounds 425-427: both men named held, 'a second suspect' kept the count at 'at least 2'
    tolls = one_article_tolls(tmp_path, "one", (
        "Second man arrested in Riverton shooting\n\nRIVERTON -- A man was shot and killed on Oak Street last "
        "week, police said.\n\nDeputies arrested Dale Voss, 31, on Friday. A second suspect, Ray Hale, 24, was "
        "arrested on Monday.\n"))
    assert tolls.get("arrested") == (2, 2)


def test_an_ordinal_victim_is_not_one_more_held(tmp_path):
    # careful reading round 424: 'a fourth man who was wounded in the arm' kept the one man detained open
    tolls = one_article_tolls(tmp_path, "one", (
        "Three killed in Riverton shooting\n\nRIVERTON -- Three men were shot and killed outside a bar on Oak "
        "Street on Friday night. A fourth man who was wounded in the arm is expected to survive, police said.\n\n"
        "A 30-year-old man was detained at the scene.\n"))
    assert tolls.get("arrested") == (1, 1)


def test_an_arrest_told_pending_is_no_one_held_for_sure(tmp_path):
    # careful reading round 431: 'Y's arrest is pending' beside X arrested closed at two
    tolls = one_article_tolls(tmp_path, "one", (
        "Charges filed in Riverton shooting\n\nRIVERTON -- A boy was shot and wounded at a home on Oak Street last "
        "month, police said.\n\nAnn Voss and Ray Voss were charged with child endangerment in the shooting. Ann "
        "Voss has been arrested and released on bond; Ray Voss's arrest is pending.\n"))
    assert tolls.get("arrested", (0, 0))[1] is None


def test_witnesses_beside_an_arrest_are_not_more_held(tmp_path):
    # careful reading round 432: 'multiple witnesses' in the arrest sentence kept one named man open
    tolls = one_article_tolls(tmp_path, "one", (
        "Man arrested in Riverton shooting\n\nRIVERTON -- A man was shot and killed outside a bar on Oak Street "
        "on Saturday, police said.\n\nPolice arrested Dale Voss, 22, on Thursday after multiple witnesses named "
        "him as the gunman.\n"))
    assert tolls.get("arrested") == (1, 1)


def test_one_held_against_more_held_elsewhere_is_told_as_growth_over_time(tmp_path):
    # careful readings rounds 418 and 428-433: 'Compatible: 1 against 3; no source's figure excludes another's'
    rep = report_of(tmp_path, {
        "a.txt": ("Man arrested in Riverton shooting\n\nRIVERTON -- A man was shot and killed on Oak Street on "
                  "Friday night, police said.\n\nDeputies arrested Dale Voss, 31, on Monday.\n"),
        "b.txt": ("Arrests in Riverton shooting\n\nRIVERTON -- A man was shot and killed on Oak Street on Friday "
                  "night. Three men have been arrested in the killing, police said.\n")})
    row = next(f for f in findings_of(rep, kind="quantity", measure="arrested") if f["subject"] == "arrested · toll")
    assert row["status"] == "agree"
    assert row["reason"].startswith("Compatible over time")


def test_a_charge_sentence_describing_the_one_named_suspect_is_him(tmp_path):
    # careful readings rounds 430 and 433: 'A 20-year-old man was charged' beside the named man of 20 kept 'at least 1'
    tolls = one_article_tolls(tmp_path, "one", (
        "Man charged in Riverton shooting\n\nRIVERTON -- A 20-year-old man was charged with murder on Monday in "
        "the shooting of a man on Oak Street last week, police said.\n\nDale Voss, 20, was charged with "
        "first-degree murder, prosecutors said.\n"))
    assert tolls.get("arrested") == (1, 1)
