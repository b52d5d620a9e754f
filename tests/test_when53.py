"""Two reports of one day are ordered by their clock times (session 53; the review of session
53: a morning page's two dead and an afternoon page's three, both of March 14, were called a
conflict, 'both cannot be right', where the later post tells the toll risen)."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, strategies as st

from conftest import findings_of, report_of
from reconcile.text.dates import earlier, published_at
from reconcile.text.pubdates import find_stamp

MORNING = ("Two killed in Alder Falls bar shooting\nPosted 7:05 AM, March 14, 2025\n\n"
           "ALDER FALLS, Ind. - Two people were killed in a shooting outside the Copper Kettle bar on Kestrel "
           "Avenue late Thursday, police said.\n\nTomas Vey, 22, died at the scene. Several other people were "
           "taken to St. Brigid Hospital, some in critical condition.\n")
AFTERNOON = ("Three killed in Alder Falls bar shooting\nPosted 4:45 PM, March 14, 2025\n\n"
             "ALDER FALLS, Ind. - Three people were killed in a shooting outside the Copper Kettle bar on Kestrel "
             "Avenue late Thursday, police said Friday afternoon.\n\nTomas Vey, 22, died at the scene. Rosa Lind, "
             "19, died at St. Brigid Hospital on Friday, police said.\n")


def test_a_later_post_of_the_same_day_is_an_update(tmp_path):
    rep = report_of(tmp_path, {"morning.txt": MORNING, "afternoon.txt": AFTERNOON})
    killed = findings_of(rep, kind="quantity", measure="killed")
    assert [f["status"] for f in killed] == ["differ"]
    assert "16:45, after 07:05 the same day" in killed[0]["reason"]


def test_the_same_posts_in_the_other_order_of_times_conflict(tmp_path):
    """The higher count posted first: the times order nothing that explains it."""
    rep = report_of(tmp_path, {"morning.txt": MORNING.replace("7:05 AM", "5:45 PM"),
                               "afternoon.txt": AFTERNOON})
    killed = findings_of(rep, kind="quantity", measure="killed")
    assert [f["status"] for f in killed] == ["conflict"]


def test_stamps():
    assert find_stamp("Shooting\nPosted 4:45 PM, March 14, 2025\n\nText.\n") == "2025-03-14T16:45"
    assert find_stamp("Shooting\nPosted 12:10 a.m., March 14, 2025\n\nText.\n") == "2025-03-14T00:10"
    assert find_stamp("Shooting\nPosted March 14, 2025\n\nText.\n") == "2025-03-14"
    assert published_at("2025-03-14") is None and published_at("2025-03-14T16:45") == datetime(2025, 3, 14, 16, 45)
    aware = published_at("Fri, 14 Mar 2025 15:50:00 -0400")
    assert aware is not None and earlier(aware, published_at("2025-03-14T19:51:00+00:00")) is True
    assert earlier(aware, published_at("2025-03-14T16:45")) is None  # a zone against none: not ordered


@given(st.integers(1, 12), st.integers(0, 59), st.sampled_from(["AM", "PM", "a.m.", "p.m."]))
def test_every_clock_time_reads_as_its_24_hour_time(h, m, half):
    got = find_stamp(f"Shooting\nPosted {h}:{m:02d} {half}, March 14, 2025\n\nText.\n")
    pm = half.lower().startswith("p")
    assert got == f"2025-03-14T{h % 12 + (12 if pm else 0):02d}:{m:02d}"
