"""Session 52 (title52, issue 13): a plain-text article's first line is its title though it ends
in a page title's cut ('accused of...') or in an abbreviation's full stop ('in Harris Co.',
'D.C.'), as careful reading round 73 found two headlines read as no title; a first line that
ends as a sentence does ('... at 9 p.m.', '... in Iraq.'). Lines of our own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.data import load
from reconcile.text.lines import headline
from conftest import check_json

BODY = "\n\nTwo men were shot early Sunday outside a bar on Elm Street, deputies said.\n"


@pytest.mark.parametrize("first", [
    "Two men shot outside bar in NE Harris Co.",
    "Slain 'home invader' was friend planning a surprise: Pros.",
    "Six injured in shooting in Southwest D.C.",
    "Boy, 5, shot in Sunman, Ind.",
    "Police say man shot by officers responsible for...",
    "Family wants death penalty for woman accused of\u2026",
])
def test_a_headline_ending_in_a_cut_or_an_abbreviation_is_the_title(first):
    assert headline(first + BODY) == first


@pytest.mark.parametrize("first", [
    "A man was shot outside a bar at 9 p.m.",
    "The soldier died in Iraq.",
    "Two men were shot, deputies said.",
    "Two men shot outside bar in Harris Co.,",
])
def test_a_first_line_that_ends_as_a_sentence_is_no_title(first):
    assert headline(first + BODY) is None


def test_the_data_examples_first_line_is_its_title():
    example = load("ingest")["headline_end"]["example"]
    assert headline(example) == example.split("\n", 1)[0]


@given(st.sampled_from(sorted(load("ingest")["headline_end"]["abbreviations"])))
def test_every_listed_abbreviation_ends_a_headline(word):
    first = f"Two hurt in shooting in {word}"
    assert headline(first + BODY) == first


def test_the_sources_title_of_a_cut_headline(tmp_path):
    (tmp_path / "a.txt").write_text("Two men shot outside bar in NE Harris Co." + BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Deputies: two men shot outside Elm Street bar in..." + BODY, encoding="utf-8")
    src = {s["id"]: s for s in check_json(tmp_path)["sources"]}
    assert src["a"]["title"] == "Two men shot outside bar in NE Harris Co."
    assert src["b"]["title"] == "Deputies: two men shot outside Elm Street bar in..."
