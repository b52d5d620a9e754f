"""look60 (issue 13, 'The report': every finding says why): the row of a suspect named cites
the words of the identification, not whatever claim its sentence holds (a dateline's town);
one reading of a generational suffix for the named custody rows. Sentences of our own."""

from __future__ import annotations

import re

import browser
import pytest
from conftest import account_toll, findings_of, report_of

from reconcile.data import load
from reconcile.facts import _first_last, _surname
from reconcile.records import Claim
from reconcile.text.lexicon import court_words

FLASH = ("{date}Boy shot in a field near Garver\n\n"
         "A boy of 15 was struck by a stray round while mowing a field near Garver on Saturday. Deputies said "
         "they could not yet establish who fired the round.\n")
NAMED = ("{date}Hunter may have fired shot that hit boy\n\n"
         "GARVER, Idaho - Deputies believe they have identified the man who fired the round that wounded a "
         "boy of 15 near Garver.\n")


def test_the_identification_is_cited_by_its_own_words(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FLASH.format(date="Published: June 3, 2025\n\n"),
                               "b.txt": NAMED.format(date="Published: June 5, 2025\n\n")})
    (f,) = [f for f in findings_of(rep, kind="fact", measure="custody") if f["subject"] == "custody · suspect named"]
    assert f["reason"].startswith("An update")
    claims = {c["id"]: c for c in rep["claims"]}
    cited = [claims[i] for i in f["claims"] if claims[i]["source"] == "b"]
    # not 'Idaho' (the dateline's town the sentence holds), but the words the row was read from
    assert [c["text"] for c in cited] == ["identified the man who fired"], cited
    assert [(c["kind"], c["measure"], c["group"]) for c in cited] == [("fact", "court", "identified")]


def test_the_identification_words_and_their_example():
    d = load("facts")["court"]["identified"]
    words = court_words().identified
    assert words.search(d["example"])
    assert not words.search("Police identified the man who was killed as Lee Park.")
    assert "identified" not in load("compare")["shooter_unknown"]  # one list, the fact reader's


def _person(name: str) -> Claim:
    return Claim(id="a:person1", source="a", path="a.txt", kind="person", start=0, end=1, line=1, text=name,
                 sentence="", name=name)


def test_a_generational_suffix_is_read_once_for_both_name_readings():
    assert _first_last("Lorne Pellham Jr.") == ["lorne", "pellham"]
    assert _first_last("Bo Jr.") == ["bo", "jr"]  # a given name and a suffix: no surname to keep
    surname = _surname([_person("Lorne Pellham Jr."), _person("Ann Lee III")])
    assert surname.pattern == r"\b(?:Lee|Pellham)\b"
    assert not re.search(surname, "Jr. was seen")


SEVERAL = {"a.txt": "Several hurt, one dead in Elm Street shooting\n\nShots were fired on Elm Street in Harwick "
                    "around 1 a.m. on Saturday.\n\nThree men were hurt and later released from Mercy Hospital. "
                    "A woman died at the scene.\n",
           "b.txt": "One killed, three wounded on Elm Street\n\nShots on Elm Street in Harwick early Saturday left "
                    "a woman dead and three men hurt, police said.\n"}


def test_the_account_takes_the_count_its_sized_word_yields_to(tmp_path):
    # 'Several' (3 to 9) in the headline, 'Three men' in the body: the comparison and the event
    # read three, and so does the account table now (it showed '3–9 (Several)' beside 'Three')
    rep = report_of(tmp_path, SEVERAL)
    t = account_toll(rep, "injured", "a")
    assert (t["low"], t["high"], t["text"], t["how"]) == (3, 3, "Three", "stated"), t
    (f,) = findings_of(rep, kind="quantity", measure="injured")
    assert f["status"] == "agree" and "'Three' (3)" in f["reason"], f
    assert rep["event"]["tolls"]["injured"]["low"] == 3


