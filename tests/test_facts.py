"""The when and where of the main event (reconcile/extract/facts.py, reconcile/facts.py),
end to end on sentences of our own with the real model: clock times as hedged windows,
blocks and house numbers, the moment a time or place belongs to (the shooting, the call,
an arrest, a news conference), and the differences between sources that cannot both be
right."""

from __future__ import annotations

import json
from functools import partial

from hypothesis import given
from hypothesis import strategies as st

from reconcile.extract.facts import road_number
from reconcile.facts import clock
from reconcile.records import Account, Claim, Interval
from reconcile.report.json import render, to_dict
from reconcile.saved import load

from conftest import account_of, check_json as _report, findings_of, news_folder as _folder, report_of


def facts_of(nlp, text):
    doc = nlp(text)
    return [(text[f["start"]:f["end"]], f["attr"], f["value"], f["moment"], f["street"]) for f in doc._.facts]


def test_times_are_windows_made_by_their_hedges(nlp):
    got = facts_of(nlp, "Deputies said the shooting happened around 3:10 a.m. on Saturday.")
    assert got == [("3:10 a.m.", "time", (190, 185, 195), "event", None)]
    got = facts_of(nlp, "A teenager was shot shortly after 1 p.m. near the park.")
    assert got[0][2] == (780, 780, 800) and got[0][3] == "event"
    got = facts_of(nlp, "Gunfire erupted just before midnight outside the bar.")
    assert got[0][2] == (0, -20, 0)
    # a round hour is looser than a minute, by less than a quarter of an hour (time54: a quarter
    # past against 'about' the hour is a difference, careful reading rounds 47 and 53)
    assert facts_of(nlp, "The shooting happened about 11 p.m. Friday.")[0][2] == (1380, 1371, 1389)
    # a page that glues its sentences: the hedge after the full stop still counts
    got = facts_of(nlp, "A car hit a pole on Birch Lane Monday night.Around 9:20 p.m., deputies were called there.")
    assert [v for _t, a, v, _m, _s in got if a == "time"] == [(1280, 1275, 1285)]
    assert facts_of(nlp, "The boy was shot ( about 4:50 p.m. ) on Friday.")[0][2] == (1010, 1005, 1015)


def test_the_moment_of_a_time(nlp):
    text = ("Officers were called to the bar at 11:10 p.m. The suspect was arrested about 1 a.m. "
            "At a 3 p.m. news conference, the chief named the victim.")
    moments = [(t, m) for t, a, _v, m, _s in facts_of(nlp, text) if a == "time"]
    assert moments == [("11:10 p.m.", "response"), ("1 a.m.", "other"), ("3 p.m.", "other")]


def test_blocks_and_house_numbers(nlp):
    got = facts_of(nlp, "The shooting happened in the 4500 block of W. Larkspur Ave. on Friday night.")
    assert [(a, v, m, s) for _t, a, v, m, s in got if a == "address"] == [
        ("address", (4500, 4500, 4500), "event", "larkspur avenue")]
    got = facts_of(nlp, "Deputies responded to a home at 1827 Quarry Hill Road.")
    assert [(v, m, s) for _t, a, v, m, s in got if a == "address"] == [((1800, 1800, 1800), "response",
                                                                          "quarry hill road")]
    got = facts_of(nlp, "He was arrested in the 900 block of Tamarind Street.")
    assert [m for _t, a, _v, m, _s in got if a == "address"] == ["other"]


A = ("Man wounded in Larkspur Avenue shooting\n\nA man aged 34 was wounded when someone opened fire on him "
     "in the 4500 block of West Larkspur Avenue in Fairhaven, police said. The shooting happened about 2:30 a.m. "
     "Sunday. Medics took him to a hospital in stable condition. Detectives had not made an arrest by Sunday "
     "afternoon and asked witnesses to call them.\n")
B = ("Fairhaven police investigate early morning shooting\n\nFairhaven police were called to the 4600 block of "
     "Larkspur Ave. after a 34-year-old resident was shot at 2:50 a.m. on Sunday. Medics took the man to a "
     "hospital, and he is expected to survive. No one has been arrested, and police did not say what led to "
     "the gunfire.\n")
C = ("Fairhaven man hurt in shooting\n\nA 34-year-old man was hurt in a shooting around 2:45 a.m. Sunday in "
     "the 4500 block of Larkspur Avenue in Fairhaven, police said. A suspect was arrested at 9 a.m. in the "
     "1200 block of Juniper Lane. The victim is listed in stable condition.\n")


def test_time_and_block_of_the_shooting_differ(tmp_path):
    rep = report_of(tmp_path, {"a.txt": A, "b.txt": B})
    accs = {a["source"]: a for a in rep["accounts"]}
    assert accs["a"]["times"] and accs["b"]["addresses"]
    facts = findings_of(rep, kind="fact")
    assert sorted(f["measure"] for f in facts) == ["address", "time"]
    assert all(f["status"] == "differ" and f["claims"] for f in facts)
    time = next(f for f in facts if f["measure"] == "time")
    assert "2:50 a.m." in time["reason"] and "2:25" in time["reason"]
    addr = next(f for f in facts if f["measure"] == "address")
    assert "4500 block" in addr["reason"] and "4600 block" in addr["reason"]
    # the report reads back through its own parser, accounts' facts included
    back = load(json.dumps(rep))
    assert to_dict(back)["accounts"] == rep["accounts"]
    assert [c.to_dict() for c in back.claims if c.kind == "fact"] == [c for c in rep["claims"] if c["kind"] == "fact"]
    assert json.loads(render(back))["findings"] == rep["findings"]


def test_compatible_times_and_other_moments_make_no_finding(tmp_path):
    # 2:45 is within 'around 2:30'? no: but C's arrest time and place are another moment,
    # and its block is A's; 'about 2:30' (2:25-2:35) and 'around 2:45' (2:40-2:50) do not meet
    rep = report_of(tmp_path, {"a.txt": A, "c.txt": C})
    facts = findings_of(rep, kind="fact")
    # (A has no arrest by the afternoon, C a suspect arrested at 9 a.m.: that differs too)
    assert sorted(f["measure"] for f in facts) == ["custody", "time"]
    facts = [f for f in facts if f["measure"] == "time"]
    assert "9 a.m." not in facts[0]["reason"]
    rep = report_of(tmp_path / "x", {"b.txt": B, "c.txt": C.replace("2:45", "2:50")})
    assert findings_of(rep, kind="fact", measure="time") == []


