"""Property tests: arbitrary text and bytes, in every supported format, through
ingestion and extraction with the real English pipeline. No exception escapes, every
skip has a one-line reason, and every claim's offsets are valid with
``text == article.text[start:end]``."""

from __future__ import annotations

import codecs
import json
import os
import re
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.text.dates import resolve
from reconcile.ingest import FORMATS, Options, read_paths
from reconcile.pipeline import Options as PipelineOptions
from reconcile.pipeline import extract
from reconcile.records import Article, DateSpan, Ignored, Skipped

# Modest by default so `make test` stays short; RECONCILE_EXAMPLES=1000 for a long hunt.
EXAMPLES = int(os.environ.get("RECONCILE_EXAMPLES", "40"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces of news text, so that examples hold claims for the offsets to be checked on.
NEWS = st.sampled_from([
    "Police said four people were killed", " and 12 injured", " on Tuesday.", "“We can confirm an attack,” ",
    "said Sabrina Singh, the deputy Pentagon press secretary.", " Since Oct. 17, troops were attacked 66 times",
    " – 32 in Iraq and 34 in Syria.", "\n", "\r\n", "\r", "\n\n", "Source link\n", " nearly 62 ", "several",
    " at least 3 people were hurt last night.", "[bold red]", "[/]", "\x1b[31m", "\x1b]0;t\x07", "\u202e",
    "\t", "\ufeff", "é", "’", "—", "0", "1,000", " dozens of ", "Tuesday's", " yesterday",
])
CHARS = st.characters(blacklist_categories=("Cs",))
TEXT = st.lists(st.one_of(NEWS, st.text(CHARS, max_size=12)), max_size=40).map("".join)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1"]


def encoded(text: str, enc: str) -> bytes:
    data = text.encode(enc, errors="replace")
    return codecs.BOM_UTF16_BE + data if enc == "utf-16-be" else data


BYTES = st.one_of(
    st.binary(max_size=400),
    st.builds(encoded, TEXT, st.sampled_from(ENCODINGS)),
    st.builds(lambda t, junk, at: (lambda b: b[:at] + junk + b[at:])(t.encode()), TEXT,
              st.binary(max_size=8), st.integers(0, 400)),
)
SUFFIX = st.sampled_from(sorted(FORMATS))
CHECKED = {"runs": 0, "claims": 0}


def check_run(folder: Path) -> list[Article]:
    """Read everything under ``folder`` and extract claims, asserting the contract."""
    CHECKED["runs"] += 1
    items = list(read_paths([folder], Options(max_bytes=100_000)))
    arts = []
    for item in items:
        assert isinstance(item, (Article, Skipped, Ignored))
        if isinstance(item, (Skipped, Ignored)):
            assert item.reason and "\n" not in item.reason and "\r" not in item.reason
            continue
        assert item.text.strip()
        for s, e in item.masked:
            assert 0 <= s <= e <= len(item.text)
        arts.append(item)
    # on_skip=None: an exception in parsing or extraction fails the test instead of
    # becoming a skip
    for art, claims in extract(arts, PipelineOptions(), on_skip=None):
        CHECKED["claims"] += len(claims)
        for c in claims:
            assert 0 <= c.start < c.end <= len(art.text), c
            assert c.text == art.text[c.start:c.end]
            assert c.line == 1 + len(re.findall(r"\r\n|\r|\n", art.text[:c.start]))
            assert c.path == art.path and c.source == art.id
            if c.scope and c.scope.date:
                assert c.scope.date.start <= c.scope.date.end
    return arts


@SETTINGS
@given(data=BYTES, suffix=SUFFIX)
def test_arbitrary_bytes_in_any_format(data, suffix):
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / f"x{suffix}").write_bytes(data)
        check_run(Path(d))


@SETTINGS
@given(text=TEXT, enc=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
       newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_arbitrary_text_round_trips_as_txt(text, enc, newline):
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", newline)
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "x.txt").write_bytes(text.encode(enc))
        arts = check_run(Path(d))
        if arts:  # unless refused as empty or binary, the text is exactly what was written
            expected = text[1:] if enc == "utf-8" and text.startswith("\ufeff") else text
            assert arts[0].text == expected


META = st.dictionaries(st.sampled_from(["title", "outlet", "source", "published", "date", "url", "x"]),
                       st.one_of(TEXT, st.integers(), st.none(), st.floats(allow_nan=True),
                                 st.dictionaries(st.sampled_from(["name", "rendered"]), TEXT, max_size=2)),
                       max_size=5)


@SETTINGS
@given(rows=st.lists(st.one_of(st.builds(lambda m, t: {**m, "text": t}, META, TEXT),
                               st.builds(lambda m, t: {**m, "content": {"rendered": f"<p>{t}</p>"}}, META, TEXT),
                               META, st.text(CHARS, max_size=30)), max_size=5),
       as_list=st.booleans())
def test_arbitrary_json_and_jsonl(rows, as_list):
    with tempfile.TemporaryDirectory() as d:
        lines = [json.dumps(r, ensure_ascii=False) if not isinstance(r, str) else r for r in rows]
        (Path(d) / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
        (Path(d) / "list.json").write_text(json.dumps(rows if as_list else {"articles": rows}), encoding="utf-8")
        check_run(Path(d))


@SETTINGS
@given(meta=META, body=TEXT, fence=st.sampled_from(["---", "+++", "--- ", ""]))
def test_arbitrary_markdown(meta, body, fence):
    import yaml

    front = yaml.safe_dump(meta, allow_unicode=True) if meta else ""
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "post.md").write_text(f"{fence}\n{front}{fence}\n{body}" if fence else body, encoding="utf-8")
        check_run(Path(d))


TAGS = st.sampled_from(["<p>", "</p>", "<article>", "</article>", "<div>", "<br>", "<script>", "</script>",
                        "<title>", "</title>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<!--", "-->", "&amp;",
                        "&#27;", "&#x9b;", "&xxe;", "<!ENTITY x SYSTEM 'file:///etc/passwd'>", "<meta charset=x>",
                        "<h1>", "</h1>", '<meta property="og:site_name" content="', '">'])


@SETTINGS
@given(parts=st.lists(st.one_of(TAGS, NEWS, st.text(CHARS, max_size=10)), max_size=60))
def test_arbitrary_html(parts):
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "page.html").write_text("".join(parts), encoding="utf-8")
        check_run(Path(d))


def test_the_examples_held_claims():
    """Runs after the tests above (file order): their offsets checks were not vacuous."""
    if not CHECKED["runs"]:
        pytest.skip("run with the property tests above")
    assert CHECKED["claims"] > CHECKED["runs"] // 4, CHECKED  # about one claim an example


@settings(max_examples=5 * EXAMPLES, deadline=None)
@given(expr=st.one_of(TEXT, st.text(CHARS, max_size=40)),
       published=st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_dates_never_raise(expr, published):
    got = resolve(expr, published)
    assert got is None or (isinstance(got, DateSpan) and got.start <= got.end)
