"""The readers' shortcuts past tokens they cannot use find what the plain passes find
(docs/speed.md): every sentence here is written for these tests."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import assume, given, settings, strategies as st
from spacy.attrs import ORTH

from reconcile.data import load
from reconcile.extract import quantities, scope, victims
from reconcile.extract.people import sides_matcher
from reconcile.extract.persons.matchers import _by_sentence, _credit_windows, _credited, _matcher, _possible_where
from reconcile.extract.persons.names import _with_text
from reconcile.ingest import _link_list, boilerplate_spans
from reconcile.text import dates

TEXT = (
    "Photo: Lena Marsh / The Valley Courier\n\n"
    "Two men were shot and one of them, Omar Tate, 31, died at the scene on Sunday, police said. "
    "Tate's brother, Ravi Tate, was not hurt and did not see the gunman, who has not been caught. "
    "The couple who live next door said they heard four or five shots and a dozen cars leaving. "
    "Marsh said the 2,000 residents of the block want more lights. Officers found about 12 casings. "
    "(Dee Hollis | The Valley Courier) Hollis said the street has not seen a killing since 2019."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_word_verdicts_kept_across_docs_are_the_fresh_ones(nlp, doc, monkeypatch):
    """_may_be_person and _may_start_member give the same lists from an empty memo and
    from one another doc filled; the memo is emptied past its bound."""
    other = nlp("Both victims, a woman and her son, were taken to the hospital by their neighbours.")
    victims._MAY_MEMO.clear()
    fresh = (victims._may_be_person(doc), victims._may_start_member(doc))
    for d in (other, doc):
        d.user_data.clear()
    victims._may_be_person(other), victims._may_start_member(other)
    assert (victims._may_be_person(doc), victims._may_start_member(doc)) == fresh
    monkeypatch.setattr(victims, "_MAY_MEMO_MAX", 5)
    doc.user_data.clear()
    victims._may_be_person(doc)
    victims._may_be_person(nlp("Three people were hurt."))
    assert all(len(m) <= 5 + len(doc) for m in victims._MAY_MEMO.values())


def test_number_mask_rules_out_only_what_is_num_token_does(doc):
    may = quantities._may_be_num(doc)
    assert [t.i for t in doc if quantities._is_num_token(t) and not may[t.i]] == []
    assert sum(may) < len(doc) / 4


def test_negated_verbs_from_the_columns(doc):
    for sent in doc.sents:
        plain = {g.i for t in sent if t.dep_ != "ROOT" and t.pos_ in ("VERB", "AUX")
                 and any(c.dep_ == "neg" for c in t.children) for g in t.subtree}
        verbs = scope._negated_verbs(doc)
        assert {g.i for i in range(sent.start, sent.end) if i in verbs for g in doc[i].subtree} == plain
    assert scope._negated_verbs(doc)


def test_credits_and_names_met_again_as_the_whole_doc_passes_find_them(doc):
    runs = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    m = sides_matcher(doc.vocab, "press_credits")
    starts = {s for k, s, _ in m(doc) if doc.vocab.strings[k] == "after"}
    ends = {e for k, _, e in m(doc) if doc.vocab.strings[k] == "before"}
    whole = {s for s, e in runs if e in starts or s in ends}
    assert _credited(doc, runs) == whole and whole
    assert sum(e - s for s, e in _credit_windows(runs, len(doc))) < len(doc) / 2
    texts = {"Tate", "Marsh", "Hollis"}
    assert [t.i for t in _with_text(doc, doc.to_array(ORTH), texts)] == [t.i for t in doc if t.text in texts]


ODD = ("The 3rd of the 12 vans carried 1.5bn in notes, a dozen crates and a couple of ²-marked "
       "drums; its log ends with " + "x" * 110 + "7 and " + "y" * 105 + ". Marsh said so.")


def test_number_mask_from_shapes_is_the_per_word_test(nlp):
    """_may_be_num reads a digit from the word's shape ('d'), and a word of 100
    characters or more (shape 'LONG') from its text: the same verdicts as testing
    every word's characters."""
    doc = nlp(ODD)
    plain = [bool(t.like_num) or t.lower_ in quantities.numbers.MULTIPLIERS or any(c.isdigit() for c in t.text)
             for t in doc]
    assert quantities._may_be_num(doc) == plain
    assert {t.shape_ for t in doc if len(t.text) >= 100} == {"LONG"}  # both long words are read
    assert [t.text for t in doc if len(t.text) >= 100 and plain[t.i]] == ["x" * 110 + "7"]
    assert plain[[t.text for t in doc].index("²-marked")]  # a digit that is not a decimal one


