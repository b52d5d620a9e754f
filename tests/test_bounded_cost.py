"""Every input has a bounded cost (issue 15, case 5): long texts are parsed in pieces
(claims from their end too, spaCy's max_length never reached) and runs of punctuation
never reach the tokenizer. The limits are module settings lowered here, so nothing
depends on the machine's speed; the speed and memory figures are in bench/ and the
docs/speed.md. Alignment's bounded work is tested in test_align_scale.py."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from typer.testing import CliRunner

import hostile
from conftest import SEEDS
from reconcile import extract
from reconcile import nlp as N
from reconcile.cli import app

runner = CliRunner()

TOWNS = ["Basra", "Mosul", "Kirkuk", "Erbil", "Najaf", "Ramadi", "Tikrit", "Samarra", "Karbala", "Hilla"]


def _long_article(paragraphs: int = 30) -> str:
    """A headline, then paragraphs of about 200 characters, each with its own figure."""
    paras = [f"Police in {TOWNS[i % 10]} said {i + 11} people were injured in an attack on a checkpoint on "
             f"Monday. The wounded were taken to the main hospital, where doctors said most were stable."
             for i in range(paragraphs)]
    return "Attacks across the provinces\n\n" + "\n\n".join(paras) + "\n"


def _quantities(stdout: str) -> list[dict]:
    return [c for c in map(json.loads, stdout.splitlines()) if c["kind"] == "quantity"]


def test_pieces_tile_the_text_and_cut_where_text_breaks():
    text = "Para one. Two.\n\nPara two is here. More.\nLine three.\n\nEnd."
    spans = N.pieces(text, 20)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(e - s <= 20 for s, e in spans)
    assert [text[s:e] for s, e in spans] == ["Para one. Two.\n\n", "Para two is here. ", "More.\nLine three.\n\n",
                                             "End."]
    assert N.pieces("x" * 10, 4) == [(0, 4), (4, 8), (8, 10)]  # nowhere to cut: at the size
    assert N.pieces(text, len(text)) == [(0, len(text))]


def test_a_long_article_is_read_in_pieces_with_claims_from_its_end(tmp_path, monkeypatch):
    article = tmp_path / "long.txt"
    article.write_text(_long_article(), encoding="utf-8")
    before = hostile.snapshot(tmp_path)
    whole = runner.invoke(app, ["claims", str(article), "--format", "jsonl", "--jobs", "1", "--no-cache"])
    monkeypatch.setattr(N, "PIECE_CHARS", 1000)  # about 6,000 characters: 7 pieces
    assert len(N.pieces(article.read_text(), N.PIECE_CHARS)) >= 6
    r = runner.invoke(app, ["claims", str(article), "--format", "jsonl", "--jobs", "1", "--no-cache"])
    assert r.exit_code == 0 and r.stderr == ""
    got = _quantities(r.stdout)
    text = article.read_text(encoding="utf-8")
    injured = [c for c in got if c["measure"] == "injured"]
    assert [c["text"] for c in injured] == [str(i + 11) for i in range(30)]  # the last paragraph's too
    for c in got:
        assert text[c["start"]:c["end"]] == c["text"] and c["text"] in c["sentence"]
        assert text.count("\n", 0, c["start"]) + 1 == c["line"]
    # cut at paragraph breaks, the pieces give what the whole text gives
    assert r.stdout == whole.stdout
    assert hostile.snapshot(tmp_path) == before


def test_an_article_over_spacys_max_length_is_read(tmp_path, monkeypatch):
    """spaCy refuses a text over nlp.max_length (E088); pieces never reach it."""
    nlp = extract.load()
    monkeypatch.setattr(nlp, "max_length", 1500)
    (tmp_path / "long.txt").write_text(_long_article(), encoding="utf-8")
    r = runner.invoke(app, ["claims", str(tmp_path), "--format", "jsonl", "--jobs", "1", "--no-cache"])
    assert r.exit_code == 0, r.output
    assert "E088" not in r.stderr and r.stderr == ""
    assert [c["text"] for c in _quantities(r.stdout) if c["measure"] == "injured"][-1] == "40"  # the last paragraph


def test_an_article_under_the_piece_size_is_parsed_whole(nlp):
    from reconcile.records import Article

    short = Article(id="a", path="a.txt", text="Police said 3 people were killed.\n")
    long_ = Article(id="b", path="b.txt", text="x" * (N.PIECE_CHARS + 1))
    (a, doc), (b, pieces) = N.parse([short, long_], nlp)
    assert (a, b) == (short, long_)
    assert doc.text == short.text  # a Doc, as ever
    assert isinstance(pieces, N.Pieces) and len(pieces) == 2


def test_runs_that_stall_the_tokenizer_are_blanked(nlp):
    quotes = '"' * 100_000
    assert N.guarded(quotes, nlp) == " " * 100_000
    text = "Police said 3 people were killed.\n" + "-" * 300 + "\n" + "." * 200 + "\n" + "=" * 90 + "\n"
    assert N.guarded(text, nlp) == text  # lines of dashes and dots stay; short runs stay
    mixed = 'He said "' + "»«" * 80 + '" then 4 people were hurt.'
    got = N.guarded(mixed, nlp)
    assert len(got) == len(mixed) and "»«" not in got and got.endswith(" then 4 people were hurt.")
    blob = "data:" + "A" * 5000 + " and 5 people were hurt."
    assert N.guarded(blob, nlp) == " " * 5005 + " and 5 people were hurt."
    # what reaches the tokenizer: no run of affixes past MAX_PUNCT_RUN, no word past MAX_CHUNK
    for t in (quotes, text, mixed, blob):
        g = N.guarded(t, nlp)
        assert max((len(m.group()) for m in re.finditer(r"\S+", g)), default=0) <= N.MAX_CHUNK
        for m in re.finditer(r"[^\w\s]{%d,}" % (N.MAX_PUNCT_RUN + 1), g):
            assert len(set(m.group())) == 1 and len(nlp.tokenizer(m.group()[:4])) == 1


def test_a_wall_of_quotation_marks_beside_normal_articles(tmp_path):
    news = tmp_path / "news"
    shutil.copytree(SEEDS, news)
    (news / "quotes.txt").write_text('"' * 100_000, encoding="utf-8")
    before = hostile.snapshot(news)
    r = runner.invoke(app, ["check", str(news), "--format", "json", "--jobs", "1", "--no-cache"])
    assert r.exit_code == 1, r.output  # the seeds' conflict
    assert r.stderr == ""
    report = json.loads(r.stdout)
    assert report["summary"]["conflicts"] == 1
    assert "quotes" in [s["id"] for s in report["sources"]]
    assert not [c for c in report["claims"] if c["source"] == "quotes"]
    assert hostile.snapshot(news) == before


@pytest.mark.parametrize("size", [1, 7])
def test_tiny_pieces_still_tile(size):
    text = _long_article(2)
    spans = N.pieces(text, size)
    assert "".join(text[s:e] for s, e in spans) == text and all(e - s <= size for s, e in spans)


def test_a_text_with_no_sentence_end_is_read_in_sentences_of_bounded_length(nlp, monkeypatch):
    """Words with no full stop and no line break are cut into sentences of at most
    MAX_SENT_TOKENS tokens, so no claim's patterns search a whole piece; a text with
    sentence ends keeps the parser's own sentences."""
    words = " ".join(f"word{i} and {i} more" for i in range(60))  # 240 tokens, no sentence end
    monkeypatch.setattr(N, "MAX_SENT_TOKENS", 50)
    sents = list(nlp(words).sents)
    assert len(sents) >= 240 // 51 and max(len(s) for s in sents) <= 50
    normal = "Two men were shot on Monday. Police said one of them died. No arrests were made."
    monkeypatch.setattr(N, "MAX_SENT_TOKENS", 8)  # each sentence is at most 7 tokens
    assert [s.text.strip() for s in nlp(normal).sents] == ["Two men were shot on Monday.",
                                                            "Police said one of them died.",
                                                            "No arrests were made."]
