"""A toll that rises within one day is an update, not a conflict (review of session 54).

Publication and update times with their clock time and zone (HTML meta tags, a page's own
'Posted' / 'Updated' lines), deaths told as one more ('A third person has died'), a headline
that tells the body's death, and a next day's 'at least' dead with the wounded one fewer.
Sentences, places and people are invented.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from typer.testing import CliRunner

from conftest import check_json
from reconcile import ingest
from reconcile.cli import app
from reconcile.text.dates import earlier
from reconcile.text.pubdates import find_stamp, find_update_stamp

runner = CliRunner()

WIRE = """2 killed, 5 wounded in shooting at Brookvale tavern

BROOKVALE, Ohio, June 7, 2025 (AP) — Two people were killed and five others were wounded early Saturday when a man \
opened fire inside a tavern on Mill Street, police said.

Police identified the dead as Omar Feld, 24, and Tessa Brandt, 31. Officers arrested Cal Dorsey, 28, a few blocks away.
"""

STATION = """Third victim dies after Brookvale tavern shooting

Posted 6:05 PM, June 7, 2025, by Staff

BROOKVALE, Ohio — A third person has died after a shooting inside a tavern on Mill Street early Saturday, police said \
Saturday evening. Three people have now died and four others remain hospitalized.

Omar Feld, 24, and Tessa Brandt, 31, were pronounced dead at the scene. Cal Dorsey, 28, is in custody.
"""




def _tolls(report, status=None):
    return [f for f in report["findings"] if f["kind"] == "quantity"
            and f["measure"] in ("killed", "injured") and (status is None or f["status"] == status)]


# ---------------------------------------------------------------- times


def test_a_zone_after_the_clock_gives_the_offset():
    assert find_stamp("Shooting\nPosted: Jun 7, 2025 / 06:05 PM EDT\n\nText.\n") == "2025-06-07T18:05-04:00"
    assert find_stamp("Shooting\nPosted 4:45 PM, March 14, 2025\n\nText.\n") == "2025-03-14T16:45"
    assert find_stamp("Shooting\nPosted 4:45 PM ET, March 14, 2025\n\nText.\n") == "2025-03-14T16:45"


def test_the_last_update_line_is_read_apart_from_the_posting():
    text = ("Third victim dies\n\nPosted: Jun 7, 2025 / 08:00 AM EDT\nUpdated: Jun 7, 2025 / 07:10 PM EDT\n\n"
            "A third person has died.\n")
    assert find_stamp(text) == "2025-06-07T08:00-04:00"
    assert find_update_stamp(text) == "2025-06-07T19:10-04:00"
    assert find_update_stamp("Shooting\nPosted: Jun 7, 2025 / 08:00 AM EDT\n\nText.\n") is None
    assert find_update_stamp("Shooting\nUpdated: Jun 7, 2025\n\nText.\n") is None  # no clock time


def test_a_local_time_against_a_zoned_one():
    local = datetime(2025, 6, 7, 18, 5)
    morning = datetime(2025, 6, 7, 13, 20, tzinfo=timezone.utc)
    assert earlier(morning, local) is True and earlier(local, morning) is False
    # 18:05 in some zone of the Americas may be 22:05 UTC or as late as 04:05 UTC the next day
    assert earlier(datetime(2025, 6, 7, 23, 0, tzinfo=timezone.utc), local) is None
    assert earlier(local, datetime(2025, 6, 8, 5, 0, tzinfo=timezone.utc)) is True
    assert earlier(local, local + timedelta(minutes=1)) is True


def test_html_meta_times_keep_their_clock(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Third victim dies</title>'
        '<meta property="article:published_time" content="2025-06-07T18:05:00-04:00">'
        '<meta property="article:modified_time" content="2025-06-07T19:30:00-04:00"></head><body><article>'
        '<h1>Third victim dies</h1><p>BROOKVALE, Ohio — A third person has died after a shooting inside a tavern on '
        'Mill Street early Saturday, police said Saturday evening.</p></article></body></html>')
    art = next(iter(ingest.read_file(page, "page")))
    assert art.published == "2025-06-07T18:05:00-04:00"
    assert art.updated == "2025-06-07T19:30:00-04:00"


# ---------------------------------------------------------------- tolls


def test_a_death_told_as_one_more_makes_the_same_day_rise_an_update(tmp_path):
    (tmp_path / "wire.txt").write_text(WIRE)
    (tmp_path / "station.txt").write_text(STATION)
    report = check_json(tmp_path)
    assert not _tolls(report, "conflict")
    killed = [f for f in _tolls(report) if f["measure"] == "killed"]
    assert killed and killed[0]["status"] == "differ" and killed[0]["reason"].startswith("Update")
    assert report["event"]["tolls"]["killed"]["nominal"] == 3


def test_an_enumerated_second_death_is_no_rise(tmp_path):
    (tmp_path / "wire.txt").write_text(WIRE)
    (tmp_path / "other.txt").write_text(
        "Three killed in Brookvale tavern shooting\n\nBROOKVALE, Ohio — Three people were killed early Saturday in a "
        "shooting inside a tavern on Mill Street, police said. The first victim died at the scene. The second victim "
        "died at the scene. The third victim died at a hospital.\n")
    assert [f["status"] for f in _tolls(check_json(tmp_path)) if f["measure"] == "killed"] == ["conflict"]


def test_a_page_updated_after_the_other_is_the_later_report(tmp_path):
    (tmp_path / "feed.json").write_text(json.dumps({
        "title": "2 killed, 5 wounded in shooting at Brookvale tavern", "source": "Valley Wire",
        "publishedAt": "2025-06-07T13:20:00Z", "content": WIRE.split("\n", 2)[2]}))
    (tmp_path / "station.txt").write_text(
        "Deaths rise after Brookvale tavern shooting\n\nPosted: Jun 7, 2025 / 08:00 AM EDT\n"
        "Updated: Jun 7, 2025 / 07:10 PM EDT\n\nBROOKVALE, Ohio — Three people were killed and four others were hurt "
        "in a shooting inside a tavern on Mill Street early Saturday, police said.\n")
    report = check_json(tmp_path)
    assert not _tolls(report, "conflict")
    assert any(f["measure"] == "killed" and "after" in f["reason"] for f in _tolls(report, "differ"))


def test_a_headline_death_is_the_body_s_death(tmp_path):
    (tmp_path / "b.txt").write_text(
        "Ashby shooting victim dies; second man hurt\n\nASHBY — One of the two people wounded in a shooting on Reed "
        "Street early Monday has died, police said. The other remains hospitalized.\n")
    report = check_json(tmp_path)
    assert report["accounts"][0]["tolls"]["killed"]["nominal"] == 1
    assert report["accounts"][0]["tolls"]["injured"]["nominal"] == 1


def test_the_morning_s_wounded_against_the_evening_s_dead_is_an_update(tmp_path):
    (tmp_path / "a.txt").write_text("Two hurt in Ashby shooting\n\nPosted 9:10 AM, April 14, 2025, by Staff\n\n"
                                    "ASHBY — Two people were wounded in a shooting on Reed Street early Monday, police said.\n")
    (tmp_path / "b.txt").write_text(
        "Ashby shooting victim dies\n\nPosted 6:12 PM, April 14, 2025, by Staff\n\nASHBY — One of the two people "
        "wounded in a shooting on Reed Street early Monday has died, police said. The other remains hospitalized.\n")
    report = check_json(tmp_path)
    assert not _tolls(report, "conflict")
    hurt = [f for f in _tolls(report) if f["measure"] == "injured"]
    assert hurt and hurt[0]["status"] == "differ" and "later report has more of them dead" in hurt[0]["reason"]


def test_next_day_at_least_dead_and_one_wounded_fewer(tmp_path):
    (tmp_path / "wire.txt").write_text(WIRE)
    (tmp_path / "next.json").write_text(json.dumps({
        "headline": "At least 3 dead after Brookvale bar shooting", "source": "KVAL 12",
        "date": "2025-06-08T07:30:00-04:00",
        "text": "BROOKVALE, Ohio (KVAL) - At least three people were killed after a gunman opened fire inside a tavern "
                "on Mill Street early Saturday, police said.\n\nFour other people were wounded. Two of them remain in "
                "critical condition.\n"}))
    report = check_json(tmp_path)
    assert not _tolls(report, "conflict")
    hurt = [f for f in _tolls(report) if f["measure"] == "injured"]
    assert hurt and hurt[0]["status"] == "differ" and "wounded who died later" in hurt[0]["reason"]


def test_the_html_sources_table_shows_the_update_in_the_date_s_tooltip(tmp_path):
    (tmp_path / "station.txt").write_text(
        "Deaths rise after Brookvale tavern shooting\n\nPosted: Jun 7, 2025 / 08:00 AM EDT\n"
        "Updated: Jun 7, 2025 / 07:10 PM EDT\n\nBROOKVALE, Ohio — Three people were killed and four others were hurt "
        "in a shooting inside a tavern on Mill Street early Saturday, police said.\n")
    (tmp_path / "wire.txt").write_text(WIRE)
    html = runner.invoke(app, ["check", str(tmp_path), "--format", "html"]).stdout
    assert 'title="2025-06-07T08:00-04:00; updated 2025-06-07T19:10-04:00">2025-06-07<' in html
