"""A folder of everything a user's saved-articles folder can hold, built by the tests.

``build(root)`` writes it and returns what the run should say about each entry:
``GOOD`` maps a source id to a phrase of its text that must be read back; ``BAD``
maps a file name (relative to root) to a fragment of the reason it must be skipped
with; ``IGNORED`` lists hidden entries that must be neither read nor reported.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import stat
from pathlib import Path

OVERSIZE_LIMIT = 5_000_000  # the default --max-bytes

GOOD = {
    "latin1": "three people were killed",
    "cp1252": "five people were injured",
    "utf16": "four soldiers were wounded",
    "utf8bom": "two civilians were killed",
    "crlf": "six people were hurt",
    "cr": "seven people were arrested",
    "markup": "[bold red]Nine people[/]",
    "page": "11 people were injured",
    "post": "eight people were injured",
    "three:1": "20 people were killed",
    "three:2": "21 people were killed",
    "three:3": "22 people were killed",
    "bad-line:1": "12 people were killed",
    "bad-line:3": "13 people were injured",
    "list[0]": "14 people were killed",
    "nested/deeper/story": "15 people were killed",
    "xxe": "16 people were injured",
    "caf\ufffd": "17 people were killed",
}

BAD = {
    "empty.txt": "empty file",
    "blank.txt": "empty file",
    "binary.txt": "binary file",
    "undecodable.txt": "cannot decode",
    "oversize.txt": "too large",
    "locked.txt": "permission denied",  # only when not running as root
    "broken.txt": "broken symbolic link",
    "loop.txt": "symbolic link loop",
    "nested/up": "symbolic link loop",
    "pipe.txt": "named pipe",
    "bad-line.jsonl": "line 2: malformed JSON",
    "bad.json": "malformed JSON at line 3",
    "list.json": "item 1: no text field",
    "nav.html": "no main text",
    "exec.md": "malformed front matter",
    "notes.pdf": "unsupported file type '.pdf'",
    "\x1b]0;owned\x07evil.jsonl": "malformed JSON",
}

IGNORED = [".hidden.txt", ".cache/secret.txt"]

ARTICLE = "{headline}\n\n{body} Officials gave the figure on Tuesday, the mayor said.\n"


def _w(path: Path | bytes, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)


def build(root: Path) -> None:
    """Write the hostile folder under ``root`` (which must exist)."""
    r = root
    _w(r / "empty.txt", b"")
    _w(r / "blank.txt", b"  \r\n\t\n")
    _w(r / "binary.txt", bytes(range(256)) * 8)
    _w(r / "undecodable.txt", codecs.BOM_UTF16_LE + b"\x00\xd8A\x00")  # a lone surrogate
    _w(r / "oversize.txt", b"Police said one person was killed. " * (OVERSIZE_LIMIT // 35 + 10))
    _w(r / "locked.txt", b"Police said 99 people were killed on Tuesday.\n")
    os.chmod(r / "locked.txt", 0)
    os.symlink("missing-target.txt", r / "broken.txt")
    os.symlink("loop.txt", r / "loop.txt")
    os.mkfifo(r / "pipe.txt")

    _w(r / "latin1.txt", ARTICLE.format(headline="Attaque à Bagdad",
                                        body="Le ministère a déclaré: police said three people were killed at the Café Rouge.")
       .encode("latin-1"))
    _w(r / "cp1252.txt", ARTICLE.format(headline="Blast at “Café” – officials",
                                        body="Police said five people were injured at the mayor’s office.")
       .encode("cp1252"))
    _w(r / "utf16.txt", ARTICLE.format(headline="Base struck overnight",
                                       body="The army said four soldiers were wounded in the attack.").encode("utf-16"))
    _w(r / "utf8bom.txt", codecs.BOM_UTF8 + ARTICLE.format(
        headline="Shelling hits market", body="Witnesses said two civilians were killed.").encode())
    _w(r / "crlf.txt", ARTICLE.format(headline="Riot in the city",
                                      body="Police said six people were hurt.").replace("\n", "\r\n").encode())
    _w(r / "cr.txt", ARTICLE.format(headline="Raid in the town",
                                    body="Police said seven people were arrested.").replace("\n", "\r").encode())
    _w(r / "markup.txt", ("Headline \x1b]0;pwned\x07 with \x1b[31mred\x1b[0m\n\n"
                          "“[bold red]Nine people[/] were \x1b[2J\x1b[31mkilled\x1b[0m in the blast,” the mayor "
                          "said on Tuesday. \x9b31m \u202eevil\u202c \x07 [link=http://x]click[/link]\n\n"
                          "The blast happened near the central station during the morning rush hour, "
                          "witnesses told reporters, and the police closed the area for the rest of the day. "
                          "Officials gave the figure on Tuesday, the mayor said.\n"  # ARTICLE's words: tied to the rest
                          ).encode())
    _w(r / "page.html", b"""<!DOCTYPE html>
