"""Session 29 (unnamed41, issue 13): the one dead (or the one wounded) victim of two sources that
do not name it apart is one person, and what each source's figures say of them is compared:
the sex ('a girl' against 'a boy') and the age, an age against an age group ('a man' against a
15-year-old); the people table shows an unnamed victim as described. Several victims, an unhurt
relative or a recalled case never pair. Sentences of our own, about invented shootings."""

from __future__ import annotations

from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.data import load
from reconcile.lone import describe, label
from reconcile.records import Claim
from reconcile.report.common import person_cell
from conftest import findings_of, report_of

GIRL = ("Girl, 12, dies after Fenwick gunfire\n\nA 12-year-old girl died Monday evening of a gunshot wound on "
        "Ardent Road in Fenwick, officers said. Nobody is in custody.\n")
BOY = ("Boy, 12, killed in Fenwick gunfire\n\nThe 12-year-old boy hit by gunfire Monday evening on Ardent Road in "
       "Fenwick died at the scene, officers said. Detectives want tips.\n")
MAN = ("Man dies of gunshot wounds on Ardent Road\n\nA man died of gunshot wounds Monday evening on Ardent Road in "
       "Fenwick, officers said. Nobody is in custody.\n")
TEEN = ("Teen killed on Ardent Road\n\nA 15-year-old boy died of gunshot wounds Monday evening on Ardent Road in "
        "Fenwick, officers said. Detectives want tips.\n")


def _people_findings(rep: dict) -> list[tuple[str, str]]:
    return sorted((f["measure"], f["status"]) for f in rep["findings"]
                  if f["kind"] == "person" and f["measure"] in ("sex", "age"))


def _figure(text: str, noun: str | None = None) -> Claim:
    return Claim(id="a:q1", source="a", path="a.txt", kind="quantity", start=0, end=len(text), text=text,
                 sentence=text, line=1, noun=noun, measure="killed")


def test_the_words_of_a_one_person_figure_give_a_sex_and_an_age_span():
    assert "girl" in load("compare")["lone_described"]["example"]
    assert describe(_figure("a 12-year-old girl", "12-year-old girl")) == ("female", 12, 12)
    assert describe(_figure("A man", "man")) == ("male", 17, 120)
    assert describe(_figure("the teenage boy", "teenage boy")) == ("male", 13, 18)
    assert describe(_figure("the teen", "teen")) == (None, 13, 19)
    # no plain victim: the gunman, another of several, kin words (read wrongly before now)
    for words in ("the gunman", "another man", "A father", "her son", "a young man"):
        assert describe(_figure(words, words.split()[-1])) is None
    assert label(_figure("a 12-year-old girl", "12-year-old girl")) == "unnamed girl, 12"


def test_the_one_dead_a_girl_in_one_source_and_a_boy_in_the_other(tmp_path):
    rep = report_of(tmp_path, {"a.txt": GIRL, "b.txt": BOY})
    assert _people_findings(rep) == [("sex", "differ")]
    sex = next(f for f in rep["findings"] if f["measure"] == "sex")
    assert "girl" in sex["reason"].lower() and "12-year-old boy" in sex["reason"]
    claims = {c["id"]: c for c in rep["claims"]}
    assert {claims[i]["source"] for i in sex["claims"]} == {"a", "b"} or len(sex["claims"]) == 2
    # the people table: one unnamed victim, as each source describes them
    text = [claims[i]["text"] for row in rep["people"] for i in row]
    assert any("girl" in t.lower() for t in text) and any("boy" in t.lower() for t in text)


def test_a_man_against_a_15_year_old_and_a_teen_against_a_19_year_old(tmp_path):
    rep = report_of(tmp_path, {"a.txt": MAN, "b.txt": TEEN})
    assert _people_findings(rep) == [("age", "differ")]
    age = next(f for f in rep["findings"] if f["measure"] == "age")
    assert "17 or older" in age["reason"] and "15" in age["reason"]
    (tmp_path / "teen").mkdir()
    older = ("Ardent Road gunfire kills man\n\nOfficers said a 19-year-old man died of gunshot wounds Monday "
             "evening on Ardent Road in Fenwick.\n")
    teen = TEEN.replace("Teen killed", "Teenager killed").replace("A 15-year-old boy", "A teenager")
    rep = report_of(tmp_path / "teen", {"a.txt": teen, "b.txt": older})
    assert _people_findings(rep) == []


def test_several_dead_an_unhurt_relative_or_a_recalled_case_never_pair(tmp_path):
    two = BOY.replace("The 12-year-old boy hit", "The 12-year-old boy and his 40-year-old uncle hit")
    rep = report_of(tmp_path, {"a.txt": GIRL, "b.txt": two})
    assert [m for m, _s in _people_findings(rep) if m == "sex"] == []
    (tmp_path / "kin").mkdir()
    kin = GIRL + "\nHer father, who was with her, was not hurt.\n"
    rep = report_of(tmp_path / "kin", {"a.txt": kin, "b.txt": GIRL.replace("Monday evening", "Monday night")})
    assert _people_findings(rep) == []
    (tmp_path / "recalled").mkdir()
    recalled = MAN + "\nIn March 2019 gunfire two blocks away killed a 15-year-old boy.\n"
    rep = report_of(tmp_path / "recalled", {"a.txt": recalled, "b.txt": MAN.replace("Monday evening", "Monday")})
    assert _people_findings(rep) == []


def test_a_written_age_against_another_where_one_source_leaves_the_victim_unnamed(tmp_path):
    # two wounded besides: not the one-victim rule of compare._lone_victims
    named = ("Victim named in Ardent Road killing\n\nOfficers said 21-year-old Tobin Marsh died of gunshot wounds "
             "Monday evening on Ardent Road in Fenwick. Two other men were wounded.\n")
    unnamed = ("Ardent Road gunfire kills man\n\nOfficers said a 19-year-old man died of gunshot wounds Monday "
               "evening on Ardent Road in Fenwick. Two other men were wounded.\n")
    rep = report_of(tmp_path, {"a.txt": named, "b.txt": unnamed})
    ages = findings_of(rep, kind="person", measure="age")
    assert [f["status"] for f in ages] == ["differ"]
    assert "21" in ages[0]["reason"] and "19" in ages[0]["reason"] and "does not name them apart" in ages[0]["reason"]


def test_an_unnamed_victim_described_without_a_sex_word_is_called_victim_once(tmp_path):
    """A figure that gives an age and no sex ('a 4-year-old') is shown 'unnamed victim, 4, killed',
    not 'unnamed victim, 4, victim, killed'; one with a sex word keeps its role."""
    assert person_cell(_figure("a 4-year-old", "4-year-old")) == "unnamed victim, 4, killed"
    assert person_cell(_figure("A 4-year-old boy", "4-year-old boy")) == "unnamed boy, 4, victim, killed"
    a = ("Boy killed in Fenwick gunfire\n\nGunfire on Elm Street in Fenwick on Sunday left a 4-year-old boy dead, "
         "police said.\n")
    b = ("Fenwick detectives look into gunfire death\n\nDetectives in Fenwick said a 4-year-old was killed by gunfire "
         "on Elm Street on Sunday.\n")
    for name, text in (("a.txt", a), ("b.txt", b)):
        (tmp_path / name).write_text(text)
    out = CliRunner().invoke(app, ["check", str(tmp_path), "--jobs", "1"]).output
    assert "b.txt: unnamed victim, 4, killed" in out and "victim, 4, victim" not in out