def test_a_name_inside_an_agreeing_enumeration_is_coloured_with_it(tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    from reconcile.records import Article, Finding, Interval, Report
    from reconcile.report import html as H

    text = "Dale Voss and Len Ortiz were hurt."
    art = Article(id="s0", path="in/s0.txt", text=text, title="t0")
    both = Claim(id="s0:q1", source="s0", path="in/s0.txt", kind="quantity", start=0, end=23, text=text[:23],
                 sentence=text, line=1, value=Interval(2, 2, 2), measure="injured", hedge="enumeration")
    one = Claim(id="s0:p1", source="s0", path="in/s0.txt", kind="person", start=0, end=9, text="Dale Voss",
                sentence=text, line=1, name="Dale Voss", role="victim", outcome="injured")
    f = Finding(id="f1", status="agree", kind="quantity", measure="injured", subject="injured · toll", reason="r",
                claims=(both.id,), confidence=0.9)
    page = H.render(Report(articles=(art,), claims=(both, one), findings=(f,)))
    # the name (a person claim with no finding of its own) takes the enumeration's colour, as the
    # words between the names do: not bare between coloured commas
    assert re.search(r'<span class="k" data-st="agree"[^>]*>Dale Voss</span>', page), page
    assert re.search(r'<span class="k" data-st="agree"[^>]*> and Len Ortiz</span>', page)
    if browser.unavailable() is not None:
        pytest.skip(f"no browser: {browser.unavailable()}")
    # the page's script recolours the same way under the status filters
    out = tmp_path / "page.html"
    out.write_text(page, encoding="utf-8")
    d = browser.chromium()
    try:
        d.get(out.resolve().as_uri())
        WebDriverWait(d, 120).until(lambda d: d.execute_script(
            "return document.documentElement.getAttribute('data-ready')") == "1")
        colours = "return Array.prototype.map.call(document.querySelectorAll('#cols .k'), function (e) { return e.getAttribute('data-st'); })"
        assert d.execute_script(colours) == ["agree", "agree"]
        ActionChains(d).send_keys("4").perform()  # agreements hidden: the name is bare, the rest off
        assert d.execute_script(colours) == ["none", "off"]
    finally:
        browser.quit(d)


def test_a_github_annotation_lists_the_text_reports_evidence_rows():
    from reconcile.records import Article, Finding, Interval, Report
    from reconcile.report import github

    a_text = "No arrests have been made.\nOne man died.\nA man was killed.\nThe man died.\nHe died.\n"
    b_text = "Police arrested Lee Park, 20.\n"

    def claim(src, text, needle, n, at=0, **kw):
        start = text.index(needle, at)
        return Claim(id=f"{src}:{n}", source=src, path=f"news/{src}.txt", kind=kw.pop("kind", "quantity"), start=start,
                     end=start + len(needle), text=needle, sentence=text[text.rfind("\n", 0, start) + 1:].split("\n")[0],
                     line=text.count("\n", 0, start) + 1, **kw)

    none = claim("a", a_text, "No arrests", "q1", value=Interval(0, 0, 0), measure="arrested")
    said = claim("a", a_text, "No arrests have been made", "f1", kind="fact", measure="custody", group="none")
    held = claim("b", b_text, "arrested", "f1", kind="fact", measure="custody", group="held")
    f = Finding("f1", "differ", "fact", "custody", "custody · suspect", "They differ.", (none.id, said.id, held.id), 0.7,
                "f" * 32)
    arts = (Article("a", "news/a.txt", a_text), Article("b", "news/b.txt", b_text))
    cmd = github.render(Report(articles=arts, claims=(none, said, held), findings=(f,)))
    lines = cmd.splitlines()[0].split("::", 2)[2].split("%0A")
    # one line of text, one line of the annotation: not 'No arrests (0)' and the sentence's words apart
    assert lines[1:3] == ["a.txt: No arrests (0); No arrests have been made (news/a.txt:1)",
                          "b.txt: arrested (news/b.txt:1)"], lines
    # a page that tells its one death four times: three lines, the rest named by their lines
    dead = [claim("a", a_text, w, f"k{i}", value=Interval(1, 1, 1), measure="killed")
            for i, w in enumerate(("One man", "A man", "The man", "He"))]
    f = Finding("f2", "conflict", "quantity", "killed", "killed · toll", "Apart.", tuple(c.id for c in dead) + (held.id,),
                0.9, "e" * 32)
    cmd = github.render(Report(articles=arts, claims=(*dead, held), findings=(f,)))
    lines = cmd.splitlines()[0].split("::", 2)[2].split("%0A")
    assert [x for x in lines if x.startswith("a.txt")] == [
        "a.txt: One man (1) (news/a.txt:2)", "a.txt: A man (1) (news/a.txt:3)", "a.txt: The man (1) (news/a.txt:4)",
        "a.txt: and 1 more line (5)"], lines


def test_a_sized_word_that_yields_to_a_count_worked_out_shows_its_figures(tmp_path):
    # 'several' hurt in the lead, then people shot further down: the account takes the people shot
    # less the dead, with its figures ('7 (9 shot, 2 killed)', not '7 (nine)', read as a contradiction)
    rep = report_of(tmp_path, {
        "a.txt": "Two officers killed in Elm Street ambush\n\nTwo officers died and several more suffered wounds "
                 "in gunfire on Elm Street in Harwick on Friday night.\n\nThe march had been calm until then.\n\n"
                 "In all, nine officers were shot, police said.\n",
        "b.txt": "Seven wounded, two killed on Elm Street\n\nTwo officers were killed and seven were wounded by "
                 "gunfire on Elm Street in Harwick late on Friday.\n"})
    t = account_toll(rep, "injured", "a")
    assert (t["low"], t["high"], t["how"]) == (7, 7, "derived"), t
    assert [(x["value"], x["counts"]) for x in t["terms"]] == [(9, "shot"), (-2, "killed")], t
