"""Configuration: discovery (from where the command runs, never from an input folder),
precedence (command line > file > defaults), every key, and bad files (one line on
stderr, exit 2)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from reconcile import config
from reconcile.cli import app

runner = CliRunner()

# 'three' vs 'several': compatible, one a count and one a word, so a difference (exit 0 unless --fail-on differ)
DIFFER = {"a.txt": "Police said three people were killed in the shooting on Friday.\n",
          "b.txt": "Police said several people were killed in the shooting on Friday.\n"}


def _write(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    """A repository: .git at its root, articles in news/; commands run at its root."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    _write(root / "news", DIFFER)
    monkeypatch.chdir(root)
    return root


def _check(*args):
    return runner.invoke(app, ["check", *map(str, args)])


# ---------------------------------------------------------------- discovery

def test_pyproject_table_found_from_where_the_command_runs(repo):
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.reconcile]\nformat = "json"\n')
    assert config.find([repo / "news"]) == repo / "pyproject.toml"
    r = _check(repo / "news")
    assert json.loads(r.stdout)["summary"]["differences"] >= 1


def test_reconcile_toml_beats_pyproject_and_nearer_beats_farther(repo):
    (repo / "pyproject.toml").write_text('[tool.reconcile]\nformat = "json"\n')
    (repo / "reconcile.toml").write_text('format = "markdown"\n')
    assert config.find([repo / "news"]) == repo / "reconcile.toml"
    (repo / "tools" / "deeper").mkdir(parents=True)
    (repo / "tools" / "deeper" / "pyproject.toml").write_text('[tool.reconcile]\nformat = "jsonl"\n')
    assert config.find([repo / "news"], start=repo / "tools" / "deeper") == repo / "tools" / "deeper" / "pyproject.toml"
    assert config.find([repo / "news"], start=repo / "tools") == repo / "reconcile.toml"
    assert _check(repo / "news").stdout.startswith("<!-- reconcile ")
    assert "\n## reconcile\n" in _check(repo / "news").stdout


def test_pyproject_without_table_is_passed_over(repo):
    (repo / "tools").mkdir()
    (repo / "tools" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (repo / "reconcile.toml").write_text('format = "json"\n')
    assert config.find([repo / "news"], start=repo / "tools") == repo / "reconcile.toml"


def test_search_stops_at_repository_root(repo, tmp_path):
    (tmp_path / "reconcile.toml").write_text('format = "json"\n')  # above the repository
    assert config.find([repo / "news"]) is None
    assert _is_text(_check(repo / "news").stdout)


def test_not_found_from_the_input_folder(repo, tmp_path, monkeypatch):
    """A configuration beside the articles but not above where the command runs is not read."""
    (repo / "reconcile.toml").write_text('format = "json"\n')
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / ".git").mkdir(parents=True)
    monkeypatch.chdir(elsewhere)
    assert config.find([repo / "news"]) is None
    assert _is_text(_check(repo / "news").stdout)


def test_a_file_inside_an_input_folder_is_passed_over(repo):
    """Even where the command runs: the search goes on above the input folder."""
    (repo / "reconcile.toml").write_text('format = "json"\n')
    (repo / "news" / "reconcile.toml").write_text('format = "markdown"\n')
    assert config.find([repo / "news"], start=repo / "news") == repo / "reconcile.toml"
    assert config.find([repo], start=repo) is None  # the repository itself is the input
    assert config.find([repo / "news" / "a.txt"], start=repo / "news") == repo / "news" / "reconcile.toml"


# ---------------------------------------------------------------- precedence

def _is_text(out: str) -> bool:
    """The text report of the fixture's two sources (not JSON, not Markdown)."""
    return out.split("\n", 1)[1].startswith("Sources (2)\n") and "\nDifferences (" in out


