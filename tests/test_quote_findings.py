"""Quote and title findings (issue 14): when outlets really differ, on claims and articles of our own."""

from __future__ import annotations

from reconcile.align import align
from reconcile.compare import SAME_WORDS, compare, words_similarity
from reconcile.records import Claim

NAMES = {"a": "A", "b": "B", "c": "C"}


def quote(src, n, text, speaker, sentence=None):
    return Claim(id=f"{src}:quote{n}", source=src, path=f"{src}.txt", kind="quote", start=n,
                 end=n + len(text), text=text, sentence=sentence or text, line=1, speaker=speaker, cue="said",
                 direct=True)


def role(src, n, person, title):
    return Claim(id=f"{src}:role{n}", source=src, path=f"{src}.txt", kind="role", start=n, end=n + 1,
                 text=f"{title} {person}", sentence="", line=1, person=person, title=title)


def quote_statuses(claims):
    return [f.status for f in compare(align(claims), NAMES) if f.kind == "quote"]


def test_the_same_words_are_measured_on_the_quoted_words_in_order():
    assert words_similarity("made an arrest", "We have not made an arrest") < SAME_WORDS
    assert words_similarity("made an arrest", "the girl is awake") < SAME_WORDS
    long_ = "We are asking anyone who saw the car on Elm Street that night to call the tip line"
    assert words_similarity(long_, long_.replace("We are", "I am")) >= SAME_WORDS
    # part of the other's quotation, six words or more, is the same words
    assert words_similarity("anyone who saw the car on Elm Street", long_) >= SAME_WORDS


def test_a_fragment_inside_another_quote_given_to_someone_else_is_no_conflict():
    claims = [quote("a", 1, "made an arrest", "Dana Reyes"),
              quote("b", 1, "We have not made an arrest", "Tom Okafor")]
    assert "conflict" not in quote_statuses(claims)


def test_one_word_changed_in_a_long_quote_from_two_people_still_conflicts():
    claims = [quote("a", 1, "We are asking anyone who saw the car on Elm Street to call the tip line", "Dana Reyes"),
              quote("b", 1, "We're asking anyone who saw the car on Elm Street to call the tip line", "Tom Okafor")]
    assert quote_statuses(claims) == ["conflict"]


def test_a_pronoun_given_to_one_speaker_in_a_source_naming_the_other_is_no_conflict():
    words = "I heard the dog barking and went down to the river with a flashlight"
    told = quote("a", 5, words, "Mara Quint", sentence=f"She told deputies {words}.")
    named = quote("b", 1, words, "Ines Paley", sentence=f"Paley said {words}.")
    # source a names Paley too ('Quint said Paley had called her'): its 'She' may be Paley
    mention = quote("a", 1, "had called her", "Mara Quint", sentence="Quint said Paley had called her.")
    found = [f for f in compare(align([told, named, mention]), NAMES) if f.kind == "quote" and "dog" in f.subject]
    assert [f.status for f in found] == ["agree"] and "through a pronoun" in found[0].reason
    # a source that never names the other speaker keeps the conflict
    assert quote_statuses([told, named]) == ["conflict"]
    # and a third outlet's speaker, whom source a never names, still conflicts with a's
    third = quote("c", 1, words, "Tom Okafor", sentence=f"Okafor said {words}.")
    assert "conflict" in quote_statuses([told, named, mention, third])


def test_an_organisation_and_its_named_spokesperson_are_one_voice():
    words = "The shelter on Elm Street is full and we are opening another shelter tonight"
    claims = [quote("a", 1, words, "Elm Valley Red Cross"), quote("b", 1, words, "Ann Boyd"),
              role("b", 2, "Ann Boyd", "Elm Valley Red Cross spokeswoman")]
    assert quote_statuses(claims) == ["agree"]
    # without the title that ties her to it, an organisation's name is not hers
    assert quote_statuses(claims[:2]) == ["conflict"]


