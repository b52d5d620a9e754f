"""Ingestion: formats, metadata, encodings, bad files, walking order and safety."""

from __future__ import annotations

import codecs
import json
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from reconcile.ingest import (
    InputError, Options, boilerplate_spans, decode, decode_text, html_fragment_text, iter_files,
    read_paths,
)
from reconcile.records import Article, Skipped


def read(*paths, **kw):
    items = list(read_paths(paths, Options(**kw)))
    return [a for a in items if isinstance(a, Article)], [s for s in items if isinstance(s, Skipped)]


def one(path, **kw) -> Article:
    arts, skipped = read(path, **kw)
    assert not skipped and len(arts) == 1, skipped
    return arts[0]


def reason(path, **kw) -> str:
    arts, skipped = read(path, **kw)
    assert not arts and len(skipped) == 1, (arts, skipped)
    return skipped[0].reason


# ---------------------------------------------------------------- encodings

TEXT = "Le ministère a déclaré: “five” people were killed – at the mayor’s Café.\n"


@pytest.mark.parametrize("data, expected", [
    (TEXT.encode("utf-8"), TEXT),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
    (TEXT.encode("utf-16"), TEXT),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
    (TEXT.encode("utf-32"), TEXT),
    (TEXT.encode("cp1252"), TEXT),
    ("Die Polizei sagte, dass fünf Menschen getötet wurden. Straße\n".encode("latin-1"),
     "Die Polizei sagte, dass fünf Menschen getötet wurden. Straße\n"),
    ("Café\n".encode("latin-1"), "Café\n"),
    # UTF-8 with one stray Windows-1252 byte: the rest stays UTF-8
    ("“Five” were killed at the Café, ".encode() + b"caf\xe9 " + "the mayor’s office said.".encode(),
     "“Five” were killed at the Café, café the mayor’s office said."),
    # no Western reading fits: charset-normalizer finds Cyrillic
    ("Полиция сообщила, что пять человек погибли во время нападения во вторник.\n".encode("cp1251"),
     "Полиция сообщила, что пять человек погибли во время нападения во вторник.\n"),
])
def test_decode(data, expected):
    assert decode(data) == expected


def test_line_ends_are_kept_so_offsets_match_the_decoded_text():
    assert decode(b"a\r\nb\rc\n") == "a\r\nb\rc\n"


