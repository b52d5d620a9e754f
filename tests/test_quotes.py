"""Quote attribution (issue 14) on sentences written for these tests, with the real English pipeline."""

from __future__ import annotations


def speakers(nlp, text):
    doc = nlp(text)
    return [(text[q["start"]:q["end"]], q["speaker"]) for q in doc._.quotes]


def test_a_not_inside_the_quote_does_not_negate_the_cue(nlp):
    text = ('"Are we ready for the storm? Probably not," Ms. Dunn said. "Will we be ready by Friday? Yes."\n\n'
            "The mayor spoke next.")
    got = speakers(nlp, text)
    assert [s for _, s in got] == ["Dunn", "Dunn"]


def test_a_negated_cue_still_names_no_speaker(nlp):
    doc = nlp("The chief did not say the road would reopen on Monday.")
    assert all(q["speaker"] != "chief" for q in doc._.quotes)


def test_a_follow_on_quote_is_not_given_to_the_next_paragraph(nlp):
    text = ("The storm hit on Monday.\n\n"
            '"It was the worst I have seen," said Ann Boyd, a family friend. "She called her dad right away."\n\n'
            "Store manager Tom Okafor said the store would reopen next week.\n")
    got = dict(speakers(nlp, text))
    assert got["It was the worst I have seen,"] == "Ann Boyd"
    assert got["She called her dad right away."] == "Ann Boyd"


def test_relatives_sharing_a_surname_are_told_apart(nlp):
    text = ("John Ward, 34, was shot and killed outside his home on Friday.\n\n"
            'His mother, Mary Ward, said he had just started a new job. "It is a terrible tragedy," Ward said.\n\n'
            'Police Chief Dan Hale said the gunman fled. "We are looking for him," Hale said.\n\n'
            "Ward said her son loved music.\n")
    got = speakers(nlp, text)
    assert [s for _, s in got] == ["Mary Ward", "Mary Ward", "Dan Hale", "Mary Ward"]


def test_a_surname_two_living_relatives_share_stays_as_written_before_either_is_named(nlp):
    from reconcile.extract.people import People

    doc = nlp("Ward said the family was grateful. Later, Ann Ward and her brother Tom Ward thanked the nurses.")
    people = People(doc)
    assert sorted(p.name for p in people.persons) == ["Ann Ward", "Tom Ward"]
    assert people.fullest([doc[0]]) == "Ward"


def test_a_speaker_before_an_appositive_the_parser_hung_elsewhere(nlp):
    text = ("“She is absolutely right. There is a real gap between this agency and frankly the mayor and our "
            "police,” Boyd, a top city adviser, said Thursday morning on Channel Nine’s “Good Day and Night.” "
            "“I mean, there is a lot of anger in the ranks.”")
    got = dict(speakers(nlp, text))
    assert got["I mean, there is a lot of anger in the ranks."] == "Boyd"
    assert next(s for q, s in got.items() if q.startswith("She is absolutely right")) == "Boyd"


def test_a_show_title_in_quotation_marks_is_not_a_quote(nlp):
    text = ('Boyd said on WXYZ’s “Night Talk Tonight” that the bridge would reopen. '
            'She also told the “Keep It Real Every Day” program that “We Will Rebuild.”')
    got = [q for q, _ in speakers(nlp, text)]
    assert "Night Talk Tonight" not in got and "Keep It Real Every Day" not in got
    assert "We Will Rebuild." in got


def test_a_partial_quote_under_a_naming_verb_is_its_subjects(nlp):
    text = ("The county board met on Tuesday. Mayor Ann Boyd called the ruling “a huge win for every renter in "
            "this city.”")
    assert speakers(nlp, text) == [("a huge win for every renter in this city.", "Ann Boyd")]


def test_the_reporting_verb_a_partial_quote_hangs_on_wins_over_a_nearer_one(nlp):
    text = ("Retired Gen. Ann Boyd said Monday that Mayor Tom Reyes was “absolutely right” when he said the "
            "county bridges were “left to rot.”")
    got = speakers(nlp, text)
    assert [g for g in got if g[0] in ("absolutely right", "left to rot.")] == [("absolutely right", "Ann Boyd"),
                                                                                ("left to rot.", "Tom Reyes")]
    # the statement around the partial quotations is hers too
    assert {s for q, s in got if q.startswith("that Mayor")} <= {"Ann Boyd"}


