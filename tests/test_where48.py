"""where48 (session 32, issue 13 item 3): a time told in a verbless piece the parser cut off the
sentence before (reconcile/extract/facts.py ``_piece_of``), and a street of the shooting spelled two
ways by two outlets (reconcile/places.py ``_spelled_apart``). Sentences of our own, real model."""

from __future__ import annotations

from reconcile.places import _spelled_apart

from conftest import check_json as _report, news_folder as _folder


def _times(nlp, text):
    return [(f["value"][0], f["moment"], f["cue"]) for f in nlp(text)._.facts if f["attr"] == "time"]


def test_a_time_cut_off_after_a_street_abbreviation_is_the_verb_before(nlp):
    text = ("A clerk was wounded during a holdup, deputies reported. The shooting happened outside the "
            "Maple Tap on Birch and Harlan Ave. shortly before 2 a.m. The clerk is expected to recover.")
    assert _times(nlp, text) == [(120, "event", "happen")]


def test_a_verbless_piece_opening_in_capitals_is_no_piece(nlp):
    # a headline-like line of its own: no verb before it is borrowed
    assert _times(nlp, "Two men were hurt.\n\nShortly before 2 a.m.\n\nPolice are looking for a car.") == [(120, None, None)]


def test_a_time_cut_off_before_its_sentence_is_the_verb_after(nlp):
    text = "Neighbors were shaken.\n\nAbout 12:15 a.m. Sunday, deputies were sent to a shooting on Quarry Road."
    assert _times(nlp, text) == [(15, "response", "send")]


def test_a_time_opening_its_piece_on_a_line_goes_with_the_verb_after(nlp):
    text = "A teen was killed Friday night. Around 9:30p.m. crews were sent to Quarry Road for a shooting."
    assert _times(nlp, text) == [(1290, "response", "send")]


def test_a_dateline_time_is_no_piece_of_the_next_sentence(nlp):
    # it opens with no preposition or adverb: a posting time, not the shooting's
    assert _times(nlp, "TAMPA - 7:04 a.m. A man was shot on Quarry Road.") == [(424, None, None)]


def test_a_time_with_its_own_verb_is_unchanged(nlp):
    assert _times(nlp, "Two men were hurt at 5 p.m. on Linden Road.") == [(1020, "event", "hurt")]


def test_two_spellings_of_one_street_are_found_but_marks_and_other_words_are_not():
    got = _spelled_apart({"a": ["brennock road"], "b": ["brenock road"]})
    assert [(a, b, sa, sb) for a, b, sa, sb in got] == [("brennock", "brenock", ["a"], ["b"])]
    assert _spelled_apart({"a": ["st. olave's lane"], "b": ["st. olaves lane"]}) == []  # an apostrophe only
    assert _spelled_apart({"a": ["brennock road"], "b": ["brenock court"]}) == []  # two street words: two streets
    assert _spelled_apart({"a": ["brennock road", "brenock road"], "b": ["brenock road"]}) == []  # one writes both
    assert _spelled_apart({"a": ["61st street"], "b": ["62nd street"]}) == []  # numbers are never alike


def test_outlets_spelling_the_scene_street_two_ways_differ(tmp_path):
    a = "Teen wounded\n\nGunfire struck Dale Ormsby, 16, in the 400 block of Brennock Road on Tuesday evening.\n"
    b = "Boy hurt in shooting\n\nDale Ormsby, a teenager, was shot in the 400 block of Brenock Road on Tuesday.\n"
    rep = _report(_folder(tmp_path, {"a.txt": a, "b.txt": b}), "--one-event")
    got = [f for f in rep["findings"] if f["kind"] == "fact" and f["measure"] == "place"]
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "place · street spelled · brennock")]
