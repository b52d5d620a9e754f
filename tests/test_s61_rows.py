"""Rows read wrong in session 61, from the review of session 60 and the careful readings of
rounds 110 to 117. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import account_toll, persons_by_name, quantities_of, report_of


@pytest.mark.parametrize("text,outcome", [
    # a suicide told after the harm, as a gerund on 'before', on the harm verb or its conjunct
    ("Police said Mark Dunlop shot and killed Ann Reed before taking his own life.", "killed"),
    ("Mark Dunlop drove to the farm and shot Ann Reed, 31, before committing suicide in a barn.",
     "killed"),
    # a suicide told apart from any harm is no death in this event
    ("Mark Dunlop, who shot Ann Reed in 2009, was seen at a bar before committing a robbery.", "unharmed"),
])
def test_a_suicide_after_the_harm_kills_the_one_who_harmed(nlp, text, outcome):
    assert persons_by_name(nlp, text)["Mark Dunlop"]["outcome"] == outcome


@pytest.mark.parametrize("text,name,role", [
    # a title word parents give as a first name, before a single surname: the child's name
    ("Police said Prince Walker, 17, was shot in the leg on Sunday.", "Prince Walker", "victim"),
    # before two more words of a name it is still taken for a title and stripped
    ("Police said Prince Ray Walker, 17, was shot in the leg on Sunday.", "Ray Walker", "victim"),
])
def test_a_title_word_given_as_a_first_name(nlp, text, name, role):
    assert persons_by_name(nlp, text)[name]["role"] == role


@pytest.mark.parametrize("text,age", [
    # the age written for a child named by a first name alone is the child's, not the next
    # named victim's
    ("Dunlop killed 8-year-old daughter Grace in the kitchen. He then fatally shot Ann Cole.", None),
    # a described victim's age, named by no one, still goes to the one named victim
    ("Ann Cole was shot dead on Sunday. Police said the 13-year-old girl was found in a car.", 13),
])
def test_an_age_of_a_first_name_alone_is_no_leftover(nlp, text, age):
    assert persons_by_name(nlp, text)["Ann Cole"]["age"] == age


@pytest.mark.parametrize("text,role", [
    # an arrest the past-record words keep from giving the role still makes no victim of one
    # given an age and nothing else
    ("Ray Dunn, 16, was shot dead on Sunday. Josh Crane, 22, was arrested previously for hiding a witness in "
     "connection with the death.", "suspect"),
    # nor does a charge weighed and not brought
    ("Ray Dunn, 16, was shot dead in May. The district attorney decided not to charge Josh Crane, 19, in the "
     "killing.", "suspect"),
])
def test_an_aged_person_arrested_or_weighed_for_a_charge_is_no_victim(nlp, text, role):
    assert persons_by_name(nlp, text)["Josh Crane"]["role"] == role


@pytest.mark.parametrize("text", [
    # a record of other arrests leaves the dead man a victim
    "The dead were Ray Dunn, 25, and Josh Crane, 42. Crane had been arrested four times for shoplifting since "
    "2012.",
    # the parser makes a passive charge's victim its object: no suspect for it
    "Both men are charged in the deaths of 19-year-old cousins Ann Cole and Mary Cole, 40-year-old Josh Crane and "
    "61-year-old Julie Park.",
])
def test_an_aged_victim_beside_arrests_and_charges_stays_a_victim(nlp, text):
    assert persons_by_name(nlp, text)["Josh Crane"]["role"] == "victim"


@pytest.mark.parametrize("text,moment", [
    ("The boy was taken to a hospital in non-critical condition.", "mild"),
    ("The boy was taken to a hospital in critical condition.", "grave"),
])
def test_non_critical_is_no_critical_condition(nlp, text, moment):
    assert [f["moment"] for f in nlp(text)._.facts if f["attr"] == "condition"] == [moment]


@pytest.mark.parametrize("text,measures", [
    # 'not fatally': the one shot lived
    ("A neighbor shot the landlord, not fatally, in the hip.", {"shot", "injured"}),
    ("A neighbor fatally shot the landlord in the hip.", {"killed"}),
])
def test_a_negated_fatally_is_no_death(nlp, text, measures):
    assert {m for _, _, m in quantities_of(nlp, text)} == measures


def test_a_negated_fatally_leaves_the_named_victim_alive(nlp):
    text = "A neighbor, Ray Dunn, shot his landlord, Ann Cole, not fatally, in the hip."
    assert persons_by_name(nlp, text)["Ann Cole"]["outcome"] == "injured"


@pytest.mark.parametrize("text,value", [
    # 'about' of a noun the figure counts is a preposition, no hedge
    ("The paper ran a segment about two teenagers who were killed on the east side.", (2, 2, 2)),
    ("Police said about two men were killed.", (2, 1, 3)),
])
def test_about_as_a_preposition_is_no_hedge(nlp, text, value):
    [(_, got, measure)] = quantities_of(nlp, text)
    assert measure == "killed" and tuple(got) == value


def test_an_arrest_joined_to_a_future_one_is_none(nlp):
    doc = nlp("The chief vowed that the gunmen will be found and arrested.")
    assert [f for f in doc._.facts if f["attr"] == "custody"] == []


@pytest.mark.parametrize("text,measure", [
    ("Two brothers are in jail after a teenager was wounded on Elm Street.", "arrested"),
    ("Two brothers are behind bars after a teenager was wounded on Elm Street.", "arrested"),
    # a stay placed at the time of the event counts no one held for it
    ("Two brothers were in jail at the time of the shooting on Elm Street.", None),
])
def test_a_count_held_in_jail_is_of_the_arrested(nlp, text, measure):
    assert [m for t, _, m in quantities_of(nlp, text) if t == "Two"] == [measure]


def test_the_one_after_of_a_subject_is_not_the_subject(nlp):
    # the parser makes the congressman the subject of 'shot'; he is the nephew's
    text = ("TOLEDO -- The nephew of Ohio U.S. Rep. Ray Dunn was fatally shot in a robbery in Toledo, the "
            "congressman and police said.")
    assert persons_by_name(nlp, text)["Ray Dunn"]["role"] is None


def test_an_arrest_on_outstanding_warrants_is_another_matter(nlp):
    doc = nlp("Two people were shot on Elm Street on Sunday. Ray Dunn, 30, was picked up on outstanding warrants "
              "for theft and arrested.")
    assert [f for f in doc._.facts if f["attr"] == "custody"] == []


def test_a_town_after_in_on_hospitals_is_no_place_of_the_figure(tmp_path):
    text = ("Students shot at Elm City school\n\nThree students were shot at the high school on Friday. Two of the "
            "wounded students are in intensive care in hospitals in Tacoma and Olympia.\n")
    rep = report_of(tmp_path / "x", {"a.txt": text})
    assert [(c.get("scope") or {}).get("place") for c in rep["claims"] if c["text"] == "Two"] == [None]


@pytest.mark.parametrize("text,name,role", [
    # a death in the lead told only as what a protest answered is another case's
    ("Five officers were killed on Thursday night in downtown Elm City. A crowd had marched to city hall, protesting "
     "the killing of Ray Dunn by deputies upstate, when shots were fired. The gunman was killed. Police said he acted "
     "alone. The city mourned.", "Ray Dunn", "recalled"),
    # the event's victim shot in reprisal for something else stays the event's
    ("Ray Dunn was killed on Thursday night in Elm City. Police said he was shot in retaliation for a robbery. The "
     "gunman fled. Police asked for tips.", "Ray Dunn", "victim"),
    # one the police shot, told only as what protesters answer, is another case's
    ("Three people were shot on Monday night near the station. Protesters have gathered at the station since March 3, "
     "when officers fatally shot Ray Clark. Police said the gunmen fled. The three were taken to hospitals.",
     "Ray Clark", "recalled"),
    ("Ray Clark, 30, was shot by police on Monday night near the precinct after he fired at officers. He died at a "
     "hospital. Police said the officers were not hurt. The city mourned.", "Ray Clark", "suspect"),
])
def test_a_death_of_another_case_in_the_lead(nlp, text, name, role):
    assert persons_by_name(nlp, text)[name]["role"] == role


@pytest.mark.parametrize("text,role", [
    ("Ray Dunn, 20, who police said was the gunman, died at the scene.", "suspect"),
    ("Deputies said the dead are Ann Cole, 21, Mia Nash, 20, and Ray Dunn, 20, who neighbors say was the "
     "shooter.", "suspect"),
    ("Ray Dunn, 20, who police said was a bystander, died at the scene.", "victim"),
])
def test_a_relative_clause_of_saying_that_names_the_gunman(nlp, text, role):
    assert persons_by_name(nlp, text)["Ray Dunn"]["role"] == role


HOLT = "Ray Dunn, 16, was shot dead on Sunday. Police identified the shooter as Mark Holt, 19. "


@pytest.mark.parametrize("text,name,field,value", [
    # an arrest a warrant is for is not made
    (HOLT + "Police obtained a warrant for Holt's arrest.", "Mark Holt", "outcome", "unharmed"),
    (HOLT + "Holt's arrest came after a chase.", "Mark Holt", "outcome", "arrested"),
    # a named man held in jail, or to be tried, is a suspect
    ("Ray Dunn, 16, was shot dead on Sunday. Mark Allen, 19, remains in jail on a $500,000 bond.", "Mark Allen",
     "role", "suspect"),
    ("Ray Dunn, 16, was shot dead on Sunday. Prosecutors will seek a life term if Mark Allen, 19, is convicted of "
     "murder.", "Mark Allen", "role", "suspect"),
])
def test_held_sought_or_to_be_tried(nlp, text, name, field, value):
    assert persons_by_name(nlp, text)[name][field] == value


def test_a_gunman_counted_among_the_victims_is_harmed(nlp):
    text = ("Deputies said the victims of the deadly shooting are: Ann Cole, 21, Mia Nash, 20, and Ray Dunn, 20, who "
            "neighbors say was the shooter.")
    got = persons_by_name(nlp, text)["Ray Dunn"]
    assert (got["role"], got["outcome"]) == ("suspect", "killed")


def test_a_place_run_onto_a_name_the_page_writes_alone(nlp):
    text = ("In Akron, officers said Rosa Tate was hit. Tom Vail was charged with the "
            "shootings of Ray Dunn and one-year-old Rosa Tate Akron.")
    assert "Rosa Tate Akron" not in persons_by_name(nlp, text)


def test_an_age_of_a_case_dated_to_another_year_is_no_ones_here(nlp):
    text = ("Five protesters were shot on Monday night. Wes Dole said he was shot after he and others chased the "
            "gunmen toward an alley. In Ohio, marches followed a jury's verdict on the 2012 shooting death of a "
            "16-year-old boy by a trooper.")
    assert persons_by_name(nlp, text)["Wes Dole"]["age"] is None


def test_a_custody_under_if_tells_nothing(nlp):
    text = 'Ray Brown, 10, was shot dead on Sunday. His mother said: "If Mr. Brown was in custody, my boy would be here."'
    got = persons_by_name(nlp, text)["Ray Brown"]
    assert (got["role"], got["outcome"]) == ("victim", "killed")

def test_a_named_suspect_held_and_one_more_also_held(tmp_path):
    text = ("Arrest in Elm City killing\n\nELM CITY - Police said they arrested a 22-year-old sought in the death "
            "of a store clerk.\n\nRay Dunn, 22, was taken into custody at a motel on Monday."
            "\n\nA teenage girl has also been arrested and charged with murder.\n")
    rep = report_of(tmp_path / "x", {"a.txt": text})
    toll = account_toll(rep, "arrested")
    assert (toll["low"], toll["high"]) == (2, None)


def test_a_pronoun_after_an_of_phrase_is_still_the_subject(nlp):
    # the rule for a name the parser split off an 'of' phrase reads names only
    text = "Lee Dunn, 16, sat opposite the family of the boy he is accused of accidentally killing, his best friend."
    assert persons_by_name(nlp, text)["Lee Dunn"]["role"] == "suspect"
