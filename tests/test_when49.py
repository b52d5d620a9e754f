"""A time told in a clause that sets the scene, with the shooting in its 'when' clause, is
the shooting's time (session 33, when49): 'About 9 p.m., the man was walking on Elm Street
when two people shot at him', 'just after 10 p.m. when a man fired at them'. A 'when' clause
that tells something else (a fight breaking out, a robbery tried, tyres heard) leaves the
time another moment's; a block in such a clause is the scene. And a casualty figure after a
weekday with a clause of its own telling its harm ('a girl who was killed ...') takes no
weekday from before it (the time · day row). Sentences of our own, on the real model."""

from __future__ import annotations

from conftest import findings_of, report_of


def _moments(nlp, text):
    doc = nlp(text)
    return [(text[f["start"]:f["end"]], f["moment"]) for f in doc._.facts if f["attr"] == "time"]


def test_a_scene_set_at_a_time_with_the_shooting_in_its_when_clause(nlp):
    assert _moments(nlp, "About 9 p.m., a retired nurse was in her kitchen on Birch Lane when a stray round "
                         "struck her arm, the chief said.") == [("9 p.m.", "event")]
    assert _moments(nlp, "Both brothers were strolling back from the bakery just after 10 p.m. when a man "
                         "fired at them from a coupe.") == [("10 p.m.", "event")]
    # the shooting in a verb joined to the 'when' clause's first
    assert _moments(nlp, "Around 6:30 p.m., the cousins were sitting on the front steps when a pickup rolled up "
                         "and its passenger opened fire.") == [("6:30 p.m.", "event")]


def test_a_block_in_the_scene_setting_clause_is_the_scene(nlp):
    doc = nlp("The man was standing in the 400 block of Alder Street when someone fired shots from a van.")
    assert [(f["moment"]) for f in doc._.facts if f["attr"] == "address"] == ["event"]
    doc = nlp("The man was standing in the 400 block of Alder Street when a neighbour called to him.")
    assert [(f["moment"]) for f in doc._.facts if f["attr"] == "address"] == ["other"]


def test_a_when_clause_that_tells_no_shooting_leaves_the_time_another_moment(nlp):
    assert _moments(nlp, "The clerks were closing the shop about 11 p.m. when a fight broke out in the lot.") \
        == [("11 p.m.", "other")]
    assert _moments(nlp, "The cook was heading to his truck on Elm Street about 3:15 a.m. when a stranger "
                         "demanded his wallet.") == [("3:15 a.m.", "other")]
    assert _moments(nlp, "The suspect was arrested around 11 p.m. when officers stopped his car on Oak "
                         "Street.") == [("11 p.m.", "other")]
    assert _moments(nlp, "Guests may stay after 2 a.m., when the bar stops serving drinks.") == [("2 a.m.", "other")]


def test_a_scene_time_set_against_another_sources_shooting_time(tmp_path):
    a = ("Boy wounded on Larch Street\n\nThe boy and his sister were crossing Larch Street just after 8 p.m. "
         "Friday when a man fired at them from a grey coupe. He is expected to recover.\n")
    b = ("Boy, 12, hurt on Larch Street\n\nA 12-year-old boy was wounded on Larch Street in Dunmore Falls. "
         "Gunfire erupted about 9:15 p.m. Friday, according to the county.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    rows = [f for f in findings_of(rep, kind="fact", measure="time") if f["status"] == "differ"]
    assert len(rows) == 1 and "8 p.m." in rows[0]["reason"] and "9:15 p.m." in rows[0]["reason"]


def _day_rows(tmp_path, second):
    a = ("Toddler dies after Cedar Road gunfire\n\nA 4-year-old was shot and killed Sunday night on Cedar Road "
         "as her parents drove home, deputies said.\n")
    b = f"Ashford victim was related to toddler\n\n{second}\n"
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    return [f for f in findings_of(rep, kind="fact", measure="time") if f["subject"] == "time · day"]


def test_a_figure_dated_by_a_clause_of_its_own_keeps_no_weekday_from_before_it(tmp_path):
    # the page's Tuesday is the second killing's; the girl it relates him to was killed before
    # (without the guard, this pair is a time · day row: Sunday against Tuesday)
    assert _day_rows(tmp_path, "Detectives say the cook shot and killed late Tuesday near Ashford was an uncle "
                               "to a 4-year-old who was killed on Cedar Road.") == []


def test_a_figure_after_the_weekday_with_no_clause_of_its_own_keeps_it(tmp_path):
    # a figure after the weekday that the shooting word tells: its Tuesday is read onto the shooting
    assert len(_day_rows(tmp_path, "Detectives say shots fired Tuesday night near Ashford killed a 4-year-old "
                                   "on Cedar Road.")) == 1
