"""held52 (session 35, careful reading round 52, even half): held and not-held words that are
not about the event's suspects kept out of the arrested toll and the custody rows: a history's arrests in a past year, an arrest on outstanding warrants. Sentences of our own."""

from __future__ import annotations

from conftest import account_custody, account_toll, report_of


HISTORY = ("Pastor among three shot dead at chapel\n\nJune 18, 2015\n\nThree people were shot dead at a chapel on Elm Road in Marlow "
           "on Wednesday night, police said. Police are searching for the gunman.\n\nThe chapel has a long "
           "history.\n\nBy 1830 the chapel had 900 members.\n\nIts founders were accused of planning a revolt. "
           "The chapel was burned down.\n\nAuthorities arrested 120 men, and exiled 30 of them.\n\nThe chapel was "
           "rebuilt in the 1890s.\n")


def test_arrests_in_a_history_two_centuries_back_are_not_the_event_s(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HISTORY})
    assert account_toll(rep, "arrested") is None
    assert ("held", "arrested") not in account_custody(rep)


def test_arrests_after_a_recent_date_stay(tmp_path):
    text = HISTORY.replace("By 1830", "By Tuesday").replace("in the 1890s", "on Thursday")
    arrested = account_toll(report_of(tmp_path, {"a.txt": text}), "arrested")
    assert arrested is not None and arrested["low"] == 120


def test_an_arrest_on_outstanding_warrants_is_another_matter(tmp_path):
    text = ("Crash after shots on Pine Street\n\nA car crashed on Pine Street in Marlow on Tuesday after shots were "
            "fired nearby, police said. One of the men in the car, aged 24, was arrested on "
            "outstanding warrants from another county.\n")
    assert account_toll(report_of(tmp_path, {"a.txt": text}), "arrested") is None
