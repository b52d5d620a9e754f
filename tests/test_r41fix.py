"""Readings fixed in session 30 (r41fix) after careful reading round 41: a sentencing
page's charged count, a count over a span of months, a name inside quotation marks, a
verdict told with 'convicted' or a headline's 'guilty of', a jail stay 'with no bail', and
a link line opened by 'STORY:'. Sentences of our own, about invented shootings."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import custody_groups, findings_of, report_of

DATA = Path(__file__).parents[1] / "reconcile/data"


SENTENCED = ("Cousins sentenced in killing of Marlow cook\n\n"
             "Two cousins convicted in the roadside killing of a Marlow cook will serve decades in prison.\n\n"
             "Two cousins were charged with second-degree murder for killing Tobias Wren, 41.\n\n"
             "Dale Pruitt was sentenced on Friday to 25 to 40 years for second-degree murder.\n")

CHARGED = ("Three charged in Marlow cook's killing\n\n"
           "Three men were charged with first-degree murder on Monday in the death of Tobias Wren, 41, "
           "who was shot outside a Marlow diner.\n")


def test_a_sentencing_pages_charged_count_is_a_lower_bound(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": SENTENCED})
    arrested = rep["accounts"][0]["tolls"]["arrested"]
    assert arrested["low"] == 2 and arrested.get("high") is None


def test_a_sentencing_page_raises_no_arrested_difference(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": SENTENCED, "b.txt": CHARGED})
    assert not [f for f in rep["findings"] if f.get("measure") == "arrested" and f["status"] != "agree"]


def test_a_charged_count_with_no_verdict_stays_exact(tmp_path):
    rep = report_of(tmp_path / "f", {"b.txt": CHARGED})
    arrested = rep["accounts"][0]["tolls"]["arrested"]
    assert arrested["low"] == 3 and arrested["high"] == 3


def test_a_verdict_told_with_convicted_in_the_killing_is_guilty(tmp_path):
    assert "guilty" in custody_groups(report_of(tmp_path / "f", {"a.txt": SENTENCED}))


def test_a_headlines_guilty_of_is_a_verdict(tmp_path):
    text = ("Driver guilty of manslaughter in Marlow cook's death\n\n"
            "A judge ruled on Tuesday that the driver killed Tobias Wren, 41, outside a Marlow diner.\n")
    assert "guilty" in custody_groups(report_of(tmp_path / "f", {"a.txt": text}))


def test_a_verdict_and_a_charge_make_a_plea_row(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": SENTENCED, "b.txt": CHARGED})
    assert any(f.get("measure") == "plea" for f in rep["findings"])


def test_a_record_conviction_is_no_verdict_of_the_case(tmp_path):
    text = ("Man held in Marlow shooting\n\n"
            "Dale Pruitt, who was previously convicted in the killing of a clerk, was arrested on Monday "
            "in the shooting of a Marlow cook.\n")
    assert "guilty" not in custody_groups(report_of(tmp_path / "f", {"a.txt": text}))


def test_jail_with_no_bail_tells_someone_held(tmp_path):
    text = ("Marlow man jailed\n\nThe 40-year-old man who shot a cook in Marlow is in the county jail "
            "with no bail, deputies said.\n")
    assert "held" in custody_groups(report_of(tmp_path / "f", {"a.txt": text}))


def test_no_bail_set_tells_someone_held(tmp_path):
    text = ("Marlow man booked\n\nDale Pruitt, 40, was jailed in Marlow on a murder count "
            "over the shooting of a cook; no bail has been set.\n")
    assert "held" in custody_groups(report_of(tmp_path / "f", {"a.txt": text}))


PERIOD = ("Boy, 4, wounded on Marlow porch\n\n"
          "A boy of 4 was hit in the calf on a Marlow porch on Sunday, police said.\n\n"
          "Over the past six weeks, seven children have been wounded or killed by gunfire in the city. "
          "Seven have been hurt or killed.\n")


def test_a_count_over_a_span_of_weeks_is_no_toll(tmp_path):
    acc = report_of(tmp_path / "f", {"a.txt": PERIOD})["accounts"][0]
    aside = [a["why"] for a in acc["set_aside"]]
    assert aside.count("a count over a period") >= 2
    assert acc["tolls"].get("casualties") is None or acc["tolls"]["casualties"]["low"] != 7


def test_a_repeated_period_count_above_its_span_is_no_toll(tmp_path):
    text = ("Boy, 4, wounded on Marlow porch\n\n"
            "The boy is the latest child hurt by gunfire in the past six weeks. Seven have been hurt or killed.\n\n"
            "A boy of 4 was hit in the calf on a Marlow porch on Sunday, police said.\n\n"
            "Over the past six weeks, seven children have been wounded or killed by gunfire in the city.\n")
    acc = report_of(tmp_path / "f", {"a.txt": text})["accounts"][0]
    assert acc["tolls"].get("casualties") is None or acc["tolls"]["casualties"]["low"] != 7


def test_the_period_count_example():
    d = json.loads((DATA / "accounts.json").read_text())["period_count"]
    assert re.search(d["sentence"], d["example"], re.I)
    assert re.match(d["time"], "the past six weeks", re.I) and not re.match(d["time"], "last week", re.I)


def test_if_found_guilty_is_no_verdict_and_the_charged_count_stays(tmp_path):
    text = CHARGED + "\nIf found guilty, each man risks a term of 40 years.\n"
    arrested = report_of(tmp_path / "f", {"b.txt": text})["accounts"][0]["tolls"]["arrested"]
    assert arrested["low"] == 3 and arrested["high"] == 3


QUOTED = ("Two arrested after Marlow park shooting\n\n"
          "Deputies arrested Tavon Reese, 19, and are looking for Darnell Keyes Whitcombe, 18, after a "
          "woman was shot at a Marlow park on Saturday.\n\n"
          "Reese told deputies he was firing back at a man he knew as \u201cDarnell Whitcomb.\u201d\n")


def test_a_name_inside_quotation_marks_is_no_slip_of_the_page(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": QUOTED})
    assert not findings_of(rep, status="inconsistent", kind="name")


def test_a_name_written_two_ways_outside_quotes_is_still_a_slip(tmp_path):
    text = QUOTED.replace("\u201cDarnell Whitcomb.\u201d", "Darnell Whitcomb, police said.")
    rep = report_of(tmp_path / "f", {"a.txt": text})
    assert findings_of(rep, status="inconsistent", kind="name")


def test_a_story_link_line_gives_no_figures(tmp_path):
    text = ("Man shot dead at Marlow bar\n\n"
            "A man was shot and killed at a Marlow bar early Sunday, police said.\n\n"
            "STORY: 3 hurt in triple shooting at Dover club\n\n"
            "No one else was hurt, police said.\n")
    rep = report_of(tmp_path / "f", {"a.txt": text})
    assert not [c for c in rep["claims"] if "Dover" in c.get("sentence", "")]
    assert rep["accounts"][0]["tolls"].get("shot", {}).get("low") != 3


NO_BOND = ("Man charged in Marlow bar shooting\n\n"
           "Dale Pruitt, 26, was charged with murder in the shooting at a Marlow bar on Sunday. "
           "He is in the Hale County Jail with no bond.\n")

BOND_SET = ("Marlow bar shooting suspect in court\n\n"
            "Dale Pruitt, 26, was arrested and charged with murder in the shooting at a Marlow bar. "
            "A judge set his bond at $500,000.\n")


def test_held_with_no_bond_against_a_bond_figure_is_a_difference(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": NO_BOND, "b.txt": BOND_SET})
    assert [f for f in rep["findings"] if f.get("measure") == "bail" and "without bail" in f["reason"]]


def test_two_bond_figures_alone_make_no_without_bail_row(tmp_path):
    rep = report_of(tmp_path / "f", {"b.txt": BOND_SET,
                                     "c.txt": BOND_SET.replace("Marlow bar shooting", "Bar shooting")})
    assert not [f for f in rep["findings"] if "without bail" in f.get("reason", "")]


INTEREST = ("Person of interest in Marlow killing free on bond\n\n"
            "A man police call a person of interest in the Marlow cook's slaying is out on bond in a gun case.\n\n"
            "The station is withholding the person of interest's name since he has not been charged over the "
            "cook's slaying.\n")

INTEREST_CHARGED = ("Man charged in Marlow cook's killing\n\n"
                    "Dale Pruitt, 26, was arrested and charged with murder in the killing of a Marlow cook.\n")


def test_a_person_of_interest_not_charged_tells_no_one_charged(tmp_path):
    assert "uncharged" in custody_groups(report_of(tmp_path / "f", {"a.txt": INTEREST}))


def test_a_person_of_interest_not_charged_against_a_charge_is_a_row(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": INTEREST, "b.txt": INTEREST_CHARGED})
    assert [f for f in rep["findings"] if f.get("measure") == "charged" and f["status"] != "agree"]


def _credit_claim(sentence: str, text: str):
    from reconcile.records import Claim, Interval
    at = sentence.find(text)
    return Claim(id="a:quantity1", source="a", path="a.txt", kind="quantity", start=at, end=at + len(text),
                 text=text, sentence=sentence, line=3, value=Interval(1, 1, 1), hedge="singular",
                 measure="injured", stated=False)


def test_a_photo_credit_is_no_one_hurt():
    from reconcile.accounts import _set_aside
    caption = ("Neighbours gather on Jan. 5 to remember the victims of a shooting that killed 2 and hurt 4 "
               "in Marlow, Ga. Dana Reyes, The Marlow (Ga.) Courier")
    assert _set_aside(_credit_claim(caption, "Dana Reyes"), {}, set()) == "a photo credit"


def test_a_name_said_before_its_agency_is_no_credit():
    from reconcile.accounts import _set_aside
    said = "\u201cTwo people were hurt,\u201d said Sgt. Dana Reyes, Marlow Police Department."
    assert _set_aside(_credit_claim(said, "Dana Reyes"), {}, set()) != "a photo credit"


def test_the_photo_credit_example():
    d = json.loads((DATA / "accounts.json").read_text())["photo_credit"]
    ex, name = d["example"], "Dana Reyes"
    at = ex.find(name)
    assert re.search(d["before"], ex[:at]) and re.fullmatch(d["after"], ex[at + len(name):])


def test_a_name_quoted_as_a_line_of_speech_is_still_the_pages_spelling():
    from reconcile.compare import _quoted_name
    from reconcile.records import Claim
    said = "\u201cDarnell Keyes Whitcombe,\u201d said his aunt, Rita Whitcombe."
    c = Claim(id="a:person1", source="a", path="a.txt", kind="person", start=1, end=24,
              text="Darnell Keyes Whitcombe", sentence=said, line=5)
    assert not _quoted_name(c, "Darnell Keyes Whitcombe")
    known = "Reese said he fired at a man he knew as \u201cDarnell Whitcomb.\u201d"
    c = Claim(id="a:person2", source="a", path="a.txt", kind="person", start=40, end=56,
              text="Darnell Whitcomb", sentence=known, line=7)
    assert _quoted_name(c, "Darnell Whitcomb")


BOND_TWO = ("Second arrest in Marlow bar shooting\n\n"
            "Deputies arrested Lyle Ortega, 22, on Monday. His bond has been set at $400,000.\n\n"
            "Investigators also arrested Dale Pruitt, 26, and charged him with murder. "
            "His bond was likewise set at $400,000.\n")


def test_a_bond_figure_whose_sentence_names_no_one_is_one_of_the_pages_suspects(tmp_path):
    rep = report_of(tmp_path / "f", {"a.txt": NO_BOND, "b.txt": BOND_TWO})
    assert [f for f in rep["findings"] if f.get("measure") == "bail" and "without bail" in f["reason"]]
