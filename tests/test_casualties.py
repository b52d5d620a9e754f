"""Casualty counts the way reporters write them (issue 5), on sentences written for
these tests, with the real English pipeline. Each case gives the figures a reader
takes from the sentence: (measure, low, high) for killed / injured / shot."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from conftest import quantities_of

from reconcile.extract.quantities import _excluded


def figures(nlp, text, measure):
    return [(tuple(v)[1], tuple(v)[2]) for _t, v, m in quantities_of(nlp, text) if m == measure]


@pytest.mark.parametrize("text, killed, injured", [
    # implicit singulars
    ("A woman was shot and killed outside her home on Friday.", [(1, 1)], []),
    ("Teen killed in Lakeside hunting accident", [(1, 1)], []),
    ("She was rushed to a hospital in critical condition, but she later died.", [(1, 1)], []),
    ("He did not survive.", [(1, 1)], []),
    ("Deputies said the boy was rushed to a clinic, where he was pronounced dead.", [(1, 1)], []),
    # enumerations and coordinated victims
    ("A 52-year-old man, a 23-year-old woman and a 38-year-old man were killed.", [(3, 3)], []),
    ("Officers say he killed his wife and three children at the farmhouse.", [(4, 4)], []),
    ("Details emerge in murder of 5 kids, 3 adults", [(8, 8)], []),
    # split figures
    ("Two were killed and a third was wounded in the parking lot.", [(2, 2)], [(1, 1)]),
    ("Five people were hurt, including a 62-year-old man who succumbed to his wounds on Monday.",
     [(1, 1)], [(4, 4)]),
    ("The attack left one woman dead and at least four others with gunshot wounds.",
     [(1, 1)], [(4, None)]),
    # headlines
    ("4 dead, 2 critically hurt in warehouse shooting", [(4, 4)], [(2, 2)]),
    ("4 Women Shot, 2 Dead", [(2, 2)], [(2, 2)]),
    ("9 shot, 1 fatally, at housing complex", [(1, 1)], [(8, 8)]),
    ("10 women, 7 men wounded in playground shooting", [], [(17, 17)]),
    # a murder-suicide: the one who fired counts among the killed
    ("Police said the mother shot her two sons before killing herself.", [(1, 1)], []),
    ("A woman fatally shot her teenage son before turning the gun on herself.", [(2, 2)], []),
    ("The cadet killed three roommates and himself in the dormitory.", [(4, 4)], []),
    ("Nevada sheriff: Grandfather kills wife, grandson, granddaughter, then himself", [(4, 4)], []),
    ("Parents, 2 children dead in county murder-suicide", [(4, 4)], []),
    ("Mother and three sons found dead inside of trailer", [(4, 4)], []),
    # a victim referred to, not counted: at least one ('the man killed in a double shooting')
    ("A woman who died after a shooting near the harbor has been named.", [(1, None)], []),
    ("Police identified the man killed in the double shooting outside the bar.", [(1, None)], []),
    ("It was lucky that no one died, the fire captain said.", [(0, 0)], []),
    ("The woman who deputies say killed her husband and daughter before shooting herself taught piano.",
     [(3, 3)], []),
    ("Young mother kills toddler, self in Pine Hollow\n", [(2, 2)], []),
    ("\u201cI never thought she would hurt anyone,\u201d he said.", [], []),
    ("Shooting kills 1 woman, critically injures another near the docks", [(1, 1)], [(1, 1)]),
    ("The shooting left a 5-year-old boy dead and his 9-year-old cousin injured.", [(1, 1)], [(1, 1)]),
    ("She was arraigned on Tuesday over the shooting injury of her 5-year-old granddaughter.", [], [(1, None)]),
    ("Grandmother, toddler found dead in north Tulsa apartment\n", [(2, 2)], []),
    ("Former firefighter accused of killing girlfriend, girl\n", [(2, 2)], []),
    # a plural with no figure among the people named: two or more of them (session 24, kin33)
    ("Investigators say the trucker killed his sister and nephews at the lake house.", [(3, None)], []),
    ("A grandmother and her grandsons were found dead in the cabin.", [(3, None)], []),
    ("Investigators say the trucker killed his sister and two nephews at the lake house.", [(3, 3)], []),
    # the parser hangs the counted plural on another word: it still belongs with the person before 'and'
    ("The trucker who fled after killing his sister and two nephews was caught in Utah.", [(3, 3)], []),
    ("The gunman wounded a guard and two officers fired back.", [], [(1, 1)]),
    ("The gunman and both victims were pronounced dead at the scene.", [(1, 1)], []),
    # a severity names a part of the injured, so it is a lower bound
    ("Nightclub shooting results in 6 victims, 2 critical", [], [(6, 6), (2, None)]),
    ("One of the victims, a teenager, is in critical condition at a trauma center.", [], [(1, None)]),
    ("One remains in the hospital, and his condition was not released.", [], [(1, None)]),
    ("Four people were injured in the crash.", [], [(4, 4)]),
    ("Three men are dead and a fourth is fighting for his life in intensive care.", [(3, 3)], [(1, 1)]),
    ("A woman was fatally shot on the stairs. Two others sustained non-fatal gunshot wounds.",
     [(1, 1)], [(2, 2)]),
    # coordinated subjects split by an age or a relative clause (the parser hangs both on the verb)
    ("A woman, 41, and two men were wounded outside the diner.", [], [(3, 3)]),
    ("A cashier, who had just started her shift, and three customers were hurt in the robbery.", [], [(4, 4)]),
    # 'sent ... to the hospital' where the parser calls 'to' a dative
    ("The shooting killed one man and sent two others to the hospital.", [(1, 1)], [(2, 2)]),
    ("The family sent flowers to the hospital on Friday.", [], []),
])
def test_casualty_counts(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


def test_people_shot_and_deaths_give_the_injured(nlp):
    text = "Five people were shot outside a bowling alley on Sunday, and three did not survive."
    assert figures(nlp, text, "shot") == [(5, 5)]
    assert figures(nlp, text, "killed") == [(3, 3)]
    assert figures(nlp, text, "injured") == [(2, 2)]


def test_others_shot_are_not_the_dead(nlp):
    assert figures(nlp, "One killed, four others shot near Fresno bus depot", "injured") == [(4, 4)]


@pytest.mark.parametrize("text", [
    "Four people and two cars were shot at early Sunday, police said.",
    "The driver is accused of shooting at 7 people, including three teenagers.",
    "Witnesses heard 5 shot fired near the bar.",
    "The gunman fired 12 shots into the car.",
])
def test_rounds_fired_are_not_people(nlp, text):
    assert figures(nlp, text, "shot") == []
    assert figures(nlp, text, "injured") == []


@pytest.mark.parametrize("text, people", [
    # the person suffering from them is one person shot; the wounds count no one
    ("Deputies found Hector Ramirez suffering from multiple gunshot wounds.", [(1, 1)]),
    ("Medics treated two gunshot wounds to his chest.", []),
])
def test_wounds_on_one_body_are_not_people_hurt(nlp, text, people):
    assert figures(nlp, text, "injured") == people
    assert not [t for t, _v, m in quantities_of(nlp, text) if m and t.lower() in ("multiple", "two")]


def test_derived_figures_say_how(nlp):
    doc = nlp("4 Women Shot, 2 Dead")
    derived = [q for q in doc._.quantities if q["measure"] == "injured"]
    assert derived and derived[0]["hedge"] == "derived: 4 shot - 2 killed"


def test_age_in_apposition_is_not_a_count(nlp):
    assert figures(nlp, "Englewood boy, 7, dies from gunshot wound", "killed") in ([], [(1, 1)])
    assert (7, 7) not in figures(nlp, "Englewood boy, 7, dies from gunshot wound", "killed")


def test_the_possessor_of_a_killing_is_not_a_victim(nlp):
    assert figures(nlp, "Neighbors mourned after the gunman's killing of a shop clerk on Main Street.",
                   "killed") == [(1, None)]


@pytest.mark.parametrize("text, value", [
    ("The death toll rose to 5 on Tuesday.", 5),
    ("A fourth victim has died, which brings the death toll from the attack to four.", 4),
    ("The number of dead climbed to 7.", 7),
])
def test_a_rising_toll_is_read_as_an_update(nlp, text, value):
    doc = nlp(text)
    tolls = [q for q in doc._.quantities if q["measure"] == "killed" and q["hedge"] == "update"]
    assert [q["value"][1] for q in tolls] == [value]


def test_others_killed_are_not_subtracted_from_those_shot(nlp):
    assert figures(nlp, "3 deputies shot, gunman and neighbor killed in Lakeside standoff\n", "injured") != [(0, 0)]


@pytest.mark.parametrize("text, killed", [
    ("Vigil held for student shot and killed in Oakdale\n", [(1, 1)]),
    ("4 adults, 2 children found shot to death in farmhouse\n", [(6, 6)]),
])
def test_a_headline_list_shot_and_killed_counts_the_dead(nlp, text, killed):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == []


@pytest.mark.parametrize("text", [
    "The Zone 5 officers accidentally shot a homeowner during a burglary call.",
    "After they got off the train, one of the men shot at people on the platform.",
    "Around dusk, the three brothers were shooting at cans behind the barn.",
    "Police ID suspect in Baton Rouge parade shooting\n\nThe parade drew a large crowd.",
    "She told the jury she had no part in the shootings, as the father of one of the victims looked on.",
])
def test_shooters_names_and_relatives_are_not_people_shot(nlp, text):
    assert [v for v in figures(nlp, text, "shot") if v[0] > 1] == []
    assert figures(nlp, text, "injured") in ([], [(1, 1)])
    if "homeowner" not in text:
        assert figures(nlp, text, "injured") == [] and figures(nlp, text, "shot") == []


def test_the_first_death_of_the_article_is_among_the_people_shot(nlp):
    text = ("A young mother is dead and three men are in custody after a late-night shooting.\n\n"
            "Officers were called to the apartments after four people were shot.")
    injured = [q for q in nlp(text)._.quantities if q["measure"] == "injured"]
    assert [(q["value"][1], q["hedge"]) for q in injured] == [(3, "derived: 4 shot - 1 killed (article)")]


def test_a_death_at_another_time_does_not_reduce_those_shot(nlp):
    text = ("Four marchers were shot early Sunday near the rally site.\n\n"
            "The marchers, upset over the fatal police shooting of Devon Hale on Oct. 3, have camped there since.")
    assert figures(nlp, text, "injured") == [(4, 4)]


@pytest.mark.parametrize("text, killed, injured", [
    ("Her aunt and the neighbour suffered minor injuries.", [], [(2, 2)]),
    ("A fifth person suffered non-life-threatening wounds during the robbery.", [], [(1, 1)]),
    ("He suffered a fatal gunshot wound.", [(1, 1)], []),
    ("His sister and his father were both injured and taken to the hospital.", [], [(2, 2)]),
    ("A man was targeted but only wounded in the ambush.", [], [(1, 1)]),
    ("All five are listed in good condition.", [], [(5, 5)]),
    ("Three others were treated for wounds and released.", [], [(3, 3)]),
    ("There is now one wounded and one deceased.", [(1, 1)], [(1, None)]),
    ("The attacker left four others dead and two more hurt.", [(4, 4)], [(2, 2)]),
    # a person referred to by what happened to them is at least one
    ("An injured man was discovered behind the store.", [], [(1, None)]),
    ("A second slain soldier has been identified as Tom Reyes.", [], []),
    # taken to hospital, but not hurt
    ("The girl was found unharmed and taken to the hospital as a precaution.", [], []),
])
def test_injuries_said_without_a_count(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


def test_a_gunshot_wound_is_a_person_shot_not_yet_hurt(nlp):
    # 'suffered a gunshot wound' says the person was hit; whether they lived is elsewhere
    assert figures(nlp, "Officers said the cashier suffered a gunshot wound to her upper arm.", "shot") == [(1, 1)]


def test_one_shot_who_lived_is_injured_beside_the_dead(nlp):
    text = ("A 14-year-old student has died after being shot near the school. "
            "Another student was shot in the leg, but he is expected to recover.")
    assert figures(nlp, text, "killed") == [(1, 1)]
    assert figures(nlp, text, "injured") == [(1, 1)]


def test_others_also_shot_are_injured_beside_an_earlier_death(nlp):
    text = ("A man was killed outside the pharmacy on Monday.\n\n"
            "Three other men were also shot in and around the pharmacy.")
    assert figures(nlp, text, "injured") == [(3, 3)]


@pytest.mark.parametrize("text, killed, injured", [
    ("Drive-by shooting kills 3, injures 5 at cookout\n", [(3, 3)], [(5, 5)]),
    ("6-year-old boy, grandfather fatally shot near home in Harbor City\n", [(2, 2)], []),
    ("Boy, 6, dies after shooting at elementary school; 2 injured\n", [(1, 1)], [(2, 2)]),
    ("Man Killed, 3 Wounded At Holiday Party\n", [(1, 1)], [(3, 3)]),
    # a plural without a number in a headline list is two or more
    ("Police: grandmother kills daughter, grandchildren, self\n", [(4, None)], []),
    ("Man kills parents and sisters in desert home\n", [(4, None)], []),
    # the one who fired is not listed among the victims
    ("Deputies: Oakdale woman, 27, shot and killed toddler son, self\n", [(2, 2)], []),
    ("A woman was gunned down and two others were wounded at a bus stop.", [(1, 1)], [(2, 2)]),
])
def test_more_headline_lists(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed", [
    ("Detectives said one of the four teens shot and killed last month had a job at the mall.", [(4, 4)]),
    ("Three of the seven men shot died.", [(3, 3)]),
    ("One of the victims died at the hospital.", [(1, 1)]),
])
def test_one_of_several_counts_the_several(nlp, text, killed):
    assert figures(nlp, text, "killed") == killed


def test_then_himself_after_killing_is_a_suicide(nlp):
    assert figures(nlp, "Deputies say mother fatally shot her 3 sons, then herself\n", "killed") == [(4, 4)]
    assert figures(nlp, "He shot his brother and himself in the leg.", "killed") == []


@pytest.mark.parametrize("text", [
    "Deputies were unable to say whether the driver had died.",
    "Surgeons said the bullet could have struck his spine and killed him.",
])
def test_deaths_that_did_not_happen_are_not_counted(nlp, text):
    assert figures(nlp, text, "killed") == []


@pytest.mark.parametrize("text", [
    # an aim or an attempt is not a death (data/victims.json 'aim_verbs')
    "The man threatened to kill himself before officers talked him down.",
    "Police said he tried to kill himself in the holding cell.",
    "She had attempted to take her own life the year before.",
    "The suspect threatened to turn the gun on himself during the standoff.",
    "Prosecutors say he tried to kill his wife with a kitchen knife.",
    "Police say he tried to shoot and kill his boss.",
])
def test_aims_and_attempts_are_not_deaths(nlp, text):
    assert figures(nlp, text, "killed") == []


@pytest.mark.parametrize("text, killed", [
    ("The gunman killed himself in the parking lot.", [(1, 1)]),
    ("He managed to kill two guards before police arrived.", [(2, 2)]),
    ("The suspect was found to have killed three people.", [(3, 3)]),
    # an intent the report goes on to say was carried out is not an attempt
    ("She had killed her husband and planned to take her own life.", [(2, 2)]),
])
def test_deaths_done_are_still_counted(nlp, text, killed):
    assert figures(nlp, text, "killed") == killed


@pytest.mark.parametrize("text, killed, injured", [
    # an age the tagger takes for the noun of 'shot' (data/casualty_patterns.json 'age_participle')
    ("Classmates remembered a 15-year-old shot and killed by two troopers last weekend.", [(1, None)], []),
    ("A 22-year-old shot and killed by an officer was named on Wednesday.", [(1, None)], []),
    ("A 15-year-old fatally shot by an officer was identified on Monday.", [(1, None)], []),
    ("Relatives of a 13-year-old shot and wounded on Saturday asked for calm.", [], [(1, None)]),
    # the one who did it, with an object, is no victim
    ("Police said the 17-year-old shot and killed his cousin.", [(1, 1)], []),
])
def test_an_age_before_a_participle_is_a_victim(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed", [
    # a bare age after a verb of killing, parsed as an adjective (data/casualty_patterns.json 'age_object')
    ("Neighbor kills 12-year-old in dispute over parking", [(1, 1)]),
    ("Woman charged with lending brother rifle used to kill 9-year-old", [(1, 1)]),
    # an age with its noun is read by the parse, once; an aim or a negated verb is no death
    ("Man kills 12-year-old boy in crash on county road", [(1, 1)]),
    ("He threatened to kill 12-year-old neighbor over a fence", []),
    ("Police say the driver did not kill 12-year-old", []),
])
def test_a_bare_age_after_a_verb_of_killing_is_one_dead(nlp, text, killed):
    assert figures(nlp, text, "killed") == killed


@pytest.mark.parametrize("text, killed", [
    # a headline's 'self' after 'fatally shoots' is the killer's death, added to his victims
    ("Father kills two sons, then fatally shoots self at farm", [(3, 3)]),
    ("Boy, 9, fatally shoots self with father's rifle", [(1, 1)]),
])
def test_fatally_shoots_self_is_a_suicide(nlp, text, killed):
    assert figures(nlp, text, "killed") == killed


@pytest.mark.parametrize("text, killed, injured", [
    # a gunshot wound says someone was hit, not that they lived
    ("Four relatives were found dead in the cabin. All four had multiple gunshot wounds.", [(4, 4)], []),
    ("Officers found the woman with a gunshot wound in her neck. She was pronounced dead at the house.",
     [(1, 1)], []),
    ("Three were found with gunshot wounds and one other was dead.", [(1, 1)], [(3, 3)]),
    # a person shot named in a relative clause, and no death in the article
    ("An uncle who was accidentally shot by his nephew now faces a weapons charge.", [], [(1, None)]),
    # the one who did it, named in a relative clause, is not a victim
    ("The man who killed his neighbour had a restraining order against him.", [(1, 1)], []),
    # two clauses, two people
    ("In the exchange, a cashier was shot in the hip and a customer was shot in the foot.",
     [], [(2, 2)]),
    # 'also' adds a person to the dead
    ("One man was killed in the crossfire. A woman standing nearby was also hit by a bullet.",
     [(1, 1)], [(1, 1)]),
    ("A man was killed on Elm Street on Friday. Tom Reed was shot at a bar, also on Elm Street.",
     [(1, 1)], []),
    ("An elderly man has passed away from his wounds.", [(1, 1)], []),
])
def test_wounds_relatives_clauses_and_also(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, injured", [
    # 'the child', 'he' refer back to the one who died: one victim, not one dead and one hurt
    ("A 5-year-old girl died Sunday after she found a pistol in a drawer. "
     "The child was rushed to a hospital in critical condition.", []),
    ("A 17-year-old was shot at a gas station on Saturday. She died on Monday. "
     "Relatives said she had been taken to a hospital.", []),
    # someone else: an indefinite mention starts another person
    ("A man was killed and a woman was wounded at the bar. The woman was taken to a hospital.",
     [(1, 1), (1, 1)]),
    ("A man was killed at the bar. The woman was taken to a hospital.", [(1, 1)]),
    # the death is told after the hurt: chains of mentions meet at the name or the introduction
    ("Rita Okonjo was jogging on Tuesday evening when she was shot. "
     "She was rushed to a hospital in critical condition. Okonjo died three days later.", []),
    ("A patrol found an 11-year-old girl with a bullet wound on Birch Road. "
     "She was rushed to a hospital in critical condition. The girl died on Monday.", []),
    ("A woman was shot on Birch Road on Tuesday. She was rushed to a hospital in critical condition. "
     "A man was killed in a separate shooting nearby.", [(1, 1)]),
    ("Deputies found the wounded teen, who had been shot in the shoulder. "
     "The teen was pronounced dead at a clinic.", []),
])
def test_a_definite_mention_of_the_dead_is_not_another_injured(nlp, text, injured):
    assert figures(nlp, text, "injured") == injured


# filler of our own, long enough to put two mentions of one person out of reach of the
# pronoun chains (300 tokens back)
_FILLER = " ".join(["The street was quiet again by noon, and the shop on the corner opened its doors "
                    "as it does every day of the week."] * 13)


@pytest.mark.parametrize("text, injured", [
    # the person first said hurt is the one who died later: one victim, not one of each
    ("A 4-year-old girl is still in critical condition since a bullet struck her on Tuesday. "
     "Police later confirmed that the girl had died.", []),
    # ... but not when the sentence that introduces the hurt one tells a death: a later
    # 'the child' may be either
    ("The gunfire killed a 6-year-old boy and put a 3-year-old girl in the hospital. "
     "Hundreds gathered to mourn the dead child on Sunday.", [(1, 1)]),
    ("The gunfire claimed the life of a 6-year-old boy and put a 3-year-old girl in the hospital. "
     "Hundreds gathered to mourn the dead child on Sunday.", [(1, 1)]),
    # ... nor someone added to others ('a second man'), when a later death may be anyone's
    ("A second man at the scene was also wounded but is expected to live. "
     "A man in his 40s, hit while sitting in his truck, died where he fell.", [(1, 1)]),
    # the same age, told again with the death
    ("A 15-year-old was critically wounded by gunfire on Friday, deputies said. "
     "The 15-year-old who was critically wounded on Friday died on Saturday.", []),
    # ... nor someone else who died
    ("A 4-year-old girl is still in critical condition since the shooting on Tuesday. "
     "A man was killed in a separate shooting nearby.", [(1, 1)]),
    # the same surname, however far apart, when it names one person in the article
    ("Marcus Delane, 17, was killed on Friday when a friend's gun went off. " + _FILLER +
     " Neighbors carried Delane to a van and drove him to the clinic.", []),
    # ... not when the genders tell them apart
    ("Tariq Osei, 19, was killed on Friday. " + _FILLER + " Osei had fired at a woman first. "
     "She was taken to a clinic in good condition.", [(1, 1)]),
    # a surname two people share tells no one apart
    ("Ann Kowal, 40, was killed on Friday. Her husband, Piotr Kowal, was wounded. " + _FILLER +
     " Neighbors carried Kowal to a van and drove him to the clinic.", [(1, 1), (1, 1)]),
])
def test_one_person_hurt_then_dead_by_name_or_introduction(nlp, text, injured):
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    ("Medics drove the boy to the clinic, but he did not make it.", [(1, 1)], []),
    ("She did not make it to the meeting on time.", [], []),
    # a person added to the dead by an ordinal or 'another'
    ("A man was killed at the bar. Another man was shot in the arm.", [(1, 1)], [(1, 1)]),
    ("Two women died at the scene. A third woman suffered a gunshot wound to her leg.", [(2, 2)], [(1, 1)]),
    ("The medical examiner said she died of a shotgun wound to the neck.", [(1, 1)], []),
])
def test_more_deaths_and_survivors(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, shot, injured", [
    ("A man was shot in the stomach, and his daughter was struck in the knee.",
     [(2, 2)], [(2, 2)]),
    ("The pedestrian was struck in the leg by a car.", [], []),
    # a headline's figure with 'other' for 'others', beside a single death
    ("Woman killed, 4 other shot on Maple Ave. in Lakeside\n", [(4, 4)], [(4, 4)]),
])
def test_struck_in_a_body_part_and_others_shot(nlp, text, shot, injured):
    assert figures(nlp, text, "shot") == shot
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # those taken to hospital include the one who died there
    ("All four victims were driven to a clinic, where the driver died.", [(1, 1)], [(3, 3)]),
    ("Keisha Marlow, 19, and a friend were shot. Both were driven to the hospital where Marlow died.",
     [(1, 1)], [(1, 1)]),
    # 'seriously' says how badly, so 'none ... seriously hurt' is not a zero
    ("None of the students was seriously injured.", [], []),
    ("No one was hurt.", [], [(0, 0)]),
    ("She had no idea how critical the damage was.", [], []),
])
def test_hospital_deaths_and_qualified_zeros(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, injured", [
    ("Gunfire hit Tom Brandt and two others outside the store, police said.", [(3, 3)]),
    ("The clerk was discharged from the hospital on Tuesday.", [(1, 1)]),
    ("Wounded in the crossfire was a 9-year-old girl and a 41-year-old man, deputies said.", [(2, 2)]),
    ("Injured were Maria Kowalski, Dante Rivers and Leon Marsh.", [(3, 3)]),
    ("A 5-year-old in the front seat was struck as well but suffered injuries that were not severe.",
     [(1, 1)]),
    ("Witnesses say a gunman opened fire outside the store. The girl was struck in her left hip.", [(1, 1)]),
    ("The pedestrian was struck in the leg by a car.", []),
])
def test_hit_by_gunfire_released_and_inverted(nlp, text, injured):
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    ("Teenage boy survives being shot by a stray round\n", [], [(1, 1)]),
    ("Deputies confirmed that a 4-year-old died from the shooting, his 9-year-old sister is expected to survive.",
     [(1, 1)], [(1, 1)]),
    ("The men fired at the car, striking one of them in the leg.", [], [(1, 1)]),
    ("The teenager died at the hospital. The woman who was shot in the foot was taken to "
     "a clinic in stable condition.", [(1, 1)], [(1, 1)]),
])
def test_survivors_and_shots_that_struck(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    ("One dead, five wounded after parking lot fight\n", [(1, 1)], [(5, 5)]),
    ("Three People Shot in Old Town, One Dead - WXYZ Channel 7\n", [(1, 1)], [(2, 2)]),
    ("Girl, 8, remains hospitalized after shooting at family gathering\n", [], [(1, 1)]),
    ("Ruth Alder, 71, was killed.", [(1, 1)], []),
])
def test_headline_figures_and_subjects(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, shot", [
    ("Police name teen killed in north side quadruple shooting - WKRP9\n", [(1, None)], [(4, 4)]),
    ("PD: Lena Ortiz, 22, shot and killed at Mesa cookout\n", [(1, 1)], []),
    ("Police: Boy, 10, accidentally shot and killed by cousin handling rifle\n", [(1, 1)], []),
])
def test_headline_subjects_the_parser_misreads(nlp, text, killed, shot):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "shot") == shot


@pytest.mark.parametrize("text, shot, injured", [
    ("3 Women, Man Shot At Cookout In East Lakeside\n", [(4, 4)], [(4, 4)]),
    ("12-Year-Old Boy Hurt, 3 Men Also Wounded In Plaza Shooting\n", [], [(4, 4)]),
    ("Two men also wounded in the attack\n", [], [(2, 2)]),
])
def test_headline_lists_with_capitals_and_also(nlp, text, shot, injured):
    assert figures(nlp, text, "shot") == shot
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    ("5-year-old and three adults shot in Oakdale\n", [], [(4, 4)]),
    ("Police: 15-year-old shot on 12th Avenue\n", [], [(1, 1)]),
    ("Gunman named; 3 people, including gunman, dead, 2 wounded\n", [(3, 3)], [(2, 2)]),
    ("Woman charged in shooting that injured girl, left man dead\n", [(1, 1)], []),
])
def test_headline_ages_and_asides(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    ("1 teen killed, 3 in critical condition after shooting\n", [(1, 1)], [(3, None)]),
    ("19-year-old Marcus Pennings of Lakeside died at the scene, and 22-year-old Ana Beltran "
     "of Riverton was hospitalized.", [(1, 1)], [(1, 1)]),
])
def test_conditions_and_named_people_with_ages(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


def test_the_shooter_who_died_is_not_among_those_he_shot(nlp):
    text = "Man who shot 3, including 2 deputies, is killed by troopers, police say\n"
    assert figures(nlp, text, "injured") == []


@pytest.mark.parametrize("text, killed, injured", [
    ("The accident caused the fatal injury of a 72-year-old man.", [(1, None)], []),
    ("His aunt, who was not hurt, called 911.", [], []),
    ("Deputies said the victim was flown to a hospital in Tulsa, where they later died.",
     [(1, 1)], []),
    ("A 15-year-old boy walked into the fire station with a wound to his hand.", [], [(1, 1)]),
    ("He showed up with a gift.", [], []),
    ("Both victims were hospitalized.", [], [(2, 2)]),
    ("Both men were arrested.", [], []),
])
def test_negated_relatives_fatal_injuries_and_arrivals(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed", [
    ("She has two prior arrests, one of them for a non-fatal shooting in 2011.", []),
    ("Police are investigating a fatal shooting on Elm Street.", [(1, None)]),
])
def test_a_non_fatal_shooting_is_no_death(nlp, text, killed):
    assert figures(nlp, text, "killed") == killed


@pytest.mark.parametrize("text, killed, injured", [
    # a surname that comes back is the same person
    ("Carla Voss was shot outside her home on Friday. Friends drove Voss to a hospital. "
     "Voss died there on Sunday.", [(1, 1)], []),
    # the one who drove someone to hospital is not the one hurt
    ("Her cousin was the person who drove the boy to the hospital.", [], [(1, 1)]),
    ("Garcia was one of two teens who survived the attack.", [], [(2, None)]),
])
def test_names_again_and_who_did_what_in_relative_clauses(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, measure, expected", [
    # a casualty adjective before the people it counts
    ("Deputies found four deceased persons inside the farmhouse.", "killed", [(4, 4)]),
    ("Two wounded officers were taken to a hospital after the standoff.", "injured", [(2, 2)]),
    # an event noun whose 'of' names the people it hit
    ("A 30-year-old man was charged in the Sunday shooting of six people outside a bar.", "shot", [(6, 6)]),
    ("Two teens were charged in the fatal shooting of three men near the river.", "killed", [(3, 3)]),
])
def test_people_counted_by_an_adjective_before_them_or_by_the_shooting_of(nlp, text, measure, expected):
    assert figures(nlp, text, measure) == expected


def test_the_shooting_of_counts_people_not_shootings(nlp):
    assert figures(nlp, "Police are looking into two shootings on Elm Street overnight.", "shot") == []


# Reading misses of issue 13: sentences that state a death or an injury in a construction
# the casualty reader did not read (sentences written for these tests).
@pytest.mark.parametrize("text, killed", [
    # a participle on the noun (a reduced relative), tagged VBD by the tagger
    ("Deputies identify the teen fatally shot near Pine Ridge trailhead last week.", [(1, None)]),
    ("Police identify woman fatally shot last week on Birch Avenue\n", [(1, 1)]),
    ("The family of a 9-year-old girl fatally shot outside a bakery is asking for witnesses.", [(1, None)]),
    # the person shot is the subject of a death verb ('... has died')
    ("Woman shot in east Millbrook has died, deputies say\n", [(1, 1)]),
    ("Teen shot on Harbor Road dies at hospital\n", [(1, 1)]),
    # a verb whose object is said to be dead
    ("The medical examiner pronounced 23-year-old Dana Pike of Wilton County dead at 4 a.m.", [(1, 1)]),
    ("Jurors heard about the robbery that left a 15-year-old dead.", [(1, 1)]),
    ("Troopers arrived and found a 40-year-old man dead in the garage.", [(1, 1)]),
    ("Rangers found him dead beside his truck.", [(1, 1)]),
    # a relative clause on a name whose verb gave another measure ('striking')
    ("The gun went off, striking Pruitt, who died at the farmhouse.", [(1, None)]),
    # a death named as an event, without the people
    ("Two brothers charged in Lakeview killing\n", [(1, None)]),
    ("Homicide victim identified as Millbrook woman\n", [(1, None)]),
    ("Detectives are seeking a driver in the shooting death on Birch Lane.", [(1, None)]),
    ("Deputies described the death investigation of a 19-year-old woman.", [(1, None)]),
    ("Divers recovered the body of a woman near the pier.", [(1, None)]),
])
def test_deaths_read_in_more_constructions(nlp, text, killed):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == []


@pytest.mark.parametrize("text", [
    "The pair were indicted for the attempted murders of four teenagers.",
    "Officers charged him with attempted murder on Friday.",
    "The gang is said to target defectors for killing, prosecutors said.",
    "The homicide detective arrived in the morning.",
    "A spike in homicides worries the council.",
    "Rangers found them dead beside the truck.",  # plural: no single person to count
])
def test_no_death_is_read_where_none_is_stated(nlp, text):
    assert figures(nlp, text, "killed") == []


def test_an_event_noun_gives_way_to_the_dead_named(nlp):
    text = "Teen charged in killing\n\nPolice said the cashier, 52, was shot and killed at the counter."
    assert figures(nlp, text, "killed") == [(1, 1)]


def test_a_second_clause_subject_hung_on_the_first_verb(nlp):
    text = "During the holdup a clerk was killed and the owner's son, nephew and a customer were badly wounded."
    assert figures(nlp, text, "killed") == [(1, 1)]
    assert figures(nlp, text, "injured") == [(3, 3)]


def test_ages_after_names_are_not_counts(nlp):
    text = "Inside the van were the bodies of Carla Ruiz and her sons, Ben, 4, and Eli, 6."
    assert all(v not in ((4, 4), (6, 6)) for v in figures(nlp, text, "killed"))
    assert figures(nlp, "Lena, 8, was wounded in the arm.", "injured") == [(1, 1)]


@pytest.mark.parametrize("text, injured", [
    ("The gunman wounded both deputies before fleeing.", [(2, 2)]),
    ("He is accused of wounding both young men and a woman outside the bar.", [(3, 3)]),
])
def test_both_on_an_object_counts_two(nlp, text, injured):
    assert figures(nlp, text, "injured") == injured


def test_an_age_after_a_name_the_recogniser_calls_a_place_is_not_a_count(nlp):
    # the model sometimes tags a first name as a place ('Ethan' as GPE): the parse is built
    # by hand here so the test does not hang on what the model says of one sentence
    words = ["the", "bodies", "of", "Karen", "Hobbs", ",", "Tom", ",", "3", ",", "and", "Evan", ",", "5", "."]
    heads = [1, 1, 1, 4, 2, 4, 4, 6, 4, 4, 4, 4, 11, 11, 1]
    deps = ["det", "ROOT", "prep", "compound", "pobj", "punct", "appos", "punct", "appos", "punct", "cc", "conj",
            "punct", "appos", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "NUM", "PUNCT", "CCONJ", "PROPN",
           "PUNCT", "NUM", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 3, 5, "PERSON"), Span(doc, 6, 7, "PERSON"), Span(doc, 11, 12, "GPE"),
                Span(doc, 13, 14, "CARDINAL")]
    assert _excluded(doc[13], doc[13], None)  # Evan's age, 5


@pytest.mark.parametrize("text, killed, injured", [
    # a kin noun's 'of' figure counts the children, not the dead: one person each
    ("Father of 4 killed in shooting on Birch Road", [(1, 1)], []),
    ("A mother of three was wounded when a stray bullet came through her window.", [], [(1, 1)]),
    # 'a total of' carries its figure to the verb
    ("A total of nine shoppers were hurt as the man fired toward the checkout lanes.", [], [(9, 9)]),
    # a headline's 'wounds 7' is a verb the tagger calls a noun
    ("Gunman opens fire at warehouse, wounds 7", [], [(7, 7)]),
])
def test_figures_that_do_or_do_not_count_the_people_hurt(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


def test_a_relative_clause_of_their_own_says_the_person_shot_died(nlp):
    text = "Deputies shot the driver, who died later at a hospital."
    assert figures(nlp, text, "killed") == [(1, 1)]
    assert figures(nlp, text, "injured") == []
    assert figures(nlp, "Deputies shot a driver who did not die.", "killed") == []


@pytest.mark.parametrize("text, killed, injured", [
    # grieving, not hurt: the progressive with no object (data/victims.json 'feeling_verbs')
    ("There is a grandmother who is hurting tonight.", [], []),
    ("You have got four families hurting after this weekend.", [], []),
    # harm done to someone is still harm
    ("Police said he was hurting his stepson for months.", [], [(1, 1)]),
    ("Two men were shot and killed, and three were hurt.", [(2, 2)], [(3, 3)]),
])
def test_a_grieving_family_is_not_a_casualty(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text", [
    "Eleven teens have been wounded or killed by gunfire this year.",
    "In the past year, six children were killed or injured in accidental shootings.",
])
def test_hurt_or_killed_counts_casualties_not_the_dead(nlp, text):
    """'hurt or killed' (data/victims.json 'either_joiners'): the dead and the hurt together."""
    assert figures(nlp, text, "killed") == []
    assert figures(nlp, text, "injured") == []
    assert len(figures(nlp, text, "casualties")) == 1


@pytest.mark.parametrize("text, killed, injured", [
    # a relative clause on a part of the people counted ('two of whom died',
    # data/victims.json 'part_pronouns') does not make them all dead
    ("The four victims, two of whom died, were found in a car after the shooting.", [(2, 2)], [(2, 2)]),
    ("The five people hurt, one of whom later died, were all neighbours.", [(1, 1)], [(5, 5)]),
    # a clause on them all still counts them all
    ("Three people who died were found in the home.", [(3, 3)], []),
])
def test_a_clause_on_part_of_the_people_counted(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, shot, injured", [
    # the parser hangs the wound on the hospital: still the person's
    ("A second man showed up at a hospital with a gunshot wound.", [(1, 1)], [(1, 1)]),
    ("A teenager later walked into Saint Brigid clinic with a gunshot wound in his thigh.", [(1, 1)], [(1, 1)]),
    # 'left a man with injuries': the wound on the object of 'left'
    ("The gunfire left a man with non-life-threatening injuries.", [], [(1, 1)]),
    # company, not a wound
    ("A man arrived at a hospital with his wife.", [], []),
])
def test_a_wound_brought_to_a_hospital_or_left_on_someone(nlp, text, shot, injured):
    assert figures(nlp, text, "shot") == shot
    assert figures(nlp, text, "injured") == injured


def test_people_shot_who_all_died_say_nothing_of_the_hurt(nlp):
    """'Three people were shot and all three died': a count of the dead; no injured
    figure of 0 comes first to hide a later 'a fourth was wounded'."""
    assert figures(nlp, "Three people were shot and all three died.", "injured") == []
    assert figures(nlp, "Four people were shot and two of them died.", "injured") == [(2, 2)]


@pytest.mark.parametrize("text, shot", [
    ("Deputies found a 52-year-old driver suffering from a gunshot wound.", [(1, 1)]),
    ("He suffers from asthma.", []),
])
def test_suffering_from_a_gunshot_wound(nlp, text, shot):
    assert figures(nlp, text, "shot") == shot


# sentences of our own for the prefilters below: suicides, deaths found or pronounced,
# people named many ways, and sentences with none of that
_PREFILTER_TEXTS = (
    "A farmer fatally shot his baby son and then turned the rifle on himself. "
    "The cadet killed three roommates and himself last winter. "
    "Police say the father shot his 2 children, then himself. "
    "The clerk committed suicide a week later. "
    "She took her own life in the spring. "
    "The baker killed his wife and nephew before shooting himself at dawn. "
    "He shot himself dead in the garage. "
    "Deputies found a 34-year-old man dead in the basement. "
    "The medical examiner pronounced 23-year-old Dana Pike of Wilton County dead at 4 a.m. "
    "The crash left the driver dead. "
    "Both victims were taken to hospital, and a third was treated at the scene. "
    "Another was hurt; the old man and Officer Reyes were unharmed. "
    "Kansas deputies: Uncle kills niece, nephew, then himself\n"
    "The council approved a budget of $4 million for the new library on Tuesday."
)


def test_the_casualty_matchers_sentence_prefilter_never_drops_a_match(nlp):
    # victims._may_match spares the suicide and object_dead Matchers the sentences
    # without a word each token of one of their patterns needs: every sentence where a
    # Matcher finds something passes it, and a sentence without those words does not
    from reconcile.data import load
    from reconcile.extract import victims

    doc = nlp(_PREFILTER_TEXTS)
    od = victims._needs([p["pattern"] for p in load("casualty_patterns")["object_dead"]])
    found = {"suicide": 0, "object_dead": 0}
    for sent in doc.sents:
        for key, matcher, needs in (("suicide", victims._suicide_matcher(doc.vocab), victims._suicide_needs()),
                                    ("object_dead", victims._object_dead_matcher(doc.vocab), od)):
            if matcher(sent):
                found[key] += 1
                assert victims._may_match(sent, key, needs), (key, sent.text)
    assert found["suicide"] >= 5 and found["object_dead"] >= 2  # the sentences do match
    last = list(doc.sents)[-1]
    assert not victims._may_match(last, "suicide", victims._suicide_needs())
    assert not victims._may_match(last, "object_dead", od)


def test_the_quick_person_test_is_false_only_where_person_like_is(nlp):
    # victims.implicit skips a token _maybe_person rules out: person_like must be
    # False on every such token
    from reconcile.extract import victims
    from reconcile.text.lexicon import lexicon

    doc = nlp(_PREFILTER_TEXTS)
    group = lexicon().person_group
    people = [t for t in doc if victims.person_like(t)]
    assert len(people) >= 10
    assert all(victims._maybe_person(t, group) for t in people)
    assert not all(victims._maybe_person(t, group) for t in doc)  # it does rule tokens out


def test_the_matcher_prefilter_finds_the_sentences_with_every_needed_word(nlp):
    # victims._may_match: a sentence may hold a match only if it has a word for every
    # need of one pattern; the needs' words are looked up once per doc, then per need
    from reconcile.extract.victims import _may_match

    needs = ((("LOWER", frozenset({"turned", "aimed"})), ("LEMMA", frozenset({"gun"}))),
             (("LOWER", frozenset({"took"})), ("LOWER", frozenset({"life"}))))
    doc = nlp("He turned the gun on a dog. She aimed at the door. Then he took his own life. "
              "The guns were found later, and he aimed them away.")
    got = [_may_match(s, "test_prefilter", needs) for s in doc.sents]
    assert got == [True, False, True, True]


def _misses(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize("text, injured", [
    # 'other' people shot are besides the dead told before them, with or without 'also'
    ("A club owner was shot and killed at a bar early Sunday. Three other people were shot at the bar.",
     [(3, 3)]),
    ("A club owner was shot and killed at his bar late Friday.\n\n"
     "\"We have no word yet on the other three gunshot victims,\" a deputy said.",
     [(3, 3)]),
    # 'the other boy', the second of two, is no count of others (and may be the dead)
    ("Deputies said an 8-year-old fatally shot a 13-year-old in a garage on Sunday. The cousins had found "
     "a rifle, and the younger boy shot the other boy by accident.", []),
    # the dead told before may be these others: not the injured
    ("Three relatives were found dead in a farmhouse. Detectives say the man shot the other two "
     "victims and then killed himself.", []),
    # no 'other': the dead told before are among the people shot
    ("A club owner was shot and killed at a bar early Sunday. Three people were shot at the bar.",
     [(2, 2)]),
])
def test_other_people_shot_are_not_less_the_dead_before_them(nlp, text, injured):
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # a plural person noun and the ages of its people (data/casualty_patterns.json 'aged_plural')
    ("Dad kills daughters, 6 and 9, before turning the gun on himself\n", [(3, 3)], []),
    ("He shot and killed his daughters, ages 5 and 7, then turned the gun on himself.", [(3, 3)], []),
    ("Mother kills sons, 4, 9 and 11, at farmhouse\n", [(3, 3)], []),
    ("Police said the gunman wounded the brothers, 19 and 21, outside the store.", [], [(2, 2)]),
    # negated, or no people: no count
    ("His sons, 8 and 10, were not hurt.", [], []),
    ("The stores, 10 and 12, were closed after the robbery.", [], []),
])
def test_the_ages_after_a_plural_count_its_people(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # a headline's death after 'One of N people shot' is the one's: the others were hurt
    ("One of two men shot late Friday in Oakdale dies\n", [(1, 1)], [(1, 1)]),
    ("One of three teens shot outside Oakdale mall dies\n", [(1, 1)], [(2, 2)]),
    ("Teen shot in north Oakdale has died\n", [(1, 1)], []),
])
def test_one_of_several_shot_who_died_is_a_part(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # 'N of the M people shot died' (data/casualty_patterns.json 'group_part'): M counts the
    # group its participles name, N is a part of it with the outcome of its own verb
    ("Two of the six people shot died.", [(2, 2)], [(4, 4)]),
    ("Three of the five teens shot Saturday night later died at the hospital.", [(3, 3)], [(2, 2)]),
    ("One of the two men shot has died.", [(1, 1)], [(1, 1)]),
    # a group of the killed: its part is one of them, not a death of its own nor any hurt
    ("Detectives say one of the four women shot and killed last month knew the gunman.", [(4, 4)], []),
    ("The mayor said one of the three cousins shot and killed on the block was a coach.", [(3, 3)], []),
    # 'shot and wounded': the group is of the hurt; a part whose verb names no death counts nothing
    ("Police said two of the five men shot and wounded on Friday were brothers.", [], [(5, 5)]),
])
def test_a_part_of_a_group_named_by_its_participles(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, shot, killed", [
    # 'one of N people gunned down' (data/casualty_patterns.json 'part_of_shot'): the group
    # counts people shot, some of whom may have lived, not N dead
    ("Records show Ramon was one of five young men gunned down outside the arena that spring.", [(5, 5)], []),
    ("Ramon was one of the three cousins gunned down on the block.", [(3, 3)], []),
    # a lone 'gunned down', or one followed by a death, stays a count of the dead
    ("Three men were gunned down outside the arena.", [], [(3, 3)]),
    ("Ramon was one of three cousins gunned down and killed on the block.", [], [(3, 3)]),
])
def test_one_of_a_group_gunned_down_counts_people_shot(nlp, text, shot, killed):
    assert figures(nlp, text, "shot") == shot
    assert figures(nlp, text, "killed") == killed


# Paraphrases, in words of our own, of cases above that the reader gets right in one
# wording and wrong in another of the same construction: each names what it misses.
@pytest.mark.parametrize("text, killed, injured", [
    pytest.param("The shooting left a 13-year-old girl dead and her 10-year-old friend injured.",
                 [(1, 1)], [(1, 1)], marks=_misses(
                     "'left X dead and her N-year-old friend injured' loses the injured one when the "
                     "second age has two digits ('her 9-year-old' is read)")),
    pytest.param("Vigil held for woman shot and killed in Oakdale\n", [(1, 1)], [], marks=_misses(
        "a headline's 'for woman shot and killed' is a referred victim (at least one); "
        "'for student shot and killed' is one")),
    pytest.param("A young nurse is dead and three men are in custody after an overnight shooting.\n\n"
                 "Officers were called to the apartments after four people were shot.",
                 [(1, 1)], [(3, 3)], marks=_misses(
                     "'a young nurse is dead' is no death: 'nurse' is not among the person nouns "
                     "('a young mother is dead' is read)")),
    pytest.param("Witnesses say a man opened fire outside the store. The girl was struck in her left hip.",
                 [], [(1, 1)], marks=_misses(
                     "'struck in her hip' is a person shot after 'a gunman opened fire', not after "
                     "'a man opened fire'")),
])
def test_paraphrases_the_reader_misses(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, injured", [
    # a figure counting things that are no people is no casualty count, even beside a wound
    ("A woman was discovered on the ground between two parked vans with a gunshot wound.", []),
    ("Officers found two teens with gunshot wounds near the store.", [(2, 2)]),
])
def test_a_count_of_things_beside_a_wound_is_no_casualty(nlp, text, injured):
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # a headline's 'X killed, Y hurt': two clauses, each with its own person
    ("Toddler killed, adult critically injured in Elmwood shooting", [(1, 1)], [(1, 1)]),
    ("Teen dead, father wounded in shooting at park", [(1, 1)], [(1, 1)]),
    ("Mother, child found dead in Elmwood home", [(2, 2)], []),
])
def test_a_headline_of_two_people_each_with_its_own_outcome(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # an age the tagger takes for the noun of 'shot herself' (casualty_patterns.json 'age_participle')
    ("Deputies said a 12-year-old shot herself in the knee while cleaning a rifle.", [], [(1, 1)]),
    ("A 15-year-old shot himself in the head on Sunday and died at the scene.", [(1, 1)], []),
])
def test_an_age_before_shot_himself_is_the_one_hit(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # a shot fired at oneself that the parse misses (casualty_patterns.json 'self_shot'):
    # a title-case headline, and a shot into one's own body part
    ("Girl, 9, Shoots Self With Uncle's Rifle", [], [(1, 1)]),
    ("Toddler Shoots Herself With Grandpa's Pistol In Garage", [], [(1, 1)]),
    ("Hunter shoots own foot while climbing a fence", [], [(1, 1)]),
    ("Deputies said the teenager shot his own hand with a pistol.", [], [(1, 1)]),
    # a death told after it, or 'fatally' before it, is a death, not a wound
    ("Boy Accidentally Shoots Himself, Dies At Hospital", [(1, 1)], []),
    ("Farmer Fatally Shoots Self After Standoff", [(1, 1)], []),
    # not a threat, and not a person shot by someone else in title case
    ("Man Threatens To Shoot Himself, Police Say", [], []),
])
def test_a_shot_fired_at_oneself_is_one_person_hit(nlp, text, killed, injured):
    assert figures(nlp, text, "killed") == killed
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, injured", [
    # the person whose body part a bullet hit
    ("Teen's finger grazed by bullet at Elmwood gas station", [(1, 1)]),
    ("The man's car was hit by a bullet.", []),
])
def test_a_body_part_hit_is_its_person_hurt(nlp, text, injured):
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, injured", [
    # a list of names the parser breaks after the first comma (an adverb of the name before)
    ("Ann Ruiz, Tom Varga, Demarcus Poe and Lyle Banner were wounded.", [(4, 4)]),
    ("Ann Ruiz, Tom Varga and Lyle Banner were wounded.", [(3, 3)]),
    ("Ann Ruiz, Monday, was wounded.", [(1, 1)]),
])
def test_a_list_of_names_the_parser_breaks(nlp, text, injured):
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, shot, killed", [
    # 'one of N who were ...': the relative clause tells of the N (session 24, kin33)
    ("Her cousin was one of six who were shot behind the rink.", [(6, 6)], []),
    ("Her cousin was one of nine who were gunned down behind the rink.", [(9, 9)], []),
    ("Her cousin was one of six boys who were gunned down behind the rink.", [(6, 6)], []),
    ("Her cousin was one of six who were killed behind the rink.", [], [(6, 6)]),
    ("Her cousin was one of six who were arrested behind the rink.", [], []),
])
def test_one_of_a_group_told_by_a_relative_clause(nlp, text, shot, killed):
    assert figures(nlp, text, "shot") == shot
    assert figures(nlp, text, "killed") == killed


@pytest.mark.parametrize("text, shot", [
    # 'hit during the shooting' with no bullet or body part named (silent37)
    ("A cousin was also hit during the gunfire, officers said.", [(1, 1)]),
    ("A deputy was struck in the exchange of gunfire.", [(1, 1)]),
    ("A player was hit during the game.", []),
    ("Two sheds and a van were hit during the shooting, officers said.", []),
    ("Gunfire broke out near a diner. Several trucks were hit during the shooting.", []),
])
def test_hit_during_the_shooting_is_a_person_shot(nlp, text, shot):
    assert figures(nlp, text, "shot") == shot


@pytest.mark.parametrize("text, killed", [
    # 'claimed the life of' one person, 'ended a girl's life' (silent37): at least one, as
    # for 'the murder of X' (the account reads one)
    ("The gunfire claimed the life of a 58-year-old woman.", [(1, None)]),
    ("One of the bullets took the life of Dale Hunt.", [(1, None)]),
    ("The gunfire ended a young mother's life on Sunday.", [(1, None)]),
    ("No one may ever take the life of a neighbour, the pastor said.", []),
])
def test_a_life_taken_is_a_person_killed(nlp, text, killed):
    assert figures(nlp, text, "killed") == killed



@pytest.mark.parametrize("text, injured", [
    # 'and is in stable condition' after a trip (silent37): the parser makes 'is' an AUX conjunct
    ("The child was flown to Lakeside and is currently in stable condition.", [(1, 1)]),
    ("The clerk was taken to a trauma unit and is in serious condition.", [(1, 1)]),
    ("The clerk was questioned and is in the office.", []),
    # not after a 'be' of its own: the figure is the man's age, not people hurt
    ("Police said the man was 34 and was in good condition.", []),
])
def test_a_condition_after_and_is_said_of_the_same_person(nlp, text, injured):
    assert figures(nlp, text, "injured") == injured


@pytest.mark.parametrize("text, shot, killed", [
    # an age in the possessive, which the tokenizer splits from its "'s" (silent37)
    ("A 9-year-old's ankle was grazed by a stray round at a bus stop.", [(1, 1)], []),
    ("Deputies are looking into a 16-year-old's death near the quarry.", [], [(1, None)]),
    ("The 15-year-old's aunt said he was at home all night.", [], []),
])
def test_an_age_in_the_possessive_names_a_person(nlp, text, shot, killed):
    assert figures(nlp, text, "shot") == shot
    assert figures(nlp, text, "killed") == killed


@pytest.mark.parametrize("text, injured", [
    # plant57: the group a part is taken from ('one of six people wounded') is counted whole,
    # though the part's clause is a 'be'; before, each was read as at least N (some of them)
    ("A nurse who was one of six people wounded on Saturday near a pharmacy in Dayton was only passing "
     "by, a detective said.", [(6, 6)]),
    ("The driver, who was one of three men shot and wounded on Elm Street, was released.", [(3, 3)]),
    ("The clerk was among five people hurt in the shooting, police said.", [(5, 5)]),
    ("Each of the three men hurt is in stable condition.", [(3, 3)]),
    # the part itself is still some of them; so is a narrower class or a noun a clause narrows
    ("Two of the five victims are in critical condition.", [(2, None)]),
    ("The cashier was one of two civilians injured.", [(2, None)]),
    ("The guard was among three victims who were taken to that hospital.", [(3, None)]),
])
def test_one_of_a_group_counts_the_group_whole(nlp, text, injured):
    assert figures(nlp, text, "injured") == injured
