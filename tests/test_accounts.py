"""Each source's account of the event and their comparison, end to end on small
articles of our own (the real model): parts and totals, equal figures from different
hedges, negated counts, other events' figures, copies, off-topic articles, a source
that contradicts itself, updates told by date, the event's reading."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile.accounts import (Signature, account, copies, counted, event, is_other_event, is_roundup, off_topic,
                                signature, toll_kind)
from reconcile.cli import app
from reconcile.compare import toll_findings
from reconcile.text.names import first_name_slip
from reconcile.records import Account, Article, Claim, Interval, Scope, Toll
from conftest import account_of, account_tolls as _tolls, check_json, findings_of, news_folder, one_article_tolls, report_of
from conftest import toll_findings as _toll_findings

runner = CliRunner()


_folder, _report = news_folder, check_json


def _toll_statuses(rep: dict, measure: str) -> list[str]:
    return [f["status"] for f in _toll_findings(rep, measure)]


# three bodies about one shooting, worded as three outlets would
BODY = ("\n\nThe shooting happened shortly after 9 p.m. on Maple Street in Brookfield, near the Riverside "
        "community center, police said. Officers found the victims outside a corner store. "
        "Detective Alan Whitcombe said investigators were reviewing camera footage from the block.\n")
BODY_B = ("\n\nBrookfield police were called to Maple Street around 9 o'clock Saturday evening. Neighbours "
          "near the Riverside center described hearing several shots. According to Detective Alan Whitcombe, "
          "no arrests had been made by Sunday morning and a motive was not known.\n")
BODY_C = ("\n\nA vigil is planned at the Riverside community center in Brookfield. Residents of Maple Street "
          "said the corner has seen trouble before, and that the store owner had asked the city for better "
          "lighting last spring. Whitcombe asked anyone with information to call the department's tip line.\n")


def test_every_source_has_an_account_and_the_event_has_tolls(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Two dead, three wounded in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting leaves two people dead" + BODY_B + "Three other people were wounded.\n",
    })
    assert [a["source"] for a in rep["accounts"]] == [s["id"] for s in rep["sources"]]
    assert _tolls(rep, "a")["killed"] == (2, 2) and _tolls(rep, "a")["injured"] == (3, 3)
    assert _tolls(rep, "b")["killed"] == (2, 2)
    ev = rep["event"]["tolls"]
    assert (ev["killed"]["nominal"], ev["killed"]["how"]) == (2, "agreed")
    assert ev["injured"]["nominal"] == 3
    assert _toll_statuses(rep, "killed") == ["agree"]


def test_different_counts_are_one_toll_conflict(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Four people killed in Brookfield shooting" + BODY,
        "b.txt": "Seven people killed in Brookfield shooting" + BODY_B,
    })
    (f,) = _toll_findings(rep, "killed")
    assert f["status"] == "conflict"
    assert "'Four people' (4)" in f["reason"] and "'Seven people' (7)" in f["reason"]
    claims = {c["id"]: c for c in rep["claims"]}
    assert {claims[i]["source"] for i in f["claims"]} == {"a", "b"}


def test_equal_figures_agree_whatever_hedge_made_them(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "2 men shot dead in Brookfield" + BODY,
        "b.txt": "Brookfield shooting kills two" + BODY_B,
    })
    assert _toll_statuses(rep, "killed") == ["agree"]


def test_a_part_is_never_set_against_the_total(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Three children shot in Brookfield" + BODY + "A 13-year-old girl was wounded in the ankle.\n",
        "b.txt": "Three children wounded in Brookfield shooting" + BODY_B
                 + "One of the children, a 13-year-old, was wounded in the ankle.\n",
    })
    assert not findings_of(rep, status="conflict")


def test_a_negated_count_gives_no_injured(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Man killed in Brookfield shooting" + BODY
                 + "Two other children in the car were not injured.\n",
    })
    assert _tolls(rep, "a").get("injured") in (None, (0, 0))


def test_another_events_figures_stay_out_of_the_account(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Man killed in Brookfield shooting" + BODY
                 + "Since January, 14 people have been killed in the city.\n",
        "b.txt": "Man killed in Brookfield shooting" + BODY_B,
    })
    acc = account_of(rep, "a")
    claims = {c["id"]: c for c in rep["claims"]}
    assert [claims[x["claim"]]["text"] for x in acc["set_aside"]] == ["14"]
    assert not findings_of(rep, status="conflict")


def test_is_other_event_reads_periods_and_years():
    def claim(time, inherited=False):
        return Claim(id="x", source="s", path="p", kind="quantity", start=0, end=1, text="3", sentence="",
                     line=1, value=Interval(3, 3, 3), measure="killed",
                     scope=Scope(time=time, time_inherited=inherited))
    assert is_other_event(claim("since Oct. 17"))
    assert is_other_event(claim("Since October", inherited=True))  # a period frames what follows
    assert is_other_event(claim("in 2015"))
    assert is_other_event(claim("two years ago"))
    assert is_other_event(claim("this year"))
    assert not is_other_event(claim("Saturday night"))
    assert not is_other_event(claim("Sunday, Aug. 9, 2015"))  # a full date is as often the event's own
    assert not is_other_event(claim("last night", inherited=True))


def test_an_identical_copy_is_reported_as_a_copy_and_raises_nothing(tmp_path):
    a = "Four people killed in Brookfield shooting" + BODY
    d = _folder(tmp_path, {"a.txt": a, "b.txt": "Three people killed in Brookfield shooting" + BODY_B,
                           "c.txt": a})
    rep = _report(d)
    assert rep["copies"] == [{"source": "c", "of": "a", "similarity": 1.0}]
    acc = account_of(rep, "c")
    assert acc["copy_of"] == "a" and acc["tolls"]  # a copy keeps its account
    claims = {c["id"]: c for c in rep["claims"]}
    for f in rep["findings"]:
        assert "c" not in {claims[i]["source"] for i in f["claims"]}
    text = runner.invoke(app, ["check", str(d), "--no-cache"]).stdout
    assert "copy of a.txt (100% of its text)" in text


LIVE = ("Man shot dead outside Harlow Street store\n\nPublished: March 3, 2025\n\nA 41-year-old man was fatally "
        "shot outside a corner store on Harlow Street in Eastvale late Sunday, police said. Officers found him "
        "lying on the pavement, shot once in the chest, shortly after eleven. He died at the scene. Detectives "
        "said the shooter ran north toward the rail yard. No arrests had been made by Monday morning. Neighbours "
        "told reporters they heard three shots and saw a man in a grey hooded jacket running from the store. "
        "Police asked anyone with camera footage from the block to call the homicide unit. The store's owner "
        "said the victim was a regular who stopped in most evenings on his way home from work. The medical "
        "examiner will perform an autopsy this week.\n")
UPDATE = ("UPDATE, March 6: Police arrested a 23-year-old man on Wednesday afternoon at a relative's home in "
          "Westfield and booked him into the county jail on a murder warrant. Detectives said tips from the public "
          "and footage from two doorbell cameras on the block led them to him. He is due in court on Friday for "
          "his first appearance before a judge. The victim's sister thanked the officers and asked for privacy "
          "while the family plans a funeral for next week.\n\n")


def test_a_later_longer_version_that_tells_an_arrest_is_compared_not_a_copy(tmp_path):
    # the same live page days later, its first text kept below an update: a source of its own,
    # so the arrest it adds is set against the first version's 'still being sought'
    head, rest = LIVE.split("\n\nA 41", 1)
    later = head.replace("March 3", "March 6") + "\n\n" + UPDATE + "A 41" + rest
    rep = report_of(tmp_path, {"a.txt": LIVE, "b.txt": later})
    assert account_of(rep, "b")["copy_of"] is None
    custody = findings_of(rep, kind="fact", measure="custody")
    assert [f["status"] for f in custody] == ["differ"] and "update" in custody[0]["reason"].lower()
    # a copy with a line of its own tells nothing new: still a copy
    (tmp_path / "x").mkdir()
    rep = report_of(tmp_path / "x", {"a.txt": LIVE, "b.txt": LIVE + "\nCopyright the Eastvale Ledger.\n"})
    assert account_of(rep, "b")["copy_of"] == "a"


def test_copies_need_most_of_the_text():
    words = " ".join(f"word{i}" for i in range(400))
    other = " ".join(f"other{i}" for i in range(400))
    arts = [Article("a", "a", words), Article("b", "b", words + " and one more line at the end"),
            Article("c", "c", words[: len(words) // 2] + " " + other)]
    found = copies([signature(x) for x in arts])
    assert [(c.source, c.of) for c in found] == [("b", "a")]
    assert found[0].similarity > 0.95


def test_an_article_about_something_else_is_off_topic(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Two dead in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting: two killed near Riverside center" + BODY_B,
        "c.txt": "Brookfield police name victims of Maple Street shooting" + BODY_C,
        "d.txt": "Lemon tart recipe\n\nWhisk four eggs with sugar, add lemon zest and bake at 180 degrees "
                 "for twenty minutes. Serve chilled with cream.\n",
    })
    assert rep["off_topic"] == ["d"]
    acc = account_of(rep, "d")
    assert acc["off_topic"] is True



def test_the_off_topic_note_is_shown_whole_in_text_and_markdown(tmp_path):
    """The account table cut a source's note at 80 (text) and 90 (Markdown) characters, mid-word:
    'off-topic: ... tolls wi…'; the note is shown whole."""
    folder = news_folder(tmp_path, {
        "a.txt": "Two dead in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting: two killed near Riverside center" + BODY_B,
        "d.txt": "Lemon tart recipe\n\nWhisk four eggs with sugar, add lemon zest and bake at 180 degrees "
                 "for twenty minutes. Serve chilled with cream.\n",
    })
    whole = "off-topic: another story, sharing (almost) no people, places, dates or tolls with the others"
    for fmt in ("text", "markdown"):
        out = CliRunner().invoke(app, ["check", str(folder), "--format", fmt, "--jobs", "1"]).output
        row = next(line for line in out.splitlines() if "d.txt" in line and "off-topic" in line)
        assert whole in row, (fmt, row)


# another story, of a stabbing in another county, as a site may print it under a shooting's headline
OTHER_STORY = (
    "\n\nA jury in Lakeport County convicted Dennis Kowalczyk on Tuesday of stabbing his neighbour during "
    "an argument over a fence last winter. Prosecutor Imogen Tarrant told the jurors that Kowalczyk had "
    "waited for the older man behind a shed and attacked him with a kitchen knife. The neighbour, Bertram "
    "Oyelaran, survived after weeks in a hospital in Harwick and testified on the second day of the trial. "
    "Defence lawyer Colm Ferriter argued that his client had acted in fear after years of threats, and he "
    "asked the jury to consider a lesser charge. The jurors deliberated for about six hours before they "
    "returned the verdict late in the afternoon. Judge Harriet Olmsted set the sentencing hearing for the "
    "spring and ordered that Kowalczyk remain held without bond until then. Relatives of both men filled "
    "the small courtroom in Harwick each day, and several of them left without speaking to reporters. "
    "Tarrant said after the hearing that she was grateful to the witnesses who came forward, and that the "
    "county would seek the longest sentence the law allows for the attack.\n")


def test_another_story_under_the_events_headline_is_off_topic(tmp_path):
    # the headline names the street and the town the other sources give; the body never
    # does, and its people and places are none of theirs (careful reading round 24)
    rep = report_of(tmp_path, {
        "a.txt": "Two dead in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting: two killed near Riverside center" + BODY_B,
        "c.txt": "Brookfield police name victims of Maple Street shooting" + BODY_C,
        "d.txt": "Three dead in Maple Street shooting in Brookfield" + OTHER_STORY,
    })
    assert rep["off_topic"] == ["d"]
    assert not findings_of(rep, status="conflict")


def test_one_name_of_the_headline_over_a_body_of_other_cases_is_off_topic(tmp_path):
    # a Title Case headline that shares the town alone (and a detective) with the others,
    # over a long body whose people and places are none of theirs (careful reading round 29)
    assert report_of(tmp_path, {
        "a.txt": "Two dead in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting: two killed near Riverside center" + BODY_B,
        "c.txt": "Brookfield police name victims of Maple Street shooting" + BODY_C,
        "d.txt": "Brookfield Basement Killings; Cops Find 2 Dead" + OTHER_STORY
                 + "Detective work in the case drew praise in the Lakeport press.\n",
    })["off_topic"] == ["d"]


# another shooting in the same town on the same day: another street, another hour, one man hurt
SAME_TOWN = ("Harwick man charged after Brookfield break-in\n\nA Harwick man was charged on Saturday after "
             "a break-in on Elm Avenue in Brookfield at about noon, the Brookfield Police Detective Division said. "
             "Kendrick Vollmer, 30, is accused of shooting a tenant, 40, in the hand. The wounded man was "
             "treated and released. Vollmer was held without bail.\n")


def test_another_shooting_in_the_same_town_is_off_topic(tmp_path):
    # it shares the town and a detective with the others, and no toll: one wounded against three
    rep = report_of(tmp_path, {
        "a.txt": "Two dead, three wounded in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting leaves two dead and three wounded" + BODY_B,
        "c.txt": "Two killed and three wounded on Maple Street in Brookfield" + BODY_C,
        "d.txt": SAME_TOWN,
    })
    assert rep["off_topic"] == ["d"]
    assert not [f for f in rep["findings"] if f["status"] in ("conflict", "differ") and f.get("measure") == "custody"]


def test_a_short_account_that_shares_the_town_and_a_toll_is_kept(tmp_path):
    # the same few shared names, but the toll is the others': the event's, told briefly
    assert report_of(tmp_path, {
        "a.txt": "Two dead, three wounded in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting leaves two dead and three wounded" + BODY_B,
        "c.txt": "Two killed and three wounded on Maple Street in Brookfield" + BODY_C,
        "d.txt": "Three hurt in Brookfield\n\nThree people were wounded in Brookfield late on Saturday, "
                 "the Brookfield Police Detective Division said.\n",
    })["off_topic"] == []


def test_a_body_that_names_the_headlines_street_is_no_other_story(tmp_path):
    # the same long body, once it names the street of its headline: the event's
    assert report_of(tmp_path, {
        "a.txt": "Two dead in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting: two killed near Riverside center" + BODY_B,
        "c.txt": "Brookfield police name victims of Maple Street shooting" + BODY_C,
        "d.txt": "Two dead in Maple Street shooting in Brookfield" + OTHER_STORY
                 + "The shooting on Maple Street is still under investigation.\n",
    })["off_topic"] == []


def test_a_headline_on_a_page_of_furniture_is_a_stub_kept_out(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Two dead in Brookfield shooting" + BODY,
        "b.txt": "Five dead in overnight violence\n\nSign up for our newsletter. Share this story.\n",
    })
    assert rep["off_topic"] == ["b"]
    assert not [f for f in rep["findings"] if f["status"] in ("conflict", "differ")]


def test_off_topic_needs_a_topic():
    sigs = [Signature(s, 10, frozenset(), s, frozenset(ws.split())) for s, ws in
            (("a", "alpha beta"), ("b", "gamma delta"), ("c", "epsilon zeta"))]
    assert off_topic(sigs, {}) == set()


def test_a_headline_the_body_contradicts_is_a_finding_of_its_own(tmp_path):
    rep = report_of(tmp_path, {"a.txt": "Seven dead in Brookfield shooting" + BODY
                               + "Four people were killed and nobody else was hurt.\n"})
    (f,) = findings_of(rep, status="inconsistent")
    assert f["measure"] == "killed" and "contradicts itself" in f["reason"]
    assert rep["summary"]["inconsistencies"] == 1


def test_a_headline_its_own_body_contradicts_is_compared_by_the_body(tmp_path):
    # 'seven others were shot' beside two dead: seven wounded, as the other outlet says; the
    # headline's six is the first source's own slip, not a difference between outlets
    rep = report_of(tmp_path, {
        "a.txt": "Two dead, six hurt in Brookfield shooting" + BODY
                 + "A council member said two men died and seven others were shot as well.\n",
        "b.txt": "Two killed, seven wounded in Brookfield" + BODY_B,
    })
    assert [f["measure"] for f in rep["findings"] if f["status"] == "inconsistent"] == ["injured"]
    assert _toll_statuses(rep, "injured") == ["agree"]
    # without the body's seven, the two outlets do conflict
    (tmp_path / "other").mkdir()
    assert _toll_statuses(report_of(tmp_path / "other", {
        "a.txt": "Two dead, six hurt in Brookfield shooting" + BODY,
        "b.txt": "Two killed, seven wounded in Brookfield" + BODY_B,
    }), "injured") == ["conflict"]


def test_a_toll_conflict_shows_the_text_figure_of_a_source_whose_headline_it_contradicts(tmp_path):
    # the headline's six is a slip of its own source, whose text says seven: both stand against
    # the other outlet's ten, and the conflict shows the seven, by which the source is compared
    rep = report_of(tmp_path, {
        "a.txt": "Two dead, six hurt in Brookfield shooting" + BODY
                 + "Two men died and seven other people were wounded, a council member said.\n",
        "b.txt": "Two killed, ten wounded in Brookfield" + BODY_B,
    })
    (f,) = findings_of(rep, measure="injured", status="conflict")
    by_id = {c["id"]: c for c in rep["claims"]}
    assert sorted((by_id[i]["source"], by_id[i]["value"]["nominal"]) for i in f["claims"]) == [
        ("a", 6), ("a", 7), ("b", 10)]


def test_a_headline_figure_the_body_also_gives_is_no_contradiction(tmp_path):
    """The body counts some of the people shot on one corner, but also gives the headline's
    four, with no casualty word on it ('are recovering'): not a self-contradiction."""
    body = ("\n\nFour teenagers are recovering after a shooting in Brookfield on Friday night. "
            "Officers found two shooting victims near the corner of Oak and Fifth streets.\n")
    rep = report_of(tmp_path, {"a.txt": "4 teen boys shot in Brookfield" + body})
    assert not findings_of(rep, status="inconsistent")
    (tmp_path / "other").mkdir()
    assert [f["measure"] for f in report_of(tmp_path / "other", {"a.txt": "4 teen boys shot in Brookfield" + body.replace("Four teenagers are", "The city is")})["findings"] if f["status"] == "inconsistent"] == ["shot"]


def test_two_of_the_victims_in_the_body_is_a_part_not_a_contradiction_of_the_headline(tmp_path):
    head = "5 hurt in Brookfield party shooting"
    body = ("\n\nTwo of the victims were hurt as they stepped outside to see what was happening, police said. "
            "Officers were called to Maple Street shortly after midnight.\n")
    rep = report_of(tmp_path, {"a.txt": head + body})
    assert not findings_of(rep, status="inconsistent")
    (tmp_path / "other").mkdir()
    assert [f["status"] for f in report_of(tmp_path / "other", {"a.txt": head + body.replace("Two of the victims were", "Two people were")})["findings"] if f["status"] == "inconsistent"] == ["inconsistent"]


def test_two_named_with_their_kin_in_the_body_is_a_part_not_a_contradiction(tmp_path):
    head = "4 killed in Brookfield farmhouse shooting"
    body = ("\n\nA neighbour killed two sisters and their husbands on Maple Street on Friday, "
            "deputies said.\n")
    rep = report_of(tmp_path, {"a.txt": head + body})
    assert not findings_of(rep, status="inconsistent")


def test_one_dead_at_the_scene_and_a_second_who_died_later_give_a_headline_two(tmp_path):
    # the body's first count is the one dead at the scene; the next sentence's 'He later died'
    # adds the second person its own sentence went on to: two, as the headline says
    head = "2 dead, 1 hurt in Brookfield street shooting"
    body = ("\n\nOfficers found three men shot on Alder Road on Friday. One man died on the sidewalk, "
            "a second was driven to Mercy Hospital. He later died at the hospital. The third man is expected "
            "to recover.\n")
    rep = report_of(tmp_path, {"a.txt": head + body})
    assert not findings_of(rep, status="inconsistent")
    (tmp_path / "other").mkdir()  # without the second person, the body's one does contradict the headline
    assert [f["measure"] for f in report_of(tmp_path / "other", {"a.txt": head + body.replace("a second was driven to Mercy Hospital. "
                                                                                              "He later died at the hospital. ", "")})["findings"] if f["status"] == "inconsistent"] == ["killed"]


def test_a_higher_toll_published_later_is_an_update(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    for name, day, n in (("a.json", "2024-03-01", "Two"), ("b.json", "2024-03-03", "Five")):
        (d / name).write_text(json.dumps({"title": f"{n} killed in Brookfield shooting", "published": day,
                                          "text": f"{n} people were killed in the Brookfield shooting."
                                                  + (BODY if n == "Two" else BODY_B)}))
    rep = _report(d)
    (f,) = _toll_findings(rep, "killed")
    assert f["status"] == "differ" and f["reason"].startswith("Update:")
    assert rep["event"]["tolls"]["killed"]["nominal"] == 5 and rep["event"]["tolls"]["killed"]["how"] == "latest"
    assert rep["event"]["dated"] is True


def test_the_text_report_opens_with_the_account_table(tmp_path):
    d = _folder(tmp_path, {
        "a.txt": "Four people killed in Brookfield shooting" + BODY,
        "b.txt": "Seven people killed in Brookfield shooting" + BODY_B,
    })
    out = runner.invoke(app, ["check", str(d), "--no-cache"]).stdout.splitlines()
    assert out.pop(0).endswith(" report") and out[0] == "Sources (2)"  # after the marker line
    assert out[1].split()[0] == "killed"
    assert out[2].split()[:2] == ["a.txt", "4"] and "(Four people)" in out[2]
    assert out[4].split()[0] == "event"
    assert out[5].strip().startswith("Where: Maple Street")  # the event's place (session 71)
    assert "No source has a publication date" in out[6]
    assert out[8].startswith("Conflicts (1)")
    assert "UNIQUE" not in "\n".join(out)


def _person_findings(rep: dict) -> list[tuple[str, str]]:
    return sorted((f["measure"], f["status"]) for f in rep["findings"] if f["kind"] == "person")


def test_a_victims_age_and_spelling_differ_between_outlets(tmp_path):
    d = _folder(tmp_path, {
        "a.txt": "Man killed in Brookfield shooting" + BODY + "Police identified the victim as Marcus Delaney, 19.\n",
        "b.txt": "Brookfield shooting victim named" + BODY_B + "The man killed was Marcus Delanney, 21, police said.\n",
    })
    rep = _report(d)
    assert _person_findings(rep) == [("age", "differ"), ("name", "differ")]
    claims = {c["id"]: c for c in rep["claims"]}
    age = next(f for f in rep["findings"] if f["kind"] == "person" and f["measure"] == "age")
    assert {claims[i]["age"] for i in age["claims"]} == {19, 21}
    assert "19" in age["reason"] and "21" in age["reason"]
    assert len(rep["people"]) == 1 and len(rep["people"][0]) == 2  # one person, in both sources
    text = runner.invoke(app, ["check", str(d), "--no-cache"]).stdout
    people = text[text.index("People (1)"):text.index("Differences")]
    assert "a.txt: Marcus Delaney, 19, victim, killed" in people and "b.txt: Marcus Delanney, 21" in people


def test_two_people_named_dead_count_two_and_the_wounded_are_worked_out_again(tmp_path):
    d = _folder(tmp_path, {"a.txt": (
        "Mother hurt in Brookfield shooting has died, officials say\n\nThe county said Thursday the mother "
        "wounded in the Brookfield shooting has died.\n\nTamsin Rowe died Thursday of the wounds she suffered "
        "on Maple Street last week, officials said.\n\nDeputies answering a call found three people who had "
        "been shot inside the house.\n\nEli Rowe, 7, was pronounced dead at the scene, deputies said.\n")})
    assert _tolls(_report(d), "a") == {"killed": (2, 2), "injured": (1, 1), "shot": (3, 3)}
    # one of them named dead only: the mother told twice is one, and the rest wounded
    (d / "a.txt").write_text((d / "a.txt").read_text().replace("Eli Rowe, 7, was pronounced dead at the scene",
                                                               "Eli Rowe, 7, was treated at a hospital"))
    assert _tolls(_report(d), "a") == {"killed": (1, 1), "injured": (2, 2), "shot": (3, 3)}


def test_a_dead_victims_age_a_digit_off_is_one_person_whose_age_differs(tmp_path):
    d = _folder(tmp_path, {
        "a.txt": "Two dead in Brookfield shooting" + BODY + "Police named the two people killed as Owen Pratley, "
                 "36, and Lena Corvo, 41.\n",
        "b.txt": "Brookfield shooting victims named" + BODY_B + "Owen James Pratley, 26, and Lena Corvo, 41, "
                 "were shot dead, the county coroner said.\n",
    })
    rep = _report(d)
    assert _person_findings(rep) == [("age", "differ")]
    age = next(f for f in rep["findings"] if f["kind"] == "person")
    assert "36" in age["reason"] and "26" in age["reason"]
    # twenty years apart (one digit still): a father and son of one name may both be dead
    (d / "b.txt").write_text("Brookfield shooting victims named" + BODY_B + "Owen James Pratley, 16, and Lena "
                             "Corvo, 41, were shot dead, the county coroner said.\n", encoding="utf-8")
    assert _person_findings(_report(d)) == []


def test_the_one_victim_of_each_source_is_compared_by_age_named_or_not(tmp_path):
    d = _folder(tmp_path, {
        "a.txt": "Brookfield man, 72, killed in shooting" + BODY + "A 72-year-old man was killed, police said.\n",
        "b.txt": "Brookfield shooting victim dies" + BODY_B + "A 71 year-old resident was killed in the shooting.\n",
    })
    rep = _report(d)
    assert _person_findings(rep) == [("age", "differ")]
    age = next(f for f in rep["findings"] if f["kind"] == "person")
    assert "72" in age["reason"] and "71" in age["reason"] and age["reason"].startswith("Each source has one victim")
    # one names the victim, the other does not: still compared
    (tmp_path / "n").mkdir()
    d = _folder(tmp_path / "n", {
        "a.txt": "Boy shot in Brookfield" + BODY + "A 12-year-old boy was wounded, police said.\n",
        "b.txt": "Brookfield boy wounded" + BODY_B + "Police said 13-year-old Tobin Marsh was wounded in the leg.\n",
    })
    assert _person_findings(_report(d)) == [("age", "differ")]
    # a figure whose words are the age alone ('a 12-year-old was wounded') gives it too; ages ten
    # years apart or more are two people (one most likely another story's)
    (tmp_path / "o").mkdir()
    d = _folder(tmp_path / "o", {
        "a.txt": "Child shot in Brookfield" + BODY + "A 12-year-old was wounded, police said.\n",
        "b.txt": "Brookfield boy wounded" + BODY_B + "Police said 13-year-old Tobin Marsh was wounded in the leg.\n",
        "c.txt": "Man shot in Brookfield" + BODY_C + "A 31-year-old man was wounded by the gunfire.\n",
    })
    assert _person_findings(_report(d)) == []
    (d / "c.txt").unlink()
    assert _person_findings(_report(d)) == [("age", "differ")]
    # two people hurt in one of them: which one is which cannot be told
    (tmp_path / "t").mkdir()
    d = _folder(tmp_path / "t", {
        "a.txt": "Boy shot in Brookfield" + BODY + "A 12-year-old boy was wounded, police said.\n",
        "b.txt": "Two wounded in Brookfield" + BODY_B + "Police said 13-year-old Tobin Marsh and his father, "
                 "Carl Marsh, 40, were wounded.\n",
    })
    assert _person_findings(_report(d)) == []
    # a victim named with another age than the source's own figure gives (a case told beside it)
    # is not taken for its one victim: no '19 against 13' for a man of another shooting
    (tmp_path / "s").mkdir()
    assert not [f for f in report_of(tmp_path / "s", {
        "a.txt": "Boy shot in Brookfield" + BODY + "A 12-year-old boy was wounded, police said. In a separate case "
                 "last year, Dana Reyes, 19, was wounded in a shooting on Juniper Lane.\n",
        "b.txt": "Brookfield boy wounded" + BODY_B + "Police said a 13-year-old was hurt on Elm Road.\n",
    })["findings"] if f["kind"] == "person" and "Reyes" in f["reason"]]


def test_a_short_first_name_or_a_surname_alone_is_no_difference(tmp_path):
    assert _person_findings(report_of(tmp_path, {
        "a.txt": "Man killed in Brookfield shooting" + BODY + "Police identified the victim as Doug Whitlock, 19.\n",
        "b.txt": "Brookfield shooting victim named" + BODY_B + "The man killed was Douglas Whitlock, 19, police said.\n",
    })) == []


def test_a_name_spelled_two_ways_in_one_article_is_a_self_contradiction(tmp_path):
    d = _folder(tmp_path, {
        "a.txt": "Man killed in Brookfield shooting" + BODY + "Police identified the victim as Marcus Delaney, 19. "
                 "Friends said Marcus Delanney loved to fish. His brother Darcus Delaney said he was kind.\n",
        "b.txt": "Brookfield shooting victim named" + BODY_B + "The man killed was Marcus Delaney, 19, police said.\n",
    })
    rep = _report(d)
    selfs = findings_of(rep, kind="name", status="inconsistent")
    assert len(selfs) == 1 and "'Marcus Delaney' and 'Marcus Delanney'" in selfs[0]["reason"]
    assert selfs[0]["reason"].startswith("a.txt")
    # the brother's name, a letter apart at its start, is another person; a pet form is no slip
    assert "Darcus" not in selfs[0]["reason"]
    from reconcile.compare import _slip
    assert _slip("micheal", "michael") and not _slip("kathy", "katheryn") and not _slip("dsean", "sean")
    def self_names(sub: str, more: str) -> list[str]:
        # a.txt names the victim in full, then says `more`; b.txt names him the same way
        (tmp_path / sub).mkdir()
        return [f["reason"] for f in report_of(tmp_path / sub, {
            "a.txt": "Man killed in Brookfield shooting" + BODY + "Police identified the victim as Marcus Delaney, 19. "
                     + more + "\n",
            "b.txt": "Brookfield shooting victim named" + BODY_B + "The man killed was Marcus Delaney, 19, police said.\n",
        })["findings"] if f["status"] == "inconsistent" and f["kind"] == "name"]

    # a surname alone, one letter off the surname of the one person named in full
    assert self_names("y", "His aunt, Rosa Quintero, spoke to reporters. \"He was a gentle kid,\" Quinteros said.") == [
        "a.txt spells one person's name two ways: 'Rosa Quintero' and 'Quinteros'."]
    # a surname alone that says nothing (no quote, no title), one letter doubled
    assert self_names("w", "Detectives believe Delanney had argued with a neighbor that morning.") == [
        "a.txt spells one person's name two ways: 'Marcus Delaney' and 'Delanney'."]
    # a family ('the Delaneys') and a word of a capitalised run ('Delane Street') are no second spelling
    assert self_names("v", "The Delaneys moved to Brookfield in the spring. His car was found on Delane Street.") == []
    # a possessive written without its apostrophe is no second spelling
    assert self_names("x", "Marcus Delaneys car was found nearby.") == []


def _victim_self_names(tmp_path: Path, sub: str, who: str, more: str) -> list[str]:
    """The name self-contradictions of a.txt, which names the victim ``who`` in full, then
    writes ``more``; b.txt names him as a.txt first does."""
    (tmp_path / sub).mkdir()
    return [f["reason"] for f in report_of(tmp_path / sub, {
        "a.txt": "Man killed in Brookfield shooting" + BODY + f"Police identified the victim as {who}, 19. "
                 + more + "\n",
        "b.txt": "Brookfield shooting victim named" + BODY_B + f"The man killed was {who}, 19, police said.\n",
    })["findings"] if f["status"] == "inconsistent" and f["kind"] == "name"]


def test_a_name_written_alone_with_a_slip_inside_one_article_is_a_self_contradiction(tmp_path):
    self_names = partial(_victim_self_names, tmp_path)

    # a surname alone with two letters swapped
    assert self_names("a", "Marcus Delaney", "Detectives believe Delaeny had argued with a neighbor that morning.") == [
        "a.txt spells one person's name two ways: 'Marcus Delaney' and 'Delaeny'."]
    # a first name alone, 'qu' written 'k'
    assert self_names("b", "Joaquin Delaney", "Teachers said Joakin was a gifted student who loved soccer.") == [
        "a.txt spells one person's name two ways: 'Joaquin Delaney' and 'Joakin'."]
    # a pet form, and a sister whose name differs in its last letter, are no slip
    assert self_names("c", "Kathy Delaney", "Neighbors said Katie had moved to Brookfield in the spring.") == []
    assert self_names("d", "Mario Delaney", "Relatives said Maria had been visiting him that evening.") == []
    # a correction that names the wrong spelling it puts right is no slip of the article's own
    assert self_names("e", "Joaquin Delaney", "An earlier version gave his first name wrongly: it is Joaquin, not Joakin.") == []
    # short words two letters off a first name are as often another word (a car, a number)
    assert first_name_slip("issac", "isaac") and not first_name_slip("maria", "mazda") and not first_name_slip("ellen", "eleven")


def test_a_surname_slip_met_only_in_what_someone_said_is_a_self_contradiction(tmp_path):
    def self_names(sub: str, said: str) -> list[str]:
        (tmp_path / sub).mkdir()
        return [f["reason"] for f in report_of(tmp_path / sub, {
            "a.txt": "Dover teen charged in death of friend\n\nDana Tarrant, 17, was charged on Monday with reckless "
                     "homicide in the death of his friend Cory Vance, 16, on Elm Street.\n\nA counsellor, Lena Park, "
                     f"said in court that {said} has nightmares about the night.\n\n\"We hope {said} gets the help he "
                     "needs,\" Park said.\n",
        })["findings"] if f["status"] == "inconsistent" and f["kind"] == "name"]

    # the surname, two letters swapped, only in what the counsellor said (careful reading round 29)
    assert self_names("a", "Tarrnat") == ["a.txt spells one person's name two ways: 'Dana Tarrant' and 'Tarrnat'."]
    # a word of a longer name is another word
    assert self_names("b", "the Tarrnat Center staff") == []
    from reconcile.compare import _inner_slip
    assert _inner_slip("osborne", "obsorne") and _inner_slip("osborne", "osbourne")
    assert not _inner_slip("hill", "hills") and not _inner_slip("grant", "grand") and not _inner_slip("stokes", "stones")


def test_a_first_name_slip_where_no_claim_is_read_is_a_self_contradiction(tmp_path):
    self_names = partial(_victim_self_names, tmp_path)

    # a first name one letter off, in a friend's account that no claim is read from (careful
    # reading round 32) and inside a lawyer's quotation (round 31)
    assert self_names("a", "Lionel Bramwell", "A friend told detectives he was at the river with Lional "
                      "when the gun went off.") == ["a.txt spells one person's name two ways: 'Lionel Bramwell' and 'Lional'."]
    assert self_names("b", "Lionel Bramwell", "\u201cNo one could blame Lional for any of it,\u201d his lawyer "
                      "argued.") == ["a.txt spells one person's name two ways: 'Lionel Bramwell' and 'Lional'."]
    # a photo caption opening its line, the first name two letters off before the same surname (round
    # 34); alone, two letters off is as often another word
    from types import SimpleNamespace
    from reconcile.compare import _first_name_slips
    said = {"Marisela Bramwell": [SimpleNamespace(kind="role")], "Cory Vance": [SimpleNamespace(kind="quote")]}
    assert [r[1:3] for r in _first_name_slips("a", said, {"Maricella Bramwell", "Maricella"}, [])] == [
        ("Marisela Bramwell", "Maricella")]
    assert _first_name_slips("a", said, {"Maricella Vance", "Maricella"}, []) == []
    # a weekday beside 'Sanday', a word the text also writes in lower case, a correction ('not'):
    # none is a second spelling
    assert self_names("d", "Sanday Bramwell", "Her family held a vigil on Sunday evening.") == []
    assert self_names("e", "Lionel Bramwell", "Officers searched the area near Lional Park; lional is an "
                      "old word for the river there.") == []
    assert self_names("f", "Lionel Bramwell", "An earlier story gave his name as Lionel, not Lional.") == []
    # one name with two endings of one sound, before one surname (round 32: two captions of a
    # gallery); 'Mary' and 'Marie' are two names
    assert self_names("h", "Stacy Marwood", "A friend said Stacee Marwood had worked at the bakery for years.") == [
        "a.txt spells one person's name two ways: 'Stacy Marwood' and 'Stacee Marwood'."]
    from reconcile.compare import _end_variant
    assert _end_variant(["stacy", "marwood"], ["stacee", "marwood"]) and not _end_variant(["mary", "marwood"], ["marie", "marwood"])
    assert not _end_variant(["stacy", "marwood"], ["stacee", "marlow"])
    from reconcile.accounts import written_names
    # not a word before a figure, a credit's handle after a slash, a mark inside a name; a sentence's
    # opening kept apart, marked (session 57: a first name slipped there is read only as a swap)
    assert written_names("Three men ran. Police said Dana Whitlow, a friend of Corin, ran too. Motel 6 was closed. "
                         "Credit: YouTube/Lional. His cousin D'Marco was there.") == {
        "Dana Whitlow", "Corin", "^Three", "^Police", "^Credit"}


def test_a_victim_named_and_not_counted_reads_as_one_for_the_event(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Brookfield police name victim" + BODY + "Police identified the man killed Saturday as Marcus Delanney, 21.\n",
        "b.txt": "Victim of Maple Street shooting identified" + BODY_B
                 + "The family of the man killed in the shooting, Marcus Delanney, asked for privacy.\n",
    })
    # the account: the one named, as no one else is said to have died
    assert _tolls(rep, "a")["killed"] == (1, 1)
    ev = rep["event"]["tolls"]["killed"]
    assert (ev["low"], ev["high"]) == (1, 1)  # the event's reading: the one person named


def test_dead_plus_wounded_is_shown_as_shot_but_never_compared(tmp_path):
    # each source's 'shot' figure is a part (one woman), so its shot toll is its dead plus
    # wounded: the difference is the injured toll's, reported once, not again as 'shot'
    rep = report_of(tmp_path, {
        "a.txt": "Two dead, one wounded in Brookfield shooting" + BODY
                 + "Two men were killed and one woman was wounded. Whitcombe said the woman was shot in the leg.\n",
        "b.txt": "Brookfield shooting leaves two dead, two wounded" + BODY_B
                 + "Two men died at the scene and two women were wounded. One woman was shot in the arm.\n",
    })
    acc = account_of(rep, "b")
    assert (acc["tolls"]["shot"]["low"], acc["tolls"]["shot"]["how"]) == (4, "added")
    assert _toll_statuses(rep, "injured") == ["conflict"]
    assert _toll_findings(rep, "shot") == []


def test_a_toll_that_includes_the_gunman_agrees_with_one_lower_and_says_why(tmp_path):
    # both count the same dead, one with the gunman: no fact at odds (careful reading round 14)
    rep = report_of(tmp_path, {
        "a.txt": "3 dead, including gunman, in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting leaves two people dead" + BODY_B,
    })
    (f,) = _toll_findings(rep, "killed")
    assert f["status"] == "agree" and "gunman" in f["reason"]
    # the event reads the count with the gunman, as the comparison does
    assert (rep["event"]["tolls"]["killed"]["low"], rep["event"]["tolls"]["killed"]["how"]) == (3, "gunman counted")
    (tmp_path / "more").mkdir()
    rep = report_of(tmp_path / "more", {
        "a.txt": "4 dead, including gunman, in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting leaves two people dead" + BODY_B,
    })
    assert _toll_statuses(rep, "killed") == ["conflict"]
    assert rep["event"]["tolls"]["killed"]["how"] == "range"


def test_gunmen_reported_dead_are_read_once_per_event(tmp_path, monkeypatch):
    """The accounts read each source's gunmen reported dead once (Accounts.gunmen) and
    the comparison of tolls takes them from there, with the same findings."""
    from reconcile import accounts, compare

    calls, real = [], accounts.gunmen_dead

    def counting(claims):
        calls.append(1)
        return real(claims)

    monkeypatch.setattr(accounts, "gunmen_dead", counting)
    monkeypatch.setattr(compare, "gunmen_dead", counting)
    rep = report_of(tmp_path, {
        "a.txt": "3 dead, including gunman, in Brookfield shooting" + BODY,
        "b.txt": "Brookfield shooting leaves two people dead" + BODY_B,
    })
    assert len(calls) == 1
    (f,) = _toll_findings(rep, "killed")
    assert f["status"] == "agree" and "gunman" in f["reason"]


def test_wounded_worked_out_from_dead_that_count_the_gunman_agree_with_a_stated_count(tmp_path):
    # people shot less dead that count the gunman, who is not among the people shot:
    # one fewer wounded than the other outlet states, the same wounded (careful reading diff23);
    # told as people found shot, so the account keeps the subtraction ('A man shot five
    # people' is read as 2 by the account itself: the test after this one)
    rep = report_of(tmp_path, {
        "a.txt": "Police: 4 dead, including gunman, in Brookfield shooting\n\nFive people were shot on Maple Street "
                 "in Brookfield on Saturday, and three of them died before the gunman turned the gun on himself.\n",
        "b.txt": "Brookfield shooting leaves three dead, two hurt" + BODY_B
                 + "Three people were killed and two more were wounded by the gunman, who later killed himself.\n",
    })
    assert _toll_statuses(rep, "injured") == ["agree"]
    assert "gunman" in _toll_findings(rep, "injured")[0]["reason"]


def test_wounded_worked_out_from_a_death_count_that_holds_the_gunman_leave_him_out_of_the_dead_subtracted(tmp_path):
    # '3 dead, including gunman' and, below, the four people he shot: two of the four died,
    # two were wounded (not 4 - 3 = 1); where the people are told only as found shot (he may
    # be one of them), the subtraction stands
    rep = report_of(tmp_path, {
        "a.txt": "Police: 3 dead, including gunman, in Brookfield shooting\n\nA man shot his neighbor and three "
                 "members of her family on Maple Street in Brookfield on Saturday, police said.\n",
        "b.txt": "Police: 3 dead, including gunman, in Brookfield shooting\n\nFour people were shot on Maple Street "
                 "in Brookfield on Saturday, police said.\n",
    })
    assert _tolls(rep, "a")["injured"] == (2, 2)
    assert _tolls(rep, "b")["injured"] == (1, 1)


def test_both_told_first_of_the_wounded_is_at_least_two(tmp_path):
    # 'Both passengers were wounded', the first the source says of anyone hurt: two people
    # it speaks of again, as often a part of those hurt as all of them
    assert _tolls(report_of(tmp_path, {
        "a.txt": "Gunfire hits car on Maple Street\n\nA gunman fired into a car on Maple Street in Brookfield on "
                 "Saturday night, killing the driver. Both passengers were wounded; medics took them to a clinic.\n",
    }), "a") == {"killed": (1, 1), "injured": (2, None)}


def test_a_death_toll_that_names_the_shooter_is_no_wounded_victim_who_died(tmp_path):
    # one outlet has the young woman he shot wounded, the other only the coroner naming the
    # shooter dead: not the wounded dying later (careful reading diff23)
    rep = report_of(tmp_path, {
        "a.txt": "Sheriff describes Maple Street car crash\n\nA Brookfield teenager shot a young woman riding in "
                 "his car on Maple Street on Friday morning and then shot himself, the sheriff said.\n",
        "b.txt": "Coroner releases name in Maple Street crash\n\nThe coroner pronounced 18-year-old Dale Ruiz of "
                 "Brookfield dead on Saturday morning. Deputies say Ruiz shot his girlfriend on Maple Street and "
                 "then himself.\n",
    })
    assert _tolls(rep, "a")["injured"] == (1, 1) and _tolls(rep, "b")["killed"] == (1, 1)
    assert _toll_statuses(rep, "killed") == []


def test_a_gunmans_death_told_by_a_third_outlet_explains_two_others_tolls(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Two teenagers found dead in Brookfield home\n\nOfficers found two teenage girls dead inside "
                 "a home on Maple Street in Brookfield on Friday, police said.\n",
        "b.txt": "3 dead in Brookfield shooting\n\nThree people are dead after gunfire inside a home on Maple "
                 "Street in Brookfield on Friday, police said.\n",
        "c.txt": "Father shot twin daughters in Brookfield\n\nA Brookfield man shot his twin daughters on Maple "
                 "Street on Friday and then killed himself, police said.\n",
    })
    assert _toll_statuses(rep, "killed") == ["agree"]
    assert (rep["event"]["tolls"]["killed"]["low"], rep["event"]["tolls"]["killed"]["how"]) == (3, "gunman counted")


def test_arrest_counts_without_dates_differ_but_never_conflict(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Three men arrested in Brookfield shooting" + BODY,
        "b.txt": "Two arrested after Brookfield shooting" + BODY_B,
    })
    assert _tolls(rep, "a")["arrested"] == (3, 3) and _tolls(rep, "b")["arrested"] == (2, 2)
    (f,) = _toll_findings(rep, "arrested")
    assert f["status"] == "differ" and "later" in f["reason"]
    assert not findings_of(rep, status="inconsistent")


def test_a_stub_whose_headline_names_the_events_place_is_compared(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Two dead, three wounded in Brookfield shooting" + BODY,
        "b.txt": "Brookfield news: Five dead in shooting\n\nSign up for our newsletter. Share this story.\n",
    })
    assert rep["off_topic"] == []
    assert _toll_statuses(rep, "killed") == ["conflict"]
    # its silence on the wounded says nothing: every account allows the other's reading
    inj = rep["event"]["tolls"]["injured"]
    assert (inj["low"], inj["high"], inj["how"]) == (3, 3, "agreed")


def test_a_stub_naming_a_place_with_a_capital_inside_is_compared_and_yields_to_the_body(tmp_path):
    # 'DeKalb', 'McHenry': a capital inside the word is still a name the others can share;
    # the headline's one victim is a part of the body's three, and the event reads three
    body = ("Three hurt when shots hit McHenry apartments\n\nThree people were wounded on Tuesday night when "
            "a man fired a rifle inside an apartment in McHenry, police said. A neighbour's daughter, 6, was "
            "struck by a bullet that went through a wall. All three are expected to recover.\n")
    stub = "Girl shot in McHenry apartment\n\nSign up for our newsletter. Share this story. Close\n"
    rep = report_of(tmp_path, {"a.txt": body, "b.txt": stub})
    assert rep["off_topic"] == []
    inj = rep["event"]["tolls"]["injured"]
    assert (inj["low"], inj["high"]) == (3, 3)


def _q(i: str, start: int, value: Interval, hedge: str | None, text: str = "x", measure: str = "killed") -> Claim:
    return Claim(id=i, source="s", path="p", kind="quantity", start=start, end=start + 1, text=text, sentence=text,
                 line=1 + start, value=value, hedge=hedge, measure=measure)


def test_people_listed_one_by_one_or_one_person_alone_are_named_not_a_sum():
    assert toll_kind(_q("a", 0, Interval(2, 2, 2), "enumeration")) == "named"  # 'Ann Lee and her son'
    assert toll_kind(_q("b", 0, Interval(1, 1, 1), "sum: 1")) == "named"  # 'Teen killed'
    assert toll_kind(_q("c", 0, Interval(5, 5, 5), "sum: 5")) == "sum"  # 'Five officers killed'
    assert toll_kind(_q("d", 0, Interval(3, 3, 3), "sum: 2 + 1")) == "sum"
    assert toll_kind(_q("e", 0, Interval(1, 1, 1), "suicide")) == "named"  # 'then turned the gun on himself'


def test_one_person_said_to_be_shot_is_named_a_count_worked_out_is_derived():
    # 'a neighbour whose daughter was shot' and no death: that one person, not the toll
    assert toll_kind(_q("a", 0, Interval(1, 1, 1), "derived: shot, no death reported", "whose daughter",
                        "injured")) == "named"
    assert toll_kind(_q("b", 0, Interval(1, 1, 1), "derived: also shot", "Another man", "injured")) == "named"
    # told as a count, or worked out from counts, it stays a count
    assert toll_kind(_q("c", 0, Interval(1, 1, 1), "derived: shot, no death reported", "One", "injured")) == "derived"
    assert toll_kind(_q("d", 0, Interval(4, 4, 4), "derived: shot, no death reported", "Four", "injured")) == "derived"
    assert toll_kind(_q("e", 0, Interval(1, 1, 1), "derived: 3 shot - 2 killed", "three", "injured")) == "derived"
    assert toll_kind(_q("f", 0, Interval(2, 2, 2), "derived: others shot", "two others", "injured")) == "derived"


def test_one_person_shot_is_a_part_not_a_total_against_another_outlets_count(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Mother speaks after her son was shot at a party" + BODY
                 + "A mother whose son was shot at a birthday party in Brookfield wants answers.\n",
        "b.txt": "Five teens wounded at Brookfield birthday party" + BODY_B
                 + "Five teenagers were wounded when gunfire broke out at a birthday party in Brookfield.\n",
    })
    assert not findings_of(rep, status="conflict")


def test_a_killers_suicide_is_no_body_toll_against_the_headline(tmp_path):
    # the body's only figure is the killer's own death: one of the four, not a toll
    rep = report_of(tmp_path, {"a.txt": "Four dead in Brookfield murder-suicide" + BODY
                               + "Police believe the gunman shot his relatives before he committed suicide.\n"})
    assert not findings_of(rep, status="inconsistent")
    assert _tolls(rep, "a")["killed"] == (4, 4)


def test_a_killers_suicide_told_first_yields_to_the_count_of_the_dead_in_the_lead():
    # 'Father kills sons, 8 and 11, before turning the gun on himself' read as his death alone,
    # then 'Three bodies were found, the gunman's among them' in the lead: the count
    gunman = _q("g", 0, Interval(1, 1, 1), "suicide", "turning the gun on himself")
    bodies = _q("c", 2, Interval(3, 3, 3), None, "Three bodies were found, the gunman's among them")
    toll = account("s", [gunman, bodies]).toll("killed")
    assert (toll.value.low, toll.value.high, toll.how, toll.claims[0]) == (3, 3, "stated", "c")
    # a count met only far below the lead (a linked story, another case) does not replace it
    far = _q("f", 8, Interval(3, 3, 3), None, "Three bodies were found, the gunman's among them")
    assert account("s", [gunman, far]).toll("killed").claims[0] == "g"
    # nor does a lone death told as a count ('One person died')
    one = _q("o", 2, Interval(1, 1, 1), None, "One person died")
    assert account("s", [gunman, one]).toll("killed").claims[0] == "g"
    # the wounded are never read so: only the dead count the gunman
    hurt = _q("h", 0, Interval(1, 1, 1), "suicide", "shot himself", measure="injured")
    assert account("s", [hurt, replace(bodies, measure="injured")]).toll("injured").claims[0] == "h"


def test_a_count_of_the_dead_with_the_gunmans_suicide_told_apart_may_hold_him_or_not():
    count = _q("c", 0, Interval(3, 3, 3), None, "Three women were found dead")
    gunman = _q("g", 2, Interval(1, 1, 1), "suicide", "He later killed himself in his car")
    toll = account("s", [count, gunman]).toll("killed")
    assert (toll.value.low, toll.value.high, toll.how) == (3, 4, "stated")
    # without his suicide, or with a count whose sentence says he is in it, the count stays
    assert account("s", [count]).toll("killed").value.high == 3
    inside = _q("i", 0, Interval(3, 3, 3), None, "Three dead in a murder-suicide")
    assert account("s", [inside, gunman]).toll("killed").value.high == 3
    # the gunman killed by the police, told apart, is the same question
    shot_dead = _q("p", 2, Interval(1, 1, 1), "singular", "The gunman")
    assert account("s", [count, shot_dead]).toll("killed").value.high == 4
    # ... but not a victim killed, told apart ('The teacher')
    victim = _q("v", 2, Interval(1, 1, 1), "singular", "The teacher")
    assert account("s", [count, victim]).toll("killed").value.high == 3
    # a sum that adds his death ('killed two, then himself') is already whole
    summed = _q("s", 0, Interval(3, 3, 3), "sum: 2 + 1", "two, then himself")
    assert account("s", [summed, gunman]).toll("killed").value.high == 3


def test_a_count_whose_sentence_names_the_gunman_for_something_else_may_still_leave_him_out():
    # the gunman named in the count's sentence for another act does not put him among the
    # dead it counts (data/accounts.json gunman_in_count: 'including gunman', not 'gunman')
    count = _q("c", 0, Interval(3, 3, 3), None, "A day before the raid that killed three guards, the gunman wrote a note")
    shot_dead = _q("p", 2, Interval(1, 1, 1), "singular", "The gunman")
    assert account("s", [count, shot_dead]).toll("killed").value.high == 4
    # ... but a count that says he is among its dead stays as written
    among = _q("i", 0, Interval(3, 3, 3), None, "Three dead, including gunman, in raid on depot")
    assert account("s", [among, shot_dead]).toll("killed").value.high == 3


def test_three_found_dead_and_the_killer_found_later_is_three_or_four_end_to_end(tmp_path):
    assert _tolls(report_of(tmp_path, {"a.txt": "Three women found dead in Brookfield home" + BODY
                                       + "The man police believe shot them was found hours later in his car. "
                                         "He had killed himself, Whitcombe said.\n"}), "a")["killed"] == (3, 4)


def test_people_hurt_by_something_other_than_gunfire_are_kept_out_of_the_injured_toll():
    stabbed = _q("k", 0, Interval(2, 2, 2), None, "Deputies found two men with stab wounds outside the bar",
                 measure="injured")
    acc = account("s", [stabbed])
    assert acc.toll("injured") is None and acc.set_aside == (("k", "not by gunfire"),)
    # a victim's old war wound, told in a profile of the dead (session 26, from a known fault)
    war = _q("w", 6, Interval(1, 1, 1), None, "The sergeant, hurt in combat overseas, got a Purple Heart",
             measure="injured")
    assert account("s", [war]).set_aside == (("w", "not by gunfire"),)
    # the people shot stay, told beside a stabbing or alone
    both = _q("b", 0, Interval(3, 3, 3), None, "Three people were shot and a fourth was stabbed",
              measure="injured")
    assert account("s", [both]).toll("injured").claims[0] == "b"
    crash = _q("c", 0, Interval(2, 2, 2), None, "The car rammed a cruiser, injuring two officers",
               measure="injured")
    later = _q("w", 3, Interval(1, 1, 1), None, "One bystander was wounded by a stray bullet", measure="injured")
    assert account("s", [crash, later]).toll("injured").claims[0] == "w"
    # a car driven into people (session 17, conf25, odd half: a ramming recalled beside a shooting)
    car = _q("v", 0, Interval(9, 9, 9), None, "Last spring a driver steered his car onto a crowded path, hurting nine",
             measure="injured")
    assert account("s", [car, later]).toll("injured").claims[0] == "w"
    # only the injured: a death in a crash stays with the dead (the registry's own question)
    assert account("s", [replace(crash, measure="killed")]).toll("killed") is not None


def test_a_man_shot_dead_and_two_people_stabbed_has_no_injured_toll_end_to_end(tmp_path):
    rep = report_of(tmp_path, {"a.txt": "Man shot dead outside Brookfield bar" + BODY
                               + "Deputies also came upon two men with stab wounds in the parking lot. "
                                 "Whitcombe said the two were expected to recover.\n"})
    # the man shot dead is the one person shot (session 77); the two stabbed are neither wounded nor shot
    assert _tolls(rep, "a") == {"killed": (1, 1), "shot": (1, 1)}
    assert [x["why"] for x in rep["accounts"][0]["set_aside"]] == ["not by gunfire"]


def test_a_count_of_shootings_or_people_hurt_in_shootings_is_a_roundup():
    for said in ("Five people were wounded in three shootings on the East Side",
                 "Police are investigating two shootings on Friday that left two men dead",
                 "Four people were hurt in shootings from Friday to Sunday, police said"):
        assert is_roundup(_q("r", 4, Interval(4, 4, 4), None, said)), said
    # one shooting with several victims, told in the plural, is the event
    for said in ("Two people were killed in the shootings at the club, police said",
                 "The shootings left two men dead and one wounded"):
        assert not is_roundup(_q("e", 4, Interval(2, 2, 2), None, said)), said
    acc = account("s", [_q("r", 4, Interval(5, 5, 5), None, "Five people were wounded in three shootings overnight",
                           measure="injured"),
                        _q("w", 6, Interval(2, 2, 2), None, "Two men were wounded outside the bar", measure="injured")])
    assert acc.toll("injured").claims[0] == "w" and acc.set_aside == (("r", "roundup"),)


def test_a_person_mentioned_first_is_compared_by_the_count_the_source_gives_further_on():
    man = _q("a", 0, Interval(1, 1, None), "at least (named)", "the man")
    gunman = _q("b", 1, Interval(1, 1, 1), "suicide", "killed himself")
    count = _q("c", 2, Interval(5, 5, 5), None, "Five people")
    acc = account("s", [man, gunman, count])
    toll = acc.toll("killed")
    assert (toll.value.lo, toll.value.high, toll.how) == (1, None, "named")  # the account keeps its reading
    cmp = counted(toll, [man, gunman, count])  # ... and is compared by its count, never the gunman's death
    assert (cmp.value.nominal, cmp.how, cmp.claims[0]) == (5, "stated", "c")
    # a death told by a word alone ('a fatal shooting', at least 1) yields to a count too
    fatal = _q("f", 0, Interval(None, 1, None), "at least", "fatal shooting")
    assert counted(account("s", [fatal, count]).toll("killed"), [fatal, count]).value.nominal == 5
    # a closed count stays, and people shot are not narrowed (they are as often told by group)
    two = _q("t", 0, Interval(2, 2, 2), None, "two")
    assert counted(account("s", [two, count]).toll("killed"), [two, count]).claims[0] == "t"
    hit = _q("h", 0, Interval(1, 1, None), "at least (named)", "a man", measure="shot")
    pair = _q("p", 1, Interval(2, 2, 2), None, "Two men", measure="shot")
    assert counted(account("s", [hit, pair]).toll("shot"), [hit, pair]).claims[0] == "h"
    # a count whose sentence names another year is an old case's (a photo caption of a tally
    # 'through June 2008'); a day written in full is as often the event's own
    tally = replace(_q("y", 1, Interval(3, 3, 3), None, "three"),
                    sentence="Lee was the first of three clerks killed in robberies through June 2008.")
    assert counted(account("s", [fatal, tally]).toll("killed"), [fatal, tally]).claims[0] == "f"
    dated = replace(tally, sentence="Three clerks were found shot dead Monday, June 9, 2008 at the store.")
    assert counted(account("s", [fatal, dated]).toll("killed"), [fatal, dated]).value.nominal == 3


def test_some_of_the_wounded_in_a_condition_are_compared_by_the_count_the_source_gives():
    # 'three more remain in grave condition' (at least 3) over a count told twice further on
    some = _q("s", 0, Interval(3, 3, None), "at least (some of them)", "three", measure="injured")
    hurt = [_q(i, 10 + k, Interval(3, 3, 3), None, "three", measure="injured") for k, i in enumerate("ab")]
    hurt = [replace(c, sentence=f"Police said {c.id} three were wounded.") for c in hurt]
    toll = account("s", [some, *hurt]).toll("injured")
    assert (toll.value.high, counted(toll, [some, *hurt]).value.high) == (None, 3)
    # a count beside others told by their condition is another part ('one critical and four others treated')
    crit = _q("c", 0, Interval(2, 2, None), "at least (some of them)", "two", measure="injured")
    lead = "Two are in critical condition and four were treated for cuts."
    crit = replace(crit, sentence=lead)
    four = replace(_q("f", 1, Interval(4, 4, 4), None, "four", measure="injured"), sentence=lead)
    again = replace(_q("o", 2, Interval(1, 1, None), "at least (some of them)", "one", measure="injured"),
                    sentence="One is critical and four others went home.")
    other = replace(_q("g", 3, Interval(4, 4, 4), None, "four", measure="injured"), sentence=again.sentence)
    cs = [crit, four, again, other]
    assert counted(account("s", cs).toll("injured"), cs).value.high is None


def test_a_victim_named_first_then_a_count_conflicts_with_another_outlets_count(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Family mourns man killed in Brookfield shooting" + BODY
                 + "Five people died in the attack, Whitcombe said.\n",
        "b.txt": "Two people killed in Brookfield shooting" + BODY_B,
    })
    assert _tolls(rep, "a")["killed"] == (1, None)
    (f,) = _toll_findings(rep, "killed")
    assert f["status"] == "conflict" and "'Five' (5)" in f["reason"]


def test_a_victim_named_is_a_part_and_agrees_with_a_higher_count(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Brookfield police name victim" + BODY + "Marcus Delanney, 21, was killed, police said.\n",
        "b.txt": "Three people killed in Brookfield shooting" + BODY_B,
    })
    acc = account_of(rep, "a")
    assert (acc["tolls"]["killed"]["high"], acc["tolls"]["killed"]["how"]) == (1, "named")  # one person mentioned
    assert _toll_statuses(rep, "killed") == ["agree"]  # ... one of the three


def test_the_event_reads_a_sources_count_not_the_person_it_mentions_first(tmp_path):
    ev = report_of(tmp_path, {
        "a.txt": "Family mourns man killed in Brookfield shooting" + BODY
                 + "Two people died in the attack, Whitcombe said.\n",
        "b.txt": "Three people killed in Brookfield shooting" + BODY_B,
    })["event"]["tolls"]["killed"]
    # not 'agreed' on 3 (the man mentioned, at least 1, allowed it): a gives 2, b gives 3
    assert (ev["how"], ev["low"], ev["high"]) == ("range", 2, 3)


def test_a_latest_bound_is_read_as_the_count_an_earlier_account_gives_within_it():
    one = Account("a", (Toll("killed", Interval(1, 1, 1), "stated", ("a:1",), "One"),))
    bound = Account("b", (Toll("killed", Interval(1, 1, None), "named", ("b:1",), "the slain teen"),))
    ev = event([one, bound], {"a": date(2024, 3, 1), "b": date(2024, 3, 2)})
    (t,) = ev.tolls
    assert (t.value.low, t.value.high, t.how) == (1, 1, "latest") and t.sources == ("b", "a")
    # a count outside the latest bound is an earlier figure, not a reading of it
    three = Account("c", (Toll("killed", Interval(3, 3, None), "named", ("c:1",), "three victims named"),))
    (t,) = event([one, three], {"a": date(2024, 3, 1), "c": date(2024, 3, 2)}).tolls
    assert (t.value.low, t.value.high) == (3, None)


def test_a_headline_that_heads_a_roundup_in_the_body_is_kept_out_of_the_account(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Four people shot on Maple Street in Brookfield" + BODY
                 + "Four people were wounded in the shooting on Maple Street.\n",
        "b.txt": "Nine shot in six hours" + BODY_B
                 + "Nine people were shot in a six-hour span across Brookfield, police said.\n"
                 + "Four of them were wounded in the shooting on Maple Street.\n",
    })
    assert not findings_of(rep, status="conflict")
    assert 9 not in _tolls(rep, "b").get("shot", ()) and _tolls(rep, "b")["injured"][0] == 4


def test_a_word_alone_for_the_people_shot_beside_counted_wounded_is_their_sum(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Seven hurt in Brookfield shooting" + BODY
                 + "Dispatchers told officers that multiple people were shot. Seven people were wounded.\n",
        "b.txt": "Seven shot on Maple Street" + BODY_B + "Seven people were shot and all of them survived.\n",
    })
    assert not [f for f in rep["findings"] if f["status"] in ("conflict", "differ")]


def test_one_person_mentioned_dead_and_no_one_else_is_one_killed_but_still_a_part(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Family mourns teen slain on Maple Street" + BODY
                 + "Relatives of the slain teen gathered on Maple Street on Sunday.\n",
        "b.txt": "Two killed on Maple Street" + BODY_B + "Two people died in the shooting.\n",
    })
    assert _tolls(rep, "a")["killed"] == (1, 1)
    # one person mentioned is a part of another outlet's count, never a total against it
    assert not findings_of(rep, status="conflict")


def _aged_folder(tmp_path, second_day):
    d = tmp_path / f"news-{second_day}"
    d.mkdir()
    for name, day, age in (("a.json", "2024-03-01", 19), ("b.json", second_day, 20)):
        (d / name).write_text(json.dumps({
            "title": "Man charged in Brookfield shooting", "published": day,
            "text": f"Dorian Lakewell, {age}, was charged with manslaughter in the Brookfield shooting."
                    + (BODY if name == "a.json" else BODY_B)}))
    return d


def test_an_age_one_higher_in_a_report_a_year_later_is_a_birthday_not_a_difference(tmp_path):
    (f,) = [f for f in _report(_aged_folder(tmp_path, "2025-05-01"))["findings"]
            if f["kind"] == "person" and f["measure"] == "age"]
    assert f["status"] == "agree" and "birthday" in f["reason"] and "14 months" in f["reason"]
    # the same ages a week apart still differ
    (f,) = [f for f in _report(_aged_folder(tmp_path, "2024-03-08"))["findings"]
            if f["kind"] == "person" and f["measure"] == "age"]
    assert f["status"] == "differ"


def test_wounded_worked_out_as_shot_less_dead_differs_only_where_the_gunman_explains_it(tmp_path):
    # 'six shot, five died, including the gunman' gives 1 wounded by subtraction; against a
    # stated 2 that is a difference (the five count the gunman, who was not shot by him);
    # a subtraction further from the stated count still conflicts
    a = ("Six shot at Harmon Street party on Saturday\n\nSix people were shot at a Harmon Street house party in Oakdale late "
         "Saturday, and five of them died, including the gunman, police said.\n")
    b = ("Five dead, two hurt in Oakdale party shooting\n\nFive people, including the gunman, were killed and two "
         "others were wounded at a party on Harmon Street in Oakdale late Saturday, police said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _tolls(rep, "a")["injured"] == (1, 1) and _tolls(rep, "b")["injured"] == (2, 2)
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "differ" and "worked out from other figures" in f["reason"]
    c = ("Seven shot at Harmon Street party\n\nSeven people were shot at a house party on Harmon Street in Oakdale "
         "late Saturday, and three of them died, police said.\n")
    d = ("Three dead, seven hurt in Oakdale party shooting\n\nThree people were killed and seven others were "
         "wounded at a party on Harmon Street in Oakdale late Saturday, police said.\n")
    (tmp_path / "x").mkdir()
    rep = report_of(tmp_path / "x", {"c.txt": c, "d.txt": d})
    assert _tolls(rep, "c")["injured"] == (4, 4)
    assert _toll_statuses(rep, "injured") == ["conflict"]


def test_dead_and_wounded_that_move_together_are_wounded_who_died(tmp_path):
    # 1 dead and 3 wounded against 3 dead and 1 wounded: the same four people hurt, two of
    # the wounded dead by the second report: an update, not a contradiction
    a = ("One dead, three wounded in Oakdale shooting\n\nOne man died and three other people were hurt in "
         "a shooting on Harmon Street in Oakdale late Saturday, police said.\n")
    b = ("Three dead in Oakdale shooting\n\nThree people were killed and one other was wounded in a shooting on "
         "Harmon Street in Oakdale late Saturday, police said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    got = {m: _toll_findings(rep, m) for m in ("killed", "injured")}
    assert all(len(fs) == 1 and fs[0]["status"] == "differ" and "wounded who died later" in fs[0]["reason"]
               for fs in got.values())
    # four hurt against five: no longer the same people, a conflict
    c = b.replace("one other was wounded", "two others were wounded")
    (tmp_path / "x").mkdir()
    rep = report_of(tmp_path / "x", {"a.txt": a, "c.txt": c})
    assert "conflict" in {f["status"] for f in _toll_findings(rep, "killed")}


def test_people_shot_and_no_death_against_a_later_death_are_wounded_who_died(tmp_path):
    # a first report counts three people shot and no death; a later one has two of them
    # dead and one wounded: the same three hurt, an update
    a = ("Three shot on Pell Avenue\n\nThree teenagers were shot on Pell Avenue in Oakdale early Wednesday, "
         "police said. Officers are searching for a gray sedan.\n")
    b = ("Two teens die after Pell Avenue shooting\n\nTwo teenagers shot on Pell Avenue in Oakdale early Wednesday "
         "have died, police said on Friday. One other teenager was wounded and is recovering.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _tolls(rep, "a")["injured"] == (3, 3) and "killed" not in _tolls(rep, "a")
    assert not [f for m in ("killed", "injured") for f in _toll_findings(rep, m) if f["status"] == "conflict"]
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "differ" and "wounded who died later" in f["reason"]
    # four shot in the first report: not the same people hurt, and no update is read
    c = a.replace("Three teenagers were shot", "Four teenagers were shot").replace("Three shot", "Four shot")
    (tmp_path / "x").mkdir()
    rep = report_of(tmp_path / "x", {"c.txt": c, "b.txt": b})
    assert _toll_statuses(rep, "injured") == ["conflict"]


def test_a_named_dead_man_and_the_wounded_against_people_shot_and_no_death(tmp_path):
    # 'Man dies days after shooting that wounded three more' names the one dead: with the
    # three wounded that is the four people another report counts shot, none dead yet
    a = ("Four shot in Oakdale\n\nFour people were shot outside a store on Harmon Street in "
         "Oakdale on Saturday night, police said.\n")
    b = ("Man dies days after Harmon Street shooting\n\nA 31-year-old man shot outside a store on Harmon Street "
         "in Oakdale on Saturday has died, police said. Three other people were wounded in the shooting.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _tolls(rep, "b")["injured"] == (3, 3)
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "differ" and "wounded who died later" in f["reason"]


def test_the_account_and_the_event_give_the_place_of_the_tolls_not_the_hospital(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Shooting in Toledo\n\nTwo men were killed in Toledo on Friday night, police said. "
                 "Three others were taken to Lakeview General Hospital with wounds.\n",
        "b.txt": "Two dead after Toledo shooting\n\nTwo people died at Lakeview General Hospital after a "
                 "shooting late Friday, and three were wounded, officers said.\n",
    })
    places = {a["source"]: a["place"] for a in rep["accounts"]}
    assert places["a"] == "Toledo"
    assert rep["event"]["place"] == "Toledo"


def test_a_place_that_ends_a_headline_keeps_no_line_break(tmp_path):
    # the recogniser takes the blank line after this headline into the entity
    rep = report_of(tmp_path, {
        "a.txt": "Teen dies after shooting in Cartersville\n\nThe teen was shot by an officer on Friday night "
                 "and died at a hospital, police said.\n",
        "b.txt": "Teen killed\n\nA teen died after an officer shot him on Friday, officials said.\n",
    })
    assert {a["source"]: a["place"] for a in rep["accounts"]}["a"] == "Cartersville"
    assert all("\n" not in ((c.get("scope") or {}).get("place") or "") for c in rep["claims"])


def test_a_hospital_or_a_sheriffs_office_is_not_the_accounts_place():
    def at(i: str, start: int, place: str) -> Claim:
        return replace(_q(i, start, Interval(2, 2, 2), None), scope=Scope(place=place))
    claims = [at("a", 0, "Mercy Medical Center"), at("b", 5, "Mercy Medical Center"), at("c", 9, "Dayton"),
              at("d", 12, "the Greene County Sheriff's Office")]
    assert account("s", claims).place == "Dayton"
    assert account("s", claims[:2]).place is None
    # a police agency by its initials is no scene either; a city's initials are
    agency = [at("e", 0, "DCPD"), at("f", 5, "DCPD"), at("g", 9, "MSP"), at("h", 12, "Dayton")]
    assert account("s", agency).place == "Dayton"
    assert account("s", [at("i", 0, "NYC")]).place == "NYC"
    # nor a title-case headline's words for the event itself
    assert account("s", [at("j", 0, "Accidental Shooting"), at("k", 5, "Dayton")]).place == "Dayton"


def test_wounded_in_one_source_and_dead_in_another_is_an_update_and_the_event_reads_the_dead(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Boy critically wounded in Dayton shooting\n\nA bullet struck a 12-year-old boy in the chest on "
                 "Harmon Avenue on Tuesday and was flown to Lakeview General in critical condition.\n",
        "b.txt": "Boy dies after Dayton shooting\n\nThe 12-year-old boy hit by a bullet on Harmon Avenue on Tuesday "
                 "has died, police said. Detectives have not named a suspect.\n",
    })
    assert _tolls(rep, "a").get("injured") == (1, 1) and "killed" not in _tolls(rep, "a")
    assert _tolls(rep, "b").get("killed") == (1, 1) and "injured" not in _tolls(rep, "b")
    moved = [f for f in _toll_findings(rep, "killed") if "wounded who died" in f["reason"]]
    assert [f["status"] for f in moved] == ["differ"] and moved[0]["reason"].startswith("Update")
    ev = rep["event"]["tolls"]
    assert (ev["killed"]["nominal"], ev["killed"]["how"]) == (1, "died later")
    assert (ev["injured"]["nominal"], ev["injured"]["how"]) == (0, "died later")


def test_a_named_victim_critical_in_one_source_and_dead_in_another_died_later(tmp_path):
    # the tolls cannot tell it (one wounded in each, the second outlet's a bystander; no
    # death count in the first): the person, named in full in both, can
    first = ("Man critically hurt in Brookfield shooting\n\nDarnell Oakes, 22, was shot on Maple Street in "
             "Brookfield on Tuesday night and remains in critical condition, police said.\n")
    later = ("Brookfield shooting victim dies\n\nDarnell Oakes, 22, died of his wounds at Brookfield General on "
             "Friday, police said. A woman walking by on Maple Street was wounded in the arm.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": later})
    assert "killed" not in _tolls(rep, "a") and _tolls(rep, "b").get("killed") == (1, 1)
    moved = [f for f in rep["findings"] if "wounded who died later" in f["reason"]]
    assert [(f["status"], f["kind"], f["measure"]) for f in moved] == [("differ", "person", "outcome")]
    assert moved[0]["reason"].startswith("Update: Darnell Oakes")
    # a first story that only says he was shot tells no survival: no finding
    (tmp_path / "shot").mkdir()
    shot = first.replace(" and remains in critical condition", "").replace("critically hurt", "shot")
    rep = report_of(tmp_path / "shot", {"a.txt": shot, "b.txt": later})
    assert not [f for f in rep["findings"] if "wounded who died later" in f["reason"]]


def test_two_different_people_wounded_and_dead_are_no_update(tmp_path):
    # one outlet tells of the wounded man only, the other of the dead one: each counts its
    # own, and the shot tolls (1 against 2) say they are not the same person
    rep = report_of(tmp_path, {
        "a.txt": "Man wounded in Dayton shooting\n\nA man took a bullet to the leg on Harmon Avenue on Tuesday, "
                 "police said. He is expected to survive.\n",
        "b.txt": "Two shot, one fatally, in Dayton\n\nTwo men were shot on Harmon Avenue on Tuesday and one of "
                 "them died, police said.\n",
    })
    assert not [f for f in rep["findings"] if "wounded who died" in f["reason"]]
    assert rep["event"]["tolls"].get("killed", {}).get("how") != "died later"


def test_an_arrest_record_is_no_arrest_in_this_event(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": "Man shot dead in Dayton\n\nA man was shot and killed on Harmon Avenue on Tuesday. Police said "
                 "the victim, who had 14 prior arrests, was known to officers. No arrests have been made.\n",
    })
    acc = rep["accounts"][0]
    assert acc["tolls"]["arrested"]["high"] == 0
    assert any(s["why"] == "a record" for s in acc["set_aside"])


def test_none_charged_with_the_killing_is_not_none_arrested(tmp_path):
    # the source tells an arrest on another charge; nobody charged in the death counts the
    # charged with the killing, not the arrested
    acc = report_of(tmp_path, {
        "a.txt": "Man held after deadly Dayton bar shooting\n\nDeputies arrested Tobias Renwick, 31, on Friday on a "
                 "gun charge after a man was shot dead outside a bar on Harmon Avenue. Nobody has yet been charged "
                 "in the man's death, a sergeant added.\n",
    })["accounts"][0]
    assert acc["tolls"].get("arrested", {}).get("high") != 0
    assert any(s["why"] == "not charged, but arrested" for s in acc["set_aside"])


def test_none_arrested_beside_a_past_arrest_stays_none(tmp_path):
    # 'no arrests' is about arrests: kept at none even where the page tells another arrest
    assert report_of(tmp_path, {
        "a.txt": "Man shot dead in Dayton\n\nA man was shot dead outside a bar on Harmon Avenue on Friday. "
                 "Officers made no arrests on the night. The bar's owner was arrested last year on a liquor charge.\n",
    })["accounts"][0]["tolls"]["arrested"]["high"] == 0


def test_sources_silent_on_the_wounded_do_not_outvote_two_that_count_one(tmp_path):
    dead = "Girl killed in Dayton shooting\n\nA gunman shot and killed a 9-year-old girl on Harmon Avenue on Tuesday.\n"
    rep = report_of(tmp_path, {
        "a.txt": dead, "b.txt": dead.replace("Tuesday", "Tuesday night"),
        "c.txt": dead.replace("9-year-old girl", "girl, 9,"),
        "d.txt": "One dead, one wounded in Dayton\n\nOne person died and one more was wounded when shots rang out on "
                 "Harmon Avenue on Tuesday, police said.\n",
        "e.txt": "Dayton shooting: girl dies, man hurt\n\nA girl died and one other person was injured when shots "
                 "were fired on Harmon Avenue, officers said.\n",
    })
    assert rep["event"]["tolls"]["injured"]["nominal"] == 1


def test_a_sentencing_story_silent_on_the_wounded_does_not_make_the_sources_disagree(tmp_path):
    # the first story counts two wounded beside the dead man; the sentencing, months on, tells
    # only the killing it was for: its silence is no 'none hurt'
    first = ("Teen held in Brookfield killing\n\nA 16-year-old was arrested on Friday in the shooting that killed "
             "Darnell Oakes, 22, on Maple Street in Brookfield. Two other men were wounded in the gunfire, "
             "police said.\n")
    later = ("Brookfield teen gets 30 years\n\nA judge sentenced Marcus Teague on Monday to 30 years in prison for "
             "killing Darnell Oakes, 22, on Maple Street in Brookfield.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": later})
    assert _tolls(rep, "a").get("injured") == (2, 2) and "injured" not in _tolls(rep, "b")
    injured = rep["event"]["tolls"]["injured"]
    assert (injured["low"], injured["high"]) == (2, 2) and injured["how"] != "range"


def test_several_people_each_a_year_older_in_one_source_are_reports_months_apart(tmp_path):
    first = ("Three charged in Brookfield shooting\n\nProsecutors charged Dwayne Carrow, 24, Lionel Petty, 31, "
             "and Reggie Amsel, 19, with attempted murder over the gunfire that wounded a man on Maple Street.\n")
    later = ("Three plead guilty in Brookfield shooting\n\nDwayne Carrow, 25, Lionel Petty, 32, and Reggie Amsel, 20, "
             "pleaded guilty on Monday to charges in the shooting of a man on Maple Street.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": later})
    ages = findings_of(rep, kind="person", measure="age")
    assert len(ages) == 3 and {f["status"] for f in ages} == {"agree"}
    assert all("months apart" in f["reason"] for f in ages)


def test_one_person_a_year_older_is_still_a_difference(tmp_path):
    first = ("Two charged in Brookfield shooting\n\nProsecutors charged Dwayne Carrow, 24, and Lionel Petty, 31, "
             "with attempted murder over the gunfire that wounded a man on Maple Street.\n")
    later = ("Two charged in Brookfield shooting\n\nDwayne Carrow, 25, and Lionel Petty, 31, were charged on Monday "
             "in the shooting of a man on Maple Street.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": later})
    ages = [(f["status"], f["reason"]) for f in rep["findings"] if f["kind"] == "person" and f["measure"] == "age"]
    assert [s for s, _ in ages] == ["differ"]


def test_a_year_older_at_the_verdict_than_at_the_arraignment_is_a_birthday(tmp_path):
    # no publication dates: the stories' own stages (an arraignment, then a verdict) put them
    # months apart, so one person a year older in the verdict story had a birthday
    first = ("Teen pleads not guilty in Brookfield killing\n\nTobias Renfrew, 17, was arraigned on Tuesday and "
             "pleaded not guilty to murdering a cashier on Maple Street in Brookfield.\n")
    later = ("Jury convicts Brookfield teen\n\nTobias Renfrew, 18, was found guilty on Thursday of murdering a "
             "cashier on Maple Street in Brookfield.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": later})
    ages = [(f["status"], f["reason"]) for f in rep["findings"] if f["kind"] == "person" and f["measure"] == "age"]
    assert [s for s, _ in ages] == ["agree"] and "birthday" in ages[0][1]
    # the verdict story giving the younger age is no birthday: still a difference
    (tmp_path / "swapped").mkdir()
    swapped = report_of(tmp_path / "swapped", {"a.txt": first.replace("17", "18"),
                                               "b.txt": later.replace("18", "17")})
    ages = [f["status"] for f in swapped["findings"] if f["kind"] == "person" and f["measure"] == "age"]
    assert ages == ["differ"]


def test_a_year_older_where_the_charge_is_told_as_last_seasons_is_a_birthday(tmp_path):
    # no dates, no verdict: the later story tells the charge as a season past ('last winter'),
    # so a suspect a year older there than in the story of the charge had a birthday
    first = ("Brookfield man charged in cashier's death\n\nProsecutors said Thursday that Osric Vandermeer, 26, is "
             "charged with murder over a cashier's killing on Maple Street in Brookfield.\n")
    later = ("Two more charged in Brookfield cashier's death\n\nTwo more men were charged on Monday in the death of "
             "a cashier on Maple Street in Brookfield. A first suspect, Osric Vandermeer, 27, was charged last winter "
             "with murder in the case.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": later})
    ages = [(f["status"], f["reason"]) for f in rep["findings"] if f["kind"] == "person" and f["measure"] == "age"]
    assert [s for s, _ in ages] == ["agree"] and "a season or more past" in ages[0][1]
    # told as last week's, the charge leaves too little time for a birthday: still a difference
    (tmp_path / "week").mkdir()
    week = report_of(tmp_path / "week", {"a.txt": first, "b.txt": later.replace("last winter", "last week")})
    ages = [f["status"] for f in week["findings"] if f["kind"] == "person" and f["measure"] == "age"]
    assert ages == ["differ"]


def test_two_years_older_at_the_sentence_than_at_the_charge_are_birthdays(tmp_path):
    # compare.CASE_YEARS: a case's end may come two years after the charge
    first = ("Brookfield man charged in cashier's death\n\nProsecutors said Thursday that Osric Vandermeer, 26, is "
             "charged with murder over a cashier's killing on Maple Street in Brookfield.\n")
    later = ("Brookfield man sentenced in cashier's death\n\nOsric Vandermeer, 28, was sentenced on Monday to life in "
             "prison for the killing of a cashier on Maple Street in Brookfield.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": later})
    ages = [f["status"] for f in rep["findings"] if f["kind"] == "person" and f["measure"] == "age"]
    assert ages == ["agree"]
    # three years more is not a birthday or two: still a difference
    (tmp_path / "three").mkdir()
    three = report_of(tmp_path / "three", {"a.txt": first, "b.txt": later.replace("28,", "29,")})
    assert [f["status"] for f in three["findings"] if f["kind"] == "person" and f["measure"] == "age"] == ["differ"]


def test_an_age_at_the_time_of_the_shooting_counts_as_the_nights(tmp_path):
    # a court story that gives the age as it was then ('at the time of the killing') tells it as of the night
    # (data/compare.json age_then): the plea story's higher age is a birthday
    then = ("Brookfield man sentenced in cashier's death\n\nOsric Vandermeer, 26 at the time of the killing, got "
            "a life sentence on Monday for the death of a cashier on Maple Street in Brookfield.\n")
    plea = ("Brookfield man pleads guilty in cashier's death\n\nOsric Vandermeer, 27, pleaded guilty on Monday to "
            "the killing of a cashier on Maple Street in Brookfield.\n")
    rep = report_of(tmp_path, {"a.txt": then, "b.txt": plea})
    ages = [f["status"] for f in rep["findings"] if f["kind"] == "person" and f["measure"] == "age"]
    assert ages == ["agree"]


def test_a_victim_found_later_makes_the_higher_toll_an_update(tmp_path, nlp):
    def rises(text):
        return [f["moment"] for f in nlp(text)._.facts if f["attr"] == "rise"]

    assert rises("Detectives later found a seventh victim behind the garage.") == ["rise"]
    assert rises("Police discovered the 11th victim while canvassing the block.") == ["rise"]
    assert rises("A further victim came forward on Tuesday, police said.") == ["rise"]
    assert rises("Police identified the second victim as Dana Whitlow.") == []  # naming one, not finding one
    assert rises("Another cousin was driven to a clinic in Tulsa.") == []
    assert rises("A fourth victim who had driven himself home was found by officers two days later.") == ["rise"]
    assert rises("The third victim was found in the kitchen.") == []  # the first count's own scene
    assert rises("A second victim was identified as Dana Whitlow later that day.") == []
    d = _folder(tmp_path, {
        "a.txt": "Ten wounded at Brookfield block party\n\nTen people were wounded when gunfire broke out at a block "
                 "party on Harmon Avenue in Brookfield on Saturday night, police said.\n",
        "b.txt": "Eleven wounded at Brookfield block party\n\nEleven people were wounded when gunfire broke out at a "
                 "block party on Harmon Avenue in Brookfield on Saturday night. Detectives later found an eleventh "
                 "victim, a woman who had driven herself to a clinic, police said.\n",
    })
    (f,) = _toll_findings(_report(d), "injured")
    assert f["status"] == "differ" and f["reason"].startswith("Update") and "own words tell the rise" in f["reason"]
    # without the later find, the same counts cannot both be right
    (tmp_path / "x").mkdir()
    later = (d / "b.txt").read_text().replace(" Detectives later found an eleventh victim, a woman who had driven "
                                              "herself to a clinic, police said.", "")
    assert _toll_findings(report_of(tmp_path / "x", {"a.txt": (d / "a.txt").read_text(), "b.txt": later}), "injured")[0]["status"] == "conflict"


def test_people_shot_told_apart_as_wounded_are_one_conflict_not_two(tmp_path):
    # no one died: 'four shot' and 'three shot' are four and three wounded, one disagreement
    rep = report_of(tmp_path, {
        "a.txt": "Four people shot in Brookfield" + BODY + "Four people were shot on Maple Street.\n",
        "b.txt": "Three shot in Brookfield" + BODY_B + "Three people were shot near the Riverside center.\n",
    })
    assert _toll_statuses(rep, "injured") == ["conflict"]
    assert _toll_findings(rep, "shot") == []


def test_a_shot_count_its_own_dead_and_wounded_contradict_is_no_conflict_on_people_shot(tmp_path):
    # b repeats a first post's 'more than a dozen' but counts 1 dead and 11 wounded itself:
    # twelve hit, as a says
    rep = report_of(tmp_path, {
        "a.txt": "12 people shot in Brookfield" + BODY + "In all, 12 people were shot, and one of them died.\n",
        "b.txt": "One killed, 11 injured in Brookfield shooting" + BODY_B
                 + "One woman was killed and 11 other people were injured. An ambulance crew posted "
                   "overnight that more than a dozen people had been shot.\n",
    })
    assert _tolls(rep, "b")["shot"][0] >= 13
    assert _toll_statuses(rep, "killed") == ["agree"]
    assert _toll_statuses(rep, "injured") == ["agree"]
    (f,) = _toll_findings(rep, "shot")
    assert f["status"] == "agree" and "also counts 1 dead and 11 wounded" in f["reason"]


def test_a_lower_toll_whose_own_source_also_counts_the_higher_is_a_part(tmp_path):
    # a gives the two killed in the yard first, then the four dead in all, as b does: no
    # conflict; where the higher toll's source is the one that also gives the lower
    # figure, the conflict stays (a changed count whose old figure lingers elsewhere)
    rep = report_of(tmp_path, {
        "a.txt": "Shooting on Maple Street in Brookfield" + BODY
                 + "Two men were killed in the front yard. In all, four people were killed, police said.\n",
        "b.txt": "Four killed in Brookfield shooting" + BODY_B,
    })
    assert _tolls(rep, "a")["killed"] == (2, 2)
    (f,) = _toll_findings(rep, "killed")
    assert f["status"] == "agree" and "is a part" in f["reason"]
    (tmp_path / "more").mkdir()
    (f,) = _toll_findings(report_of(tmp_path / "more", {
        "a.txt": "Shooting on Maple Street in Brookfield" + BODY
                 + "Four men were killed in the front yard. Two people died at the scene, police said.\n",
        "b.txt": "Two killed in Brookfield shooting" + BODY_B,
    }), "killed")
    assert f["status"] == "conflict" and "also gives" in f["reason"]


def test_an_agreement_by_a_figure_given_elsewhere_quotes_that_sources_own_words(tmp_path):
    # a's toll is a vague 'multiple'; it also gives b's count, in words of its own ('3'):
    # the reason quotes a's words, not b's
    (f,) = _toll_findings(report_of(tmp_path, {
        "a.txt": "Shooting on Maple Street in Brookfield" + BODY
                 + "Multiple people were wounded, police said. 3 men were taken to Mercy Hospital with gunshot wounds.\n",
        "b.txt": "Three wounded in Brookfield shooting" + BODY_B,
    }), "injured")
    assert f["status"] == "agree"
    # the figures, then why they agree: not '... gives ('Multiple' (≥ 2) (a.txt) vs ...)' (look60)
    assert f["reason"].startswith("'Multiple' (≥ 2) (a.txt) vs 'Three' (3) (b.txt): a.txt also gives '3', the figure b.txt gives."), f


def test_people_who_fled_a_scene_are_no_displaced_toll():
    ran = _q("f", 0, Interval(3, 3, 3), None, "Three masked men fled on foot after the shots", measure="displaced")
    acc = account("s", [ran])
    assert acc.toll("displaced") is None and acc.set_aside == (("f", "fled the scene"),)
    # people who fled their homes in an evacuation are displaced
    homes = _q("h", 0, Interval(40, 40, 40), None, "Forty residents fled to an evacuation shelter",
               measure="displaced")
    assert account("s", [homes]).toll("displaced").claims[0] == "h"


def test_a_count_followed_by_one_more_dead_in_its_paragraph_yields_to_the_whole(tmp_path):
    # a's first count (the two girls) is a part: the father follows in the same paragraph and
    # the lead gives all three dead; it is compared as three, with three's own words
    rep = report_of(tmp_path, {
        "a.txt": "Shooting at Brookfield apartment\n\nOfficers found two teenage girls dead in a bedroom on Maple "
                 "Street in Brookfield. They also found the father, Brian Oakes, who was dead.\n\n"
                 "Three people died, police said.\n",
        "b.txt": "Six dead in Brookfield apartment shooting" + BODY_B,
    })
    assert _tolls(rep, "a")["killed"] == (2, 2)  # the account as read: its first figure
    (f,) = _toll_findings(rep, "killed")
    assert f["status"] == "conflict" and "gives 'Three' (3)" in f["reason"]


def _arrested(text: str, noun: str | None = None, figure: str = "eight", n: int = 8) -> Claim:
    start = text.find(figure)
    return Claim(id="x", source="s", path="p", kind="quantity", start=start, end=start + len(figure), text=figure,
                 sentence=text, line=3, value=Interval(n, n, n), measure="arrested", noun=noun)


def test_an_arrest_count_of_the_others_counts_one_more():
    # 'the other eight' beside one already counted, 'seven other suspects' beside the eighth
    c = _arrested("The driver was held at the scene; the other eight people in the car were detained.", "people")
    assert account("s", [c]).toll("arrested").value == Interval(9, 9, 9)
    c = _arrested("Detectives arrested seven other suspects on Friday.", "other suspects", "seven", 7)
    assert account("s", [c]).toll("arrested").value == Interval(8, 8, 8)
    c = _arrested("Detectives arrested eight people in the car on Friday.", "people")
    assert account("s", [c]).toll("arrested").value == Interval(8, 8, 8)


def test_a_gunman_in_the_higher_count_explains_it_before_wounded_who_died(tmp_path):
    # three dead with the gunman against two dead: the dead and wounded also move together
    # (2 + 3 against 3 + 2), but the higher count's own source says the gunman is among them
    a = ("3 dead, including gunman, in Brookfield shooting\n\nThe shooting happened shortly after 9 p.m. on "
         "Maple Street in Brookfield, police said. The dead, three in all, include the gunman. Two passengers "
         "in his car were wounded. The gunman was shot and killed by officers.\n")
    b = ("Two killed, three hurt in Brookfield shooting\n\nBrookfield police were called to Maple Street around "
         "9 oclock Saturday evening. A gunman killed two and wounded three more people before officers stopped "
         "him, Detective Alan Whitcombe said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _tolls(rep, "a")["killed"] == (3, 3) and _tolls(rep, "b")["killed"] == (2, 2)
    (f,) = _toll_findings(rep, "killed")
    assert f["status"] == "agree" and "gunman" in f["reason"]


def test_a_group_the_higher_source_also_counts_is_a_part(tmp_path):
    # a first post counts two women hit; the later story counts three hurt and names the two
    # women among them (and a boy): the two are a part of the three, not a rival total
    a = ("2 Women Shot Near Brookfield Park\n\nTwo women were shot near Brookfield Park on Friday night, "
         "police said. Both were taken to a hospital.\n")
    b = ("Three hurt in Brookfield Park shooting\n\nThree people were hurt when gunfire broke out near "
         "Brookfield Park on Friday night, police said. Two women were wounded, and a boy was grazed by a "
         "fragment, Detective Alan Whitcombe said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _tolls(rep, "a")["injured"] == (2, 2) and _tolls(rep, "b")["injured"] == (3, 3)
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "differ" and "a part, not a rival total" in f["reason"]


def test_a_plain_count_the_higher_source_also_gives_still_conflicts(tmp_path):
    # the same pair with no group noun: the higher source's own 'two' elsewhere is no part
    a = ("2 Shot Near Brookfield Park\n\nTwo people were shot near Brookfield Park on Friday night, "
         "police said. Both were taken to a hospital.\n")
    b = ("Five hurt in Brookfield Park shooting\n\nFive people were hurt when gunfire broke out near "
         "Brookfield Park on Friday night, police said. Two people were wounded, Detective Alan Whitcombe said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    fs = _toll_findings(rep, "injured")
    assert fs and fs[0]["status"] == "conflict", fs


@pytest.mark.xfail(strict=True, reason="the others-part rule was taken out in session 19: its readings of "
                   "'others' also took 'two killed and four others wounded' (others beside the dead) and "
                   "a misread count of others in hospital beside the dead as parts, and hid planted rival tolls")
def test_a_count_the_higher_source_gives_as_others_is_a_part(tmp_path):
    # wrong27 (issue 13): one outlet counts two deputies and three others hurt, six in all;
    # another tells only the three neighbours hurt: the same three, a part, no conflict
    a = ("Six hurt in Brookfield shooting\n\nA gunman opened fire on Maple Street in Brookfield on Friday "
         "night, police said. Two deputies were wounded and three others were hurt. A fourth man was grazed.\n")
    b = ("Gunman wounds neighbours in Brookfield\n\nA gunman walked down Maple Street in Brookfield on Friday "
         "night and fired at houses, wounding three people, Detective Alan Whitcombe said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _tolls(rep, "a")["injured"] == (6, 6) and _tolls(rep, "b")["injured"] == (3, 3)
    fs = _toll_findings(rep, "injured")
    assert fs and fs[0]["status"] == "agree" and "as others beside people" in fs[0]["reason"], fs


def test_others_beside_the_dead_are_all_the_wounded_not_a_part(tmp_path):
    # 'two killed and four others wounded': the others are beside the dead, and four is the
    # whole of the wounded; another outlet's seven wounded is a rival total (session 19: the
    # others-part rule had called planted rival tolls agreeing on seed 1)
    a = ("2 dead, 4 wounded in Brookfield shooting\n\nGunfire on Maple Street left two people dead "
         "in Brookfield on Friday night, police said. Four others were also shot and badly hurt.\n")
    b = ("Brookfield shooting kills 2, wounds 4\n\nA gunman killed two teenagers and wounded four other "
         "people on Maple Street in Brookfield on Friday night, Detective Alan Whitcombe said.\n")
    c = ("Brookfield shooting kills 2, injures 7\n\nTwo people died in a shooting on Maple Street in "
         "Brookfield on Friday night, police said. Seven other people were injured.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b, "c.txt": c})
    assert _tolls(rep, "a")["injured"] == (4, 4) and _tolls(rep, "c")["injured"] == (7, 7)
    fs = _toll_findings(rep, "injured")
    assert fs and fs[0]["status"] == "conflict", fs


def test_an_arrest_count_of_others_is_no_part_of_a_later_total(tmp_path):
    # wrong27: 'three other men were held' beside a fourth man held now tells an
    # arrest count that rose, not a part: the two outlets still differ
    a = ("Three held in Brookfield killing" + BODY + "Three men were arrested in the killing on Maple Street.\n")
    b = ("Fourth man charged in Brookfield killing" + BODY_C + "A fourth man was arrested on Monday. Three other "
         "men were arrested last week.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    fs = _toll_findings(rep, "arrested")
    assert fs and fs[0]["status"] == "differ" and "others beside" not in fs[0]["reason"], (_tolls(rep, "a"), _tolls(rep, "b"), fs)


def test_a_body_count_of_others_under_the_headline_is_no_contradiction(tmp_path):
    # wrong27 (issue 13): the body first counts the others beside officers it tells apart:
    # a part of the headline's six, not a text at odds with its headline
    rep = report_of(tmp_path, {"a.txt": "Six injured in Brookfield shooting" + BODY
                               + "Three other residents were wounded in the gunfire. Two officers and a second "
                               "gunman were also hurt.\n"})
    assert not findings_of(rep, status="inconsistent")
    (tmp_path / "plain").mkdir()
    assert [f for f in report_of(tmp_path / "plain", {"a.txt": "Six injured in Brookfield shooting" + BODY
                                                      + "Three residents were wounded in the gunfire.\n"})["findings"] if f["status"] == "inconsistent"]


def test_a_source_that_counts_people_shot_and_its_dead_has_the_rest_wounded():
    dead = _q("k", 0, Interval(1, 1, None), "at least (named)", "a man")
    shot = replace(_q("s", 2, Interval(4, 4, 4), None, "four", measure="shot"), noun="people")
    acc = account("s", [dead, shot])
    assert acc.toll("injured").value == Interval(3, 3, 3) and acc.toll("injured").how == "derived"
    assert acc.toll("injured").claims == ("s", "k")
    # the dead are all those shot: no one wounded; a wounded count given stays the source's own
    assert account("s", [dead, replace(shot, value=Interval(1, 1, 1))]).toll("injured") is None
    hurt = _q("w", 4, Interval(2, 2, 2), None, "two", measure="injured")
    assert account("s", [dead, shot, hurt]).toll("injured").claims == ("w",)
    # a word alone ('several people were shot') counts no one
    assert account("s", [dead, replace(shot, value=Interval(None, 3, 9), hedge="several")]).toll("injured") is None
    # a figure with no people to it ('shot two or three times'), a death told only further down
    assert account("s", [dead, replace(shot, noun=None)]).toll("injured") is None
    assert account("s", [replace(dead, start=9, line=10), shot]).toll("injured") is None


def test_a_name_and_others_shot_where_the_name_died_leaves_the_others_wounded():
    dead = replace(_q("k", 0, Interval(1, 1, None), "at least", "fatal shooting"),
                   sentence="Detectives are looking into the fatal shooting of Omar Quill near the depot.")
    shot = replace(_q("s", 3, Interval(5, 5, 5), "sum: 1 + 4", "Quill and four others", measure="shot"),
                   sentence="Bullets hit Quill and four others outside the depot.")
    acc = account("s", [dead, shot])
    assert acc.toll("injured").value == Interval(4, 4, 4) and acc.toll("injured").how == "derived"
    # a name no death claim tells of, or two dead, leave the wounded untold
    other = replace(dead, sentence="Detectives are looking into a fatal shooting near the depot.")
    assert account("s", [other, shot]).toll("injured") is None
    assert account("s", [replace(dead, value=Interval(2, 2, 2)), shot]).toll("injured") is None


def test_the_others_of_the_people_shot_are_wounded_end_to_end(tmp_path):
    assert _tolls(report_of(tmp_path, {"a.txt": "Victim in Brookfield bar shooting was a barber\n\n"
                                       "Police have named the man shot to death outside a Brookfield bar early "
                                       "Sunday.\n\nKevin Marsh, 24, was one of four people shot during an argument at the bar. "
                                       "The others had wounds that were not life-threatening, Detective Alan Whitcombe said.\n"}), "a") == {"killed": (1, 1), "injured": (3, 3), "shot": (4, 4)}


def test_a_headline_that_drops_its_leads_hedge_differs_rather_than_conflicts(tmp_path):
    # '1 dead, 2 hurt' over 'at least two people were hurt', against a later story's five shot
    # with one dead: an early count, which the lead itself leaves open
    early = ("1 dead, 2 hurt in Dunmore tavern shooting\n\nOne man died and at least two people were hurt when "
             "gunfire broke out inside a Dunmore tavern early Saturday, police said. The wounded were treated "
             "at a hospital for injuries that are not thought to be life-threatening.\n")
    later = ("Five shot at Dunmore tavern\n\nFive people were shot inside a Dunmore tavern early Saturday, and one "
             "of them, a man of 33, died before help arrived, police said on Monday.\n")
    rep = report_of(tmp_path, {"a.txt": early, "b.txt": later})
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "differ" and "at least" in f["reason"]


def test_a_count_told_with_also_is_a_part_of_the_wounded(tmp_path):
    # b's headline counts two campus guards 'also wounded': more people beside others, a part
    # of the five a counts, not a rival total; an 'also' count above the other's total still
    # conflicts (data/compare.json part_cues)
    a = ("Five hurt in Brookfield rally shooting\n\nFive people were wounded when a gunman fired on a rally "
         "on Maple Street in Brookfield on Friday night, police said. Detective Alan Whitcombe said the gunman "
         "fled in a gray van.\n")
    b = ("{n} campus guards also wounded in Brookfield rally shooting\n\n{n} guards from Riverside College were "
         "hurt while they held the door of the hall on Maple Street in Brookfield on Friday night, the college "
         "said. Detective Alan Whitcombe said the gunman fled in a gray van.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b.format(n="Two")})
    assert _tolls(rep, "b")["injured"] == (2, 2)  # the account keeps its figure
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "agree", f["reason"]
    (tmp_path / "more").mkdir()
    (f,) = _toll_findings(report_of(tmp_path / "more", {"a.txt": a.replace("Five", "Two"), "b.txt": b.format(n="Four")}), "injured")
    assert f["status"] == "conflict", f["reason"]


def test_a_roundups_scene_is_a_part_not_a_rival_total(tmp_path):
    # a's headline counts two separate shootings (a roundup, set aside): its toll is read
    # from one scene ('one person was killed' on Elm Road), a part of what it reports
    a = ("2 killed, 4 hurt in Brookfield weekend shootings\n\nTwo people were killed and four wounded in "
         "separate shootings across Brookfield on Saturday night, police said. In the first, on Maple Street, "
         "three men were shot and one of them died. In the second, on Elm Road, one person was killed, "
         "Detective Alan Whitcombe said.\n")
    b = ("Two dead in Brookfield shooting\n\nTwo people were killed and three wounded in a shooting on Maple "
         "Street in Brookfield on Saturday night, Detective Alan Whitcombe said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _tolls(rep, "a")["killed"] == (1, 1)
    assert _toll_statuses(rep, "killed") == ["agree"]


def test_a_higher_toll_told_at_a_later_stage_of_the_case_is_an_update(tmp_path):
    # the first night's 'triple shooting' against an indictment's and a plea's four wounded:
    # the count rose between the reports (data/compare.json later_stage); the same stories
    # without the court's words conflict, and so does one later story alone with its four
    a = ("Brookfield police look into triple shooting\n\nPolice are investigating a triple shooting on Maple "
         "Street in Brookfield on Friday night that wounded a father and his two sons, Detective Alan Whitcombe "
         "said.\n")
    b = ("Two men indicted in Brookfield shooting\n\nAccording to the indictment unsealed on Monday, the two men "
         "shot four members of a family on Maple Street in Brookfield. Detective Alan Whitcombe said all four "
         "survived.\n")
    c = ("Second man admits Brookfield shooting\n\nA second man pleaded guilty on Thursday to his part in the "
         "attack that left four relatives wounded on Maple Street in Brookfield, Detective Alan Whitcombe said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b, "c.txt": c})
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "differ" and f["reason"].startswith("Update:") and "later stage" in f["reason"]
    plain = {"a.txt": a, "b.txt": b.replace("According to the indictment unsealed on Monday, the", "Police said the"),
             "c.txt": c.replace("pleaded guilty on Thursday to his part in", "was arrested on Thursday in")}
    for name, files in (("plain", plain), ("alone", {"a.txt": a, "b.txt": b})):
        (tmp_path / name).mkdir()
        (f,) = _toll_findings(report_of(tmp_path / name, files), "injured")
        assert f["status"] == "conflict", (name, f["reason"])


def test_a_group_counted_inside_the_other_sources_sum_is_a_part(tmp_path):
    # 'Three children slain' against 'his wife and three children ... before he shot
    # himself' (five): the children are a group inside the other's sum, a part
    a = ("Three children mourned in Brookfield\n\nThree children slain by their father at the family home last "
         "week were remembered at a service in Brookfield on Saturday. Detective Alan Whitcombe said the family "
         "lived on Maple Street.\n")
    b = ("Brookfield father kills family\n\nPolice believe Brian Oakes killed his wife and three children at "
         "their home on Maple Street before he shot himself, Detective Alan Whitcombe said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _tolls(rep, "a")["killed"] == (3, 3) and _tolls(rep, "b")["killed"] == (5, 5)
    (f,) = _toll_findings(rep, "killed")
    assert f["status"] == "differ" and "a part, not a rival total" in f["reason"]


def test_wounded_worked_out_from_a_list_of_people_shot_is_a_part():
    # b lists two of the people it says were hit ('hitting the cousins, their aunt and a
    # neighbour', read as two, no death told): the wounded worked out from the list is a
    # part too, and does not contradict a's four
    said = "He fired 20 times, hitting the cousins, their aunt and a neighbour."
    shot = replace(_q("b1", 0, Interval(2, 2, 2), "enumeration", "their aunt and a neighbour", "shot"),
                   source="b", sentence=said)
    hurt = replace(shot, id="b2", measure="injured", hedge="derived: shot, no death reported")
    four = replace(_q("a1", 0, Interval(4, 4, 4), None, "four", "injured"), source="a",
                   sentence="A gunman wounded four people.")
    claims = {c.id: c for c in (shot, hurt, four)}
    accs = [account("a", [four]), account("b", [shot, hurt])]
    (f,) = [f for f in toll_findings(accs, claims, {"a": "a", "b": "b"}, {}) if f.measure == "injured"]
    assert f.status == "agree", f.reason


def test_wounded_fewer_than_the_sources_own_shot_less_dead_are_some_of_them(tmp_path):
    # a counts five shot (and, on another day, one man killed) but only 'three others'
    # wounded and taken away: its wounded count is below its own five shot less one dead, some of the
    # wounded, and does not contradict b's five
    a = ("Five shot on Maple Street in Brookfield\n\nA gunman fired at a group on Maple Street in Brookfield on "
         "Tuesday afternoon, police said. Medics cared for one man on the sidewalk, and three others were wounded "
         "and went to hospitals by ambulance. Another walked into a clinic later.\n\nA man was killed on Elm Road "
         "on Friday in a separate attack.\n")
    b = ("Five wounded in Brookfield shooting\n\nFive people were wounded when a gunman fired at a group on Maple "
         "Street in Brookfield on Tuesday afternoon, Detective Alan Whitcombe said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _tolls(rep, "a")["injured"] == (3, 3) and _tolls(rep, "a")["shot"] == (5, 5)
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "agree", f["reason"]


def test_three_or_more_separate_scenes_or_a_violent_night_headline_is_a_roundup():
    # data/compare.json roundup_cues (session 16, conf24, written on the odd half of gva-dev)
    said = "Two people died and six were wounded at three separate grim scenes across Brookfield on Saturday"
    assert is_roundup(_q("r", 4, Interval(6, 6, 6), None, said, "injured"))
    # two scenes are as often one shooting's (a victim who ran a block before he fell)
    one = "Two men were wounded at two separate scenes after the shooting on Maple Street"
    assert not is_roundup(_q("e", 4, Interval(2, 2, 2), None, one, "injured"))
    head = "Violent night in Brookfield leaves nine shot, two stabbed"
    assert is_roundup(_q("h", 0, Interval(9, 9, 9), None, head, "shot"))
    assert not is_roundup(_q("b", 4, Interval(9, 9, 9), None, head, "shot"))  # a headline's cue only


def test_deaths_counted_as_separate_cases_are_a_roundup():
    # data/compare.json roundup_cues _cases_example (session 28): a force counting the deaths
    # as separate cases, homicides or killings tells several incidents
    said = "Four people were killed on Saturday, and Dunmore police are treating them as three separate homicide cases"
    assert is_roundup(_q("r", 4, Interval(4, 4, 4), None, said, "killed"))
    killings = "Six people died in two unrelated killings across Dunmore overnight"
    assert is_roundup(_q("k", 4, Interval(6, 6, 6), None, killings, "killed"))
    # one case, cases without a count, or a suspect's separate cases (his record) stay the event's
    one = "Four people were killed in the case police call the worst in Dunmore's history"
    assert not is_roundup(_q("o", 4, Interval(4, 4, 4), None, one, "killed"))
    court = "Four people were killed, and the suspect faces separate cases in two counties"
    assert not is_roundup(_q("c", 4, Interval(4, 4, 4), None, court, "killed"))
    record = "Two people were killed by a man already awaiting trial in two separate cases"
    assert not is_roundup(_q("b", 4, Interval(2, 2, 2), None, record, "killed"))


def test_a_count_told_along_with_others_is_a_part_of_the_dead(tmp_path):
    # b's 'Two sisters were killed, along with a cousin and a neighbour' counts two of the
    # dead beside others (data/compare.json part_cues sentence), no rival to a's four
    a = ("Four dead in Brookfield shooting" + BODY + "Four people were killed in the attack, Whitcombe said.\n")
    b = ("Brookfield family in mourning\n\n{n} sisters were killed on Maple Street in Brookfield on Friday night, "
         "along with a cousin and a neighbour, Detective Alan Whitcombe said. The gunman fled in a gray van.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b.format(n="Two")})
    assert _toll_statuses(rep, "killed") != ["conflict"]
    (tmp_path / "more").mkdir()  # a part above the other's total still conflicts
    more = report_of(tmp_path / "more", {"a.txt": a, "b.txt": b.format(n="Six")})
    assert _toll_statuses(more, "killed") == ["conflict"]


def test_a_count_of_a_named_persons_group_is_a_part_of_the_dead(tmp_path):
    # 'Three of Ana Ruiz's sons were killed': a part of a group (data/compare.json
    # partitive_words possessive), no rival to a's five dead
    a = ("Five dead in Brookfield shooting" + BODY + "Five people were killed in the attack, Whitcombe said.\n")
    b = ("Brookfield family in mourning\n\nThree of Ana Ruiz's sons were killed on Maple Street in Brookfield on "
         "Friday night, Detective Alan Whitcombe said. The gunman fled in a gray van.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _toll_statuses(rep, "killed") != ["conflict"]
    (tmp_path / "plain").mkdir()  # the same count without the group conflicts
    plain = report_of(tmp_path / "plain", {"a.txt": a, "b.txt": b.replace("Three of Ana Ruiz's sons", "Three men")})
    assert _toll_statuses(plain, "killed") == ["conflict"]


def test_a_headline_count_after_people_hurt_it_lists_is_a_part_of_the_wounded(tmp_path):
    # b's headline 'Man grazed, woman hit by debris, 2 teens hurt': the two are one item of
    # a list of the wounded (data/compare.json headline_listed_hurt), no rival to a's four
    a = ("Four wounded in Brookfield shooting" + BODY + "Four people were wounded in the attack, Whitcombe said.\n")
    b = ("Man grazed, woman hit by debris, {n} teens hurt in Brookfield drive-by\n\nThe shots rang out on Maple "
         "Street in Brookfield on Friday night, Detective Alan Whitcombe said. The gunman fled in a gray van.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b.format(n="2")})
    assert _toll_statuses(rep, "injured") != ["conflict"]
    (tmp_path / "dead").mkdir()  # after a death the count is the wounded's own: it conflicts
    dead = report_of(tmp_path / "dead", {"a.txt": a, "b.txt": b.format(n="2").replace("Man grazed, woman hit by debris", "Man shot dead")})
    assert _toll_statuses(dead, "injured") == ["conflict"]


def test_people_hurt_in_shootings_told_by_their_day_are_a_roundup_end_to_end(tmp_path):
    rep = report_of(tmp_path, {"a.txt": "Man wounded outside Brookfield bar" + BODY
                               + "A man was wounded in the leg outside a bar on Maple Street.\n\n"
                                 "Across town, four people were killed and nine hurt in Saturday night shootings "
                                 "on the West Side, police said.\n"})
    assert _tolls(rep, "a") == {"injured": (1, 1)}
    assert {x["why"] for x in rep["accounts"][0]["set_aside"]} == {"roundup"}


def test_a_quoted_and_credited_old_headline_is_kept_out_of_the_account(tmp_path):
    # wrong27 (issue 13): a page of famous crime headlines, each quoted in title case and
    # credited after a dash; its figures and charges are those old stories', not the event's
    rep = report_of(tmp_path, {"a.txt": "Four shot dead in Brookfield basement" + BODY
                               + "Four adults were found shot in a basement on Maple Street.\n\n"
                                 "\u201cDover Father Charged with Killing His 6 Sons\u201d \u2014Dover Gazette\n\n"
                                 "\u201cNine People Killed at County Fair\u201d -Brookfield Star\n"})
    assert _tolls(rep, "a")["killed"] == (4, 4)
    assert {x["why"] for x in rep["accounts"][0]["set_aside"]} == {"roundup"}
    assert not rep["accounts"][0]["custody"]
    # a speaker's words quoted with a dash credit are no headline: still the event's
    (tmp_path / "quote").mkdir()
    assert _tolls(report_of(tmp_path / "quote", {"a.txt": "Shooting in Brookfield" + BODY
                                                 + "\u201cSeven people were shot tonight,\u201d \u2014 Chief Ann Lee\n"}), "a").get("injured") == (7, 7)


def test_people_hurt_over_a_stretch_of_hours_are_a_roundup_end_to_end(tmp_path):
    rep = report_of(tmp_path, {"a.txt": "Police look into gunfire near Brookfield bar" + BODY
                               + "Nine people were hurt over a ten-hour stretch on Saturday night, police said.\n\n"
                                 "A man was wounded in the leg outside a bar on Maple Street.\n"})
    assert _tolls(rep, "a") == {"injured": (1, 1)}


def test_a_fatal_shooting_told_far_below_a_lead_with_no_death_is_another_case_recalled(tmp_path):
    recalled = ("Two men were wounded outside a bar on Maple Street, police said.\n\n"
                "Both were taken to a hospital and were expected to recover.\n\n"
                "The bar has seen trouble before. Other shootings there include a fatal shooting on its patio.\n")
    rep = report_of(tmp_path, {"a.txt": "Two men wounded outside Brookfield bar" + BODY + recalled,
                               "b.txt": "Man charged in fatal shooting outside Brookfield bar" + BODY_B})
    assert _tolls(rep, "a") == {"injured": (2, 2)}
    assert [x["why"] for x in rep["accounts"][0]["set_aside"]] == ["recalled"]
    # told in the lead it is the event's own death: at least one
    assert _tolls(rep, "b").get("killed") == (1, None)


def test_a_headline_figure_a_roundup_of_the_body_gives_as_at_least_heads_that_roundup(tmp_path):
    rep = report_of(tmp_path, {"a.txt": "2 dead, 9 wounded, including a boy on a bike" + BODY
                               + "Two people were killed and at least nine others were wounded in Saturday night shootings "
                                 "on the West Side, police said.\n\n"
                                 "Officers found three people wounded outside a bar on Maple Street.\n"})
    assert _tolls(rep, "a")["injured"] == (3, 3)
    assert not findings_of(rep, status="inconsistent")


def test_one_person_in_a_headline_is_no_roundups_headline_for_its_lower_bound():
    # 'Boy dies in accidental shooting' over 'at least the fourth such death in the county this year'
    boy = _q("h", 0, Interval(1, 1, 1), "singular", "Boy dies in accidental shooting")
    stat = _q("r", 8, Interval(1, 1, None), "at least (named)", "at least the fourth such death in the county this year")
    assert account("s", [boy, stat]).toll("killed").claims[0] == "h"
    # a count in the headline with the roundup's lower bound heads it ('One dead' over 'a man ... in four separate')
    one = _q("c", 0, Interval(1, 1, 1), None, "One dead, seven hurt")
    many = _q("m", 8, Interval(1, 1, None), "at least (named)", "a man killed in four separate shootings overnight")
    assert ("c", "roundup") in account("s", [one, many]).set_aside


def test_a_wounded_count_that_is_the_others_dead_and_wounded_together_is_no_conflict(tmp_path):
    # b's 'four people with gunshot wounds', one of whom died, counts everyone hit: a's one
    # dead and three wounded make four (session 17, conf25, written on the odd half)
    a = ("One dead, three hurt in Brookfield shooting" + BODY
         + "A cook died at the scene, and three diners were hurt, Whitcombe said.\n")
    b = ("Man dies after Brookfield shooting\n\nDeputies reached Maple Street in Brookfield around 9 o'clock "
         "Saturday evening and found {n} people with gunshot wounds. One of them, Carl Dunn, 30, died at a "
         "hospital, Detective Alan Whitcombe said.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b.format(n="four")})
    # b's own account now reads its wounded as the four found less the one who died
    # (session 24, injured32: accounts._found_shot), which agrees with a
    assert _tolls(rep, "b")["injured"] == (3, 3) and _tolls(rep, "b")["killed"] == (1, 1)
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "agree"
    (tmp_path / "more").mkdir()  # five is no sum of a's: it still conflicts
    (f,) = _toll_findings(report_of(tmp_path / "more", {"a.txt": a, "b.txt": b.format(n="five")}), "injured")
    assert f["status"] == "conflict"
    # the dead told in the same sentence are apart from the count: it still conflicts
    apart = b.replace("with gunshot wounds. One of them", "with gunshot wounds and one man dead. He")
    (tmp_path / "apart").mkdir()
    rep = report_of(tmp_path / "apart", {"a.txt": a, "b.txt": apart.format(n="four")})
    assert _toll_statuses(rep, "injured") == ["conflict"]


def test_people_shot_against_fewer_hurt_where_an_outlet_tells_both_figures_is_no_conflict(tmp_path):
    # a's 'shot four people' (no death told, read as four wounded) against b's three hurt,
    # where c tells four shot at and three struck: one was missed (conf28b)
    a = ("Gunman shoots four on Maple Street" + BODY + "A man shot four people after a fight early Sunday, "
         "Whitcombe said.\n")
    b = ("3 hurt in Brookfield shooting" + BODY_B + "Three people were injured, Whitcombe said.\n")
    c = ("Brookfield police seek gunman" + BODY_C + "Detectives want help finding whoever opened fire and shot "
         "four people on Sunday, officers said.{hit}\n")
    hit = " He fired five rounds, striking three men in their legs, police said."
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b, "c.txt": c.format(hit=hit)})
    assert _tolls(rep, "a")["injured"] == (4, 4) and _tolls(rep, "b")["injured"] == (3, 3)
    assert _toll_statuses(rep, "injured") == ["differ"]
    assert "people shot at may be more than people hit" in _toll_findings(rep, "injured")[0]["reason"]
    (tmp_path / "one").mkdir()  # no outlet tells three struck: it still conflicts
    rep = report_of(tmp_path / "one", {"a.txt": a, "b.txt": b, "c.txt": c.format(hit="")})
    assert _toll_statuses(rep, "injured") == ["conflict"]
    (tmp_path / "alone").mkdir()  # c's four alone (as a planted change would be): it still conflicts
    rep = report_of(tmp_path / "alone", {"b.txt": b, "c.txt": c.format(hit=hit)})
    assert _toll_statuses(rep, "injured") == ["conflict"]


def test_a_count_that_opens_a_list_set_off_by_semicolons_is_a_part_of_the_dead(tmp_path):
    # 'Two brothers, ...; their uncle, ...; and a neighbour, ... were killed': the two are the
    # first item of the dead listed (data/compare.json part_cues list_pattern; conf25, odd half)
    a = ("Four dead in Brookfield shooting" + BODY + "Four people were killed in the attack, Whitcombe said.\n")
    b = ("Brookfield family in mourning\n\nTwo brothers, Ned Ortiz, 30, and Sam Ortiz, 28{sep} their uncle, Ray "
         "Ortiz, 55{sep} and a neighbour, Lila Shaw, 41, were killed on Maple Street in Brookfield on Friday "
         "night, Detective Alan Whitcombe said. The gunman fled in a gray van.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b.format(sep=";")})
    assert _tolls(rep, "b")["killed"] == (2, 2)
    assert _toll_statuses(rep, "killed") != ["conflict"]
    (tmp_path / "plain").mkdir()  # the brothers alone conflict
    plain = b.split(", Ned")[0] + " were killed on Maple Street in Brookfield, Whitcombe said.\n"
    more = report_of(tmp_path / "plain", {"a.txt": a, "b.txt": plain})
    assert _toll_statuses(more, "killed") == ["conflict"]


VIDEO_LIST = "".join(f"\n\n{m}:{s:02d} {t}" for m, s, t in (
    (2, 41, "Zoo welcomes a new giraffe calf to the savanna exhibit"),
    (1, 5, "High school band marches in the autumn parade downtown"),
    (3, 12, "Volunteers plant two hundred trees along the river trail"),
    (0, 48, "Weather team tracks a cold front moving in this weekend"),
    (1, 59, "Local bakery wins a state award for its apple pie"),
    (2, 7, "City council debates new bike lanes on the east side")))


def test_a_stub_that_tells_someone_shot_says_nothing_of_whether_he_lived(tmp_path):
    # b is a headline left on a video page: 'shot himself' with no death told says
    # nothing of whether he lived: no 'wounded who died later' against a's death (conf25)
    a = ("Brookfield student dies in hunting accident\n\nA Brookfield High School student died Saturday after he "
         "accidentally shot himself while hunting near Maple Creek, a game warden said. The warden said the "
         "teen was alone when his rifle went off, and a relative found him an hour later.\n")
    b = "Warden: Brookfield student accidentally shot himself" + VIDEO_LIST + "\n"
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert _tolls(rep, "b").get("injured") == (1, 1)  # its account as read (a stub's own toll)
    assert not [f for f in rep["findings"] if "died later" in f["reason"]]
    # the same headline over a story of its own that tells no death is a wounded who died
    (tmp_path / "story").mkdir()
    story = b.split("\n")[0] + BODY_B
    rep = report_of(tmp_path / "story", {"a.txt": a, "b.txt": story})
    assert [f for f in rep["findings"] if "died later" in f["reason"]]


def test_people_shot_told_by_a_word_alone_and_no_death_are_all_wounded(tmp_path):
    # 'multiple people were shot' and nobody dead: at least two wounded, as an exact count
    # with no death already is; with a death told, the shot are not all wounded
    rep = report_of(tmp_path, {
        "a.txt": "Dispatchers: multiple people hit by gunfire on Maple Street" + BODY
                 + "A dispatcher said multiple people were shot, and each was taken to a clinic.\n",
        "b.txt": "Dispatchers: multiple people hit by gunfire on Maple Street" + BODY_B
                 + "A dispatcher said multiple people were shot, and one of them died at the scene.\n",
    })
    assert _tolls(rep, "a")["injured"] == (2, None)
    assert _tolls(rep, "b").get("injured") != (2, None)


# ------------------------------------------------------------------ session tolls28: toll arithmetic

def test_some_of_the_wounded_dying_later_move_from_injured_to_killed(tmp_path):
    rep = report_of(tmp_path, {
        "a.txt": ("Two students wounded in shooting at Brookfield high school\n\nTwo students were wounded when "
                  "a classmate opened fire in a hallway of Brookfield High School on Monday, police said.\n\n"
                  "One of the two students wounded has died, the county coroner said Tuesday.\n"),
        "b.txt": ("Seven wounded in Brookfield bar shooting\n\nSeven people were wounded when a man fired into a "
                  "crowd outside a Brookfield bar on Friday night, police said.\n\nTwo of the seven wounded later "
                  "died at the hospital, officials said.\n"),
    })
    assert _tolls(rep, "a") == {"killed": (1, 1), "injured": (1, 1)}
    assert _tolls(rep, "b") == {"killed": (2, 2), "injured": (5, 5)}


def test_both_wounded_told_dying_later_leave_no_wounded(tmp_path):
    assert _tolls(report_of(tmp_path, {"a.txt": (
        "Three dead after shooting at Brookfield house\n\nThree people died on the spot when gunfire broke out "
        "on Maple Street in Brookfield on Sunday, police said. A man and a teenage girl suffered grave injuries and were "
        "taken to hospitals. Both later died.\n")}), "a")["injured"] == (0, 0)


def test_a_later_death_out_of_another_number_of_wounded_moves_no_one(tmp_path):
    # the whole the sentence names is not the source's injured toll: a toll given after the deaths
    assert _tolls(report_of(tmp_path, {"a.txt": (
        "One dead, one hurt in Brookfield school shooting\n\nTwo students were wounded when a classmate opened "
        "fire in a hallway of Brookfield High School on Monday, police said.\n\nOne of the two students wounded "
        "has died, the county coroner said Tuesday.\n")}), "a") == {"killed": (1, 1), "injured": (1, 1), "shot": (2, 2)}


def test_a_death_told_apart_as_one_more_is_added_to_the_one_person_told_dead(tmp_path):
    assert _tolls(report_of(tmp_path, {"a.txt": (
        "Officer killed answering a call in Brookfield\n\nA Brookfield police officer was killed on Saturday "
        "while answering a call about a fight at a house on Maple Street, police said.\n\nA neighbour was also "
        "killed, and two more deputies were hurt.\n")}), "a") == {"killed": (2, 2), "injured": (2, 2)}


def test_a_count_of_the_dead_keeps_the_people_it_names_after_it(tmp_path):
    # 'Three were killed', then one of them 'was also killed' by name: a count is no person mentioned
    assert _tolls(report_of(tmp_path, {"a.txt": (
        "Three killed in Brookfield shooting\n\nThree people were killed in a shooting on Maple Street in "
        "Brookfield on Saturday, police said.\n\nTheir neighbour, Ada Quell, was also killed.\n")}), "a")["killed"] == (3, 3)


def test_wounds_counted_by_a_word_alone_are_no_count_of_the_hurt(tmp_path):
    d = _folder(tmp_path, {"a.txt": (
        "Woman and son found dead in Brookfield home\n\nA mother and her son lay dead inside their Maple "
        "Street house in Brookfield on Monday, police said.\n\nPolice say both victims had multiple injuries "
        "consistent with gunshot wounds.\n")})
    rep = _report(d)
    assert _tolls(rep, "a") == {"killed": (2, 2)}
    # people counted so, or injuries told as caused, stay a count of the hurt
    (d / "a.txt").write_text((d / "a.txt").read_text().replace(
        "both victims had multiple injuries consistent with gunshot wounds", "multiple people were injured"))
    assert _tolls(_report(d), "a")["injured"] == (2, None)
    (d / "a.txt").write_text((d / "a.txt").read_text().replace(
        "multiple people were injured", "the gunfire caused several injuries"))
    assert _tolls(_report(d), "a")["injured"][0] == 3
    (d / "a.txt").write_text((d / "a.txt").read_text().replace(
        "multiple people were injured", "the gunfire caused several injuries"))
    assert _tolls(_report(d), "a")["injured"][0] == 3


def test_the_dead_named_in_a_row_are_counted_together(tmp_path):
    assert _tolls(report_of(tmp_path, {"a.txt": (
        "Shooting outside Brookfield bar\n\nPolice were called to a bar on Maple Street in Brookfield early "
        "Sunday after reports of gunfire.\n\nDario Venn, 34, died at the scene. Colm Astley, 19, died later at "
        "the hospital.\n")}), "a")["killed"] == (2, 2)


def test_both_told_as_dead_is_no_count_of_the_wounded():
    both = _q("b", 2, Interval(2, 2, 2), "both", "Both", "injured")
    both = replace(both, sentence="Both were driven to a clinic and pronounced dead there.")
    assert account("s", [both]).toll("injured") is None
    alive = replace(both, sentence="Both were driven to a clinic in stable condition.")
    assert account("s", [alive]).toll("injured").value.low == 2


def test_a_sized_word_told_first_yields_to_the_count_it_allows(tmp_path):
    # a caption's 'several hurt' (3 to 9) above a body that counts four hurt, far down: the
    # source's count is four, which another outlet's six cannot share (before, 'several'
    # against 'six' was only a difference)
    a = ("Brookfield bar shooting\n\nPolice: at least one dead, several injured after bar fight. Gallery\n\n"
         "Police were called to a bar on Maple Street in Brookfield late Friday." + BODY_B +
         "\nThe bar's owner said the fight began inside.\n\nOne man was killed, police said.\n\n"
         "Four other people were hurt and taken to hospitals, Whitcombe said.\n")
    b = "Brookfield bar shooting leaves one dead, six hurt" + BODY + "Six people were hurt.\n"
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "conflict" and "'Four'" in f["reason"], f


def test_one_person_of_a_group_the_lead_counts_is_that_group():
    # 'a boy was wounded' first, then 'he was one of five who were wounded': the toll is the five
    one = _q("a", 0, Interval(1, 1, 1), "singular", "a boy", measure="injured")
    five = replace(_q("b", 2, Interval(5, 5, 5), None, "five", measure="injured"),
                   sentence="He was one of five who were wounded near the rink.")
    assert account("s", [one, five]).toll("injured").value == Interval(5, 5, 5)
    # a count that is not said to hold the person stays apart
    other = replace(five, sentence="Police said five were wounded near the rink.")
    assert account("s", [one, other]).toll("injured").value == Interval(1, 1, 1)


ALERTS = "\n\nTurn on push alerts about Dana Moss\n\nYour preference has been saved.\n\nPush alerts are only sent once a day.\n"


def test_a_stubs_shooting_victim_is_no_wounded_but_its_people_shot_are(tmp_path):
    # a headline alone that names someone a shooting victim tells no one's state: its
    # silence on a death is no 'survived' (session 25, event34); '2 men shot' still is two wounded
    tolls = {a["source"]: a["tolls"] for a in report_of(tmp_path, {
        "a.txt": "8-year-old identified as Millbrook shooting victim" + ALERTS,
        "b.txt": "Two men shot in Millbrook" + ALERTS,
    })["accounts"]}
    assert "injured" not in tolls["a"]
    assert tolls["b"]["injured"]["nominal"] == 2


def test_the_wounded_of_a_recalled_killing_stay_out_of_the_account(tmp_path):
    # a paragraph below the lead recalls another killing on a calendar day the lead does not
    # give, and a man wounded with it: not the event's wounded (session 25, event34)
    acc = report_of(tmp_path, {
        "a.txt": "Teen killed in Oakdale shooting\n\n"
                 "Police said a teenager, 16, died after gunfire hit him on Pine Road in Oakdale on Saturday night.\n\n"
                 "Officers found the boy, Liam Ortega, lying near a parked car shortly before midnight.\n\n"
                 "Detectives asked anyone who saw the car to call them.\n\n"
                 "Ortega was a sophomore at Oakdale High School, where counselors met students on Monday.\n\n"
                 "It was the city's second killing this year.\n\n"
                 "Ray Cole, 31, was found dead at the Elm Court apartments on March 4. "
                 "Another man was also shot there, but his wounds were not serious.\n",
    })["accounts"][0]
    assert acc["tolls"]["killed"]["nominal"] == 1
    assert "injured" not in acc["tolls"]
    assert "an earlier wound" in [x["why"] for x in acc["set_aside"]]


def test_a_count_after_neither_is_no_arrest(tmp_path):
    # 'Neither one of them' counts no one charged (session 25, event34)
    acc = report_of(tmp_path, {
        "a.txt": "Man killed in Oakdale\n\nA man was shot and killed on Pine Road in Oakdale on Friday. "
                 "Two men were questioned overnight. Neither one of them has been charged.\n",
    })["accounts"][0]
    assert "arrested" not in acc["tolls"]


def test_a_higher_count_that_tells_the_gunmans_death_apart_is_read_with_him_or_without(tmp_path):
    # 'five soldiers dead' with the suspect's death told apart (5 to 6) against 'four Marines'
    # (told before a wounded man died): the five need not hold the gunman (session 25, event34)
    k = report_of(tmp_path, {
        "a.txt": "Linden gunman sent a message before the attack\n\nDays before the Linden shooting that left five "
                 "soldiers dead, the gunman sent a message to a friend, officials said.\n\n"
                 "The suspect, Carl Benning, 25, died when officers returned fire.\n",
        "b.txt": "Four Marines dead in Linden\n\nFour Marines died Thursday when a man opened fire on a recruiting "
                 "office in Linden, officials said.\n",
        "c.txt": "Linden gunman identified\n\nThe lone gunman, a 25-year-old from Linden, was killed. Agents searched "
                 "his home on Friday.\n",
    })["event"]["tolls"]["killed"]
    assert (k["low"], k["high"], k["how"]) == (5, 6, "gunman counted")


def test_the_dead_ones_own_wound_on_a_later_day_stays_in_the_account(tmp_path):
    # 'died on March 4, days after she was shot': a pronoun is the dead girl herself, no
    # recalled case's wounded (session 25, event34)
    acc = report_of(tmp_path, {
        "a.txt": "Toddler dies in Oakdale\n\n"
                 "Police said a toddler died after gunfire on Pine Road in Oakdale, the family said.\n\n"
                 "Relatives gathered outside the home on Sunday.\n\n"
                 "Detectives asked anyone who saw the car to call them.\n\n"
                 "Neighbors said the family had moved in last year.\n\n"
                 "A fund was set up for the funeral.\n\n"
                 "Lia Moss died on March 4, nine days after gunmen shot her as she sat in a parked car.\n",
    })["accounts"][0]
    assert "an earlier wound" not in [x["why"] for x in acc["set_aside"]]


def test_people_hurt_on_a_day_of_another_year_below_the_lead_are_another_case():
    # the event's dead, told with no year; then an old case recalled further down
    dead = replace(_q("d", 0, Interval(1, 1, 1), None, "Lena Ortiz"), measure="killed")
    old = replace(_q("o", 8, Interval(1, 1, 1), None, "Marco Bell", "shot"),
                  sentence="Marco Bell was shot near the same park on Aug. 9, 2012.",
                  scope=Scope(time="Aug. 9, 2012"))
    acc = account("s", [dead, old])
    assert acc.toll("shot") is None and ("o", "another year") in acc.set_aside
    # kept: the dead told that day or in that year, the year of publication, the dead
    # one's own wound, a post's date, a year only taken from the sentence before
    dated = replace(dead, scope=Scope(time="Aug. 9, 2012"))
    that_year = replace(dead, sentence="Lena Ortiz was killed in 2012.")
    hers = replace(old, text="Ortiz")
    post = replace(old, sentence="Marco Bell was shot, police say (@desk) Aug. 9, 2012")
    taken = replace(old, scope=Scope(time="2012", time_inherited=True))
    for cs in ([dated, old], [that_year, old], [dead, hers], [dead, post], [dead, taken]):
        assert account("s", cs).toll("shot") is not None, cs
    assert account("s", [dead, old], date(2012, 9, 1)).toll("shot") is not None


def test_a_page_that_tells_only_a_roundup_gives_at_most_the_roundups_dead(tmp_path):
    # session 30 (killed43): a page of a roundup's headline alone tells of its event only
    # that it is one of the roundup's shootings: none to all of the roundup's dead
    page = ("Three men killed, 6 wounded in overnight shootings across Brookfield\n\n"
            "Sign up to get email alerts from our newsroom. Your settings have been saved.\n")
    rep = report_of(tmp_path, {"a.txt": page})
    assert _tolls(rep, "a").get("killed") == (0, 3)
    assert not [f for f in rep["findings"] if f["status"] in ("conflict", "differ")]
    # a page that tells a shooting of its own keeps the roundup out of its account
    (tmp_path / "own").mkdir()
    own = report_of(tmp_path / "own", {"a.txt": page.replace("Sign up", "A man was wounded in the leg on Maple "
                                                             "Street, police said. Sign up")})
    assert "killed" not in _tolls(own, "a")


def test_one_of_a_group_of_wounded_conflicts_with_another_outlets_count(tmp_path):
    # plant57: 'a teacher who was one of four people hurt' gives the source's injured toll, 4
    rep = report_of(tmp_path, {
        "a.txt": "Seven wounded in Brookfield shooting" + BODY
                 + "Police said seven people were wounded.\n",
        "b.txt": "Teens, older man shot in Brookfield" + BODY_B
                 + "The retired teacher who was one of four people hurt near the depot on Maple Street was not "
                   "the intended target, Whitcombe said.\n",
    })
    assert _tolls(rep, "b")["injured"] == (4, 4)
    (f,) = _toll_findings(rep, "injured")
    assert f["status"] == "conflict"


def test_people_shot_worked_out_as_the_wounded_close_on_the_count_the_page_states(tmp_path):
    # one person said to be shot, then 'one of five people shot': at least five from the
    # wounded, and the page states five (session 44, user64; sentences of our own)
    told = one_article_tolls(tmp_path, "a", (
        "5 hurt by gunfire at Elm Street cookout\n\n"
        "A 19-year-old man said he did not feel that he was shot until a friend pointed to his sleeve.\n\n"
        "He was one of five people shot late Friday at the cookout on Elm Street, police said.\n\n"
        "Five people were wounded in all.\n"))
    assert told["shot"] == (5, 5)
    # 'the two teens who were shot' is a group told again, a part: it closes nothing
    part = one_article_tolls(tmp_path, "b", (
        "2 teens hurt in Elm Street gunfire\n\n"
        "Two young children were injured when gunfire hit a van on Elm Street late Wednesday. A 5-year-old girl "
        "was grazed on the leg. A 16-year-old boy was shot in the shoulder. A 19-year-old man was shot in the foot.\n\n"
        "A neighbor said the two teens who were shot were friends of the family.\n"))
    assert part["shot"] == (2, None)
