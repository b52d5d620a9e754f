"""Events: a folder's articles grouped into the stories they tell before comparing
(reconcile/events.py), end to end on small articles of our own (the real model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reconcile import events
from reconcile.accounts import signature
from reconcile.cli import app
from reconcile.records import Article, Claim, Interval
from conftest import check_json, findings_of, news_folder, report_of

runner = CliRunner()

# two fires in two towns, each told by two outlets in words of their own
FIRES = {
    "oak1.txt": "Two die in Oakridge warehouse fire\n\nTwo night watchmen died when a fire swept through the "
                "Hartwell lumber warehouse on Quarry Road in Oakridge early Tuesday, Fire Chief Miriam Delacroix "
                "said. Crews from three stations fought the blaze for four hours. The watchmen were named as "
                "Tobias Wrenfield and Elias Marchetti. Investigators from the state fire marshal are looking "
                "at the warehouse's old wiring.\n",
    "oak2.txt": "Oakridge mourns watchmen killed in Hartwell warehouse blaze\n\nTobias Wrenfield and Elias "
                "Marchetti, the two watchmen who died in Tuesday's fire at the Hartwell lumber warehouse, were "
                "remembered at a vigil on Quarry Road. Chief Miriam Delacroix said the Oakridge blaze took four "
                "hours to put out and that the wiring is being examined by the fire marshal.\n",
    "pine1.txt": "One dead, five hurt as fire guts Pinecrest bakery\n\nOne baker died and five people were "
                 "injured when fire broke out at "
                 "the Sunnyvale Bakery on Lantern Street in Pinecrest on Friday morning. Battalion Chief Oskar "
                 "Brandvold said a gas oven caught fire before dawn. Owner Greta Halvorsen and four bakers were "
                 "taken to Pinecrest General Hospital with burns and smoke inhalation.\n",
    "pine2.txt": "One dead, five injured in Pinecrest bakery blaze\n\nGreta Halvorsen, who owns the Sunnyvale "
                 "Bakery on Lantern Street, was one of five people hurt in Friday's fire, Battalion Chief Oskar "
                 "Brandvold said. The gas oven that started the Pinecrest fire will be inspected. The five were "
                 "treated at Pinecrest General Hospital.\n",
}


# two shootings in one city, told by the same spokeswoman in the words of crime news: the
# victims, their ages and blocks differ
CITY = {
    "ellery1.txt": "Man killed in Brantwood shooting on Ellery Street\n\nA man, 24, was shot dead late "
                   "Saturday in the 1400 block of Ellery Street in Brantwood, police said. The victim was "
                   "identified as Dorian Vasquez. Brantwood police spokeswoman Lena Fairbanks said officers "
                   "found him on a porch, hit once in the chest. Nobody is in custody yet, "
                   "and detectives want witnesses to phone them.\n",
    "ellery2.txt": "Police name man shot dead on Ellery Street\n\nDorian Vasquez, 24, died after being shot in "
                   "the 1400 block of Ellery Street in Brantwood on Saturday night, police spokeswoman Lena "
                   "Fairbanks said. Officers found him hit once in the chest. Detectives have "
                   "arrested nobody and want witnesses to phone them.\n",
    "hobart1.txt": "Driver found shot in parked car in Brantwood\n\nMarcus Tillman, 31, was found slumped in his "
                   "parked car on Sunday morning in the 2900 block of Hobart Avenue, Brantwood police "
                   "spokeswoman Lena Fairbanks said. Paramedics pronounced him dead at the scene. A neighbor who "
                   "heard several shots called 911. Detectives believe the killing followed a dispute over "
                   "money.\n",
    "hobart2.txt": "Family of Hobart Avenue victim describes a devoted father\n\nRelatives of Marcus Tillman, the "
                   "31-year-old father of three killed on Hobart Avenue in Brantwood, said he coached youth "
                   "football and worked nights at a warehouse. Lena Fairbanks, a police spokeswoman, said "
                   "detectives have a description of a car that sped away from the 2900 block.\n",
}

# one shooting told twice in words of its own: the same block, the victim named in both
PARK = {
    "larch1.txt": "Teen wounded outside Marlowe Park pool\n\nA 16-year-old boy, Jalen Okafor, was shot in the leg "
                  "Tuesday afternoon outside the public pool in the 600 block of Larch Lane, police said. He "
                  "is recovering in a hospital and should be fine. Witnesses told "
                  "officers that two groups had argued near the entrance.\n",
    "larch2.txt": "Mother of injured boy pleads for calm\n\nThe mother of Jalen Okafor says her son is home again "
                  "and walking with crutches. Relatives gathered Wednesday at the family's house in the 600 "
                  "block of Larch Lane to pray and to share a meal. Neighbors brought flowers, cards and "
                  "casseroles. A youth pastor asked the crowd to reject revenge and to keep their children "
                  "close this summer. Detectives have not named anyone they are looking for.\n",
}


_folder, _report = news_folder, check_json


def _files(rep: dict, ids) -> set[str]:
    path = {s["id"]: Path(s["path"]).name for s in rep["sources"]}
    return {path[i] for i in ids}


def test_two_stories_in_one_folder_are_two_events(tmp_path):
    rep = report_of(tmp_path, FIRES)
    assert sorted(sorted(_files(rep, e["sources"])) for e in rep["events"]) == [
        ["oak1.txt", "oak2.txt"], ["pine1.txt", "pine2.txt"]]
    assert rep["event"] is None  # two events of two sources each: no main story; each has its own reading
    event_of = {s: e["id"] for e in rep["events"] for s in e["sources"]}
    assert {a["source"]: a["event"] for a in rep["accounts"]} == event_of
    claims = {c["id"]: c for c in rep["claims"]}
    for f in rep["findings"]:  # no finding holds claims of two events
        assert len({event_of[claims[i]["source"]] for i in f["claims"]}) == 1, f
    for e in rep["events"]:
        (link,) = e["why"]
        assert set(link["sources"]) == set(e["sources"]) and link["similarity"] > events.JOIN
        assert link["names"]  # what the two share: 'delacroix', 'hartwell', ...
    tolls = {frozenset(_files(rep, e["sources"])): e["tolls"] for e in rep["events"]}
    assert tolls[frozenset({"oak1.txt", "oak2.txt"})]["killed"]["low"] == 2
    assert tolls[frozenset({"pine1.txt", "pine2.txt"})]["injured"]["low"] == 5
    assert not findings_of(rep, status="conflict")


def test_one_event_reads_the_whole_folder_as_one_story(tmp_path):
    d = _folder(tmp_path, FIRES)
    rep = _report(d, "--one-event")
    assert len(rep["events"]) == 1 and len(rep["events"][0]["sources"]) == 4
    assert rep["events"][0]["why"] == []
    assert rep["event"] is not None
    assert {a["event"] for a in rep["accounts"]} == {rep["events"][0]["id"]}
    # the two stories' claims are then held against each other, as before events
    claims = {c["id"]: c for c in rep["claims"]}
    towns = [{Path(claims[i]["path"]).name[:3] for i in f["claims"]} for f in rep["findings"]]
    assert {"oak", "pin"} in towns


def test_a_one_story_folder_is_one_event_with_the_same_findings(tmp_path):
    d = _folder(tmp_path, {k: v for k, v in FIRES.items() if k.startswith("oak")}
                | {"oak3.txt": "Wiring blamed in Oakridge warehouse fire\n\nThe state fire marshal said old "
                               "wiring started the fire that killed two watchmen at the Hartwell lumber "
                               "warehouse in Oakridge. Chief Miriam Delacroix said the building had no "
                               "sprinklers.\n"})
    rep, whole = _report(d), _report(d, "--one-event")
    assert [sorted(_files(rep, e["sources"])) for e in rep["events"]] == [["oak1.txt", "oak2.txt", "oak3.txt"]]
    assert rep["findings"] == whole["findings"] and rep["accounts"] == whole["accounts"]
    assert rep["event"] == whole["event"] == {k: rep["events"][0][k] for k in ("tolls", "place", "dated")}


def test_the_seeds_are_one_event(seeds_report):
    assert len(seeds_report.events) == 1
    assert set(seeds_report.events[0].sources) == {a.id for a in seeds_report.articles}
    assert seeds_report.event is not None


def test_grouping_without_the_model():
    arts = [Article(n, n, text) for n, text in FIRES.items()]
    sketches = {a.id: events.sketch(a) for a in arts}
    sigs = {a.id: signature(a) for a in arts}
    groups = events.group(arts, sketches, sigs, {})
    assert sorted(g.sources for g in groups) == [("oak1.txt", "oak2.txt"), ("pine1.txt", "pine2.txt")]
    # an article that matches nothing: its own event when there are two stories ...
    odd = Article("odd.txt", "odd.txt", "Lemon tart recipe\n\nWhisk four eggs with sugar and lemon zest, then "
                                        "bake for twenty minutes and serve chilled.\n")
    arts.append(odd)
    sketches["odd.txt"], sigs["odd.txt"] = events.sketch(odd), signature(odd)
    assert ("odd.txt",) in [g.sources for g in events.group(arts, sketches, sigs, {})]
    # ... but in a folder of one story it stays there, for the accounts' off-topic test
    one = [a for a in arts if not a.id.startswith("pine")]
    assert [g.sources for g in events.group(one, sketches, sigs, {})] == [("oak1.txt", "oak2.txt", "odd.txt")]


def test_blocking_compares_only_candidate_pairs():
    """Articles that share no word another few articles lack are never scored as a pair:
    those that share one word too common to block on are paired with their nearest few
    only (at most MAX_DF - 1 on each side), not with all of them."""
    n = 3 * events.MAX_DF
    arts = [Article(f"s{i}", f"s{i}", f"Story {i}\n\n" + " ".join(f"w{i}x{k}" for k in range(30)))
            for i in range(n)]  # 'story' is in too many articles to block on
    vec = events._Vectors([events.sketch(a) for a in arts])
    got = events._candidates(vec).tolist()
    assert 0 < len(got) < n * (n - 1) // 2
    per = [0] * n
    for i, j in got:
        per[i] += 1
        per[j] += 1
    assert max(per) <= 2 * (events.MAX_DF - 1)
    # articles with words of their own to block on do not block on the common one
    own = [Article(f"t{i}", f"t{i}", f"Story {i}\n\n" + " ".join(f"w{i // 2}x{k}" for k in range(30)))
           for i in range(events.MAX_DF + 1)]
    vec = events._Vectors([events.sketch(a) for a in own])
    pairs = events._candidates(vec).tolist()
    assert pairs and all(j == i + 1 and i % 2 == 0 for i, j in pairs)


def test_an_article_whose_words_are_all_common_blocks_on_its_rarest():
    """Two articles that share only words more than MAX_DF articles have (a story repeated
    in a huge folder) still become candidates: they block on their rarest shared words,
    and in that word's oversized bucket alike articles sit side by side."""
    m = events.MAX_DF + 8
    arts = [Article("a", "a", "Lantern orchard\n\nThe lantern lit the orchard."),
            Article("b", "b", "Orchard lantern\n\nAn orchard under a lantern.")]
    arts += [Article(f"l{i}", f"l{i}", f"Lantern {i}\n\n" + " ".join(f"l{i}y{k}" for k in range(20)))
             for i in range(m)]
    arts += [Article(f"o{i}", f"o{i}", f"Orchard {i}\n\n" + " ".join(f"o{i}z{k}" for k in range(20)))
             for i in range(m)]
    vec = events._Vectors([events.sketch(a) for a in arts])
    assert all(d > events.MAX_DF for d in vec.df_of(vec.sketches[0]) if d > 1)  # no word to block on
    assert [0, 1] in events._candidates(vec).tolist()


