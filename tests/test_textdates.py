"""Publication dates read from a plain-text article's own lines (reconcile/text/pubdates.py)
and how ingest uses them. Every article line here is written for these tests."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.data import load
from reconcile.ingest import Options, boilerplate_spans, read_paths
from reconcile.records import Article
from reconcile.text import pubdates
from reconcile.text.pubdates import END_LINES, TOP_LINES, find, find_published, parse_day, rules

BODY = "Two people were hurt in a shooting outside a bowling alley on Friday night, police said.\n"


def story(line: str, headline: str = "Two hurt in bowling alley shooting") -> str:
    return f"{headline}\n{line}\n\n{BODY}"


@pytest.mark.parametrize("line, expected", [
    ("Posted 6:12 PM, April 14, 2019, by Jane Roe", "2019-04-14"),
    ("Posted: Monday, March 11, 2019 7:40 AM EDT", "2019-03-11"),
    ("Posted on July 4, 2018", "2018-07-04"),
    ("POSTED Sept. 9, 2019", "2019-09-09"),
    ("Published: Friday, 9/13/2019 - Updated: 2 weeks ago", "2019-09-13"),
    ("Published on Jun 21, 2018", "2018-06-21"),
    ("First published October 2, 2017 / Last updated October 3, 2017", "2017-10-02"),
    ("By Pat Doe. CREATED Jun 3, 2018 - UPDATED: Jun 4, 2018", "2018-06-03"),
    ("Updated: 2/19/2018 10:05 PM", "2018-02-19"),
    ("by: Sam Poe Updated: Sep 3, 2019 - 4:15 PM", "2019-09-03"),
    ("Last updated 3 October 2017", "2017-10-03"),
    ("story updated at 8:30pm on June 2, 2016", "2016-06-02"),
    ("UPDATE (April 2, 2019, 3:10 p.m.): The second man has been named.", "2019-04-02"),
    ("Date: Wednesday, May 8, 2019, 11:20 AM", "2019-05-08"),
    ("March 12, 2018", "2018-03-12"),
    ("Tuesday, October 9th, 2018 4:05 PM", "2018-10-09"),
])
def test_each_line_shape(line, expected):
    assert find_published(story(line)) == date.fromisoformat(expected)


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON, March 3, 2016 (AP) — The Senate voted on Thursday to fund the bridge.", "2016-03-03"),
    ("TULSA, Okla. (Feb. 12, 2019): Police said two people were hurt at a bowling alley.", "2019-02-12"),
    ("NEW ORLEANS, LA, 2019-05-04 - Two people were hurt at a bowling alley.", "2019-05-04"),
    # a station's or a paper's name in the brackets after the date, as the outlet reader takes it
    ("DALLAS, January 4, 2015 (WXYZ) — Two people were hurt at a bowling alley.", "2015-01-04"),
    ("DALLAS, January 4, 2015 (Lakeside Ledger) — Two people were hurt at a bowling alley.", "2015-01-04"),
])
def test_dateline(text, expected):
    assert find_published(f"Bowling alley shooting\n{text}\n") == date.fromisoformat(expected)


def test_the_examples_in_the_data_file_are_read_by_their_own_rule():
    for p in load("pubdates")["patterns"]:
        assert p["examples"] and p["source"], p["name"]
        for ex in p["examples"]:
            got = find(story(ex))
            if p["kind"] == "ignored":
                assert got is None, ex
            else:
                assert got is not None and got.rule == p["name"], (p["name"], ex, got)


@pytest.mark.parametrize("line", [
    "Published: Sunday - Updated: 3 months ago",
    "Posted 2 hours ago",
    "Updated: yesterday at 4:10 PM",
    "Posted: Monday, March 11 7:40 AM",  # no year
    "Posted on May 26",
    "Updated 11/26 11:53 AM",
    "Posted: 13/13/2019",  # no such day
    "Posted: February 30, 2019",
    "March 2019",  # no day
])
def test_relative_yearless_and_impossible_dates_give_nothing(line):
    assert find_published(story(line)) is None


@pytest.mark.parametrize("line", [
    "The man was shot on May 3, 2015, outside his home, police said.",
    "A video posted on May 3, 2015 shows the car leaving the lot.",
    "Records updated on June 1, 2016 list him as a suspect.",
    "He was arrested in Tulsa. (Published Thursday, Feb. 7, 2019)",  # a video caption
    "Lane is charged with a killing at the alley on 3/4/2014.",
    "— County Sheriff (@CountySheriff) May 3, 2015",  # an embedded tweet
    "10/12/1984",  # a date of birth under a police photo
])
def test_dates_in_the_body_are_not_publication_dates(line):
    assert find_published(story(line)) is None


def test_published_wins_over_updated_and_the_earliest_is_taken():
    text = story("Posted: Saturday, March 2, 2019 8:12 AM EST Updated: Saturday, March 16, 2019 8:12 AM EST")
    assert find_published(text) == date(2019, 3, 2)
    text = "Headline\nUpdated: March 16, 2019\nPosted: March 2, 2019\n\n" + BODY
    assert find_published(text) == date(2019, 3, 2)
    text = "Headline\nUpdated: March 16, 2019\nUpdated: March 9, 2019\n\n" + BODY
    assert find_published(text) == date(2019, 3, 9)


def test_only_the_top_and_end_lines_are_read():
    filler = "".join(f"Paragraph {i} of the story says nothing about dates.\n" for i in range(30))
    at = lambda where: find_published(where)  # noqa: E731
    assert at("Headline\nPosted on July 4, 2018\n" + filler) == date(2018, 7, 4)
    assert at("Headline\n" + filler + "Posted on July 4, 2018\n") == date(2018, 7, 4)
    assert at("Headline\n" + filler[:len(filler) // 2] + "Posted on July 4, 2018\n" + filler[len(filler) // 2:]) is None
    # the window counts non-empty lines only
    assert at("Headline\n" + "\n\n" * 40 + "Posted on July 4, 2018\n" + filler) == date(2018, 7, 4)
    assert TOP_LINES == 15 and END_LINES == 5


def test_top_wins_over_end_and_a_date_alone_counts_only_at_the_top():
    filler = "".join(f"Paragraph {i} of the story.\n" for i in range(30))
    assert find_published("Headline\nPosted on July 4, 2018\n" + filler + "Updated: July 9, 2018\n") == date(2018, 7, 4)
    assert find_published("Headline\n" + filler + "March 12, 2018\n") is None


def test_offsets_point_at_the_date_with_any_line_ends():
    for nl in ("\n", "\r\n", "\r"):
        text = nl.join(["Headline", "", "By Pat Doe", "Posted 6:12 PM, April 14, 2019, by Pat Doe", "", BODY])
        got = find(text)
        assert got.line == 3 and text[got.start:got.end] == "April 14, 2019", repr(nl)


def test_parse_day_needs_day_month_and_year():
    assert parse_day("Tues., Jan. 8, 2019") == date(2019, 1, 8)
    assert parse_day("8 January 2019") == date(2019, 1, 8)
    assert parse_day("1/8/2019") == date(2019, 1, 8)  # month first
    for s in ("3 months ago", "Thursday", "May 26", "2019", "January 2019", "today"):
        assert parse_day(s) is None, s


def _dateparser_day(s: str) -> date | None:
    """parse_day as dateparser alone reads ``s`` (the shapes read by strptime left out)."""
    data = pubdates._parser().get_date_data(" ".join(s.split()).strip(" ,."))
    return None if data is None or data.date_obj is None else data.date_obj.date()


def test_common_shapes_give_dateparsers_day():
    """The dates pubdates.json's ``strptime`` shapes read (and the ones they leave to
    dateparser) give the day dateparser gives: weekdays that do not fit the date are not
    checked, a day past the month's end or a 13th month is dateparser's to judge."""
    days = [date(2013, 1, 31), date(2015, 9, 5), date(2016, 2, 29), date(2019, 12, 9), date(2020, 6, 14)]
    written = []
    for d in days:
        for weekday in ("", d.strftime("%A") + ", ", "Sunday, "):
            written += [weekday + d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
                        weekday + d.strftime("%b. ") + str(d.day) + d.strftime(", %Y"),
                        weekday + d.strftime("%b %d, %Y").lower(),
                        weekday + f"{d.month}/{d.day}/{d.year}"]
    written += ["February 30, 2015", "13/12/2015", "12/13/2015", "Sept. 9, 2019", "Sept 9, 2019", "September 9, 2019", "Septe 9, 2019", "March 10 2014",
                "Mar.ch 10, 2014", "April 31, 2018", "0/12/2015"]
    for s in written:
        assert parse_day(s) == _dateparser_day(s), s
    assert pubdates._common_shape("Monday, Aug. 4, 2014") == date(2014, 8, 4)
    assert pubdates._common_shape("Tuesday, 1/5/2016") == date(2016, 1, 5)
    assert pubdates._common_shape("Friday, Sept. 4, 2015") == date(2015, 9, 4)
    assert pubdates._common_shape("SEPT 4, 2015") == date(2015, 9, 4)
    assert pubdates._common_shape("13/12/2015") is None  # day first: dateparser reads it
    for example in load("pubdates")["strptime"]["examples"]:
        assert pubdates._common_shape(example) is not None, example


def test_rules_compile_and_each_has_a_date_group():
    assert rules()
    for r in rules():
        assert "date" in r.regex.groupindex, r.name
        assert r.kind in ("published", "updated", "ignored")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000) | st.lists(
    st.sampled_from(["Posted", "Updated:", "Published", "(AP) —", "WASHINGTON,", "May 3, 2015", "3/4/2015",
                     "2015-05-03", "Monday,", "9:10 PM", "\n", "\r\n", " ", "(", ")", "UPDATE", "Date:",
                     "31", "99/99/2015", "Feb. 30, 2016", "ago"]), max_size=60).map("".join))
def test_never_raises_and_gives_a_date_or_none(text):
    got = find(text)
    assert got is None or isinstance(got.day, date)
    if got is not None:
        assert 0 <= got.start < got.end <= len(text)
        assert re.search(r"\d", text[got.start:got.end])
    assert find_published(text) == (got.day if got else None)


# ---------------------------------------------------------------- ingest

def read_one(path) -> Article:
    items = list(read_paths([path], Options()))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_plain_text_and_markdown_get_the_date_of_their_lines(tmp_path):
    (tmp_path / "a.txt").write_text(story("Posted 6:12 PM, April 14, 2019, by Jane Roe"), encoding="utf-8")
    assert read_one(tmp_path / "a.txt").published == "2019-04-14T18:12"  # with the line's clock time (when53)
    (tmp_path / "b.md").write_text("---\ntitle: Bowling alley shooting\n---\n" + story("Updated: 2/19/2018 10:05 PM"),
                                   encoding="utf-8")
    assert read_one(tmp_path / "b.md").published == "2018-02-19T22:05"
    (tmp_path / "c.txt").write_text(story("The man was shot on May 3, 2015."), encoding="utf-8")
    assert read_one(tmp_path / "c.txt").published is None


def test_metadata_wins_over_the_text(tmp_path):
    line = "Posted 6:12 PM, April 14, 2019, by Jane Roe"
    (tmp_path / "a.json").write_text(json.dumps({"text": story(line), "published": "2019-04-15T08:00:00Z"}))
    assert read_one(tmp_path / "a.json").published == "2019-04-15T08:00:00Z"
    (tmp_path / "b.json").write_text(json.dumps({"text": story(line)}))
    assert read_one(tmp_path / "b.json").published == "2019-04-14T18:12"
    (tmp_path / "c.md").write_text(f"---\ndate: 2019-04-16\n---\n{story(line)}", encoding="utf-8")
    assert read_one(tmp_path / "c.md").published == "2019-04-16"


def test_publication_lines_stay_masked_as_boilerplate():
    text = story("Posted on July 4, 2018") + "Updated: July 9, 2018 4:15 PM\n"
    spans = [text[s:e] for s, e in boilerplate_spans(text)]
    assert "Posted on July 4, 2018" in spans and "Updated: July 9, 2018 4:15 PM" in spans
    assert find_published(text) == date(2018, 7, 4)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "b c", " ", "", "\n", "\r", "\r\n", "\n\n", "Posted"]), max_size=60),
       st.integers(min_value=1, max_value=16))
def test_the_top_and_end_lines_are_those_of_a_whole_split(parts, n):
    from reconcile.text.lines import end_lines, top_lines

    text = "".join(parts) * 3
    whole, pos = [], 0
    for i, raw in enumerate(re.split(r"\r\n|\r|\n", text)):
        if raw.strip():
            whole.append((i, pos, raw))
        pos += len(raw)
        pos += 2 if text.startswith("\r\n", pos) else 1
    assert top_lines(text, n) == whole[:n]
    assert end_lines(text, n) == whole[-n:]
    long = "Headline\n" + "a line\r\n" * 5000 + text  # a tail read from the end, its line numbers counted
    last = [(i + 5001, off + len(long) - len(text), raw) for i, off, raw in whole[-1:]] or [(5000, len(long) - len(text) - 8, "a line")]
    assert end_lines(long, n)[-1:] == last
