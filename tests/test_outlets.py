"""The outlet a plain-text article names in its own lines (reconcile/text/outlets.py) and how
ingest, the reports and the fingerprints use it. Every article line here is written for
these tests."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import check_json
from reconcile.data import load
from reconcile.fingerprint import source_key
from reconcile.ingest import read_paths
from reconcile.records import Article
from reconcile.text.outlets import find

BODY = "Two people were hurt in a shooting outside a bowling alley on Friday night, police said.\n"


def story(first: str = "Two hurt in bowling alley shooting", line: str = "", last: str = "") -> str:
    return f"{first}\n{line}\n{BODY}\nThe alley was closed on Saturday.\n{last}\n"


@pytest.mark.parametrize("title, expected", [
    ("Two hurt in bowling alley shooting - WXYZ Channel 7 | Lakeside News, Weather & Sports", "WXYZ"),
    ("Two hurt in bowling alley shooting - KXYZ-TV: Lakeside, Ohio", "KXYZ-TV"),
    ("Two hurt in bowling alley shooting - lakeside7.com - Lakeside, Ohio", "lakeside7.com"),
    ("Two hurt in bowling alley shooting - Lakeside Daily News", "Lakeside Daily News"),
    ("Two hurt in bowling alley shooting - Lakeside News, Weather, Traffic, and Sports | FOX 9", "FOX 9"),
    ("Two hurt in bowling alley shooting | Elm Falls Sun-Times", "Elm Falls Sun-Times"),
])
def test_the_site_name_after_the_headline(title, expected):
    got = find(story(title))
    assert (got.name, got.rule) == (expected, "title")


@pytest.mark.parametrize("title", [
    "Two hurt in bowling alley shooting | Lakeside, OH News",  # a place's news page, no outlet
    "Two hurt in bowling alley shooting - News, Weather and Classifieds for the Lakes",
    "Two hurt in bowling alley shooting - Lakeside, Ohio",
    "Police: two hurt in bowling alley shooting",
])
def test_a_slogan_or_a_place_after_the_headline_names_no_outlet(title):
    assert find(story(title)) is None


@pytest.mark.parametrize("line, expected", [
    ("LAKESIDE, Ohio (WXYZ) \u2014 Two people were hurt.", "WXYZ"),
    ("ELM FALLS (AP) - A man was shot on Friday.", "AP"),
    ("ELM FALLS, March 3, 2016 (Reuters) - A man was shot.", "Reuters"),
    ("Lakeside, Ohio (Lakeside Daily News) \u2013 A teen was wounded.", "Lakeside Daily News"),
    ("LAKESIDE, Ohio (KXYZ-TV) -- Police said two people were hurt.", "KXYZ-TV"),
])
def test_the_dateline(line, expected):
    got = find(story(line=line))
    assert (got.name, got.rule) == (expected, "dateline")
    text = story(line=line)
    assert text[got.start:got.end] == expected


@pytest.mark.parametrize("line", [
    "ELM FALLS (Feb. 20) \u2014 A man was shot.",  # a date in brackets
    "LAKESIDE (Photo) - A man was shot.",
    "Police said (at about 9 p.m.) - a man was shot.",  # not a dateline
    "Lee Park (42) - a man was shot.",
])
def test_a_bracket_that_is_no_outlet(line):
    assert find(story(line=line)) is None


@pytest.mark.parametrize("last, expected", [
    ("Copyright 2016 WXYZ. All rights reserved.", "WXYZ"),
    ("\u00a9 2017 Lakeside Daily News", "Lakeside Daily News"),
    ("Copyright \u00a9 2015 The Associated Press. All rights reserved.", "The Associated Press"),
    ("Copyright 2016 by WXYZ - All rights reserved.", "WXYZ"),
])
def test_a_copyright_line(last, expected):
    got = find(story(last=last))
    assert (got.name, got.rule) == (expected, "copyright")


@pytest.mark.parametrize("last", [
    "\u00a9 2017 Elm Media Group",  # the company that owns the station
    "Copyright 2016 Lakeside Broadcasting Company. All rights reserved.",
    "Copyright 2016 Lee Park",  # a person, no outlet's shape
])
def test_a_copyright_line_of_an_owner_or_a_person_names_no_outlet(last):
    assert find(story(last=last)) is None


def test_the_title_wins_over_the_dateline_and_the_dateline_over_the_copyright():
    both = story("Two hurt in bowling alley shooting - WXYZ Channel 7", "ELM FALLS (AP) - A man was shot.",
                 "Copyright 2016 KXYZ. All rights reserved.")
    assert find(both).name == "WXYZ"
    assert find(story(line="ELM FALLS (AP) - A man was shot.", last="Copyright 2016 KXYZ.")).name == "AP"


def test_a_dateline_below_the_top_lines_or_a_copyright_line_above_the_last_ones_is_not_read():
    top = int(load("outlets")["top_lines"])
    low = "\n".join(["Bowling alley shooting"] + [f"Line {i} of the story." for i in range(top)]
                    + ["ELM FALLS (AP) - A man was shot."])
    assert find(low) is None
    end = int(load("outlets")["end_lines"])
    high = "\n".join(["Bowling alley shooting", "Copyright 2016 WXYZ."] + [f"Line {i}." for i in range(end + 1)])
    assert find(high) is None


def test_the_data_files_examples_are_read():
    d = load("outlets")
    assert find(story(line=d["dateline"]["examples"][0])).rule == "dateline"
    for ex in d["copyright"]["examples"]:
        assert find(story(last=ex)).rule == "copyright", ex
    for ex in d["generic_markers"]["examples"][:1]:
        assert find(story(ex)) is None
    assert find(story(d["generic_markers"]["examples"][1])).name == "FOX 9"
    for k in ("_sources", "_about"):
        assert d[k]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
       st.sampled_from(["", "ELM FALLS (AP) - ", " - WXYZ News", "\nCopyright 2016 WXYZ."]))
def test_find_never_fails_and_its_offsets_hold_the_name(text, extra):
    for t in (text, text + extra, extra + text, f"Headline{extra}\n{text}"):
        got = find(t)
        if got is not None:
            assert got.name and t[got.start:got.end] == got.name
            assert got.rule in ("title", "dateline", "copyright")


def test_ingest_names_a_plain_text_article_by_its_dateline_and_the_report_shows_it(tmp_path):
    (tmp_path / "a.txt").write_text(story(line="LAKESIDE, Ohio (WXYZ) \u2014 Two people were hurt."), encoding="utf-8")
    (tmp_path / "b.txt").write_text(story(), encoding="utf-8")
    arts = {a.id: a for a in read_paths([tmp_path]) if isinstance(a, Article)}
    assert (arts["a"].outlet, arts["a"].outlet_from) == ("WXYZ", "dateline")
    assert (arts["b"].outlet, arts["b"].outlet_from) == (None, None)
    rep = check_json(tmp_path)
    src = {s["id"]: s for s in rep["sources"]}
    assert (src["a"]["name"], src["a"]["outlet"], src["a"]["outlet_from"]) == ("WXYZ", "WXYZ", "dateline")
    assert (src["b"]["name"], src["b"]["outlet"], src["b"]["outlet_from"]) == ("b.txt", None, None)


def test_an_outlet_from_metadata_wins_and_is_the_fingerprints(tmp_path):
    item = {"title": "Two hurt", "outlet": "Lakeside Ledger", "text": "ELM FALLS (AP) - " + BODY}
    (tmp_path / "a.json").write_text(json.dumps(item), encoding="utf-8")
    (tmp_path / "b.txt").write_text(story(line="ELM FALLS (AP) - A man was shot."), encoding="utf-8")
    arts = {a.id: a for a in read_paths([tmp_path]) if isinstance(a, Article)}
    assert (arts["a"].outlet, arts["a"].outlet_from) == ("Lakeside Ledger", None)
    assert source_key(arts["a"]) == "outlet:lakeside ledger"
    # an outlet read from the text leaves a baseline's fingerprints as they were: the file's
    assert (arts["b"].outlet, arts["b"].outlet_from) == ("AP", "dateline")
    assert source_key(arts["b"]) == "file:b"


def test_two_pages_of_one_wire_keep_names_of_their_own(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(story(line=f"ELM FALLS (AP) - A man was shot, page {name}."),
                                              encoding="utf-8")
    names = [s["name"] for s in check_json(tmp_path)["sources"]]
    assert len(set(names)) == 2 and all(n.startswith("AP (") for n in names), names


def test_an_outlet_read_from_the_text_reaches_the_terminal_as_data(tmp_path):
    from typer.testing import CliRunner

    from reconcile.cli import app

    title = "Two hurt in bowling alley shooting - Lakeside\x1b[2J\x1b[31m Daily [bold]News[/bold]"
    assert find(story(title)) is None  # control characters and markup are no site's name
    (tmp_path / "a.txt").write_text(story(title), encoding="utf-8")
    (tmp_path / "b.txt").write_text(story(line="LAKESIDE (WXYZ) - Two people were hurt."), encoding="utf-8")
    r = CliRunner().invoke(app, ["check", str(tmp_path), "--no-cache"])
    assert r.exit_code in (0, 1), r.output
    assert "\x1b" not in r.output
    assert "WXYZ" in r.output


def test_a_shared_name_gets_a_short_id_after_it_where_the_ids_are_long():
    from reconcile.records import source_names

    def art(i: str, outlet: str | None = "AP") -> Article:
        return Article(id=i, path=f"/x/{i}.txt", text="", outlet=outlet)

    long_a, long_b = "26103d2602885a115799d63a2a3f7bce", "64b25b80bcba863e2eb242d1d1d0fea4"
    assert source_names([art(long_a), art(long_b), art("c", None)]) == {
        long_a: "AP (26103d26…)", long_b: "AP (64b25b80…)", "c": "c.txt"}
    # short ids, or long ones the cut would no longer tell apart, are given whole
    assert source_names([art("a"), art(long_a)]) == {"a": "AP (a)", long_a: f"AP ({long_a})"}
    twin = long_a[:8] + "ffffffffffffffffffffffff"
    assert source_names([art(long_a), art(twin)]) == {long_a: f"AP ({long_a})", twin: f"AP ({twin})"}


def test_the_sources_table_shows_the_headline_without_the_site_name_the_outlet_was_read_from(tmp_path):
    from typer.testing import CliRunner

    from reconcile.cli import app

    (tmp_path / "a.txt").write_text(story("Two hurt in bowling alley shooting - WXYZ Channel 7 | Lakeside News"),
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(story("Bowling alley shooting: two hurt | Lakeside Lantern"), encoding="utf-8")
    out = {}
    for fmt in ("text", "markdown", "html"):
        r = CliRunner().invoke(app, ["check", str(tmp_path), "--no-cache", "--format", fmt])
        assert r.exit_code in (0, 1), r.output
        out[fmt] = r.output
    for fmt in ("text", "markdown"):
        assert "Two hurt in bowling alley shooting" in out[fmt]
        assert "WXYZ Channel 7" not in out[fmt], fmt
        assert "Lakeside Lantern" in out[fmt]  # no outlet read from it: the title as it is
    assert "<td>Two hurt in bowling alley shooting<" in out["html"]
    src = {s["id"]: s for s in check_json(tmp_path)["sources"]}
    assert src["a"]["title"] == "Two hurt in bowling alley shooting - WXYZ Channel 7 | Lakeside News"  # JSON keeps it whole
    assert (src["a"]["outlet"], src["b"]["outlet"]) == ("WXYZ", None)


def test_the_markdown_sources_table_names_the_file_of_a_source_named_by_its_outlet(tmp_path):
    from typer.testing import CliRunner

    from reconcile.cli import app

    (tmp_path / "a.txt").write_text(story("Two hurt in bowling alley shooting - WXYZ Channel 7"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(story("Bowling alley shooting: two hurt"), encoding="utf-8")
    r = CliRunner().invoke(app, ["check", str(tmp_path), "--no-cache", "--format", "markdown"])
    assert r.exit_code in (0, 1), r.output
    table = r.output.split("### Sources", 1)[1].split("\n\n", 2)[1].splitlines()
    head = [c.strip() for c in table[0].strip("|").split("|")]
    assert head[-2:] == ["file", "note"]
    rows = {cells[0]: cells for line in table[2:] if (cells := [c.strip() for c in line.strip("|").split("|")])}
    assert rows["WXYZ"][head.index("file")] == "a.txt"
    assert rows["b.txt"][head.index("file")] == ""  # already named by its file
    assert all(len(cells) == len(head) for cells in rows.values())  # the event row too


@pytest.mark.parametrize("text", [
    story("Two hurt in diner shooting - WHAT WE KNOW"),  # a headline's tag in capitals
    story("Two hurt in diner shooting | KEY FACTS"),
    story("Two hurt in diner shooting - Press Release"),
    story(line="Sheriff Dana Reyes (Press Conference) - Two men were hurt."),
    story(line="LAKESIDE (Times Square) - A man was shot."),
    story(line="LAKESIDE (KIDS) - A man was shot."),
    story(last="(c) 2016 Lakeside Gazette Staff"),
    story("One dead - Lake\u202eside\x1b[31m Daily News"),  # control and bidi characters
])
def test_words_shaped_like_an_outlet_that_are_none(text):
    assert find(text) is None


@pytest.mark.parametrize("text, name, outlet", [
    (story(line="LAKESIDE (WXYZ/AP) - A man was shot."), "WXYZ", "WXYZ"),
    (story(line="LAKESIDE (WXYZ-TV) - A man was shot."), "WXYZ-TV", "WXYZ"),
    (story(line="LAKESIDE (CBSLakeside) - A man was shot."), "CBSLakeside", "CBSLakeside"),
    (story(line="LAKESIDE (KXYZ.COM) - A man was shot."), "KXYZ.COM", "KXYZ.COM"),
    (story(line="LAKESIDE (WXYZ ) - A man was shot."), "WXYZ", "WXYZ"),
    (story(last="Copyright 2016 WXYZ -- Lakeside"), "WXYZ", "WXYZ"),
    (story(last="Copyright 2015 The Associated Press. All rights reserved."), "The Associated Press", "AP"),
])
def test_more_shapes_and_one_name_for_one_outlet(text, name, outlet):
    got = find(text)
    assert (got.name, got.outlet) == (name, outlet)


def test_crlf_a_byte_order_mark_and_a_long_middle(tmp_path):
    text = "\ufeff" + story(line="LAKESIDE (WXYZ) - Two hurt.", last="Copyright 2016 KXYZ.").replace("\n", "\r\n")
    got = find(text)
    assert (got.name, text[got.start:got.end]) == ("WXYZ", "WXYZ")
    long = "Bowling alley shooting\n" + "A short line.\n" * 200_000 + "Copyright 2016 KXYZ.\r\n"
    got = find(long)
    assert (got.name, long[got.start:got.end]) == ("KXYZ", "KXYZ")
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    art = next(a for a in read_paths([tmp_path]) if isinstance(a, Article))
    assert (art.outlet, art.outlet_from) == ("WXYZ", "dateline")


def test_an_empty_outlet_field_is_no_outlet_and_the_text_is_read(tmp_path):
    item = {"title": "Two hurt", "outlet": " ", "text": "ELM FALLS (AP) - " + BODY}
    (tmp_path / "a.json").write_text(json.dumps(item), encoding="utf-8")
    art = next(a for a in read_paths([tmp_path]) if isinstance(a, Article))
    assert (art.outlet, art.outlet_from) == ("AP", "dateline")
