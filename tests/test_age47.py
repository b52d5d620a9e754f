"""Session 47: a baby's age, read in whole years as the registry gives it (a 10-month-old is
0), is shown as the article wrote it in the people table and in the reasons of age findings
('10 months', '17 months'); JSON keeps the whole years. Articles of our own."""

from __future__ import annotations

from dataclasses import replace

from conftest import findings_of, news_folder, report_of
from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.describe import age_text
from reconcile.records import Claim

FIRST = ("Two children shot in Elm Street home\n\n"
         "A 10-month-old girl, Amaya Frost, was wounded in a shooting at a home on Elm Street on Sunday, police "
         "said.\nHer brother, Eli Frost, 17 months old, was also hurt.\n")
SECOND = ("Children hurt in Elm Street shooting\n\n"
          "Amaya Frost, 1, and her brother Eli Frost, 2, were wounded in a shooting at a home on Elm Street on "
          "Sunday, police said.\n")


def test_the_people_table_shows_months_and_json_keeps_years(tmp_path):
    folder = news_folder(tmp_path, {"a.txt": FIRST, "b.txt": SECOND})
    out = CliRunner().invoke(app, ["check", str(folder), "--no-cache"]).stdout
    assert "a.txt: Amaya Frost, 10 months, victim, injured" in out
    assert "a.txt: Eli Frost, 17 months, victim, injured" in out
    assert "b.txt: Amaya Frost, 1, victim, injured" in out
    rep = report_of(tmp_path / "json", {"a.txt": FIRST, "b.txt": SECOND})
    ages = {(c["source"], c["name"]): c["age"] for c in rep["claims"] if c["kind"] == "person"}
    assert ages[("a", "Amaya Frost")] == 0 and ages[("a", "Eli Frost")] == 1
    (f,) = findings_of(rep, kind="person", subject="Amaya Frost · age")
    assert f["reason"].startswith("Amaya Frost is given the age 10 months (a.txt) vs 1 (b.txt)")


def _person(sentence: str, text: str, age: int | None, age_words: str | None, at: int = 100) -> Claim:
    """A person claim whose sentence starts at offset ``at`` of its article."""
    s = sentence.find(text) + at
    spans = ()
    if age_words is not None:
        a = sentence.find(age_words) + at
        spans = (("age", a, a + len(age_words)),)
    return Claim("x:person1", "x", "x.txt", "person", s, s + len(text), text, sentence, 1, name=text, age=age,
                 spans=spans)


def test_age_text():
    assert age_text(_person("A 3-week-old boy, Ian Lark, was hurt.", "Ian Lark", 0, "3-week-old boy")) == "3 weeks"
    assert age_text(_person("Ian Lark, age 1 month, was hurt.", "Ian Lark", 0, "age 1 month")) == "1 month"
    assert age_text(_person("Ian Lark, 1, was hurt.", "Ian Lark", 1, "1")) == "1"
    # two years and more are years, whatever words are near
    assert age_text(_person("Ian Lark, 24, was hurt 3 days ago.", "Ian Lark", 24, "24")) == "24"
    assert age_text(_person("Ian Lark was hurt.", "Ian Lark", None, None)) == ""
    assert age_text(_person("Ian Lark, 0, was hurt.", "Ian Lark", 0, None)) == "0"  # no span
    # an age read outside the sentence (a headline): the sentence's one such age of those years
    headline = _person("Police said 10-month-old Ian Lark was hurt.", "Ian Lark", 0, "10-month-old")
    headline = replace(headline, spans=(("age", 2, 14),))  # the span lies in the headline, not this sentence
    assert age_text(headline) == "10 months"
    # two such ages in the sentence, or one of other years: the whole years
    twins = replace(headline, sentence="Ian Lark, 10 months, and his cousin, 9 months, were hurt.")
    assert age_text(replace(twins, start=100)) == "0"
    assert age_text(replace(headline, sentence="Ian Lark was hurt; a 17-month-old was not.", start=100)) == "0"
