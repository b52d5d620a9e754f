"""Places against the registry's address, on gva-dev: how often the event's place (and each
source's) names the registry's street, its block, or only its town.

    python bench/places.py --half even            # builds the reports in one process
    python bench/places.py --half odd --reports DIR   # scores saved JSON reports, DIR/<id>.json

The registry (gold.json ``location``: ``city_or_county``, ``address``) records where the
incident happened, not what each article writes, so this is a proxy, read beside the careful
readings' judgements (bench/reading): a place that names neither the registry's street nor
its town ('other') may still be right (a venue, a neighbourhood, a corner's other street),
and a page may name a street the registry does not. Each place is put in the first class
that holds:

- ``block``: a block or house number of the registry's street in the same hundred
  ('2900 block of Garrison Boulevard' for '2901 Garrison Blvd');
- ``street``: the registry's street (any street of a corner, on either side), whatever the
  number ('Morgan Avenue' for 'Morgan Avenue North');
- ``town``: the registry's town or a part it names ('Cincinnati (Evanston)': either);
- ``other``: a place that is none of these; ``none``: no place.

Streets are compared by their name's words: lower case, stops dropped, a leading house number
or 'N block of' dropped, directions dropped, the street word dropped (data/facts.json's
``address`` lists: 'S. Laurel St' and 'Laurel Street' are one street), ordinal words written
as numbers ('Sixth' is '6th'). Written in session 73 to measure the place rules of the careful
readings on both halves (the scorers of ../shared/eval measure no place).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.evalkit import EVAL, eval_module  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from reconcile.data import load  # noqa: E402

CLASSES = ("block", "street", "town", "other", "none")
ORDINALS = {w: f"{i}{'st' if i == 1 else 'nd' if i == 2 else 'rd' if i == 3 else 'th'}" for i, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), start=1)}
_NUMBER = re.compile(r"^\s*(\d+)(?:(?:st|nd|rd|th)?\s*-?\s*block\b(?:\s+(?:of|on)\b)?|(?=\s))\s*", re.I)
#: a town's or street's abbreviated first word, written out ('St. Louis' is 'Saint Louis')
WRITTEN_OUT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
_APART = re.compile(r"\s+(?:and|&|near|at|off|between)\s+", re.I)


def _forms() -> tuple[set[str], set[str]]:
    address = load("facts")["address"]
    streets = {f.rstrip(".").lower() for one, fs in address["suffixes"].items() for f in (one, *fs)}
    directions = {d.rstrip(".").lower() for d in address["directions"]}
    return streets, directions


STREET_WORDS, DIRECTIONS = _forms()


def street_names(place: str) -> list[tuple[str, int | None]]:
    """(the street's name words, the hundred of its number or None) of each street ``place``
    names ('1400 block of S. Laurel St.' -> [('laurel', 14)]; 'Elm and Oak avenues' -> two)."""
    out = []
    for part in _APART.split(place):
        m = _NUMBER.match(part)
        hundred = int(m.group(1)) // 100 if m and m.group(0).strip() else None
        written = [_number(ORDINALS.get(w, w)) for w in (w.replace(".", "").strip(",'’").lower()
                                                          for w in part[m.end() if m else 0:].split()) if w]
        if written and written[0] in WRITTEN_OUT and len(written) > 1:
            written[0] = WRITTEN_OUT[written[0]]
        words = _bare([w for w in written if w not in DIRECTIONS])
        if not words:  # a street named by a direction ('W. North Avenue'), or by a street word ('The
            # Parkway'): the first direction dropped, else the words as written
            words = _bare(written[1:] if len(written) > 2 and written[0] in DIRECTIONS else written) or written
        if words:
            out.append((" ".join(words), hundred))
    return out


def _number(word: str) -> str:
    """A numbered street's number without its ordinal ending ('36th' -> '36')."""
    return re.sub(r"^(\d+)(?:st|nd|rd|th)$", r"\1", word)


def _bare(words: list[str]) -> list[str]:
    """``words`` without the street words that end them ('laurel street' -> 'laurel')."""
    words = list(words)
    while words and words[-1] in STREET_WORDS | {"streets", "avenues", "roads"}:
        words.pop()
    return words


def same_street(a: str, b: str) -> bool:
    """One street's name, or the same name spelt a letter or two apart ('Minock' and 'Minnock',
    'Fairmont' and 'Fairmount': the page's spelling or the registry's), or a name of two words
    or more that the other's goes on from by a word the street words do not list ('Cedar Point
    Cove')."""
    return a == b or min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= 88 or (
        " " in a and b.startswith(a + " ") or " " in b and a.startswith(b + " "))  # 'Cedar Point' of 'Cedar Point Cove'



def towns_of(city: str) -> list[str]:
    """The registry's town and the parts it names in brackets, lower case ('Cincinnati (Evanston)')."""
    return [" ".join(WRITTEN_OUT.get(w.rstrip("."), w) for w in t.lower().split())
            for t in re.split(r"[()]", city or "") if t.strip()]


def place_class(place: str | None, location: dict) -> str:
    """The class (:data:`CLASSES`) of ``place`` against the registry's ``location``."""
    if not place:
        return "none"
    ours = street_names(place)
    theirs = street_names(location.get("address") or "")
    names = {n for n, _ in theirs}
    hundreds = {h for _, h in theirs if h is not None}
    if any(same_street(n, o) and h is not None and h in hundreds for n, h in ours for o in names):
        return "block"
    if any(same_street(n, o) for n, _ in ours for o in names):
        return "street"
    low = " ".join(WRITTEN_OUT.get(w.rstrip("."), w) for w in place.lower().replace("the ", " ").split())
    if any(t == low or t in low or low in t for t in towns_of(location.get("city_or_county") or "")):
        return "town"
    return "other"


def reports(split: pathlib.Path, ids: list[str], saved: pathlib.Path | None):
    """(incident id, JSON report) for each of ``ids``: read from ``saved``/<id>.json, else built."""
    if saved is not None:
        for i in ids:
            yield i, json.loads((saved / f"{i}.json").read_text())
        return
    from reconcile import pipeline
    from reconcile.report.json import to_dict
    opts = pipeline.Options(jobs=1, keep_text=False)
    for i in ids:
        yield i, to_dict(pipeline.reconcile([split / i], opts))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default=str(EVAL / "gva-dev"))
    ap.add_argument("--half", choices=("even", "odd"))
    ap.add_argument("--reports", help="a folder of saved JSON reports, <id>.json")
    ap.add_argument("--list", action="store_true", help="print each event's class, place and the registry's")
    args = ap.parse_args(argv)
    split = pathlib.Path(args.split)
    in_half = eval_module("score_accounts").in_half
    ids = sorted(p.name for p in split.iterdir() if p.is_dir() and in_half(p.name, args.half))
    events, sources = Counter(), Counter()
    for i, rep in reports(split, ids, pathlib.Path(args.reports) if args.reports else None):
        loc = json.loads((split / i / "gold.json").read_text()).get("location") or {}
        got = place_class(rep["event"].get("place"), loc)
        events[got] += 1
        for a in rep["accounts"]:
            sources[place_class(a.get("place"), loc)] += 1
        if args.list:
            print(f"{i}\t{got}\t{rep['event'].get('place')}\t{loc.get('address')} / {loc.get('city_or_county')}")
    for what, c in (("events", events), ("sources", sources)):
        n = sum(c.values())
        shown = ", ".join(f"{k} {c[k]}" for k in CLASSES)
        street = (c["block"] + c["street"]) / n if n else 0.0
        print(f"{what} ({args.half or 'all'}, {n}): {shown}; the registry's street {street:.3f}, "
              f"its town or street {(c['block'] + c['street'] + c['town']) / n if n else 0.0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
