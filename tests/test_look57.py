"""What a journalist meets in the reports (session 39's look, issue 13 'The report'): a
headline repeated on a page listed once, a partial quotation not listed again under the
statement that holds it, indirect quotes shown as the outlet's sentence and not in quotation
marks, where a claim of a JSON record stands, spellings grouped, the event's 'most sources'
said as a count, a page's own deaths not called another case's, and the charges row citing
no place. Sentences of our own."""

from __future__ import annotations

from typer.testing import CliRunner

from conftest import findings_of, news_folder, report_of
from reconcile.cli import app
from reconcile.compare import judge_person
from reconcile.facts import _charge_cite
from reconcile.pipeline import _another_case
from reconcile.records import Account, Claim, Event, EventToll, Finding, Interval, Report, Toll
from reconcile.report.common import event_row, evidence, excerpt, location, per_source


def _q(i: int, start: int, end: int, text: str, direct: bool, sentence: str, line: int = 3) -> Claim:
    return Claim(id=f"a:quote{i}", source="a", path="news/a.txt", kind="quote", start=start, end=end, text=text,
                 sentence=sentence, line=line, speaker="Dana Reyes", direct=direct)


def _n(i: int, line: int, sentence: str, source: str = "a") -> Claim:
    return Claim(id=f"{source}:quantity{i}", source=source, path=f"news/{source}.txt", kind="quantity", start=line * 100,
                 end=line * 100 + 3, text="two", sentence=sentence, line=line, value=Interval(2, 2, 2), measure="killed")


def _finding(claims: list[Claim]) -> Finding:
    return Finding("f1", "agree", "quantity", "killed", "killed · toll", "", tuple(c.id for c in claims), 0.9)


def test_a_headline_the_page_repeats_is_one_row_with_its_other_lines():
    head = "Two dead after gunfire at a Marlow bakery"
    cs = [_n(1, 1, head), _n(2, 3, head), _n(3, 5, head), _n(4, 7, "Two men died at the bakery, police said."),
          _n(5, 1, head, "b")]
    rows = evidence(_finding(cs), {c.id: c for c in cs})
    assert [(r.claim.source, r.claim.line, r.also) for r in rows] == [("a", 1, (3, 5)), ("a", 7, ()), ("b", 1, ())]


def test_a_partial_quotation_is_not_listed_again_under_its_statement():
    said = "Reyes said the man acted in “plain self-defense” that night."
    whole = _q(1, 11, 58, "the man acted in “plain self-defense” that night", False, said)
    part = _q(2, 29, 46, "plain self-defense", True, said)
    rows = evidence(_finding([whole, part]), {c.id: c for c in (whole, part)})
    assert [r.claim.id for r in rows] == ["a:quote1"]
    # the statement is the outlet's words: its sentence, not a quotation
    assert rows[0].excerpt == said and not rows[0].excerpt.startswith("“")
    assert excerpt(part) == "“plain self-defense”"


def test_an_indirect_quote_is_not_put_in_quotation_marks(tmp_path):
    rep = report_of(tmp_path, {"a.txt": "Officer Dana Reyes said the gunman ran toward the river after the shots.",
                               "b.txt": "Two people were hurt on Elm Street on Friday."}, "--unique")
    f = findings_of(rep, kind="quote")
    assert f and all("“" not in x["subject"] and x["subject"].endswith("(indirect)") for x in f), f
    assert all("in indirect speech" in x["reason"] and "river" not in x["reason"] for x in f), f
    text = CliRunner().invoke(app, ["check", str(tmp_path / "news"), "--unique", "--no-cache"]).stdout
    assert "Officer Dana Reyes said the gunman ran toward the river" in text
    assert "“the gunman ran" not in text


def test_a_json_record_s_claim_is_placed_in_its_record_not_at_a_line_of_the_file():
    c = Claim(id="a:quantity1", source="a", path="feed.json", kind="quantity", start=0, end=3, text="two",
              sentence="two hurt", line=4)
    assert location(c, "item 2") == "feed.json, item 2, line 4 of its text"
    assert location(c) == "feed.json, line 4 of its text"
    assert location(Claim(id="b:q", source="b", path="news/b.txt", kind="quantity", start=0, end=1, text="2",
                          sentence="2", line=4)) == "news/b.txt:4"


def _person(source: str, name: str) -> Claim:
    return Claim(id=f"{source}:person1", source=source, path=f"{source}.txt", kind="person", start=0, end=9,
                 text=name, sentence=name + " died.", line=1, name=name, role="victim")


