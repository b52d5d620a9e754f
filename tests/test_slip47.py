"""Session 47, slip47: a person whose name one page writes two ways, which a finding of the
page's own calls one person, is one row of the people table, not two; a slip whose two
claims give two ages stays two rows. Articles of our own."""

from __future__ import annotations

from conftest import news_folder, report_of
from typer.testing import CliRunner

from reconcile.cli import app

PAGE = ("Girl, 11, killed in Hazel Street shooting\n\n"
        "An 11-year-old girl was shot and killed at a home on Hazel Street on Saturday night, police said.\n\n"
        "Maribel Quintero, 11, was killed by a bullet fired through a window, police said. A man, 40, was "
        "wounded.\n\n"
        "Relatives said Maribel Quinterro, who was killed, loved to draw.\n")
OTHER = ("Hazel Street shooting leaves girl dead\n\n"
         "An 11-year-old girl, Maribel Quintero, was killed when she was shot at a home on Hazel Street on "
         "Saturday, police said.\n")


def _rows(rep: dict) -> list[list[str | None]]:
    names = {c["id"]: c.get("name") for c in rep["claims"]}
    return [[names.get(i) for i in row] for row in rep["people"]]


def _slips(rep: dict) -> list[dict]:
    return [f for f in rep["findings"] if f["status"] == "inconsistent" and f["kind"] == "name"]


def test_a_pages_slip_is_one_row_beside_its_finding(tmp_path):
    rep = report_of(tmp_path, {"a.txt": PAGE, "b.txt": OTHER})
    assert len(_slips(rep)) == 1
    rows = _rows(rep)
    assert ["Maribel Quintero", "Maribel Quintero"] in rows
    assert not any("Maribel Quinterro" in row for row in rows)
    out = CliRunner().invoke(app, ["check", str(news_folder(tmp_path / "t", {"a.txt": PAGE, "b.txt": OTHER})),
                                   "--no-cache"]).stdout
    people = out.split("People", 1)[1].split("\n\n", 1)[0]
    assert "Quinterro" not in people and people.count("Maribel Quintero, 11, victim, killed") == 2


def test_a_slip_with_another_age_or_outcome_stays_two_rows(tmp_path):
    for n, other in enumerate(("Maribel Quinterro, 45, who was killed,", "Maribel Quinterro, who was wounded,")):
        page = PAGE.replace("Maribel Quinterro, who was killed,", other)
        rep = report_of(tmp_path / str(n), {"a.txt": page, "b.txt": OTHER})
        assert _slips(rep), other
        assert any("Maribel Quinterro" in row for row in _rows(rep)), other