def test_candidate_pairs_are_minhashlshs():
    """The buckets found by sorting each band are the ones datasketch's MinHashLSH gives."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    # three families of invented words: pairs within a family only, not all of them
    arts = [Article(f"a{i}", f"a{i}", " ".join(f"fam{i % 3}word{(i * 7 + k) % 23}" for k in range(9)))
            for i in range(18)]
    vec = events._Vectors([events.sketch(a) for a in arts])
    lsh = MinHashLSH(num_perm=events.BANDS * events.ROWS, params=(events.BANDS, events.ROWS))
    minhashes = {}
    for i, sk in enumerate(vec.sketches):
        df = vec.df_of(sk)
        idx = np.flatnonzero((df >= 2) & (df <= events.MAX_DF))
        top = idx[np.argsort(-vec.weights[i][idx], kind="stable")[:events.BLOCK_WORDS]]
        if len(top):
            m = MinHash(num_perm=events.BANDS * events.ROWS, seed=1, hashfunc=events._hashfunc)
            m.update_batch([int(x).to_bytes(8, "big") for x in sk.words[top]])
            lsh.insert(i, m)
            minhashes[i] = m
    want = sorted({(min(i, j), max(i, j)) for i, m in minhashes.items() for j in lsh.query(m) if j != i})
    got = [tuple(p) for p in events._candidates(vec).tolist()]
    assert got == want and got
    assert all(i % 3 == j % 3 for i, j in got)


def test_text_and_markdown_reports_show_the_events(tmp_path):
    d = _folder(tmp_path, FIRES)
    text = runner.invoke(app, ["check", str(d), "--no-cache"]).stdout
    assert "Events (2)" in text and "oak1.txt ~ oak2.txt: similarity" in text
    assert "event e1" in text and "event e2" in text  # each finding says its event
    md = runner.invoke(app, ["check", str(d), "--no-cache", "--format", "markdown"]).stdout
    assert "### Events (2)" in md
    one = {k: v for k, v in FIRES.items() if k.startswith("oak")}
    (tmp_path / "one").mkdir()
    for k, v in one.items():
        (tmp_path / "one" / k).write_text(v, encoding="utf-8")
    plain = runner.invoke(app, ["check", str(tmp_path / "one"), "--no-cache"]).stdout
    assert "Events" not in plain and " event e" not in plain
    assert plain == runner.invoke(app, ["check", str(tmp_path / "one"), "--no-cache", "--one-event"]).stdout


def test_the_folder_event_is_the_main_story_when_one_has_more_sources(tmp_path):
    from reconcile.pipeline import main_event
    from reconcile.records import Event, Story

    a, b = Event(place="Oak Street"), Event(place="Pine Road")
    assert main_event([Story("e1", ("x", "y", "z"), a, ()), Story("e2", ("w", "v"), b, ())]) is a
    assert main_event([Story("e1", ("x",), a, ()), Story("e2", ("w", "v"), b, ())]) is b
    assert main_event([Story("e1", ("x", "y"), a, ()), Story("e2", ("w", "v"), b, ())]) is None


def test_two_shootings_in_one_city_with_other_victims_stay_apart(tmp_path):
    rep = report_of(tmp_path, CITY)
    assert sorted(sorted(_files(rep, e["sources"])) for e in rep["events"]) == [
        ["ellery1.txt", "ellery2.txt"], ["hobart1.txt", "hobart2.txt"]]


def test_one_story_in_other_words_with_the_same_victim_and_block_goes_together(tmp_path):
    oak = {k: v for k, v in FIRES.items() if k.startswith("oak")}
    rep = report_of(tmp_path, PARK | oak)
    assert sorted(sorted(_files(rep, e["sources"])) for e in rep["events"]) == [
        ["larch1.txt", "larch2.txt"], ["oak1.txt", "oak2.txt"]]
    (link,) = next(e["why"] for e in rep["events"] if "larch1.txt" in _files(rep, e["sources"]))
    assert link["similarity"] >= events.KEY_BONUS  # the shared block counted, not only the words


def _claim(n: int, kind: str, **kw) -> Claim:
    return Claim(f"c{n}", "a.txt", "a.txt", kind, 0, 1, "x", "x", 1, **kw)


def test_keys_are_victims_suspects_relatives_addresses_and_ages():
    claims = [_claim(1, "person", name="Corwin M. DeLacey", role="victim", age=41),
              _claim(2, "person", name="Ray Okonkwo Jr.", role="suspect"),  # a suffix is no surname
              _claim(3, "person", name="Lena Fairbanks", role="official"),  # speaks for every shooting
              _claim(4, "person", name="Tillman", role="victim"),  # a last name alone
              _claim(6, "person", name="Rosa Tillman", role="relative"),  # his mother: one incident's
              _claim(7, "person", name="Ned Parr", role="press"),
              _claim(5, "fact", measure="address", noun="hobart avenue", value=Interval(2900.0, 2900.0, 2900.0))]
    assert events.keys_of(claims) == {"corwin delacey", "ray okonkwo", "rosa tillman", "address:hobart avenue:2900",
                                      "age:41"}


def test_what_the_accounts_say_moves_a_pair():
    def score(cosine, *rest):
        return events._score(cosine, 0, *rest)

    none: frozenset = frozenset()
    plain = score(0.2, (none, none), ({}, {}), (none, none))
    assert plain == 0.2
    same = score(0.2, (frozenset({"marcus tillman"}), frozenset({"marcus tillman", "age:31"})), ({}, {}), (none, none))
    assert same == pytest.approx(0.2 + events.KEY_BONUS)
    # a shared age alone joins nothing; other blocks and other ages tell two shootings apart
    assert score(0.2, (frozenset({"age:31"}), frozenset({"age:31"})), ({}, {}), (none, none)) == 0.2
    apart = score(0.2, (frozenset({"address:elm:100", "age:24"}), frozenset({"address:oak:2900", "age:31"})),
                  ({}, {}), (none, none))
    assert apart == pytest.approx(0.2 - events.ADDRESS_MISS - events.AGE_MISS)
    tolls = score(0.2, (none, none), ({"killed": 1.0, "injured": 2.0}, {"killed": 1.0, "injured": 3.0}), (none, none))
    assert tolls == pytest.approx(0.2 + events.TOLL_SAME - events.TOLL_MISS)
    # the same toll and shared rare words confirm a resemblance, they do not make one
    weak = events.BONUS_FLOOR / 2
    assert events._score(weak, 3, (none, none), ({"injured": 2.0}, {"injured": 2.0}), (none, none)) == weak
    assert events._score(0.2, 3, (none, none), ({"injured": 2.0}, {"injured": 2.0}), (none, none)) == pytest.approx(
        0.2 + events.RARE_BONUS + events.TOLL_SAME)
    years = score(0.2, (none, none), ({}, {}), (frozenset({2013}), frozenset({2016})))
    assert years == pytest.approx(0.2 - events.YEAR_MISS)
    assert score(0.2, (none, none), ({}, {}), (frozenset({2013, 2016}), frozenset({2016}))) == 0.2


def test_the_sketch_keeps_the_years_a_text_names():
    art = Article("y.txt", "y.txt", "Trial set\n\nThe shooting on March 3, 2015 left one dead; the 1990s "
                                    "were quieter. Call 555-2016 or read 2015/16 figures.\n\u00a9 2016 The Ledger\n")
    assert events.sketch(art).years == {2015, 2016}


def test_words_few_articles_share_raise_a_pair():
    """Two words that few articles have, both in a pair, add RARE_BONUS; one does not. Few
    as among BACKGROUND articles: in a small folder every word is in few, and none is rare."""
    none: frozenset = frozenset()
    args = ((none, none), ({}, {}), (none, none))
    assert events._score(0.1, events.RARE_SHARED, *args) == pytest.approx(0.1 + events.RARE_BONUS)
    assert events._score(0.1, events.RARE_SHARED - 1, *args) == 0.1
    pair = [Article("a", "a", "Fire at Quillmere\n\nThe Brackenholt sawmill burned near Quillmere harbour."),
            Article("b", "b", "Quillmere mourns\n\nThe Brackenholt sawmill is gone, the harbour quiet.")]
    town = [Article(f"t{i}", f"t{i}", f"Harbour news {i}\n\nThe harbour board met on day {i}.")
            for i in range(events.BACKGROUND)]  # 'harbour' is in every article: not rare
    big = events._Vectors([events.sketch(a) for a in pair + town])
    assert big.cosine(0, 1)[1] == 3  # quillmere, brackenholt, sawmill
    small = events._Vectors([events.sketch(a) for a in pair + town[:3]])
    assert small.cosine(0, 1)[1] == 0


def test_names_spelled_alike_are_one_key():
    """A victim's name or a street one outlet misspells is the same key (rapidfuzz); another
    first name with one surname, or other initials, is not."""
    assert events._share_key(frozenset({"tomas okafor"}), frozenset({"thomas okafor", "age:14"}))
    assert events._share_key(frozenset({"o'bryan spikes"}), frozenset({"obryan spikes"}))
    assert not events._share_key(frozenset({"mark ruiz"}), frozenset({"maria ruiz"}))
    assert not events._share_key(frozenset({"devin anderson"}), frozenset({"devin henderson"}))
    # a street misspelled on the same block is one address; another block is not
    assert events._share_key(frozenset({"address:mackinac island lane:3700"}),
                             frozenset({"address:macinac island:3700"}))
    assert not events._share_key(frozenset({"address:mackinac island lane:3700"}),
                                 frozenset({"address:macinac island:3900"}))
    assert not events._share_key(frozenset({"age:14"}), frozenset({"age:14"}))


def test_a_short_text_is_not_joined_on_one_town():
    """Two pages that keep only their headlines, sharing a town some other articles name too:
    SHORT shrinks their cosine by a third or more; two full articles' cosine hardly moves."""
    stubs = [Article("s1", "s1", "Man hurt in Quarrytown, police say\n"),
             Article("s2", "s2", "Quarrytown man charged\n")]
    body = ("The Larkspur family said Wenonah Pritchard, 42, was loved by all. She was hurt when a car left "
            "Gallow Road near the Tinsley mill and struck the fence outside her home, police said. ")
    full = [Article("l1", "l1", "Woman hurt on Gallow Road\n\n" + body * 3 + "Her brother spoke to us."),
            Article("l2", "l2", "Gallow Road crash victim named\n\n" + body * 2 + "A vigil is planned.")]
    filler = [Article(f"f{i}", f"f{i}", f"Notes {i}\n\nPolice say a man was hurt and charged"
                                         + (" in Quarrytown." if i < 15 else "."))
              for i in range(100)]
    arts = stubs + full + filler
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(events, "SHORT", 0.0)
        raw = events._Vectors([events.sketch(a) for a in arts])
    vec = events._Vectors([events.sketch(a) for a in arts])
    assert raw.cosine(0, 1)[0] > events.JOIN
    assert vec.cosine(0, 1)[0] < raw.cosine(0, 1)[0] * 2 / 3
    assert vec.cosine(2, 3)[0] > raw.cosine(2, 3)[0] * 0.95


