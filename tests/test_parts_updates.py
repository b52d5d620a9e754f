"""Tolls a part of the whole, and counts ordered by the state of the case (session 20, conf28).
Sentences of our own, about an invented shooting."""

from __future__ import annotations

from conftest import account_tolls as _tolls, report_of, toll_findings


def _injured(rep: dict) -> list[dict]:
    return toll_findings(rep, "injured")


EARLY = ("Gunfire at Copper Room club wounds 12\n\nA gunman wounded 12 people at the Copper Room club on Dover "
         "Street in Brookfield early Saturday, Sergeant Irma Kettering said. No arrests have been made.\n")
CHARGED = ("Two men charged in Copper Room shooting\n\nPolice charged two men on Wednesday in the shooting at the "
           "Copper Room club on Dover Street in Brookfield that wounded 13 people, Sergeant Irma Kettering said.\n")
LATER = ("Copper Room owner speaks out\n\nThe owner of the Copper Room club on Dover Street in Brookfield said "
         "the shooting that wounded 13 people left his staff shaken, Sergeant Irma Kettering said.\n")


def test_a_count_before_any_arrest_against_one_the_charging_stories_share_is_an_update(tmp_path):
    # the lower count's only source says no one is held yet, and two sources give the
    # higher, one of them telling the charges: written later, an update
    rep = report_of(tmp_path, {"a.txt": EARLY, "b.txt": CHARGED, "c.txt": LATER})
    (f,) = _injured(rep)
    assert f["status"] == "differ" and f["reason"].startswith("Update:") and "no one is held" in f["reason"]
    # without the first story's word on arrests nothing orders them; and one charging story
    # alone with its higher count is as likely wrong: both conflict
    unordered = {"a.txt": EARLY.replace(" No arrests have been made.", ""), "b.txt": CHARGED, "c.txt": LATER}
    for name, files in (("unordered", unordered), ("alone", {"a.txt": EARLY, "b.txt": CHARGED})):
        (tmp_path / name).mkdir()
        (f,) = _injured(report_of(tmp_path / name, files))
        assert f["status"] == "conflict", (name, f["reason"])


CRITICAL = ("Two critically hurt in Dover Street shooting\n\nTwo people were critically wounded when a gunman fired "
            "into a porch on Dover Street in Brookfield on Friday, Sergeant Irma Kettering said.\n")
TOTAL = ("Dover Street shooting victims named\n\nThree people were wounded when a gunman fired into a porch on "
         "Dover Street in Brookfield on Friday. Two remain in critical condition, Sergeant Irma Kettering said.\n")
AGAIN = ("Neighbors mourn after Dover Street gunfire\n\nThe gunfire on a porch on Dover Street in Brookfield on "
         "Friday wounded three people, Sergeant Irma Kettering said.\n")


def test_a_count_of_the_critically_wounded_that_another_source_tells_as_a_part_is_a_part(tmp_path):
    # 'two critically wounded' against three wounded, where a source that counts three
    # tells two of them in critical condition: a part, not a rival total (an agreement since
    # round31: the count told by the wounded's state is a part on its own)
    rep = report_of(tmp_path, {"a.txt": CRITICAL, "b.txt": TOTAL, "c.txt": AGAIN})
    (f,) = _injured(rep)
    assert f["status"] == "agree", f["reason"]
    # without that sentence, too: 'critically' makes the two a part of the wounded
    (tmp_path / "plain").mkdir()
    plain = {"a.txt": CRITICAL, "b.txt": TOTAL.replace(" Two remain in critical condition,", ""), "c.txt": AGAIN}
    (f,) = _injured(report_of(tmp_path / "plain", plain))
    assert f["status"] == "agree", f["reason"]


def test_wounded_are_not_worked_out_from_officers_shot_where_the_source_states_its_wounded(tmp_path):
    # a caption's officers shot, less the dead, is no count of the wounded beside the
    # body's own: the account keeps the stated seven
    text = ("Five officers killed in Brookfield ambush\n\nEleven officers were shot by a sniper near the Dover "
            "Street garage on Thursday night. Police said that the sniper took five lives and that seven "
            "other people were hurt before he was cornered.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert _tolls(rep, "a")["injured"] == (7, 7)
