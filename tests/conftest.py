"""One English pipeline per test session (loading it takes a few seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Each test starts with an empty claim cache of its own (never the user's), so a
    test that patches an extractor is not answered from another test's results."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


@pytest.fixture(scope="session")
def nlp():
    from reconcile import extract

    return extract.load()


@pytest.fixture(scope="session")
def seeds_report():
    from reconcile.pipeline import reconcile

    return reconcile([SEEDS])


def quantities_of(nlp, text):
    doc = nlp(text)
    return [(text[q["start"]:q["end"]], q["value"], q["measure"]) for q in doc._.quantities]


def persons_by_name(nlp, text: str) -> dict[str, dict]:
    """The person dicts the pipeline reads in ``text``, by name."""
    return {r["name"]: r for r in nlp(text)._.persons}


def fact_moments(nlp, attr: str, text: str) -> list[tuple[str, str]]:
    """(moment, words) of each fact of ``attr`` the fact reader finds in ``text``."""
    doc = nlp(text)
    return [(f["moment"], text[f["start"]:f["end"]]) for f in doc._.facts if f["attr"] == attr]


def account_of(rep: dict, source: str) -> dict:
    """A JSON report's account of ``source``."""
    return next(a for a in rep["accounts"] if a["source"] == source)


def account_toll(rep: dict, measure: str, source: str = "a") -> dict | None:
    """A JSON report's toll of ``measure`` in the account of ``source`` (None: it says nothing)."""
    return account_of(rep, source)["tolls"].get(measure)


def account_custody(rep: dict, source: str = "a") -> list[tuple[str, str]]:
    """(group, words) of each custody statement the account of ``source`` keeps."""
    claims = {c["id"]: c for c in rep["claims"]}
    return [(claims[i]["group"], claims[i]["text"]) for i in account_of(rep, source)["custody"]]


def account_tolls(rep: dict, source: str) -> dict:
    """A JSON report's account of ``source``: measure -> (low, high) of its tolls."""
    acc = account_of(rep, source)
    return {m: (v["low"], v["high"]) for m, v in acc["tolls"].items()}


def account_place(rep: dict, source: str = "a") -> tuple[str | None, str | None]:
    """A JSON report's (place, place_how) of the account of ``source``."""
    acc = account_of(rep, source)
    return acc.get("place"), acc.get("place_how")


def one_article_tolls(tmp_path: Path, name: str, text: str) -> dict:
    """The tolls of the account of one article ``text``, checked alone in a folder of its
    own under ``tmp_path / name``: measure -> (low, high)."""
    (tmp_path / name).mkdir()
    return account_tolls(report_of(tmp_path / name, {"a.txt": text}), "a")


def toll_findings(rep: dict, measure: str) -> list[dict]:
    """A JSON report's toll findings of ``measure``."""
    return [f for f in findings_of(rep, measure=measure) if f["subject"].endswith("toll")]


def news_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    """A folder ``news`` under ``tmp_path`` (made if need be) holding ``files`` (name -> text)."""
    d = tmp_path / "news"
    d.mkdir(parents=True)
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def report_of(folder: Path, texts: dict[str, str], *args: str) -> dict:
    """The JSON report (:func:`check_json`, with ``args``) on a folder of articles ``texts``
    (name -> text) written under ``folder`` (:func:`news_folder`)."""
    return check_json(news_folder(folder, texts), *args)


def findings_of(rep: dict, **fields) -> list[dict]:
    """A JSON report's findings whose ``fields`` have the values given, in the report's
    order: ``findings_of(rep, kind="fact", measure="custody")``."""
    return [f for f in rep["findings"] if all(f[k] == v for k, v in fields.items())]


def set_aside_whys(rep: dict, i: int = 0) -> list[str]:
    """Why each claim the ``i``-th account of a JSON report set aside was set aside."""
    return [a["why"] for a in rep["accounts"][i]["set_aside"]]


def custody_groups(rep: dict) -> list[str | None]:
    """The group of each custody fact among a JSON report's claims ('held', 'charged', ...)."""
    return [c.get("group") for c in rep["claims"] if c["kind"] == "fact" and c.get("measure") == "custody"]


def people_names(rep: dict) -> set[str]:
    """The names of the claims in a JSON report's people table ('' for a claim with none)."""
    by_id = {c["id"]: c for c in rep["claims"]}
    return {by_id[i].get("name") or "" for row in rep["people"] for i in row}


def verdicts(rep: dict) -> list[dict]:
    """A JSON report's fact findings on the plea and verdict."""
    return findings_of(rep, kind="fact", subject="plea · verdict")


def dated_fact_findings(tmp_path: Path, first: str, second: str, dates: tuple[str, str], measure: str) -> list[dict]:
    """The ``fact`` findings of ``measure`` in the JSON report on two articles, ``first``
    and ``second`` (texts with a '{date}' slot), published on ``dates`` ('Oct 4, 2025')."""
    rep = report_of(tmp_path, {"a.txt": first.format(date=f"Published: {dates[0]}\n\n"),
                               "b.txt": second.format(date=f"Published: {dates[1]}\n\n")})
    return findings_of(rep, kind="fact", measure=measure)


def cli_output(*args: str) -> str:
    """``reconcile ARGS`` through the CLI (in process): its standard output, the run ending
    with exit code 0 or 1 (findings at or above --fail-on)."""
    from typer.testing import CliRunner

    from reconcile.cli import app

    r = CliRunner().invoke(app, list(args))
    assert r.exit_code in (0, 1), r.output
    return r.stdout


def check_json(folder: Path, *args: str) -> dict:
    """``reconcile check FOLDER --format json --no-cache`` through the CLI, parsed."""
    import json

    from typer.testing import CliRunner

    from reconcile.cli import app

    r = CliRunner().invoke(app, ["check", str(folder), "--format", "json", "--no-cache", *args])
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.stdout)