def test_a_partial_quotation_under_a_thing_is_the_words_of_who_reports_it(nlp):
    text = "City lawyer Ann Boyd said that the flyer “plainly and wrongly” suggests that the county backs the plan."
    got = speakers(nlp, text)
    assert ("plainly and wrongly", "Ann Boyd") in got
    assert any(q.startswith("that the flyer") and s == "Ann Boyd" for q, s in got)


def test_a_belief_is_not_an_indirect_quote_but_a_statement_is(nlp):
    doc = nlp("Many residents believe the bridge is unsafe for trucks. The engineer said the bridge is safe for trucks.")
    got = [(doc.text[q["start"]:q["end"]], q["speaker"]) for q in doc._.quotes]
    assert got == [("the bridge is safe for trucks", "engineer")]


def test_words_inside_the_quotation_are_not_the_subject_of_the_verb_after_it(nlp):
    text = ("Boyd Says New Bridge Will Open in May\n\n"
            "“The county is on edge. Fully on edge,” said Leslie Dunn, a Miami-based president of the "
            "Riverside Tenants Association for Fair Rents. “They know it.”")
    got = dict(speakers(nlp, text))
    assert got["The county is on edge. Fully on edge,"] == "Leslie Dunn"
    assert got["They know it."] == "Leslie Dunn"


def test_a_quoted_phrase_no_one_is_said_to_say_is_not_a_quote(nlp):
    text = ("The county adopted what became known as the “good neighbor rule for every new building” in 2019. "
            "“We will not stop until the bridge is open,” Boyd said.")
    assert speakers(nlp, text) == [("We will not stop until the bridge is open,", "Boyd")]


def test_a_standalone_quotation_without_a_speaker_stays_a_quote_with_no_speaker(nlp):
    doc = nlp("The hearing ended late.\n\n“We will appeal this ruling in every court we can.”\n")
    assert [q["speaker"] for q in doc._.quotes] == [None]


def test_the_verb_of_a_short_quote_also_reports_the_clause_it_governs(nlp):
    text = 'Reyes exhorted voters to "vote early" and said he was standing on principle.'
    got = speakers(nlp, text)
    assert ("he was standing on principle", "Reyes") in got


def test_an_organisation_speaks_as_itself(nlp):
    text = ("The Elm County Sheriff's Office said the suspect fled on foot. "
            "A spokesman for the Elm County Sheriff's Office said the road would stay closed.")
    assert [s for _, s in speakers(nlp, text)] == ["Elm County Sheriff's Office",
                                                   "spokesman for the Elm County Sheriff's Office"]


def test_a_follow_on_quote_after_a_long_appositive_takes_the_speaker(nlp):
    text = ("“It is a tax on the poor,” said Ann Boyd, an economist who served on the county budget board for "
            "eleven years and now runs the Elm Street Policy Center, a small research group. “The county "
            "should drop it before the vote next month.”\n")
    assert [s for _, s in speakers(nlp, text)] == ["Ann Boyd", "Ann Boyd"]


def test_speech_reported_inside_another_report_is_the_outer_speakers_claim(nlp):
    got = speakers(nlp, "Dana Reyes says Tom Okafor promised to stay on the board and said he would vote against "
                        "the plan.")
    assert {s for _, s in got} == {"Dana Reyes"}
    got = speakers(nlp, "Ann Boyd said the bridge was safe for trucks and added that it would reopen on Monday.")
    assert [s for _, s in got] == ["Ann Boyd", "Ann Boyd"]


def test_a_name_is_not_cut_at_a_title_abbreviation(nlp):
    text = ('“We will find whoever did this,” Harbor Police Comm. Ray Dunn said at a news conference. '
            '“The city deserves better.”\n\n'
            'Det. Sgt. Ann Boyd said the van was found on Elm Street. “It was empty,” she said.')
    got = speakers(nlp, text)
    assert [s for _, s in got] == ["Ray Dunn", "Ray Dunn", "Ann Boyd", "Ann Boyd"]
    doc = nlp("Capt. Tom Reyes and Lt. Dana Okafor spoke first. Sam Ortiz Sr., 60, spoke last.")
    assert [t.text for t in doc if t.text.endswith(".") and len(t) > 1] == ["Capt.", "Lt.", "Sr."]


def test_she_said_is_the_reporter_not_a_name_she_reported(nlp):
    text = ("The coroner named the two men who died as Luis Ortiz, 24, and Sam Reyes, 29.\n\n"
            '“We got the call at midnight,” Rosa Dunn said.\n\n'
            "Dunn said Luis Ortiz and Reyes were cousins and her nephews. She said the family was still "
            "waiting for answers.\n\n"
            "“We have not slept at all. Nobody tells us anything.”\n")
    got = speakers(nlp, text)
    assert [s for _, s in got][-2:] == ["Rosa Dunn", "Rosa Dunn"]


