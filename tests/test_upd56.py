"""Session 38, upd56 (issue 13, careful reading round 56: updates missed): a charging decision
said to rest with a prosecutor, or whether charges should be filed, read as charges still to
come; investigators unable to determine who fired read as no one held; and a page on which the
one who fired is not known against a page that names a suspect. Sentences of our own."""

from __future__ import annotations

import pytest
from conftest import custody_groups, dated_fact_findings, report_of

BODY = ("{date}Boy, 4, killed by a pistol on Quarry Lane\n\n"
        "A boy of 4 died on Monday after a pistol went off in his hands at a home on Quarry Lane in Fenwick. ")


@pytest.mark.parametrize(("sentence", "groups"), [
    ("It will be up to the county prosecutor to decide on any charges against the uncle.", ["pending"]),
    ("It is up to the DA's office whether charges are brought.", ["pending"]),
    ("Deputies are checking whether any charges should be filed against the owner of the pistol.", ["pending"]),
    ("Detectives said they could not establish who shot the farmhand.", ["none"]),
    ("Officers scoured the fields behind the farm for the gunman.", ["none"]),
    ("A description of the gunman has not been released.", ["none"]),
    # a search for evidence, and a held juvenile's name kept back, say nothing of custody
    ("Officers searched the house for evidence.", []),
    ("The name of the suspect has not been released.", []),
    # a sentence range in prison is no charging decision; which side fired first says nothing
    ("The uncle faces up to eight years behind bars if a jury convicts him on the charges.", []),
    ("Detectives could not establish who fired first.", []),
])
def test_charging_decisions_and_an_unknown_shooter(tmp_path, sentence, groups):
    rep = report_of(tmp_path, {"a.txt": BODY.format(date="") + sentence + "\n"})
    assert custody_groups(rep) == groups


LATER = ("{date}Uncle charged in Quarry Lane death\n\n"
         "The uncle of a boy of 4 killed on Quarry Lane in Fenwick was charged on Friday with "
         "involuntary manslaughter, prosecutors said.\n")


def test_a_decision_left_to_the_prosecutor_against_a_charge_is_an_update(tmp_path):
    first = BODY + "Police met with prosecutors on Tuesday. It will be up to the prosecutor to file any charges.\n"
    (f,) = dated_fact_findings(tmp_path, first, LATER, ("March 3, 2025", "March 20, 2025"), "charged")
    assert f["reason"].startswith("An update")
    # without it the first page says nothing of charges, and there is nothing to set against the charge
    bare = BODY + "Police met with prosecutors on Tuesday.\n"
    assert not dated_fact_findings(tmp_path / "x", bare, LATER, ("March 3, 2025", "March 20, 2025"), "charged")


FLASH = ("{date}Man shot on Wren Street\n\n"
         "A man was shot and killed on Wren Street in Halford on Saturday afternoon. "
         "There was no suspect description given.\n")
NAMED = ("{date}Police seek man in Wren Street killing\n\n"
         "Police in Halford are looking for a man accused in the killing of a 19-year-old on Wren Street on "
         "Saturday. Detectives identified the gunman as Tobias Renn, 24, and obtained a warrant for his arrest.\n")


def _named(tmp_path, first: str, later: str, dates: tuple[str, str]) -> list[dict]:
    return [f for f in dated_fact_findings(tmp_path, first, later, dates, "custody")
            if f["subject"] == "custody · suspect named"]


def test_no_suspect_description_against_a_suspect_named_is_an_update(tmp_path):
    (f,) = _named(tmp_path, FLASH, NAMED, ("May 3, 2025", "May 5, 2025"))
    assert f["reason"].startswith("An update")
    assert "no suspect" in f["reason"] and "Tobias Renn" in f["reason"]
    # told by the police's identification, not a name: its words are shown
    unnamed = NAMED.replace("Detectives identified the gunman as Tobias Renn, 24, and obtained a warrant for his arrest.",
                            "Detectives believe they have identified the man who fired from a passing car on Wren Street.")
    (f,) = _named(tmp_path / "words", FLASH, unnamed, ("May 3, 2025", "May 5, 2025"))
    assert "'identified the man who fired'" in f["reason"]


def test_no_suspect_named_or_the_victim_named_gives_nothing(tmp_path):
    # the later page names only the victim: nothing tells the shooter known
    victim = ("{date}Halford police name Wren Street victim\n\nPolice in Halford are investigating the killing of a "
              "19-year-old on Wren Street on Saturday. Police identified the victim as Tobias Renn, 19.\n")
    assert not _named(tmp_path, FLASH, victim, ("May 3, 2025", "May 5, 2025"))
    # the later page tells an arrest: the custody row's pair, not this one (nor where a third page tells it)
    held = NAMED.replace("and obtained a warrant for his arrest", "and arrested him on Sunday")
    assert not _named(tmp_path / "held", FLASH, held, ("May 3, 2025", "May 5, 2025"))
