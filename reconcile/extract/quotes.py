"""Who said what: direct and indirect quotes with their speakers and cues.

Direct quotes are found from quotation marks (curly or straight, across paragraphs
when the next paragraph reopens the quote); their speaker comes from a reporting verb
next to them ("..., she said", "said Singh", "according to the Pentagon"), or from
the quote just before when a quote stands alone (a follow-on quote). Indirect quotes
are the clause a reporting verb governs ("Singh said the US would respond") and the
sentence around "according to X". Pronouns resolve through :mod:`.people`; a speaker
that cannot be resolved is ``None``, never a guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.parts_of_speech import AUX, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..data import load, wordset
from ..text.lexicon import lexicon
from .component import register
from .people import PRONOUN_GENDER, Person, in_dateline, people_of, speaker_text
from .scope import doc_text, sent_of

OPEN_CLOSE = {"“": "”", "„": "“", "«": "»", '"': '"'}
MIN_TOKENS = 4  # shorter quoted runs without a cue are scare quotes ("immediately")
SUBJ = ("nsubj", "nsubjpass")


# ---------------------------------------------------------------- quotation marks

#: a name signing a quotation after a dash, to the end of the line: '” ― Veronica Cruz'
#: (no-break spaces count as spaces)
DASH_BYLINE = re.compile(r"[”\"’'.,]*[ \t\xa0]*[―—–][ \t\xa0]*((?:[A-Z][\w'’.-]*[ \t\xa0]+){0,3}[A-Z][\w'’-]*)[.,]?[ \t\xa0]*(?=\r?\n|$)")

#: a speaker label opening a transcript line: 'PENCE:', 'MR. TRUMP:', 'CHRIS WALLACE:'
TRANSCRIPT_LABEL = re.compile(r"[\W_]{0,3}((?:[A-Z][A-Z'.\-]+ ){0,3}[A-Z][A-Z'.\-]+): ")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside quotation marks.

    A quote left open at a paragraph's end continues when the next paragraph opens
    with a quotation mark (the newspaper convention); otherwise it is dropped.
    """
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in OPEN_CLOSE and (ch != '"' or _opens(text, i)):
            close = OPEN_CLOSE[ch]
            j = i + 1
            start = j
            while j < n:
                c = text[j]
                if c == close and (close != '"' or _closes(text, j)):
                    if j > start:
                        spans.append((start, j))
                    i = j + 1
                    break
                if c == "\n" and text[j:j + 3].replace("\r", "").startswith("\n"):
                    # paragraph break inside a quote
                    k = j
                    while k < n and text[k] in "\r\n \t":
                        k += 1
                    if k < n and text[k] == ch and "\n\n" in text[j:k].replace("\r", "") or \
                            (k < n and text[k] == ch and text[j:k].count("\n") >= 1):
                        if _stripped(text, start, j)[1] > _stripped(text, start, j)[0]:
                            spans.append(_stripped(text, start, j))
                        start = k + 1
                        j = k + 1
                        continue
                    i = j
                    break
                j += 1
            else:
                i = n
            continue
        i += 1
    return [s for s in spans if text[s[0]:s[1]].strip()]


def _stripped(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:,") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-")


# ---------------------------------------------------------------- cues and speakers

def _is_cue(t: Token) -> bool:
    """A reporting verb that asserts: not negated ('could not say'), not passive
    ('is believed to be')."""
    lx = lexicon()
    if not (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lx.reporting and t.dep_ != "amod"):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
        return False
    # 'did not say' negates the verb; a 'not' the parser hung on it from inside the quote
    # ('"Probably not," Dunn said') does not
    return not any(c.dep_ == "neg" and 0 < t.i - c.i <= 3 and not any(x.is_punct for x in t.doc[c.i + 1:t.i])
                   for c in t.children)


QUOTE_MARKS = frozenset("“”„«»\"")
CLOSE_MARKS = frozenset("”»\"")


