"""What the claim listing shows a demanding reader (session 38's look): a reported
statement kept whole with its partial quotation, two reported clauses read together, a
speaker's surname not listed as a place, a time past not read into a victim's noun
phrase. Sentences of our own."""

from __future__ import annotations


def _quotes(nlp, text: str) -> list[tuple[str, bool, str | None]]:
    doc = nlp(text)
    return [(text[q["start"]:q["end"]], q["direct"], q["speaker"]) for q in doc._.quotes]


def test_a_partial_quotation_keeps_the_words_that_lead_into_it(nlp):
    # without its lead-in the quotation says the opposite of the statement
    text = ("Asked why the patrols had not helped, Dana Ortiz said the agency does not "
            "“want this fight to spread any further.”")
    got = _quotes(nlp, text)
    assert ("the agency does not “want this fight to spread any further.”", False, "Dana Ortiz") in got
    # the quotation itself stays a direct quote of its own
    assert ("want this fight to spread any further.", True, "Dana Ortiz") in got


def test_a_quotation_after_that_alone_is_not_told_twice(nlp):
    got = _quotes(nlp, "The mayor said that “we will not rest until this is solved.”")
    assert [(t, d) for t, d, _ in got] == [("we will not rest until this is solved.", True)]


def test_two_clauses_a_verb_reports_are_one_statement(nlp):
    got = _quotes(nlp, "Officers say the two men ran, then one of the pair turned around and fired.")
    assert [t for t, d, _ in got if not d] == ["the two men ran, then one of the pair turned around and fired"]


def _towns(nlp, text: str) -> list[str]:
    return [f["street"] for f in nlp(text)._.facts if f["attr"] == "town"]


def test_a_speakers_surname_read_as_a_place_is_no_place(nlp):
    text = "Deputy spokeswoman Dana Singh spoke first. Since May, troops were attacked 12 times, Singh said."
    doc = nlp(text)
    assert any(e.text == "Singh" and e.label_ == "GPE" for e in doc.ents)  # the recogniser's reading
    assert "singh" not in _towns(nlp, text)
    assert "singh" not in _towns(nlp, "Deputy spokeswoman Dana Singh spoke first. "
                                      "Troops were attacked 12 times, according to Singh.")


def test_a_town_that_is_also_a_surname_stays_a_place(nlp):
    assert "jackson" in _towns(nlp, "Ray Jackson, 40, was hurt. Mr. Jackson was shot in Jackson on Friday.")


def test_a_time_past_is_not_part_of_a_victims_noun(nlp):
    text = "Neighbours are weary of the gunfire. Two and a half years ago 9-year-old Dana Fisk was killed in a crossfire."
    killed = [q for q in nlp(text)._.quantities if q["measure"] == "killed"]
    assert killed and all("ago" not in (q["noun"] or "") and "ago" not in text[q["start"]:q["end"]] for q in killed)
    assert any((q["noun"] or "").startswith("9-year-old") for q in killed)
