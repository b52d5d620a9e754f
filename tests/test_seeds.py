"""The seeds end to end: the report holds what issue 2 asks for."""

from __future__ import annotations

import json


def _findings(report):
    claims = {c.id: c for c in report.claims}
    return [(f, [claims[i] for i in f.claims]) for f in report.findings]


def _values(cs):
    return {c.value.nominal for c in cs if c.value} | {c.hedge for c in cs if c.hedge}


def test_every_claim_text_is_its_span(seeds_report):
    texts = {a.id: a.text for a in seeds_report.articles}
    assert len(seeds_report.claims) > 20
    for c in seeds_report.claims:
        assert c.text == texts[c.source][c.start:c.end]
        assert texts[c.source].count("\n", 0, c.start) + 1 == c.line


def test_agreements(seeds_report):
    agree = [(f, cs) for f, cs in _findings(seeds_report) if f.status == "agree" and f.kind == "quantity"]
    found = {(f.measure, frozenset(_values(cs)), len({c.source for c in cs})) for f, cs in agree}
    assert any(m == "attacks" and 66 in v and n == 2 for m, v, n in found)
    assert any(m == "attacks" and 32 in v and n == 2 for m, v, n in found)
    assert any(m == "attacks" and 34 in v and n == 2 for m, v, n in found)
    assert any(m == "injured" and 62 in v and n == 2 for m, v, n in found)
    assert any(m == "killed" and "several" in v and n == 2 for m, v, n in found)


def test_injuries_at_al_asad_differ(seeds_report):
    hits = [f for f, cs in _findings(seeds_report)
            if f.status in ("differ", "conflict") and f.measure == "injured"
            and {c.text for c in cs} >= {"several", "eight"}]
    assert hits


def test_quote_conflict_and_title_differ(seeds_report):
    quote = [(f, cs) for f, cs in _findings(seeds_report) if f.kind == "quote" and f.status == "conflict"]
    assert any({c.speaker for c in cs} == {"Sabrina Singh", "Pat Ryder"}
               and all("confirm an attack last night" in c.text for c in cs) for f, cs in quote)
    role = [f for f, cs in _findings(seeds_report) if f.kind == "role" and f.status == "differ"
            and {c.person for c in cs} == {"Sabrina Singh"}]
    assert role


def test_unique_claims(seeds_report):
    uniq = [cs[0] for f, cs in _findings(seeds_report) if f.status == "unique" and f.kind == "quantity"]
    assert any(c.text == "more than 20" and c.value.low == 21 for c in uniq)
    assert any(c.text == "more than 14,000" and c.measure == "killed" for c in uniq)


def test_no_false_pairs(seeds_report):
    for f, cs in _findings(seeds_report):
        if f.status not in ("differ", "conflict") or f.kind != "quantity":
            continue
        vals = {c.value.nominal for c in cs}
        for pair in ({62, 8}, {32, 34}, {66, 62}, {66, 32}):
            assert not pair <= vals, (f.reason, vals)


def test_json_report_shape_and_determinism(seeds_report):
    from reconcile.report import json as json_report

    a = json_report.render(seeds_report)
    d = json.loads(a)
    assert d["schema"] == "reconcile/report@1"
    assert {"id", "path", "title", "outlet", "published"} <= set(d["sources"][0])
    assert {"id", "status", "kind", "measure", "reason", "claims"} <= set(d["findings"][0])
    assert d["summary"]["conflicts"] >= 1
    from reconcile.pipeline import reconcile
    from conftest import SEEDS

    assert json_report.render(reconcile([SEEDS])) == a
