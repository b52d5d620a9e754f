"""A scene set at a time whose 'when' clause tells the shooting through a verb further along
its chain is the shooting's time (session 36, time54): 'when two men walked up and began
shooting' (the verb the clause's verb takes), 'when a van pulled up and its driver got out and
fired' (a verb coordinated with it further on), 'were trying to stop the car around 10 p.m. when
a man began to shoot' (the clause on a verb of the time's own chain), 'when shots rang out'
(the tagger's present-tense 'rang', which the lemmatizer leaves as it is). A 'when' clause whose
happening is not the shooting ('when a fight broke out') leaves the time another moment's.
A time right after what the police responded to, were called to or received a report of ('the
gunfire near 3:40 a.m.', 'gunshots near 11:20 p.m.') is the response's. And 'around' a round
hour is 9 minutes either side, so a quarter past against it is a difference. Sentences of our
own, on the real model."""

from __future__ import annotations

from conftest import findings_of, report_of


def _moments(nlp, text):
    doc = nlp(text)
    return [(text[f["start"]:f["end"]], f["moment"]) for f in doc._.facts if f["attr"] == "time"]


def test_the_shooting_told_by_the_verb_a_when_clause_takes(nlp):
    assert _moments(nlp, "At 7:20 p.m., the twins were sitting on the bench outside the library when two "
                         "teenagers crossed the lawn and started shooting, police said.") == [("7:20 p.m.", "event")]
    assert _moments(nlp, "Neighbors said dozens of people had gathered in the park at about 7:10 p.m. for a "
                         "birthday when two crews began firing at one another.") == [("7:10 p.m.", "event")]


def test_the_shooting_told_further_along_the_when_clauses_coordination(nlp):
    assert _moments(nlp, "At 9:05 p.m., the three friends were outside a corner store on Pine Street when a "
                         "sedan stopped and two men got out and fired at them.") == [("9:05 p.m.", "event")]


def test_a_when_clause_on_the_verb_the_times_verb_takes(nlp):
    assert _moments(nlp, "Around 11 p.m., deputies were trying to pull over a pickup on Route 9 when the "
                         "driver began to shoot at them.") == [("11 p.m.", "event")]


def test_shots_rang_out_in_a_when_clause_after_a_weekday(nlp):
    assert _moments(nlp, "The girl was in her mother's van in the 200 block of Oak Avenue at 4:20 p.m. Friday "
                         "when shots rang out, according to a police spokesman.") == [("4:20 p.m.", "event")]


def test_a_happening_that_is_not_the_shooting_stays_another_moment(nlp):
    # the fight is not the shooting, and nothing further along its clause tells it
    assert _moments(nlp, "At 7:20 p.m., the twins were sitting on the bench outside the library when a fight "
                         "broke out among their classmates.") == [("7:20 p.m.", "other")]
    assert _moments(nlp, "Around 11 p.m., deputies were trying to pull over a pickup on Route 9 when the "
                         "driver began to speed away.") == [("11 p.m.", "other")]


def test_the_scene_time_set_against_another_sources_shooting_time(tmp_path):
    a = ("Two hurt outside Pine Street store\n\nAt 9:05 p.m. Saturday, three friends were outside a corner store "
         "on Pine Street when a sedan stopped and two men got out and fired at them. Two of the friends were "
         "wounded.\n")
    b = ("Two wounded on Pine Street\n\nTwo men were wounded outside a store on Pine Street in Lakeview. The "
         "shooting happened around 9:40 p.m. Saturday, police said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    rows = findings_of(rep, kind="fact", measure="time", status="differ")
    assert len(rows) == 1 and "9:05 p.m." in rows[0]["reason"] and "9:40 p.m." in rows[0]["reason"]


def _time_rows(tmp_path, second):
    a = ("Man hurt on Cedar Court\n\nA man was wounded on Cedar Court in Milltown. The gunfire began around "
         "2 a.m. Sunday, police said.\n")
    b = f"Shots on Cedar Court\n\nA man was shot on Cedar Court in Milltown {second} Sunday, deputies said.\n"
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    return findings_of(rep, kind="fact", measure="time", status="differ")


def test_a_quarter_hour_against_around_the_hour_differs(tmp_path):
    # 'around 2 a.m.' is 1:51 to 2:09 (data/facts.json hedges.on_the_hour): a quarter past,
    # itself 'around', lies beyond it (careful reading rounds 47 and 53)
    rows = _time_rows(tmp_path, "around 2:15 a.m.")
    assert len(rows) == 1 and "2:15 a.m." in rows[0]["reason"]


def test_a_few_minutes_against_around_the_hour_agree(tmp_path):
    assert _time_rows(tmp_path, "around 2:05 a.m.") == []


def test_a_time_beside_what_the_police_responded_to_is_the_responses(nlp):
    assert _moments(nlp, "Troopers responded to the gunfire near 3:40 a.m. on Elm Street.") == [("3:40 a.m.", "response")]
    assert _moments(nlp, "Deputies were sent to reports of gunshots near 11:20 p.m. Tuesday.") \
        == [("11:20 p.m.", "response")]
    # a time written onto the shooting itself, and a shooting no one responded to, stay the shooting's
    assert _moments(nlp, "Deputies rushing to the 4:12 p.m. shooting found a wounded cook.") == [("4:12 p.m.", "event")]
    assert _moments(nlp, "A man was hurt in a shooting around 2:45 a.m. Sunday.") == [("2:45 a.m.", "event")]
    assert _moments(nlp, "Neighbors heard shots fired around 1 a.m.") == [("1 a.m.", "event")]
