"""Figures with a unit (reconcile/extract/measures.py, reconcile/text/units.py) and their
unit-aware comparison (align.same_figure, compare). Sentences of our own."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.align import align, same_figure
from reconcile.compare import compare
from reconcile.extract import measures
from reconcile.records import Change, Claim, Interval, Scope
from reconcile.text import units


def read(nlp, text):
    """(words, value, unit, change) of every quantity the pipeline reads, merged as
    claims() merges them."""
    doc = nlp(text)
    out = []
    for r in measures.merge(doc.text, doc._.quantities, doc._.measures):
        nom, lo, hi = r["value"]
        v = nom if nom is not None else (lo, hi)
        ch = r.get("change")
        out.append((text[r["start"]:r["end"]], v, r["unit"], (ch["direction"], ch["role"]) if ch else None))
    return out


def has(got, value, unit, change=None):
    return any((v == value or isinstance(v, float) and not isinstance(value, tuple) and math.isclose(v, value))
               and u == unit and (change is None or c == change) for _, v, u, c in got)


FORMS = [
    ("The bank's shares rose 18 sen to RM23.50 on Friday.", [(18, "sen", ("up", "amount")),
                                                              (23.5, "MYR", ("up", "level"))]),
    ("The retailer's stock closed at 118.5p in London.", [(118.5, "penny", None)]),
    ("The company's profit fell to $5.42 billion last year.", [(5.42e9, "USD", None)]),
    ("Analysts had expected 5.42bn dollars in profit.", [(5.42e9, "USD", None)]),
    ("The hurricane brought winds of 87 mph (140 km/h) to the island.",
     [(87, "mile_per_hour", None), (140, "kilometer_per_hour", None)]),
    ("Police arrived after 55 minutes and the road was shut for another two hours.",
     [(55, "minute", None), (2, "hour", None)]),
    ("The new phone comes with 64GB of storage.", [(64, "gigabyte", None)]),
    ("The hatchback has a 1.0l petrol engine.", [(1.0, "liter", None)]),
    ("Pre-tax profit climbed 24pc over the year.", [(24, "percent", ("up", "amount"))]),
    ("The dealer sold 5835 units in March.", [(5835, "", None)]),
    ("Growth will slow from 4.8 to 4.7 percent next year, the fund said.",
     [(4.8, "percent", ("down", "start")), (4.7, "percent", ("down", "level"))]),
    ("Scientists expect warming of 1 to 1.5 degrees Celsius by mid-century.", [((1, 1.5), "degree_Celsius", None)]),
    ("The march drew four thousand to five thousand people downtown.", [((4000, 5000), "", None)]),
    ("The index lost 162.31 points on Monday.", [(162.31, "point", ("down", "amount"))]),
    ("Witnesses put the man at 5 feet 10 inches and about 180 pounds.", [(70, "inch", None), (180, "pound", None)]),
    ("The man is 6-foot-2 and was last seen near the river.", [(74, "inch", None)]),
    ("Officers ended a 17-hour standoff at the farm.", [(17, "hour", None)]),
    ("The rate was cut by 25 basis points to 3 percent.", [(25, "basis_point", ("down", "amount")), (3, "percent", None)]),
    ("She was fined 500 pounds for the offence.", [(500, "GBP", None)]),
    ("The council spent 2 million euros on the bridge.", [(2e6, "EUR", None)]),
    ("The reward is now more than $750.", [(750, "USD", None)]),
    ("The bridge will cost between $4 million and $6 million.", [((4e6, 6e6), "USD", None)]),
    ("The trial could last two to three weeks.", [((2, 3), "week", None)]),
    ("The car maker builds four-, five- and six-cylinder engines.", [(4, "", None), (5, "", None), (6, "", None)]),
    ("She faces 24- and 30-month terms, to be served at once.", [(24, "month", None), (30, "month", None)]),
    ("He was given six months to a year on probation.", [((6, 12), "month", None)]),
    ("Help came within a half hour; the depot is a half-mile away.", [(0.5, "hour", None), (0.5, "mile", None)]),
    ("Thirty-five years later the case was reopened.", [(35, "year", None)]),
    ("Roughly 40-to-50 seconds passed before the lights came on.", [((40, 50), "second", None)]),
    ("She has taught there for 12-plus years.", [(12, "year", None)]),
    ("Gunman Gets 30 Year Sentence After 9-Hour Siege", [(30, "year", None), (9, "hour", None)]),
    ("The alarm rang for one or two more minutes.", [((1, 2), "minute", None)]),
]


@pytest.mark.parametrize("text,expected", FORMS, ids=[t[:40] for t, _ in FORMS])
def test_forms(nlp, text, expected):
    got = read(nlp, text)
    for value, unit, change in expected:
        assert has(got, value, unit, change), (value, unit, change, got)


@pytest.mark.parametrize("text", [
    "A 5-year-old girl was driven to a clinic.",          # an age, not a duration
    "The man, 45 years old, was arrested at home.",
    "Police found a 9 mm handgun in the car.",          # a calibre names a gun
    "He kept a 12 gauge shotgun under the bed.",
    "One day he simply left town.",                     # some day
    "At one point the crowd began to chant.",
    "The boy hoped to one day fly planes.",
    "Both 3-year-olds were unhurt.",
    "She spoke to 24-Hour Radio 5 about the fire.",           # a name
    "Smoke rose a few hundred feet into the air.",            # vague
])
def test_not_measures(nlp, text):
    got = read(nlp, text)
    assert not [g for g in got if g[2] not in ("",)], got
    assert not any(g[1] in (9, 12, 45, 5) for g in got), got


def test_a_range_is_one_figure(nlp):
    got = read(nlp, "Tickets sell for from $20 to $35 at the door.")
    assert [(v, u) for _, v, u, _c in got] == [((20, 35), "USD")]


def test_unwritten_figures_are_not_stated(nlp):
    doc = nlp("A man was shot outside the shop on Sunday.")
    merged = measures.merge(doc.text, doc._.quantities, doc._.measures)
    assert merged and all(r["stated"] is False for r in merged)
    doc = nlp("Three men were shot outside the shop on Sunday.")
    assert any(r["stated"] for r in measures.merge(doc.text, doc._.quantities, doc._.measures))


def test_casualty_counts_stay_the_casualty_readers(nlp):
    doc = nlp("The raid left two guards dead and five hurt; it lasted 20 minutes.")
    merged = measures.merge(doc.text, doc._.quantities, doc._.measures)
    assert [(r["value"][0], r["measure"]) for r in doc._.quantities] == \
        [(r["value"][0], r["measure"]) for r in merged if r["unit"] == ""]
    assert any(r["unit"] == "minute" and r["value"][0] == 20 for r in merged)


# ---------------------------------------------------------------- parsers (hypothesis)

GLUED_UNITS = ["GB", "pc", "p", "l", "km", "kg", "mph"]


@given(st.decimals(min_value=0, max_value=99999, places=2, allow_nan=False), st.sampled_from(GLUED_UNITS))
def test_glued_reads_figure_and_unit(x, suffix):
    text = f"{x}{suffix}"
    got = units.glued(text)
    assert got is not None
    assert math.isclose(got[0], float(x)) and got[1] == units.glued_units()[suffix.lower()]


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(sorted(units.signs())))
def test_glued_sign_before(x, sign):
    got = units.glued(f"{sign}{x}")
    if sign.isalpha() and not sign[:1].isupper():
        return
    assert got == (float(x), units.signs()[sign])


@given(st.integers(min_value=0, max_value=10**9))
def test_plain_numbers_are_not_glued(x):
    assert units.glued(str(x)) is None and units.glued(f"{x:,}") is None


@settings(max_examples=50, deadline=None)
@given(st.floats(min_value=0.01, max_value=1e6), st.sampled_from(
    ["mile_per_hour", "kilometer_per_hour", "knot", "inch", "foot", "mile", "kilometer", "pound", "kilogram",
     "minute", "hour", "day", "week", "year", "decade", "cent", "USD", "percent"]))
def test_agree_is_reflexive_and_base_is_linear(x, unit):
    assert units.agree(x, unit, x, unit)
    assert math.isclose(units.to_base(2 * x, unit), 2 * units.to_base(x, unit), rel_tol=1e-9)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=900), st.sampled_from(["minutes", "hours", "days", "weeks", "miles", "pounds"]))
def test_figure_and_unit_in_a_sentence(nlp, n, word):
    got = read(nlp, f"The crews worked for {n} {word} on the site.")
    assert has(got, n, units.spellings()[word]), got


# ---------------------------------------------------------------- conversions and comparison

def test_conversions():
    assert units.agree(87, "mile_per_hour", 140, "kilometer_per_hour")
    assert not units.agree(87, "mile_per_hour", 100, "kilometer_per_hour")
    assert units.agree(5.42e9, "USD", 5.42e9, "USD")
    assert units.agree(23, "cent", 0.23, "USD")
    assert units.agree(2, "decade", 20, "year")
    assert units.agree(100, "degree_Celsius", 212, "degree_Fahrenheit")
    assert not units.agree(30, "degree_Celsius", 30, "degree_Fahrenheit")
    assert not units.agree(5, "percent", 5, "")          # a percentage never meets a count
    assert not units.agree(100, "USD", 100, "GBP")      # nor money in another currency
    assert units.kind("sen") == "money:MYR" and units.kind("") == "count"


def fig(src, n, value, unit, measure, sentence):
    return Claim(id=f"{src}:quantity{n}", source=src, path=f"{src}.txt", kind="quantity", start=n, end=n + 1,
                 text=f"{value:g} {unit}", sentence=sentence, line=1, value=Interval(value, value, value),
                 measure=measure, unit=unit, scope=Scope(), stated=True)


NAMES = {"a": "A", "b": "B"}


def statuses(claims):
    return {(f.status, tuple(sorted(f.claims))) for f in compare(align(claims), NAMES)}


def test_mph_agrees_with_kmh():
    a = fig("a", 1, 87, "mile_per_hour", "speed", "The storm brought winds of 87 mph to the coast.")
    b = fig("b", 1, 140, "kilometer_per_hour", "speed", "The storm brought winds of 140 km/h to the coast.")
    assert same_figure(a, b)
    assert ("agree", ("a:quantity1", "b:quantity1")) in statuses([a, b])


def test_billions_written_two_ways_agree():
    a = fig("a", 1, 5.42e9, "USD", "money", "The merger is worth $5.42 billion, the firms said.")
    b = fig("b", 1, 5.42e9, "USD", "money", "The merger is worth 5.42bn dollars, the firms said.")
    assert ("agree", ("a:quantity1", "b:quantity1")) in statuses([a, b])


def test_percentage_never_meets_a_count():
    a = fig("a", 1, 12, "percent", "percent", "Prices rose 12 percent in the town.")
    b = fig("b", 1, 12, "", None, "Prices rose 12 in the town.")
    b = Claim(**{**{k: getattr(b, k) for k in b.__slots__}, "noun": "prices"})
    assert all(st_ == "unique" for st_, _ in statuses([a, b]))


def test_currencies_meet_only_through_a_stated_conversion():
    a = fig("a", 1, 10e6, "GBP", "money", "The club paid £10m for the striker.")
    b = fig("b", 1, 13e6, "USD", "money", "The club paid $13 million for the striker.")
    assert all(st_ == "unique" for st_, _ in statuses([a, b]))
    # source a states the conversion: its dollar figure meets b's
    a2 = fig("a", 2, 13e6, "USD", "money", "The club paid £10m ($13m) for the striker.")
    assert ("agree", ("a:quantity2", "b:quantity1")) in statuses([a, a2, b])


def test_claim_round_trips_with_unit_and_change():
    c = Claim(id="a:quantity1", source="a", path="a.txt", kind="quantity", start=0, end=5, text="18 sen",
              sentence="It rose 18 sen.", line=1, value=Interval(18, 18, 18), measure="money", unit="sen",
              change=Change("up", "amount"), stated=True, scope=Scope())
    assert Claim.from_dict(c.to_dict()) == c
    assert c.to_dict()["change"] == {"direction": "up", "role": "amount"}


def test_recorded_kinds_are_pints():
    """data/units.json's ``kinds`` is what pint says of every unit of measure: none left
    out, none that differs (kind() reads the record so that reading claims needs no pint)."""
    measured = {n for n, info in units.table().items() if info.family == "measure"}
    recorded = units.load("units")["kinds"]["of"]
    assert set(recorded) == measured
    assert {n: units.pint_kind(n) for n in measured} == recorded
    assert units.kind("mile_per_hour") == units.kind("knot") == "[length] / [time]"


def test_reading_measures_does_not_import_pint(nlp):
    """A sentence with units of three kinds is read without pint (about a second of CPU
    per process to import and build its registry)."""
    import subprocess
    import sys

    code = ("import sys\nfrom reconcile import extract\nnlp = extract.load()\n"
            "doc = nlp('The storm moved 87 mph and dropped 12 inches of rain; the fine was 5 kilograms of gold.')\n"
            "assert doc._.measures\nprint('pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_kinds_read_once_per_doc_are_each_tokens(nlp):
    """The patterns' rc_kind, read for the whole doc in one pass, is what each token's own
    text says, a scale word after a figure ('2.5 bn', 'a thousand bn') a figure too."""
    doc = nlp("It cost $2.5 bn, then 7 thousand bn more; a 5'9\" clerk paid RM14.20 and four-, "
              "five- and six-day passes; bn alone is nothing.")
    own = []
    for t in doc:
        k = measures._kind_text(t.text, t.like_num)
        own.append(k or ("figure" if t.lower_ in units.scales() and measures._figure(t) else ""))
    assert measures._kinds(doc) == own == [t._.rc_kind for t in doc]
    assert "glued" in own and "height" in own and "hanging" in own
    assert [k for t, k in zip(doc, own) if t.lower_ == "bn"] == ["figure", "figure", ""]


def test_the_units_matcher_reads_only_around_its_anchors(nlp):
    """measures.find reads the units Matcher over the ranges around figures and 'half'
    (measures._windows) and finds what the Matcher finds over the whole doc, in order."""
    examples = [spec["example"] for name, spec in measures.load("units")["patterns"].items()
                if not name.startswith("_")]
    text = " ".join(examples) + (
        " The council met for three hours on Tuesday. Nobody spoke about the budget, which rose"
        " by 4.5 percent to $12 million, and the hall stayed open until half past nine. A"
        " half-mile walk, then 5 feet 10 inches of snow, then 140 km/h winds and 20-to-30 seconds"
        " of silence. Price: 118.5p, up 24pc; the 1.0l engine; four-, five- and six-cylinder.")
    doc = nlp(text)
    m = measures.matcher(nlp.vocab)
    assert measures._anchors() is not None
    assert measures.find(doc, m) == m(doc)
    prose = nlp("The old mill by the river was painted green last spring, and the market"
                " beside it now opens every morning for about three hours before the traffic.")
    an = measures._anchors()
    assert [e - s for s, e in measures._windows(prose)] == [an.before + an.after + 1]  # 'three' only
    assert measures.find(prose, m) == m(prose)
    assert measures.find(doc, m)  # there are matches to compare