def test_account_round_trip_and_clock():
    a = Account(source="s", times=("s:fact1",), addresses=("s:fact2",))
    assert Account.from_dict(a.to_dict()) == a
    c = Claim(id="s:fact1", source="s", path="s", kind="fact", start=0, end=9, text="2:30 a.m.", sentence="x",
              line=1, value=Interval(150, 145, 155), hedge="around", measure="time", group="event", cue="happen")
    assert Claim.from_dict(c.to_dict()) == c
    assert clock(150) == "2:30 a.m." and clock(-20) == "11:40 p.m." and clock(720) == "noon"


def test_counted_charges(nlp):
    got = [(f["value"][0], f["street"], f["cue"]) for f in nlp(
        "Dana Reyes, 24, was charged with five counts of armed robbery and one count of trespassing. "
        "Police said Tom Bell and Ann Lee face two counts each of attempted murder.")._.facts if f["attr"] == "charges"]
    assert got == [(5, "armed robbery", "reyes"), (1, "trespassing", "reyes"), (2, "attempted murder", None)]


def test_charges_of_one_suspect_differ(tmp_path):
    x = ("Fairhaven woman charged after shooting\n\nDana Reyes, 24, of Fairhaven was charged with {n} counts of "
         "aggravated assault after she fired at a car on Orchard Road on Tuesday night, police said. No one was "
         "hurt. She was held at the county jail and is due in court next week.\n")
    rep = report_of(tmp_path, {"a.txt": x.format(n="three"), "b.txt": x.format(n="four").replace(
        "police said", "according to a police report")})
    got = findings_of(rep, kind="fact")
    assert [(f["measure"], f["status"]) for f in got] == [("charges", "differ")]
    assert "three counts" in got[0]["reason"] and "four counts" in got[0]["reason"]