def test_unit_kinds_kept_across_docs_are_the_fresh_ones(nlp, doc, monkeypatch):
    """measures._kinds remembers each word's own tests across docs: the same kinds from
    an empty memo and from one another doc filled; emptied past its bound."""
    from reconcile.extract import measures

    odd = nlp("It cost 5.42 bn and 3 m dollars; a 6'1\" man and four- or five-year-olds.")
    measures._WORDS.clear()
    fresh = [measures._kinds(d) for d in (odd, doc)]
    assert {"figure", "height", "hanging"} <= set(fresh[0])
    assert fresh[0][[t.text for t in odd].index("bn")] == "figure"  # a scale word after a figure
    assert [measures._kinds(d) for d in (doc, odd)] == fresh[::-1]
    monkeypatch.setattr(measures, "_WORDS_MAX", 5)
    measures._kinds(odd)
    assert len(measures._WORDS) <= 5 + len(odd)
    assert measures._kinds(doc) == fresh[1]


def test_headings_from_the_docs_text(doc):
    """is_heading reads a sentence's text as its slice of the doc's text."""
    plain = [bool(s.text.strip()) and s.text.strip()[-1] not in ".!?\"'”’)" and
             "\n" in doc.text[s.end_char:s.end_char + 2] + "\n" for s in doc.sents]
    doc.user_data.pop("reconcile_headings", None)
    assert [scope.is_heading(s) for s in doc.sents] == plain and any(plain) and not all(plain)


def test_quote_cues_looked_for_where_one_can_be(nlp):
    """_indirect_quotes tests for a reporting verb only the tokens _may_cue lets through,
    and 'according to' only where the doc has 'according': every cue is among them."""
    from reconcile.extract import quotes

    d = nlp("Ray Lin said the shop was closed, according to a clerk. She told us nothing. "
            "Police, according to Lin, did not say who fired. The so-called said-so was told.")
    cues = quotes._may_cue(d)
    assert [t.i for t in d if quotes._is_cue(t)] == [i for i in cues if quotes._is_cue(d[i])]
    assert {d[i].text for i in cues} >= {"said", "told"} and len(cues) < len(d) / 4
    plain = [(t.i, s.start) for s in d.sents for t in s if t.lower_ == "according"
             and t.i + 1 < s.end and d[t.i + 1].lower_ == "to"]
    assert [(a.i, s.start) for s in d.sents for a, _ in quotes._according_to(s)] == plain and len(plain) == 2


def test_fact_constructions_matched_where_one_can_be(nlp):
    """_statements searches for a cue and matches only the sentences where a construction
    of the section has every word it needs, each with those constructions only: the
    statements are those of the whole Matcher over every sentence with a cue."""
    from reconcile.extract import facts

    d = nlp("A man was arrested late Monday and booked into the county jail. The weather was mild. "
            "Two others are in stable condition at the hospital, and one was treated and released. "
            "Nobody has been charged yet. The gunman remains at large. Deputies later found a second "
            "victim behind the barn. Friends brought flowers to the porch all week.")
    w, c = facts.custody_words(), facts.condition_words()
    for section, cues in (("custody", w.cues), ("condition", c.cues), ("rise", facts._rise_cues())):
        whole = facts._matcher(section, d.vocab)
        plain = sorted(((k, s + sent.start, e + sent.start) for sent in d.sents if cues.search(sent.text)
                        for k, s, e in whole(sent)), key=lambda m: (m[1], -m[2]))
        d.user_data.pop(facts._WORD_SENTS_KEY, None)
        found = sorted(((k, s + sent.start, e + sent.start) for sent, which in facts._possible(d, section)
                        if cues.search(sent.text)
                        for k, s, e in facts._some(d.vocab, section, which)(sent)), key=lambda m: (m[1], -m[2]))
        assert found == plain and plain, section
    possible = facts._possible(d, "custody")
    assert 0 < len(possible) < len(list(d.sents))
    assert all(len(which) < len(facts._needs().needs["custody"]) for _, which in possible)


