"""What careful reading round 30 found: custody and charges told as updates ('none of them
have been caught', 'not clear who fired', charges dropped, charges pending against a guilty
finding), an arrest in another story further down a page, and page furniture read as the
story (a related story's headline inline or after 'Related Coverage', a freelancer's photo
credit). Sentences of our own."""

from __future__ import annotations

from reconcile.ingest import boilerplate_spans


def people(nlp, text: str) -> dict:
    return {p["name"]: p for p in nlp(text)._.persons}


def _masked(text: str) -> list[str]:
    return [text[s:e] for s, e in boilerplate_spans(text)]


def test_another_storys_headline_inline_or_after_a_label_is_furniture():
    text = ("Shots hit a store on Elm Street\n\nFour men were wounded when a gunman fired into a store on Elm Street.\n\n"
            "A clerk said he heard six or seven shots.\n\nWoman held after Pine Road stabbing\n\nThe clerk was hit in the foot, officials said.\n\n"
            "Related Coverage Two hurt in Oak Lane crash, no arrests\n\n[PREVIOUS: Three teens taken to hospital]\n\n"
            "MORE: Boy hurt in Cedar Court fall\n\nThe owner said he would reopen the store on Monday.\n")
    assert _masked(text) == ["Woman held after Pine Road stabbing", "Related Coverage Two hurt in Oak Lane crash, no arrests",
                             "[PREVIOUS: Three teens taken to hospital]", "MORE: Boy hurt in Cedar Court fall"]


def test_headline_shaped_lines_that_are_the_story_are_kept():
    # a subtitle under the first paragraph, a sentence without its full stop, a name under a picture
    kept = ("Shots hit a store on Elm Street\n\nFour men were wounded when a gunman fired into a store on Elm Street.\n\n"
            "Three teens taken to Marlow General\n\n"
            "A clerk said he heard six or seven shots.\n\nThe clerk was taken to Marlow General and is stable\n\nHe was hit in the foot, officials said.\n\n"
            "Lee is being held on $5,000 bond and will appear Monday\n\nHis lawyer said he would plead not guilty.\n\n"
            "Dana Lee Smith\n\nThe victim's family asked for privacy on Sunday.\n\n"
            "More: police said the gunman fled on foot.\n")
    assert _masked(kept) == []


def test_a_freelancers_photo_credit_names_the_press(nlp):
    text = ("Police taped off the corner on Monday. (Tom Reyes/for The Daily Ledger) "
            "Two men were shot on Elm Street.")
    assert people(nlp, text)["Tom Reyes"]["role"] == "press"