def test_precedence_command_line_file_defaults(repo):
    news = repo / "news"
    # defaults: text, fail on conflict only -> a difference exits 0
    r = _check(news)
    assert r.exit_code == 0 and _is_text(r.stdout)
    (repo / "reconcile.toml").write_text('fail-on = "differ"\nformat = "json"\n')
    # the file beats the defaults
    r = _check(news)
    assert r.exit_code == 1 and json.loads(r.stdout)["summary"]["differences"] >= 1
    # the command line beats the file
    r = _check(news, "--fail-on", "conflict", "--format", "markdown")
    assert r.exit_code == 0 and "\n## reconcile\n" in r.stdout
    # --config names another file, which replaces the one found
    other = repo / "ci.toml"
    other.write_text('fail-on = "never"\n')
    r = _check(news, "--config", other)
    assert r.exit_code == 0 and _is_text(r.stdout)


def test_max_bytes_from_file_and_command_line(repo):
    news = repo / "news"
    (news / "long.txt").write_text("Police said three people were killed on Friday. " * 40, encoding="utf-8")
    (repo / "reconcile.toml").write_text("max-bytes = 1000\n")
    r = _check(news)
    assert "long.txt: skipped: too large (1,920 bytes; the limit is 1,000, see --max-bytes)" in r.stderr
    r = _check(news, "--max-bytes", "5000")
    assert "skipped" not in r.stderr


def test_ignore_by_fingerprint_or_id(repo):
    news = repo / "news"
    r = _check(news, "--format", "json", "--fail-on", "differ")
    assert r.exit_code == 1
    f = next(f for f in json.loads(r.stdout)["findings"] if f["status"] == "differ" and f["kind"] == "quantity")
    for name in (f["fingerprint"], f["id"]):
        (repo / "reconcile.toml").write_text(f'ignore = ["{name}"]\n')
        r = _check(news, "--format", "json", "--fail-on", "differ")
        d = json.loads(r.stdout)
        assert f["id"] not in {x["id"] for x in d["findings"]}
        assert d["summary"]["ignored"] == 1
        assert "1 finding ignored by the configuration" in r.stderr


def test_place_aliases_join_claims(tmp_path, monkeypatch):
    # not a toll (tolls are compared as each source's account of the one event,
    # wherever each places it): figures aligned by their place
    news = _write(tmp_path / "repo" / "news", {
        "a.txt": "There were five attacks in Bombay on Monday.\n",
        "b.txt": "There were five attacks in Mumbai on Monday.\n"})
    (tmp_path / "repo" / ".git").mkdir()
    monkeypatch.chdir(tmp_path / "repo")
    r = _check(news, "--format", "json")
    assert r.exit_code == 0  # two places: two unique figures
    assert json.loads(r.stdout)["summary"]["unique"] == 2
    (tmp_path / "repo" / "reconcile.toml").write_text('aliases = [["Mumbai", "Bombay"]]\n')
    r = _check(news, "--format", "json")
    assert r.exit_code == 0, r.stdout
    (f,) = json.loads(r.stdout)["findings"]
    assert f["status"] == "agree" and f["measure"] == "attacks"


def test_extra_measure_words(tmp_path, monkeypatch):
    news = _write(tmp_path / "repo" / "news", {
        "c.txt": "Officials said 40 people were rescued from the building on Sunday.\n"})
    (tmp_path / "repo" / ".git").mkdir()
    monkeypatch.chdir(tmp_path / "repo")

    def measures():
        r = runner.invoke(app, ["claims", str(news), "--format", "jsonl"])
        return [json.loads(x)["measure"] for x in r.stdout.splitlines() if '"quantity"' in x]

    assert measures() == [None]
    (tmp_path / "repo" / "reconcile.toml").write_text('[measures.rescued]\nverbs = ["rescue"]\n')
    assert measures() == ["rescued"]
    # the built-in words are still there
    from reconcile.text.lexicon import extra_measures, lexicon

    with extra_measures([("rescued", "verbs", "rescue")]):
        assert lexicon().verb_measure["rescue"] == "rescued"
        assert lexicon().verb_measure["kill"] == "killed"
    assert "rescue" not in lexicon().verb_measure


