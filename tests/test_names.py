"""Names spelled differently between outlets: what is a misspelling and what is one name
written two ways, and names compared wherever an article gives them (a victim, a speaker,
an official with a title). Names and sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from reconcile import pipeline
from reconcile.compare import _spelled_differently, mention_name_findings, person_findings
from reconcile.records import Account, Claim
from reconcile.text.names import first_name_slip


@pytest.mark.parametrize("a, b", [
    ("Jon Smyth", "Jon Smith"),                       # one letter of the surname
    ("Tamsin Orrell", "Tamsin Orell"),
    ("Corbin Dalesio", "Korbin Dalesio"),             # the first letter of a first name
    ("Marcell Ubanks", "Marcelle Ubanks"),            # a first name one letter short is a slip, not a shortening
    ("Ronal Vettori", "Ronald Vettori"),
    ("Leontyne Adair Mabry", "Leontine Mabry"),       # a middle name added, and the first name spelled otherwise
    ("Pruitt", "Desmond Pruett"),                     # a surname alone, spelled otherwise
    ("Rachel Orrell", "Rachael Orrell"),              # one name's spellings the nickname lists join
    ("Jonathan Orrell", "Jonathon Orrell"),
    ("Terry Vantongeren", "Terrie Vantongeren"),      # two letters apart, both only forms of a third name
    ("Jimmie Orrell", "Jimmy Orrell"),
    ("Ta'Nya Orrell", "Tanya Orrell"),                # a mark inside a word against one word (miss50)
    ("Dakarai O'Neal", "Dakarai Oneal"),
])
def test_misspellings(a, b):
    assert _spelled_differently([a, b])


@pytest.mark.parametrize("a, b", [
    ("Pruitt", "Desmond Pruitt"),                     # a surname alone against the full name
    ("Doug Fenner", "Douglas Fenner"),                # a shortened first name
    ("Joe Fenner", "Joseph R. Fenner"),               # a nickname, and a middle initial added
    ("Fred Anstey", "Freddy Lyle Anstey"),            # two forms of Frederick, a middle name added
    ("Charlie Anstey", "Charles Anstey"),             # a familiar form, two letters apart
    ("Jimmy Orrell", "James Orrell"),                 # a familiar form against the full one
    ("R. Anstey", "Robert Lyle Anstey"),              # an initial
    ("Dakarai O'Neal", "Dakarai ONeal"),              # a mark inside a word lost, the capital after it kept
    ("Dakarai O'Neal", "Dakarai O’Neal"),
    ("Ta'Nya Orrell", "Ta’Nya Orrell"),
    ("Ines Carver-Loy", "Ines Carver Loy"),           # a hyphen
    ("Ines Carver", "Ines Carver-Loy"),               # one form holds the other
    ("Tobias Wendt Jr.", "Tobias Wendt"),             # a suffix
])
def test_one_name_written_two_ways(a, b):
    assert not _spelled_differently([a, b])


def _claim(cid, source, kind, **kw):
    kw = {"text": "x", **kw}
    return Claim(id=cid, source=source, path=f"/x/{source}.txt", kind=kind, start=0, end=1,
                 sentence="x", line=1, **kw)


def test_a_speaker_and_a_victim_are_compared_by_name():
    claims = [
        _claim("a1", "a", "quote", speaker="Desmond Pemberton", text="We heard six shots"),
        _claim("b1", "b", "person", name="Desmond Pembton", role="victim"),
    ]
    accounts = [Account(source="a"), Account(source="b")]
    found = mention_name_findings(claims, accounts, {"a": "a.txt", "b": "b.txt"})
    assert [f.status for f in found] == ["differ"]
    assert "Desmond Pemberton" in found[0].reason and "Desmond Pembton" in found[0].reason
    assert set(found[0].claims) == {"a1", "b1"}


def test_organisations_and_names_already_reported_are_not_compared():
    claims = [
        _claim("a1", "a", "quote", speaker="Harlow County Sheriff Department"),
        _claim("b1", "b", "quote", speaker="Harlow County Sheriff's Department"),
        _claim("a2", "a", "person", name="Jon Smyth"),
        _claim("b2", "b", "role", person="Jon Smith", title="Lieutenant"),
    ]
    accounts = [Account(source="a"), Account(source="b")]
    names = {"a": "a.txt", "b": "b.txt"}
    assert [f.subject for f in mention_name_findings(claims, accounts, names)] == ["Jon Smyth"]
    assert mention_name_findings(claims, accounts, names, reported=["Jon Smith"]) == []


def test_a_source_that_writes_both_spellings_is_not_a_difference_between_outlets():
    claims = [
        _claim("a1", "a", "person", name="Jon Smyth"),
        _claim("a2", "a", "quote", speaker="Jon Smith"),
        _claim("b1", "b", "person", name="Jon Smith"),
    ]
    found = mention_name_findings(claims, [Account(source="a"), Account(source="b")], {"a": "a", "b": "b"})
    assert found == []


def test_a_source_that_writes_the_other_spelling_shorter_is_no_difference_either():
    # b writes 'Dorien Quist' once and 'Dorian Quist' later; a gives 'Dorian Vale Quist'
    claims = [
        _claim("a1", "a", "person", name="Dorian Vale Quist", role="victim"),
        _claim("b1", "b", "person", name="Dorien Quist", role="victim"),
        _claim("b2", "b", "quote", speaker="Dorian Quist", text="He was a quiet kid"),
    ]
    accounts, names = [Account(source="a"), Account(source="b")], {"a": "a", "b": "b"}
    assert mention_name_findings(claims, accounts, names) == []
    assert [f for f in person_findings(claims, accounts, names) if f.measure == "name"] == []
    # without b's second spelling, the two outlets differ
    assert [f.measure for f in person_findings(claims[:2], accounts, names)] == ["name"]
    # a nickname the source writes too is not the other's spelling ('Kathy' beside 'Katheryn')
    kin = [
        _claim("a1", "a", "person", name="Katheryn Pollard", role="victim"),
        _claim("a2", "a", "quote", speaker="Kathy Pollard", text="She was kind"),
        _claim("b1", "b", "person", name="Kathryn Pollard", role="victim"),
    ]
    assert len(mention_name_findings(kin, accounts, names)) == 1
    # and a third outlet writing a's spelling does not hide it
    claims = [*claims[:2], _claim("c1", "c", "person", name="Dorian Vale Quist", role="victim")]
    accounts, names = [*accounts, Account(source="c")], {**names, "c": "c"}
    assert [f.measure for f in person_findings(claims, accounts, names)] == ["name"]


def test_end_to_end_a_first_name_one_letter_short(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Man shot on Alder Road\n\nMarquise Ellery Dunmore, 20, was shot twice on Alder Road on Friday, "
        "Sgt. Hollis Brandt said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Shooting on Alder Road\n\nPolice said Marquis Dunmore, 20, was wounded on Alder Road on Friday.\n",
        encoding="utf-8")
    rep = pipeline.reconcile([tmp_path], pipeline.Options(jobs=1, cache=False))
    spelled = [f for f in rep.findings if f.status == "differ" and f.measure == "name"]
    assert len(spelled) == 1 and "Marquis Dunmore" in spelled[0].reason


# ---------------------------------------------------------------- first-name slips (text/names.py)

_FIRST = st.text(alphabet="abcdeijklmnorstuy", min_size=1, max_size=9)


@given(_FIRST, _FIRST)
def test_a_first_name_slip_is_symmetric_and_never_the_same_name_or_another_initial(a, b):
    assert first_name_slip(a, b) == first_name_slip(b, a)
    if a == b or a[0] != b[0] or min(len(a), len(b)) < 4:
        assert not first_name_slip(a, b)


def test_a_first_name_slip_is_a_letter_or_two_not_a_pet_form_or_a_sibling():
    assert first_name_slip("joaquin", "joakin")  # two letters in a long name
    assert first_name_slip("isaac", "issac")  # two letters swapped
    assert not first_name_slip("kathy", "katie")  # both pet forms of one name
    assert not first_name_slip("mario", "maria")  # only the last letter: a sister
    assert not first_name_slip("paul", "paula")  # a letter added at the end
    assert not first_name_slip("maria", "mazda")  # short words two letters apart
