"""Rows read wrong in session 65, from the careful readings of rounds 159 and later. Sentences
and people are invented; end to end on the real model."""

from __future__ import annotations

from conftest import fact_moments, one_article_tolls, persons_by_name, report_of


def test_her_of_a_participle_clause_is_the_one_its_verb_struck(nlp):
    # 'It struck Ana, killing her': the girl, not the uncle named by a possessive before; the
    # recogniser makes the first name alone a place, so only the clause's verb tells who she is
    text = ("A 6-year-old girl was killed on Friday at a home on Pine Street in Dover. Deputies said the aunt and "
            "uncle of Savannah Greer, Dana Pell and Rob Marsh Jr., were charged with failing to store a gun. The "
            "boy, who is the Marsh's son, was showing the girls a shotgun when it went off. It struck Savannah, "
            "killing her.")
    got = persons_by_name(nlp, text)
    assert got["Rob Marsh"]["outcome"] != "killed"


_RECALLED = ("Four people shot Friday night in Dover\n\nPolice say four people, including a 12-year-old boy, were "
             "wounded in a shooting Friday night on Mill Road in Dover.\n\nOfficials said the gunfire was reported "
             "at about 8 p.m. and is believed to have been a drive-by.\n\nThe boy was taken to a hospital in "
             "critical condition. Two men and a woman were treated for minor wounds.\n\nNo arrests were made.\n\n"
             "The scene of Friday's shooting was close to Oak Avenue, where 10-year-old Cody Marsh and his "
             "15-year-old brother were shot last month.\n\nThe brothers were playing cards when the shots came. "
             "Cody was killed.\n\nA pastor plans a meeting this week; Cody's family will be there.")


def test_a_death_told_after_a_naming_set_last_month_is_that_case(nlp):
    # the boy first named in a clause of last month, his death told two sentences on with no
    # time of its own: that case's, not the event's
    got = persons_by_name(nlp, _RECALLED)
    assert got["Cody Marsh"]["role"] != "victim"


def test_a_count_that_names_a_recalled_person_is_no_toll(tmp_path):
    # 'Cody was killed' counts the earlier case's dead: the page's account keeps no death
    tolls = one_article_tolls(tmp_path, "recalled", _RECALLED)
    assert "killed" not in tolls
    assert tolls["injured"] == (4, 4)


def test_an_arrest_told_as_done_before_is_a_record(nlp):
    # 'have arrested him before': someone's record, no one held for the event
    said = "Police in a nearby town have arrested Ray Dunn before over fights with the brothers."
    assert fact_moments(nlp, "custody", said) == []
    # a 'before' with an object of its own is a time of this arrest
    said = "Ray Dunn was arrested shortly before noon on Friday."
    assert fact_moments(nlp, "custody", said) == [("held", "arrested")]


def test_undated_arrests_read_the_higher_of_two_as_well_supported(tmp_path):
    # no dates: 'two in custody' on one page, three named charged on another; arrests only add
    # up, so the event reads at least three, not the stated two
    rep = report_of(tmp_path, {
        "a.txt": ("Two held after man killed on Elm Street\n\nA man was shot and killed on Elm Street in Dover on "
                  "Friday night. Police said two people are in custody."),
        "b.txt": ("Third person charged in Elm Street killing\n\nA third person has been charged in the fatal "
                  "shooting of a man on Elm Street in Dover. Dana Reyes, Lee Park and Sam Ortiz are each charged "
                  "with murder, police said.")})
    arrested = rep["event"]["tolls"]["arrested"]
    assert arrested["low"] == 3


def test_undated_none_against_an_arrest_stays_a_range(tmp_path):
    # guard: 'no arrests' on one page and one man held on another, no dates: a disagreement the
    # event keeps open, not the higher figure
    rep = report_of(tmp_path, {
        "a.txt": ("Man killed on Elm Street\n\nA man was shot and killed on Elm Street in Dover on Friday night. "
                  "No arrests have been made, police said."),
        "b.txt": ("Arrest in Elm Street killing\n\nPolice arrested Lee Park, 24, in the fatal shooting of a man on "
                  "Elm Street in Dover on Friday night.")})
    arrested = rep["event"]["tolls"]["arrested"]
    assert arrested["low"] in (None, 0)


def test_the_suspects_in_custody_are_two_or_more(tmp_path):
    # a plural subject held: at least two, how many not said
    tolls = one_article_tolls(tmp_path, "plural", (
        "Man shot dead outside store\n\nA man was shot and killed outside a store on Pine Street in Dover on "
        "Saturday night. Police said two men fired from a car. The suspects are in custody."))
    assert tolls["arrested"][0] == 2


