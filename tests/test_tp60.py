"""Times that are not the shooting's (session 42, tp60, issue 13): a status hour with a hedge after
its 'as of' ('still searching as of about 2:50 a.m.') and a page's posting or update stamp
('Updated: Tuesday, Nov. 3, 2009 9:12 PM', whatever the headline glued before it tells) are read
as another moment (data/facts.json ``status_time`` ``hedged`` and ``page_stamp``). Sentences of
our own, on the real model."""

from __future__ import annotations

from conftest import fact_moments, findings_of, report_of


def test_a_hedged_status_hour_is_not_the_shooting(nlp):
    text = "Officers arrived at 12:10 a.m. and were still trying to learn where the shots were fired as of about 2:50 a.m."
    assert ("other", "2:50 a.m.") in fact_moments(nlp, "time", text)


def test_the_hour_the_shots_were_fired_is_still_the_shooting(nlp):
    text = "The shots were fired at about 2:50 a.m. near the bridge."
    assert fact_moments(nlp, "time", text) == [("event", "2:50 a.m.")]


def test_an_update_stamp_after_a_headline_is_not_the_shooting(nlp):
    text = ("Sheriff says woman shot at Lake Park Updated: Tuesday, Nov. 3, 2009 9:40 AM EST\n\n"
            "A woman was hurt.")
    assert fact_moments(nlp, "time", text) == [("other", "9:40 AM")]


def test_a_posting_stamp_after_a_headline_is_not_the_shooting(nlp):
    text = ("Deputies say two men shot outside Elm Street bar Posted: Tuesday, Nov. 3, 2009 6:02 AM EST Updated: "
            "Tuesday, Nov. 3, 2009 9:40 AM EST\n\nTwo men were hurt.")
    assert fact_moments(nlp, "time", text) == [("other", "6:02 AM"), ("other", "9:40 AM")]


def test_a_short_update_stamp_is_not_the_shooting(nlp):
    text = "A woman was shot on Pine Road early Sunday. (Updated 2:55 p.m.)"
    assert fact_moments(nlp, "time", text) == [("other", "2:55 p.m.")]


def test_the_time_row_shows_the_times_furthest_apart(tmp_path):
    a = ("Gunman kills two at plant\n\nA gunman killed two workers at the Elm Road plant. The shooting began around "
         "7 a.m. Monday, deputies said.\n")
    b = ("Two dead in plant shooting\n\nA gunman opened fire just before 7:30 a.m. at the Elm Road plant, killing two "
         "workers. The shooting began at about 7:20 a.m. with two shots, deputies said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    rows = findings_of(rep, subject="time · shooting")
    assert len(rows) == 1 and "7:20 a.m." in rows[0]["reason"] and "7:30" not in rows[0]["reason"]



def test_a_street_told_closed_is_read(nlp):
    text = "Birch Street was shut down past Pine Avenue until noon."
    assert fact_moments(nlp, "street", text) == [("other", "Birch Street")]


def test_a_street_closed_with_another_street_word_is_a_difference(tmp_path):
    a = ("Two hurt in shooting\n\nOfficers found two men shot near the intersection of Birch Avenue and Elm Street "
         "early Sunday, police said.\n")
    b = ("Two men wounded\n\nTwo men were wounded early Sunday on Elm Street, police said. Birch Street was closed "
         "for several hours while officers investigated.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    rows = [f for f in rep["findings"] if f["subject"].startswith("place · street word")]
    assert len(rows) == 1 and "Birch Avenue" in rows[0]["reason"] and "Birch Street" in rows[0]["reason"]