def test_a_name_two_articles_alone_share_raises_the_pair():
    """A capitalised word of the body that only the two articles have (a county, a street)
    adds NAME_BONUS; page furniture's names and a town every article names do not."""
    pair = [Article("a", "a", "Man dies after accidental shooting\n\nA man from Brindlecombe died on Sunday."),
            Article("b", "b", "Victim of accidental shooting dies\n\nThe Brindlecombe man was hurt at home.")]
    town = [Article(f"t{i}", f"t{i}", f"Council news {i}\n\nThe Ashgrove council met on day {i}.")
            for i in range(events.BACKGROUND)]
    arts = pair + town
    vec = events._Vectors([events.sketch(a) for a in arts])
    names = events._Names.of(vec, [signature(a) for a in arts])
    assert names.bonus(0, 1) == events.NAME_BONUS
    assert names.bonus(2, 3) == 0.0  # 'Ashgrove' is in every article
    # a name only in masked page furniture is not the story's
    furn = "\nFollow Brindlecombe Radio"
    masked = []
    for x, head in (("m1", "Rain at last"), ("m2", "Sun again")):
        text = f"{head}\n\nA quiet day.{furn}"
        masked.append(Article(x, x, text, masked=((len(text) - len(furn), len(text)),)))
    vec2 = events._Vectors([events.sketch(a) for a in masked + town])
    assert events._Names.of(vec2, [signature(a) for a in masked + town]).bonus(0, 1) == 0.0


