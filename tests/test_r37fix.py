"""Session 28 (r37fix, issue 13): what careful reading round 37 found wrong. A page that is a
photo gallery under the event's headline (its captions, on other cases, are furniture); a
described person said not to be hurt is no victim and lends no age; a page on another case
that recalls the event after a cue that it is the latest such case is read from the recall on.
Sentences of our own, about invented shootings."""

from __future__ import annotations

import json

from conftest import report_of

from reconcile.data import load
from reconcile.extract.victims import predicate_measure
from reconcile.ingest import boilerplate_spans


def _kept(text: str) -> list[str]:
    masked = [text[s:e] for s, e in boilerplate_spans(text)]
    return [line for line in text.split("\n") if line.strip() and line not in masked]


def test_a_gallerys_captions_are_furniture_and_an_articles_captions_are_not():
    example = load("boilerplate")["gallery"]["example"]
    assert _kept(example) == ["Rally for a Safer Maple Street draws hundreds",
                              "Organisers say the next march is planned for June."]
    # an article of prose with two credited pictures keeps them
    article = ("Two hurt in Elm Street shooting\n\nTwo men were shot on Elm Street in Marlow on Friday night, "
               "police said.\n\nOfficers at the scene on Friday. (AP Photo/Dana Reyes)\n\nBoth men are expected "
               "to recover, a sergeant said.\n\nThe corner of Elm and 9th. (Photo: Marlow Herald)\n\n"
               "No one has been arrested.\n")
    assert boilerplate_spans(article) == ()


GALLERY = ("Five shot at Birch Hall birthday party in Marlow\n\n"
           + "".join(f"A march for peace passes Oak Street, {d}, 2017. Officers arrested a man nearby that night. "
                     f"(AP Photo/Dana Reyes)\n\n" for d in ("May 1", "May 8", "June 2", "June 9", "July 4", "July 9"))
           + "Marlow's long summer: a city looks back.\n")
STORY = ("Five shot at birthday party at Birch Hall in Marlow\n\nFive people were shot at a birthday party at "
         "Birch Hall on Cedar Road in Marlow late Saturday, police said. Nobody had been arrested by Sunday, "
         "officers said. All five are expected to recover.\n")
NEWS = ("Five wounded at Birch Hall party on Cedar Road\n\nGunfire at a birthday party at Birch Hall on Cedar "
        "Road in Marlow wounded five people late Saturday. No one has been arrested, police said.\n")


def test_a_gallery_under_the_events_headline_gives_no_arrest(tmp_path):
    rep = report_of(tmp_path, {"a.txt": STORY, "b.txt": NEWS, "c.txt": GALLERY})
    custody = [f for f in rep["findings"] if f["kind"] == "fact" and f["measure"] == "custody"
               and f["status"] in ("differ", "conflict")]
    assert custody == []


def test_a_negated_second_verb_adds_no_casualty(nlp):
    doc = nlp("Police said a 6-year-old cousin was also in the room then, but was not hurt.")
    was = next(t for t in doc if t.lower_ == "was")
    assert predicate_measure(was) is None
    doc = nlp("The clerk was shot twice and did not survive.")
    assert predicate_measure(next(t for t in doc if t.lower_ == "shot")) == "killed"


def test_an_unhurt_relative_lends_the_named_victim_no_age(nlp):
    text = ("Man charged after shooting of 11-year-old nephew\n\nA Marlow man was charged on Tuesday in the "
            "shooting of his 11-year-old nephew. Police say Tomas Reed was cleaning a pistol when it fired "
            "and hit the boy, Caden Voss, in the arm. Voss was taken to a hospital in stable condition. "
            "Police say a 6-year-old cousin was also in the room then, but was not hurt.\n")
    people = {p["name"]: p for p in nlp(text)._.persons}
    assert people["Caden Voss"]["age"] != 6