def test_every_renderer_is_a_command_line_format():
    from reconcile.cli import CheckFormat
    from reconcile.report import DIFF_RENDERERS, RENDERERS

    assert {f.value for f in CheckFormat} == set(RENDERERS) == set(config.FORMATS)
    assert set(DIFF_RENDERERS) <= set(RENDERERS)


def test_parse_forms():
    c = config.parse({"fail-on": "differ", "format": "sarif", "max-bytes": 10,
                      "ignore": ["ABCDEF012345"], "aliases": {"Hawler": "Erbil"},
                      "measures": {"rescued": {"verbs": ["Rescue"], "nouns": ["rescuee"]}}})
    assert (c.fail_on, c.format, c.max_bytes, c.ignore) == ("differ", "sarif", 10, ("abcdef012345",))
    assert c.aliases == {"Hawler": "Erbil"}
    assert c.measures == (("rescued", "nouns", "rescuee"), ("rescued", "verbs", "rescue"))
    assert config.parse({"aliases": [["Erbil", "Hawler", "Arbil"]]}).aliases == {"Hawler": "Erbil", "Arbil": "Erbil"}


# ---------------------------------------------------------------- bad files

@pytest.mark.parametrize("content,message", [
    ("fail-on = ", "invalid TOML"),
    ('fail_on = "differ"', "fail_on: unknown key (did you mean 'fail-on'?)"),
    ("colour = true", "colour: unknown key (expected one of fail-on, format, max-bytes"),
    ('fail-on = "sometimes"', "fail-on: expected one of conflict, differ, never, got 'sometimes'"),
    ('format = "pdf"', "format: expected one of text, json, jsonl, markdown, github, sarif"),
    ("max-bytes = -1", "max-bytes: expected a positive whole number"),
    ("max-bytes = true", "max-bytes: expected a positive whole number"),
    ('ignore = "abc"', "ignore: expected a list"),
    ('ignore = ["not-a-print"]', "ignore: 'not-a-print' is not a fingerprint"),
    ('aliases = [["Erbil"]]', "aliases: each list needs two names"),
    ('aliases = 3', "aliases: expected a table"),
    ('[measures.Bad-Name]\nverbs = ["x"]', "measures.Bad-Name: a measure name is"),
    ('[measures.rescued]\nadverbs = ["x"]', "measures.rescued.adverbs: unknown key"),
    ('[measures.rescued]\nverbs = "rescue"', "measures.rescued.verbs: expected a list of words"),
])
def test_bad_config_is_one_line_exit_2(repo, content, message):
    (repo / "reconcile.toml").write_text(content + "\n")
    r = _check(repo / "news")
    assert r.exit_code == 2, r.stdout
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {repo / 'reconcile.toml'}: ")
    assert message in lines[0]
    assert r.stdout == ""


def test_bad_pyproject_and_missing_explicit_config(repo):
    (repo / "pyproject.toml").write_text('[tool.reconcile]\nformat = "json"\nformat = "text"\n')
    r = _check(repo / "news")
    assert r.exit_code == 2 and "pyproject.toml: invalid TOML" in r.stderr
    r = _check(repo / "news", "--config", repo / "nope.toml")
    assert r.exit_code == 2 and "nope.toml: no such configuration file" in r.stderr
    (repo / "other.toml").write_text('[tool.reconcile]\nfail-on = 1\n')
    r = _check(repo / "news", "--config", repo / "other.toml")
    assert r.exit_code == 2 and "fail-on: expected one of" in r.stderr


def test_diff_reads_config_too(repo, tmp_path):
    (repo / "reconcile.toml").write_text('format = "json"\nfail-on = "never"\n')
    r = runner.invoke(app, ["diff", str(repo / "news"), str(repo / "news")])
    assert r.exit_code == 0 and json.loads(r.stdout)["schema"] == "reconcile/diff@1"