def test_a_pattern_needing_no_word_may_match_in_every_sentence(doc):
    """_may_match rules a sentence out only by the LOWER or LEMMA words a pattern needs:
    a pattern of ORTH tokens alone needs none, and every sentence stays possible."""
    orth_only = victims._needs([[{"ORTH": "Tate"}, {"ORTH": "'s"}]])
    assert orth_only == ((),)
    sents = list(doc.sents)
    assert all(victims._may_match(s, "test_orth_only", orth_only) for s in sents)
    worded = victims._needs([[{"LOWER": "casings"}]])
    assert [victims._may_match(s, "test_worded", worded) for s in sents].count(True) == 1


def test_each_sentence_is_matched_with_the_constructions_it_can_hold(nlp):
    """The people constructions' token matcher reads each sentence with only the
    constructions whose words that sentence holds; the DependencyMatcher's matches are
    spaCy's over the whole text, in the same order. A range of sentences that is not one
    tree is read with all of them."""
    from spacy.matcher import DependencyMatcher

    from reconcile.data import load

    text = ("Reporters gathered at the corner of Oak Lane by noon. "
            "Officers found Zach Imes, 44, suffering from a gunshot wound. "
            "The blaze claimed the life of Nadia Orlov, 58, a retired nurse. "
            "The victims, including Carl Dunn and Ana Birch, drove themselves to a clinic.")
    doc = nlp(text)
    full = DependencyMatcher(nlp.vocab)
    for c in load("persons")["constructions"]["patterns"]:
        full.add(c["id"], [c["pattern"]])
    ids, where = _possible_where(doc)
    within = _by_sentence(doc, where)
    assert within and all(these is not None and set(these) < set(ids) for _, these in within)
    assert [s.start for s, _ in within] == [s.start for s in list(doc.sents)[1:]]
    m = _matcher(doc.vocab, ids)
    m.within = within
    try:
        got = m(doc)
    finally:
        m.within = None
    assert got == full(doc) and {nlp.vocab.strings[k] for k, _ in got} >= {"found_wounded", "life_of"}
    two = _by_sentence(doc, [(0, len(doc), ids)])
    assert two == [(doc[0:len(doc)], None)]


def _dateparsers(s: str, pub: date | None) -> tuple[date, str] | None:
    """What ``_resolve`` reads of dateparser's answer: the day, month or year of its period."""
    got = dates._dateparser(s, pub)
    if got is None:
        return None
    d, period = got[0].date(), got[1]
    return (d.replace(day=1) if period == "month" else d.replace(month=1, day=1) if period == "year" else d), period


def _written(d: date, shape: str, padded: bool, stop: bool, sept: bool, weekday: int) -> str:
    """``d`` written in a strptime shape the way copy writes it: the day with or without its
    zero, 'Aug.' and 'Sept.' for the short months, any weekday (dateparser does not check it),
    lower case as ``_resolve`` sees it."""
    shape = shape if padded else shape.replace("%d", str(d.day)).replace("%m", str(d.month))
    shape = shape.replace("%A", dates.WEEKDAYS[weekday])
    s = d.strftime(shape)
    if "%b" in shape:
        short = d.strftime("%b")
        s = s.replace(short, ("Sept" if sept and short == "Sep" else short) + ("." if stop else ""), 1)
    return dates._clean(s)


@settings(max_examples=150, deadline=None)
@given(st.dates(date(1800, 1, 1), date(2099, 12, 31)), st.sampled_from(dates._SHAPES), st.booleans(),
       st.booleans(), st.booleans(), st.integers(0, 6),
       st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2035, 12, 31))))