def test_a_page_on_another_case_is_read_from_where_it_recalls_the_event(tmp_path):
    event = ("Marlow mother charged after son, 5, shoots himself\n\nA Marlow mother was charged after her "
             "son, 5, wounded himself in the foot late Sunday.\n\nPolice said the shooting happened near "
             "9:40 p.m. on the 4100 block of Kestrel, on the city's north side.\n\nThe boy is expected to recover.\n")
    other = ("Father charged after girl, 7, shoots herself in Marlow\n\nA father was charged on Wednesday after "
             "his 7-year-old daughter wounded herself in the hand late Tuesday.\n\nOfficers were sent to a house "
             "on the 900 block of Larchmont at around 8:05 p.m. Officers arrested the father, Wade Pruitt, 33, at "
             "the hospital.\n\nIt marks the second such case in three days for county officers, who urged owners to "
             "lock their guns away.\n\nOn Sunday, a 5-year-old boy wounded his own foot on the 4100 block of Kestrel. "
             "His mother faces a charge of child neglect.\n")
    rep = report_of(tmp_path, {"a.txt": event, "b.txt": other})
    times = [f for f in rep["findings"] if f["kind"] == "fact" and f["measure"] == "time"
             and f["status"] in ("differ", "conflict")]
    assert times == []
    assert "Wade Pruitt" not in json.dumps(rep["people"])


def test_counts_of_people_shot_one_apart_by_the_dead_gunman_read_as_the_higher():
    from reconcile.accounts import event
    from reconcile.records import Account, Interval, Toll

    def acc(source: str, shot: int) -> Account:
        return Account(source, tolls=(Toll("killed", Interval(3, 3, 3), "stated", (), "three"),
                                      Toll("shot", Interval(shot, shot, shot), "stated", (), str(shot))))

    both = [acc("a", 12), acc("b", 13)]
    shot = next(t for t in event(both, {"a": None, "b": None}, gunmen=1).tolls if t.measure == "shot")
    assert (shot.value.low, shot.value.high, shot.how) == (13, 13, "gunman counted")
    # no gunman reported dead: they disagree
    shot = next(t for t in event(both, {"a": None, "b": None}, gunmen=0).tolls if t.measure == "shot")
    assert shot.how == "range"


def test_questioned_but_not_charged_is_still_the_suspect(nlp):
    text = ("Man questioned in Marlow shooting\n\nTwo men were killed on Friday on Cedar Road in Marlow. "
            "Owen Tate, 31, of Marlow was interviewed by detectives but has not been charged.\n")
    p = {p["name"]: p for p in nlp(text)._.persons}["Owen Tate"]
    assert p["role"] == "suspect" and p["outcome"] != "arrested"


def test_people_shot_added_up_one_apart_by_the_dead_gunman_read_as_the_higher():
    from reconcile.accounts import event
    from reconcile.records import Account, Interval, Toll

    def acc(source: str, dead: int, shot: int) -> Account:
        return Account(source, tolls=(Toll("killed", Interval(dead, dead, dead), "stated", (), str(dead)),
                                      Toll("injured", Interval(9, 9, 9), "stated", (), "nine"),
                                      Toll("shot", Interval(shot, shot, shot), "added", (), f"{dead} + 9")))

    shot = next(t for t in event([acc("a", 3, 12), acc("b", 4, 13)], {"a": None, "b": None}, gunmen=1).tolls
                if t.measure == "shot")
    assert (shot.value.low, shot.value.high, shot.how) == (13, 13, "gunman counted")


def test_a_stub_whose_headline_gives_the_events_age_or_toll_is_not_off_topic(tmp_path):
    story = ("Girl, 9, hurt when cousin fires pistol in Dunmore flat\n\nA 9-year-old girl took a bullet in "
             "her arm on Friday when her cousin fired a pistol he found in a drawer at a flat on Alder Lane in Dunmore, police "
             "said. She is in stable condition.\n")
    other = ("Dunmore girl recovering after cousin's shot\n\nThe 9-year-old girl wounded by her cousin at a flat on "
             "Alder Lane on Friday is recovering, her family said.\n")
    furniture = "\n\nSign up for our newsletter. Share this story.\n\nSign up for our newsletter. Share this story.\n"
    stub = "Police: 9-year-old girl hurt in accidental shooting in..." + furniture
    rep = report_of(tmp_path, {"a.txt": story, "b.txt": other, "c.txt": stub})
    assert rep["off_topic"] == []
    # a stub that shares neither with them is another story's
    (tmp_path / "more").mkdir()
    stub = "Police: 70-year-old man hurt in accidental shooting in..." + furniture
    rep = report_of(tmp_path / "more", {"a.txt": story, "b.txt": other, "c.txt": stub})
    assert rep["off_topic"] == ["c"]
