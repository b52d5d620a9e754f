"""look59 (issue 13: every finding says why): a toll worked out from other figures carries
them (``Toll.terms``, put there by the accounts and saved in the JSON), and the account
table and the findings' reasons show them rather than the shot count's words alone; a
toll cell too long for its column still says what it counts; a page's other scenes read
once per event; a title keeps the word of the service it belongs to ('police Chief').
Sentences of our own."""

from __future__ import annotations

from reconcile import accounts, pipeline
from reconcile.accounts import _with_terms
from reconcile.records import Claim, Interval, Term, Toll
from reconcile.report.common import _toll_cell

from conftest import account_toll, findings_of, report_of

FOUR_ONE_DEAD = {"a.txt": "Four people were shot on Elm Street on Friday night and one of them died, police said.\n",
                 "b.txt": "Three people were wounded and one man was killed in a shooting on Elm Street on Friday.\n"}


def test_a_derived_toll_keeps_its_figures_in_the_json_and_the_reasons_show_them(tmp_path):
    rep = report_of(tmp_path, FOUR_ONE_DEAD, "--unique")
    assert account_toll(rep, "injured", "a")["terms"] == [
        {"words": "", "value": 4, "counts": "shot"}, {"words": "", "value": -1, "counts": "killed"}]
    assert "terms" not in account_toll(rep, "injured", "b")  # a toll its words give has none
    why, = [f["reason"] for f in findings_of(rep, kind="quantity", measure="injured")]
    assert "3 (4 shot, 1 killed)" in why and "'Four' (3)" not in why, why


def test_terms_read_back_and_a_toll_saved_without_them_has_none():
    t = Toll("injured", Interval(3, 3, 3), "derived", ("a:1", "a:2"), "four - the teen",
             (Term("four", 4, "shot"), Term("the teen", -1, "killed")))
    assert Toll.from_dict("injured", t.to_dict()) == t
    old = {"nominal": 3, "low": 3, "high": 3, "how": "derived", "text": "four - the teen", "claims": ["a:1", "a:2"]}
    assert Toll.from_dict("injured", old).terms == ()
    # the words it was saved with, told as the terms tell them where they fit (look60: not 'four - the teen')
    assert _toll_cell(Toll.from_dict("injured", old)) == "3 (four shot less the teen)"
    assert _toll_cell(Toll.from_dict("injured", {**old, "text": "four - Lee"})) == "3 (four shot, Lee killed)"
    assert _toll_cell(Toll.from_dict("injured", {**old, "how": "stated", "text": "four - Lee"})) == "3 (four - Lee)"
    assert "terms" not in Toll("killed", Interval(1, 1, 1), "stated", ("a:3",), "one").to_dict()


def test_terms_that_no_longer_add_up_to_the_toll_are_left_off():
    t = Toll("injured", Interval(2, 2, 2), "derived", ("a:1", "a:2"), "four - the teen",
             (Term("four", 4, "shot"), Term("the teen", -1, "killed")))
    assert _with_terms((t,), []) == (Toll("injured", Interval(2, 2, 2), "derived", ("a:1", "a:2"), "four - the teen"),)
    ok = Toll("injured", Interval(3, 3, 3), "derived", ("a:1", "a:2"), "four - the teen", t.terms)
    assert _with_terms((ok,), []) == (ok,)


def test_a_long_toll_cell_still_says_what_it_counts():
    found = Toll("injured", Interval(0, 0, 0), "derived", ("a:1", "a:2"), "three - wife and stepson",
                 (Term("three people", 3, "shot"), Term("his wife and her stepson", -3, "killed")))
    assert _toll_cell(found) == "0 (3 shot, 3 killed)"  # not '0 (three people shot, his w…)', the dead lost
    words = Toll("killed", Interval(3, 3, 3), "sum", ("a:3",), "a man and his aunt then killed himself")
    assert _toll_cell(words) == "3 (a man and his aunt then…)"  # cut after a word, not inside one
    short = Toll("injured", Interval(3, 3, 3), "derived", ("a:1", "a:2"), "four - Lee",
                 (Term("four", 4, "shot"), Term("Lee", -1, "killed")))
    assert _toll_cell(short) == "3 (four shot, Lee killed)"


def test_a_pages_other_scenes_are_read_once_per_event(tmp_path, monkeypatch):
    from conftest import news_folder

    calls = []
    real = accounts.other_scenes

    def counted(*args, **kw):
        calls.append(1)
        return real(*args, **kw)

    monkeypatch.setattr(accounts, "other_scenes", counted)
    rep = pipeline.reconcile([news_folder(tmp_path, FOUR_ONE_DEAD)], pipeline.Options(cache=False, one_event=True))
    assert calls == [1] and rep.accounts
    assert not hasattr(pipeline, "other_scenes")  # the pipeline takes the accounts' reading (Accounts.scenes)


def _titles(nlp, text: str) -> list[tuple[str, str]]:
    return [(r["person"], r["title"]) for r in nlp(text)._.roles]


def test_a_title_keeps_the_word_of_its_service(nlp):
    # 'Reading' parsed as a verb leaves 'police' leading out of the title in the parse
    assert _titles(nlp, "Reading police Chief Mark Stone said officers found a man shot in a car.") == [
        ("Mark Stone", "police Chief")]
    assert _titles(nlp, "A tired Mayor John Doyle spoke to reporters.") == [("John Doyle", "Mayor")]


def test_a_killer_counted_in_and_others_beside_one_say_so(tmp_path):
    rep = report_of(tmp_path / "killer", {
        "a.txt": "Man kills wife and son in Elm Street murder-suicide\n\n"
                 "A man shot his wife and son on Friday, then killed himself, police said.\n",
        "b.txt": "Three dead in Elm Street murder-suicide\n\n"
                 "Three people died on Friday in a murder-suicide on Elm Street, police said.\n"})
    why, = [f["reason"] for f in findings_of(rep, kind="quantity", measure="killed")]
    assert "3 ('wife and son' killed, 1 killer)" in why and "'wife and son' (3)" not in why, why
    rep = report_of(tmp_path / "others", {
        "a.txt": "Two men held in Elm Street shooting\n\nLee Park was charged on Monday. "
                 "Two other men were charged on Tuesday in the shooting on Elm Street, police said.\n",
        "b.txt": "Two held in Elm Street shooting\n\nTwo men were charged in the shooting on Elm Street, police said.\n"})
    why, = [f["reason"] for f in findings_of(rep, kind="quantity", measure="arrested", status="differ")]
    assert why.startswith("a.txt gives 3 ('Two' others, 1 more) and b.txt gives 'Two' (2)"), why