@pytest.mark.parametrize("data, why", [
    (b"", "empty file"),
    (b" \r\n\t", "empty file (only whitespace)"),
    (codecs.BOM_UTF16_LE, "empty file (no text after decoding)"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary file (contains NUL bytes)"),
    (bytes(range(1, 32)) * 20, "binary file (mostly control characters)"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8A\x00", "cannot decode: not valid UTF-16 despite its byte-order mark"),
    (codecs.BOM_UTF8 + b"ok \xff\xfe", "cannot decode: not valid UTF-8 despite its byte-order mark"),
])
def test_not_text(data, why):
    with pytest.raises(InputError) as e:
        decode_text(data)
    assert str(e.value).startswith(why)


def test_ansi_coloured_text_is_still_text():
    text = "\x1b[31mPolice\x1b[0m said \x1b[1mfive\x1b[0m people were killed.\n" * 3
    assert decode_text(text.encode()) == text


# ---------------------------------------------------------------- formats and metadata

def test_txt_headline(tmp_path):
    cases = {
        "a.txt": ("Blast kills four in market\n\nPolice said four people were killed.\n", "Blast kills four in market"),
        "b.txt": ("Police said four people were killed. The mayor spoke.\nMore text.\n", None),  # a sentence
        "c.txt": ("Blast kills four\n", None),  # nothing after it: the whole text, not a headline
        "d.txt": ("\ufeff\r\n  Who attacked the base?\r\n\r\nOfficials said two were hurt.\r\n", "Who attacked the base?"),
        "e.txt": ("Raid in the town\rPolice said seven people were arrested.\r", "Raid in the town"),
        "f.txt": ("-----\nPolice said four people were killed.\n", None),
        "g.txt": (" ".join(["word"] * 40) + "\nbody\n", None),
    }
    for name, (text, title) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8", newline="")
        assert one(tmp_path / name).title == title, name


def test_markdown_front_matter(tmp_path):
    text = ("---\ntitle: Strike on the base\noutlet: The Example Post\npublished: 2024-01-09\n"
            "url: https://post.example/strike\n---\n\nOfficials said eight people were injured.\n")
    (tmp_path / "post.md").write_text(text)
    art = one(tmp_path / "post.md")
    assert (art.title, art.outlet, art.published, art.url) == (
        "Strike on the base", "The Example Post", "2024-01-09", "https://post.example/strike")
    assert art.text == text  # offsets point into the file's own text
    body = text.index("Officials")
    assert any(s == 0 and body - 2 <= e <= body for s, e in art.masked)  # front matter yields no claims
    (tmp_path / "plain.md").write_text("# Blast at the market\n\nPolice said two were killed.\n")
    assert one(tmp_path / "plain.md").title == "Blast at the market"
    (tmp_path / "only.md").write_text("---\ntitle: x\n---\n\n")
    assert "no text" in reason(tmp_path / "only.md")
    (tmp_path / "list.md").write_text("---\n- a\n- b\n---\nbody text here\n")
    assert "malformed front matter" in reason(tmp_path / "list.md")


def test_front_matter_runs_no_code(tmp_path):
    marker = tmp_path / "pwned"
    (tmp_path / "x.md").write_text(f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nbody\n")
    assert reason(tmp_path / "x.md").startswith("malformed front matter: could not determine a constructor")
    assert not marker.exists()


def test_json_forms(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({
        "headline": "H", "body": "Police said two were killed.", "source": {"name": "Reuters"},
        "publishedAt": "2024-01-09T10:00:00Z", "link": "https://r.example/x"}))
    art = one(tmp_path / "one.json")
    assert (art.id, art.title, art.outlet, art.published, art.url, art.where) == (
        "one", "H", "Reuters", "2024-01-09T10:00:00Z", "https://r.example/x", None)
    # a news API's export: {"articles": [...]}, epoch dates
    (tmp_path / "api.json").write_text(json.dumps({"status": "ok", "articles": [
        {"title": "A", "content": "Police said two were killed.", "date": 1704794400},
        {"title": "B", "content": "Police said three were killed.", "date": 1704794400000}]}))
    arts, skipped = read(tmp_path / "api.json")
    assert not skipped and [a.id for a in arts] == ["api[0]", "api[1]"]
    assert [a.where for a in arts] == ["item 0", "item 1"]
    assert arts[0].published == arts[1].published == "2024-01-09T10:00:00+00:00"
    # WordPress REST export: rendered HTML becomes text
    (tmp_path / "wp.json").write_text(json.dumps([{
        "title": {"rendered": "Blast &amp; fire"}, "link": "https://wp.example/p",
        "date": "2024-01-09T10:00:00",
        "content": {"rendered": "<p>Police said <b>two</b> people were killed.</p><p>The mayor spoke.</p>"
                                "<script>alert(1)</script>"}}]))
    art = one(tmp_path / "wp.json")
    assert art.text == "Police said two people were killed.\n\nThe mayor spoke."
    assert art.url == "https://wp.example/p"


def test_json_errors_name_the_line(tmp_path):
    (tmp_path / "bad.json").write_text('{\n  "text": "x"\n  "title": "y"\n}\n')
    arts, skipped = read(tmp_path / "bad.json")
    assert not arts and skipped[0].line == 3
    assert skipped[0].reason == "malformed JSON at line 3, column 3: Expecting ',' delimiter"
    (tmp_path / "empty-list.json").write_text("[]")
    assert reason(tmp_path / "empty-list.json") == "JSON holds no article (an empty list)"
    (tmp_path / "mixed.json").write_text(json.dumps([{"text": "Police said two were killed."}, 3, {"x": 1}]))
    arts, skipped = read(tmp_path / "mixed.json")
    assert [a.id for a in arts] == ["mixed[0]"]
    assert [s.reason for s in skipped] == ["item 1: expected a JSON object, got int",
                                           "item 2: no text field (text, body, content, article, maintext, full_text, article_text)"]
    (tmp_path / "data.json").write_text(json.dumps([{"killed": 1}, {"killed": 2}]))
    assert reason(tmp_path / "data.json") == ("none of its 2 items is an article (item 0: no text field "
                                              "(text, body, content, article, maintext, full_text, article_text))")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    assert "nested too deeply" in reason(tmp_path / "deep.json") or "no article" in reason(tmp_path / "deep.json")


def test_jsonl_keeps_good_lines_and_names_bad_ones(tmp_path):
    (tmp_path / "feed.jsonl").write_bytes(
        b'{"text": "Police said two were killed.", "outlet": "A"}\r\n'
        b'\r\n'
        b'{"text": "broken\r\n'
        b'[1, 2]\r\n'
        b'{"text": "Police said three were killed.", "outlet": "B"}\r\n')
    arts, skipped = read(tmp_path / "feed.jsonl")
    assert [(a.id, a.outlet, a.where) for a in arts] == [("feed:1", "A", "line 1"), ("feed:5", "B", "line 5")]
    assert [(s.line, s.reason) for s in skipped] == [
        (3, "line 3: malformed JSON: Unterminated string starting at (column 10)"),
        (4, "line 4: expected a JSON object, got list")]
    (tmp_path / "blank.jsonl").write_text("\n\n")
    assert reason(tmp_path / "blank.jsonl").startswith("empty file")


HTML = b"""<!DOCTYPE html><html><head><title>Market bombing | Daily Example</title>
<meta property="og:site_name" content="Daily Example"><meta property="og:title" content="Market bombing">
<meta property="article:published_time" content="2024-01-09T10:00:00Z">
<link rel="canonical" href="https://daily.example/market"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Market bombing</h1>
<p>Police said 11 people were injured when a bomb exploded at a crowded market on Tuesday.</p>
<p>"We are investigating," said police chief John Smith, speaking to reporters at the scene.</p>
</article><footer>Copyright 2024</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_bytes(HTML)
    art = one(tmp_path / "page.html")
    assert (art.title, art.outlet, art.published, art.url) == (
        "Market bombing", "Daily Example", "2024-01-09T10:00:00Z", "https://daily.example/market")
    assert art.text.startswith("Market bombing\n")
    assert "Police said 11 people were injured" in art.text
    assert "Home" not in art.text and "Copyright" not in art.text
    (tmp_path / "frag.htm").write_text("<p>Police said four people were killed in the attack on Tuesday.</p>"
                                       "<p>The mayor visited the scene later that day, aides said.</p>")
    assert "four people were killed" in one(tmp_path / "frag.htm").text


@pytest.mark.parametrize("page", [
    "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About us</a></nav></body></html>",
    "<html></html>",
    "<!-- nothing -->",
    "<html><body><script>var x = 'Police said four people were killed in the attack';</script></body></html>",
])
def test_html_with_no_main_text(tmp_path, page):
    (tmp_path / "nav.html").write_text(page)
    assert reason(tmp_path / "nav.html").startswith("HTML page with no main text")


def test_html_parsing_never_touches_files_or_network(tmp_path, monkeypatch):
    """External entities, external DTDs and entity bombs: nothing is fetched, read or
    expanded."""
    calls = []

    def no_network(*a, **k):
        calls.append(a)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    lol = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    page = (f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd" '
            f'[<!ENTITY xxe SYSTEM "file://{secret}"><!ENTITY l0 "lol">{lol}]>'
            '<html><head><title>Entities</title></head><body><article>'
            '<p>Officials said 16 people were injured in the explosion at the depot. &xxe; &l9;</p>'
            '<p>Firefighters worked through the night to contain the blaze, a spokesman said.</p>'
            '</article></body></html>')
    (tmp_path / "xxe.html").write_text(page)
    art = one(tmp_path / "xxe.html")
    assert "16 people were injured" in art.text
    assert "TOP-SECRET" not in art.text and "lollol" not in art.text
    assert not calls


def test_html_fragment_text():
    assert html_fragment_text("<p>One <i>two</i></p><ul><li>a</li><li>b</li></ul>x<br>y") == "One two\n\na\n\nb\n\nx\ny"


# ---------------------------------------------------------------- bad files

def test_bad_files_each_get_a_reason(tmp_path):
    (tmp_path / "big.txt").write_text("Police said one person was killed. " * 100)
    assert reason(tmp_path / "big.txt", max_bytes=1000) == "too large (3,500 bytes; the limit is 1,000, see --max-bytes)"
    os.symlink("nowhere.txt", tmp_path / "broken.txt")
    assert reason(tmp_path / "broken.txt") == "broken symbolic link (its target 'nowhere.txt' does not exist)"
    os.symlink("loop.txt", tmp_path / "loop.txt")
    assert reason(tmp_path / "loop.txt") == "symbolic link loop"
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    assert reason(tmp_path / "a.txt") == "symbolic link loop"
    os.mkfifo(tmp_path / "pipe.txt")
    got = []
    reader = threading.Thread(target=lambda: got.append(reason(tmp_path / "pipe.txt")), daemon=True)
    reader.start()
    reader.join(60)  # a blocking open() of a pipe nobody writes to would never return
    assert not reader.is_alive() and got == ["not a regular file (a named pipe)"]
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "sock.txt"))
        assert reason(tmp_path / "sock.txt") == "not a regular file (a socket)"
    finally:
        sock.close()
    (tmp_path / "notes.docx").write_bytes(b"PK")
    assert reason(tmp_path / "notes.docx").startswith("unsupported file type '.docx' (reads .txt, .md")
    (tmp_path / "README").write_text("text")
    assert reason(tmp_path / "README").startswith("unsupported file type '(no extension)'")


def test_same_file_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text("Police said two were killed.\n")
    os.symlink("a.txt", tmp_path / "b.txt")
    os.link(tmp_path / "a.txt", tmp_path / "c.txt")
    arts, skipped = read(tmp_path)
    assert [a.id for a in arts] == ["a"]
    assert [s.reason for s in skipped] == [f"same file as {tmp_path / 'a.txt'} (already read)"] * 2


def test_an_internal_error_in_one_file_is_a_skip(tmp_path, monkeypatch):
    import reconcile.ingest as ingest

    (tmp_path / "a.html").write_bytes(HTML)
    (tmp_path / "b.txt").write_text("Police said two were killed.\n")

    def boom(*a, **k):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(ingest, "_html", boom)
    arts, skipped = read(tmp_path)
    assert [a.id for a in arts] == ["b"]
    assert skipped[0].reason == "internal error while reading: RecursionError: maximum recursion depth exceeded"


# ---------------------------------------------------------------- walking

def test_walk_is_sorted_recursive_and_skips_hidden(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a/b/c.txt", "A.txt", ".hidden.txt", ".git/x.txt", "a/.x/y.txt", "c.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Police said two were killed.\n")
    got = [p.relative_to(tmp_path).as_posix() for p, _ in iter_files([tmp_path])]
    assert got == ["A.txt", "a/b/c.txt", "a/z.txt", "b.txt", "c.txt"]
    assert [a.id for a in read(tmp_path)[0]] == ["A", "a/b/c", "a/z", "b", "c"]


def test_folder_links_are_followed_once_and_loops_reported(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "s.txt").write_text("Police said two were killed.\n")
    os.symlink("real", tmp_path / "alias")  # read once, through 'alias' (sorted first)
    os.symlink("..", tmp_path / "real" / "parent")
    other = tmp_path.parent / (tmp_path.name + "-elsewhere")
    other.mkdir()
    (other / "o.txt").write_text("Police said three were killed.\n")
    os.symlink(other, tmp_path / "linked")  # outside the folder: read only when allowed
    arts, skipped = read(tmp_path, outside_links=True)
    assert [a.id for a in arts] == ["alias/s", "linked/o"]
    assert {Path(s.path).name: s.reason for s in skipped} == {
        "parent": "symbolic link loop (leads back to a folder that contains it)",
        "real": "folder already read through another path (symbolic link)",
    }


def test_ten_thousand_files_are_read_lazily_in_a_stable_order(tmp_path, monkeypatch):
    for d in range(100):
        sub = tmp_path / f"d{d:03}"
        sub.mkdir()
        for f in range(100):
            (sub / f"{f:03}.txt").write_text(f"Police said {d} people were killed in case {f}.\n")
    expected = [f"d{d:03}/{f:03}" for d in range(100) for f in range(100)]
    opened = []
    real_open = os.open

    def counting_open(path, *a, **k):
        opened.append(path)
        return real_open(path, *a, **k)

    monkeypatch.setattr(os, "open", counting_open)
    gen = read_paths([tmp_path])
    first = next(gen)
    assert first.id == "d000/000" and len(opened) == 1  # nothing read ahead
    t0 = time.perf_counter()
    ids = [first.id] + [a.id for a in gen]
    elapsed = time.perf_counter() - t0
    assert ids == expected and len(opened) == 10_000
    assert [a.id for a in read_paths([tmp_path])] == expected  # the same order again
    print(f"read 10,000 files in {elapsed:.2f} s")


# ---------------------------------------------------------------- boilerplate

@pytest.mark.parametrize("line", [
    "Source link", "Leave a Reply", "Read the full article Here", "%d bloggers like this:",
    "Sign up for the Dover Daily newsletter.", "Get email alerts about Dover schools",
    "Turn on push notifications for breaking news", "Your subscription has been confirmed!",
    "Sorry, we encountered an error processing your request.",
    "Email alerts are sent at most once a week, and only when new stories match.",
    "Each time Sam Lowe publishes a story, you will receive a message in your inbox.",
    "Please enable JavaScript in your browser to play this clip", "Advertisement", "Like this: Like Loading...",
    "Share this: Facebook", "Share this story", "Google Plus", "Pinterest", "Print", "Email",
    "Copyright 2016 Cox Media Group. All rights reserved.", "(© 2016 KHOU)", "(Photo: WKRN)",
    "Image via Shutterstock", "Stay up to date, follow Dover 7 on Facebook",
    "Join the conversation on our Instagram page", "Follow KZZQ:", "Follow DOVER7.COM: Facebook | Twitter",
    "If you didn't get the confirmation email, look in your junk folder or ask for a new one.",
    "Please check your spam folder for our message.",
    "Thank you for registering!", "Already have an account?", "RELATED CONTENT:", "More stories on WVVA.com",
    "0 Pending Comments", "This is a breaking news story and this page will be refreshed.",
    "Please check back soon for more details.", "____________________________",
    "---", "Updated: Oct 4, 2019 - 11:05 AM", "Updated 10:12 AM", "Subscribe now",
    "Having trouble viewing the video? Reload the page or try another browser.",
    # events20: furniture that joined different stories' pages when many were read in one folder
    "(TM and © Copyright 2015 Dover Radio Inc. and its subsidiaries. Used under license.)",
    "(Copyright 2019 The Dover Herald. All rights reserved. This content may not be copied.)",
    "Dover Wire © Dover Herald 2019. All Rights Reserved. Our stories may not be resold.",
    "This article may not be reproduced or redistributed without permission.",
    "Log in with your Dover7 account", "Welcome back, reader! Log in to continue", "Why do we need your ZIP code?",
    "We've sent you an activation link. Open it to finish signing up.",
    "We look forward to welcoming you back soon.",
    "When you post with your location, the service keeps it with the post.",
    "For more local news, tune in to Dover Radio 88.1", "2:41 Zoo welcomes a new giraffe Pause",
    "12:05 Coach talks about the late goal",
    "KXYZ-TV joins forces with Dover's largest radio stations to bring you weather first.",
    "WXYZ-TV is a unit of Lakeshore Media Group, owner of nine TV stations.",
    "Talk Radio 990Welcome to Talk Radio 990 on CBSDover.com! We play the hits.",
    "Message: * Your friend thought you might like this story from dover.com: http://dover.com/123",
    "Get breaking news on the go. Download the Dover 7 News App for your phone.",
    # overlapb: wire and staff credits, correction and tip prompts
    "Staff writer Pat Lin and the Dover Wire contributed to this report.", "The Dover Wire contributed reporting.",
    "Information from the Dover Herald was used in this report.",
    "Notice a mistake? Send a correction to the newsroom.", "Submit a news tip",
    # wrong27: a video carousel flattened into one line, one 'Caption' per other story
    "Caption Video: Bridge reopens after repairs Crews finished the work on Monday. Caption Storm cuts power "
    "to 2,000 homes One man was hurt by a falling branch, officials said.",
])
def test_boilerplate_lines_are_masked(line):
    text = f"Police said two people were killed.\n{line}\nThe mayor spoke.\n"
    spans = boilerplate_spans(text)
    assert [text[s:e] for s, e in spans] == [line]


def test_a_list_of_links_to_other_stories_is_masked_to_its_end():
    # the header and the links after it (careful reading round 29: a wounded man and two
    # arrests of other stories read from such lists); the story's next paragraph is kept
    text = ("Police said one man was killed on Elm Street.\n\nPREVIOUS STORIES\n\n+ Dover man hurt in Oak Lane shooting\n\n"
            "+ Two held after break-in on Pine Road\n\nThe victim's sister said he loved to fish.\n\n"
            "Related Stories:\n\nThree wounded at Maple Street party\n\nPolice asked anyone with information to call.\n")
    masked = [text[s:e] for s, e in boilerplate_spans(text)]
    assert masked == ["PREVIOUS STORIES", "+ Dover man hurt in Oak Lane shooting", "+ Two held after break-in on Pine Road",
                      "Related Stories:", "Three wounded at Maple Street party"]


@pytest.mark.parametrize("line", [
    "Police said two people were killed.", "Share prices fell 3 percent after the attack.",
    "More than 20 people were injured.", "Email records show 14 officers were sent.",
    "Print shop owner Tom Lee, 54, was shot twice.", "Comments by the mayor angered 300 protesters.",
    "Related attacks killed 12 people last year.", "Follow-up raids led to 5 arrests.",
    "Updated figures show 8 dead.", "Close to 40 people were hurt.", "Subscribers reported 3 outages.",
    "Posted guards said 2 men fled.",
    "10:45 p.m. Police found 2 men shot on Elm Street.", "Copyrighted photos of the 3 suspects were shared online.",
    "The gunman had joined a gang 2 years earlier.", "A download of the video showed 4 shots fired.",
    # overlapb: what the general patterns of each class must leave alone
    "Police said the shooting is part of a feud between 2 groups.", "When officers arrived, they found 2 men shot.",
    "Deputies have joined forces with the FBI to find the 3 gunmen.",
    "The names of the 2 victims may not be released until families are told.",
    "There was a problem with the 911 system, officials said.", "This is a tragedy for 3 families, the mayor said.",
    "Report of 4 people shot came in at 2 a.m.", "Email alerts were sent to 300 students after the shooting.",
    "Welcome back signs hung where 2 students were shot.",
    # wrong27: a caption alone, or a gallery's 'Caption Close', is the article's own picture
    "Caption: Officers outside the store where 2 men were shot.",
    "Caption Close Image 1 of 3 Police at the scene where 2 men were shot. Caption by staff.",
])
def test_article_sentences_are_not_boilerplate(line):
    assert boilerplate_spans(f"{line}\n") == ()
