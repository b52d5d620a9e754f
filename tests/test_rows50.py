"""Wrong person rows found by careful readings (persons; session 34, rows50): a bare surname
shared by a family, a nickname in quotes inside a name, a gender cue from
the sentence before, an arrest on other charges, 'both' after names in apposition. Sentences of
our own, about invented shootings. (Three rows50 rules written from the odd half that fired on no
other folder were taken out with their tests: a suspect told only taken to hospital and dead, a
page that turns to a separate case, people detained beside no arrests.)"""

from __future__ import annotations

from conftest import persons_by_name


FAMILY = ("Elmwood man charged in deaths of stepchildren\n\n"
          "This is Nora Vance's photo from a social media page. She was found hurt in her home on Tuesday.\n\n"
          "An Elmwood man suspected of killing his family on Tuesday tied up his wife before he shot her two sons, "
          "prosecutors said.\n\n"
          "Lou Vance, 51, is also suspected of poisoning his two small daughters, officials said.\n\n"
          "Vance was arraigned Wednesday and told the judge he did not need a lawyer.\n\n"
          "Nora Vance had asked a court for a protection order against her husband in 2019, but a judge turned it down.\n\n"
          "There is no sign in the request that Vance had served time for killing his first wife.\n\n"
          "Officers later found Vance's daughters, Mia Vance, 5, and Lia Vance, 3, in an upstairs room.\n\n"
          "Vance pleaded no contest in the earlier case and spent 14 years in prison.\n")


def test_a_bare_surname_stays_with_the_one_the_page_first_called_by_it(nlp):
    # 'Vance was arraigned' named the husband by the surname alone; later bare 'Vance's, after
    # his wife and daughters are named in full, are still his
    people = persons_by_name(nlp, FAMILY)
    assert people["Lou Vance"]["role"] == "suspect"
    assert people["Nora Vance"]["role"] != "suspect"
    assert people["Lia Vance"]["role"] != "suspect"


HARMED_BARE = ("Eight killed in Brookvale house\n\n"
               "Police said Carl Penn, 40, shot eight people inside the house on Friday night.\n\n"
               "Penn was charged on Saturday with capital murder.\n\n"
               "A neighbour laid flowers for Jay Penn, 15, one of the dead, at the door of the house where Penn and "
               "seven others were killed.\n")


def test_a_bare_surname_that_is_the_one_harmed_is_the_one_named_last(nlp):
    people = persons_by_name(nlp, HARMED_BARE)
    assert people["Carl Penn"]["role"] == "suspect" and people["Carl Penn"]["outcome"] == "arrested"
    assert people["Jay Penn"]["role"] == "victim" and people["Jay Penn"]["outcome"] == "killed"


HYPHEN = ("Mother mourns children at funeral\n\n"
          "Rosa Diaz-Penn was too overcome to speak about her children at the service on Friday.\n\n"
          "The children were killed in their home last month, allegedly by Diaz-Penn's husband, Gus Penn.\n\n"
          "Diaz-Penn was cut on her cheek and wounded in the leg, officials said. Penn faces a hearing next week.\n")


def test_a_hyphenated_surname_alone_is_its_own_not_the_husbands(nlp):
    people = persons_by_name(nlp, HYPHEN)
    assert people["Rosa Diaz-Penn"]["role"] == "victim"
    assert people["Gus Penn"]["role"] == "suspect"


def test_a_nickname_in_quotes_inside_a_name_the_recogniser_cut(nlp):
    text = ("Police said they were shot by her husband Dale Arthur \u201cArt\u201d Hobbs in their home on May 2. "
            "Her brother flew in to bury his sister, Ada Lynn Hobbs, 5-year-old Arthur, and "
            "2-year-old Mia.")
    people = persons_by_name(nlp, text)
    assert "Dale Arthur Hobbs" in people and people["Dale Arthur Hobbs"]["age"] != 5
    assert "Dale Arthur" not in people


def test_a_gender_cue_is_read_in_the_names_own_sentence(nlp):
    text = ("Sam Dunn was always careful with guns.\n\n"
            "While Dunn was cleaning his rifle on Saturday, he shot himself and died.\n\n"
            "\"He was a wonderful kid,\" said Myra Dunn, Sam's mother.\n\n"
            "Dunn's family said Sam loved comic books and wanted to be a welder.\n")
    sam = persons_by_name(nlp, text)["Sam Dunn"]
    assert sam["role"] == "victim" and sam["outcome"] == "killed"


def test_an_arrest_on_other_charges_makes_no_suspect(nlp):
    text = ("A teenage girl, 17, died of a gunshot in Elm Park in June.\n\n"
            "Agents served two warrants on Tuesday in the girl's killing. Dan Rook, 16, was arrested for the homicide.\n\n"
            "The man they sought at a second address was not there; however, Lee Varn, 19, was arrested and "
            "charged with narcotics violations.\n")
    people = persons_by_name(nlp, text)
    assert people["Dan Rook"]["role"] == "suspect" and people["Dan Rook"]["outcome"] == "arrested"
    assert people["Lee Varn"]["role"] != "suspect" and people["Lee Varn"]["outcome"] != "arrested"


def test_a_drug_charge_beside_the_shooting_still_makes_the_suspect(nlp):
    text = ("Ray Holt, 17, was arrested on counts of manslaughter and possession of drug paraphernalia.")
    holt = persons_by_name(nlp, text)["Ray Holt"]
    assert holt["role"] == "suspect" and holt["outcome"] == "arrested"


def test_both_stands_for_names_in_apposition_with_coordinated_nouns(nlp):
    text = ("Two women were killed on Monday. Ada Moss, 43, and Lia Moss, 17, were shot in the home. "
            "Moss's son, Sid Kerr, 14, and a neighbour's daughter, Dee Lamb, 17, were shot. "
            "Both remain hospitalized.")
    people = persons_by_name(nlp, text)
    assert people["Sid Kerr"]["outcome"] == "injured" and people["Dee Lamb"]["outcome"] == "injured"
    assert people["Ada Moss"]["outcome"] == "killed"


def test_in_that_incident_sets_aside_only_its_own_sentence(nlp):
    text = ("Man killed at party was one of the shooters\n\n"
            "A man firing at others at a party on Friday was one of two who died, police said.\n\n"
            "Tim Marsh, 30, fired at the guests in the attack that also killed Bo Gale, 56.\n\n"
            "Marsh was sought in an earlier case in July. In that incident, Marsh was accused of threatening two women.\n\n"
            "Two survivors, Dale Penn, 49, and Dee Wall, 36, knew the shooters, police said.\n")
    people = persons_by_name(nlp, text)
    assert people["Dale Penn"]["role"] == "victim" and people["Dee Wall"]["role"] == "victim"


def test_a_weapon_along_the_body_is_no_death(nlp):
    text = ("Orrin Taft, 52, walked toward the officers with a rifle slung along his body, police said. "
            "He was shot and wounded and was later charged with assault.")
    assert persons_by_name(nlp, text)["Orrin Taft"]["outcome"] != "killed"
