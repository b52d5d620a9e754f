"""Rows read wrong in session 64, from known wrong rows and the careful readings of rounds 142
and later. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

from conftest import account_of, one_article_tolls, persons_by_name, report_of


def test_one_killed_by_a_man_who_then_killed_himself_is_dead(nlp):
    # the headline's two are the killer's object: with his suicide three dead, and the girl named
    # only by identification is the third
    text = ("Father kills wife and daughter in murder-suicide\n\nA man shot his wife and 10-year-old daughter at their "
            "home on Elm Street on Monday before turning the gun on himself. The 10-year-old has been identified as "
            "Nora Pell. The man was identified as Tom Pell and the wife as Ann Pell. Police said Tom Pell killed "
            "Ann Pell and then killed himself.")
    got = persons_by_name(nlp, text)
    assert got["Nora Pell"]["outcome"] == "killed"
    assert (got["Tom Pell"]["role"], got["Tom Pell"]["outcome"]) == ("suspect", "killed")


def test_a_suicide_counted_in_a_toll_of_all_the_dead_adds_nobody(nlp):
    # 'two dead' counts the killer too: the girl only said to be shot lived
    text = ("Two dead in murder-suicide\n\nTwo people died on Monday on Elm Street when a man killed his wife and "
            "then killed himself, police said. The man was Tom Pell and his wife Ann Pell. Their daughter, Nora "
            "Pell, 10, was shot in the arm and is expected to survive.")
    got = persons_by_name(nlp, text)
    assert got["Nora Pell"]["outcome"] == "injured"


def test_him_after_he_is_another_than_the_one_who_fired(nlp):
    # 'he shot him': the subject fired, the object is the other boy, never the subject again
    text = ("A 9-year-old boy, Leo Ward, died on Saturday after being shot by his 13-year-old brother Max with a gun "
            "they thought was a toy. Max Ward put the gun to his brother's head and pulled the trigger. \"We were "
            "told he shot him right here,\" said an aunt.")
    got = persons_by_name(nlp, text)
    assert got["Max Ward"]["role"] == "suspect"
    assert got["Max Ward"]["outcome"] != "injured"
    assert got["Leo Ward"]["outcome"] == "killed"


def test_a_sum_that_holds_the_suicide_adds_nobody_more(nlp):
    # 'killing 3 and then killed himself' is four already: the daughter in stable condition lived
    text = ("Father opens fire on family, killing 3 and then killed himself\n\nA man returned to the house on Saturday and "
            "fired at his family, police said. Tom Pell, 40, had killed his 8-year-old son, Sam Pell; his wife, Ann Pell; and "
            "her mother, Rose Hart, 66. Police said Tom Pell killed himself in his car a few miles away. His older "
            "daughter, whom a cousin identified as Nora Pell, remained hospitalized in stable condition.")
    got = persons_by_name(nlp, text)
    assert got["Nora Pell"]["outcome"] == "injured"
    assert got["Rose Hart"]["outcome"] == "killed"
    assert got["Tom Pell"]["outcome"] == "killed"




CLUB = {
    "a.txt": "Two teens killed, 15 hurt in shooting at Club Nova in Fort Lane\n\nTwo teens were killed and 15 people "
             "were hurt early Monday when gunfire broke out at a party at Club Nova on Evans Road in Fort Lane, police "
             "said. Police Chief Dan Moore said Tim Ray, 18, and Sam Cole, 14, died at the scene. Three people were "
             "arrested on Tuesday.\n",
    "b.txt": "Fort Lane mourns teens slain at Club Nova\n\nFriends gathered on Wednesday outside Club Nova, where Tim Ray "
             "and Sam Cole were shot dead at a teen party on Monday. Chief Dan Moore said detectives had watched hours "
             "of video from cameras on Evans Road. The club's owner said he had hired extra guards for the night.\n",
    "c.txt": "Chief: Club Nova shooting began as a fight\n\nThe gunfire that killed Tim Ray and Sam Cole at Club Nova "
             "began with a fight in the parking lot, Fort Lane police chief Dan Moore told reporters on Tuesday. Moore "
             "said officers heard the shots from Evans Road and were there within a minute.\n",
}


def test_a_page_of_the_same_toll_naming_only_its_own_people_is_not_off_topic(tmp_path):
    # the guard's page names no one the others name and shares none of their places, but gives
    # the first page's two dead: the same shooting, told by one who was there
    guard = ("Guard: party gunman had a rifle\n\nA security guard at a party where two teens were killed says she saw "
             "someone fire a rifle into the crowd. Anna Pike was hired for the night as a guard. She says her partner, "
             "Rosa Dell, who also worked that night, was shot and wounded. Pike says Dell is now doing fine.\n")
    rep = report_of(tmp_path, {**CLUB, "d.txt": guard})
    assert rep["off_topic"] == []
    # a page of another matter that shares nothing, nor a toll, is still off-topic
    other = ("Guard honored for years of service\n\nA security guard at the county library was honored on Friday for "
             "thirty years of service. Anna Pike was hired in the spring of that year. She says her partner, Rosa "
             "Dell, plans to retire next year.\n")
    (tmp_path / "x").mkdir()
    assert report_of(tmp_path / "x", {**CLUB, "d.txt": other})["off_topic"] == ["d"]


def test_the_town_of_where_the_wounded_were_taken_is_no_place_of_the_shooting(tmp_path):
    # a hospital named without its noun, in its town: the page names no scene of its own
    text = ("Two teens shot inside home\n\nTwo teens were shot inside a home on Monday when a third teen fired a gun "
            "he found, police said. Both victims were taken to St. Anne's in Linden and were in serious condition.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert account_of(rep, "a")["place"] is None
    # where the page gives the scene's town, that stays its place
    (tmp_path / "x").mkdir()
    rep = report_of(tmp_path / "x", {"a.txt": text.replace("inside a home on Monday", "inside a home in Eastvale on "
                                                                                              "Monday")})
    assert account_of(rep, "a")["place"] == "Eastvale"


def test_one_who_waived_his_preliminary_hearing_is_held(nlp):
    text = ("A teenager charged in the shooting death of a friend last month has waived his case to court. Tom Lake, "
            "19, appeared briefly on Wednesday, when police filed more charges, and then waived his right to a "
            "preliminary hearing.")
    got = persons_by_name(nlp, text)
    assert (got["Tom Lake"]["role"], got["Tom Lake"]["outcome"]) == ("suspect", "arrested")


def test_the_man_who_fired_the_shot_identified_by_name_is_the_one_who_fired(nlp):
    # the relative clause of the noun a naming verb names tells the one who fired, hurt by his own shot
    text = ("A man mishandled a gun on Tuesday night, firing a shot that hurt himself and a woman. The man who fired "
            "the shot has been identified by police as 23-year-old Tom Lake. He faces a charge of reckless conduct. "
            "Investigators said Lake was wounded in the hand.")
    got = persons_by_name(nlp, text)
    assert got["Tom Lake"]["role"] == "suspect"


def test_someone_held_in_a_jail_or_on_a_bond_is_held(tmp_path):
    # 'held in' a place of custody, 'held on' a bond or charges: the page tells its suspects held
    head = "Three men were killed at a store on Elm Road in Linden on Friday. "
    assert one_article_tolls(tmp_path, "a", head + "Both men are being held in the county detention center.")[
        "arrested"] == (2, 2)
    assert one_article_tolls(tmp_path, "b", head + "A 30-year-old man was held on a $1 million bond.")[
        "arrested"] == (1, 1)  # one, no more (session 78)
    # a vigil held at a park, a news conference held in the jail's training room hold no one
    assert "arrested" not in one_article_tolls(tmp_path, "c", head + "A vigil was held at the park on Sunday.")
    assert "arrested" not in one_article_tolls(tmp_path, "d", head + "The sheriff named the dead at a news conference "
                                               "held in the county jail's training room.")


def test_a_news_conference_held_in_a_jail_holds_no_one(nlp):
    text = "The sheriff named the three dead at a news conference held in the county jail's training room on Monday."
    assert [f for f in nlp(text)._.facts if f["attr"] == "custody"] == []
    text = "The 17-year-old is being held in the county jail."
    assert [f["moment"] for f in nlp(text)._.facts if f["attr"] == "custody"] == ["held"]
