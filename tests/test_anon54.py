"""Session 54 (anon54): the one dead (or the one wounded) victim a source names against the one
another source leaves unnamed. A source whose figures do not describe its one victim of the kind
('Lena Marsh, 11, died') gives the age of the victim it names, so 'a 12-year-old girl was killed'
in another page is one person given two ages; an age told after the figure ('one woman in her 20s',
'a woman believed to be 60') is read; a named age stands up to nine years off a written one (as
people matched by name). Not: an age in the words' interval ('a man' against 17, 'in his 20s'
against 24), two dead, a page correcting its first report of the age, a year apart a year later.
Sentences of our own, about invented shootings."""

from __future__ import annotations

import json

from conftest import findings_of, report_of
from reconcile.lone import describe
from reconcile.records import Claim

GIRL = ("Girl, 12, killed in Fenwick gunfire\n\nA 12-year-old girl was killed Sunday evening on Ardent Road in "
        "Fenwick, officers said. Two other people were wounded. Nobody is in custody.\n")
NAMED = ("Fenwick shooting victim identified\n\nLena Marsh, 11, died Sunday evening after she was shot on Ardent "
         "Road in Fenwick, officers said. Two other people were wounded. Detectives asked for tips.\n")


def _ages(rep: dict) -> list[dict]:
    return findings_of(rep, kind="person", measure="age")


def _named(name: str, age: int, she: str = "she") -> str:
    return (f"Fenwick shooting victim identified\n\n{name}, {age}, died Sunday evening after {she} was shot on "
            "Ardent Road in Fenwick, officers said. Two other people were wounded. Detectives asked for tips.\n")


def _figure(text: str, sentence: str) -> Claim:
    return Claim(id="a:q1", source="a", path="a.txt", kind="quantity", start=0, end=len(text), text=text,
                 sentence=sentence, line=3, noun=text.split()[-1], measure="killed")


def test_an_age_told_after_the_figure():
    assert describe(_figure("one woman", "Police said one woman in her 20s died at the scene.")) == ("female", 20, 29)
    assert describe(_figure("a woman", "Police said a woman, believed to be 60, died.")) == ("female", 60, 60)
    assert describe(_figure("a man", "Police said a man died about 10 p.m. Sunday.")) == ("male", 17, 120)


def test_an_unnamed_girl_of_12_against_the_named_girl_of_11(tmp_path):
    rep = report_of(tmp_path, {"a.txt": GIRL, "b.txt": NAMED})
    (f,) = _ages(rep)
    assert f["status"] == "differ" and "12" in f["reason"] and "'Lena Marsh', 11" in f["reason"]
    assert f["subject"].startswith("Lena Marsh")


def test_a_named_age_four_years_off(tmp_path):
    woman = GIRL.replace("Girl, 12,", "Woman").replace("A 12-year-old girl", "A 25-year-old woman")
    rep = report_of(tmp_path, {"a.txt": woman, "b.txt": _named("Tessa Varn", 21)})
    (f,) = _ages(rep)
    assert "25" in f["reason"] and "21" in f["reason"]


def test_a_decade_and_a_guess_after_the_figure(tmp_path):
    twenties = ("One dead in Fenwick shooting\n\nPolice said one woman in her 20s died at the scene on Ardent Road in "
                "Fenwick on Sunday evening. Two other people were wounded. Nobody is in custody.\n")
    rep = report_of(tmp_path / "a", {"a.txt": twenties, "b.txt": _named("Tessa Varn", 30)})
    (f,) = _ages(rep)
    assert "in her 20s" in f["reason"] and "30" in f["reason"]
    # ('a woman believed to be 60 was killed' is read as 60 dead by the extractor today: the guess
    # after a figure is tested on the figure alone, test_an_age_told_after_the_figure)


def test_no_finding_where_the_age_fits_the_words(tmp_path):
    twenties = ("One dead in Fenwick shooting\n\nPolice said a man in his 20s died at the scene on Ardent Road in "
                "Fenwick on Sunday evening. Two other people were wounded. Nobody is in custody.\n")
    assert _ages(report_of(tmp_path / "a", {"a.txt": twenties, "b.txt": _named("Tom Reddle", 24, "he")})) == []
    man = ("Man killed in Fenwick gunfire\n\nA man was killed Sunday evening on Ardent Road in Fenwick, officers "
           "said. Two other people were wounded. Nobody is in custody.\n")
    assert _ages(report_of(tmp_path / "b", {"a.txt": man, "b.txt": _named("Tom Reddle", 17, "he")})) == []
    assert _ages(report_of(tmp_path / "c", {"a.txt": GIRL, "b.txt": _named("Lena Marsh", 12)})) == []


def test_a_man_against_a_named_boy_of_11(tmp_path):
    man = ("Man killed in Fenwick gunfire\n\nA man was killed Sunday evening on Ardent Road in Fenwick, officers "
           "said. Two other people were wounded. Nobody is in custody.\n")
    (f,) = _ages(report_of(tmp_path, {"a.txt": man, "b.txt": _named("Tom Reddle", 11, "he")}))
    assert "17 or older" in f["reason"] and "11" in f["reason"]


def test_no_finding_for_two_dead_or_a_corrected_first_report(tmp_path):
    two = NAMED.replace("died Sunday evening after she was shot", "and her uncle, Carl Marsh, 40, died Sunday "
                        "evening after they were shot")
    assert _ages(report_of(tmp_path / "a", {"a.txt": GIRL, "b.txt": two})) == []
    corrected = ("Child wounded in Fenwick gunfire\n\nA 4-year-old boy was wounded Sunday evening on Ardent Road in "
                 "Fenwick, officers said.\n\nThe boy was initially reported as a 4-year-old, but police later said "
                 "he is 7. He is expected to recover.\n")
    named = ("Fenwick boy recovering\n\nJory Lenk, 7, was wounded Sunday evening on Ardent Road in Fenwick, "
             "officers said. He is expected to recover.\n")
    assert _ages(report_of(tmp_path / "b", {"a.txt": corrected, "b.txt": named})) == []


def test_a_year_older_in_a_story_a_year_later_is_a_birthday(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    for name, day, text in (("a.json", "2024-03-01", GIRL), ("b.json", "2025-04-20", _named("Lena Marsh", 13))):
        title, body = text.split("\n\n", 1)
        (d / name).write_text(json.dumps({"title": title, "published": day, "text": body}))
    from conftest import check_json
    rep = check_json(d)
    assert [f["status"] for f in _ages(rep)] in ([], ["agree"])