def test_spellings_are_grouped_one_entry_a_spelling():
    g = [_person("a", "Dana Reyes"), _person("b", "Dana Reyes"), _person("c", "Dana Reyez"), _person("d", "Dana Reyez")]
    rows = judge_person(g, {s: f"{s}.txt" for s in "abcd"})
    reason = next(r for s, attr, r, _ in rows if attr == "name")
    assert reason == "Dana Reyes is spelled differently: Dana Reyes (a.txt, b.txt) vs Dana Reyez (c.txt, d.txt)."


def _report(tolls: dict[str, Interval | None], reading: EventToll) -> Report:
    accounts = tuple(Account(s, tuple(Toll(reading.measure, v, "stated", (), "") for v in [v] if v is not None)
                             or (Toll("arrested", Interval(1, 1, 1), "stated", (), ""),)) for s, v in tolls.items())
    return Report(articles=(), claims=(), findings=(), accounts=accounts, event=Event(tolls=(reading,)))


def test_the_event_says_how_many_sources_give_its_figure_not_most_of_two():
    one_of_two = _report({"a": Interval(None, 3, None), "b": Interval(2, 2, 2)},
                         EventToll("shot", Interval(2, 2, 2), "most sources", ("b",)))
    assert event_row(one_of_two)["shot"] == "2 (1 of 2 sources)"
    silent = _report({"a": Interval(1, 1, 1), "b": Interval(1, 1, 1), "c": None},
                     EventToll("injured", Interval(1, 1, 1), "most sources", ("a", "b")))
    assert event_row(silent)["injured"] == "1 (2 of 3 sources; 1 silent)"


def test_a_page_s_own_deaths_set_aside_are_not_called_another_case():
    f = Finding("f1", "agree", "quantity", "killed", "killed (people) · Monday", "", ("a:q1", "b:q1"), 0.7)
    whys = {"a:q1": "an earlier death", "b:q1": "an earlier death"}
    assert _another_case(f, whys).subject == "killed (people) · set aside: an earlier death"
    assert _another_case(f, whys, {"a:q1", "b:q1"}).subject == "killed (people) · Monday"


def test_the_charges_row_cites_no_place_where_its_sentence_has_another_claim():
    sent = "A Marlow County man faces trial for murder in the death of his neighbor."
    town = Claim(id="a:fact1", source="a", path="a.txt", kind="fact", start=2, end=15, text="Marlow County",
                 sentence=sent, line=3, measure="town")
    dead = Claim(id="a:quantity1", source="a", path="a.txt", kind="quantity", start=60, end=72, text="his neighbor",
                 sentence=sent, line=3, value=Interval(1, 1, None), measure="killed")
    assert _charge_cite([town, dead], sent) is dead
    assert _charge_cite([town], sent) is town


def test_the_text_report_lists_a_repeated_headline_once(tmp_path):
    head = "Two dead after gunfire at Marlow bakery"
    folder = news_folder(tmp_path, {"a.txt": f"{head}\n\n{head}\n\nTwo men died after gunfire at a bakery on Elm Street on "
                                             "Friday, police said.",
                                    "b.txt": "Two men were killed in gunfire at a bakery on Elm Street on Friday."})
    text = CliRunner().invoke(app, ["check", str(folder), "--no-cache"]).stdout
    assert text.count(head) <= 2, text  # the account table's title and one evidence row


def test_a_source_s_rows_past_three_are_named_by_their_lines_its_own_figure_kept():
    cs = [_n(i, line, f"Sentence {line} tells two dead.") for i, line in enumerate((3, 5, 7, 9, 11), 1)]
    lead = _n(9, 13, "Two people died, police said.")
    f = _finding([lead, *cs])  # the toll's own figure first, as toll findings list it
    rows, more = per_source(evidence(f, {c.id: c for c in (lead, *cs)}))
    assert [r.claim.line for r in rows] == [3, 5, 13]
    assert more == {"a": "and 3 more lines (7, 9, 11)"}


def test_the_claims_listing_puts_only_direct_quotes_in_quotation_marks(tmp_path):
    folder = news_folder(tmp_path, {"a.txt": 'Officer Dana Reyes said the gunman ran toward the river. "We will find him," '
                                             "Reyes said."})
    text = CliRunner().invoke(app, ["claims", str(folder), "--no-cache"]).stdout
    assert "the gunman ran toward the river (indirect)" in text and "“the gunman" not in text
    assert "“We will find him,”" in text
