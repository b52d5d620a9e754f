"""Session 33, tidy49: a source's tolls read once per report. Sentences of our own, about
invented shootings."""

from __future__ import annotations

from collections import Counter

from conftest import fact_moments, findings_of, news_folder, one_article_tolls, report_of

from reconcile import accounts, pipeline

FIRST = ("Two men shot outside Elm Street diner\n\n"
         "Two men were shot outside a diner on Elm Street late Friday, police said.\n\n"
         "One of them died where he fell; the second man was driven to Mercy Hospital.\n")
SECOND = ("One dead, one hurt in Elm Street shooting\n\n"
          "A man was killed and another wounded when shots were fired outside a diner on Elm Street "
          "on Friday night, police said.\n\nDetectives have not arrested anyone.\n")


def test_each_source_s_tolls_are_read_once_per_report(tmp_path, monkeypatch):
    reads: Counter = Counter()
    read = accounts._toll_claims

    def counted(claims, published=None):
        claims = list(claims)
        reads[(claims[0].source if claims else None, published)] += 1
        return read(claims, published)
    accounts._read_tolls.cache_clear()
    monkeypatch.setattr(accounts, "_toll_claims", counted)
    rep = pipeline.reconcile([news_folder(tmp_path, {"a.txt": FIRST, "b.txt": SECOND})],
                             pipeline.Options(jobs=1, cache=False))
    assert {a.source for a in rep.accounts} == {"a", "b"}
    assert reads and set(reads.values()) == {1}  # many asked, each (source, date) read once


def test_each_caller_gets_a_copy_of_its_own(tmp_path):
    rep = pipeline.reconcile([news_folder(tmp_path, {"a.txt": FIRST})], pipeline.Options(jobs=1, cache=False))
    claims = [c for c in rep.claims if c.source == "a"]
    per, aside = accounts.toll_claims(claims)
    assert per["killed"]
    per["killed"].clear()
    per["missing"].append(claims[0])
    aside.append(("x", "y"))
    again, aside_again = accounts.toll_claims(claims)
    assert again["killed"] and "missing" not in again and ("x", "y") not in aside_again


# -- the rows of the legal process cite the warrant's and the arraignment's own words

WANTED = ("Man shot dead on Birch Lane\n\n{date}"
          "Dale Voss, 31, was shot dead outside a bakery on Birch Lane in Marlow on Sunday, police said.\n\n"
          "At about 9 p.m. Monday, detectives obtained a murder warrant for Kurt Falk, 24.\n")
HELD = ("Suspect held in Birch Lane killing\n\n{date}"
        "Dale Voss, 31, was shot dead outside a bakery on Birch Lane in Marlow on Sunday, police said.\n\n"
        "Kurt Falk, 24, was arrested Tuesday and booked into the county jail.\n")


def _claims_of(rep: dict, f: dict, source: str) -> list[dict]:
    by_id = {c["id"]: c for c in rep["claims"]}
    return [by_id[i] for i in f["claims"] if by_id[i]["source"] == source]


def test_the_warrant_row_cites_the_warrant_s_words_not_the_time_beside_them(tmp_path):
    rep = report_of(tmp_path, {"a.txt": WANTED.format(date="Published: Oct 4, 2025\n\n"),
                               "b.txt": HELD.format(date="Published: Oct 8, 2025\n\n")})
    row = findings_of(rep, kind="fact", subject="custody · warrant")
    assert len(row) == 1
    cited = _claims_of(rep, row[0], "a")
    assert [(c["kind"], c["measure"], c["group"], c["text"]) for c in cited] == [
        ("fact", "court", "warrant", "obtained a murder warrant for")]


def test_a_warrant_s_sentence_that_tells_nothing_else_makes_no_row(tmp_path):
    # the footing the rows had: a sentence the page's readers found something else in
    alone = WANTED.replace("At about 9 p.m. Monday, detectives obtained a murder warrant for Kurt Falk, 24.",
                           "Detectives have since obtained a murder warrant for him.")
    rep = report_of(tmp_path, {"a.txt": alone.format(date="Published: Oct 4, 2025\n\n"),
                               "b.txt": HELD.format(date="Published: Oct 8, 2025\n\n")})
    assert findings_of(rep, kind="fact", subject="custody · warrant") == []


