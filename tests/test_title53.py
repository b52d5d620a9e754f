"""A title that adds a job done for the office to the same rank is one title written more fully
(session 53; the review of session 53: 'Brackenridge Police Sgt.' against 'police spokeswoman
Sgt.' for one sergeant was a difference)."""

from __future__ import annotations

from conftest import findings_of, report_of

A = ("Man wounded in Elm City shooting\n\nA 30-year-old man was wounded in a shooting on Birch Lane on "
     "Friday night, said Elm City Police Sgt. Dana Reyes. He is expected to survive.\n")
B = ("Elm City shooting leaves man hurt\n\nA 30-year-old man was wounded in a shooting on Birch Lane on Friday "
     "night, according to police spokeswoman Sgt. Dana Reyes. He is expected to survive.\n")


def _roles(rep: dict) -> list[str]:
    return [f["status"] for f in findings_of(rep, kind="role")]


def test_a_sergeant_who_speaks_for_the_police_keeps_one_title(tmp_path):
    assert _roles(report_of(tmp_path, {"a.txt": A, "b.txt": B})) == ["agree"]


def test_only_a_job_for_the_office_is_added():
    from reconcile.compare import _adds_function

    assert _adds_function({"police", "sergeant"}, {"police", "sergeant", "spokesperson"})
    assert not _adds_function({"police", "chief"}, {"police", "deputy", "chief"})  # a rank below the head
    assert not _adds_function({"sergeant"}, {"lieutenant", "spokesperson"})  # another rank