def test_bail_of_one_suspect_differs_and_a_posted_share_does_not(tmp_path):
    a = ("Fairhaven man charged in Orchard Road shooting\n\nPolice arrested Marcus Ortley, 31, on Wednesday in "
         "the shooting that wounded a woman on Orchard Road last week. Ortley is being held on a $250,000 bond "
         "at the county jail, police said.\n")
    b = ("Suspect appears in court in Fairhaven shooting\n\nMarcus Ortley, 31, appeared before a judge on Friday "
         "in the shooting of a woman on Orchard Road. The judge set Ortley's bail at $100,000 and ordered him to "
         "stay away from the victim.\n")
    c = ("Fairhaven suspect freed\n\nMarcus Ortley, 31, charged in the Orchard Road shooting, was released "
         "after posting 10 percent of a $100,000 bond, court records show. His next hearing is set for next month.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    got = findings_of(rep, kind="fact")
    assert [(f["measure"], f["subject"]) for f in got] == [("bail", "bail · ortley")]
    assert "$250,000" in got[0]["reason"] and "$100,000" in got[0]["reason"]
    rep = report_of(tmp_path / "x", {"a.txt": a, "c.txt": c})
    assert findings_of(rep, kind="fact") == []


def test_a_victim_found_and_an_after_midnight_shooting(nlp):
    got = facts_of(nlp, "The woman was found shot around 5:15 a.m. inside a parked van.")
    assert [m for _t, _a, _v, m, _s in got] == ["other"]
    got = facts_of(nlp, "Residents were shaken by an after-midnight shooting that wounded two men.")
    assert [v for _t, _a, v, _m, _s in got] == [(0, 0, 60)]


def test_a_source_that_tells_two_shootings_gives_no_time(tmp_path):
    two = ("Two shootings in Fairhaven\n\nA man, 34, was shot around 2:30 a.m. Sunday on Larkspur Avenue, "
           "police said. Around 9 a.m., a woman was shot on Juniper Lane. Both are expected to "
           "survive, and police have made no arrests.\n")
    rep = report_of(tmp_path, {"a.txt": A, "t.txt": two})
    assert account_of(rep, "t")["times"] == []
    # a sentence about another shooting gives the main event no time
    later = two.replace("Around 9 a.m., a woman", "In a separate shooting around 9 a.m., a woman")
    rep = report_of(tmp_path / "x", {"a.txt": A, "t.txt": later})
    assert len(account_of(rep, "t")["times"]) == 1


def test_times_hours_apart_are_two_shootings_not_a_difference(tmp_path):
    far = B.replace("2:50 a.m.", "9:50 p.m.")
    rep = report_of(tmp_path, {"a.txt": A, "b.txt": far})
    assert [f["measure"] for f in rep["findings"] if f["kind"] == "fact"] == ["address"]


def test_custody_statements_and_what_says_nothing(nlp):
    def said(text):
        return [(f["moment"], f["value"][0]) for f in nlp(text)._.facts if f["attr"] == "custody"]

    assert said("Deputies arrested a 40-year-old woman at her home on Tuesday.") == [("held", 1)]
    assert said("The teenager was charged with attempted murder.") == [("charged", 2)]
    assert said("The driver later turned himself in at a police station.") == [("held", 1)]
    assert said("No arrests had been made by Thursday evening.") == [("none", 0)]
    assert said("Investigators have yet to make an arrest.") == [("none", 0)]
    assert said("Nobody is in custody, the sheriff said.") == [("none", 0)]
    assert said("The shooter is still at large.") == [("none", 0)]
    assert said("The second suspect is no longer at large.") == [("held", 1)]
    assert said("Officers were still searching for the shooter on Sunday.") == [("none", 0)]
    assert said("Troopers are not looking for a suspect in the crash.") == []  # perhaps there is none
    assert said("Deputies are hunting for at least two suspects after the robbery.") == [("none", 0)]
    assert said("Deputies are hunting for a second suspect.") == [("sought", 0)]  # a first one is held, perhaps
    # a named person sought says nothing: another suspect may be held (a reading of four such
    # findings on gva-dev found one right)
    assert said("Detectives are searching for Dorian Welles in connection with the killing.") == []
    # a picture or a device captures a scene, not a suspect
    assert said("Surveillance video captured the gunman running north.") == []
    assert said("Deputies captured the gunman after a short chase.") == [("held", 1)]
    assert said("The holdup was captured on a doorbell camera.") == []
    # 'nor' carries the first verb's negation; 'at the large' is no 'at large'; 'until' is a condition
    assert said("Deputies have not identified anyone nor made an arrest.") == [("none", 0)]
    assert said("She waved at the large crowd outside the chapel.") == []
    assert said("The gunman was still on the run on Friday.") == [("none", 0)]
    assert said("Officers will not name him until he is arrested.") == []
    # an arrest for something else: an old warrant, a scuffle's disorderly conduct
    assert said("A man hurt in the shooting was later arrested on an outstanding warrant.") == []
    assert said("A cousin was arrested for disorderly conduct at the scene.") == []
    assert said("A woman was arrested at the scene for disturbing the peace.") == []
    # the shooters of other cases, a count over years: nothing about this case
    assert said("Like the attackers in three other cases since June, this shooter is still on the loose.") == []
    assert said("Over the past six years, 11 people in the county were charged with leaving guns unlocked.") == []
    # a negated charge says no one is charged, nothing of custody; a modal, a hope, a record, a
    # question say nothing
    assert said("No one has been charged yet, a prosecutor said.") == [("uncharged", 0)]
    assert said("She was questioned and has not been charged.") == []  # one person: perhaps not the suspect
    assert said("No charges have been filed.") == [("uncharged", 0)]
    assert said("Prosecutors charged the woman on Friday with manslaughter.") == [("charged", 2)]
    assert said("The man charged at the deputies with a knife.") == []
    assert said("He will be charged once the inquiry ends.") == [("pending", 0)]  # a charge to come (upd58)
    assert said("Detectives hope to arrest the gunman soon.") == []
    assert said("The man was previously arrested for burglary.") == []
    assert said("The chief would not say whether anyone had been arrested.") == []
    # a search told as work to track down or identify the one who fired; charges not filed, or
    # no one charged (careful reading round 24 missed all three kinds); a charge not brought
    # against one named person still says nothing
    assert said("Deputies spent Sunday working to track down a gunman.") == [("none", 0)]
    assert said("The chief said officers are working on identifying the shooter.") == [("none", 0)]
    assert said("Officers are working to find the shooter's car.") == []
    assert said("Prosecutors have not filed charges in the case.") == [("uncharged", 0)]
    assert said("Charges have not yet been filed, a spokesman said.") == [("uncharged", 0)]
    assert said("The county attorney has not charged anyone.") == [("uncharged", 0)]
    assert said("Deputies have not charged him.") == []
    assert said("Prosecutors filed murder charges against the driver on Monday.") == [("charged", 2)]
    assert said("Charges will be filed later this week.") == []


def test_charges_still_to_come_and_the_one_held_not_charged(nlp):
    said = partial(_custody_moments, nlp)

    # a charging decision still to come says no one is charged yet, negated or under a modal
    # (careful reading rounds 15 and 19-22 missed seven such first reports against a later charge)
    assert said("The county prosecutor will decide whether to bring charges against the driver.") == ["pending"]
    assert said("Officials have not yet decided if the uncle will be charged.") == ["pending"]
    assert said("Investigators are weighing possible charges against the landlord.") == ["pending"]
    assert said("Detectives sent the file to the county prosecutor, who will reach a decision on charges.") == ["pending"]
    assert said("Detectives sent the case to the prosecutor for a charging decision.") == ["pending"]
    assert said("It remains unclear whether the grandfather will face charges.") == ["pending"]
    assert said("It is unclear whether the other man has been charged.") == []  # a state, perhaps beside a charge
    assert said("Charges were pending on Sunday, the sergeant said.") == ["pending"]
    assert said("The neighbour is expected to be charged later this week.") == ["pending"]
    # charges already brought ('the pending charges') are no decision to come; a charge beside a
    # decision about more charges is read as both (the comparison then leaves that source out)
    assert said("Lawyers argued over the pending charges in court.") == []
    assert said("The cousin was charged with murder; prosecutors will decide whether to add charges.") == [
        "charged", "pending"]
    # a negated charge of the person the sentence or the one before says is held, or names as
    # a suspect, says no one is charged (a user check: an early report of a man held, not
    # charged, against his later charge); of someone else it still says nothing
    assert said("Deputies took a 30-year-old man into custody. He has not been charged.") == ["held", "uncharged"]
    assert said("Pia Rowan was arrested at her flat on Monday. Rowan has not been charged.") == ["held", "uncharged"]
    assert said("Police called Eli Ostrow a suspect, but he has not been charged.") == ["uncharged"]
    assert said("Pia Rowan was arrested on Monday. Her brother Tad Kimura has not been charged.") == ["held"]
    assert said("She was questioned and has not been charged.") == []
    # 'or' carries the negation of the first verb to the one it joins
    assert said("Nobody has been arrested or charged, a sergeant said.") == ["none", "uncharged"]
    assert said("The man was not arrested or charged.") == ["none"]  # one person: perhaps not the suspect


def test_a_search_under_way_in_more_words(nlp):
    said = partial(_custody_moments, nlp)

    # careful reading rounds 18, 19 and 24 missed first reports of a search worded so
    assert said("Deputies were still hunting the gunman on Sunday.") == ["none"]
    assert said("Troopers search for suspects after two men shot") == ["none"]
    assert said("Officers are searching for a lone gunman near the depot.") == ["none"]
    assert said("A teenager is now being sought by deputies.") == ["none"]
    assert said("The shooter fled on foot and is still being sought.") == ["none"]
    # a search for something else still says nothing; for a second suspect, 'sought' (not 'none': custody32)
    assert said("Deputies are hunting the gunman's car.") == []
    assert said("Deputies are hunting for a second suspect.") == ["sought"]
    assert said("Witnesses are still being sought by detectives.") == []
    assert said("The dogs are still being sought.") == []
    assert said("More suspects are being sought, the chief said.") == ["sought"]  # others may be held
    assert said("A second man is still being sought.") == ["sought"]


def test_facing_charges_and_charges_still_to_come_in_more_words(nlp):
    said = partial(_custody_moments, nlp)

    # 'faces ... charge(s)' says someone is charged (session 17 left it: 'face' was only a modal)
    assert said("The neighbour now faces a murder charge, the sheriff said.") == ["charged"]
    assert said("Jones is facing charges of reckless endangerment and assault.") == ["charged"]
    assert said("A woman faces a slew of charges including armed robbery.") == ["charged"]
    # the words between 'face' and the charge stop at a clause's edge: the next statement is its own
    assert said("Officers say the tenant may face several charges; no charges were filed on Monday.") == [
        "pending", "uncharged"]
    # under 'could', 'may', 'likely' it is a charge still to come; under 'will', an infinitive
    # or a negation it says nothing, as before; a past 'faced' (often an older case) nothing
    assert said("The cousin could face charges once the review ends.") == ["pending"]
    assert said("The landlord will likely face several charges, though none have been filed.") == ["pending"]
    assert said("The two cousins are likely to face charges, the chief said.") == ["pending"]
    assert said("Deputies said the shooter will face charges once he is found.") == []
    assert said("Police want the teen to face charges.") == []
    assert said("The uncle is not facing charges, the sheriff said.") == []
    assert said("Smith, who already faced a theft charge, lives nearby.") == []
    assert said("The 19-year-old faces up to ten years for each charge.") == []
    # 'what, if any, charges' is a decision to come, not a charge; so is 'expect to file
    # charges' (left by session 17)
    assert said("Prosecutors will soon say what, if any, charges the grandfather will face.") == ["pending"]
    assert said("Nobody knows yet if any charges will be brought.") == []  # only 'if any' set off by commas
    assert said("Prosecutors said they expect to file charges against the tenant this week.") == ["pending"]
    assert said("The boy is expected to face charges in juvenile court.") == ["pending"]
    # 'if any charges will be filed' alone is not read: on the odd half it set a first report
    # against another offence's charge (a construction for it was tried and dropped, and again by
    # upd56); 'whether any charges should be filed' is read since upd56 (a decision to come: no
    # wrong finding on either half of gva-dev, one right on the odd)
    assert said("Detectives have not said if any charges will be filed.") == []
    assert said("Detectives have not said whether any charges should be filed.") == ["pending"]


def test_could_be_charged_and_faces_trial(nlp):
    said = partial(_custody_moments, nlp)

    # wrong27 (issue 13's careful reading): 'could be charged' is a charge still to come, as
    # 'could face charges' is; a negated one still says nothing; 'will be charged' is a charge
    # still to come since upd58 (tests/test_upd58.py)
    assert said("He could be charged once the inquiry ends.") == ["pending"]
    assert said("The driver may well be charged with reckless conduct, a lieutenant said.") == ["pending"]
    assert said("The driver could not be charged, a lieutenant said.") == []
    assert said("The man will be charged on Monday.") == ["pending"]
    # 'faces trial' says someone is charged, as 'faces charges' does ('on' ended the words the
    # charges construction reads); under 'could' a charge to come, under 'will' or negated nothing
    assert said("Marsh, held without bond, faces trial on burglary and other charges.") == ["charged"]
    assert said("The teen is facing trial in juvenile court.") == ["charged"]
    assert said("The teen could face trial as an adult.") == ["pending"]
    assert said("The teen will face trial next spring.") == []
    assert said("The uncle is not facing trial, the sheriff said.") == []

def _custody_moments(nlp, text: str) -> list[str]:
    return [f["moment"] for f in nlp(text)._.facts if f["attr"] == "custody"]


def test_a_search_for_those_responsible_cameras_checked_and_a_plea_to_give_up(nlp):
    said = partial(_custody_moments, nlp)
    # careful reading round 26 missed first reports of a search so worded against a later arrest
    assert said("Troopers say they remain on the hunt for those responsible.") == ["none"]
    assert said("Officers are still searching for whoever was responsible.") == ["none"]
    assert said("Detectives were checking doorbell cameras on the block to determine if the gunman was recorded.") == ["none"]
    assert said("Footage from the store is being reviewed to identify the shooter.") == ["none"]
    assert said("\"Please turn yourself in,\" his sister said on Friday.") == ["none"]
    # a suspect whose acts are checked may be held; another kind of responsibility says nothing
    assert said("Investigators are reviewing the video to determine whether the suspect fired first.") == []
    assert said("Detectives checked the gun to determine the caliber.") == []
    assert said("Deputies are looking for the owner responsible for the dog.") == []
    assert said("The mayor said the city is responsible for the park.") == []


def _custody(rep: dict) -> list[dict]:
    return findings_of(rep, kind="fact", measure="custody")


NO_ARREST = ("Woman shot on Birch Road\n\n{date}A woman, 51, was shot and killed outside her home on Birch Road in "
             "Lowell Falls on Saturday night, the sheriff said. Deputies have made no arrests yet, and the "
             "gunman remains at large.\n")
ARREST = ("Man charged in Birch Road killing\n\n{date}Police in Lowell Falls arrested a 29-year-old man on Monday "
          "in the killing of a 51-year-old woman outside her home on Birch Road. He was charged with murder and "
          "is held without bail.\n")


def test_no_one_held_then_an_arrest_is_an_update_when_dated(tmp_path):
    rep = report_of(tmp_path, {"a.txt": NO_ARREST.format(date="Published: June 7, 2025\n\n"),
                               "b.txt": ARREST.format(date="Published: June 10, 2025\n\n")})
    got = _custody(rep)
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "custody · suspect")]
    assert got[0]["reason"].startswith("An update") and "2025-06-07" in got[0]["reason"]
    accs = {a["source"]: a for a in rep["accounts"]}
    assert accs["a"]["custody"] and accs["b"]["custody"]
    # the event does not read 'no arrests' (0) when the later report has an arrest
    arrested = rep["event"]["tolls"].get("arrested")
    assert arrested is None or (arrested["low"], arrested["high"]) in ((1, None), (1, 1))  # session 78: one held told, 1
    # published the other way round: a release or a mistake, not an update
    rep = report_of(tmp_path / "x", {"a.txt": NO_ARREST.format(date="Published: June 12, 2025\n\n"),
                                     "b.txt": ARREST.format(date="Published: June 10, 2025\n\n")})
    assert "a release or a dropped charge, or one of them is wrong" in _custody(rep)[0]["reason"]
    # undated: the order cannot be told
    rep = report_of(tmp_path / "y", {"a.txt": NO_ARREST.format(date=""), "b.txt": ARREST.format(date="")})
    assert "cannot be told" in _custody(rep)[0]["reason"]


