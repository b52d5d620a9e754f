"""Session 37, upd55 (issue 13, careful reading rounds 40-54: updates missed): the charges a page
names as filed, and a page that tells a later stage of the case (an indictment, new charges, a
charge as an adult) and names charges another page's fewer charges do not, read as charges added
or raised between the reports. Sentences of our own."""

from __future__ import annotations

import pytest
from conftest import dated_fact_findings, findings_of, report_of

from reconcile.facts import charges_named


@pytest.mark.parametrize(("sentence", "keys"), [
    ("Tomas Reyl, 31, was charged with child endangering and negligent homicide in the death of his son.",
     {"child endangering", "negligent homicide"}),
    ("She faces homicide charges and a count of tampering with evidence.", {"murder", "obstruction"}),
    ("Rhea Tams was jailed on one tentative count of reckless homicide.", {"reckless homicide"}),
    ("The man was charged with attempted second-degree murder.", {"attempted murder"}),
    # the case's own words after the list, a negation or a modal: no charge
    ("He was charged with obstruction in the murder of his cousin.", {"obstruction"}),
    ("The neighbour was not charged with murder, police said.", set()),
    ("The boy could face charges of arson, a detective said.", set()),
    ("Deputies arrested him for the murder of a clerk.", set()),
])
def test_charges_named(sentence, keys):
    assert charges_named(sentence) == keys


FIRST = ("{date}Father charged after girl shot on Alder Lane\n\n"
         "A 3-year-old girl was killed by a gun left on a table at a home on Alder Lane on Sunday. "
         "Police arrested her father, Owen Platt, 29, and charged him with child endangering.\n")
LATER = ("{date}Alder Lane father back before a judge\n\n"
         "The father of a 3-year-old girl killed by a gun left on a table on Alder Lane was {stage} on Tuesday. "
         "Owen Platt, 29, is charged with child endangering and {charge}.\n")


def _named(tmp_path, stage: str = "indicted by a grand jury", charge: str = "negligent homicide",
           dates: tuple[str, str] = ("May 4, 2025", "May 20, 2025")) -> list[dict]:
    return [f for f in dated_fact_findings(tmp_path, FIRST, LATER.replace("{stage}", stage).replace("{charge}", charge),
                                             dates, "charges")
            if f["subject"] == "charges · named"]


def test_charges_added_at_an_indictment_are_an_update(tmp_path):
    (f,) = _named(tmp_path)
    assert f["status"] == "differ"
    assert f["reason"].startswith("An update")
    assert "negligent homicide added or raised" in f["reason"] and "'indicted'" in f["reason"]


def test_no_later_stage_or_the_same_charges_or_the_dates_reversed_give_nothing(tmp_path):
    # two pages of one stage that list more or fewer charges tell no change
    assert not _named(tmp_path / "stage", stage="in court")
    assert not _named(tmp_path / "same", charge="child endangering")
    # the page of the later stage is dated before the other: no update
    assert not _named(tmp_path / "dates", dates=("May 20, 2025", "May 4, 2025"))
    # a page that tells a sentence names what he was convicted of, not charged with
    assert not _named(tmp_path / "court", stage="sentenced to two years")


def test_a_preliminary_charge_against_the_charges_filed(tmp_path):
    first = ("Man held in Corley Street shooting\n\n"
             "A man of 20 died after being shot on Corley Street on Monday. Detectives booked Jalen Moss, 19, "
             "under a preliminary reckless homicide charge.\n")
    later = ("Moss charged in Corley Street death\n\n"
             "Prosecutors have filed their case against Jalen Moss, 19, over Monday's death on Corley Street. "
             "He faces charges of reckless homicide and carrying a handgun without a license.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": later})
    (f,) = findings_of(rep, subject="charges · named")
    assert "gun added or raised" in f["reason"] and "'preliminary'" in f["reason"]


DETAINED = ("Youth held after Fenwick Road shooting\n\n"
            "Gunfire in a yard on Fenwick Road on Friday left a teenager of 15 dead. {held}\n")
CHARGED = ("Fenwick Road teen faces manslaughter count\n\n"
           "Prosecutors on Monday charged Kellan Ruiz, 14, with involuntary manslaughter over Friday's killing "
           "on Fenwick Road.\n")


def _detained_rows(tmp_path, held: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": DETAINED.format(held=held), "b.txt": CHARGED})
    return findings_of(rep, subject="charged · detained")


def test_someone_detained_against_a_charge(tmp_path):
    (f,) = _detained_rows(tmp_path, "Officers detained Kellan Ruiz, 14, while they looked into the shooting.")
    assert f["status"] == "differ"
    assert "someone detained, not charged (a.txt" in f["reason"] and "against charges (b.txt" in f["reason"]
    # an arrest is the custody rows' (held and charged agree), a person of interest the interest row's
    assert not _detained_rows(tmp_path / "arrest", "Officers arrested Kellan Ruiz, 14, at the scene.")
    assert not _detained_rows(tmp_path / "poi", "Officers detained a person of interest, Kellan Ruiz, 14.")
