"""Session 40, upd58 (issue 13, careful reading round 58: updates missed): a charge told under
'will' ('will be charged with') read as a charge still to come, set against a later page's charge;
a bare passive release ('the boy was released Tuesday') read as a release from hospital in a
sentence that names a hospital, and a court page's 'at least one' wounded beside another page's
exactly one counted as one wounded person, so that the release row sets it against a first
report's 'still in the hospital'. Sentences of our own."""

from __future__ import annotations

import pytest
from conftest import fact_moments, findings_of, report_of


@pytest.mark.parametrize(("sentence", "moments"), [
    ("The cousin will be charged with reckless homicide, the chief said.", ["pending"]),
    ("Prosecutors said the driver will likely be formally charged on Monday.", ["pending"]),
    ("The man will not be charged, the prosecutor said.", []),  # a decision, not a charge to come
    ("The cousin was charged with murder on Friday.", ["charged"]),
])
def test_a_charge_under_will_is_still_to_come(nlp, sentence, moments):
    assert [m for m, _ in fact_moments(nlp, "custody", sentence)] == moments


@pytest.mark.parametrize(("sentence", "moments"), [
    ("The clinic would not discuss the hospital stay, but his aunt said the boy was released on Tuesday.",
     ["released"]),
    ("Medics drove the girl to a hospital, and she was released later that day.", ["released"]),
    ("The boy was released on Tuesday, his aunt said.", []),  # no hospital named: perhaps from custody
    ("The hospital said the boy's name was released on Monday.", []),
    ("He was treated at a hospital and was released on bond.", []),
    ("Police said the suspect was treated at the hospital and released.", []),
])
def test_a_bare_release_in_a_sentence_naming_a_hospital(nlp, sentence, moments):
    assert [m for m, _ in fact_moments(nlp, "condition", sentence)] == moments


WILL = ("Teen held after friend killed in Marlow\n\nPublished: March 3, 2025\n\n"
        "Officers arrested a man of 19 after his friend died of a gunshot in a Marlow home on Sunday. "
        "Tom Reed will be charged with felony offences, the police chief said.\n")
FILED = ("Marlow teen waives hearing\n\nPublished: March 20, 2025\n\n"
         "Tom Reed, 19, charged in the death of his friend in a Marlow home, appeared in court on Wednesday, "
         "where police filed more charges against him.\n")


def test_will_be_charged_then_charges_filed_is_an_update(tmp_path):
    (f,) = findings_of(report_of(tmp_path, {"a.txt": WILL, "b.txt": FILED}), subject="charged · suspect")
    assert f["status"] == "differ" and f["reason"].startswith("An update")
    assert "'will be charged'" in f["reason"]
    # both pages telling the charge: nothing
    charged = WILL.replace("will be charged", "was charged")
    assert not findings_of(report_of(tmp_path / "both", {"a.txt": charged, "b.txt": FILED}),
                           subject="charged · suspect")


HOSPITAL = ("Boy, 7, hurt in Marlow shooting\n\nPublished: June 2, 2025\n\n"
            "A boy of seven was still in the hospital on Monday, a day after a stray round hit him at a Marlow "
            "home, officers said.\n")
COURT = ("Marlow man in court over nephew's wound\n\nPublished: June 3, 2025\n\n"
         "A Marlow man appeared in court on Tuesday over the shooting that wounded his nephew. "
         "Doctors at the hospital gave no update; officers said the child was discharged early Tuesday.\n")


def test_still_in_hospital_then_released_is_an_update(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HOSPITAL, "b.txt": COURT})
    (f,) = findings_of(rep, subject="condition · released")
    assert f["status"] == "differ" and f["reason"].startswith("An update")
    assert "'still in the hospital'" in f["reason"]
    # the court page's release is of one of two wounded: nothing
    two = COURT.replace("wounded his nephew", "wounded his nephew and a neighbour")
    two_first = HOSPITAL.replace("A boy of seven was", "Two people were shot. A boy of seven was")
    assert not findings_of(report_of(tmp_path / "two", {"a.txt": two_first, "b.txt": two}),
                           subject="condition · released")


SHOT = ("Gunfire outside Marlow shop\n\nFour men were shot outside a Marlow shop on Wednesday afternoon, police said. "
        "One of them is in critical condition.\n")
DIED = ("Marlow shop worker dies\n\nA shop worker has since died of his wounds, officers said. Three other men "
        "were wounded in the gunfire outside the Marlow shop last Wednesday.\n")
