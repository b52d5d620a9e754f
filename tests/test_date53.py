"""The sources tables show each source's publication day in one form, whatever form its metadata
wrote it in (session 53; the review of session 52: '2014-01-28' beside '2014-01-28T20:18:00-05:00'
for two copies of one page). JSON keeps the date as written, beside the day read."""

from __future__ import annotations

import json

from conftest import cli_output

BODY = ("A 17-year-old was charged Tuesday in the fatal shooting of a fellow student outside Elmwood "
        "High School, police said. The victim, 16, died at a hospital. Police said the two had argued.")


def _folder(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"title": "Teen charged in school shooting", "outlet": "Elm News",
                                                 "published": "2014-01-28T20:18:00-05:00", "text": BODY}))
    (tmp_path / "b.md").write_text("---\ntitle: Student charged in Elmwood shooting\noutlet: Valley Post\n"
                                   "published: Tue, 28 Jan 2014 21:05:00 EST\n---\n\n" + BODY.replace("Tuesday", "on Tuesday"))
    return tmp_path


def _run(folder, *args) -> str:
    return cli_output("check", str(folder), "--no-cache", *args)


def test_text_and_markdown_show_the_day(tmp_path):
    folder = _folder(tmp_path)
    for fmt in ("text", "markdown"):
        out = _run(folder, "--format", fmt)
        assert out.count("2014-01-28") >= 2, (fmt, out)
        assert "T20:18" not in out and "EST" not in out, fmt


def test_html_shows_the_day_and_keeps_the_words_in_a_title(tmp_path):
    out = _run(_folder(tmp_path), "--format", "html")
    assert '<td title="2014-01-28T20:18:00-05:00">2014-01-28</td>' in out


def test_json_keeps_the_date_as_written(tmp_path):
    rep = json.loads(_run(_folder(tmp_path), "--format", "json"))
    got = {s["outlet"]: (s["published"], s["published_date"]) for s in rep["sources"]}
    assert got["Elm News"] == ("2014-01-28T20:18:00-05:00", "2014-01-28")
    assert got["Valley Post"][1] == "2014-01-28"