def test_a_group_counted_within_another_total_is_no_event_reading(tmp_path):
    # a first post's '2 women shot' against a story of three wounded naming the two women among
    # them: the comparison calls the two a part, and the event reads the three
    rep = report_of(tmp_path, {
        "a.txt": ("Dover news: 2 women shot\n\nWitnesses said they heard shots around 9:30 Saturday night on Anson "
                  "Street and two women are in critical condition. One woman was shot in the chest and the other in "
                  "the back."),
        "b.txt": ("Two teens charged in Anson Street shooting\n\nTwo teens were charged Tuesday in a shooting that "
                  "wounded three people over the weekend on Anson Street in Dover. Investigators say two women were "
                  "shot, and a 9-year-old boy was hit by a bullet fragment.")})
    injured = rep["event"]["tolls"]["injured"]
    assert (injured["low"], injured["high"]) == (3, 3)


def test_people_detained_while_their_role_is_looked_into_are_no_arrests(tmp_path):
    # 'three people have been detained, and the investigation into their potential role is
    # ongoing': taken in, not the event's three arrested
    tolls = one_article_tolls(tmp_path, "taken_in", (
        "Two killed, two hurt in Dover shooting\n\nTwo people were killed and two were hurt in a shooting on "
        "Sunrise Street in Dover on Monday night. The two people who were injured had minor wounds, police said. "
        "There are three people who have been detained by police, and the investigation into their potential "
        "role in the shooting is ongoing."))
    assert "arrested" not in tolls


def test_a_town_named_only_in_the_site_name_is_no_place(tmp_path):
    # the station's home town in the title's site name is not where the shooting was
    rep = report_of(tmp_path, {"a.txt": (
        "UPDATE: Woman charged after accidental death of teenage boy in W - WXYZ 13 Charleston, Huntington WV "
        "News, Weather, Sports\n\nA woman was charged on Monday after a 15-year-old boy was shot and killed at a "
        "home on Cleveland Avenue in Fairmont, police said. The boy died at the scene.")})
    assert rep["accounts"][0]["place"] != "Charleston"


def test_the_one_named_dead_man_of_a_dad_who_killed_himself_is_the_suspect(nlp):
    # 'Teen dad kills infant, self': the page's one named person, found dead at the wheel, is
    # that father, whom no pronoun gives a sex
    text = ("Teen dad kills infant, self in Pine Creek\n\nPINE CREEK (AP) - A young father and his 7-month-old "
            "daughter were found dead in a car in Pine Creek in an apparent murder-suicide.\n\nAround 10 p.m. "
            "Monday, an officer tried to stop a car that was believed to be driven by a suicidal man. The car "
            "stopped at the intersection of Division Road and Main Street, officials said.\n\nThe officer found "
            "the driver, 19-year-old Kyle Dean Moss, slumped over and unconscious. The officer then found a baby "
            "in the back seat.\n\nBoth Moss and the baby were dead from apparent gunshot wounds.")
    got = persons_by_name(nlp, text)
    assert (got["Kyle Dean Moss"]["role"], got["Kyle Dean Moss"]["outcome"]) == ("suspect", "killed")


def test_a_name_after_in_icu_at_is_a_hospital(nlp):
    # 'still in ICU at Helen Dorsey': a hospital named after someone, no person, and so not the
    # one the 'he was shot' after 'his mom says' stands for
    text = ("Teen shot in the back in Dover\n\nPolice said two men fired at a group of teens on Pine Street on "
            "Saturday. As of Monday night, Derek Gray, 17, was still in ICU at Ben Taub after his mom says he "
            "was shot three times in the back while running away.")
    got = persons_by_name(nlp, text)
    assert "Ben Taub" not in got
    assert got["Derek Gray"]["outcome"] == "injured"


def test_lives_saved_are_no_dead(tmp_path):
    # 'likely saved many lives' counts no one killed; the toll is the page's own five
    tolls = one_article_tolls(tmp_path, "saved", (
        "Servicemen remembered\n\nUPDATE: Navy Petty Officer Ray Dunn, 26 likely saved many lives before his "
        "was taken, his family said.\n\nFive servicemen were killed in the attack on the recruiting center on "
        "Thursday, officials said."))
    assert tolls["killed"] == (5, 5)


def test_a_toll_brought_to_a_figure_past_a_phrase_is_that_toll(tmp_path):
    # 'bringing the military death toll after the shooting rampage in Elmford, Ohio to 5': the
    # parser hangs 'to 5' on the phrase between; still the page's death toll
    tolls = one_article_tolls(tmp_path, "toll", (
        "Sailor remembered\n\nNavy Petty Officer Ray Dunn died from his injuries Saturday, bringing the military "
        "death toll after the shooting rampage in Elmford, Ohio to 5. Dunn is survived by his wife."))
    assert tolls["killed"][0] == 5


def test_one_taken_to_a_jail_is_held(nlp):
    # taken from the hospital to the county jail: held
    said = "Lee Park was released from a hospital and taken to the Elm County Jail."
    assert fact_moments(nlp, "custody", said) == [("held", "taken to the Elm County Jail")]
    # taken to a hospital: no one held
    assert fact_moments(nlp, "custody", "The victim was taken to a hospital in critical condition.") == []
