"""Arrests of another matter kept out of the arrested toll (session 32, upd48, issue 13): a
victim held on an old warrant, people held on other charges and counted again as 'the four in
custody'; a warrant for an arrest against a later arrest, and no one held against a warrant;
an arraignment still to come against one done. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import account_tolls, check_json as _report, dated_fact_findings, news_folder as _folder

from reconcile.data import load

LEAD = ("Three hurt in Tansy Road shooting\n\nThree men were hit by gunfire near a tavern on Tansy Road in Orlow "
        "late Friday, police said. ")


def _tolls(tmp_path, text: str) -> dict:
    return account_tolls(_report(_folder(tmp_path, {"a.txt": LEAD + text + "\n"})), "a")


def test_a_victim_held_on_a_warrant_is_no_arrest_for_the_shooting(tmp_path):
    text = ("One of the wounded men was arrested Monday on a warrant from a burglary case in another county, "
            "deputies said. Prosecutors have filed nothing over the gunfire so far.")
    assert _tolls(tmp_path, text).get("arrested") in (None, (0, 0))
    text = ("Deputies arrested one of the victims on Monday. Kurt Falk was arrested without trouble at his home. "
            "A warrant was out for Kurt Falk, 24, after he missed a hearing on unrelated theft charges.")
    assert "arrested" not in _tolls(tmp_path / "b", text)
    example = load("accounts")["arrest_elsewhere"]["_victim_held_example"]
    assert "arrested" not in _tolls(tmp_path / "c", example)


def test_a_man_wounded_in_the_shooting_held_on_an_old_warrant_is_no_arrest(tmp_path):
    head = ("Man wounded in Tansy Road shooting arrested after leaving hospital\n\nA man wounded in the "
            "shooting on Tansy Road in Orlow was jailed on Monday on a warrant in an assault case from May.\n")
    tolls = account_tolls(_report(_folder(tmp_path, {"a.txt": head})), "a")
    assert "arrested" not in tolls


def test_a_suspect_held_for_the_shooting_beside_a_warrant_is_still_counted(tmp_path):
    # the one held is no victim: the warrant is the shooting's
    text = "Kurt Falk, 24, was arrested Monday on a warrant charging him with attempted murder in the shooting."
    assert _tolls(tmp_path, text)["arrested"] == (1, 1)  # the one named held (session 77: closed)


def test_people_held_on_other_charges_counted_again_are_no_arrests(tmp_path):
    text = ("Three persons of interest in the shooting have been arrested on un-related charges and warrants, "
            "police said. The three people in custody have lawyers and are not talking to detectives.")
    assert "arrested" not in _tolls(tmp_path, text)
    # a count of people held told on its own is still read
    assert _tolls(tmp_path / "b", "The three people in custody have lawyers, police said.")["arrested"] == (3, 3)


FIRST = ("Man killed on Birch Lane\n\n{date}A man was shot and killed on Birch Lane in Marlow on Saturday. "
         "Detectives got a homicide warrant for Dale Voss, 31, who has not been found.\n")
LATER = ("Suspect held in Birch Lane killing\n\n{date}Dale Voss, 31, was arrested Tuesday at a motel in Marlow "
         "in the killing of a man on Birch Lane.\n")


def test_a_warrant_and_no_one_held_then_an_arrest_is_a_custody_update(tmp_path):
    got = dated_fact_findings(tmp_path, FIRST, LATER, ("Oct 4, 2025", "Oct 8, 2025"), "custody")
    rows = [f for f in got if f["subject"] == "custody · warrant"]
    assert len(rows) == 1 and rows[0]["reason"].startswith("An update")
    assert "homicide warrant for" in rows[0]["reason"]


def test_no_one_held_then_a_warrant_is_a_charged_update(tmp_path):
    none = ("Man killed on Birch Lane\n\n{date}A man was shot and killed on Birch Lane in Marlow on Saturday. "
            "Nobody is in custody yet, the sheriff said.\n")
    got = dated_fact_findings(tmp_path, none, FIRST, ("Oct 4, 2025", "Oct 8, 2025"), "charged")
    assert [(f["subject"], f["reason"][:9]) for f in got] == [("charged · warrant", "An update")]
    # a search warrant is no warrant for an arrest
    search = FIRST.replace("got a homicide warrant for Dale Voss, 31, who has not been found",
                           "got a search warrant for a house on Birch Lane")
    assert dated_fact_findings(tmp_path / "b", none, search, ("Oct 4, 2025", "Oct 8, 2025"), "charged") == []


def test_awaiting_arraignment_then_arraigned_is_an_update(tmp_path):
    wait = ("Teen charged in Birch Lane killing\n\n{date}Prosecutors accused a boy of 16 of killing a neighbor "
            "in the Birch Lane gunfire in Marlow; he is awaiting arraignment.\n")
    done = ("Teen arraigned in Birch Lane killing\n\n{date}The boy, 16, was arraigned Monday, accused of killing "
            "a neighbor in the Birch Lane gunfire in Marlow.\n")
    got = dated_fact_findings(tmp_path, wait, done, ("Oct 4, 2025", "Oct 8, 2025"), "charged")
    assert [(f["subject"], f["reason"][:9]) for f in got] == [("charged · arraignment", "An update")]
    assert dated_fact_findings(tmp_path / "b", wait, wait, ("Oct 4, 2025", "Oct 8, 2025"), "charged") == []


def test_the_data_examples_read_as_their_entries_say():
    import re

    from reconcile.text.lexicon import any_of

    d = load("facts")["court"]
    w = d["arrest_warrant"]
    assert re.search(w["pattern"], w["example"], re.I) and not any_of(w["not"]).search(w["example"])
    assert any_of(d["arraignment_pending"]["words"]).search(d["arraignment_pending"]["example"])
    a = load("accounts")["arrest_elsewhere"]
    assert re.search(a["victim_held"], a["_victim_held_example"], re.I)
    assert re.search(a["of_the_event"], "Dale Voss was arrested Monday in the shooting on Birch Lane.", re.I)