def test_sources_that_agree_on_custody_make_no_finding(tmp_path):
    other = ARREST.replace("Police in Lowell Falls arrested a 29-year-old man on Monday",
                           "A man of 29 was taken into custody on Monday")
    rep = report_of(tmp_path, {"b.txt": ARREST.format(date=""), "c.txt": other.format(date="")})
    assert _custody(rep) == []
    # a source that says both (an arrest, and a second suspect still sought) is read as held
    both = ARREST.format(date="") + "A second man remains at large, police said.\n"
    rep = report_of(tmp_path / "x", {"b.txt": ARREST.format(date=""), "d.txt": both})
    assert _custody(rep) == []


AT_LARGE = ("Brothers charged in Quarry Lane killing\n\nProsecutors charged two brothers with murder on Tuesday in "
            "the killing of a man, 40, on Quarry Lane in Lowell Falls. Both men remain at large, and detectives asked "
            "for help in finding them.\n")
CHARGES_ONLY = ("Quarry Lane victim's family speaks\n\nThe family of a man, 40, killed on Quarry Lane in Lowell Falls "
                "spoke on Wednesday. Two brothers were charged with murder in the killing, police said.\n")


def test_a_charge_is_no_arrest_where_another_source_has_the_charged_at_large(tmp_path):
    # the first source tells the charges and that both men are free; the second only the charges
    rep = report_of(tmp_path, {"a.txt": AT_LARGE, "b.txt": CHARGES_ONLY})
    assert _custody(rep) == []
    # an arrest told in words still differs from the men at large
    arrest = CHARGES_ONLY.replace("Two brothers were charged", "Police arrested two brothers, who were charged")
    rep = report_of(tmp_path / "x", {"a.txt": AT_LARGE, "b.txt": arrest})
    assert [f["status"] for f in _custody(rep)] == ["differ"]


