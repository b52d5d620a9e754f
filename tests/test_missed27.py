"""What careful reading round 27 found the report missing: a search that tells no one
is held, someone only questioned, times given with a part of the day, a police
response before another source's shooting time, a coma or intensive care, a count of the wounded treated and
released, and a headline's toll that counts the gunman the text tells killed. Sentences
of our own."""

from __future__ import annotations

from functools import partial

from conftest import dated_fact_findings, fact_moments as _facts, findings_of, report_of


def test_a_search_a_warning_and_no_particular_suspect_say_no_one_is_held(nlp):
    said = partial(_facts, nlp, "custody")
    assert [m for m, _ in said("Deputies are hunting for a woman thought to have fired the shots.")] == ["none"]
    assert [m for m, _ in said("Troopers were hunting for a woman they believe shot the clerk.")] == ["none"]
    assert [m for m, _ in said("Detectives said they were not looking for any particular suspect yet.")] == ["none"]
    # not 'any other suspects': that tells the one held is the only one
    assert said("Police are not looking for any other suspects.") == []


def test_someone_taken_in_for_questioning_is_not_arrested(nlp):
    said = partial(_facts, nlp, "custody")
    assert said("Officers took the neighbour to the police station for questioning on Friday.") == [
        ("questioned", "took the neighbour to the police station for questioning")]
    assert [m for m, _ in said("He was detained for questioning and later arrested.")] == ["questioned", "held"]


QUESTIONED = ("Toddler wounded on Spruce Lane\n\n{date}A toddler was wounded by a bullet at a home on Spruce Lane in "
              "Marlow on Friday evening. Officers took the boy's uncle to the police station for questioning, "
              "a police spokesman said.\n")
ARRESTED = ("Uncle jailed after toddler wounded\n\n{date}The uncle of a toddler wounded at a home on Spruce Lane in "
            "Marlow was arrested and jailed on a charge of injury to a child, police said. His bond was $10,000.\n")


def test_a_relative_questioned_then_arrested_is_a_custody_update(tmp_path):
    got = dated_fact_findings(tmp_path, QUESTIONED, ARRESTED, ("May 2, 2025", "May 4, 2025"), "custody")
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "custody · suspect")]
    assert got[0]["reason"].startswith("An update") and "for questioning" in got[0]["reason"]


def test_a_clock_time_with_a_part_of_the_day(nlp):
    said = partial(_facts, nlp, "time")
    doc = nlp("The shots were fired around 2:15 Saturday morning, deputies said.")
    (t,) = [f for f in doc._.facts if f["attr"] == "time"]
    assert t["value"] == (135, 130, 140) and t["moment"] == "event"
    assert [f["value"][0] for f in nlp("The shooting happened at 9:40 on Friday night.")._.facts] == [1300]
    assert [f["value"][0] for f in nlp("The shooting happened at 1:40 Sunday night.")._.facts] == [100]
    assert said("The bus leaves at 2 Saturday morning.") == []  # no minutes: not read


def test_a_police_response_before_another_sources_shooting_time(tmp_path):
    a = ("Girl hurt on Poplar Street\n\nOfficers responded at 6:10 p.m. to a home on Poplar Street in Marlow, "
         "where a girl had been shot.\n")
    b = ("Girl shot in Marlow\n\nA girl was shot in a home on Poplar Street in Marlow. It happened around "
         "6:30 p.m., police said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    got = findings_of(rep, kind="fact", measure="time")
    assert [(f["status"], f["subject"]) for f in got] == [("differ", "time · response before shooting")]
    assert "6:10 p.m." in got[0]["reason"] and "6:30" in got[0]["reason"]
    # police there after the shooting: no finding
    rep = report_of(tmp_path / "x", {"a.txt": a.replace("6:10", "6:40"), "b.txt": b})
    assert not findings_of(rep, kind="fact", measure="time")
    # a relative's call is no police response
    c = ("Girl hurt on Poplar Street\n\nA girl was shot in a home on Poplar Street in Marlow. Her aunt said "
         "the girl's mother called her at 6:10 p.m.\n")
    rep = report_of(tmp_path / "y", {"c.txt": c, "b.txt": b})
    assert not findings_of(rep, kind="fact", measure="time")


def test_a_coma_and_intensive_care_are_grave_against_stable(nlp, tmp_path):
    said = partial(_facts, nlp, "condition")
    assert said("Doctors kept the cashier in a medically induced coma overnight.") == [("grave", "induced coma")]
    assert said("The driver was moved to intensive care after surgery.") == [("grave", "intensive care")]
    assert said("The storm induced panic in the town.") == []
    a = ("Clerk shot on Alder Road\n\nA clerk, 40, was shot at a store on Alder Road in Marlow on Monday. She is "
         "in a medically induced coma at Marlow General.\n")
    b = ("Marlow clerk wounded\n\nA clerk, 40, was shot at a store on Alder Road on Monday. She was in stable "
         "condition at Marlow General, police said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    (f,) = findings_of(rep, kind="fact", measure="condition")
    assert f["subject"] == "condition · wounded" and "grave" in f["reason"] and "stable" in f["reason"]


def test_counts_of_the_wounded_treated_and_released(nlp, tmp_path):
    def hedge(text):
        return [f["hedge"] for f in nlp(text)._.facts if f["attr"] == "condition"]

    assert hedge("Two of the wounded men were treated and released on Sunday.") == ["count: 2"]
    assert hedge("She was treated and released.") == [None]
    a = ("Five hurt at Elm Park party\n\nFive guests were shot at a birthday party at Elm Park in Marlow on Saturday. "
         "Two of the wounded men were treated and released on Sunday.\n")
    b = ("Shooting at Elm Park party\n\nFive people were wounded at a party at Elm Park in Marlow on Saturday. "
         "One wounded guest was treated and released, police said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    (f,) = findings_of(rep, kind="fact", subject="condition · treated and released")
    assert f["status"] == "differ" and "2 (a.txt) vs 1 (b.txt)" in f["reason"]


SELF = ("3 dead in Birchwood shooting, including gunman\n\nA man shot his neighbours on Oak Lane in Birchwood "
        "on Sunday. The couple, a man of 60 and a woman of 58, were killed. {gunman}Their son, 30, was wounded.\n")


def test_a_headline_toll_with_the_gunman_the_text_tells_dead_is_no_self_contradiction(tmp_path):
    told = SELF.format(gunman="The gunman was killed by a deputy minutes later. ")
    rep = report_of(tmp_path, {"a.txt": told})
    assert not findings_of(rep, status="inconsistent", measure="killed")
    # without the text's word of his death, the headline's three is at odds with its two
    rep = report_of(tmp_path / "x", {"a.txt": SELF.format(gunman="")})
    assert findings_of(rep, status="inconsistent", measure="killed")