def test_two_groups_merge_only_at_groups_join_in_a_large_folder():
    """A single article joins a group at JOIN; two groups of two need GROUPS_JOIN in a
    folder of GROUPS_MIN articles or more (the rest of the folder: unrelated singles), and
    JOIN in a smaller one (one story's coverage, as a rule)."""
    between = (events.JOIN + events.GROUPS_JOIN) / 2
    n = events.GROUPS_MIN
    singles = [[k] for k in range(4, n)]
    two_pairs = {(0, 1): 0.6, (2, 3): 0.6}
    cross = {(i, j): between for i in (0, 1) for j in (2, 3)}
    assert events._average_link(n, {**two_pairs, **cross}) == [[0, 1], [2, 3], *singles]
    assert events._average_link(n, {**two_pairs, **{k: events.GROUPS_JOIN + 0.01 for k in cross}}) == [
        [0, 1, 2, 3], *singles]
    assert events._average_link(3, {(0, 1): 0.6, (0, 2): between, (1, 2): between}) == [[0, 1, 2]]
    assert events._average_link(4, {**two_pairs, **cross}) == [[0, 1, 2, 3]]  # a small folder


def test_pairs_tied_to_a_third_are_scored():
    """Two articles both strongly tied to a third become a pair to score; weak ties do not."""
    assert events._closing({(0, 1): events.CLOSE, (0, 2): 0.9, (3, 4): 0.9}) == {(1, 2)}
    assert events._closing({(0, 1): events.CLOSE - 0.01, (0, 2): 0.9}) == set()
    hub = {(0, k): 0.5 + k / 100 for k in range(1, events.CLOSE_K + 4)}
    assert len(events._closing(hub)) == events.CLOSE_K * (events.CLOSE_K - 1) // 2