PENDING = ("Boy shot at Alder Court\n\n{date}A boy of six was shot and killed with his uncle's pistol at a flat on "
           "Alder Court in Lowell Falls on Sunday. The county prosecutor will decide whether to bring charges.\n")
CHARGED = ("Uncle charged in Alder Court death\n\n{date}The uncle of a boy of six who was shot and killed at a flat on "
           "Alder Court in Lowell Falls was charged on Friday with child endangerment.\n")


def test_a_charging_decision_still_to_come_then_a_charge_is_an_update(tmp_path):
    def charged(rep):
        return findings_of(rep, kind="fact", measure="charged")

    rep = report_of(tmp_path, {"a.txt": PENDING.format(date="Published: May 4, 2025\n\n"),
                               "b.txt": CHARGED.format(date="Published: May 9, 2025\n\n")})
    assert [f["status"] for f in charged(rep)] == ["differ"] and charged(rep)[0]["reason"].startswith("An update")
    # a source that tells a decision still to come beside a charge (another case's, or more
    # charges) is left out
    both = PENDING.format(date="") + "A man was charged on Friday with a burglary two doors down.\n"
    other = ("Child dies in Lowell Falls\n\nPolice in Lowell Falls said a six-year-old boy died on Sunday after a "
             "shot from a pistol he found at a flat on Alder Court. Prosecutors are weighing possible charges against "
             "the boy's uncle, a sergeant said.\n")
    rep = report_of(tmp_path / "x", {"a.txt": both, "b.txt": other})
    assert charged(rep) == []


def test_people_detained_beside_no_arrests_are_no_arrest(tmp_path):
    detained = ("Woman shot on Birch Road\n\nA woman, 51, was shot and killed outside her home on Birch Road in "
                "Lowell Falls on Saturday night. Deputies detained two teenagers who were walking nearby, but it "
                "was not clear whether they had anything to do with it. No arrests were reported.\n")
    # against a source that says no one is held: both say none, no finding
    rep = report_of(tmp_path, {"a.txt": NO_ARREST.format(date=""), "c.txt": detained})
    assert _custody(rep) == []
    # against a real arrest, the detained source is a 'no one held' source
    rep = report_of(tmp_path / "x", {"b.txt": ARREST.format(date=""), "c.txt": detained})
    assert [f["status"] for f in _custody(rep)] == ["differ"]
    # detained with nothing said against it is still someone held
    alone = detained.replace(" No arrests were reported.", "")
    rep = report_of(tmp_path / "y", {"a.txt": NO_ARREST.format(date=""), "c.txt": alone})
    # told once (arrest47, facts.one_arrest_row): in the arrested toll's row where both pages give
    # a count ('no arrests' against 'two teenagers' detained), with the custody words among its claims
    custody = {c["id"] for c in rep["claims"] if c.get("measure") == "custody"}
    told = [f for f in rep["findings"] if f["status"] == "differ" and (
        f["kind"] == "fact" and f["measure"] == "custody" or f["measure"] == "arrested" and set(f["claims"]) & custody)]
    assert len(told) == 1


def test_no_charges_then_charges_is_an_update(tmp_path):
    early = ("Man held after Birch Road killing\n\nPublished: June 8, 2025\n\nPolice in Lowell Falls arrested a "
             "29-year-old man on Sunday in the killing of a 51-year-old woman on Birch Road. No charges have been "
             "filed yet, police said.\n")
    late = ("Man charged in Birch Road killing\n\nPublished: June 11, 2025\n\nProsecutors on Tuesday charged a "
            "29-year-old Lowell Falls man with second-degree murder in the killing of a 51-year-old woman on Birch "
            "Road.\n")
    got = _custody(report_of(tmp_path, {"a.txt": early, "b.txt": late}))
    got += [f for f in report_of(tmp_path / "x", {"a.txt": early, "b.txt": late})["findings"]
            if f["kind"] == "fact" and f["measure"] == "charged"]
    assert [f["measure"] for f in got] == ["charged"]
    assert got[0]["reason"].startswith("An update") and "2025-06-08" in got[0]["reason"]


def test_condition_statements_and_what_says_nothing(nlp):
    def said(text):
        return [(f["moment"], f["value"][0]) for f in nlp(text)._.facts if f["attr"] == "condition"]

    assert said("The cyclist was listed in critical condition at Mercy Hospital.") == [("grave", 1)]
    assert said("She remains in critical but stable condition.") == [("grave", 1)]
    assert said("Both brothers were critically wounded in the driveway.") == [("grave", 1)]
    assert said("The boy suffered life-threatening injuries to his chest.") == [("grave", 1)]
    assert said("Doctors said the clerk is not expected to survive.") == [("grave", 1)]
    assert said("He suffered non-life-threatening wounds to his arm.") == [("mild", 0)]
    assert said("Her wounds were not thought life-threatening by the surgeons.") == [("mild", 0)]
    assert said("The cuts on his scalp did not seem to be life-threatening.") == [("mild", 0)]
    assert said("The driver had minor injuries and was treated and released.") == [("mild", 0), ("mild", 0)]
    assert said("The woman is expected to recover, police said.") == []  # critical patients are, too
    # 'stable' is neither grave nor mild ('critical but stable' is said): it says he is still in hospital
    assert said("He was in stable condition on Monday.") == [("hospital", 2)]
    assert said("The cook remains hospitalized in Dayton.") == [("hospital", 2)]
    assert said("Both cousins were released from the hospital on Friday.") == [("released", 3)]
    assert said("The suspect was in critical condition after deputies returned fire.") == []
    assert said("In 2019 a clerk there was left in critical condition by a robber.") == []


