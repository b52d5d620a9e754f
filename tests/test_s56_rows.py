"""Source rows a second reader of careful-reading round 79 found wrong, read in session 56:
siblings named by given names before one surname, a headline's neighbour of a child who
was shot, deaths told as a week apart, a mother in hospital at the time, people shot beside
another scene's dead, a headline's count of those hospitalized. Sentences, places and people
are invented; end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import one_article_tolls, quantities_of


def _measures(nlp, text: str) -> list[tuple[str, tuple]]:
    return [(m, v) for _, v, m in quantities_of(nlp, text) if m in ("killed", "injured", "shot")]


@pytest.mark.parametrize("sentence,shot", [
    ("Mia and Rosa Lopez and their mom were shot during a robbery in the north end.", 3),
    ("Ava and Rosa Lopez and their mom were shot during a robbery on the north side.", 3),
    # a place before 'and' is no given name
    ("Houston and Rosa Lopez and their mom were shot.", 2),
])
def test_given_names_before_one_surname_are_people(nlp, sentence, shot):
    got = [v for m, v in _measures(nlp, sentence) if m == "shot"]
    assert got and got[0][1] == shot


@pytest.mark.parametrize("sentence,want", [
    ("Neighbor of child who was shot appears in court", []),
    ("Relatives of a man who was shot by police want answers.", [("shot", 1)]),
    # 'of two' is no person of its own: the clause is the mother's
    ("The mother of two who was shot Friday has died.", [("killed", 1)]),
])
def test_relative_clause_after_of_a_person_is_that_persons(nlp, sentence, want):
    got = [(m, v[1]) for m, v in _measures(nlp, sentence) if m != "injured"]
    assert got == want


@pytest.mark.parametrize("sentence,hurt", [
    ("The mother was in the hospital at the time of the shooting.", False),
    ("Their father was in the hospital when it happened.", False),
    ("His grandmother was in the hospital during the shooting.", False),
    ("Her mother is in the hospital with a gunshot wound.", True),
    ("The boy remains in the hospital.", True),
])
def test_in_hospital_at_the_time_is_no_wound(nlp, sentence, hurt):
    assert bool([m for m, _ in _measures(nlp, sentence) if m == "injured"]) is hurt


DEATHS_APART = (
    "Two toddlers die by their own hand in a week\n\n"
    "In the state this month, within about a week of each other, two accidental shooting deaths "
    "of small children occurred in two towns.\n\n"
    "In Marlow Falls, a 3-year-old boy shot himself with his father's pistol on Tuesday.\n"
)


def test_deaths_a_week_apart_are_no_toll_of_one_event(tmp_path):
    tolls = one_article_tolls(tmp_path, "apart", DEATHS_APART)
    assert tolls.get("killed", (None, None))[0] != 2


OTHER_SCENE = (
    "Four shot on Kestrel Avenue\n\n"
    "Four people were shot on the 1700 block of Kestrel Avenue on Saturday afternoon, the second "
    "shooting with several victims in the city in a day.\n\n"
    "One of the victims, a man, is in critical condition. The other three are in fair condition "
    "and all are expected to survive, police said.\n\n"
    "It marked the second shooting with several victims in the past day in Alder.\n\n"
    "Just after 11 p.m. Friday, two people were shot dead and a third was wounded at a birthday "
    "party at a home on Dale Street in the Orchard neighborhood.\n"
)


def test_people_shot_beside_another_scenes_dead_are_all_hurt(tmp_path):
    tolls = one_article_tolls(tmp_path, "scene", OTHER_SCENE)
    assert tolls["shot"] == (4, 4)
    assert tolls["injured"] == (4, 4)
    assert "killed" not in tolls


HOSPITALIZED = (
    "3 people hospitalized following Orchard shooting\n\n"
    "About 40 people had gathered for a birthday barbecue in Orchard late on Saturday.\n\n"
    "Then, residents said, 14 shots rang out and four people were injured.\n\n"
    "One man and two women were taken to the Alder Medical Center, a fire lieutenant said. "
    "The fourth person refused treatment at the scene.\n"
)


def test_headline_count_of_the_hospitalized_is_a_part_of_the_hurt(tmp_path):
    tolls = one_article_tolls(tmp_path, "hosp", HOSPITALIZED)
    assert tolls["injured"] == (4, 4)


def test_headline_count_of_the_hospitalized_stands_alone(tmp_path):
    # no larger count in the body: the headline's three are the hurt
    text = HOSPITALIZED.replace("14 shots rang out and four people were injured", "14 shots rang out").replace(
        " The fourth person refused treatment at the scene.", "")
    tolls = one_article_tolls(tmp_path, "hosp1", text)
    assert tolls["injured"] == (3, 3)


@pytest.mark.parametrize("sentence,moment", [
    ("Ed Mars, 18, was charged with manslaughter in connection with the fatal shooting of his "
     "16-year-old brother Tom Mars around 1:54 a.m. Wednesday.", "event"),
    # another occasion's noun above the shooting's: the conference's hour
    ("Police held a news conference about the shooting at 4 p.m.", "other"),
    ("Ed Mars was expected to be arraigned at 2:30 p.m. Thursday.", "other"),
])
def test_time_after_the_shootings_phrase_is_the_events(nlp, sentence, moment):
    doc = nlp(sentence)
    assert [f["moment"] for f in doc._.facts if f["attr"] == "time"] == [moment]


@pytest.mark.parametrize("headline,killed,shot", [
    ("Police identify man killed in double fatal shooting outside Marlow bar", [2], []),
    ("Police identify man killed in double homicide outside Marlow bar", [2], []),
    ("Double fatal shooting in Marlow", [2], []),
    # 'fatal' before the multiplier: a death among the two, how many not told
    ("Marlow police investigate fatal double shooting", [], [2]),
    ("Man killed in Marlow shooting", [1], []),
    # a count of several before the multiplier's noun stays a part of it
    ("2 teens shot in the head following Marlow triple shooting", [], [2, 3]),
])
def test_double_fatal_shooting_counts_the_dead(nlp, headline, killed, shot):
    got = _measures(nlp, headline)
    assert [v[1] for m, v in got if m == "killed"] == killed
    assert [v[1] for m, v in got if m == "shot"] == shot
    if "fatal" in headline and shot:
        assert not [m for m, _ in got if m == "injured"]  # no 'no death reported' under 'fatal'


ALSO = ("Five officers killed in downtown Marlow ambush\n\n"
        "Police say a 25-year-old man fired shots that killed five officers and injured seven others. "
        "Two civilians were also injured in the shooting.\n\n"
        "The mayor spoke on Friday.\n")


def test_another_group_also_hurt_adds_to_a_stated_count(tmp_path):
    assert one_article_tolls(tmp_path, "also", ALSO)["injured"] == (9, 9)


def test_the_same_people_told_again_add_nothing(tmp_path):
    text = ALSO.replace("Two civilians were also injured", "They were also injured")
    assert one_article_tolls(tmp_path, "again", text)["injured"] == (7, 7)
