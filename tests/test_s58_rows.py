"""Rows read wrong in session 58: a wounded man who testified at the trial given as one of the
dead. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import account_of, one_article_tolls, people_names, persons_by_name, quantities_of, report_of


TRIAL = ("A man was killed and another man was wounded in the shooting outside a bar on Pine "
         "Street in March. At the trial, Gil Ortez {verb} Tuesday that he was shot in the hip and the leg.")


@pytest.mark.parametrize("verb,outcome", [
    ("testified", "injured"),
    # no telling of it afterwards: the article's dead, whom no name accounts for, may be his, as before
    ("learned", "killed"),
])
def test_one_who_testified_lived(nlp, verb, outcome):
    assert persons_by_name(nlp, TRIAL.format(verb=verb))["Gil Ortez"]["outcome"] == outcome


OFFICER = ("Police said a man was shot and killed on Main Street on Sunday. The department identified "
           "the {noun} as 45-year-old Ray Dunn. Dunn has been with the department for 10 years.")


@pytest.mark.parametrize("noun,role", [
    ("officer who shot at the suspect", "official"),
    # the noun's clause makes him the one who fired, as before
    ("man who shot him", "suspect"),
    # the one who died, as before
    ("man who died", "victim"),
])
def test_identified_noun_with_a_relative_clause_names_the_noun(nlp, noun, role):
    assert persons_by_name(nlp, OFFICER.format(noun=noun))["Ray Dunn"]["role"] == role


FOUND = ("Deputies were called to a home on Elm Street in Quincy early Sunday. When they arrived they "
         "found 17-year-old Tom A. Ames, from Quincy, dead and another man, 20-year-old Luis E. Nava of "
         "Ephrata, wounded. The wounded man was taken to a hospital in Spokane.")


def test_found_dead_after_a_place_and_another_wounded(nlp):
    # 'dead' after the name's place is the first man's, though the parser makes him the
    # subject of the second man's 'wounded'
    got = persons_by_name(nlp, FOUND)
    assert (got["Tom A. Ames"]["outcome"], got["Luis E. Nava"]["outcome"]) == ("killed", "injured")



WIFE = ("Police: Elm City dad fatally shot twin daughters, himself\n\n"
        "Police said Sunday Randy Corra, left, fatally shot daughter 16-year-old Bree, and wounded his "
        "wife, Farah, before killing himself Friday at his home. Bree's twin sister, Tia, also was "
        "killed.\n\nThe girls' mother, Farah S. Corra, 46, was shot in the legs and is in stable "
        "condition, police said.\n\nOfficers were dispatched after both Farah and Randall Corra called "
        "police.\n\nIn recordings of the 911 calls, Farah Corra can be heard screaming.\n")


def test_first_name_then_full_name_is_one_person(nlp):
    # the wife named first by her first name alone, then in full with a middle initial, then
    # without it: one person, not two
    got = [r for r in persons_by_name(nlp, WIFE) if r.startswith("Farah")]
    assert got == ["Farah S. Corra"]


DETAINED = ("Man killed, two hurt in shooting near Elm Street\n\n"
            "A man was killed and two people were wounded in a shooting near Elm Street on Saturday night, "
            "police said.\n\nOfficers were seen detaining several teens near the scene, but it was not clear "
            "if they were connected to the shooting.\n\n{after}\n")


@pytest.mark.parametrize("after,arrested", [
    ("No arrests were reported.", (0, 0)),
    # the page says nothing of arrests: those detained are its word on custody, as before
    ("The investigation continues.", (3, 9)),
])
def test_detained_beside_no_arrests_is_no_arrest_count(tmp_path, after, arrested):
    assert one_article_tolls(tmp_path, "a", DETAINED.format(after=after)).get("arrested") == arrested


@pytest.mark.parametrize("text,want", [
    ("A father fatally shot his twin daughters and then himself Friday in their home.", [(3, "killed")]),
    ("Twin sisters were killed and their mother was wounded.", [(2, "killed"), (1, "injured")]),
    # no harm told of them: no count
    ("He has twin daughters, police said.", []),
])
def test_twins_are_two(nlp, text, want):
    assert [(v[0], m) for _, v, m in quantities_of(nlp, text)] == want


@pytest.mark.parametrize("text,place", [
    # a road named for a man, which the recogniser calls a person: the road, not the highway after it
    ("All four bodies were found Wednesday on Ralph Boyles Road off Highway 66 northeast of King.",
     "Ralph Boyles Road"),
    # a headline's place run into the station's name after a dash
    ("POLICE: Quadruple homicide in Waynesville - WQRB 41 Louisville News", "Waynesville"),
])
def test_place_of_a_figure(nlp, text, place):
    assert [q.get("place") for q in nlp(text)._.quantities if q["measure"] == "killed"] == [place]


EARLIER = ("Man shot dead outside Bronx deli\n\n"
           "A man was shot and killed outside a deli on Elm Avenue early Sunday, police said.\n\n"
           "Police said the gunman fled on foot. No arrests have been made.\n\n"
           "{lead}, a 32-year-old man was shot to death outside the same deli.\n")


@pytest.mark.parametrize("lead,why", [
    ("A month earlier", "other event"),
    # minutes before: the same night's spree, kept (no reason)
    ("Minutes earlier", None),
])
def test_a_death_a_month_earlier_is_another_case(tmp_path, lead, why):
    (tmp_path / "x").mkdir()
    rep = report_of(tmp_path / "x", {"a.txt": EARLIER.format(lead=lead)})
    claims = {c["id"]: c for c in rep["claims"]}
    aside = {claims[x["claim"]]["text"]: x["why"] for x in account_of(rep, "a")["set_aside"]}
    assert aside.get("a 32-year-old man") == why


RECALLED = ("Girl hurt by stray bullet on Elm Street\n\n"
            "A 16-year-old girl was shot in the thigh while walking on Elm Street on Wednesday night, police "
            "said. She was listed in stable condition.\n\n"
            "It was the third shooting of a teen by a stray bullet in four days, police said.\n\n"
            "Shortly before midnight Sunday, 16-year-old Cy Moss was killed by a stray bullet at a cookout "
            "on Pine Street.\n\n"
            "Police said Ray Dunn, 17, was charged with aggravated assault in the Elm Street shooting.\n")


def test_a_case_recalled_keeps_its_people_out(tmp_path):
    (tmp_path / "x").mkdir()
    rep = report_of(tmp_path / "x", {"a.txt": RECALLED, "b.txt": RECALLED.replace("Ray Dunn, 17,", "A teen")})
    claims = {c["id"]: c for c in rep["claims"]}
    aside = [x["why"] for x in account_of(rep, "a")["set_aside"] if claims[x["claim"]]["line"] == 7]
    assert aside and set(aside) == {"a case recalled"}
    assert "Cy Moss" not in people_names(rep) and "Ray Dunn" in people_names(rep)


@pytest.mark.parametrize("where,place", [("Twitter.com/jdoe", None), ("Elmwood", "Elmwood")])
def test_a_web_address_is_no_place(nlp, where, place):
    # the recogniser may call a reporter's web address a place (made so here): no place of the figure
    from spacy.tokens import Span

    from reconcile.extract.scope import scope_of
    doc = nlp(f"Three people were shot in {where} on Sunday.")
    at = next(t.i for t in doc if t.text.startswith(where[:4]))
    end = next(t.i for t in doc if t.text == "on")
    doc.ents = [e for e in doc.ents if e.end <= at or e.start >= end] + [Span(doc, at, end, label="GPE")]
    doc.user_data.clear()
    assert scope_of(list(doc))[0] == place


@pytest.mark.parametrize("text,want", [
    ("Police have not made any arrests in the case.", [((0, 0, 0), "arrested")]),
    # 'any' under a verb that is not negated counts nothing
    ("Police asked whether any arrests had been made.", []),
])
def test_not_any_arrests_is_none(nlp, text, want):
    assert [(v, m) for _, v, m in quantities_of(nlp, text)] == want


def test_not_any_injuries_of_one_man_is_no_count(nlp):
    # one man's 'did not sustain any injuries' is no count of the hurt
    text = "A man also had a bullet hole in his clothing but did not sustain any physical injuries."
    assert [m for _, _, m in quantities_of(nlp, text) if m == "injured"] == []


@pytest.mark.parametrize("body,place", [
    ("A 14-year-old boy was shot and killed Sunday night. Officers were called to the 4800 block of "
     "Ryan Road at about 9 p.m. and found the boy in the yard.", "4800 block of Ryan Road"),
    ("A 14-year-old boy was shot and killed Sunday night. The shooting happened at a home on Culps "
     "Bend Road, deputies said.", "Culps Bend Road"),
])
def test_a_source_place_from_the_scene_address(tmp_path, body, place):
    (tmp_path / "x").mkdir()
    rep = report_of(tmp_path / "x", {"a.txt": "Boy, 14, killed\n\n" + body + "\n"})
    assert account_of(rep, "a")["place"] == place


def test_gallery_words_before_a_name_are_no_part_of_it(nlp):
    text = ("Man kills brother in shootout with armed intruder Photos Related Photos Ray Dunn Jr.\n\n"
            "Ray Dunn Jr. was charged with homicide Friday.")
    assert [r["name"] for r in nlp(text)._.persons] == ["Ray Dunn"]


@pytest.mark.parametrize("text,address", [
    ("He was walking in the 2300 block of W. St. Gertrude when he was shot.", "2300 block of W. St. Gertrude"),
    ("He was shot in the 400 block of St. Charles Avenue on Sunday.", "400 block of St. Charles Avenue"),
    # the street word at the end of a name, a sentence after it: as before
    ("He was shot in the 400 block of Elm St. Police said he died.", "400 block of Elm St."),
])
def test_saint_in_a_street_name(nlp, text, address):
    doc = nlp(text)
    assert [text[f["start"]:f["end"]] for f in doc._.facts if f["attr"] == "address"] == [address]


def test_nine_detained_one_arrested(tmp_path):
    text = ("Four hurt in Elmwood house party shooting\n\n"
            "Four people were wounded when gunfire broke out at a house party in Elmwood late Saturday, "
            "police said.\n\n"
            "The nine people from Dayton have all been detained by police, and one of them has since "
            "been arrested.\n")
    assert one_article_tolls(tmp_path, "a", text).get("arrested") == (1, 1)


BRIEF_A = ("Gunman sought after two killed at Elm Street church\n\n"
           "Two people were shot and killed inside a church on Elm Street on Wednesday night, police said.\n\n"
           "A man was {how}detained at a gas station on Pine Street. He had a backpack near where he was "
           "detained.\n\nOfficers scoured the area for the gunman.\n")
BRIEF_B = ("Man charged in Elm Street church killings\n\n"
           "Ray Dunn, 21, was charged with two counts of murder in the shooting at a church on Elm Street, "
           "police said.\n")


@pytest.mark.parametrize("how,row", [("briefly ", False), ("", True)])
def test_briefly_detained_is_no_side_of_the_charge_row(tmp_path, how, row):
    (tmp_path / "x").mkdir()
    rep = report_of(tmp_path / "x", {"a.txt": BRIEF_A.format(how=how), "b.txt": BRIEF_B})
    assert any(f["subject"] == "charged · detained" for f in rep["findings"]) == row


def test_a_state_is_no_other_place_than_its_town(tmp_path):
    text = ("Four found shot dead in Tulsa apartment\n\n"
            "Four people were killed in Tulsa on Sunday, police said.\n\n"
            "Officials in Oklahoma said four people were found shot dead at the apartment.\n")
    (tmp_path / "x").mkdir()
    rep = report_of(tmp_path / "x", {"a.txt": text})
    claims = {c["id"]: c for c in rep["claims"]}
    whys = {claims[x["claim"]]["text"]: x["why"] for x in account_of(rep, "a")["set_aside"]}
    assert whys.get("four") != "another place"


@pytest.mark.parametrize("after,outcome", [
    ("Dunn is seriously wounded but is expected to survive.", "injured"),
    # nothing of his own says he lived: the group's word holds, as before
    ("Dunn joined the department in 2008.", "killed"),
])
def test_one_of_a_group_gunned_down_who_is_expected_to_survive(nlp, after, outcome):
    text = ("Two officers were shot during a traffic stop on Elm Street late Thursday. At a briefing Friday, "
            "the chief identified the officers who were gunned down as Ada Pell, 43, and Ray Dunn, 32. "
            "Pell died from wounds suffered in the shooting. " + after)
    assert persons_by_name(nlp, text)["Ray Dunn"]["outcome"] == outcome


@pytest.mark.parametrize("text,arrested", [
    ("Man killed on Elm Street\n\nA man was shot and killed on Elm Street on Sunday, police said.\n\n"
     "Ray Dunn, 41, is charged with homicide in the death of the man.\n", (1, 1)),  # no one else (session 78)
    # one man under two spellings of his surname is one held, not two
    ("Man killed on Elm Street\n\nA man was shot and killed on Elm Street on Sunday, police said.\n\n"
     "Raymond Dunnell, 41, and Sam Ortiz, 30, are charged with murder in the shooting.\n\n"
     "Raymond Dunell was held without bail.\n", (2, 2)),  # the two named, no one else held (session 77)
])
def test_suspects_named_charged_count_among_the_arrested(tmp_path, text, arrested):
    assert one_article_tolls(tmp_path, "a", text).get("arrested") == arrested
