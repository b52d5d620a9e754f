"""Session 41, upd59 (issue 13, careful reading round 58: updates missed): a named suspect sought
on one page ('detectives are looking for Dale Corby') and held or charged on another ('Dale Corby
was charged with murder'), compared per person (data/compare.json ``named_custody``). Sentences of our own."""

from __future__ import annotations

from dataclasses import replace

from conftest import findings_of, report_of

from reconcile.data import load
from reconcile.facts import _others_masked, _sentence_custody, _surname
from reconcile.records import Claim

NAMED = "custody · named suspect sought"


def _person(name: str) -> Claim:
    return Claim(id="a:person1", source="a", path="a.txt", kind="person", start=0, end=1, line=1, text=name,
                 sentence="", name=name)


def test_what_a_sentence_tells_of_one_named_suspect():
    surname = _surname([_person("Dale Corby")])

    def said(s: str) -> str | None:
        return _sentence_custody(s, surname, 12)

    one, other = load("compare")["named_custody"]["example"].split(" Another: ")
    assert said(one) == "sought"
    assert said(other) == "charged"
    assert said("Officers booked Corby into the county jail on Friday.") == "held"
    assert said("Corby, 20, remains at large, deputies said.") == "sought"
    assert said("Corby is wanted on a murder charge.") == "sought_charged"
    # the suspect searching, not searched for; a warrant cited as a document; both sides at once
    assert said("Corby was searching for his wife when deputies saw him.") is None
    assert said("The boy named Corby as the gunman, according to an arrest warrant.") is None
    assert said("Police arrested Ben Tate and are looking for Corby.") is None
    # a cue far from the name tells nothing of it
    assert said("Police are searching for another man, a friend of the family who once lived on the same "
                "street as the brothers and their cousin Corby.") is None


def test_a_relative_with_the_surname_is_no_mention():
    person = [_person("Dale Corby")]
    page = [*person, replace(_person("Nina Corby"), id="a:person2")]
    masked = _others_masked("Police are looking for Nina Corby, his sister.", person, _surname(person), page)
    assert _sentence_custody(masked, _surname(person), 12) is None
    assert "Dale Corby" in _others_masked("Police arrested Dale Corby.", person, _surname(person), page)
    # a capitalised word that is no one's given name leaves the surname a mention (the read of upd59)
    masked = _others_masked("After Corby was booked into the county jail, he asked for a lawyer.", person,
                            _surname(person), page)
    assert _sentence_custody(masked, _surname(person), 12) == "held"


def test_a_denied_arrest_or_charge_is_none():
    person = [_person("Dale Corby")]
    for s in ("Police said Dale Corby has not been arrested.", "Dale Corby, who has not yet been charged, spoke.",
              "Dale Corby hasn't been arrested, his lawyer said."):
        assert _sentence_custody(s, _surname(person), 12) is None, s
    assert _sentence_custody("Dale Corby was arrested on Friday.", _surname(person), 12) == "held"


SOUGHT = ("Manhunt after Fenn Road killing\n\nPublished: May 4, 2025\n\n"
          "A man was shot dead on Fenn Road in Larkfield on Saturday night, police said. "
          "Detectives said they are looking for Dale Corby, 20, a suspect in the killing.\n")
HELD = ("Man held in Fenn Road killing\n\nPublished: May 9, 2025\n\n"
        "A man was shot dead on Fenn Road in Larkfield on Saturday night, police said. "
        "Dale Corby, 20, was arrested on Thursday and booked into the Larkfield jail that night on a murder charge.\n")


def test_a_named_suspect_sought_then_held_is_an_update(tmp_path):
    (f,) = findings_of(report_of(tmp_path, {"a.txt": SOUGHT, "b.txt": HELD}), subject=NAMED)
    assert f["status"] == "differ" and f["reason"].startswith("An update")
    assert "Dale Corby sought" in f["reason"] and "'looking for'" in f["reason"]
    # both pages telling him held: nothing
    both = SOUGHT.replace("they are looking for", "they arrested")
    assert not findings_of(report_of(tmp_path / "both", {"a.txt": both, "b.txt": HELD}), subject=NAMED)
    # the one sought is a victim's relative of another name: nothing
    other = SOUGHT.replace("Dale Corby", "Ben Tate")
    assert not findings_of(report_of(tmp_path / "other", {"a.txt": other, "b.txt": HELD}), subject=NAMED)


def test_sought_on_a_charge_against_charged_is_no_change(tmp_path):
    wanted = SOUGHT.replace("they are looking for Dale Corby, 20, a suspect in the killing",
                            "Dale Corby, 20, is wanted on a murder charge, deputies said")
    charged = HELD.replace("was arrested on Thursday and booked into the Larkfield jail that night on a murder charge",
                           "was charged with murder on Thursday")
    assert not findings_of(report_of(tmp_path, {"a.txt": wanted, "b.txt": charged}), subject=NAMED)
    # but against his arrest, an update
    assert findings_of(report_of(tmp_path / "held", {"a.txt": wanted, "b.txt": HELD}), subject=NAMED)

