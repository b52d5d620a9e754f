"""The address row names its street without the sentence's full stop (session 53; the review of
session 53: 'same street (Delmore Avenue.)'); an abbreviation keeps its own ('Elm Ave.')."""

from __future__ import annotations

from conftest import findings_of, report_of


def _reason(tmp_path, street: str) -> str:
    a = f"Man shot\n\nA man was shot and wounded in the 1400 block of {street}\n\nPolice are investigating.\n"
    b = f"Shooting\n\nA man was wounded in a shooting in the 1600 block of {street}\n\nNo arrests were made.\n"
    rows = [f for f in findings_of(report_of(tmp_path, {"a.txt": a, "b.txt": b}), kind="fact")
            if f["subject"].startswith("address")]
    assert rows
    return rows[0]["reason"]


def test_no_sentence_stop_in_the_street(tmp_path):
    assert "same street (Delmore Avenue)" in _reason(tmp_path, "Delmore Avenue.")


def test_an_abbreviation_keeps_its_stop(tmp_path):
    assert "same street (Delmore Ave.)" in _reason(tmp_path, "Delmore Ave.")
