"""Speed and scale features: claim cache, worker processes, streaming, shards."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from reconcile import cache as claim_cache
from reconcile import nlp as N
from reconcile import workers
from reconcile.cli import app
from reconcile.records import Article, Claim
from reconcile.shard import Shard, walk_key

runner = CliRunner()

ARTICLES = {
    "daily/shooting.txt": "Two killed in Elm Street shooting\n\nPolice said two people were killed and "
                          "three others injured in a shooting on Elm Street on Friday night.\n\n"
                          "“We are still searching for the shooter,” Chief Maria Lopez said.\n",
    "daily/update.md": "---\ntitle: Shooting update\noutlet: The Daily\n---\n"
                       "Police Chief Maria Lopez said a third victim died on Saturday. Four people "
                       "were wounded in the shooting, she said.\n",
    "herald/elm.txt": "Three dead after Elm Street shooting\n\nThree people died and at least "
                      "two injured when a gunman opened fire on Elm Street on Friday, police said.\n\n"
                      "“We are still searching for the shooter,” police spokesman Tom Reed said.\n",
    "herald/notes.txt": "Editor's note\n\nThis page has no figures at all and nobody is quoted in it.\n",
    "wire/a.jsonl": json.dumps({"title": "Gunman kills two", "outlet": "Wire",
                                "text": "A gunman killed two people on Elm Street, officials said on "
                                        "Saturday. Nearly 40 shots were fired."}) + "\n"
                    + json.dumps({"title": "Vigil held", "outlet": "Wire",
                                  "text": "Hundreds of people attended a vigil on Sunday, the mayor said."}) + "\n",
    "wire/broken.json": "{not json",
    "wire/empty.txt": "",
}


@pytest.fixture()
def corpus(tmp_path):
    root = tmp_path / "in"
    for rel, text in ARTICLES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


@pytest.fixture()
def xdg(tmp_path, monkeypatch):
    d = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(d))
    return d


def _no_model(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("the spaCy model was loaded")

    import spacy

    monkeypatch.setattr(N, "load", boom)
    monkeypatch.setattr(spacy, "load", boom)


# ---------------------------------------------------------------- records

def test_claims_round_trip_through_dicts(seeds_report):
    assert seeds_report.claims
    for c in seeds_report.claims:
        back = Claim.from_dict(json.loads(json.dumps(c.to_dict())))
        assert back == c


# ---------------------------------------------------------------- cache

def test_rerun_comes_from_cache_without_loading_the_model(corpus, xdg, monkeypatch):
    first = runner.invoke(app, ["claims", str(corpus), "--format", "jsonl", "--jobs", "1"])
    assert first.exit_code == 0, first.output
    assert (xdg / "reconcile" / claim_cache.DB_NAME).exists()
    _no_model(monkeypatch)
    again = runner.invoke(app, ["claims", str(corpus), "--format", "jsonl", "--jobs", "1"])
    assert again.exit_code == 0, again.output
    assert again.stdout == first.stdout and first.stdout.count("\n") > 8
    report = runner.invoke(app, ["check", str(corpus), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output
    # --no-cache must parse again
    assert runner.invoke(app, ["claims", str(corpus), "--no-cache"]).exit_code != 0


def test_cached_claims_run_does_not_even_import_spacy(corpus, xdg):
    import os
    import subprocess
    import sys

    code = ("import sys\nfrom reconcile.cli import app\n"
            "try:\n    app(['claims', sys.argv[1], '--format', 'jsonl', '--jobs', '1'])\n"
            "except SystemExit as e:\n    assert not e.code, e.code\n"
            "print('SPACY' if 'spacy' in sys.modules else 'NO SPACY', file=sys.stderr)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(xdg)}
    first = subprocess.run([sys.executable, "-c", code, str(corpus / "herald")], env=env,
                           capture_output=True, text=True)
    assert first.stderr.strip().splitlines()[-1] == "SPACY" and first.stdout
    again = subprocess.run([sys.executable, "-c", code, str(corpus / "herald")], env=env,
                           capture_output=True, text=True)
    assert again.stderr.strip().splitlines()[-1] == "NO SPACY", again.stderr
    assert again.stdout == first.stdout


def test_changed_text_or_extractor_misses(corpus, xdg, monkeypatch):
    assert runner.invoke(app, ["claims", str(corpus), "--jobs", "1"]).exit_code == 0
    (corpus / "daily" / "shooting.txt").write_text("Police said five people were killed on Friday.\n")
    _no_model(monkeypatch)
    loaded = "error: internal error: AssertionError: the spaCy model was loaded"
    r = runner.invoke(app, ["claims", str(corpus), "--jobs", "1"])
    assert r.exit_code == 3 and loaded in r.stderr  # the changed file needs the model
    r = runner.invoke(app, ["claims", str(corpus / "herald"), "--jobs", "1"])
    assert r.exit_code == 0  # unchanged files still hit
    monkeypatch.setattr(claim_cache, "extractor_version", lambda: "another version")
    r = runner.invoke(app, ["claims", str(corpus / "herald"), "--jobs", "1"])
    assert r.exit_code == 3 and loaded in r.stderr


def test_same_text_elsewhere_is_a_hit_with_its_own_ids(tmp_path, xdg, monkeypatch):
    a = tmp_path / "a"
    a.mkdir()
    (a / "one.txt").write_text("Police said four people were killed and two injured on Monday.\n")
    first = runner.invoke(app, ["claims", str(a), "--format", "jsonl", "--jobs", "1"])
    b = tmp_path / "b"
    b.mkdir()
    (b / "two.txt").write_text((a / "one.txt").read_text())
    _no_model(monkeypatch)
    second = runner.invoke(app, ["claims", str(b), "--format", "jsonl", "--jobs", "1"])
    assert second.exit_code == 0
    rows1 = [json.loads(x) for x in first.stdout.splitlines()]
    rows2 = [json.loads(x) for x in second.stdout.splitlines()]
    assert [r["id"] for r in rows2] == [r["id"].replace("one:", "two:") for r in rows1]
    assert {r["path"] for r in rows2} == {str(b / "two.txt")}


def test_cache_never_in_the_input_folder(corpus, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(corpus / "cache"))
    assert runner.invoke(app, ["claims", str(corpus), "--jobs", "1"]).exit_code == 0
    assert not (corpus / "cache").exists()


def test_cache_info_and_clear(corpus, xdg):
    runner.invoke(app, ["claims", str(corpus / "herald"), "--jobs", "1"])
    info = runner.invoke(app, ["cache", "info"])
    assert info.exit_code == 0 and "entries: 2" in info.stdout and str(xdg) in info.stdout
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0 and "removed 2" in cleared.stdout
    assert "entries: 0" in runner.invoke(app, ["cache", "info"]).stdout


# ---------------------------------------------------------------- workers and streaming

def test_worker_processes_give_the_same_claims(corpus, xdg):
    one = runner.invoke(app, ["claims", str(corpus), "--format", "jsonl", "--jobs", "1", "--no-cache"])
    two = runner.invoke(app, ["claims", str(corpus), "--format", "jsonl", "--jobs", "2", "--no-cache"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and one.stdout


class _FakeEngine(workers.Engine):
    """Extraction stand-in: one claim-less result per article, no model."""

    def __init__(self, jobs: int = 2) -> None:
        super().__init__(None, jobs)
        self.loaded = True
        self.batches: list[int] = []

    def submit(self, articles):
        h = self._next
        self._next += 1
        self.batches.append(len(articles))
        self._waiting[h] = [[] for _ in articles]
        return h

    def ready(self, h):
        return h in self._done or h % 3 != 0  # some batches are slow

    def result(self, h):
        if h not in self._done:
            self._done[h] = self._waiting.pop(h)
        return self._done[h]


def test_ordered_streams_in_input_order_with_bounded_read_ahead():
    read = []

    def articles():
        for i in range(500):
            read.append(i)
            yield Article(id=f"a{i}", path=f"a{i}.txt", text="x")

    cached = {f"a{i}" for i in range(0, 500, 7)}
    engine = _FakeEngine()
    out = []
    ahead = 0
    for art, cs, fresh in workers.ordered(articles(), lambda a: [] if a.id in cached else None,
                                          engine, batch_size=8, max_ahead=64):
        ahead = max(ahead, len(read) - len(out))
        out.append((art.id, fresh))
    assert [i for i, _ in out] == [f"a{i}" for i in range(500)]
    assert all(fresh == (i not in cached) for i, fresh in out)
    assert ahead <= 64 + 1
    assert max(engine.batches) <= 8


# ---------------------------------------------------------------- shards

def test_shard_slices_are_stable_and_cover_everything():
    ids = [f"folder/file{i}" for i in range(200)]
    slices = [[s for s in ids if Shard(k, 4).holds(s)] for k in range(1, 5)]
    assert sorted(sum(slices, [])) == sorted(ids)
    assert all(20 < len(s) < 80 for s in slices)
    # membership depends on the name alone, not on the other files
    assert [s for s in ids[::-1] if Shard(2, 4).holds(s)] == slices[1][::-1]
    with pytest.raises(ValueError):
        Shard.parse("0/3")
    with pytest.raises(ValueError):
        Shard.parse("two/3")


def test_walk_key_is_folder_walk_order(corpus):
    from reconcile.ingest import iter_files

    (corpus / "daily" / "sub").mkdir()
    (corpus / "daily" / "sub" / "a.txt").write_text("x")
    (corpus / "daily" / "z.txt").write_text("x")
    walked = [str(p) for p, _ in iter_files([corpus])]
    assert sorted(walked, key=walk_key) == walked


@pytest.mark.parametrize("n", [1, 3])
def test_shards_plus_check_claims_equal_one_whole_run(corpus, xdg, tmp_path, n):
    files = []
    for k in range(1, n + 1):
        r = runner.invoke(app, ["claims", str(corpus), "--shard", f"{k}/{n}", "--jobs", "1"])
        assert r.exit_code == 0, r.output
        f = tmp_path / f"shard{k}.jsonl"
        f.write_text(r.stdout, encoding="utf-8")
        files.append(str(f))
    sources = [json.loads(x)["id"] for f in files for x in open(f) if '"record": "source"' in x]
    assert len(sources) == len(set(sources)) == 6  # 4 files + 2 articles in a .jsonl
    for fmt in ("json", "text"):
        whole = runner.invoke(app, ["check", str(corpus), "--format", fmt, "--jobs", "1"])
        saved = runner.invoke(app, ["check", "--claims", *files[::-1], "--format", fmt])
        assert whole.exit_code == saved.exit_code == 1, (whole.output, saved.output)
        assert saved.stdout == whole.stdout
    report = json.loads(runner.invoke(app, ["check", "--claims", *files, "--format", "json"]).stdout)
    assert report["summary"]["skipped"] == 2 and report["summary"]["sources"] == 6
    assert report["summary"]["conflicts"] >= 1
    # the HTML page from saved claims: findings, no article text to show
    page = runner.invoke(app, ["check", "--claims", *files, "--format", "html"])
    assert page.exit_code == 1 and page.stdout.lstrip().lower().startswith("<!doctype html")


def test_check_claims_reads_plain_jsonl_and_rejects_junk(tmp_path, xdg):
    plain = runner.invoke(app, ["claims", str(SEEDS), "--format", "jsonl", "--jobs", "1"])
    f = tmp_path / "plain.jsonl"
    f.write_text(plain.stdout)
    r = runner.invoke(app, ["check", "--claims", str(f), "--format", "json"])
    assert r.exit_code == 1
    assert json.loads(r.stdout)["summary"]["conflicts"] >= 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"record": "source", "id": "x", "path": "x.txt"}\n{"kind": "quote"}\n')
    r = runner.invoke(app, ["check", "--claims", str(bad)])
    assert r.exit_code == 2 and "bad.jsonl: line 2" in r.stderr
    r = runner.invoke(app, ["check", "--claims", str(f), str(f)])
    assert r.exit_code == 2 and ("twice" in r.stderr or "another file" in r.stderr)


def test_saved_claims_stay_in_their_files_and_read_back_by_source(tmp_path):
    from reconcile.shard import SavedClaims, SavedClaimsError, claims_jsonl, read

    def claim(src: str, n: int, text: str) -> Claim:
        return Claim(id=f"{src}:quote{n}", source=src, path=f"{src}.txt", kind="quote", start=n, end=n + 4,
                     text=text, sentence=f"“{text},” the mayor said.", line=1, speaker="the mayor")

    a1, a2, b1 = claim("b/a", 1, "Stay home"), claim("b/a", 2, "Lock up"), claim("a/b", 1, "Call us")
    f = tmp_path / "plain.jsonl"
    # claims-only lines, one source's claims not together, UTF-8 and a blank line between them
    f.write_text(claims_jsonl([a1]) + "\n" + claims_jsonl([b1, a2]).replace("Call us", "Call üs"), encoding="utf-8")
    b1 = claim("a/b", 1, "Call üs")
    saved = read([f])
    assert isinstance(saved.claims, SavedClaims) and [a.id for a in saved.articles] == ["a/b", "b/a"]
    assert list(saved.claims.of("b/a")) == [a1, a2] and list(saved.claims.of("nobody")) == []
    assert list(saved.claims) == [b1, a1, a2] and len(saved.claims) == 3  # folder-walk order of the sources
    assert saved.claims[0] == b1 and saved.claims[-1] == a2 and saved.claims[1:] == [a1, a2]
    with pytest.raises(IndexError):
        saved.claims[3]
    ids = saved.claims.by_id()  # what the renderers look claims up in: read per source when asked
    assert ids["b/a:quote2"] == a2 and ids.get("a/b:quote1") == b1 and "b/a:quote9" not in ids
    assert "nobody:quote1" not in ids and list(ids) == ["a/b:quote1", "b/a:quote1", "b/a:quote2"] and len(ids) == 3
    f.write_text("", encoding="utf-8")  # read again when asked for: the claims are not held
    with pytest.raises(SavedClaimsError, match="plain.jsonl: changed or gone"):
        saved.claims.of("b/a")
    f.unlink()
    with pytest.raises(SavedClaimsError, match="plain.jsonl: changed or gone"):
        list(saved.claims)


def test_saved_claims_that_change_during_check_are_a_clear_error(tmp_path, xdg, monkeypatch):
    from reconcile import pipeline

    saved = runner.invoke(app, ["claims", str(SEEDS), "--shard", "1/1", "--jobs", "1"])
    f = tmp_path / "plain.jsonl"
    f.write_text(saved.stdout, encoding="utf-8")
    report = pipeline.report

    def truncating(*a, **k):  # the file changes after it was read, before the events are judged
        f.write_text("", encoding="utf-8")
        return report(*a, **k)

    monkeypatch.setattr("reconcile.cli.build_report", truncating)
    r = runner.invoke(app, ["check", "--claims", str(f), "--format", "json"])
    assert r.exit_code == 2 and "plain.jsonl: changed or gone while the report was being built" in r.stderr
    assert r.stderr.count("\n") == 1 and not r.stdout
