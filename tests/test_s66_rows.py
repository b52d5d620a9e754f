"""Rows read wrong in session 66, from the careful readings of rounds 178-181. Sentences and
people are invented; end to end on the real model."""

from __future__ import annotations

from conftest import fact_moments, persons_by_name, report_of

_BROTHERS = ("Sheriff: brothers argued before shooting kills 2\n\n"
             "Sheriff: brothers argued before shooting kills 2\n\n"
             "By ANN LEEWire Press\n\n"
             "DOVER (AP) - A 12-year-old boy was cooking with his older brother when an argument broke out, and the "
             "boy shot his 6-year-old brother to death, wounded his older brother in the leg and killed himself, "
             "the sheriff said Thursday.\n\n"
             "The boys were identified as 12-year-old Sam Reed, 6-year-old Tom Reed and 16-year-old Ben Reed.")


def test_the_self_killers_age_names_him_among_brothers(nlp):
    # three named brothers, all male: the age of 'A 12-year-old boy ... the boy shot ... and
    # killed himself' tells which one did it, whatever his age; the lead skips the repeated
    # headline and the byline to reach the sentence
    got = persons_by_name(nlp, _BROTHERS)
    assert (got["Sam Reed"]["role"], got["Sam Reed"]["outcome"]) == ("suspect", "killed")
    assert got["Tom Reed"]["role"] == "victim"
    assert got["Ben Reed"]["role"] == "victim"


def test_no_named_person_of_the_self_killers_age_names_no_one(nlp):
    # no brother of 12 named: no one is made the one who fired
    got = persons_by_name(nlp, _BROTHERS.replace("12-year-old Sam", "13-year-old Sam"))
    assert all(r["role"] != "suspect" for r in got.values())


def test_people_being_sought_are_no_one_held(nlp):
    # the noun the participle follows is the one sought ('two men being sought'): no one held
    assert fact_moments(nlp, "custody", "Police released photos of two men being sought in the shooting.") \
        == [("none", "men being sought")]
    # one of several sought says others may be held
    assert [m for m, _w in fact_moments(nlp, "custody", "A second man being sought was seen on Elm Street.")] \
        == ["sought"]
    # a search for witnesses who lied says nothing of the shooter
    assert fact_moments(nlp, "custody", "Two women are being sought for giving false information to police.") == []


def test_recovering_at_home_is_out_of_the_hospital(nlp):
    said = "Two women were wounded in Dover on Sunday. She and her mother are both recovering at home."
    assert [m for m, _w in fact_moments(nlp, "condition", said)] == ["released"]
    # what is still to come says nothing
    said = "Two men were hurt in Dover on Sunday. They will be recovering at home soon, police said."
    assert fact_moments(nlp, "condition", said) == []


def test_the_grandson_of_a_named_official_is_the_one_shot(nlp):
    # 'The grandson of ... Rep. Lenny Marsh was fatally shot': the 'of' the parser leaves with no
    # object makes the name the grandson's kin, not the one shot
    text = ("Lenny Marsh, Chicago congressman, grieves after grandson dies in home invasion shooting\n\n"
            "CHICAGO -- The grandson of Illinois U.S. Rep. Lenny Marsh was fatally shot in a home invasion in Chicago, "
            "the Democratic congressman and police said.\n\nLee Park, 15, died Friday night at the scene in the "
            "Englewood neighborhood on the city's South Side, CBS Chicago reports.")
    got = persons_by_name(nlp, text)
    assert got["Lenny Marsh"]["outcome"] != "killed"
    assert (got["Lee Park"]["role"], got["Lee Park"]["outcome"]) == ("victim", "killed")


def test_two_pages_sharing_nothing_with_other_ages_are_two_cases(tmp_path):
    # no name, place or date in common and a boy of 14 against a boy of 3: neither is the
    # other's event, so both are set aside and the report reads no event
    rep = report_of(tmp_path, {
        "a.txt": ("Mother says shooting of teen in Elmford an accident\n\nELMFORD, S.D. - Police responded to a home "
                  "on Lake Drive around 2:40 p.m. Saturday. A 14-year-old was found with a gunshot wound and died "
                  "later at a hospital. Another 14-year-old was arrested two days later on manslaughter charges."),
        "b.txt": ("Shooting death of toddler ruled accidental\n\nPine County, TN - The medical examiner found the "
                  "shooting death of a 3-year-old on Monday to be accidental. Officials say the boy shot himself "
                  "while playing with a gun. The sheriff's office will send its findings to the district "
                  "attorney.")})
    assert sorted(rep["off_topic"]) == ["a", "b"]


def test_neither_a_suspect_nor_a_motive_is_no_one_held(nlp):
    said = "Police said the victim was an adult. Neither a suspect nor a motive were identified right away."
    assert [m for m, _w in fact_moments(nlp, "custody", said)] == ["none"]
    # 'neither' of the people held says nothing of custody
    assert fact_moments(nlp, "custody", "Neither suspect was hurt in the crash.") == []


def test_cleared_of_charges_and_released_from_jail_are_read(nlp):
    assert [m for m, _w in fact_moments(nlp, "custody", "Ray Dunn was cleared of all charges on Friday.")] \
        == ["dropped"]
    assert [m for m, _w in fact_moments(nlp, "custody", "Ray Dunn was officially released from jail on Monday.")] \
        == ["released"]
    # an officer's clearance after he fired is no charge dropped; a release on bond no release
    assert fact_moments(nlp, "custody", "The officer was cleared of wrongdoing.") == []
    assert fact_moments(nlp, "custody", "Dunn was released from jail on a $5,000 bond.") == []


def test_held_on_no_bond_and_now_in_jail_are_someone_held(nlp):
    said = "The suspect is being held on no bond in the Pine County Jail."
    assert [m for m, _w in fact_moments(nlp, "custody", said)] == ["held"]
    said = "Ray Dunn is now in the Pine County Jail."
    assert [m for m, _w in fact_moments(nlp, "custody", said)] == ["held"]
    assert fact_moments(nlp, "custody", "Ray Dunn has been in jail before.") == []


def test_taken_to_a_detention_center_is_held_not_hurt(nlp):
    text = ("Ray Dunn, 24, was charged with murder in the death of a toddler in Dover. Dunn was taken to the Wake "
            "County Detention Center on Friday.")
    assert persons_by_name(nlp, text)["Ray Dunn"]["outcome"] == "arrested"
    # a medical center is care
    text = "Two men were shot in Dover on Friday. Ray Dunn, 24, was taken to the Elm Medical Center."
    assert persons_by_name(nlp, text)["Ray Dunn"]["outcome"] == "injured"


def test_murdered_on_a_weekday_dates_the_shooting(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": ("Man killed on Elm Street in Dover\n\nA 30-year-old man was murdered Saturday night on Elm Street "
                  "in Dover, police said. No arrests have been made."),
        "b.txt": ("Dover man shot dead on Elm Street\n\nA 30-year-old man was shot and killed Tuesday on Elm Street "
                  "in Dover. Police are looking for the gunman.")})
    assert [f["subject"] for f in rep["findings"] if f["status"] == "differ" and f["kind"] == "fact"
            and f["measure"] == "time"] == ["time · day"]
