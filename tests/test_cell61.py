"""Session 43 (cell61): the people table shows the death of an unnamed victim whose describing
figure counts people shot ('deputies found a 2-year-old boy with one gunshot wound in his back',
the page's one dead): the row carries the outcome of the kind it was built for (the JSON report's
``people_outcomes``), and a report saved before that key existed still renders. Where the event
reads the one wounded of the first reports as having died later, that wounded and the later
reports' one dead are one row. Sentences of our own, about invented shootings."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.records import Claim
from reconcile.report.common import person_cell
from conftest import report_of

FOUND = ("Toddler dies after gunfire in Brackley home\n\nDeputies called to a house on Quarry Lane in Brackley on "
         "Tuesday evening found a 2-year-old boy with one gunshot wound in his back. Medics rushed the child to "
         "Saint Ives Hospital, but he did not survive, the sheriff's office said.\n")
KILLED = ("Brackley child killed by a loaded pistol\n\nA toddler was killed Tuesday evening when a pistol left on a "
          "nightstand went off in a house on Quarry Lane in Brackley, the sheriff said. No charges have been filed.\n")
HURT = ("Girl, 6, critically hurt in Brackley gunfire\n\nA 6-year-old girl was critically hurt, deputies "
        "said, after gunfire hit her Monday night inside a house on Quarry Lane in Brackley. The girl was flown to "
        "Saint Ives Hospital.\n")
DIED = ("Girl shot in Brackley has died\n\nThe 6-year-old girl hit by gunfire Monday night on Quarry Lane in Brackley "
        "has died, the sheriff's office said on Wednesday.\n")


def _shot(text: str, noun: str) -> Claim:
    return Claim(id="a:q1", source="a", path="a.txt", kind="quantity", start=0, end=len(text), text=text,
                 sentence=text, line=1, noun=noun, measure="shot")


def _table(out: str) -> list[str]:
    lines = out.splitlines()
    start = next(i for i, x in enumerate(lines) if x.startswith("People ("))
    end = next(i for i in range(start, len(lines)) if not lines[i].strip())
    return [x.strip() for x in lines[start:end]]


def test_a_figure_of_people_shot_shows_the_outcome_its_row_carries():
    c = _shot("a 2-year-old boy", "2-year-old boy")
    assert person_cell(c) == "unnamed boy, 2, victim"  # the figure alone tells no death
    assert person_cell(c, "killed") == "unnamed boy, 2, victim, killed"
    assert person_cell(c, "injured") == "unnamed boy, 2, victim, injured"


def test_the_one_dead_described_by_a_figure_of_people_shot_is_shown_dead_end_to_end(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FOUND, "b.txt": KILLED})
    claims = {c["id"]: c for c in rep["claims"]}
    (row,) = rep["people"]
    fig = next(i for i in row if claims[i]["source"] == "a")
    assert claims[fig]["measure"] == "shot" and rep["people_outcomes"][fig] == "killed"
    out = CliRunner().invoke(app, ["check", str(tmp_path), "--jobs", "1"]).output
    assert "a.txt: unnamed boy, 2, victim, killed" in _table(out)


def test_a_report_saved_before_people_outcomes_still_renders_as_it_did(tmp_path):
    (tmp_path / "news").mkdir()
    for name, text in (("a.txt", FOUND), ("b.txt", KILLED)):
        (tmp_path / "news" / name).write_text(text)
    run = CliRunner()
    saved = tmp_path / "report.json"
    run.invoke(app, ["check", str(tmp_path / "news"), "--jobs", "1", "--format", "json", "-o", str(saved)])
    doc = json.loads(saved.read_text())
    assert "a.txt: unnamed boy, 2, victim, killed" in _table(run.invoke(app, ["check", str(saved)]).output)
    del doc["people_outcomes"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(doc))
    shown = run.invoke(app, ["check", str(old)])
    assert shown.exit_code in (0, 1) and "a.txt: unnamed boy, 2, victim" in _table(shown.output)
    assert "a.txt: unnamed boy, 2, victim, killed" not in _table(shown.output)
    for fmt in ("markdown", "html"):
        assert run.invoke(app, ["check", str(old), "--format", fmt]).exit_code in (0, 1)


def test_the_one_wounded_of_a_first_report_and_the_one_dead_of_a_later_are_one_row(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HURT, "b.txt": DIED})
    assert rep["event"]["tolls"]["killed"]["how"] == "died later"
    claims = {c["id"]: c for c in rep["claims"]}
    assert [sorted(claims[i]["source"] for i in row) for row in rep["people"]] == [["a", "b"]]
    assert sorted(rep["people_outcomes"].values()) == ["injured", "killed"]
    out = CliRunner().invoke(app, ["check", str(tmp_path), "--jobs", "1"]).output
    table = _table(out)
    assert table[0] == "People (1)"
    assert "a.txt: unnamed girl, 6, victim, injured" in table and "b.txt: unnamed girl, 6, victim, killed" in table


def test_a_wounded_girl_and_a_dead_boy_stay_two_rows(tmp_path):
    """Two descriptions that cannot be one person (two sexes) are not joined, died later or not."""
    boy = DIED.replace("Girl shot", "Boy shot").replace("6-year-old girl", "6-year-old boy")
    rep = report_of(tmp_path, {"a.txt": HURT, "b.txt": boy})
    assert len(rep["people"]) == 2