def test_an_identical_copy_adds_no_quote_or_title_finding(tmp_path):
    from reconcile.pipeline import reconcile

    a = ("Bridge closed after crash\n\n"
         "The Elm Street bridge was closed on Tuesday after a truck struck a support beam.\n\n"
         "“We will not reopen the bridge until every bolt has been checked,” said Ann Boyd, the county "
         "engineer.\n\nCounty spokeswoman Dana Reyes said the inspection would take two days.\n")
    b = ("Crash shuts Elm Street bridge\n\n"
         "A truck hit the Elm Street bridge on Tuesday and the county closed it.\n\n"
         "“We will not reopen the bridge until every bolt has been checked,” county engineer Ann Boyd said.\n\n"
         "Deputy county press secretary Dana Reyes said the inspection would take two days.\n")
    one, two = tmp_path / "one", tmp_path / "two"
    for d, files in ((one, {"a.txt": a, "b.txt": b}), (two, {"a.txt": a, "b.txt": b, "a-copy.txt": a})):
        d.mkdir()
        for name, text in files.items():
            (d / name).write_text(text, encoding="utf-8")

    def found(d):
        return sorted((f.kind, f.status, f.subject) for f in reconcile([d]).findings if f.kind in ("quote", "role"))

    assert ("quote", "agree") in {(k, s) for k, s, _ in found(one)}
    assert found(two) == found(one)


def test_a_figure_said_by_someone_is_compared_on_the_figure_alone(tmp_path):
    from reconcile.pipeline import reconcile

    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_text("Fire at warehouse\n\nA fire broke out at the Elm Street warehouse on Tuesday night. "
                             "Police said 12 people were injured in the fire at the warehouse.\n", encoding="utf-8")
    (d / "b.txt").write_text("Warehouse fire\n\nFire tore through the Elm Street warehouse on Tuesday night. "
                             "Police said 15 people were injured in the fire at the warehouse.\n", encoding="utf-8")
    rep = reconcile([d])
    quotes = [c for c in rep.claims if c.kind == "quote"]
    assert [(c.speaker, c.text.split()[0]) for c in quotes] == [("Police", "12"), ("Police", "15")]
    assert [f.kind for f in rep.findings if f.status != "unique"] in (["toll"], ["quantity"])


def test_quotes_grouped_but_unrelated_are_each_their_sources_own():
    from reconcile.align import Group, Unit
    from reconcile.compare import compare

    a = quote("a", 1, "My brother shot me, he shot me in the kitchen", "Maria Lopez")
    b = quote("b", 1, "Officers found a woman with a gunshot wound in the kitchen", "Sgt. Dale Ortiz")
    c = quote("c", 1, "My brother shot me, he shot me in the kitchen", "Maria Lopez")
    g = Group("quote", None, (Unit("a", (a,)), Unit("b", (b,)), Unit("c", (c,))), 0.6)
    found = [f for f in compare([g], NAMES) if f.kind == "quote"]
    # a and c hold one statement; b's officer's account is another, b's own
    assert sorted((f.status, len(f.claims)) for f in found) == [("agree", 2), ("unique", 1)]


def role_statuses(claims):
    return [f.status for f in compare(align(claims), NAMES) if f.kind == "role"]


def test_a_title_with_initials_or_an_office_word_more_is_the_same_title():
    assert role_statuses([role("a", 1, "Dana Reyes", "NHPD Chief"),
                          role("b", 1, "Dana Reyes", "New Haven Police Chief")]) == ["agree"]
    assert role_statuses([role("a", 1, "Ann Boyd", "city Public Safety spokeswoman"),
                          role("b", 1, "Ann Boyd", "Public Safety Department spokeswoman")]) == ["agree"]
    # another post in other words still differs
    assert role_statuses([role("a", 1, "Ann Boyd", "deputy Elm County spokeswoman"),
                          role("b", 1, "Ann Boyd", "Deputy Elm County Press Secretary")]) == ["differ"]


def test_a_plural_title_is_the_same_title():
    assert role_statuses([role("a", 1, "Tom Okafor", "Elm Street Kings members"),
                          role("b", 1, "Tom Okafor", "Elm Street Kings member")]) == ["agree"]


def test_two_relatives_words_about_one_loss_are_two_statements():
    from reconcile.align import Group, Unit

    a = quote("a", 1, "I just want to know who would hurt my two boys", "the boys' uncle")
    b = quote("b", 1, "I don't know why anyone would hurt my little brothers", "Rosa")
    g = Group("quote", None, (Unit("a", (a,)), Unit("b", (b,))), 0.6)
    assert 30 <= words_similarity(a.text, b.text) < 50
    assert sorted(f.status for f in compare([g], NAMES) if f.kind == "quote") == ["unique", "unique"]
    # a chief's report of what a gunman said is one statement, worded two ways
    c = quote("a", 1, "the bridge was going to fall", "Dana Reyes")
    d = quote("b", 1, "The bridge is going to fall", "Okafor")
    g = Group("quote", None, (Unit("a", (c,)), Unit("b", (d,))), 0.6)
    assert [f.status for f in compare([g], NAMES) if f.kind == "quote"] == ["agree"]


