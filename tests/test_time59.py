"""A part of the day a page writes onto the shooting with its weekday ('was shot Friday night')
against another page's clock time of the shooting hours outside it ('about 3:20 p.m.'): the
row 'time · part of the day' (session 41, time59; data/compare.json ``part_of_day``). A clock
time within an hour of the part ('Monday evening' against 'about 4:10 p.m.') is no difference,
and a page that gives a clock time of its own is compared by the time row instead. Sentences
of our own, on the real model. (A police response told a day or less before another page's part
of the day, written from the odd half and firing there alone, is left on branch time59.)"""

from __future__ import annotations

from conftest import findings_of, report_of


def _part_rows(tmp_path, first, second):
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": second})
    return findings_of(rep, kind="fact", subject="time · part of the day")


_NIGHT = ("Man dies after Birch Lane shooting\n\nA man, 40, was shot Friday night on Birch Lane in Dunmore "
          "Falls, deputies said.\n")


def test_a_night_against_a_clock_time_in_the_afternoon(tmp_path):
    b = ("Birch Lane shooting leaves man dead\n\nA man, 40, was shot on Birch Lane in Dunmore Falls. The "
         "shooting happened about 3:20 p.m., deputies said.\n")
    rows = _part_rows(tmp_path, _NIGHT, b)
    assert len(rows) == 1 and "Friday night" in rows[0]["reason"] and "3:20 p.m." in rows[0]["reason"]


def test_a_clock_time_within_the_margin_is_no_difference(tmp_path):
    b = ("Birch Lane shooting leaves man dead\n\nA man, 40, was shot on Birch Lane in Dunmore Falls. The "
         "shooting happened about 5:40 p.m., deputies said.\n")
    assert _part_rows(tmp_path, _NIGHT, b) == []


def test_a_page_with_its_own_clock_time_gives_no_part(tmp_path):
    a = ("Man dies after Birch Lane shooting\n\nA man, 40, was shot Friday night on Birch Lane in Dunmore "
         "Falls. The shooting happened about 10:15 p.m., deputies said.\n")
    b = ("Birch Lane shooting leaves man dead\n\nA man, 40, was shot on Birch Lane in Dunmore Falls. The "
         "shooting happened about 3:20 p.m., deputies said.\n")
    assert _part_rows(tmp_path, a, b) == []


def test_a_status_hour_after_as_of_is_not_the_shooting(nlp):
    text = "As of 9 p.m. Tuesday, officials said about 300 workers were still waiting and it could take hours."
    doc = nlp(text)
    assert [(f["moment"], text[f["start"]:f["end"]]) for f in doc._.facts if f["attr"] == "time"] == [("other", "9 p.m.")]