def test_plain_dates_are_what_dateparser_reads(d, shape, padded, stop, sept, weekday, pub):
    """A full date, a year or a month and its year in the plain shapes (pubdates.json's and
    times.json's) is read without dateparser, and gives the day, month or year and the period
    dateparser gives it from any publication date."""
    s = _written(d, shape, padded, stop, sept, weekday)
    got = dates._plain(s)
    assert got is not None, s
    assert (got[0].date(), got[1]) == _dateparsers(s, pub), (s, pub)


@settings(max_examples=150, deadline=None)
@given(st.text(st.sampled_from("0123456789 ,./-ofmayjunsetpdc"), max_size=16),
       st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2035, 12, 31))))
def test_whatever_the_plain_shapes_read_dateparser_reads_alike(s, pub):
    got = dates._plain(s)
    if got is not None:
        assert (got[0].date(), got[1]) == _dateparsers(s, pub), (s, pub)


def test_plain_dates_skip_dateparser_and_the_rest_reach_it(monkeypatch):
    asked = []
    monkeypatch.setattr(dates, "_dateparser", lambda s, pub: asked.append(s))
    dates._resolve.cache_clear()
    pub = date(2016, 6, 5)
    assert dates.resolve("in May of 2009", pub) == dates.DateSpan(date(2009, 5, 1), date(2009, 5, 31))
    assert dates.resolve("since 2014", pub) == dates.DateSpan(date(2014, 1, 1), pub)
    assert dates.resolve("on Sept. 9, 2015", pub) == dates.DateSpan(date(2015, 9, 9), date(2015, 9, 9))
    assert dates.resolve("sep 2011", pub) == dates.DateSpan(date(2011, 9, 1), date(2011, 9, 30))
    assert asked == []
    for s in ("last summer", "in May", "1750", "May 3"):
        assert dates.resolve(s, pub) is None
    assert asked == ["last summer", "may", "1750", "may 3"]
    dates._resolve.cache_clear()
    assert dates._plain("2016") == (datetime(2016, 1, 1), "year")


_FURNITURE = ["Harbor Tide photos may not be sold, copied or lent out.",
              "Our reports may not be copied", "KXYZ joined forces with the lake region's radio stations",
              "WQRS is an affiliate of Harbor Broadcasting Group television station group",
              "Welcome to Tide Talk on harbor-fm.com! Stay a while.", "Download the free Harbor Tide weather app today"]


def _whole_line_expression() -> re.Pattern[str]:
    """data/boilerplate.json read as before speed30: every ``contains`` entry written as a
    whole-line pattern with '.*' on both sides."""
    d = load("boilerplate")
    pats = d["patterns"] + [f".*(?:{p}).*" for p in d["contains"]]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FURNITURE + ["Police said 2 men were shot.", "Copyright 2016 Dover Radio",
                                                        " the ", "! ", "app", "may not be", " forces with"]),
                          st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz .,!-\u00a9"), max_size=12)),
                max_size=5), st.booleans())
def test_lines_masked_by_contains_are_the_whole_line_patterns_ones(parts, stacked):
    """A line is masked when a ``contains`` entry is found anywhere in it (re.search) exactly
    when the same entry with '.*' on both sides matches the whole line."""
    line = "".join(parts)
    text = "\n".join(parts) if stacked else f"Two men were shot.\n{line}\nThe mayor spoke.\n"
    whole = _whole_line_expression()
    lines = [(m.start(), m.group().rstrip("\r\n")) for m in re.finditer(r"[^\n]*\n?", text) if m.group().strip()]
    assume(not any(_link_list()[0].fullmatch(x.strip()) for _, x in lines))  # a list of links is masked apart
    expected = tuple((s, s + len(x)) for s, x in lines if whole.fullmatch(x.strip()))
    assert boilerplate_spans(text) == expected


def test_each_contains_entry_masks_a_line_of_its_own():
    got = [boilerplate_spans(f"Two men were shot.\n{line}\n") for line in _FURNITURE]
    assert all(len(spans) == 1 for spans in got)