def test_quotes_a_third_alike_are_two_statements():
    from reconcile.align import Group, Unit
    from reconcile.compare import PARAPHRASE

    a = quote("a", 1, "The van was found empty near the Elm Street bridge", "police")
    b = quote("b", 1, "the robbers left the van and ran toward the river", "police")
    assert 30 <= words_similarity(a.text, b.text) < PARAPHRASE
    g = Group("quote", None, (Unit("a", (a,)), Unit("b", (b,))), 0.6)
    assert sorted(f.status for f in compare([g], NAMES) if f.kind == "quote") == ["unique", "unique"]


def test_a_word_describing_the_person_is_not_part_of_the_title():
    assert role_statuses([role("a", 1, "Rosa Dunn", "tearful Judge"),
                          role("b", 1, "Rosa Dunn", "stern Judge")]) == ["agree"]
    assert role_statuses([role("a", 1, "Rosa Dunn", "interim Police Chief"),
                          role("b", 1, "Rosa Dunn", "acting Police Chief")]) == ["differ"]


def test_titles_that_differ_only_in_words_naming_no_post_agree():
    assert role_statuses([role("a", 1, "Rosa Dunn", "EBI spokeswoman"),
                          role("b", 1, "Rosa Dunn", "Bureau of Investigation spokeswoman")]) == ["agree"]
    assert role_statuses([role("a", 1, "Tom Reyes", "Elmton Mayor"),
                          role("b", 1, "Tom Reyes", "XQ.ZZ MAYOR")]) == ["agree"]
    # another post in the words that differ still differs
    assert role_statuses([role("a", 1, "Tom Reyes", "Elmton Police Chief"),
                          role("b", 1, "Tom Reyes", "Elmton Fire Chief")]) == ["differ"]


def test_paraphrases_with_other_figures_are_two_statements():
    from reconcile.align import Group, Unit

    a = quote("a", 1, "that a third deputy was hurt in the crash on Elm Road", "Sheriff's Office")
    b = quote("b", 1, "that a fourth deputy has been hurt", "Sheriff's Office")
    g = Group("quote", None, (Unit("a", (a,)), Unit("b", (b,))), 0.6)
    assert words_similarity(a.text, b.text) >= 34
    assert sorted(f.status for f in compare([g], NAMES) if f.kind == "quote") == ["unique", "unique"]


def test_the_same_words_from_a_document_and_an_agency_are_no_conflict():
    words = "he has a serious illness and may try to hurt anyone who comes near him"
    claims = [quote("a", 1, words, "Elm State Highway Patrol"), quote("b", 1, words, "wanted poster")]
    assert quote_statuses(claims) == ["agree"]


def test_a_public_information_officer_is_a_spokesman():
    assert role_statuses([role("a", 1, "Tom Reyes", "spokesman for the Elm County Sheriff's Office"),
                          role("b", 1, "Tom Reyes", "public information officer with the Elm County Sheriff's Office")]) \
        == ["agree"]


def test_an_officer_and_the_post_they_hold_are_one_person_and_pd_is_police():
    assert role_statuses([role("a", 1, "Tom Reyes", "Police officer"),
                          role("b", 1, "Tom Reyes", "Police spokesman")]) == ["agree"]
    assert role_statuses([role("a", 1, "Rosa Dunn", "EVPD spokesperson"),
                          role("b", 1, "Rosa Dunn", "police spokesman")]) == ["agree"]
    # two posts still differ
    assert role_statuses([role("a", 1, "Tom Reyes", "Police Chief"),
                          role("b", 1, "Tom Reyes", "Police spokesman")]) == ["differ"]


def test_the_same_words_agreement_counts_the_sources_that_quote_them():
    # two of three sources quote the sheriff: 'All sources' read as every source of the
    # report (session 44, user64); 'Both', or 'All 3' where three do
    words = "We are asking anyone who saw the car on Elm Street that night to call the tip line"
    two = [quote("a", 1, words, "Sheriff"), quote("b", 1, words, "Sheriff")]
    three = [*two, quote("c", 1, words, "Sheriff")]
    (f,) = [f for f in compare(align(two), NAMES) if f.kind == "quote"]
    assert f.status == "agree" and f.reason == "Both sources quote Sheriff with the same words."
    (f,) = [f for f in compare(align(three), NAMES) if f.kind == "quote"]
    assert f.status == "agree" and f.reason == "All 3 sources quote Sheriff with the same words."
