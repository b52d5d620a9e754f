"""What a reader of the reports meets (session 37's look at the report formats): findings
ranked by what matters, reasons shown whole, the HTML filters' counts, one article read
from stdin, and the claim listing's place names. Sentences of our own."""

from __future__ import annotations

from reconcile.compare import ranked
from reconcile.records import Finding


def _toll(fid: str, measure: str, confidence: float, status: str = "agree") -> Finding:
    return Finding(fid, status, "quantity", measure, f"{measure} · toll", f"{measure} agreed", (), confidence)


def test_tolls_of_equal_confidence_follow_the_account_tables_order():
    # the ids put 'arrested' first; a reader asks how many died first, as the table shows
    fs = [_toll("aaaa", "arrested", 0.9), _toll("bbbb", "injured", 0.8), _toll("cccc", "killed", 0.9),
          _toll("dddd", "shot", 0.9)]
    assert [f.measure for f in ranked(fs)] == ["killed", "injured", "shot", "arrested"]


def test_the_measure_ranks_tolls_before_confidence_but_not_before_status_or_kind():
    quote = Finding("0000", "agree", "quote", None, "quote “...”", "same words", (), 0.99)
    fs = [_toll("aaaa", "arrested", 0.95), quote, _toll("bbbb", "killed", 0.6),
          _toll("cccc", "injured", 0.7, status="differ")]
    got = [(f.status, f.measure or f.kind) for f in ranked(fs)]
    assert got == [("differ", "injured"), ("agree", "killed"), ("agree", "arrested"), ("agree", "quote")]


def _unique_counts(page: str) -> tuple[str, str]:
    """The header's unique count and the Unique filter's, as the page writes them."""
    import re

    header = re.search(r'<span class="badge" data-st="unique">.*?</span> (\d+) unique claim', page).group(1)
    box = re.search(r'<input type="checkbox" name="status" value="unique"([^>]*)>.*?<span class="n">([^<]*)</span>',
                    page)
    return header, box.group(2), box.group(1)


def test_the_html_unique_filter_counts_what_the_header_counts(seeds_report):
    from reconcile.report import html as H

    n = sum(f.status == "unique" for f in seeds_report.findings)
    assert n > 0
    header, filt, attrs = _unique_counts(H.render(seeds_report))
    assert header == str(n) and filt == f"{n} not listed (--unique lists them)" and "disabled" in attrs
    header, filt, attrs = _unique_counts(H.render(seeds_report, unique=True))
    assert header == filt == str(n) and "disabled" not in attrs


def _long_reason_report():
    from reconcile.records import Article, Report

    reason = ("The sources differ on who fired: the boy shot himself (" + "a-very-long-outlet-name.txt: 'shot himself'; " * 8
              + ") against another person fired (second-outlet.txt: 'shot by his uncle').")
    from reconcile.records import Claim

    texts = {"a": "The boy shot himself, police said.", "b": "The boy was shot by his uncle."}
    claims = tuple(Claim(id=f"{s}:fact1", source=s, path=f"n/{s}.txt", kind="fact", start=8, end=12, text=t[8:12],
                         sentence=t, line=1, measure="fired") for s, t in texts.items())
    f = Finding("f1", "differ", "fact", "fired", "who fired · victim", reason, tuple(c.id for c in claims), 0.7)
    arts = tuple(Article(s, f"n/{s}.txt", t) for s, t in texts.items())
    return Report(articles=arts, claims=claims, findings=(f,)), reason


def test_the_text_report_shows_a_reason_whole_wrapped_at_its_width():
    from reconcile.report import text

    rep, reason = _long_reason_report()
    assert len(reason) > 250
    out = text.render(rep, width=80)
    lines = out[out.index("who fired · victim"):].splitlines()[1:]
    shown = [ln for ln in lines[:lines.index(next(ln for ln in lines if ln.startswith("    ")))]]
    assert " ".join(ln.strip() for ln in shown) == reason  # the second side's words are there
    assert all(len(ln) <= 80 for ln in shown) and len(shown) > 2


def test_the_other_formats_keep_a_long_reason_whole():
    from reconcile.report import github, markdown, sarif

    rep, reason = _long_reason_report()
    assert "shot by his uncle" in markdown.render(rep)
    assert "shot by his uncle" in github.render(rep)
    assert "shot by his uncle" in sarif.render(rep)


STORY = "Two men died and three more people were hurt when gunfire broke out along Elm Street late on Friday, police said.\n"


def test_check_reads_one_article_from_stdin_given_as_a_dash_or_dev_stdin():
    import json

    from typer.testing import CliRunner

    from reconcile.cli import app

    for name in ("-", "/dev/stdin"):
        r = CliRunner().invoke(app, ["check", name, "--format", "json", "--no-cache"], input=STORY)
        assert r.exit_code == 0, r.output
        rep = json.loads(r.stdout)
        assert [(s["id"], s["path"]) for s in rep["sources"]] == [("stdin", "stdin")]
        tolls = {m: v["nominal"] for m, v in rep["accounts"][0]["tolls"].items()}
        assert tolls["killed"] == 2 and tolls["injured"] == 3


