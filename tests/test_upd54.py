"""Session 36, upd54 (issue 13, careful reading rounds 48-53: updates missed): a release said of
'the four victims' where the page counts four hurt is every wounded person's; a page whose own
words tell a grave condition improved since, against a page that calls someone gravely hurt;
a counted charge named with and without 'aggravated'. Sentences of our own."""

from __future__ import annotations

from conftest import dated_fact_findings, findings_of, report_of

HURT = ("Four hurt in Wexley Court shooting\n\n"
        "Four people were wounded when shots were fired at a party on Wexley Court on Friday night. "
        "{condition}\n")
FREED = ("Wexley Court victims recovering\n\n"
         "Four people were wounded in Friday night's shooting on Wexley Court, police said. "
         "{release}\n")


def _release_rows(tmp_path, condition: str, release: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": HURT.format(condition=condition), "b.txt": FREED.format(release=release)})
    return findings_of(rep, subject="condition · released")


def test_a_release_of_the_four_victims_where_four_were_hurt_is_everyones(tmp_path):
    (f,) = _release_rows(tmp_path, "One man remains at Wexley General with life-threatening injuries.",
                         "The four victims were released from the hospital on Saturday, a spokeswoman said.")
    assert f["status"] == "differ"
    assert "every wounded person released" in f["reason"]
    # a part of them ('two of the four victims', 'the two other victims') is no release of all
    assert not _release_rows(tmp_path / "part", "One man remains at Wexley General with life-threatening injuries.",
                             "Two of the four victims were released from the hospital on Saturday.")
    assert not _release_rows(tmp_path / "other", "One man remains at Wexley General with life-threatening injuries.",
                             "The two other victims were released from the hospital on Saturday.")
    # a number that is not the page's count of the hurt: not said of all
    assert not _release_rows(tmp_path / "three", "One man remains at Wexley General with life-threatening injuries.",
                             "The three victims were released from the hospital on Saturday.")


CRITICAL = ("Clerk shot in Dunmore Street holdup\n\n"
            "A store clerk was shot during a holdup on Dunmore Street on Tuesday. {condition}\n")
LATER = ("Dunmore Street clerk improving\n\n"
         "A clerk was shot in a holdup on Dunmore Street on Tuesday. {change}\n")


def _improved_rows(tmp_path, condition: str, change: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": CRITICAL.format(condition=condition), "b.txt": LATER.format(change=change)})
    return findings_of(rep, subject="condition · improved")


def test_a_condition_told_as_improved_against_someone_gravely_hurt(tmp_path):
    (f,) = _improved_rows(tmp_path, "The clerk remains in critical condition at Mercy Hospital, police said.",
                          "The clerk was initially listed in critical condition, but he was upgraded to "
                          "stable condition on Thursday.")
    assert f["status"] == "differ"
    assert "someone gravely hurt (a.txt" in f["reason"] and "told as improved since (b.txt" in f["reason"]
    assert "'initially'" in f["reason"]
    # a grave word told only on the way to hospital fits any later improvement
    assert not _improved_rows(tmp_path / "way", "The clerk was rushed to Mercy Hospital in critical condition.",
                              "The clerk was initially listed in critical condition, but he was upgraded to "
                              "stable condition on Thursday.")
    # a page that says only the better state is the one-wounded condition row's, not this one's too
    assert not _improved_rows(tmp_path / "only", "The clerk remains in critical condition at Mercy Hospital.",
                              "The clerk was upgraded to stable condition on Thursday, a spokesman said.")
    # 'initially' said of something else tells no change
    assert not _improved_rows(tmp_path / "name", "The clerk remains in critical condition at Mercy Hospital.",
                              "The clerk, initially identified as a customer, remains in critical condition.")


def test_an_improvement_ordered_by_the_dates(tmp_path):
    grave = "{date}Clerk shot on Dunmore Street\n\nA clerk was shot on Dunmore Street. He is in critical condition.\n"
    better = ("{date}Dunmore Street clerk improving\n\nA clerk was shot on Dunmore Street. "
              "He had been in critical condition but is now in stable condition, a spokesman said.\n")
    (f,) = [f for f in dated_fact_findings(tmp_path, grave, better, ("Mar 3, 2025", "Mar 5, 2025"), "condition")
            if f["subject"] == "condition · improved"]
    assert f["reason"].startswith("An update")
    (g,) = [f for f in dated_fact_findings(tmp_path / "back", grave, better, ("Mar 9, 2025", "Mar 5, 2025"),
                                           "condition") if f["subject"] == "condition · improved"]
    assert g["reason"].startswith("The later reports say someone gravely hurt")


CHARGE = ("Man charged in Pell Road shooting\n\n"
          "Two people were wounded in a shooting on Pell Road on Sunday. Dorian Halvey, 38, was charged with "
          "two counts of {charge} on Monday.\n")


def _wording_rows(tmp_path, first: str, second: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": CHARGE.format(charge=first), "b.txt": CHARGE.format(charge=second)})
    return findings_of(rep, kind="fact", measure="charges")


def test_a_charge_named_with_and_without_aggravated(tmp_path):
    (f,) = _wording_rows(tmp_path, "attempted murder", "attempted aggravated murder")
    assert f["subject"] == "charges · halvey · wording"
    assert "two counts of attempted murder (a.txt) vs two counts of attempted aggravated murder (b.txt)" in f["reason"]
    # the same words, or two graded forms, or another offence: nothing
    assert not _wording_rows(tmp_path / "same", "attempted murder", "attempted murder")
    assert not _wording_rows(tmp_path / "two", "aggravated murder", "capital murder")
    assert not _wording_rows(tmp_path / "other", "attempted murder", "aggravated assault")
