"""look58 (issue 13): clutter and small wrong rows a user sees in reports, each fixed by a
general rule: a telephone number's figures read as counts, role titles opening on words no
title opens with, a wounded toll worked out from the shot shown with the shot's words
alone, the skipped-input lines printed twice, and one person spelled three ways given as
a difference between outlets. Sentences of our own."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from reconcile.cli import app
from reconcile.accounts import _with_terms
from reconcile.records import Claim, Interval, Term, Toll
from reconcile.report.common import _toll_words

from conftest import findings_of, report_of

runner = CliRunner()


def _figures(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [text[q["start"]:q["end"]] for q in doc._.quantities]


def test_a_phone_numbers_figures_count_nothing(nlp):
    for text in ["Readers with tips can contact detectives at (555) 630-0500 or the hotline at (877) 555-TIPS.",
                 "Anyone who saw it may call detectives at 555 308-3600 or the hotline at 555 222-TIPS.",
                 "Those with leads should reach the office at 555 758-7129."]:
        assert _figures(nlp, text) == [], text


def test_a_long_run_of_digits_is_a_code_not_a_count(nlp):
    text = ("Anyone with knowledge of the case is asked to call detectives at 202-555-0199 "
            "or to text a tip anonymously to 50411.")
    assert _figures(nlp, text) == []


def test_counts_beside_a_phone_number_stay(nlp):
    assert _figures(nlp, "Police said 2 men were shot and 12,500 people attended; call (555) 630-0500.") == [
        "2", "2", "12,500"]


def _titles(nlp, text: str) -> list[tuple[str, str]]:
    return [(r["person"], r["title"]) for r in nlp(text)._.roles]


def test_a_title_does_not_open_on_a_headline_a_feeling_or_an_age(nlp):
    assert _titles(nlp, "Outrage over weekend killings Denver Mayor John Doyle says the city must act.") == [
        ("John Doyle", "Denver Mayor")]
    assert _titles(nlp, "A tired Mayor John Doyle spoke to reporters.") == [("John Doyle", "Mayor")]
    assert _titles(nlp, "An emotional Judge Mary Brennan read the sentence.") == [("Mary Brennan", "Judge")]
    assert _titles(nlp, "A 40-year-old Officer Lee Park was hurt.") == [("Lee Park", "Officer")]
    assert _titles(nlp, "At 9 a.m. Lt. Mark Dunn said two men were held.") == [("Mark Dunn", "Lt.")]


def test_x_of_a_title_leaves_the_title_to_the_name_after_it(nlp):
    assert _titles(nlp, "The family of Officer Lee Park thanked the city.") == [("Lee Park", "Officer")]
    assert _titles(nlp, "The children of slain Officer Lee Park were there.") == [("Lee Park", "Officer")]
    assert _titles(nlp, "The son of State Police trooper Lee Park was held.") == [("Lee Park", "State Police trooper")]


def test_titles_that_open_in_lower_case_stay(nlp):
    assert _titles(nlp, "Deputy police chief Mary Brennan spoke.") == [("Mary Brennan", "Deputy police chief")]
    assert _titles(nlp, "Police Chief of Staff Lee Park said.") == [("Lee Park", "Police Chief of Staff")]
    assert _titles(nlp, "Two men were held, county police Lt. Mark Dunn said.") == [("Mark Dunn", "county police Lt.")]
    assert _titles(nlp, "University of Elmira Police Officer Lee Park was hurt.") == [
        ("Lee Park", "University of Elmira Police Officer")]
    assert ("Kim Cole", "son of Police Officer Lee Park") in _titles(
        nlp, "Kim Cole, the son of Police Officer Lee Park, was held.")


def _claim(cid: str, hedge: str) -> Claim:
    return Claim(id=cid, source="a", path="a.txt", kind="quantity", start=0, end=4, line=1, text="four",
                 sentence="four", hedge=hedge)


def test_a_wounded_toll_worked_out_says_how():
    # the account puts the figures on the toll (look59: accounts._with_terms); the cell only formats them
    c = _claim("a:quantity1", "derived: 4 shot - 1 killed (article)")
    t, = _with_terms((Toll("injured", Interval(3, 3, 3), "derived", (c.id,), "four"),), [c])
    assert _toll_words(t) == "4 shot, 1 killed"
    both = Toll("injured", Interval(3, 3, 3), "derived", ("a:quantity1", "a:quantity2"), "four - the teen",
                (Term("four", 4, "shot"), Term("the teen", -1, "killed")))
    assert _toll_words(both) == "four shot, the teen killed"
    d = _claim("a:quantity3", "derived: 3 injured - 1 who died")
    t, = _with_terms((Toll("injured", Interval(2, 2, 2), "derived", (d.id,), "Three"),), [d])
    assert _toll_words(t) == "3 hurt, 1 later died"
    moved, = _with_terms((Toll("injured", Interval(4, 4, 4), "derived", (c.id,), "four, no death here"),), [c])
    assert _toll_words(moved) == "four, no death here"  # 4 - 1 is not the toll
    said, = _with_terms((Toll("injured", Interval(4, 4, 4), "stated", (c.id,), "four"),), [c])
    assert _toll_words(said) == "four"


def test_the_account_cell_of_a_wounded_toll_from_the_shot_less_the_dead(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Four people were shot on Elm Street on Friday night and one of them died, police said.\n")
    (folder / "b.txt").write_text("Three people were wounded and one man was killed in a shooting on Elm Street on Friday.\n")
    r = runner.invoke(app, ["check", str(folder)])
    row = next(line for line in r.stdout.splitlines() if line.strip().startswith("a.txt"))
    assert "3 (4 shot, 1 killed)" in row and "3 (Four)" not in row, row


def test_skipped_inputs_are_named_once_on_stderr_and_counted_in_the_report(tmp_path):
    (tmp_path / "good.txt").write_text("Officials said four people were killed on Monday.\n")
    (tmp_path / "empty.txt").write_text("")
    r = runner.invoke(app, ["check", str(tmp_path), "--unique"])
    assert "empty.txt: skipped: empty file" in r.stderr
    assert "empty.txt" not in r.stdout
    assert r.stdout.rstrip().endswith("across 1 source (1 skipped)")


def _name_differences(rep: dict) -> list[dict]:
    return [f for f in rep["findings"] if f["status"] == "differ" and (
        f["kind"] == "name" or f["kind"] == "person" and f.get("measure") == "name")]


def test_one_person_spelled_three_ways_is_no_difference_between_outlets(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": ("Daniel Kowall, 34, was shot and killed on Friday, police said.\n\n"
                  "The chief praised Officer Daniel Kowal for ten years of work.\n"),
        "b.txt": ("Daneil Kowal, 34, was shot and killed on Friday, the chief said.\n\n"
                  "Mayor Lee Park praised Officer Daniel Kowal for years of work.\n")})
    assert not _name_differences(rep)
    assert len(findings_of(rep, status="inconsistent", kind="name")) == 2  # each outlet's own slip


def test_a_real_spelling_difference_between_outlets_stays(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Officer Dana Kowal was shot and killed on Friday, police said.\n",
        "b.txt": "Officer Dana Kowall was shot and killed on Friday, the chief said.\n"})
    assert _name_differences(rep)


def test_a_pronoun_does_not_stand_for_a_name_in_what_it_reports(nlp):
    from reconcile.extract.people import _told_by

    doc = nlp("Ana Ruiz and her son were found dead in their garage, both shot twice, he said.")
    he = next(t for t in doc if t.lower_ == "he")
    assert _told_by(doc[1], he)
    doc = nlp("Mayor Tom Reyes was right when he said the bridges were left to rot.")
    he = next(t for t in doc if t.lower_ == "he")
    assert not _told_by(doc[2], he)  # not inside what 'he' said
    doc = nlp("Nina Cole was in her kitchen when she heard gunfire, she said.")
    she = [t for t in doc if t.lower_ == "she"][-1]
    assert not _told_by(doc[1], she)  # 'her', 'she': she tells of herself


def test_a_dateline_speaks_no_quote(nlp):
    doc = nlp("MILLTON, Ohio (WXYZ) – Millton Police said a boy remains in the hospital after a shooting on Sunday.")
    assert [q["speaker"] for q in doc._.quotes] == ["Millton Police"]


def test_a_dateline_place_with_the_speaker_in_apposition(nlp):
    doc = nlp("MILLTON, Kan. - Millton Police say a weekend shooting was an accident.")
    assert [q["speaker"] for q in doc._.quotes] == ["Millton Police"]

