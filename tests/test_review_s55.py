"""The review of session 54, read in session 55: titles of two ranks, 'More charges are
possible', a speaker given by surname alone whose full name the entity recogniser misses.
Sentences, places and people are invented; end to end on the real model."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import check_json
from reconcile import extract
from reconcile.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def nlp():
    return extract.load()




def _two(tmp_path, a: str, b: str):
    (tmp_path / "one.txt").write_text(a)
    (tmp_path / "two.txt").write_text(b)
    return check_json(tmp_path)


SHOT = "One man was wounded in a shooting on Kestrel Avenue on Friday night, said {0} Nora Pell of the Alder Police.\n"


@pytest.mark.parametrize("t1,t2,status", [
    ("Sgt.", "Lt.", "differ"),
    ("Alder County Sheriff", "Chief Deputy", "differ"),
    ("Sgt.", "spokeswoman", "agree"),  # a sergeant may be the spokeswoman: one person, two sides
    ("Officer", "Sgt.", "agree"),  # 'officer' names anyone of the force
])
def test_two_ranks_are_two_titles(tmp_path, t1, t2, status):
    report = _two(tmp_path, SHOT.format(t1), SHOT.format(t2))
    roles = [f for f in report["findings"] if f["kind"] == "role" and f["subject"] == "Nora Pell"]
    assert [f["status"] for f in roles] == [status]


@pytest.mark.parametrize("sentence,status", [
    ("More charges are possible, the prosecutor said.", "charged"),
    ("Additional charges are likely.", "charged"),
    ("Charges are possible, the prosecutor said.", "pending"),
    ("Nell Voss was arrested and faces two counts of murder.", "charged"),
    ("Nell Voss could face two counts of murder.", "pending"),
])
def test_charges_more_to_come_and_counts_faced(nlp, sentence, status):
    doc = nlp(sentence)
    got = [f["moment"] for f in doc._.facts if f["attr"] == "custody" and f["moment"] != "held"]
    assert got == [status]


def test_more_charges_possible_is_no_one_uncharged(tmp_path):
    wire = ("Two killed in Alder tavern shooting\n\nALDER — Two people were killed early Saturday in a shooting at a "
            "tavern on Kestrel Avenue, police said. Nell Voss, 28, was arrested. He was charged with two counts of "
            "murder and was held at the county jail.\n")
    paper = ("Two dead in Alder tavern shooting\n\nTwo people died when gunfire erupted inside a tavern on Kestrel "
             "Avenue early Saturday, authorities said.\n\nNell Voss, 28, was arrested and faces two counts of murder. "
             "More charges are possible.\n")
    report = _two(tmp_path, wire, paper)
    assert not [f for f in report["findings"] if f["kind"] == "fact" and f["status"] in ("differ", "conflict")
                and "charged" in f["subject"]]


def test_a_surname_speaker_takes_the_full_name_of_the_page(nlp):
    doc = nlp('GREYLING, Nev. (AP) - Greyling County Sheriff Paulette Ingram said both gunmen were killed by '
              'deputies.\n\n"Our deputies ran toward the gunfire," Ingram said.\n')
    assert {q["speaker"] for q in doc._.quotes} == {"Paulette Ingram"}


def test_a_home_town_after_both_of_is_no_person(nlp):
    doc = nlp("Police identified the dead as Dara Quint, 24, and Lena Oakes, 31, both of Marlow Falls. "
              "The five wounded were taken to a hospital; two were in critical condition, she said.")
    assert {p["name"] for p in doc._.persons if p.get("name")} == {"Dara Quint", "Lena Oakes"}
    doc = nlp("The victim was Dara Quint, 24, of Marlow Falls.")
    assert {p["name"] for p in doc._.persons if p.get("name")} == {"Dara Quint"}


def test_the_dead_named_before_are_not_the_next_she(nlp):
    doc = nlp('MARLOW FALLS, Ohio, March 15, 2025 (AP) — Two people were killed early Saturday, police said.\n\n'
              'Police Chief Maria Okafor said the shooting happened at a tavern.\n\n'
              'Okafor identified the dead as Dara Quint, 24, and Lena Oakes, 31, both of Marlow Falls. '
              'The five wounded were taken to a hospital; two were in critical condition, she said.\n')
    speakers = [q["speaker"] for q in doc._.quotes]
    assert "Ohio" not in speakers and "Marlow Falls" not in speakers and "Lena Oakes" not in speakers
    assert speakers[0] == "police" and speakers[-1] == "Maria Okafor"


def test_open_counts_of_two_pages_outvote_one_page_s_count(tmp_path):
    lead = "{0} people were wounded in a shooting outside the Riverside Diner on Grant Avenue late Friday, police said.\n"
    for name, words in (("one", "Five"), ("two", "At least seven"), ("three", "At least eight")):
        (tmp_path / f"{name}.txt").write_text(f"{words} hurt in Dunmore shooting\n\nDUNMORE, Ohio — " + lead.format(words))
    report = check_json(tmp_path)
    got = report["event"]["tolls"]["injured"]
    assert (got["nominal"], got["low"], got["high"], sorted(got["sources"])) == (8, 8, None, ["three", "two"])


def test_a_page_with_no_gunfire_and_no_one_hurt_is_off_topic(tmp_path):
    (tmp_path / "wire.txt").write_text(
        "2 killed in Marlow Falls tavern shooting\n\nMARLOW FALLS, Ohio — Two people were killed and five others "
        "were wounded early Saturday when a man opened fire inside a tavern on Linden Street, police said. Officers "
        "arrested Nell Voss, 28.\n")
    (tmp_path / "paper.txt").write_text(
        "Two dead in Linden Street tavern shooting\n\nMARLOW FALLS, Ohio — Two people died and five were hurt when "
        "gunfire erupted inside a tavern on Linden Street early Saturday. Nell Voss, 28, was arrested.\n")
    (tmp_path / "council.txt").write_text(
        "Marlow Falls council approves Linden Street repaving\n\nMARLOW FALLS, Ohio — The Marlow Falls City Council "
        "voted 5-2 on Tuesday to approve a repaving project for Linden Street and three side streets. Council member "
        "Hal Brandt said the work would begin in May.\n")
    report = check_json(tmp_path)
    assert report["off_topic"] == ["council"]


def test_the_day_it_was_said_is_not_the_figure_s_day(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Festival shooting\n\nGREYLING, Nev. — Twelve people were killed and 61 were injured when gunmen opened fire "
        "at a festival on Saturday night, the sheriff's office said Sunday afternoon.\n\nThree people were killed, "
        "police said Sunday.\n")
    result = runner.invoke(app, ["claims", str(tmp_path / "a.txt"), "--format", "jsonl"])
    times = [(c["text"], c["scope"]["time"]) for c in map(json.loads, result.stdout.splitlines())
             if c["kind"] == "quantity" and c["measure"] in ("killed", "injured")]
    assert times == [("Twelve", "Saturday night"), ("61", "Saturday night"), ("Three", "Sunday")]


def test_a_warrant_out_for_one_of_two_charged_leaves_one_arrested(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Pair charged in teen's shooting death\n\nTwo men were charged on Tuesday in connection with last week's "
        "shooting death of a 15-year-old girl.\n\nCal Dorsey, 18, and Ray Vance, 19, fired into the girl's home on "
        "Dec. 13, the criminal complaint alleges.\n\nDorsey is in custody. A warrant has been issued for Vance's "
        "arrest. Both face a charge of first-degree reckless homicide. Vance also faces a charge of possession of a "
        "firearm by a felon.\n")
    (tmp_path / "b.txt").write_text(
        "Girl, 15, killed in shooting\n\nA 15-year-old girl was killed when someone fired into her home on Dec. 13, "
        "police said.\n")
    got = check_json(tmp_path)["event"]["tolls"]["arrested"]
    assert (got["low"], got["high"]) == (1, 1)


def test_a_warrant_read_as_someone_sought_is_no_footing_for_the_warrant_row():
    """The warrant in another case of a yearly roundup ('A warrant was issued for Friend's arrest')
    is read as someone sought since session 55; that reading is no other claim in its sentence, so
    the warrant row still needs one (gva-dev 494215: a wrong 'no one held against a warrant')."""
    from reconcile.facts import _court_told
    from reconcile.records import Claim

    sentence = "A warrant was issued for Friend's arrest."
    common = dict(source="a", path="a.txt", kind="fact", start=0, end=10, text="", sentence=sentence, line=3)
    court = Claim(id="a:1", **{**common, "text": "warrant"}, measure="court", group="warrant")
    sought = Claim(id="a:2", **{**common, "text": "warrant was issued for Friend's arrest"}, measure="custody",
                   group="sought")
    assert _court_told([court, sought], "warrant") == []
    held = Claim(id="a:3", **{**common, "text": "arrested"}, measure="custody", group="held")
    assert _court_told([court, sought, held], "warrant") == [court]


def test_a_count_given_earlier_and_revised_is_set_aside(tmp_path):
    from reconcile.accounts import SUPERSEDED, toll_claims
    from reconcile.pipeline import reconcile as run

    (tmp_path / "tv.txt").write_text(
        "12 dead in Greyling festival shooting\n\nGREYLING, Nev. — Twelve people were killed when gunmen opened fire at "
        "a festival on Saturday night, the sheriff's office said.\n\nThe sheriff's office had earlier put the death "
        "toll at 14 but revised it after two victims were found to have been counted twice.\n\nPolice initially said "
        "three people were hurt but later said two people were hurt.\n")
    report = run([tmp_path])
    claims = [c for c in report.claims if c.kind == "quantity"]
    aside = dict(toll_claims(claims)[1])
    by_text = {c.text: aside.get(c.id) for c in claims if c.measure in ("killed", "injured")}
    assert by_text["14"] == SUPERSEDED and by_text["three"] == SUPERSEDED
    assert by_text["Twelve"] is None and by_text["two"] is None  # the revised count


def test_a_revised_lower_count_is_an_update(tmp_path):
    (tmp_path / "wire.txt").write_text(
        "At least 14 killed in festival shooting\n\nGREYLING, Nev. — At least 14 people were killed when gunmen "
        "opened fire at a festival on Saturday night, officials said.\n")
    (tmp_path / "tv.txt").write_text(
        "12 dead in Greyling festival shooting\n\nGREYLING, Nev. — Twelve people were killed when gunmen opened fire at "
        "a festival on Saturday night, the sheriff's office said.\n\nThe sheriff's office had earlier put the death "
        "toll at 14 but revised it after two victims were found to have been counted twice.\n")
    killed = [f for f in check_json(tmp_path)["findings"] if f["kind"] == "quantity" and f["measure"] == "killed"
              and f["status"] != "unique"]  # (the 14 itself stays a claim: a unique one)
    assert [f["status"] for f in killed] == ["differ"] and "revised from '14'" in killed[0]["reason"]


def test_people_shot_on_a_page_with_no_death_against_dead_and_wounded(tmp_path):
    """A page that says nine people were shot and tells no death counts everyone hit: set against
    another's two dead and five wounded, the conflict says so, seven hit against nine, not five
    wounded against nine (review of session 54)."""
    (tmp_path / "wire.txt").write_text(
        "2 killed, 5 wounded at Linden Street tavern\n\nMARLOW FALLS, Ohio — Two people were killed and five others "
        "were wounded early Saturday when a man opened fire inside a tavern on Linden Street, police said.\n")
    (tmp_path / "witness.txt").write_text(
        "Witness: nine people shot at tavern\n\nMARLOW FALLS, Ohio — A witness to Saturday's shooting at the tavern on "
        "Linden Street said nine people were shot.\n")
    hurt = [f for f in check_json(tmp_path)["findings"] if f["kind"] == "quantity" and f["measure"] == "injured"
            and f["status"] != "unique"]
    assert [f["status"] for f in hurt] == ["conflict"] and "make 7 hit" in hurt[0]["reason"]


def test_several_arrested_against_four_is_no_difference(tmp_path):
    """Careful reading rounds 43 and 78: four arrested against a survivor page's 'several' arrested
    are the same arrests."""
    (tmp_path / "a.txt").write_text(
        "Four arrested in park shooting\n\nELM PARK — Police arrested four teenagers on Friday in the shooting of a "
        "boy at Alder Park on Monday.\n")
    (tmp_path / "b.txt").write_text(
        "Boy shot at Alder Park recovering\n\nELM PARK — The boy shot at Alder Park on Monday is recovering at home, "
        "his mother said. Several teenagers were arrested on Friday in the shooting, police said.\n")
    arrested = [f for f in check_json(tmp_path)["findings"] if f["kind"] == "quantity" and f["measure"] == "arrested"]
    assert [f["status"] for f in arrested] == ["agree"]


@pytest.mark.parametrize("sentence,held", [
    ("A father and son captured a monster alligator in Lake Moultrie on Tuesday.", False),
    ("Deputies captured the gunman after a short chase.", True),
])
def test_an_animal_captured_holds_no_one(nlp, sentence, held):
    """Careful reading round 79: a station page's list of other stories ('captured a monster
    alligator') gave a toddler's accidental death an arrest."""
    doc = nlp(sentence)
    assert any(f["attr"] == "custody" and f["moment"] == "held" for f in doc._.facts) is held


@pytest.mark.parametrize("sentence,measures", [
    ('"You didn\'t care about coming to my house to hurt my child," the mother said.', []),
    ("He came to the house to kill his wife, but she escaped through a window.", []),
    ("He drove to her home and killed her.", ["killed"]),
])
def test_an_infinitive_of_purpose_is_no_casualty(nlp, sentence, measures):
    """Careful reading round 79: a mother's 'coming to my house to hurt my child' was the page's
    only wounded count (one), where the page tells four survivors."""
    doc = nlp(sentence)
    assert [q["measure"] for q in doc._.quantities if q["measure"] in ("killed", "injured", "shot")] == measures
