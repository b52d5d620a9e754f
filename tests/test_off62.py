"""Session 43 (off62, issue 13): a page on another case, which names only people no other
source names and is tied to (almost) none of them by a place, an age or a count, is off-topic,
in a folder of two too. A story quoting 'court documents' does not share a person's surname
'documents' with another; 'Court' and 'Municipal' are words of any city's news. Sentences of
our own, about invented shootings."""

from __future__ import annotations

from conftest import account_of, report_of

HOME = ("Two dead in Linden Park shooting\n\nTwo people died and a third was hurt late Sunday when a man "
        "opened fire in the yard of a house on Quarry Lane in Linden Park, police said. Officers identified the "
        "dead as Rosa Tellez, 44, and Mateo Tellez, 47; their son was hurt. Police shot and killed the gunman, "
        "Victor Amsel, after he refused to drop his weapon, according to court documents. Amsel had been ordered "
        "to stay away from the family this spring. A cousin who studied at Linden High said the family was "
        "close.\n")
CHARGE = ("Harrow man charged in killing near Crane Hollow\n\nA Harrow man is accused of shooting a driver whose "
          "body was found on a ranch road near Crane Hollow last week, according to court documents. Dale Orrin, "
          "35, was charged Tuesday with murder in the death of Kip Yarrow, 23, a former student at Fennick High. "
          "Orrin is held without bail and is due in court next month. Yarrow's friends said he had gone to sell "
          "car parts to a buyer he met online.\n")


def test_two_pages_on_two_cases_are_both_off_topic(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HOME, "b.txt": CHARGE})
    # nothing compared, not even an agreement of the two cases' death tolls (the statuses are
    # lower case: a test for 'CONFLICT' or 'DIFFER' matched none, with or without the rule)
    assert rep["findings"] == []
    assert account_of(rep, "a")["off_topic"] and account_of(rep, "b")["off_topic"]


def test_two_pages_on_two_cases_give_no_event_reading(tmp_path):
    # the event's row would read the two cases' tolls as sources disagreeing
    rep = report_of(tmp_path, {"a.txt": HOME, "b.txt": CHARGE})
    assert rep["event"]["tolls"] == {}


TODDLER = ("Girl, 3, shot at home on Birch Street\n\nA 3-year-old girl, Nia Pell, was critically hurt Tuesday when "
           "she found a handgun in a bedroom of a house on Birch Street in Marlow and it went off, police said. "
           "Her brother, 5, found the gun first, officers said.\n")
OWNER = ("Gun owner charged after 3-year-old is hurt\n\nCal Voss III, 26, owned the revolver a 3-year-old girl "
         "found on Birch Street before she was wounded, prosecutors said. Voss is charged with endangering a "
         "child.\n")


def test_a_charge_story_naming_only_the_gun_owner_stays_on_topic(tmp_path):
    # the later court story names someone else, but shares the child's age and the street
    rep = report_of(tmp_path, {"a.txt": TODDLER, "b.txt": OWNER})
    assert not account_of(rep, "a")["off_topic"] and not account_of(rep, "b")["off_topic"]


UNNAMED = ("Man killed in Quarry Lane shooting\n\nA man was shot dead on Quarry Lane in Linden Park on Sunday "
           "night, police said. No names were released.\n")


def test_a_first_report_that_names_no_one_stays_on_topic(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HOME, "b.txt": UNNAMED})
    assert not account_of(rep, "b")["off_topic"]


MARLOW = (
    ("Three killed in Marlow bar shooting\n\nThree people were killed and two hurt when a gunman fired into the "
     "Copper Kettle bar on Vine Avenue in Marlow on Friday, police said. The dead were Ada Brisk, Omar Keel and "
     "Lena Sato. Police are looking for Tom Garrow, Chief Ann Pyle said.\n"),
    ("Police name the three dead at the Copper Kettle\n\nAda Brisk, Omar Keel and Lena Sato died in Friday's "
     "gunfire at the Copper Kettle, a Vine Avenue tavern in Marlow. Chief Ann Pyle asked anyone who sees Tom "
     "Garrow to call 911.\n"),
    ("Manhunt for Copper Kettle gunman\n\nOfficers in Marlow searched overnight for Tom Garrow, 31, wanted in "
     "the killing of three people at the Copper Kettle. Two more are in the hospital. Garrow would go before "
     "Marlow Municipal Court, Chief Ann Pyle said.\n"),
    ("Vigil on Vine Avenue for bar victims\n\nHundreds gathered outside the Copper Kettle in Marlow on Sunday "
     "to remember Ada Brisk, Omar Keel and Lena Sato. Tom Garrow has not been found, Chief Ann Pyle said; a "
     "hearing in Marlow Municipal Court waits on his arrest.\n"),
)


ELSEWHERE = ("Second arrest in Dunmore killing\n\nDunmore police arrested a woman on Monday in the killing of "
             "Hal Benning, 61, outside his flat on Pine Way. Rita Caul, 25, is charged with helping the gunman, "
             "Ned Caul, who was arrested last week. Both appeared in Dunmore Municipal Court.\n")


def test_a_page_on_another_towns_killing_among_a_shootings_stories_is_off_topic(tmp_path):
    # it shares 'Municipal Court' with every other page: words of any city's news, not a tie
    texts = {f"{c}.txt": t for c, t in zip("abcd", MARLOW)}
    rep = report_of(tmp_path, {**texts, "e.txt": ELSEWHERE})
    assert account_of(rep, "e")["off_topic"]
    assert not any(account_of(rep, c)["off_topic"] for c in "abcd")


CLUB = ("Two teens killed outside Marlow club\n\nTwo teens were killed and several people hurt when shots were fired "
        "outside the Lantern club in Marlow early Sunday, police said. Police named the dead as Rory Dane and Ben "
        "Kessler.\n")
DOORMAN = ("Doorman recalls the shots\n\nA doorman hired for the teen night at which two teens were killed says he "
           "heard what he took for fireworks. Eli Brandt says his partner at the door, Lou Harker, was hit in the arm "
           "and is recovering.\n")


def test_a_witness_page_naming_other_people_with_the_same_dead_stays_on_topic(tmp_path):
    # a wire story with no place, whose people are none of the others', gives the same death toll
    rep = report_of(tmp_path, {"a.txt": CLUB, "b.txt": DOORMAN})
    assert not account_of(rep, "a")["off_topic"] and not account_of(rep, "b")["off_topic"]
