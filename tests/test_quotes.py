"""Quote attribution (issue 14) on sentences written for these tests, with the real English pipeline."""

from __future__ import annotations


def speakers(nlp, text):
    doc = nlp(text)
    return [(text[q["start"]:q["end"]], q["speaker"]) for q in doc._.quotes]


def test_a_not_inside_the_quote_does_not_negate_the_cue(nlp):
    text = ('"Are we ready for the storm? Probably not," Ms. Dunn said. "Will we be ready by Friday? Yes."\n\n'
            "The mayor spoke next.")
    got = speakers(nlp, text)
    assert [s for _, s in got] == ["Dunn", "Dunn"]


def test_a_negated_cue_still_names_no_speaker(nlp):
    doc = nlp("The chief did not say the road would reopen on Monday.")
    assert all(q["speaker"] != "chief" for q in doc._.quotes)


def test_a_follow_on_quote_is_not_given_to_the_next_paragraph(nlp):
    text = ("The storm hit on Monday.\n\n"
            '"It was the worst I have seen," said Ann Boyd, a family friend. "She called her dad right away."\n\n'
            "Store manager Tom Okafor said the store would reopen next week.\n")
    got = dict(speakers(nlp, text))
    assert got["It was the worst I have seen,"] == "Ann Boyd"
    assert got["She called her dad right away."] == "Ann Boyd"
