"""One failing article never ends the run; --strict; output that cannot drive a terminal."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import reconcile.extract.quantities as quantities_module
from reconcile.cli import app
from reconcile.report.json import dumps
from reconcile.report.text import clean

runner = CliRunner()


def _folder(tmp_path, n=40, bad=(7, 33)):
    """n articles (more than one parsing batch); those in ``bad`` carry the word BOOM."""
    for i in range(n):
        word = " BOOM" if i in bad else ""
        (tmp_path / f"a{i:02}.txt").write_text(f"Police said {i + 2} people were killed in the attack{word} on Monday.\n")
    return tmp_path


@pytest.fixture
def exploding_component(monkeypatch):
    """The quantities component raises inside nlp.pipe for any text with BOOM."""
    real = quantities_module.quantities

    def maybe_boom(doc):
        if "BOOM" in doc.text:
            raise ValueError("boom on purpose\nsecond line")
        return real(doc)

    monkeypatch.setattr(quantities_module, "quantities", maybe_boom)


def test_an_exception_in_extraction_skips_only_that_article(tmp_path, exploding_component):
    folder = _folder(tmp_path)
    r = runner.invoke(app, ["check", str(folder), "--format", "json"])
    assert r.exit_code in (0, 1), r.output
    assert r.stderr.splitlines() == [
        f"{folder / 'a07.txt'}: skipped: internal error in extraction: ValueError: boom on purpose",
        f"{folder / 'a33.txt'}: skipped: internal error in extraction: ValueError: boom on purpose",
    ]
    report = json.loads(r.stdout)
    ids = [s["id"] for s in report["sources"]]
    assert ids == [f"a{i:02}" for i in range(40) if i not in (7, 33)]
    assert {c["source"] for c in report["claims"] if c["kind"] == "quantity"} == set(ids)
    assert [s["reason"] for s in report["skipped"]] == ["internal error in extraction: ValueError: boom on purpose"] * 2
    assert runner.invoke(app, ["check", str(folder), "--strict"]).exit_code == 2


def test_claims_command_goes_on_too(tmp_path, exploding_component):
    folder = _folder(tmp_path, n=5, bad=(2,))
    r = runner.invoke(app, ["claims", str(folder), "--format", "jsonl"])
    assert r.exit_code == 0
    assert "a02.txt: skipped: internal error in extraction: ValueError" in r.stderr
    assert sorted({json.loads(x)["source"] for x in r.stdout.splitlines()}) == ["a00", "a01", "a03", "a04"]
    assert runner.invoke(app, ["claims", str(folder), "--strict"]).exit_code == 2


def test_an_exception_turning_a_doc_into_claims_skips_that_article(tmp_path, monkeypatch):
    import reconcile.extract as extract  # the workers call extract.claims

    real = extract.claims

    def maybe_boom(art, doc):
        if art.id == "a01":
            raise KeyError("measure")
        return real(art, doc)

    monkeypatch.setattr(extract, "claims", maybe_boom)
    folder = _folder(tmp_path, n=3, bad=())
    r = runner.invoke(app, ["check", str(folder), "--format", "json"])
    assert r.stderr.strip() == f"{folder / 'a01.txt'}: skipped: internal error in extraction: KeyError: 'measure'"
    assert [s["id"] for s in json.loads(r.stdout)["sources"]] == ["a00", "a02"]


def test_every_article_failing_is_exit_2(tmp_path, exploding_component):
    folder = _folder(tmp_path, n=2, bad=(0, 1))
    r = runner.invoke(app, ["check", str(folder)])
    assert r.exit_code == 2 and "no readable article" in r.stderr


def test_strict_without_skips_keeps_the_usual_exit_codes(tmp_path):
    (tmp_path / "a.txt").write_text("Police said three people were killed in the shooting on Friday.\n")
    (tmp_path / "b.txt").write_text("Police said five people were killed in the shooting on Friday.\n")
    assert runner.invoke(app, ["check", str(tmp_path), "--strict"]).exit_code == 1
    assert runner.invoke(app, ["check", str(tmp_path), "--strict", "--fail-on", "never"]).exit_code == 0
    assert runner.invoke(app, ["claims", str(tmp_path), "--strict"]).exit_code == 0
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    r = runner.invoke(app, ["check", str(tmp_path), "--strict", "--fail-on", "never"])
    assert r.exit_code == 2
    assert r.stdout.rstrip().endswith("across 2 sources (1 skipped)")  # the report is still printed
    assert r.stderr.splitlines()[-1] == "error: --strict: 1 input(s) skipped"


def test_max_bytes_is_configurable(tmp_path):
    (tmp_path / "a.txt").write_text("Police said three people were killed in the shooting on Friday.\n")
    r = runner.invoke(app, ["check", str(tmp_path), "--max-bytes", "10"])
    assert r.exit_code == 2 and "a.txt: skipped: too large (64 bytes; the limit is 10," in r.stderr


@pytest.mark.parametrize("raw, shown", [
    ("a\x1b[31mred\x1b[0m b", "ared b"),
    ("t\x1b]0;title\x07x", "tx"),  # OSC with BEL
    ("t\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "tlink"),  # OSC 8 hyperlink with ST
    ("c1\x9b31m csi", "c131m csi"),  # 8-bit CSI: the introducer goes
    ("bidi \u202eevil\u202c \u2067x\u2069", "bidi evil x"),
    ("bell\x07 bs\x08 del\x7f", "bell bs del"),
    ("tab\there", "tab here"),
    ("line\u2028sep", "line\nsep"),
    ("name\udce9.txt", "name\ufffd.txt"),
    ("[bold red]markup[/]", "[bold red]markup[/]"),
])
def test_clean_for_terminal(raw, shown):
    assert clean(raw) == shown


def test_json_escapes_what_could_drive_a_terminal_and_round_trips():
    obj = {"t": "\x1b[31m \x9b \u202e \u2028 \udce9 \x00 é “q”"}
    s = dumps(obj)
    assert all(not (ord(c) < 32 and c != "\n") and not 0x7F <= ord(c) <= 0x9F for c in s)
    assert "\u202e" not in s and "\u2028" not in s and "\udce9" not in s
    assert "é “q”" in s  # ordinary text stays readable
    assert json.loads(s) == obj


def test_cr_and_crlf_line_ends_split_sentences_and_count_lines(tmp_path):
    """Old-Mac CR files: the headline is its own sentence and lines are counted."""
    from reconcile.pipeline import extract, read

    for name, nl in (("cr.txt", "\r"), ("crlf.txt", "\r\n"), ("lf.txt", "\n")):
        (tmp_path / name).write_bytes(nl.join(["Raid in the town", "", "Police said seven people were arrested.",
                                               "The mayor said four others were hurt.", ""]).encode())
    arts, _ = read([tmp_path])
    for art, cs in extract(arts):
        q = [c for c in cs if c.kind == "quantity"]
        assert [(c.text, c.line, c.sentence) for c in q] == [
            ("seven", 3, "Police said seven people were arrested."),
            ("four", 4, "The mayor said four others were hurt.")], art.path
