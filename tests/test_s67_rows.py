"""Session 67: rows a careful reading found wrong, and a reader whose code said less than its
docstring; each on sentences of our own, end to end on the real model."""

from __future__ import annotations

from conftest import account_of, one_article_tolls, persons_by_name, report_of


def test_a_period_set_before_keeps_a_lead_statistic_out_even_with_a_charge_in_its_sentence(tmp_path):
    # data/accounts.json followed_up: a figure dated back ('last year') in a sentence telling a
    # later step of the case is the event told from a later day, but 'a period stays another
    # event's'. Two definitions of one helper made a figure with no time of its own (the
    # period inherited from the sentence before) count as followed up, so a year's toll with a
    # charge beside it was read as the event's.
    text = ("Shootings down in Brookfield\n\nSince January, police say, the city has seen fewer "
            "shootings. Fourteen people were killed and four men were charged.\n\nThe chief spoke Monday.\n")
    assert one_article_tolls(tmp_path, "period", text) == {}


def test_an_age_in_months_before_a_name_is_read_in_whole_years(nlp):
    # careful reading round 195: '9-month-old X, was shot' gave no person at all, and
    # '9-month-old X was shot' a person with no age, where '9-year-old X' gave both
    text = ("Baby shot in Brookfield\n\nPolice said 9-month-old Kendra Oakes, was shot three times on "
            "Maple Street on Monday night.\n\nA neighbour said 17-month-old Dario Vance died at the "
            "hospital the next day.\n")
    people = persons_by_name(nlp, text)
    assert (people["Kendra Oakes"]["age"], people["Kendra Oakes"]["role"]) == (0, "victim")
    assert people["Dario Vance"]["age"] == 1


def test_a_first_name_alone_with_an_age_of_its_own_beside_the_full_name_is_a_namesake(nlp):
    # a daughter named for her mother, listed with her in one sentence: her age is not the
    # mother's (session 67: ages in months, newly read, put a baby's age on her mother)
    text = ("Family mourns Ana Maria Lee\n\nHer brother came to claim the bodies of his sister, Ana "
            "Maria Lee, 5-year-old Tomas, and 6-year-old Ana.\n\nFriends last talked to Lee, 37, in "
            "May, two weeks before Lee and her children were shot dead by her companion.\n")
    assert persons_by_name(nlp, text)["Ana Maria Lee"]["age"] == 37


def test_a_baby_in_months_left_over_is_not_the_named_victims_age(nlp):
    # a described age no named person has goes to the one named victim without one; a
    # baby of his partner's, told in months, is nobody named (session 67)
    text = ("Officer killed in Brookfield\n\nThe chief identified the slain officer as Jonathan Reyes. "
            "His partner, Wade Irwin, 32, was wounded.\n\nIrwin is expected to survive. They are "
            "parents to a 19-month-old baby.\n")
    people = persons_by_name(nlp, text)
    assert people["Jonathan Reyes"]["age"] is None and people["Jonathan Reyes"]["outcome"] == "killed"


def test_those_taken_to_hospitals_are_a_part_of_the_people_shot_where_none_died(tmp_path):
    # careful reading round 196: five shot, one treated at the scene, three taken to hospitals,
    # a fifth found at one, no death (the page's death is another shooting's): five wounded, not three
    text = ("5 shot in Brookfield\n\nPolice are searching for a lone gunman after five men were shot "
            "on Payson Street on Tuesday afternoon.\n\nPolice said the injuries appear to be "
            "non-life-threatening.\n\nOne of the victims was treated at the scene. Three others were "
            "taken to hospitals for treatment. A fifth victim was found at an area hospital.\n\n"
            "It was the third shooting in the city with several victims in five days. Five people "
            "were shot, one of whom died, Friday in a shooting at a shopping center on Reisterstown "
            "Road.\n")
    tolls = one_article_tolls(tmp_path, "hospitals", text)
    assert tolls["shot"] == (5, 5) and tolls["injured"] == (5, 5)


def test_an_ordinal_wounded_tells_at_least_that_many_hurt(tmp_path):
    # careful reading round 199: a page headed by an eighth victim, read as one wounded
    text = ("Shooting reveals 8th victim\n\nPolice now say an 8th teen was injured in a weekend "
            "shooting at a party on Highway 82. A 14-year-old girl came to the police station with a "
            "wound to her toe.\n")
    assert one_article_tolls(tmp_path, "eighth", text)["injured"] == (8, None)


def test_an_ordinal_wounded_beside_a_death_counts_everyone_hit_not_the_wounded(tmp_path):
    text = ("Shooting on Elm Street\n\nOne man was killed in a shooting on Elm Street on Friday. A "
            "second man was wounded, police said.\n")
    tolls = one_article_tolls(tmp_path, "second", text)
    assert tolls["killed"] == (1, 1) and tolls["injured"] == (1, 1)


def test_fighting_for_a_life_tells_a_grave_condition(tmp_path):
    # careful reading round 202: a mother 'fighting for her life' read as no condition at all
    (tmp_path / "grave").mkdir()
    rep = report_of(tmp_path / "grave", {"a.txt": (
        "Two shot on Elm Street\n\nA woman of 30 was shot on Elm Street on Friday. She is fighting for "
        "her life at the trauma center, police said.\n")})
    grave = [c for c in rep["claims"] if c["kind"] == "fact" and c["measure"] == "condition"]
    assert [(c["text"], c["group"]) for c in grave] == [("fighting for her life", "grave")]


def test_a_death_hours_later_leaves_the_sentence_the_events_place(tmp_path):
    # careful reading round 208: 'a boy shot on the 200 block of X died hours later' was read as a
    # sentence about another shooting ('hours later'), and the page had no place
    (tmp_path / "later").mkdir()
    rep = report_of(tmp_path / "later", {"a.txt": (
        "Boy dies after shooting\n\nThe coroner confirmed a 12-year-old boy accidentally shot Sunday "
        "morning on the 200 block of North Elm Avenue in Yorkton died hours later at the hospital.\n")})
    assert account_of(rep, "a")["place"] == "200 block of North Elm Avenue"


def test_another_shooting_hours_later_still_gives_the_event_no_place(tmp_path):
    (tmp_path / "other").mkdir()
    rep = report_of(tmp_path / "other", {"a.txt": (
        "Man shot in Yorkton\n\nA man was shot Sunday morning in Yorkton, police said. Hours later, a "
        "woman was shot in the 400 block of Pine Street.\n")})
    assert account_of(rep, "a")["place"] != "400 block of Pine Street"
