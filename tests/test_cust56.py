"""cust56 (session 38, issue 13): custody statements told as someone's record (a past arrest in the
pluperfect, beside a record or a crime that is no gunfire) kept out of the arrested toll, the
custody rows and the sources said to tell someone held. Sentences of our own."""

from __future__ import annotations

from conftest import account_custody, account_toll, findings_of, report_of


OLD_ARREST = ("Man shot his brother, then himself, in Marlow\n\nA man shot his brother dead at their house on Elm Road "
              "in Marlow on Sunday and then killed himself with the gun, police said.\n\nDale Voss, 31, had lived in "
              "Kent until last year. Police in Kent said Voss had been arrested there for shoplifting and vandalism.\n")


def test_an_old_arrest_for_another_crime_is_no_arrest_of_the_event(tmp_path):
    rep = report_of(tmp_path, {"a.txt": OLD_ARREST})
    assert account_toll(rep, "arrested") is None
    assert not any(g == "held" for g, _ in account_custody(rep))


def test_an_arrest_for_another_crime_told_as_now_stays(tmp_path):
    # without the pluperfect the same arrest is told as now: the rule leaves it to the others
    text = OLD_ARREST.replace("Voss had been arrested there", "a neighbour was arrested there on Monday")
    rep = report_of(tmp_path, {"a.txt": text})
    assert ("held", "arrested") in account_custody(rep)


RECORD = ("Three dead in trailer fire in Marlow\n\nThree people were shot dead inside a burning trailer on Elm Road "
          "in Marlow, deputies said. Deputies are searching for two suspects.\n\nOne of the dead, Rory Dane, had "
          "recently been charged with assault and false imprisonment, county records show.\n")

OTHER = ("Three dead in trailer fire in Marlow\n\nThree people were shot dead inside a burning trailer on Elm Road "
         "in Marlow. No arrests have been made, the sheriff said.\n")


def test_a_victim_s_charges_in_the_records_are_not_a_page_telling_someone_held(tmp_path):
    rep = report_of(tmp_path, {"a.txt": RECORD, "b.txt": OTHER})
    assert not any(g == "charged" for g, _ in account_custody(rep))
    arrested = rep["event"]["tolls"].get("arrested")
    assert arrested is not None and (arrested["low"], arrested["high"]) == (0, 0)
    assert not findings_of(rep, kind="fact", measure="custody")


def test_a_charge_in_the_pluperfect_with_no_record_stays(tmp_path):
    text = RECORD.replace(", county records show", "").replace("had recently been charged with assault and false "
                                                                 "imprisonment", "had been charged with murder in "
                                                                 "the killings")
    rep = report_of(tmp_path, {"a.txt": text})
    assert ("charged", "charged") in account_custody(rep)


BLOTTER = ("Police log\n\nA man was jailed on Sunday on counts of firing a handgun near a school on Elm Road in "
           "Marlow, police said.\n\nA woman, 40, was arrested on Oak Street late on Tuesday, suspected of possessing a "
           "controlled substance and drug paraphernalia.\n")


def test_a_drug_arrest_beside_the_shooting_is_another_matter(tmp_path):
    rep = report_of(tmp_path, {"a.txt": BLOTTER})
    held = [t for g, t in account_custody(rep) if g == "held"]
    assert held == ["jailed"]


def test_more_drug_charges_of_the_one_held_stay(tmp_path):
    # 'also' before the custody words: more charges of someone held for the event
    text = BLOTTER.replace("A woman, 40, was arrested on Oak Street late on Tuesday, suspected of possessing",
                           "He also faces charges of possessing")
    rep = report_of(tmp_path, {"a.txt": text})
    assert ("charged", "faces charges") in account_custody(rep)


SOLD = ("Teen shot by deputy on Elm Road\n\nA deputy shot a 16-year-old dead on Elm Road in Marlow on Saturday, "
        "the sheriff said.\n\nDeputies arrested two people thought to have sold the drugs the teen had taken. They "
        "are Dale Voss, 24, and Rory Dane, 30.\n\nVoss and Dane were arrested on suspicion of selling a controlled "
        "substance.\n")


def test_people_held_for_selling_drugs_are_not_the_event_s_arrests(tmp_path):
    # (a later 'Dane is in custody' naming one of them is still read as held: left alone, as a
    # suspect's drug record elsewhere on a page must not clear his arrest for the shooting)
    rep = report_of(tmp_path, {"a.txt": SOLD})
    assert account_toll(rep, "arrested") is None

