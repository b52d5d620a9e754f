"""A JSON item whose title field its text does not repeat opens with its lead, not a headline:
its first line is not set against the rest as a headline (session 53; the review of session 53
found a lead's 'five others were wounded' read as a headline against the body's seven people
with gunshot wounds, a self-contradiction the same text as a .txt did not show)."""

from __future__ import annotations

import json

from conftest import check_json, findings_of

LEAD = ("BRACKEN, Ind. - Two people were killed and five others were wounded when gunfire erupted outside a "
        "bar on Delmore Avenue late Thursday, police said.\n\n"
        "Officers were called to the 1400 block of Delmore Avenue around 11:40 p.m. and found seven people "
        "with gunshot wounds, according to police.\n\nNo arrests have been made.\n")


def _selfs(rep: dict) -> list[dict]:
    return [f for f in rep["findings"] if f["status"] == "inconsistent"]


def test_json_lead_is_no_headline(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"headline": "Two dead, five hurt in Bracken bar shooting",
                                                 "text": LEAD, "site_name": "Bracken Courier"}))
    assert _selfs(check_json(tmp_path)) == []


PLAIN = LEAD.replace("five others were wounded", "five people were wounded")


def test_a_text_headline_at_odds_with_its_body_is_still_told(tmp_path):
    (tmp_path / "a.txt").write_text("Two dead, nine hurt in Bracken bar shooting\n\n" + PLAIN)
    selfs = _selfs(check_json(tmp_path))
    assert [f["measure"] for f in selfs] == ["injured"]


def test_a_json_item_whose_text_repeats_its_title_keeps_its_headline(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"title": "Two dead, nine hurt in Bracken bar shooting",
                                                 "text": "Two dead, nine hurt in Bracken bar shooting\n\n" + PLAIN}))
    assert [f["measure"] for f in _selfs(check_json(tmp_path))] == ["injured"]
