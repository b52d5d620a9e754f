"""Death tolls read in session 23 (killed31): a killer's own death that the source sums with
his or her victims in another sentence than the toll's. Sentences of our own, about
invented shootings."""

from __future__ import annotations

from conftest import account_tolls as _tolls, one_article_tolls, report_of, toll_findings

GLEN = ("Man who killed teenage girl in Glenbrook had a long record\n\n"
        "Neighbours heard four shots and then a long silence on Birch Lane.\n\n"
        "Deputies closed the street for most of the evening.\n\n"
        "A man shot and killed a teenage girl in Glenbrook on Sunday, before turning the gun on himself, "
        "according to the county coroner.\n\nThe girl's school will open a quiet room for her classmates.\n")


def _killed(tmp_path, name: str, text: str) -> tuple:
    return one_article_tolls(tmp_path, name, text).get("killed")


def test_a_killers_suicide_summed_further_down_is_added_to_the_headline_s_victim(tmp_path):
    # the headline counts the girl (1); the body, past the lead, sums her and the man who
    # shot himself (2)
    assert _killed(tmp_path, "glen", GLEN) == (2, 2)
    # a count that says the killer is in it stays as written: no second addition
    ms = GLEN.replace("Man who killed teenage girl in Glenbrook had a long record",
                      "Two dead in Glenbrook murder-suicide")
    assert _killed(tmp_path, "ms", ms) == (2, 2)
    # with no death of the killer told, the girl alone
    alone = GLEN.replace(", before turning the gun on himself,", ",")
    assert _killed(tmp_path, "alone", alone) == (1, 1)


def test_a_killer_summed_in_one_source_is_no_conflict_with_his_victim_counted_in_another(tmp_path):
    # (a stated count of one, not one person mentioned, which is a part and never conflicts)
    other = ("One dead in Glenbrook shooting\n\nOne person was shot and killed in a home on Birch Lane in "
             "Glenbrook on Sunday, police said.\n\nNobody else was harmed.\n")
    rep = report_of(tmp_path, {"a.txt": GLEN, "b.txt": other})
    assert _tolls(rep, "a")["killed"] == (2, 2) and _tolls(rep, "b")["killed"] == (1, 1)
    assert not [f for f in toll_findings(rep, "killed") if f["status"] == "conflict"]


def test_a_count_with_its_noun_killed_by_someone_killed_himself_counts_him(tmp_path):
    text = ("Storage yard attack leaves town grieving\n\nThree workers were killed by a man at a storage yard in "
            "Millbrook on Monday before he was killed by deputies, the sheriff said.\n\n"
            "The yard will stay closed until Friday.\n")
    assert _killed(tmp_path, "noun", text) == (4, 4)


def test_others_left_dead_by_a_gunman_killed_in_the_same_sentence_are_others_than_him(tmp_path):
    text = ("Millbrook mourns after feed store shooting\n\nA Millbrook farmhand is recalling how he met an attacker "
            "who was later killed by troopers on Friday after a spree that left three others dead.\n\n"
            "The feed store reopened on Monday.\n")
    assert _killed(tmp_path, "others", text) == (4, 4)
    # two others wounded beside one man killed: no killer's death told, the one man
    plain = ("Millbrook mourns after feed store shooting\n\nOne man was killed and two others were wounded at a "
             "feed store in Millbrook on Friday, troopers said.\n")
    assert _killed(tmp_path, "plain", plain) == (1, 1)
