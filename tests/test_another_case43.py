"""A sentence opened by 'In that case,' or 'In a separate shooting' tells another case: its
figures are set aside as another event's (data/accounts.json ``another_case_opener``).
Sentences written for these tests (session 30)."""

from __future__ import annotations

from conftest import findings_of, one_article_tolls, report_of

PAGE = ("Teen shot dead in Marlow backyard\n\nSeventeen-year-old Ray Dunkerley of Marlow was shot and killed "
        "on Friday in a neighbour's backyard, police said.\n\nA single shot struck Dunkerley in the chest.\n\n"
        "Police recalled a shooting on the same street two years earlier.\n\n")


def test_in_that_case_figures_are_another_events(tmp_path):
    text = PAGE + "In that case, a 12-year-old was killed and a 13-year-old injured during a robbery.\n"
    tolls = one_article_tolls(tmp_path, "that", text)
    assert tolls.get("killed") == (1, 1)
    assert tolls.get("injured") is None


def test_a_separate_shooting_is_another_events(tmp_path):
    text = PAGE + "In a separate shooting on Dale Street, a man was wounded in the arm.\n"
    assert one_article_tolls(tmp_path, "separate", text).get("injured") is None


def test_the_event_told_in_such_a_page_still_counts(tmp_path):
    text = PAGE + "Dunkerley's cousin, 19, was also wounded in the backyard.\n"
    assert one_article_tolls(tmp_path, "own", text).get("injured") == (1, 1)


def test_no_self_age_finding_from_another_cases_victim(tmp_path):
    text = PAGE + "In that case, a 16-year-old was killed and a 13-year-old hurt during a robbery.\n"
    rep = report_of(tmp_path, {"a.txt": text})
    assert not findings_of(rep, status="inconsistent", measure="age")
