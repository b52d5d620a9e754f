"""The casualty reader's record (reconcile/extract/figures.py): typed fields between its
passes, the public dict shape on ``doc._.quantities`` unchanged (issue 16)."""

from __future__ import annotations

from reconcile.extract.figures import PUBLIC, Figure


def test_a_figure_gives_the_public_keys_only_in_their_order():
    f = Figure(start=0, end=4, value=(4.0, 4.0, 4.0), hedge=None, measure="shot", noun="people",
               group="people", stand=1, last=0, start_tok=0, end_tok=1, subset=True, sent=0, place="Elm Street")
    d = f.public()
    assert list(d) == ["start", "end", "value", "hedge", "measure", "noun", "group", "place", "time",
                       "place_inherited", "time_inherited"] == list(PUBLIC)
    assert d["measure"] == "shot" and d["place"] == "Elm Street" and d["time"] is None


def test_the_component_writes_dicts_without_the_readers_own_fields(nlp):
    doc = nlp("Four people were shot, one fatally, on Elm Street on Sunday. A woman was wounded.")
    qs = doc._.quantities
    assert qs and all(isinstance(q, dict) and list(q) == list(PUBLIC) for q in qs)
    measures = sorted((q["measure"], q["value"][1]) for q in qs)
    assert ("killed", 1.0) in measures and ("shot", 4.0) in measures


def test_the_readers_word_lists_are_data_with_a_note_and_an_example():
    """Every list of data/quantities.json and data/victims.json says what it is for, where
    it came from, and gives a sentence of our own."""
    from reconcile.data import load

    for name in ("quantities", "victims"):
        entries = {k: v for k, v in load(name).items() if not k.startswith("_")}
        assert len(entries) > 30
        for key, e in entries.items():
            assert e["_about"] and e["_source"] and e["example"], f"{name}/{key}"
            assert sum(k in e for k in ("words", "map", "pattern")) == 1, f"{name}/{key}"


def test_the_readers_read_their_words_from_data():
    from reconcile.extract import quantities, victims

    assert "deer" in quantities.ANIMALS and quantities.SEVERITY_ADVERBS["fatally"] == "killed"
    assert victims.PRONOUNS["she"] == "f" and victims.OTHER_TIME.search("a shooting last week")
