"""Rows read wrong in session 63, from known wrong findings and the careful readings of rounds
142 to 145. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import fact_moments, one_article_tolls, persons_by_name, report_of


def test_the_others_arrested_are_others_beside_one_held(tmp_path):
    # the others held after the one the page is about, herself charged: four in all
    text = ("Hearing for mother of slain boy delayed\n\nLINDEN -- Rosa Vale, the mother of a 6-year-old boy who died "
            "in a shooting May 2, is charged with obstruction of justice and had her hearing delayed on Monday.\n\n"
            "Three others arrested in the case are due in court next month.\n")
    assert one_article_tolls(tmp_path, "a", text)["arrested"] == (4, 4)


def test_others_arrested_beside_a_named_man_count_him(tmp_path):
    text = ("A man was shot dead on Friday on Elm Street in Linden. Police arrested Tom Baker and two others on "
            "Saturday.\n")
    assert one_article_tolls(tmp_path, "a", text)["arrested"] == (3, 3)


def test_one_who_will_have_a_preliminary_hearing_is_held(nlp):
    # a defendant's hearing to come; a detective who testified at one is no suspect
    text = ("A 7-year-old girl, Ann Lee, was shot dead on May 20. Detective Tom Hale had testified at the preliminary "
            "hearing that the rifle was loaded. Mark Bell, 30, a neighbor, will have a preliminary hearing "
            "next week on a weapons charge.")
    got = persons_by_name(nlp, text)
    assert (got["Mark Bell"]["role"], got["Mark Bell"]["outcome"]) == ("suspect", "arrested")
    assert got["Tom Hale"]["role"] != "suspect"


def test_an_arrest_on_outstanding_warrants_is_no_arrest_of_the_event(tmp_path):
    text = ("Man hurt when car flips after fight\n\nA man was shot in the leg Sunday after a fight on Oak Place in "
            "Linden, police said. The car he rode in later ran off the road.\n\nOne of the passengers, Tim Ward, 24, "
            "of Dover, was arrested on outstanding warrants from Kent County.\n")
    assert "arrested" not in one_article_tolls(tmp_path, "a", text)


def test_a_name_after_an_unnamed_member_of_the_list_of_victims_shares_the_list(nlp):
    # the parser hangs 'an unnamed girl' on the name before it, the last name on that noun, and the
    # last name's own clause on the girl: the gunman is among the dead the list names
    text = ("Officials in Linden named the victims of the deadly shooting on Sunday at a Linden motel. Police said "
            "the victims are: Erica Smith, 21, Paula Nino, 20, an unnamed two-year-old girl, and Roberto Vidal, 20, "
            "who neighbors said was the shooter.")
    got = persons_by_name(nlp, text)
    assert (got["Roberto Vidal"]["role"], got["Roberto Vidal"]["outcome"]) == ("suspect", "killed")
    assert got["Paula Nino"]["outcome"] == "killed"


def test_a_named_suspect_behind_bars_is_held(tmp_path):
    # 'behind bars on charges' tells the named man held: the page's arrested column counts him
    text = ("Father shot dead in driveway\n\nA 63-year-old man was shot dead in the driveway of his home in Linden on "
            "Friday. His daughter said the two men had worked together. Dale Voss, 35, is now behind bars, charged "
            "with manslaughter in his death.\n")
    assert one_article_tolls(tmp_path, "a", text)["arrested"] == (1, 1)  # and no one else (session 78)


@pytest.mark.parametrize("text,times", [
    # 'Noon' in a name after a capitalised word is no clock time
    ("A man was shot at 3:15 p.m. Sunday at the Big Noon Rifle Club.", [("event", "3:15 p.m.")]),
    ("Shots rang out just after noon on Sunday.", [("event", "noon")]),
    ("Midnight shooting leaves one dead", [("event", "Midnight")]),
])
def test_a_capitalised_noon_in_a_name_is_no_time(nlp, text, times):
    assert fact_moments(nlp, "time", text) == times


@pytest.mark.parametrize("text,held", [
    ("Dale Voss remains in the county jail on a $50,000 bond.", [("held", "remains in the county jail")]),
    ("Ida Crane is locked up in the Elm County Jail on a robbery count.",
     [("held", "locked up in the Elm County Jail")]),
    # a record, and a thing locked up: no one held
    ("He has been in and out of jail for years.", []),
    ("The gun was locked up in a safe.", []),
])
def test_a_stay_in_jail_tells_someone_held(nlp, text, held):
    doc = nlp(text)
    assert [(f["moment"], text[f["start"]:f["end"]]) for f in doc._.facts if f["attr"] == "custody"] == held


def test_a_time_on_the_twenty_four_hour_clock_is_no_duration(tmp_path):
    # a police release's '2200 hours' is a clock time: no duration to set against 'two or three months'
    text = ("Shooting at party on Park Avenue\n\nThe dance began at approximately 2200 hours, a police release said. "
            "At approximately 2239 hours, officers were called to the hall, where five people were shot. The man "
            "was sentenced to 2,200 hours of community service for a past offence.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert [c["text"] for c in rep["claims"] if c["kind"] == "quantity" and c.get("unit") == "hour"] == ["2,200 hours"]


@pytest.mark.parametrize("text,groups", [
    # detained, but not known to be tied to the shooting: taken in, not held for it
    ("Deputies detained three boys a block away, but it was not clear if they were connected to the attack. "
     "No one has been arrested.", ["questioned", "none"]),
    ("Deputies detained two men nearby, but it was unclear whether they were involved.", ["questioned"]),
    ("Police briefly detained a neighbor on Monday; his connection to the case has not been determined, a "
     "spokesman said.", ["questioned"]),
    # the doubt is about the shooting's motive, not the arrest
    ("Police arrested a man on Friday; it is unclear if the shooting was gang related.", ["held"]),
])
def test_a_detention_whose_link_is_unclear_is_no_arrest(nlp, text, groups):
    assert [f["moment"] for f in nlp(text)._.facts if f["attr"] == "custody"] == groups


def test_a_year_more_in_a_story_of_this_past_summer_is_a_birthday(tmp_path):
    # the follow-up tells the shooting 'this past summer' and new charges: the suspect a year older there
    first = ("Man held in Elm Street shooting\n\nPolice arrested Dale Voss, 24, on Monday in the shooting that killed "
             "a woman on Elm Street in Linden on Saturday. He was charged with murder.\n")
    later = ("Elm Street gunman indicted\n\nA grand jury on Tuesday added four assault counts against Dale Voss, 25, "
             "who was charged with murder this past summer after a woman was shot dead on Elm Street in Linden.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": later})
    assert not [f for f in rep["findings"] if f["kind"] == "person" and f["measure"] == "age" and f["status"] == "differ"]


def test_an_entity_with_an_age_after_it_is_told_as_a_person(nlp):
    # the recogniser takes this misspelt name for a place; the age set off by commas tells a person
    from reconcile.extract.scope import told_as_person
    doc = nlp("Partick McFarland, 60, was shoveling snow outside his home in March when he was shot.")
    ent = next(e for e in doc.ents if e.text == "Partick McFarland")
    assert ent.label_ in ("GPE", "LOC", "FAC") and told_as_person(ent.root)


def test_a_wounded_count_that_names_the_gunman_agrees_with_one_less(tmp_path):
    # one page counts the wounded gunman among the wounded, the other the officer he hit alone
    a = ("Officer killed on Elm Street\n\nA gunman killed a Linden police officer and wounded a second "
         "officer and a suspect during a traffic stop on Elm Street late Thursday, police said.\n")
    b = ("Linden officer dies after traffic stop\n\nOne Linden police officer was killed and one officer was wounded "
         "during a traffic stop on Elm Street late Thursday. The gunman was shot and taken into custody.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert not [f for f in rep["findings"] if f["measure"] == "injured" and f["status"] in ("differ", "conflict")]


@pytest.mark.parametrize("text,groups", [
    # charges sent on to trial after a preliminary hearing: a charge standing
    ("At the hearing the teen was ordered held for court on all charges.", ["charged"]),
    ("All charges against the father were held for court.", ["charged"]),
])
def test_charges_held_for_court_are_a_charge(nlp, text, groups):
    assert [f["moment"] for f in nlp(text)._.facts if f["attr"] == "custody"] == groups