def _subject(verb: Token) -> Token | None:
    doc = verb.doc
    for c in verb.children:
        # not a subject across a quotation mark: words inside the quotation ('“... Full
        # panic mode,” said Dunn') or a title after the verb ('said on “Fox and Friends”')
        between = doc[verb.i + 1:c.i] if c.i > verb.i else doc[c.i + 1:verb.i]
        if c.dep_ in SUBJ and not any(t.text in QUOTE_MARKS for t in between):
            if not in_dateline(c):
                return c
            # 'WICHITA, Kan. - Wichita police say': the dateline's place took the words after it
            told = next((a for a in c.children if a.dep_ == "appos" and not in_dateline(a)), None)
            if told is not None:
                return told
    named = _named_before(verb)
    if named is not None:
        return named
    # 'said Singh' read as an object, or 'said' with the subject after it (right after:
    # not 'said Thursday morning on Fox News')
    for c in verb.rights:
        if c.dep_ in ("dobj", "attr", "npadvmod", "appos") and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") \
                and c.ent_type_ not in ("DATE", "TIME") and c.left_edge.i - verb.i <= 2:
            return c
    # '..., adding later, "..."': the subject of the verb the participle hangs on
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.ent_type_ in ("PERSON", "ORG")) and nxt.ent_type_ not in ("DATE", "TIME") \
            and sent_of(nxt).start == sent_of(verb).start:  # ('said Monday' names a day, not a speaker)
        return nxt
    # 'X said ... and added' : the subject of the first verb
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _subject(verb.head)
    return None


def _names_someone(tok: Token) -> bool:
    """A subject that is a person, a pronoun or a named body, not a thing ('the ad')."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _named_before(verb: Token) -> Token | None:
    """'Flynn, a top adviser, said': the name before an appositive that ends right before
    the verb, when the parser hung the name elsewhere."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    sent = sent_of(verb)
    for j in range(verb.i - 2, max(sent.start, verb.i - 14) - 1, -1):
        t = doc[j]
        if t.text in QUOTE_MARKS or t.lower_ in ("said", "says"):
            return None
        if t.text == "," and j > sent.start:
            name = doc[j - 1]
            if name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and name.ent_type_ not in ("GPE", "DATE", "TIME")):
                return name
            return None
    return None


def _may_cue(doc: Doc) -> list[int]:
    """The tokens of ``doc`` that :func:`_is_cue`'s first test lets through (a verb or
    auxiliary, not an adjectival modifier, whose lemma is a reporting verb), in order,
    from the doc's columns: the lemma's lower case is read once per distinct lemma."""
    rows = doc.to_array([POS, DEP, LEMMA])
    reporting = lexicon().reporting
    lemmas = numpy.unique(rows[:, 2])
    strings = doc.vocab.strings
    said = lemmas[[strings[h].lower() in reporting for h in lemmas.tolist()]] if len(lemmas) else lemmas
    return numpy.flatnonzero(numpy.isin(rows[:, 0], (VERB, AUX)) & (rows[:, 1] != get_string_id("amod"))
                             & numpy.isin(rows[:, 2], said)).tolist()


def _within(sent: Span, at: list[int]) -> list[int]:
    """The indices of ``at`` (in order) that lie in ``sent``."""
    return at[bisect.bisect_left(at, sent.start):bisect.bisect_left(at, sent.end)]


def _according(doc: Doc) -> list[int]:
    """The tokens of ``doc`` whose lower case is 'according', read once per doc."""
    got = doc.user_data.get("reconcile_according")
    if got is None:
        got = doc.user_data["reconcile_according"] = numpy.flatnonzero(
            doc.to_array(LOWER) == get_string_id("according")).tolist()
    return got


