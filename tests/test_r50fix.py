"""r50fix (session 34, careful reading round 50): a guilty plea told as a noun, a police response
just after a time, the event's arrests, risen tolls and place. Sentences of our own. (Its rows of a
suicide later ruled an accident and of a person of interest named against a charge were taken out:
written from the odd half, they fired nowhere else.)"""

from __future__ import annotations

from functools import partial

from conftest import fact_moments as _facts, findings_of, report_of


def test_a_plea_told_as_a_noun(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("The judge accepted a guilty plea from the cousin on Monday.") == [("guilty", "guilty plea")]
    assert said("In exchange for Voss's guilty plea, prosecutors set aside two other counts.")[-1:] == [("guilty", "guilty plea")]
    assert said("Her lawyer entered a not guilty plea on her behalf.") == [("not_guilty", "not guilty plea")]
    # a plea still to come, or refused: nothing
    assert said("The cousin plans to enter a guilty plea next month.") == []
    assert said("A guilty plea hearing is set for May.") == []
    assert said("The cousin did not enter a guilty plea.") == []


CHARGE = ("Cousin charged in Maple Street shooting\n\n{date}Ansel Voss, 30, was charged on Tuesday with reckless "
          "endangerment after a boy was shot on Maple Street in Marlow.\n")
PLEA = ("Cousin admits Maple Street shooting\n\n{date}The court took Ansel Voss's guilty plea to one count of reckless "
        "endangerment in the shooting of a boy on Maple Street in Marlow.\n")


def test_a_guilty_plea_told_as_a_noun_follows_the_charge(tmp_path):
    rep = report_of(tmp_path, {"a.txt": CHARGE.format(date="March 3, 2021\n\n"),
                               "b.txt": PLEA.format(date="June 9, 2021\n\n")})
    got = findings_of(rep, subject="plea · verdict")
    assert got and "update" in got[0]["reason"].lower()


RESPONDED = ("Two hurt on Cedar Lane\n\nOfficers responded just after {t} p.m. on Friday to Cedar Lane in Marlow, "
             "where two men had been shot, police said.\n")
SHOT_AT = ("Two men shot on Cedar Lane\n\nTwo men were shot on Cedar Lane in Marlow on Friday. The shooting happened "
           "around {t} p.m., police said.\n")


def test_police_there_just_after_a_time_before_the_shooting(tmp_path):
    rep = report_of(tmp_path, {"a.txt": RESPONDED.format(t="5:30"), "b.txt": SHOT_AT.format(t="5:40")})
    assert findings_of(rep, subject="time · response before shooting")
    # 'just after 5' is said loosely of a quarter past
    rep = report_of(tmp_path / "h", {"a.txt": RESPONDED.format(t="5"), "b.txt": SHOT_AT.format(t="5:10")})
    assert not findings_of(rep, subject="time · response before shooting")


FIRST = ("Ten hurt at Oak Park block party\n\nTen people were wounded when two men fired into a block party at Oak "
         "Park in Marlow on Sunday night, police said.\n")
LATER = ("Eleven hurt at Oak Park block party\n\nPolice found an eleventh victim of the Oak Park block party shooting "
         "on Monday. Eleven people were wounded when two men fired into the party in Marlow on Sunday night.\n")


def test_the_event_reads_the_count_a_page_tells_risen(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": LATER})
    injured = rep["event"]["tolls"]["injured"]
    assert (injured["low"], injured["high"]) == (11, 11)


NONE_HELD = ("Man killed on Pine Street\n\nA man, 25, was shot dead on Pine Street in Marlow on Friday. No "
             "one has been arrested so far, a detective said.\n")
THIRD = ("Third suspect arrested in Pine Street killing\n\nA third suspect, Rory Dane, 19, was arrested on Monday in "
         "the killing of a man, 25, on Pine Street in Marlow.\n")


def test_an_arrest_told_by_a_later_ordinal_is_the_later_report(tmp_path):
    rep = report_of(tmp_path, {"a.txt": NONE_HELD, "b.txt": THIRD})
    arrested = rep["event"]["tolls"]["arrested"]
    assert (arrested["low"], arrested["how"]) == (3, "latest")


def test_arrests_for_other_crimes_are_not_the_event_s(tmp_path):
    teaser = ("Boy, 13, killed at Maple Court home\n\nA boy, 13, was shot dead at a home on Maple Court in Marlow on "
              "Friday. The coroner said the shooting was an accident.\n\nThree youths were arrested over a string "
              "of car break-ins across the county.\n")
    rep = report_of(tmp_path, {"a.txt": teaser})
    assert "arrested" not in rep["event"]["tolls"]


def test_the_event_s_place_is_the_town_before_the_state(tmp_path):
    state = ("Boy, 6, shot dead in Wyoming\n\nA boy, 6, was shot dead in Wyoming on Sunday night, a sheriff in "
             "Wyoming said.\n")
    town = ("Boy, 6, killed in Casper\n\nA boy, 6, was shot dead in Casper on Sunday night, the county sheriff "
            "said.\n")
    rep = report_of(tmp_path, {"a.txt": state, "b.txt": town})
    assert [a["place"] for a in sorted(rep["accounts"], key=lambda a: a["source"])] == ["Wyoming", "Casper"]
    assert rep["event"]["place"] == "Casper"