def test_one_wounded_person_grave_in_one_source_and_mild_in_another_differs(tmp_path):
    a = ("Man shot on Larkspur Avenue\n\nA man, 34, was shot on Larkspur Avenue in Fairhaven on Sunday "
         "and was flown to Lakeview General, where he lies in critical condition.\n")
    b = ("Fairhaven man wounded\n\nA man, 34, was shot on Larkspur Avenue on Sunday. Police said his "
         "wounds did not appear life-threatening.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    (f,) = findings_of(rep, kind="fact", measure="condition")
    assert f["status"] == "differ" and "grave" in f["reason"] and "mild" in f["reason"]
    assert all(acc["conditions"] for acc in rep["accounts"])
    # two wounded: which one each statement is about cannot be told, so nothing is compared
    assert not [f for f in report_of(tmp_path / "two", {
        "a.txt": "Two men shot on Larkspur Avenue\n\nTwo men were shot on Larkspur Avenue in Fairhaven on Sunday. "
                 "One of them lies in critical condition at Lakeview General.\n",
        "b.txt": "Two wounded in Fairhaven\n\nTwo men were shot on Larkspur Avenue on Sunday. One man's wounds "
                 "are not thought life-threatening.\n"})["findings"] if f["measure"] == "condition"]


def test_a_release_of_every_wounded_person_against_someone_still_in_hospital(tmp_path, nlp):
    def release(text):
        return [f["hedge"] for f in nlp(text)._.facts if f["moment"] == "released"]

    assert release("Both cousins were released from the hospital on Friday.") == ["all"]
    assert release("The cousins have all since been released from the hospital in Tulsa.") == ["all"]
    assert release("Four patients were discharged from the hospital and two remain.") == [None]  # some of them
    assert release("One of the men was released from the hospital on Friday.") == [None]
    assert release("He was released from the hospital and booked into the county jail.") == []  # a suspect's
    assert release("Some of the patients were discharged from the hospital by Sunday.") == [None]
    assert release("All but the boy were released from the hospital.") == [None]
    assert release("Her family is waiting for her to be released from the hospital.") == []
    a = ("Two shot on Larkspur Avenue\n\nPublished: June 7, 2025\n\nTwo cousins were shot on Larkspur Avenue in "
         "Fairhaven on Saturday night. Both were taken to Lakeview General, where they were in stable condition.\n")
    b = ("Cousins home after Larkspur shooting\n\nPublished: June 12, 2025\n\nTwo cousins shot on Larkspur Avenue "
         "in Fairhaven on Saturday night were both released from the hospital on Wednesday, their family said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    (f,) = findings_of(rep, kind="fact", subject="condition · released")
    assert f["status"] == "differ" and f["reason"].startswith("An update") and "2025-06-12" in f["reason"]
    # a release of one of several wounded says nothing of the others
    c = b.replace("were both released", "were shot, and one of them was released")
    rep = report_of(tmp_path / "x", {"a.txt": a, "c.txt": c})
    assert not findings_of(rep, subject="condition · released")


def test_no_arrests_in_part_of_a_story_that_reports_an_arrest_is_no_count_of_none(tmp_path):
    # 'no arrests were made' at a second house, in a story whose man was arrested: that
    # source's none is about a part of the case, not set against another's one arrest
    a = ("Man held in Birch Road shooting\n\nPolice in Lowell Falls arrested a 29-year-old man shortly after a "
         "woman was shot on Birch Road on Saturday. Officers later searched a second house on Elm Street, and no "
         "arrests were made there.\n")
    b = ("One man arrested in Birch Road shooting\n\nOne man was arrested after a woman was shot on Birch Road in "
         "Lowell Falls on Saturday, police said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    accs = {x["source"]: x for x in rep["accounts"]}
    assert accs["a"]["tolls"]["arrested"]["high"] == 0 and accs["b"]["tolls"]["arrested"]["low"] == 1
    assert [f for f in rep["findings"] if f["kind"] == "quantity" and f["measure"] == "arrested"
            and f["status"] != "agree" and f["status"] != "unique"] == []


def test_event_times_told_by_bullets_heard_shots_and_split_sentences(nlp):
    def moment(text):
        return [m for _t, a, _v, m, _s in facts_of(nlp, text) if a == "time"]
    assert moment("A neighbor heard four gunshots about 1:35 a.m. on Sunday.") == ["event"]
    assert moment("Shots were heard around 1:10 a.m., police said.") == ["event"]
    assert moment("She last heard from her son about 4 p.m.") == ["other"]
    assert moment("Two clerks were hurt when bullets ripped into the bakery around 2:25 p.m.") == ["event"]
    assert moment("Bullets tore through the window around 2:25 p.m.") == ["event"]
    assert moment("The bullets began to fly around 10:50 p.m. Friday near the lake.") == ["event"]
    assert moment("The man started to walk home about 8 p.m.") == ["other"]
    assert moment("The shooting, which occurred at 6:45 a.m. on Pine Road, was accidental.") == ["event"]
    assert moment("The robbery, which happened at 6:45 a.m., came first.") == ["other"]
    # a piece split off after an abbreviation keeps the verb of the sentence before
    assert moment("The gunman fired several rounds into the bakery at 410 Oak Ave. "
                  "about 2:40 p.m., officials said.") == ["event"]


def test_a_range_of_times_is_one_window(nlp):
    got = facts_of(nlp, "Residents heard shots between 9 and 9:40 p.m. on Friday.")
    assert [(t, v) for t, a, v, _m, _s in got if a == "time"] == [("9:40 p.m.", (1300, 1260, 1300))]
    got = facts_of(nlp, "Residents heard shots between 9 p.m. and 9:40 p.m. on Friday.")
    assert [v for _t, a, v, _m, _s in got if a == "time"][1] == (1300, 1260, 1300)


def test_people_held_and_let_go_are_a_custody_fact_of_their_own(nlp):
    # custody37: careful readings missed people held and then released uncharged
    said = partial(_custody_moments, nlp)
    assert said("The two women questioned by deputies were released on Tuesday and have not been charged.") \
        == ["released"]
    assert said("Troopers later released him without charges after questioning him.") == ["released"]
    # not of 'other' people, not on bond, not a past case, not a name, not a patient
    assert said("Two other men were questioned and released.") == []
    assert said("She was released from custody once her cash bond was posted.") == []
    assert said("He had been released from custody in 2017 after a burglary conviction.") == []
    assert "released" not in said("Police released the name of the man held in the shooting.")
    assert said("The cashier, stitched up for a cut, was released from the medical center.") == []


HELD = ("Two held after Quarry Lane shooting\n\nTwo men were detained by deputies after a man was shot and "
        "wounded on Quarry Lane in Millbrook on Friday night, the sheriff said.\n")
LET_GO = ("Men let go in Quarry Lane shooting\n\nThe two men detained after a man was shot and wounded on Quarry "
          "Lane in Millbrook on Friday night were released on Sunday and have not been charged, the sheriff said.\n")


def test_people_held_against_those_held_let_go_differ(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HELD, "b.txt": LET_GO})
    (f,) = findings_of(rep, kind="fact", subject="custody · released")
    assert f["status"] == "differ" and "those held released" in f["reason"]
    # both let go, or the release beside a charge (a release on bond): nothing
    rep = report_of(tmp_path / "x", {"b.txt": LET_GO, "c.txt": LET_GO.replace("Sunday", "Monday")})
    assert not findings_of(rep, subject="custody · released")
    charged = LET_GO.replace("have not been charged", "one of them was charged with assault")
    rep = report_of(tmp_path / "y", {"a.txt": HELD, "c.txt": charged})
    assert not findings_of(rep, subject="custody · released")
    # one let go beside others still held: a part of those held (data/compare.json still_held)
    part = LET_GO + "Two other men remain in custody at the county jail, the sheriff said.\n"
    rep = report_of(tmp_path / "z", {"a.txt": HELD, "d.txt": part})
    assert not findings_of(rep, subject="custody · released")


def test_none_of_the_wounds_in_danger_is_said_of_every_wounded_person(nlp):
    def said(text):
        return [(f["moment"], f["hedge"]) for f in nlp(text)._.facts if f["attr"] == "condition"]

    # condition37: 'none of ... life-threatening' was read as grave
    assert said("None of the wounds seemed life-threatening to the medics.") == [("mild", "all")]
    assert said("None of the five patients had life-threatening wounds.") == [("mild", "all")]
    assert said("All of the injuries were non-life-threatening, the chief said.") == [("mild", "all")]
    # a part of the wounded, or all but one: not all
    assert said("Three other victims, all with non-life-threatening wounds, went to nearby clinics.") == [("mild", None)]
    assert said("Two of the wounded were in critical condition and the rest had non-life-threatening wounds.") \
        == [("grave", None), ("mild", None)]


def test_someone_gravely_hurt_against_none_in_danger_differs_where_the_wounded_are_counted_alike(tmp_path):
    a = ("Five shot at Orchard Street party\n\nFive people were wounded when a man fired into a party on "
         "Orchard Street in Dunmore on Saturday. Two of the wounded are in critical condition.\n")
    b = ("Five wounded in Dunmore\n\nFive people were wounded at a party on Orchard Street on Saturday. None "
         "of the wounds seemed life-threatening to the medics.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    (f,) = findings_of(rep, subject="condition · every wounded")
    assert f["status"] == "differ" and "none in danger" in f["reason"]
    # other counts of the wounded: perhaps other people, so nothing
    c = b.replace("Five", "Three")
    rep = report_of(tmp_path / "x", {"a.txt": a, "c.txt": c})
    assert not findings_of(rep, subject="condition · every wounded")


def test_all_of_the_wounded_by_their_number_are_out_of_danger_against_someone_gravely_hurt(tmp_path):
    # upd49 (even half): 'all three' or 'both' says it of every wounded person where the number is the toll
    a = ("Three shot outside Birch Lane bakery\n\nThree people were hurt after a man fired shots outside a "
         "bakery on Birch Lane in Dunmore on Sunday. One of them is in critical condition.\n")
    b = ("Three wounded in Dunmore\n\nThree people were wounded outside a bakery on Birch Lane on Sunday. All "
         "three suffered wounds that were not life-threatening, a sergeant said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    (f,) = findings_of(rep, subject="condition · every wounded")
    assert f["status"] == "differ" and "none in danger" in f["reason"]
    # 'both' of two wounded, the same
    two = {k: v.replace("Three", "Two").replace("All three", "Both") for k, v in (("a.txt", a), ("b.txt", b))}
    assert len(findings_of(report_of(tmp_path / "two", two), subject="condition · every wounded")) == 1
    # 'both' as an object ('in both legs') says nothing of how many
    legs = two["b.txt"].replace("Both suffered wounds that were", "One man was shot in both legs; his wounds were")
    assert not findings_of(report_of(tmp_path / "legs", {**two, "b.txt": legs}), subject="condition · every wounded")
    # 'all three' of four wounded is a part: nothing
    four = b.replace("Three people", "Four people").replace("Three wounded", "Four wounded")
    rep = report_of(tmp_path / "four", {"a.txt": a.replace("Three", "Four"), "b.txt": four})
    assert not findings_of(rep, subject="condition · every wounded")


def test_a_grave_word_denied_above_it_says_nothing(nlp):
    def said(text):
        return [f["moment"] for f in nlp(text)._.facts if f["attr"] == "condition"]

    # condition37: these were read as grave
    assert said("Neither of the cousins was critically hurt.") == []
    assert said("None had life-threatening wounds, the chief said.") == []
    assert said("It does not appear the clerk's wounds are life-threatening.") == []
    # a 'not' of the construction itself, or of another clause, leaves it grave
    assert said("Doctors said the clerk is not expected to survive.") == ["grave"]
    assert said("The man, who was not named by police, was taken away in critical condition.") == ["grave"]


D = ("Kindergartner hurt on Linden Road\n\nA child was hurt in Dunmore on Thursday. Troopers were sent to the 900 block of Linden Road "
     "shortly after 8:15 a.m. Thursday and found a boy, 6, with a hand wound. He is expected to recover.\n")
E = ("Child hurt at Linden Road home\n\nA boy, 6, was wounded in the hand Friday at a farmhouse on Linden Road, "
     "deputies said. He is expected to recover.\n")


def _day_rows(rep: dict) -> list[dict]:
    return findings_of(rep, kind="fact", subject="time · day")


def test_the_shooting_on_two_weekdays_differs(tmp_path):
    rows = _day_rows(report_of(tmp_path, {"d.txt": D, "e.txt": E}))
    assert len(rows) == 1 and rows[0]["status"] == "differ"
    assert "Thursday" in rows[0]["reason"] and "Friday" in rows[0]["reason"]
    # the same weekday, and a death told on another day, make none
    same = E.replace("Friday", "Thursday")
    assert _day_rows(report_of(tmp_path / "x", {"d.txt": D, "e.txt": same})) == []
    died = E.replace("was wounded in the hand Friday", "died Friday of a wound to the hand")
    assert _day_rows(report_of(tmp_path / "y", {"d.txt": D, "e.txt": died})) == []


def test_adjacent_weekdays_around_midnight_make_no_day_row(tmp_path):
    late = D.replace("shortly after 8:15 a.m. Thursday", "late Wednesday night")
    early = E.replace("Friday", "early Thursday")
    assert _day_rows(report_of(tmp_path, {"d.txt": late, "e.txt": E.replace("Friday", "Thursday")})) == []
    assert _day_rows(report_of(tmp_path / "x", {"d.txt": D.replace("Thursday", "Wednesday"), "e.txt": early})) == []
    # a late morning is no night: Wednesday against Thursday then differs
    morning = E.replace("Friday", "late Wednesday morning")
    assert len(_day_rows(report_of(tmp_path / "y", {"d.txt": D, "e.txt": morning}))) == 1


G = ("Boy wounded outside Tilden store\n\nA boy, 10, was wounded through the foot Wednesday morning outside a store in Tilden, "
     "police said. He is in stable condition.\n")
H = ("Tilden boy hurt outside store\n\nA 10-year-old boy was wounded through the foot early Thursday outside a "
     "store in Tilden, officers said. He is stable.\n")


def test_a_morning_and_the_next_early_hours_are_two_days(tmp_path):
    # 'Wednesday morning' against 'early Thursday': a day apart, not one night
    assert len(_day_rows(report_of(tmp_path, {"g.txt": G, "h.txt": H}))) == 1
    # told as the night before, they may be one night
    night = G.replace("Wednesday morning", "late Wednesday night")
    assert _day_rows(report_of(tmp_path / "x", {"g.txt": night, "h.txt": H})) == []


K = ("Child taken to hospital from Tilden store\n\nTilden police are looking into the shooting of a boy aged ten near Elm Row.\n\n"
     "An officer said the boy was shot through the foot Friday outside a store in Tilden. He is stable.\n")


def test_a_later_mention_of_the_victim_dates_the_shooting(tmp_path):
    # the toll comes from the lead's figure; only the body's mention of the boy gives Friday
    rows = _day_rows(report_of(tmp_path, {"g.txt": G, "k.txt": K}))
    assert len(rows) == 1 and "Friday" in rows[0]["reason"]


def test_a_later_moment_after_the_shooting_word_gives_no_day(tmp_path):
    # the shooting word reaches a weekday of another moment: an indictment, a return to duty
    for later in ("The man who shot the boy in the hand was indicted Friday, deputies said.",
                  "The deputy who shot the boy in the hand nine days ago returned to duty Friday."):
        text = "Child hurt at Linden Road home\n\nA boy, 6, was hurt at a farmhouse on Linden Road. " + later + "\n"
        assert _day_rows(report_of(tmp_path / str(len(later)), {"d.txt": D, "e.txt": text})) == []


M = ("Man hurts himself with his own pistol in Dunmore lot\n\nA 20-year-old man was arrested Monday after his own "
     "pistol wounded him in the thigh in a Dunmore parking lot during a work break, troopers said. He was treated at a hospital.\n")
N = ("Troopers look into shooting on Quarry Lane\n\nTroopers say a shooting on Quarry Lane seems to have been an accident. "
     "The shooting happened shortly before 4:10 p.m. Wednesday in the 300 block of Quarry Lane. No foul play is suspected.\n")


def test_an_arrest_weekday_is_not_the_shootings(tmp_path):
    # day53 (careful reading round 53): 'was arrested Monday after his pistol hit him' dates the arrest,
    # which may come days later; set against another page's Wednesday shooting it makes no day row
    assert _day_rows(report_of(tmp_path, {"m.txt": M, "n.txt": N})) == []
    # and so when the shooting word comes first and reaches the arrest's weekday
    after = M.replace("was arrested Monday after his own pistol wounded him in the thigh",
                      "whose own pistol shot him in the thigh was arrested Monday")
    assert after != M and _day_rows(report_of(tmp_path / "a", {"m.txt": after, "n.txt": N})) == []
    # the same page with the weekday written onto the shooting itself differs
    shot = M.replace("was arrested Monday after his own pistol wounded him in the thigh",
                     "was shot in the thigh Monday by his own pistol")
    rows = _day_rows(report_of(tmp_path / "x", {"m.txt": shot, "n.txt": N}))
    assert len(rows) == 1 and "Monday" in rows[0]["reason"] and "Wednesday" in rows[0]["reason"]


def test_a_numbered_road_keeps_its_number(nlp):
    """A road known by its number keeps it in its key (session 50: 'the 29500 block of County
    Road 20' was read as 'county road', so two numbered roads were one street); a number that
    counts something after the road's name is no part of it."""
    def streets(text):
        return [(t, s) for t, a, _v, _m, s in facts_of(nlp, text) if a in ("address", "street")]
    assert streets("Deputies were sent to the 3100 block of County Road 18 just west of Harlow.") == [
        ("3100 block of County Road 18", "county road 18")]
    assert streets("A woman was shot at 512 Highway 9 on Sunday, the sheriff said.") == [
        ("512 Highway 9", "highway 9")]
    assert streets("The hunter was shot on County Road 7 near the river.") == [("County Road 7", "county road 7")]
    assert streets("Troopers reached the 800 block of Mill Road 20 minutes later.") == [
        ("800 block of Mill Road", "mill road")]
    assert streets("Officers found him in the 200 block of Elm Street 3 hours later.") == [
        ("200 block of Elm Street", "elm street")]


@given(word=st.sampled_from(["road", "highway", "route", "loop"]), n=st.integers(1, 99999),
       letter=st.sampled_from(["", "A", "b"]), after=st.sampled_from(["", ".", " near the bridge", ", police said"]))
def test_road_number_reads_the_number_after_a_road_word(word, n, letter, after):
    text = f"the 400 block of Old {word.title()} {n}{letter}{after}"
    end = text.index(word.title()) + len(word)
    assert road_number(text, end, f"old {word}") == (f"old {word} {n}{letter.lower()}", end + 1 + len(f"{n}{letter}"))
    for unit in (" minutes later", " p.m.", " miles away", ":30 p.m."):
        counted = f"the 400 block of Old {word.title()} {n}{unit}"
        assert road_number(counted, end, f"old {word}") == (f"old {word}", end)
    assert road_number(text, end, "old street") == ("old street", end)


def test_the_road_number_example_is_read(nlp):
    from reconcile.data import load
    example = load("facts")["address"]["road_number"]["example"]
    assert [s for _t, a, _v, _m, s in facts_of(nlp, example) if a == "address"] == ["county road 20"]
