"""How many plain-text articles name their outlet in their own lines, and how often that name
is the site the article came from.

    python bench/outlets_gva.py [--half even|odd] [--show] [FOLDER]   (default: ../shared/eval/gva-dev)

Each incident folder holds .txt articles and a gold.json whose ``documents[]`` give each
file's URL. For every .txt, reconcile.text.outlets.find reads the outlet as ingest would (the
file decoded as ingest decodes it). A name *agrees with the URL* when, letters and digits only
and in lower case, it is inside the URL's host without its last part, or the host is inside it
('WXYZ' and wxyz.com, 'KMOV.com' and kmov.com, 'Chicago Tribune' and chicagotribune.com).
That undercounts: a station's brand on a network's host ('CBS Chicago' on chicago.cbslocal.com),
a call sign on a slogan's host, a wire's dateline ('(AP)') on the site that ran the story, or a
sister station's story carried by another site name the text's outlet rightly and disagree;
``--show`` prints every name that disagrees with its host, for the developer's eyes only (it
holds the articles' own words: keep it out of the project).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reconcile.ingest import decode_text  # noqa: E402
from reconcile.text.outlets import find  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def _letters(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def agrees(name: str, url: str) -> bool:
    """Whether ``name`` is inside the URL's host (without its last part), or the host inside it."""
    host = urlparse(url).netloc.lower().removeprefix("www.")
    core = _letters("".join(host.split(".")[:-1]) if "." in host else host)
    n = _letters(name)
    return bool(n and core) and (n in core or core in n)


def main(argv: list[str]) -> None:
    show = "--show" in argv
    half = argv[argv.index("--half") + 1] if "--half" in argv else None
    args = [a for i, a in enumerate(argv) if a != "--show" and a != "--half" and (i == 0 or argv[i - 1] != "--half")]
    folder = Path(args[0]) if args else EVAL / "gva-dev"
    total = found = agree = 0
    per_rule: Counter[str] = Counter()
    per_rule_agree: Counter[str] = Counter()
    for gold_path in sorted(folder.glob("*/gold.json")):
        inc = gold_path.parent.name
        if half and inc.isdigit() and (int(inc) % 2 == 1) != (half == "odd"):
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        urls = {d["file"]: d.get("original_url") or d.get("url") or "" for d in gold.get("documents", [])}
        for path in sorted(gold_path.parent.glob("*.txt")):
            total += 1
            got = find(decode_text(path.read_bytes()))
            if got is None:
                continue
            found += 1
            per_rule[got.rule] += 1
            if agrees(got.name, urls.get(path.name, "")):
                agree += 1
                per_rule_agree[got.rule] += 1
            elif show:
                print(f"DISAGREES {path.relative_to(folder)} {got.rule} {got.name!r} "
                      f"{urlparse(urls.get(path.name, '')).netloc}")
    print(f"articles: {total}")
    print(f"with an outlet from the text: {found} ({found / max(total, 1):.1%})")
    print(f"the name inside the URL's host: {agree} of {found} ({agree / max(found, 1):.1%})")
    for rule, n in per_rule.most_common():
        print(f"  {rule:10} {n:4} found, {per_rule_agree[rule]:4} inside the host")


if __name__ == "__main__":
    main(sys.argv[1:])