def _according_to(sent: Span) -> Iterator[tuple[Token, Token]]:
    """(the 'according' token, the speaker head) for 'according to X' in ``sent``."""
    for i in _within(sent, _according(sent.doc)):
        t = sent.doc[i]
        if t.i + 1 < sent.end and t.doc[t.i + 1].lower_ == "to":
            to = t.doc[t.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"] or \
                   [c for c in t.children if c.dep_ == "pobj"]
            if objs:
                yield t, objs[0]


def _headline_verbs() -> frozenset[str]:
    return frozenset(load("speakers")["headline_verbs"]["words"])


class _Speakers:
    """Resolves speaker tokens to names and remembers recent speakers for pronouns."""

    def __init__(self, doc: Doc) -> None:
        self.people = people_of(doc)
        self.recent: list[tuple[int, str, Person | None]] = []
        # every named person mention is a candidate antecedent
        for person in self.people.persons:
            for i in person.mentions:
                self.recent.append((i, person.name, person))
        self.recent.sort(key=lambda r: r[0])

    def resolve(self, tok: Token | None) -> str | None:
        if tok is None or in_dateline(tok):
            return None
        if tok.lower_ in PRONOUN_GENDER:
            name = self.people.resolve_pronoun(tok, self.recent)
            if name:  # the one 'he' stood for stays the latest speaker
                self.recent.append((tok.i, name, self.people.person_for_name(name)))
                self.recent.sort(key=lambda r: r[0])
            return name
        name, person = speaker_text(tok, self.people)
        words = name.split() if name else []
        if len(words) > 1 and words[-1].lower() in _headline_verbs():
            name = " ".join(words[:-1])  # 'Reyes Says Bridge Will Reopen': the speaker is Reyes
        if name:
            self.recent.append((tok.i, name, person))
            self.recent.sort(key=lambda r: r[0])
        return name


# ---------------------------------------------------------------- the extractor

def quotes(doc: Doc) -> list[dict[str, Any]]:
    """All quote claims of ``doc`` in reading order (dicts with character offsets)."""
    text = doc_text(doc)
    speakers = _Speakers(doc)
    spans = quote_spans(text)
    inside: set[int] = set()
    out = _direct_quotes(doc, text, spans, speakers, inside)
    out.extend(_indirect_quotes(doc, speakers, inside))
    out.sort(key=lambda r: (r["start"], r["end"]))
    for r in out:
        r.pop("_end_tok", None)
    return _surnames_in_full(out, text)


def _surnames_in_full(found: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """A speaker given by surname alone ('Ingram said') takes the full name another quote of
    the page gives a speaker of that surname ('Sheriff Paulette Ingram said ...'), where one
    full name has it: the entity recogniser can miss a person (tagging the name an
    organisation), and the page's people then hold no one to resolve the surname to (review of
    session 54: a sheriff's quote by surname not matched to another outlet's other speaker)."""
    full: dict[str, set[str]] = {}
    for r in found:
        words = (r.get("speaker") or "").split()
        if len(words) >= 2 and words[-1][:1].isupper():
            full.setdefault(words[-1].lower(), set()).add(r["speaker"])
    for r in found:
        name = r.get("speaker") or ""
        if name and " " not in name and name[:1].isupper() and len(full.get(name.lower(), ())) == 1 \
                and not re.search(rf"\b{re.escape(name.lower())}\b", text):
            # (not a word the page also writes in lower case: 'Police said' beside 'Elm Police')
            r["speaker"] = next(iter(full[name.lower()]))
    return found


def _direct_quotes(doc: Doc, text: str, spans: list[tuple[int, int]], speakers: "_Speakers",
                   inside: set[int]) -> list[dict[str, Any]]:
    """The quotations in quotation marks that are someone's words (not a show's title, a
    scare quote or a phrase no one is said to have said), each with its speaker: a cue
    verb's subject, a transcript label, a dash byline, or the quote before it when
    nothing intervenes. Adds their tokens to ``inside``."""
    out: list[dict[str, Any]] = []
    quoted: set[int] = set()  # every token inside quotation marks
    for qs, qe in spans:
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is not None:
            quoted.update(range(span.start, span.end))
    prev: dict[str, Any] | None = None
    for qs, qe in spans:
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None or not len(span):
            continue
        inside.update(range(span.start, span.end))
        label = TRANSCRIPT_LABEL.match(text, qs, qe)
        cue, subj, according = (None, None, False) if label else _direct_cue(doc, span, quoted)
        content_tokens = [t for t in span if not t.is_punct and not t.is_space]
        if _a_title(doc, span, content_tokens):
            continue  # 'on Channel 9’s “Good Morning Dover”': a show's name, not words anyone said
        if len(content_tokens) < (2 if cue is not None else MIN_TOKENS):
            continue  # a scare quote
        if cue is None:
            cue, subj = _characterising(doc, span)
        speaker = speakers.resolve(subj) if subj is not None else None
        inherited = False
        if label:
            # a transcript line: '"HOLLOWAY: Well, the real issue is ...'; the
            # label names a new turn, whoever spoke the line before
            speaker, cue_text, inherited = label.group(1).title(), ":", False
        elif cue is None:
            # a follow-on quote takes the previous quote's speaker if nothing intervenes
            if prev is not None and prev["direct"] and (
                    _adjacent(doc, prev["_end_tok"], span.start, inside)
                    or prev["speaker"] and _next_sentence(doc, prev["_end_tok"], span.start)):
                # (also after the attribution that closes the sentence before: '“...,” said
                # Ann Boyd, an economist who served on the board. “She called her dad.”')
                speaker, inherited = prev["speaker"], True
                cue_text = prev["cue"]
            else:
                cue_text = None
        else:
            cue_text = "according to" if according else cue.text
        byline = DASH_BYLINE.match(text, qe)
        if byline:
            # a quotation signed after a dash: '“...” ― Adriana Rodarte' names its speaker
            speaker, cue_text, inherited = " ".join(byline.group(1).split()), "―", False
        if speaker is None and cue_text is None and _embedded(doc, span):
            continue  # a quoted phrase inside someone else's sentence, said by no one we know
        rec = {
            "start": qs, "end": qe, "speaker": speaker, "cue": cue_text, "direct": True,
            "inherited": inherited, "_end_tok": span.end,
        }
        out.append(rec)
        prev = rec
    return out


def _indirect_quotes(doc: Doc, speakers: "_Speakers", inside: set[int]) -> list[dict[str, Any]]:
    """Reported statements outside quotation marks: the content of a strong reporting
    verb ('Holm said that ...') and a sentence with 'according to X', unless mostly a
    direct quotation already (tokens in ``inside``)."""
    out: list[dict[str, Any]] = []
    cues = _may_cue(doc)  # the other tokens fail _is_cue at once
    for sent in doc.sents:
        for t in (doc[i] for i in _within(sent, cues)):
            if t.i in inside or not _is_cue(t) or t.lemma_.lower() not in lexicon().reporting_strong:
                continue
            if _reported_inside(t):
                continue  # 'Merrill says Machado promised ...': Merrill's words, told as Merrill's
            content = _indirect_content(t) or _block_after_colon(t)
            if content is None:
                continue
            cs, ce = content
            if 2 * sum(i in inside for i in range(cs, ce)) > ce - cs and not _led_in(doc, cs, ce, inside):
                continue  # mostly a direct quotation, which is a claim of its own
            # (a partial quotation inside it does not keep the statement from being one:
            # 'Holm said that the ad “unmistakably and wrongfully” suggests ...', 'Holm said
            # the board does not “see any reason to wait.”': without its lead-in the quotation
            # says the opposite)
            ce = _closing_mark(doc, cs, ce)
            subj = _subject(t)
            if subj is None or subj.i in range(cs, ce) and not t.left_edge.i <= subj.i <= t.right_edge.i:
                continue  # (a subject inside the content only in an attribution set off by commas)
            speaker = speakers.resolve(subj)
            span = doc[cs:ce]
            out.append({"start": span.start_char, "end": span.end_char, "speaker": speaker,
                        "cue": t.text, "direct": False, "inherited": False, "_end_tok": ce})
        for acc, obj in _according_to(sent):
            if acc.i in inside:
                continue
            phrase = set(range(acc.i, obj.right_edge.i + 1))
            toks = [x for x in sent if x.i not in phrase and not x.is_space]
            while toks and toks[-1].is_punct:
                toks = toks[:-1]
            while toks and toks[0].is_punct:
                toks = toks[1:]
            if len(toks) < MIN_TOKENS or any(x.i in inside for x in toks):
                continue
            speaker = speakers.resolve(obj)
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            out.append({"start": start, "end": end, "speaker": speaker, "cue": "according to",
                        "direct": False, "inherited": False, "_end_tok": toks[-1].i + 1})
    return out


def _direct_cue(doc: Doc, span: Span, quoted: set[int] = frozenset()) -> tuple[Token | None, Token | None, bool]:
    """(cue verb, speaker token, via 'according to') for a quotation; a verb inside
    another quotation (``quoted``: '"... when the engineers say it is safe." "And when?"')
    is someone's words, not the attribution of this one."""
    sents = {sent_of(span[0]).start: sent_of(span[0]), sent_of(span[-1]).start: sent_of(span[-1])}
    # the sentence after the quote's close, when the quote ends a sentence ('...," she said.')
    after = span.end
    while after < len(doc) and (doc[after].is_punct or doc[after].is_space):
        after += 1
    if after < len(doc) and not _paragraph_break(doc, span.end, after):
        # (a sentence in the next paragraph opens an attribution of its own: '"She called
        # her dad."' then a paragraph from the store's manager is not the manager's)
        s = sent_of(doc[after])
        if s.start <= span.end + 3:
            sents[s.start] = s
    before = span.start - 1
    while before >= 0 and (doc[before].is_punct or doc[before].is_space):
        before -= 1
    if before >= 0:
        s = sent_of(doc[before])
        sents[s.start] = s
    best = None
    for sent in sents.values():
        for t in sent:
            if span.start <= t.i < span.end or t.i in quoted or not _is_cue(t):
                continue
            dist = t.i - span.end if t.i >= span.end else span.start - t.i
            subj = _subject(t)
            if subj is not None and span.start <= subj.i < span.end:
                continue
            # no other quote or sentence content between? keep it close
            if dist > 12 and not (subj is not None and dist < 25):
                continue
            if best is None or dist < best[0]:
                best = (dist, t, subj)
        for acc, obj in _according_to(sent):
            if span.start <= acc.i < span.end:
                continue
            dist = acc.i - span.end if acc.i >= span.end else span.start - acc.i
            if dist <= 15 and (best is None or dist < best[0]):
                best = (dist, acc, obj, True)  # type: ignore[assignment]
    # a reporting verb the quotation hangs on ('Boyd said the mayor was “right” when he
    # said ...') governs it, however near another cue is
    words = [t for t in span if not t.is_punct and not t.is_space]
    if words:
        root = min(words, key=lambda t: len(list(t.ancestors)))
        outside = [a for a in root.ancestors if not span.start <= a.i < span.end]
        governing = None
        for anc in outside[:5]:
            if _is_cue(anc) and any(s.start <= anc.i < s.end for s in sents.values()):
                subj = _subject(anc)
                if subj is None or span.start <= subj.i < span.end:
                    continue  # ('the flyer “wrongly” suggests': no subject across the marks)
                if _names_someone(subj):
                    return anc, subj, False
                # 'Holm said the ad “wrongly” suggests ...': a thing that "suggests" speaks
                # for no one; the person who reports it, further out, does
                governing = governing or (anc, subj)
            elif len(outside) > 3 and anc is outside[2] and governing is None:
                break
        if governing is not None:
            return governing[0], governing[1], False
    if best is None:
        return None, None, False
    return best[1], best[2], len(best) == 4


def _characterising(doc: Doc, span: Span) -> tuple[Token | None, Token | None]:
    """(verb, its subject) for a quotation inside a clause whose verb names or judges
    something ('X called the ruling “a huge win”', 'Y dismissed it as “a stunt”';
    data/speakers.json), or (None, None)."""
    verbs = load("speakers")["characterising"]["verbs"]
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return None, None
    root = min(words, key=lambda t: len(list(t.ancestors)))
    for anc in root.ancestors:
        if span.start <= anc.i < span.end:
            continue
        if anc.pos_ in ("VERB", "AUX"):
            if anc.lemma_.lower() in verbs:
                subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
                return (anc, subj) if subj is not None else (None, None)
            return None, None
    return None, None


def _embedded(doc: Doc, span: Span) -> bool:
    """Words of the sentence come before the quotation mark ('... a version known as the
    “Buffett rule” after ...'): the quotation is a phrase inside the sentence."""
    sent = sent_of(span[0])
    return any(not (t.is_punct or t.is_space) for t in doc[sent.start:span.start])


def _a_title(doc: Doc, span: Span, words: list[Token]) -> bool:
    """A short quotation in title case after a preposition, a possessive or an article
    ('on WXYZ’s “Night Talk”', 'the “Keep It Real” program'): the name of a show, a
    book or a campaign."""
    if not words or len(words) > 7:
        return False
    if any(t.is_alpha and (len(t) >= 4 or t is words[0]) and not t.text[:1].isupper() for t in words):
        return False
    before = span.start - 1
    while before >= 0 and doc[before].is_punct and doc[before].lower_ not in ("'s", "’s"):
        before -= 1
    if before < 0 or sent_of(doc[before]).start != sent_of(span[0]).start:
        return False
    prev = doc[before]
    return prev.pos_ in ("ADP", "DET") or prev.lower_ in ("'s", "’s") or prev.tag_ == "POS"


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    """A blank line between tokens ``start`` and ``end``."""
    return any(t.is_space and t.text.replace("\r", "").count("\n") >= 2 or t.whitespace_.count("\n") >= 2
               for t in doc[max(0, start - 1):end])


def _next_sentence(doc: Doc, prev_end: int, start: int) -> bool:
    """Token ``start`` opens the sentence right after the one token ``prev_end - 1`` ends,
    in the same paragraph."""
    if prev_end <= 0 or start >= len(doc) or _paragraph_break(doc, prev_end, start):
        return False
    s = sent_of(doc[prev_end - 1])
    k = s.end
    while k < start and (doc[k].is_punct or doc[k].is_space):
        k += 1
    return k == start or sent_of(doc[start]).start == s.end


def _adjacent(doc: Doc, prev_end: int, start: int, inside: set[int]) -> bool:
    """True when only punctuation, spaces or quoted text lie between two quotes."""
    if start - prev_end > 80:
        return False
    for t in doc[prev_end:start]:
        if t.i in inside or t.is_punct or t.is_space:
            continue
        return False
    return True


def _block_after_colon(verb: Token) -> tuple[int, int] | None:
    """'Boyd added:' closing its paragraph: the next paragraph, set as a block without
    quotation marks, is what the verb reports (token range, or None)."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or doc[k].text != ":":
        return None
    s = k + 1
    while s < len(doc) and doc[s].is_space:
        s += 1
    if s >= len(doc) or not _paragraph_break(doc, k + 1, s):
        return None
    e = s
    while e < len(doc):  # to the end of that paragraph
        tok = doc[e]
        if tok.is_space and tok.text.replace("\r", "").count("\n") >= 2:
            break
        e += 1
        if tok.whitespace_.count("\n") >= 2:
            break
    while e > s and (doc[e - 1].is_space or doc[e - 1].is_punct):
        e -= 1
    return (s, e) if e - s >= MIN_TOKENS else None


def _reported_inside(verb: Token) -> bool:
    """``verb`` reports speech inside what another reporting verb reports ('Merrill says
    Machado promised to stay'): the outer speaker's claim, not a quote of its own."""
    inside = False
    node = verb
    for _ in range(4):
        if node.head is node:
            return False
        inside = inside or node.dep_ == "ccomp"  # ('said A and added B': B is no one else's)
        node = node.head
        if inside and node.i < verb.i and _is_cue(node) and node.lemma_.lower() in lexicon().reporting_strong:
            return True
    return False


def _trimmed(doc: Doc, s: int, e: int) -> int:
    """The end of tokens ``s`` to ``e`` without the punctuation and spaces they end with."""
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    return e


def _led_in(doc: Doc, cs: int, ce: int, inside: set[int]) -> bool:
    """The statement in tokens ``cs`` to ``ce`` opens with words of the reporter's own
    before a quotation that runs to its end ('the board does not “see any reason to
    wait”'): two or more words before the first quoted token, 'that' not counted."""
    first = next((i for i in range(cs, ce) if i in inside), ce)
    words = [t for t in doc[cs:first] if not (t.is_punct or t.is_space) and t.lower_ != "that"]
    return first < ce and len(words) >= 2


def _closing_mark(doc: Doc, cs: int, ce: int) -> int:
    """The end of a statement that opens a quotation mark and stops before closing it
    ('... “see any reason to wait.”'), moved over the closing mark (at most three tokens on)."""
    marks = [t.text for t in doc[cs:ce] if t.text in QUOTE_MARKS]
    straight = marks.count('"')
    if straight % 2 == 0 and len(marks) - straight <= 2 * sum(m in CLOSE_MARKS for m in marks):
        return ce  # every mark it opens, it closes
    for e in range(ce, min(ce + 3, len(doc))):
        if doc[e].text in CLOSE_MARKS:
            return e + 1
        if not doc[e].is_punct:
            break
    return ce


def _past_clock_suffix(doc: Doc, e: int) -> int:
    """``e``, or one token on where the statement ending before it stops at a clock time's
    number and the part of the day follows ('heard gunshots around 8 p.m.': the parser hangs
    'p.m.' on the sentence's verb as its closing period; ``clock_suffixes`` in data/grammar.json)."""
    if 0 < e < len(doc) and doc[e].lower_ in wordset("grammar", "clock_suffixes") and doc[e - 1].text[:1].isdigit():
        return e + 1
    return e


def _indirect_content(verb: Token) -> tuple[int, int] | None:
    """Token range of what a reporting verb reports: its clausal complement (two of them
    together: 'police say the pair ran, then one of them turned and fired'), or the
    clause it is attached to ('The US will respond, Singh said')."""
    after = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and c.pos_ in ("VERB", "AUX")]
    if after:
        s, e = after[0].left_edge.i, _past_clock_suffix(verb.doc, after[-1].right_edge.i + 1)
        while s < e and (verb.doc[s].is_punct or verb.doc[s].is_space):
            s += 1  # (not a comma the second clause opens with)
        if e - s >= MIN_TOKENS:
            return s, e
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and c.pos_ in ("VERB", "AUX"):
            s, e = c.left_edge.i, _trimmed(verb.doc, c.left_edge.i, c.right_edge.i + 1)
            if e - s >= MIN_TOKENS:
                return s, e
    if verb.dep_ == "parataxis" and verb.head.i > verb.i and verb.left_edge.i > sent_of(verb).start:
        # 'Acts of kindness, Mr. Reyes said, are what hold a town together': the sentence
        # around an attribution set off by commas (its offsets run through the attribution)
        sent = sent_of(verb)
        s, e = sent.start, _trimmed(verb.doc, sent.start, sent.end)
        if (verb.left_edge.i - s) + (e - verb.right_edge.i - 1) >= MIN_TOKENS:
            return s, e
    if verb.dep_ in ("parataxis",) and verb.head.i < verb.i:
        s = sent_of(verb.head).start
        e = _trimmed(verb.doc, s, verb.left_edge.i)
        if e - s >= MIN_TOKENS:
            return s, e
    return None


# ---------------------------------------------------------------- the component

make_quotes = register("reconcile_quotes", "quotes", lambda doc: quotes(doc),
                       ["token.dep", "token.lemma", "token.pos", "doc.ents", "doc.sents"])