def test_two_single_articles_join_at_pair_join_groups_at_join():
    """Two single articles join at PAIR_JOIN; a third joins their group only if its mean
    similarity to both reaches JOIN (a pair not scored counts 0)."""
    mid = (events.PAIR_JOIN + events.JOIN) / 2
    assert events._average_link(2, {(0, 1): mid}) == [[0, 1]]
    assert events._average_link(2, {(0, 1): events.PAIR_JOIN - 0.01}) == [[0], [1]]
    # 2 resembles 0 at 0.25 but was never scored with 1: mean 0.125 < JOIN
    assert events._average_link(3, {(0, 1): 0.5, (0, 2): 0.25}) == [[0, 1], [2]]
    assert events._average_link(3, {(0, 1): 0.5, (0, 2): 0.25, (1, 2): 0.1}) == [[0, 1, 2]]


def test_saved_claims_group_events_and_tell_copies_as_the_folder_does(tmp_path):
    """`claims --shard 1/1` then `check --claims` gives the report `check FOLDER` gives,
    byte for byte: the source lines carry each article's sketch and signature."""
    d = _folder(tmp_path, FIRES | {"oak1-copy.txt": FIRES["oak1.txt"]})
    whole = runner.invoke(app, ["check", str(d), "--format", "json", "--no-cache", "--jobs", "1"])
    saved = runner.invoke(app, ["claims", str(d), "--shard", "1/1", "--no-cache", "--jobs", "1"])
    assert saved.exit_code == 0, saved.output
    rows = [json.loads(x) for x in saved.stdout.splitlines()]
    src = {r["id"]: r for r in rows if r.get("record") == "source"}
    assert set(src["oak1"]) >= {"sketch", "signature"}
    f = tmp_path / "claims.jsonl"
    f.write_text(saved.stdout, encoding="utf-8")
    again = runner.invoke(app, ["check", str(f), "--claims", "--format", "json"])
    assert again.exit_code == whole.exit_code == 0, again.output  # no conflict
    assert again.stdout == whole.stdout
    rep = json.loads(again.stdout)
    assert sorted(sorted(_files(rep, e["sources"])) for e in rep["events"]) == [
        ["oak1-copy.txt", "oak1.txt", "oak2.txt"], ["pine1.txt", "pine2.txt"]]
    assert [(c["source"], c["of"]) for c in rep["copies"]] == [("oak1", "oak1-copy")]  # the first walked is kept
    assert "sketch" not in again.stderr
    one = runner.invoke(app, ["check", str(f), "--claims", "--format", "json", "--one-event"])
    assert len(json.loads(one.stdout)["events"]) == 1
    # source lines saved by an older reconcile (no sketch, no signature): one event, as then, said once
    for r in src.values():
        del r["sketch"], r["signature"]
    old = tmp_path / "old.jsonl"
    old.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    r = runner.invoke(app, ["check", str(old), "--claims", "--format", "json"])
    assert r.exit_code in (0, 1), r.output
    assert len(json.loads(r.stdout)["events"]) == 1 and json.loads(r.stdout)["copies"] == []
    assert [line for line in r.stderr.splitlines() if "sketch" in line] == [
        "5 of 5 sources in the saved claims have no sketch (saved by an older reconcile, or claims only): "
        "read as one event, without grouping"]