<html><head><title>Market bombing | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<meta property="og:title" content="Market bombing">
<meta property="article:published_time" content="2024-01-09T10:00:00Z">
<link rel="canonical" href="https://daily.example/market-bombing">
<script>document.write('<p>injected 500 people were killed</p>')</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Market bombing</h1>
<p>Police said 11 people were injured when a bomb exploded at a crowded market on Tuesday.</p>
<p>"We are investigating the attack," said police chief John Smith, who spoke to reporters at the scene.</p>
</article><footer>Leave a Reply</footer></body></html>""")
    _w(r / "nav.html", b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> "
                       b"<a href='/about'>About</a></nav></body></html>")
    _w(r / "xxe.html", b"""<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "http://127.0.0.1:9/x.dtd">]>
<html><head><title>Entities</title></head><body><article>
<p>Officials said 16 people were injured in the explosion at the depot on Tuesday. &xxe; &remote;</p>
<p>Firefighters worked through the night to contain the blaze, a spokesman said.</p>
</article></body></html>""")
    _w(r / "post.md", b"---\ntitle: Strike on the base\noutlet: The Example Post\npublished: 2024-01-09\n"
                      b"url: https://post.example/strike\n---\n\n"
                      b"Officials said eight people were injured in the strike last night.\n\nSource link\n")
    _w(r / "exec.md", b"---\ntitle: !!python/object/apply:os.system ['touch /tmp/reconcile-pwned']\n---\n\n"
                      b"Police said 30 people were killed.\n")
    lines = [json.dumps({"title": f"Report {i}", "text": f"Officials said {20 + i} people were killed on Monday.",
                         "outlet": f"Wire {i}", "published": "2024-01-09", "url": f"https://wire{i}.example/a"})
             for i in range(3)]
    _w(r / "three.jsonl", ("\n".join(lines) + "\n").encode())
    _w(r / "bad-line.jsonl", b'{"text": "Police said 12 people were killed on Monday.", "source": {"name": "Feed A"}}\n'
                             b'{"text": "broken\n'
                             b'{"body": "Police said 13 people were injured on Monday."}\n')
    _w(r / "bad.json", b'{\n  "title": "x",\n  "text": "Police said 40 people were killed." oops\n}\n')
    _w(r / "list.json", json.dumps([{"content": "Police said 14 people were killed on Monday."},
                                    {"title": "no text here"}]).encode())
    _w(r / "\x1b]0;owned\x07evil.jsonl", b"{not json}\n")
    _w(os.fsencode(r) + b"/caf\xe9.txt", ARTICLE.format(  # a name that is not UTF-8
        headline="Odd file name", body="Police said 17 people were killed.").encode())
    _w(r / "notes.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    os.mkdir(r / "nested")
    os.mkdir(r / "nested" / "deeper")
    _w(r / "nested" / "deeper" / "story.txt", ARTICLE.format(
        headline="Inside the folder", body="Police said 15 people were killed.").encode())
    os.symlink("..", r / "nested" / "up")
    _w(r / ".hidden.txt", b"Police said 1000 people were killed.\n")
    os.mkdir(r / ".cache")
    _w(r / ".cache" / "secret.txt", b"Police said 2000 people were killed.\n")


def snapshot(root: Path) -> dict[str, tuple]:
    """Every entry under ``root`` (links not followed): type, mode, size, mtime,
    ctime and a hash of the content (or the link target)."""
    out: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(os.fsencode(root), followlinks=False):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            if stat.S_ISLNK(st.st_mode):
                content = os.readlink(p)
            elif stat.S_ISREG(st.st_mode):
                try:
                    with open(p, "rb") as f:
                        content = hashlib.sha256(f.read()).hexdigest()
                except PermissionError:
                    content = None
            else:
                content = None
            out[os.fsdecode(os.path.relpath(p, os.fsencode(root)))] = (
                stat.S_IFMT(st.st_mode), st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns, content)
    st = os.lstat(root)
    out["."] = (st.st_mode, st.st_mtime_ns, st.st_ctime_ns)
    return out
