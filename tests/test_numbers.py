"""Number words, hedges and vague counts as intervals (no model needed)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from reconcile.text import numbers
from reconcile.records import Interval


@pytest.mark.parametrize("phrase, nominal, low, high, hedge", [
    ("62", 62, 62, 62, None),
    ("eight", 8, 8, 8, None),
    ("sixty-two", 62, 62, 62, None),
    ("a dozen", 12, 12, 12, None),
    ("half a dozen", 6, 6, 6, None),
    ("14,000", 14000, 14000, 14000, None),
    ("1.2 million", 1_200_000, 1_200_000, 1_200_000, None),
    ("a hundred and five", 105, 105, 105, None),
    ("nearly 62", 62, 58, 62, "nearly"),
    ("approximately 66", 66, 62, 70, "approximately"),
    ("about 60", 60, 50, 70, "about"),
    ("more than 14,000", 14000, 14001, None, "more than"),
    ("at least 3", 3, 3, None, "at least"),
    ("up to 10", 10, 0, 10, "up to"),
    ("fewer than 5", 5, 0, 4, "fewer than"),
    ("several", None, 3, 9, "several"),
    ("dozens", None, 12, 99, "dozens"),
    ("tens of thousands", None, 10000, 99999, "tens of thousands"),
])
def test_parse(phrase, nominal, low, high, hedge):
    iv, h = numbers.parse(phrase)
    assert (iv.nominal, iv.low, iv.high) == (nominal, low, high)
    assert h == hedge


@pytest.mark.parametrize("phrase", ["Tuesday", "the", "first", "", "million people"])
def test_parse_rejects(phrase):
    assert numbers.parse(phrase) is None


def test_vague_ranges_cite_sources():
    from reconcile.data import load

    data = load("vague")
    assert any("ACLED" in s for s in data["_sources"])
    assert data["words"]["dozens"]["acled"] == 12 and data["words"]["tens"]["acled"] == 10


def test_interval_logic():
    several, eight, sixty_two = Interval(None, 3, 9), Interval(8, 8, 8), Interval(62, 58, 66)
    assert several.overlaps(eight) and eight.overlaps(several)
    assert not eight.overlaps(sixty_two)
    assert Interval(14000, 14001, None).contains(10**9)
    assert not Interval(14000, 14001, None).contains(14000)
    assert Interval(3, 3, None).describe() == "≥ 3"
    assert Interval(None, 3, 9).describe() == "3–9"


@given(st.integers(min_value=0, max_value=10**9),
       st.sampled_from([None, "approx", "below", "above", "at_least", "at_most", "below_strict"]))
def test_interval_always_holds_or_bounds_the_figure(x, kind):
    iv = numbers.interval(float(x), kind)
    assert iv.lo <= iv.hi
    if kind in (None, "approx", "below", "at_least", "at_most"):
        assert iv.contains(x)
    assert not math.isnan(iv.lo)


@given(st.text(max_size=40))
def test_parse_never_crashes(s):
    r = numbers.parse(s)
    if r is not None:
        iv, _ = r
        assert iv.lo <= iv.hi


@pytest.mark.parametrize("phrase, low, high, how", [
    ("between 5 and 10", 5, 10, "between"),
    ("from 12 to 20", 12, 20, "from"),
    ("5 to 10", 5, 10, "to"),
    ("two or three", 2, 3, "or"),
    ("10 or 11", 10, 11, "or"),
    ("5-10", 5, 10, "-"),
    ("150–200", 150, 200, "-"),
    ("1.5 to 2", 1.5, 2, "to"),
    ("between 2 and 3 million", 2_000_000, 3_000_000, "between"),
])
def test_parse_ranges_have_no_nominal(phrase, low, high, how):
    iv, h = numbers.parse(phrase)
    assert (iv.nominal, iv.low, iv.high) == (None, low, high)
    assert h == how


@pytest.mark.parametrize("token", ["3-1", "10-5", "16-160009", "07-12", "sixty-two", "5"])
def test_range_token_rejects_scores_identifiers_and_words(token):
    assert numbers.range_token(token) is None


@pytest.mark.parametrize("words, value", [
    (["half"], 0.5), (["a", "third"], 1 / 3), (["one", "quarter"], 0.25), (["two", "thirds"], 2 / 3),
    (["three", "quarters"], 0.75), (["two", "-", "thirds"], 2 / 3), (["a", "fifth"], 0.2),
])
def test_fractions(words, value):
    assert math.isclose(numbers.fraction_value(words), value)


@pytest.mark.parametrize("words", [["a", "thirds"], ["two", "third"], ["five", "quarters"], ["third"], ["a", "dozen"]])
def test_fractions_reject(words):
    assert numbers.fraction_value(words) is None


@pytest.mark.parametrize("words, value", [
    (["A", "dozen"], 12), (["Half", "a", "dozen"], 6), (["two", "hundred", "and", "five"], 205),
    (["fifteen", "thousand"], 15000), (["2", "m"], 2_000_000), (["1.8bn"], 1_800_000_000),
])
def test_words_value_case_and_scales(words, value):
    assert numbers.words_value(words) == value


def test_about_a_decimal_keeps_five_percent():
    """A count rounds 5% up to a whole ('about 66' is 62-70); a decimal does not
    ('about 2.5' percent is 2.375-2.625, not 1.5-3.5)."""
    iv, _ = numbers.parse("about 2.5")
    assert (iv.low, iv.high) == (2.375, 2.625)
    iv, _ = numbers.parse("nearly three quarters")
    assert math.isclose(iv.low, 0.7125) and iv.high == 0.75