def test_a_search_warrant_is_no_court_fact(nlp):
    assert fact_moments(nlp, "court", "Detectives obtained a murder warrant for Kurt Falk on Monday.") == [
        ("warrant", "obtained a murder warrant for")]
    assert fact_moments(nlp, "court", "Detectives obtained a search warrant for a house on Birch Lane.") == []
    # a bench warrant in a case already charged
    assert fact_moments(nlp, "court", "On May 2, a warrant was issued for Falk after he failed to appear at a hearing.") == []
    assert fact_moments(nlp, "court", "Kurt Falk, 24, is being held in the Marlow jail awaiting arraignment.") == [
        ("arraignment", "awaiting arraignment")]


def test_the_arraignment_row_cites_the_words_of_the_arraignment_to_come(tmp_path):
    wait = ("Teen held in Birch Lane shooting\n\n{date}Kurt Falk, 17, was arrested Monday in the shooting of "
            "a neighbor on Birch Lane in Marlow.\n\nAt about 10 a.m. Tuesday, Falk was in the county jail awaiting "
            "arraignment.\n")
    done = ("Teen arraigned in Birch Lane shooting\n\n{date}Kurt Falk, 17, was arraigned Wednesday in the "
            "shooting of a neighbor on Birch Lane in Marlow.\n")
    rep = report_of(tmp_path, {"a.txt": wait.format(date="Published: Oct 4, 2025\n\n"),
                               "b.txt": done.format(date="Published: Oct 8, 2025\n\n")})
    row = findings_of(rep, kind="fact", subject="charged · arraignment")
    assert len(row) == 1
    assert [(c["measure"], c["text"]) for c in _claims_of(rep, row[0], "a")] == [("court", "awaiting arraignment")]



# -- another story's headline printed between a paragraph and a picture's caption

def _masked(text: str) -> list[str]:
    from reconcile.ingest import boilerplate_spans

    return [text[s:e] for s, e in boilerplate_spans(text)]


CAPTIONED = ("Man hurt in Elm Street shooting\n\n"
             "A bullet hit a man in the leg outside a store on Elm Street on Friday night, police said.\n\n"
             "Officers found him on the sidewalk and took him to Mercy Hospital.\n\n"
             "{line}\n\n"
             "Officers stand outside the store on Elm Street on Friday night. (Photo: Dana Reyes/Marlow Courier)\n\n"
             "Police have not said whether they are looking for a suspect.\n")


def test_a_headline_over_a_picture_s_caption_is_another_story_s():
    assert _masked(CAPTIONED.format(line="Woman charged after two hurt in Pine Road stabbing")) == [
        "Woman charged after two hurt in Pine Road stabbing"]


def test_a_sentence_over_a_caption_is_kept():
    # it ends a sentence, or keeps an auxiliary: prose, not a headline
    assert _masked(CAPTIONED.format(line="He was listed in stable condition on Saturday.")) == []
    assert _masked(CAPTIONED.format(line="He is expected to recover")) == []


def test_a_caption_without_a_credit_is_no_prose_of_its_own():
    # a line between a paragraph and a line that ends no sentence stays: it may be the story's own
    text = CAPTIONED.replace(" (Photo: Dana Reyes/Marlow Courier)", " -").format(
        line="Woman charged after two hurt in Pine Road stabbing")
    assert _masked(text) == []


# -- 'to kill and wound': a verb coordinated with a base form keeps its own lemma

RAMPAGE = ("Gunman kills one in Elmwood rampage\n\n"
           "Police say a quarrel over money led a man to shoot and kill one woman and wound four others "
           "in a spree in Elmwood on Tuesday.\n\nOfficers arrested him hours later.\n")


def test_wound_beside_kill_in_the_base_form_is_read_as_wounded(tmp_path):
    tolls = one_article_tolls(tmp_path, "rampage", RAMPAGE)
    assert tolls["killed"] == (1, 1) and tolls["injured"] == (4, 4)


def test_wound_up_keeps_its_lemma(nlp):
    def lemma(text: str) -> str:
        return next(t.lemma_ for t in nlp(text) if t.lower_ == "wound")
    assert lemma(RAMPAGE) == "wound"  # tagged as the past of 'wind'
    assert lemma("He drove to the mall to shoot and kill one guard and wound two shoppers.") == "wound"
    assert lemma("He was convicted in 2012, and he wound up spending a week in a county cell.") == "wind"
    assert lemma("The trail wound through the hills above Elmwood.") == "wind"