def test_stdin_empty_or_named_twice_is_one_line_each():
    from typer.testing import CliRunner

    from reconcile.cli import app

    r = CliRunner().invoke(app, ["check", "-", "--no-cache"], input="")
    assert r.exit_code == 2
    assert r.stderr.splitlines() == ["stdin: skipped: empty file", "error: no readable article in -"]
    r = CliRunner().invoke(app, ["claims", "-", "-", "--no-cache"], input=STORY)
    assert r.exit_code == 0 and "stdin: skipped: stdin named twice (already read)" in r.stderr
    assert r.stdout.count("stdin  (") == 1


def test_stdin_is_read_as_html_or_json_when_it_opens_like_them_else_as_text():
    import io

    from reconcile.ingest import Options, read_stdin

    def read(s: str):
        return list(read_stdin(Options(), io.BytesIO(s.encode())))

    page = read("<!DOCTYPE html><html><head><title>Shots on Elm Street</title></head><body>"
                "<p>Two men were killed in a shooting on Elm Street on Friday, police said.</p></body></html>")
    assert page[0].title == "Shots on Elm Street" and "<p>" not in page[0].text
    item = read('{"title": "Shots", "outlet": "The Ledger", "text": "Two men were killed on Friday."}')
    assert item[0].outlet == "The Ledger" and item[0].text == "Two men were killed on Friday."
    text = read("[Updated] Two men were killed on Friday.\n")
    assert text[0].text.startswith("[Updated]") and text[0].path == "stdin"


def test_stdin_over_max_bytes_is_refused_like_a_file():
    import io

    import pytest

    from reconcile.ingest import InputError, Options, read_stdin

    with pytest.raises(InputError, match="too large"):
        list(read_stdin(Options(max_bytes=10), io.BytesIO(STORY.encode())))


def test_the_claim_listing_names_place_names_place_and_counts_repeats_on_a_line():
    import json

    from typer.testing import CliRunner

    from reconcile.cli import app

    story = "A man was shot in Ohio on Friday, and Ohio detectives want to find whoever fired.\n"
    r = CliRunner().invoke(app, ["claims", "-", "--no-cache"], input=story)
    assert r.exit_code == 0, r.output
    places = [ln for ln in r.stdout.splitlines() if "Ohio" in ln and "fact" in ln]
    assert places == ["     1  fact     place = Ohio  (2 mentions)"]
    # a figure that counts nothing the readers name is a 'figure', as findings call it, not '- = 3'
    r = CliRunner().invoke(app, ["claims", "-", "--no-cache"], input="The crew worked three shifts.\n")
    assert "quantity figure = 3  [three]" in r.stdout and " - = " not in r.stdout
    # the JSON keeps each mention, with its offsets, under the measure's name
    r = CliRunner().invoke(app, ["claims", "-", "--no-cache", "--format", "jsonl"], input=story)
    towns = [json.loads(ln) for ln in r.stdout.splitlines() if '"town"' in ln]
    assert [story[c["start"]:c["end"]] for c in towns] == ["Ohio", "Ohio"]


def test_an_agreement_on_another_cases_death_says_so_in_its_subject(tmp_path):
    from conftest import findings_of, report_of

    rep = report_of(tmp_path, {
        "a.txt": "Man hurt in Elm Street shooting\n\nA man was shot and wounded on Elm Street on Monday night, police "
                 "said.\n\nMonday night's gunfire broke out a block from where a 12-year-old girl died in a 2014 shooting.\n",
        "b.txt": "Gunfire wounds man on Elm Street\n\nPolice said a man was wounded by gunfire on Elm Street on Monday.\n\n"
                 "Two years ago a 12-year-old girl was killed by gunfire at that corner.\n"}, "--one-event")
    assert [a["set_aside"][0]["why"] for a in rep["accounts"]] == ["other event", "other event"]
    girl = findings_of(rep, kind="quantity", measure="killed", status="agree")
    assert [f["subject"] for f in girl] == ["killed (12-year-old girl) · set aside: other event"]
    assert [f["subject"] for f in findings_of(rep, measure="injured")] == ["injured · toll"]


def test_a_toll_cell_too_long_drops_its_parenthesis_rather_than_ending_inside_it():
    from reconcile.records import Account, Article, Interval, Report, Toll
    from reconcile.report.common import account_rows

    held = Toll("arrested", Interval(nominal=1, low=1, high=None), "named", ("a:x",), "Ann Marie Cole (held: at least 1)")
    few = Toll("killed", Interval(2, 2, 2), "stated", ("a:y",), "two")
    rep = Report(articles=(Article("a", "n/a.txt", ""),), claims=(), findings=(),
                 accounts=(Account("a", tolls=(few, held)),))
    cells = account_rows(rep)[0].tolls
    assert cells == {"killed": "2 (two)", "arrested": "≥ 1 (Ann Marie Cole)"}
