"""bench/people_fast.py: the people reader on stored parses gives the pipeline's person claims."""

from __future__ import annotations

import io
import json
import pickle

import pytest
from spacy.tokens import Doc

from bench import people_fast
from reconcile import cache, nlp as N, pipeline

#: two incident folders of made-up reports (names, places and numbers of our own)
ARTICLES = {
    "1001/a.txt": "Published: March 3, 2024\n\nTwo men were shot in Port Arlen on Saturday night. "
                  "Tobias Wren, 34, was pronounced dead on the sidewalk, a detective told us. Marcus Delane, 27, was taken to "
                  "Kerrow General Hospital in critical condition.\n\nOfficers arrested Hollis Brandt, 41, "
                  "of Linwood, and charged him with murder. Brandt was held without bail.",
    "1001/b.txt": "Gunfire in Port Arlen left a 34-year-old man dead and a second man hurt. "
                  "The dead man was identified as Tobias Wren. Police said Hollis Brandt fired at the two "
                  "men outside a bar before he ran off; he was caught an hour later.",
    "1002/a.txt": "Published: June 9, 2023\n\nA teenager was wounded when someone fired into a car on "
                  "Aster Road, Vellmore police said. Jonah Pike, 16, took a bullet to the thigh; doctors "
                  "think he will recover.\n\nNo one has been arrested. Sgt. Renata Olsen said the shooter fled on foot.\n\n"
                  + "Neighbors said the street had been quiet for years. " * 12
                  + "\n\nPike's mother, Dora Pike, said her boy had been heading back from band practice.",
}


@pytest.fixture(scope="module")
def split(tmp_path_factory):
    root = tmp_path_factory.mktemp("people_fast") / "split"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def store(split, tmp_path_factory):
    # long texts are parsed in pieces: a small piece size makes the last article three
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(N, "PIECE_CHARS", 400)
        out = tmp_path_factory.mktemp("store") / "split.store"
        assert people_fast.build(str(split), str(out)) == 3
        expected = [c for _, cs in pipeline.extract(pipeline.read([split])[0], pipeline.Options(jobs=1, cache=False))
                    for c in cs if c.kind == "person"]
    return out, expected


def test_run_gives_the_pipelines_person_claims(store, nlp):
    out, expected = store
    got = io.StringIO()
    people_fast.run(str(out), [], got)
    lines = got.getvalue().splitlines()
    assert [json.loads(x) for x in lines] == [json.loads(json.dumps(c.to_dict())) for c in expected]
    assert {"Tobias Wren", "Marcus Delane", "Hollis Brandt", "Jonah Pike"} <= {c.name for c in expected}
    # the pieces are stored as pieces and read with their offsets
    saved = pickle.loads(out.read_bytes())
    assert max(len(p) for _, p in saved["articles"]) > 1
    # only the user data the reader reads is kept, with the hash of the code that made it
    doc = Doc(nlp.vocab).from_bytes(saved["articles"][0][1][0][1])
    assert set(doc.user_data) == {("._.", "quantities", None, None)} and doc._.quantities
    assert saved["code"] == people_fast.extractor_version(people_fast.code_files())


def test_run_and_pick_keep_the_folders_asked_for(store, split):
    out, expected = store
    got = io.StringIO()
    people_fast.run(str(out), [str(split / "1002")], got)
    assert {json.loads(x)["name"] for x in got.getvalue().splitlines()} == \
        {c.name for c in expected if "/1002/" in c.path}
    whole = io.StringIO()
    people_fast.run(str(out), [], whole)
    claims = out.parent / "claims.jsonl"
    claims.write_text(whole.getvalue())
    picked = io.StringIO()
    people_fast.pick(str(claims), [str(split / "1002")], picked)
    assert picked.getvalue() == got.getvalue()


def test_the_hash_is_the_claim_caches_less_the_people_reader():
    assert people_fast.extractor_version(people_fast.code_files(())) == cache.extractor_version()
    assert set(people_fast.code_files(())) - set(people_fast.code_files()) == set(people_fast.PEOPLE_READER)


def test_a_store_of_other_extraction_code_is_refused_in_one_line(store, tmp_path):
    out, _ = store
    saved = pickle.loads(out.read_bytes())
    saved["files"] = dict(saved["files"], **{"extract/victims.py": "0" * 64})
    saved["code"] = "0" * 16
    bad = tmp_path / "old.store"
    bad.write_bytes(pickle.dumps(saved))
    with pytest.raises(people_fast.Stale) as e:
        people_fast.load(str(bad))
    msg = str(e.value)
    assert "\n" not in msg and "stale" in msg and "extract/victims.py" in msg and "build" in msg
