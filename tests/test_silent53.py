"""A page silent on the wounded reads as none for the event only where no source states a word
for several of them (session 53; the review of session 53: 'Several other people were taken to
hospital' beside a page that tells only the dead gave the event 'injured 0 (1 of 2 sources)')."""

from __future__ import annotations

from conftest import report_of

SEVERAL = ("Two killed in Alder Falls bar shooting\n\nALDER FALLS - Two people were killed in a shooting outside "
           "a bar on Kestrel Avenue late Thursday, police said. Several other people were taken to St. Brigid "
           "Hospital, some in critical condition.\n")
DEAD_ONLY = ("Bar shooting in Alder Falls leaves two dead\n\nALDER FALLS - Two people were killed in a shooting "
             "outside a bar on Kestrel Avenue late Thursday, police said. Tomas Vey, 22, died at the scene.\n")


def _event(rep: dict, m: str) -> dict | None:
    return (rep.get("event") or {}).get("tolls", {}).get(m)


def test_several_wounded_are_not_outvoted_by_silence(tmp_path):
    injured = _event(report_of(tmp_path, {"a.txt": SEVERAL, "b.txt": DEAD_ONLY}), "injured")
    assert injured is not None and injured["low"] >= 3