def test_sketch_and_signature_survive_their_saved_form():
    a = Article("a", "a.txt", FIRES["pine1.txt"] + "\nCopyright 2024 The Pinecrest Ledger\n")
    s, sig = events.sketch(a), signature(a)
    back = events.Sketch.from_dict("a", json.loads(json.dumps(s.to_dict())))
    assert back.words.tolist() == s.words.tolist() and back.counts.tolist() == s.counts.tolist()
    assert back.years == s.years == frozenset({2024}) and back.words.dtype == s.words.dtype
    assert signature(a) == sig == type(sig).from_dict("a", json.loads(json.dumps(sig.to_dict())))
    shorter = events.Sketch("a", s.words[:-1], s.counts[:-1], s.years).to_dict()["counts"]
    with pytest.raises(ValueError):
        events.Sketch.from_dict("a", {**s.to_dict(), "counts": shorter})


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_each_event_has_its_own_labelled_reading_row(tmp_path, fmt):
    """Review of session 54: with several events, the row under the sources table gave the first
    event's reading alone, labelled 'event' as if it were the folder's."""
    folder = news_folder(tmp_path, FIRES)
    rep = check_json(folder)
    ids = sorted(e["id"] for e in rep["events"])
    out = CliRunner().invoke(app, ["check", str(folder), "--format", fmt]).stdout
    for i in ids:
        assert (f"event {i}" if fmt != "html" else f"Event {i}, across its sources") in out
    assert "The event, across sources" not in out