def test_he_said_after_a_surname_the_recogniser_missed_is_that_person(nlp):
    text = ("Mayor Dana Kenney and Police Commissioner Ray Ross spoke at the hospital.\n\n"
            '"He was very brave," Ross said. Ross said officers would patrol in pairs for a week.\n\n'
            "Kenney asked that residents pray for the wounded officers.\n\n"
            '"All in all it was a long and frightening night," he said.\n')
    got = dict(speakers(nlp, text))
    assert got["All in all it was a long and frightening night,"] == "Dana Kenney"


def test_a_transcript_label_opens_a_new_turn(nlp):
    text = ("The interview aired on Sunday.\n\n"
            '"HOST: Let us start with the storm. Will the bridge reopen?\n\n'
            '"REYES: Well, look, the bridge will reopen when the engineers say it is safe.\n\n'
            '"HOST: And when will that be?\n\n'
            '"REYES: Not before Friday, I can tell you that.\n\n'
            '"But the county is working around the clock."\n')
    assert [s for _, s in speakers(nlp, text)] == ["Host", "Reyes", "Host", "Reyes", "Reyes"]


def test_an_attribution_set_off_by_commas_reports_the_sentence_around_it(nlp):
    text = ("Acts of kindness, Mr. Reyes said, are what hold a town together.\n\n"
            "The bridge, Ann Boyd said on Monday, would stay closed until March.\n")
    got = speakers(nlp, text)
    assert [(q.split()[0], s) for q, s in got] == [("Acts", "Reyes"), ("The", "Ann Boyd")]


def test_a_headline_verb_is_not_part_of_the_speakers_name(nlp):
    got = speakers(nlp, "Reyes Says Bridge Will Reopen in May\n\nThe county met on Monday.\n")
    assert [s for _, s in got] == ["Reyes"]


def test_a_quotation_signed_after_a_dash_with_no_break_spaces(nlp):
    text = "What readers told us.\n\n“The bridge has been closed for far too long now.”\u00a0― Rosa\u00a0Dunn\u00a0\n"
    assert [s for _, s in speakers(nlp, text)] == ["Rosa Dunn"]


def test_a_day_after_the_verb_is_not_the_speaker(nlp):
    doc = nlp("“We will reopen the bridge next week,” said Monday the county engineer in a statement.")
    assert all(q["speaker"] != "Monday" for q in doc._.quotes)


def test_a_paragraph_after_a_closing_colon_is_what_the_verb_reports(nlp):
    text = ("The radio host did not hold back on Monday.\n\nBoyd added:\n\n"
            "And from the county board, this is the most timid budget I have ever seen. It will not fix one road.\n\n"
            "The board meets again in May.\n")
    got = speakers(nlp, text)
    assert [(q.split()[0], q.split()[-1], s) for q, s in got] == [("And", "road", "Boyd")]


def test_a_gender_word_across_a_comma_is_not_the_next_persons(nlp):
    text = ("A fire on Elm Road killed a boy and his mother, Sheriff Ray Hale said.\n\n"
            "Hale said Tom Varga managed to reach a neighbor's house around 6 a.m. The neighbor called the fire "
            "department.\n\n"
            '"It is a very hard scene. There were many burned rooms inside the house," he said.\n')
    got = speakers(nlp, text)
    assert got[-1] == ("It is a very hard scene. There were many burned rooms inside the house,", "Ray Hale")


def test_a_surname_that_is_a_past_tense_verb_stays(nlp):
    got = speakers(nlp, '"We are still counting the injured," said fire chief Tom Said.')
    assert [s for _, s in got] == ["Tom Said"]


def test_a_statement_ending_on_a_clock_time_keeps_the_part_of_the_day(nlp):
    # the parser hangs 'p.m.' on 'said' as the sentence's closing period when another
    # sentence follows on the line (session 44, user64): 'around 9' said nothing of the hour
    got = speakers(nlp, "Residents said they heard shots near the school around 9 p.m. Officers came soon after.\n\n"
                        "A deputy said the first call came at about 11:40 a.m. Nobody was hurt.")
    assert ("they heard shots near the school around 9 p.m.", "Residents") in got
    assert ("the first call came at about 11:40 a.m.", "deputy") in got
