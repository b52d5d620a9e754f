"""Rows read wrong in session 62, from the people scorer's even-half rows and the careful
readings of rounds 126 to 129. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import account_of, account_toll, findings_of, persons_by_name, quantities_of, report_of


def test_a_first_name_before_a_hyphenated_surname_is_kept(nlp):
    # the recogniser leaves the first name out of 'Rey Ortiz-Lind'; a hyphen is no word of the name
    text = ("Man charged in shooting on NW Side\n\nCEDAR FALLS - Tomas Rey Ortiz-Lind, 36, has been arrested and "
            "charged in the shooting death of a 15-year-old girl on Monday. Ortiz-Lind is accused of killing her.")
    assert "Tomas Rey Ortiz-Lind" in persons_by_name(nlp, text)


def test_a_clause_of_its_own_subject_under_be_is_no_state_of_the_subject(nlp):
    # 'Whomever shot her grandson' is the gunman's clause, set before 'is': the grandmother is not hurt by it
    text = ("Tom Nolan, 30, was killed early Sunday at a bar on Elm Street.\n\n"
            "Whomever shot her grandson, Marta Nolan is willing to pardon them.")
    got = persons_by_name(nlp, text)
    assert got["Marta Nolan"]["role"] != "victim"
    assert got["Tom Nolan"]["outcome"] == "killed"


def test_the_first_man_shot_after_be_is_the_subject(nlp):
    # the parser gives 'shot' a subject of its own ('man') after 'was': still the subject's state
    text = ("Three men were shot on Elm Street. Jaquarius Wells apparently was the first man shot, but said he did "
            "not see the shooting itself.")
    assert persons_by_name(nlp, text)["Jaquarius Wells"]["role"] == "victim"


@pytest.mark.parametrize("text,hedge", [
    # 'their' after a counted group: said of that group
    ("Three other residents, two men and a woman, were hurt in the gunfight. None of their wounds were "
     "thought to be life-threatening.", "count: 3"),
    # no group before: said of every wounded person
    ("Six people were wounded. None of the wounds were thought to be life-threatening.", "all"),
])
def test_a_mild_condition_of_their_is_the_groups(nlp, text, hedge):
    assert [f["hedge"] for f in nlp(text)._.facts if f["attr"] == "condition"] == [hedge]


@pytest.mark.parametrize("measure,a,b", [
    # a mild condition said of 'their' after three others told hurt: those three's, no rival of one
    # resident's critical wound on the other page
    ("condition",
     "Six hurt in shootout on Elm Street\n\nSix people were wounded in a shootout on Elm Street on Monday, police "
     "said. Two deputies and a resident who fired back were shot.\n\nThree other residents were wounded in the "
     "gunfire. None of their wounds were thought to be life-threatening.\n",
     "Shootout on Elm Street leaves six wounded\n\nSix people were wounded in a shootout on Elm Street on Monday. "
     "Two deputies were among the wounded. A resident was critically injured, police said.\n"),
    # a killer at large in a list of the year's cases, each under its day: that case's, no rival of the
    # event's man held
    ("custody",
     "Man shot dead on Elm Road\n\nA man was shot dead on Elm Road on Nov. 19, police said. Tom Reed, 30, was "
     "arrested at the scene.\n\nCOUNTY HOMICIDES THIS YEAR\n\nJan. 4: Abel Fenn, 30, shot his neighbor.\n\n"
     "March 9: Ida Crane, 51, was found dead. Her killer is still at large.\n\nMay 2: Two men were wounded.\n\n"
     "July 20: Omar Pike, 19, was killed on Birch Street.\n\nSept. 14: Police shot a man.\n",
     "Arrest in Elm Road killing\n\nTom Reed, 30, was arrested after a man was shot dead on Elm Road on Nov. 19, "
     "police said. Reed is in custody.\n"),
])
def test_no_rival_statement_of_another_group_or_case(tmp_path, measure, a, b):
    rep = report_of(tmp_path / "x", {"a.txt": a, "b.txt": b})
    assert not [f for f in findings_of(rep, kind="fact", measure=measure) if f["status"] in ("differ", "conflict")]


def test_the_road_of_a_traffic_stop_is_no_scene(tmp_path):
    text = ("Two dead after shooting at club\n\nTwo men were killed and four were wounded when gunfire broke out at "
            "a club early Monday, police said.\n\nPolice responded to the club, on Elm Avenue, and found several "
            "victims with gunshot wounds.\n\nDeputies held three men, one of whom a deputy fired at in a traffic "
            "stop on Birch Avenue.\n")
    rep = report_of(tmp_path / "x", {"a.txt": text})
    assert account_of(rep, "a")["place"] == "Elm Avenue"


def test_a_friend_shot_and_named_who_died_is_no_wounded_one(tmp_path):
    text = ("Man charged after accidental shooting\n\nRay Dunn accidentally shot his friend, Al Moss, 20, at Dunn's "
            "140 Elm Road home on June 2, county police reported.\n\nMoss died from a gunshot wound to his head on "
            "June 5.\n\nDunn was charged with involuntary manslaughter and reckless conduct.\n")
    rep = report_of(tmp_path / "x", {"a.txt": text})
    assert "injured" not in account_of(rep, "a")["tolls"]
    assert [(account_toll(rep, m)["low"], account_toll(rep, m)["high"]) for m in ("killed", "shot")] == [(1, 1), (1, 1)]


def test_those_arraigned_are_counted_held(nlp):
    assert [(w, m) for w, _v, m in quantities_of(nlp, "Two teens were arraigned Tuesday in the shooting.")] == [
        ("Two", "arrested")]


def test_a_corner_the_recogniser_cut_after_its_and(nlp):
    text = ("Two men were shot around 5 p.m. Friday after entering a shop near Flamingo Road and Durango Drive with "
            "a friend.")
    assert {q["place"] for q in nlp(text)._.quantities} == {"Flamingo Road and Durango Drive"}


def test_a_lead_that_tells_a_charge_after_a_shooting_last_month_is_the_event(tmp_path):
    text = ("Felony for mother in toddler shooting\n\nELMWOOD - An Elmwood woman has a felony charge to answer "
            "because her 3-year-old boy shot her in the leg last month.\n\nPolice said the boy found a loaded pistol "
            "under a pillow.\n")
    rep = report_of(tmp_path / "x", {"a.txt": text})
    assert (account_toll(rep, "injured") or {}).get("low") == 1


def test_one_who_faces_allegations_is_a_suspect(nlp):
    text = "A boy was shot dead while hunting on Saturday. Ray Dunn, 59, faces allegations of manslaughter."
    got = persons_by_name(nlp, text)["Ray Dunn"]
    assert (got["role"], got["outcome"]) == ("suspect", "arrested")


@pytest.mark.parametrize("text,place", [
    # the recogniser takes one street of a corner: the place is the corner
    ("Three men were hurt in gunfire at 24th and Park in Elm City early Sunday.", "24th and Park"),
    ("A man was shot dead near Lake Mead and MLK boulevards on Friday.", "Lake Mead and MLK boulevards"),
])
def test_a_corner_the_recogniser_took_one_street_of(tmp_path, text, place):
    rep = report_of(tmp_path / "x", {"a.txt": "Shooting\n\n" + text + "\n"})
    assert account_of(rep, "a")["place"] == place


@pytest.mark.parametrize("text,role", [
    # the one a verb of leading takes for object, to open fire: the one who did it
    ("Nobody knows what led 40-year-old Hal Brookman, a former clerk, to open fire at the depot. The lone gunman "
     "was killed.", "suspect"),
    ("Police do not know what led Hal Brookman to shoot his neighbors on Sunday.", "suspect"),
    # led to anything else: nothing
    ("Police said the argument led Hal Brookman to leave the party early. Two men were shot.", None),
])
def test_one_led_to_open_fire_is_the_one_who_did_it(nlp, text, role):
    assert persons_by_name(nlp, text)["Hal Brookman"]["role"] == role


@pytest.mark.parametrize("middle,role", [
    # a paragraph opened by a year, then one with no time of its own: that year's people
    ("In 1890, the chapel burned down.\n\nAbel Fenn, a mason who rebuilt it, was killed in a fall.", "recalled"),
    # the next paragraph gives its own day: the event's
    ("In 1890, the chapel burned down.\n\nOn Friday, Abel Fenn was killed at the gate.", "victim"),
])
def test_one_named_after_a_paragraph_of_another_year(nlp, middle, role):
    text = ("Two men were shot Friday night outside a chapel on Elm Street. Police said the gunman fled. Detectives "
            "asked for tips.\n\n" + middle)
    assert persons_by_name(nlp, text)["Abel Fenn"]["role"] == role
