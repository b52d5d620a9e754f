"""Death tolls read in session 22 (killed30): the killer's own death added to the count of
his or her victims, where the text tells it. Sentences of our own, about invented
shootings."""

from __future__ import annotations

from conftest import account_tolls as _tolls, one_article_tolls, report_of, toll_findings


def _killed(tmp_path, name: str, text: str) -> tuple:
    return one_article_tolls(tmp_path, name, text).get("killed")


FARM = ("Dover farmer kills nephew in murder-suicide\n\nA quarrel over a tractor ended on Friday at a farm "
        "outside Dover, where sheriff's deputies found two bodies in a barn.\n\n"
        "The farmer's neighbours said the two men had argued for weeks.\n")


def test_the_killer_of_a_murder_suicide_is_among_the_dead(tmp_path):
    # 'kills nephew in murder-suicide': the nephew, and the farmer, two
    assert _killed(tmp_path, "ms", FARM) == (2, 2)
    # a killing with no death of the killer told stays one
    assert _killed(tmp_path, "plain", FARM.replace(" in murder-suicide", " after quarrel")) == (1, 1)


DEPUTIES = ("Elm Valley reels after warehouse attack\n\nA forklift driver who shot and killed three "
            "coworkers at an Elm Valley warehouse on Tuesday fired at deputies for ten minutes before a "
            "deputy shot and killed him, the sheriff said.\n\nThe warehouse will stay closed this week.\n")


def test_a_killer_shot_dead_by_police_in_the_count_s_sentence_is_counted(tmp_path):
    assert _killed(tmp_path, "dep", DEPUTIES) == (4, 4)
    # 'before she was killed by' tells the death of the one counted, not one more
    he = ("Elm Valley reels after warehouse attack\n\nA forklift driver fired at deputies outside an Elm "
          "Valley warehouse on Tuesday, hitting two of them before she was killed by a trooper, "
          "the sheriff said.\n\nThe warehouse will stay closed this week.\n")
    assert _killed(tmp_path, "he", he) == (1, 1)


def test_a_double_murder_suicide_is_three_dead(tmp_path):
    text = ("Girl, 9, killed by stepfather in double murder-suicide\n\nA man shot his wife and her daughter "
            "at their Milltown home on Sunday before he turned the gun on himself, police said.\n")
    assert _killed(tmp_path, "double", text) == (3, 3)


ORCHARD = ("Two dead in Orchard Hill shooting spree\n\nTwo men were shot and killed on Saturday night in Orchard "
           "Hill, police said.\n\nPolice identified the suspect as Wendell Orr, 41, of Orchard Hill.\n\n"
           "Minutes later, Orr was killed in a shootout with state troopers near the river.\n")


def test_a_gunman_named_dead_apart_may_be_in_the_count(tmp_path):
    # the count of two may leave out the gunman named dead further down: two to three
    assert _killed(tmp_path, "orr", ORCHARD) == (2, 3)
    # where someone is held for it, a suspect read dead is as often one of the dead
    held = ORCHARD.replace("Minutes later,", "A second man, Ray Dunne, 30, was arrested on Sunday. Minutes earlier,")
    assert _killed(tmp_path, "held", held) == (2, 2)



def test_a_killer_counted_in_one_source_is_no_conflict_with_his_victims_counted_in_another(tmp_path):
    # one outlet counts the farmer among the dead (3), another only his two nephews (2): the
    # farmer's own death explains the gap, no conflict
    one = FARM.replace("kills nephew", "kills two nephews")
    other = ("Two brothers found dead on Dover farm\n\nTwo men were found dead in a barn outside Dover on "
             "Friday, sheriff's deputies said.\n\nThe brothers worked the farm with their uncle.\n")
    rep = report_of(tmp_path, {"a.txt": one, "b.txt": other})
    assert _tolls(rep, "a")["killed"] == (3, 3) and _tolls(rep, "b")["killed"] == (2, 2)
    assert not [f for f in toll_findings(rep, "killed") if f["status"] == "conflict"]



def test_the_event_reads_a_count_to_one_more_as_its_count_beside_the_gunman_counted(tmp_path):
    # one to two (the gunman named dead apart), one (his victim) twice, and two with the
    # gunman: the dead are two, the gunman among them, as without the first source
    one = ORCHARD.replace("Two dead in", "Deadly").replace("Two men were", "One man was")
    victim = ("Orchard Hill shooting leaves town shaken\n\nOne man was shot and killed on Saturday night in "
              "Orchard Hill, police said.\n")
    victim2 = victim.replace("leaves town shaken", "under investigation").replace("police said", "the sheriff said")
    with_him = ("Two dead, including the gunman, in Orchard Hill\n\nTwo people died on Saturday night in "
                "Orchard Hill, including the gunman, police said.\n")
    rep = report_of(tmp_path, {"a.txt": one, "b.txt": victim, "c.txt": victim2, "d.txt": with_him})
    assert _tolls(rep, "a")["killed"] == (1, 2)
    ev = rep["event"]["tolls"]["killed"]
    assert (ev["low"], ev["high"]) == (2, 2)
