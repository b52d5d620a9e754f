"""What careful reading round 30 found: custody and charges told as updates ('none of them
have been caught', 'not clear who fired', charges dropped, charges pending against a guilty
finding), an arrest in another story further down a page, and page furniture read as the
story (a related story's headline inline or after 'Related Coverage', a freelancer's photo
credit). Sentences of our own."""

from __future__ import annotations

from functools import partial

from conftest import dated_fact_findings, fact_moments as _facts, report_of

from reconcile.ingest import boilerplate_spans


def test_none_caught_and_who_fired_not_known_say_no_one_is_held(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("None of the three gunmen have been caught, detectives said.") == [
        ("none", "None of the three gunmen have been caught")]
    assert said("The shooter has not been caught.") == [("none", "not been caught")]
    assert said("It was not immediately clear who fired the shots, a deputy said.") == [
        ("none", "not immediately clear who fired")]
    assert [m for m, _ in said("It was unknown on Friday where the gun came from or who pulled the trigger.")] == ["none"]
    # caught in the crossfire or on camera, or which side fired first: nothing
    assert said("A woman who was caught in the crossfire died.") == []
    assert said("The gunman was not caught on camera, officers said.") == []
    assert said("It was not clear who fired first, the deputy or the driver.") == []
    assert said("Deputies said it remains unclear who fired the first shot in the exchange.") == []


def test_charges_dropped_pending_against_someone_and_is_guilty_of(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("The murder charges against the teenager were dropped on Friday.") == [
        ("dropped", "charges against the teenager were dropped")]
    assert said("Prosecutors dropped the charges against the neighbour on Monday.") == [
        ("dropped", "dropped the charges")]
    assert said("Charges against the two adults are pending, the chief said.") == [
        ("pending", "Charges against the two adults are pending")]
    assert said("A jury decided on Monday that the cousin is guilty of manslaughter.") == [("guilty", "is guilty of")]
    # not dropped, maybe dropped, not guilty: nothing
    assert said("The charges against the driver were not dropped.") == []
    assert said("The charges against the driver could be dropped.") == []
    assert said("The jury said the cousin is not guilty of manslaughter.") == []
    # a drop in an old case told the sentence before: that case's
    assert said("In 2009 he was arrested for carrying a pistol. The charges were dropped.") == []


def test_an_arrest_in_another_story_further_down_the_page_says_nothing(nlp):
    said = partial(_facts, nlp, "custody")
    text = ("Three men shot at a store on Elm Street on Saturday, and none of them have been caught. "
            "In an unrelated incident, a woman was shot outside a bar on Pine Road. "
            "Her cousin noticed the men. Two men were arrested at the scene, police said.")
    assert [m for m, _ in said(text)] == ["none"]


STORE = ("Four hurt at Elm Street store\n\n{date}Four men were wounded on Saturday when three men fired into a "
         "store on Elm Street in Marlow. The three men fled, and none of them have been caught, police said.\n")
ARREST = ("Man held in Elm Street store shooting\n\n{date}Police on Tuesday arrested a 24-year-old man in the "
          "shooting of four men at a store on Elm Street in Marlow.\n")


def test_none_caught_then_an_arrest_is_a_custody_update(tmp_path):
    got = dated_fact_findings(tmp_path, STORE, ARREST, ("Oct 4, 2025", "Oct 9, 2025"), "custody")
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "custody · suspect")]
    assert got[0]["reason"].startswith("An update") and "have been caught" in got[0]["reason"]


CHARGED = ("Teen charged in Birch Road shooting\n\n{date}A 16-year-old was charged as an adult on Monday with four "
           "counts of attempted murder in the shooting of four teens on Birch Road in Marlow.\n")
DROPPED = ("Charges dropped in Birch Road shooting\n\n{date}The attempted murder charges against a 16-year-old in "
           "the shooting of four teens on Birch Road in Marlow were dropped on Friday, court records show.\n")


def test_a_charge_then_charges_dropped_is_a_difference_told_as_a_drop(tmp_path):
    got = dated_fact_findings(tmp_path, CHARGED, DROPPED, ("Aug 3, 2025", "Aug 12, 2025"), "charged")
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "charged · suspect")]
    assert got[0]["reason"].startswith("The later reports say the charges were dropped")


PENDING = ("Boy, 3, hurt in Oak Lane shooting\n\n{date}A boy, 3, was shot in the leg at a home on Oak Lane in Marlow "
           "on Sunday. The chief said charges against the two adults are pending.\n")
GUILTY = ("Man guilty in Oak Lane shooting\n\n{date}A man from Marlow is guilty of child endangerment after a boy, 3, "
          "was shot in the leg at his home on Oak Lane, a judge ruled on Thursday.\n")


def test_charges_pending_then_a_guilty_finding_is_an_update(tmp_path):
    got = dated_fact_findings(tmp_path, PENDING, GUILTY, ("Mar 2, 2025", "Sep 18, 2025"), "charged")
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "charged · suspect")]
    assert got[0]["reason"].startswith("An update") and "are pending" in got[0]["reason"]


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
                             "MORE: Boy hurt in Cedar Court fall"]
    # a headline in title case, every word capitalised, is another story's too; a short name is not
    title = text.replace("Woman held after Pine Road stabbing", "Man Held After Two Hurt In Pine Road Crash")
    assert _masked(title)[0] == "Man Held After Two Hurt In Pine Road Crash"
    # a link to the same story's earlier coverage is kept: its figures are this event's
    assert "[PREVIOUS: Three teens taken to hospital]" not in _masked(text)


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


def test_a_weapon_that_discharged_at_a_time_gives_the_shootings_time(nlp):
    said = partial(_facts, nlp, "time")
    assert said("Deputies are questioning a boy who was in the garage where the rifle discharged near 5 p.m. Sunday.") == [
        ("event", "5 p.m.")]
    # a patient discharged from hospital: another moment
    assert said("The boy was discharged from the hospital around 5 p.m. Sunday.") == [("other", "5 p.m.")]


def test_a_rifle_discharged_at_5_against_a_shot_at_3_differs(tmp_path):
    a = ("Boy, 15, dies after shot at Yew Court home\n\nA boy, 15, died on Sunday. Deputies are questioning a boy who "
         "was in the garage on Yew Court in Marlow where the rifle discharged near 5 p.m. Saturday.\n")
    b = ("Boy, 15, hurt at Yew Court home\n\nA boy, 15, was wounded in a garage on Yew Court in Marlow. "
         "Deputies said the boy was shot near 3 p.m. Saturday.\n")
    got = [f for f in report_of(tmp_path, {"a.txt": a, "b.txt": b})["findings"]
           if f["kind"] == "fact" and f["measure"] == "time"]
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "time · shooting")]
