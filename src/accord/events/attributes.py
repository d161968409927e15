"""Auxiliary modes of an event (PLOVER manual v2.0, section 2.3): negated, future,
hypothetical, historical.

All tests look only at the trigger, its auxiliaries, its governing verbs and the
dates in its clause, so the cost is a few dependency hops per event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may", "'d", "should"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
FUTURE_WORDS = frozenset({"upcoming", "planned", "proposed", "forthcoming", "future", "next", "scheduled",
                          "expected", "tomorrow", "later"})
HYPOTHETICAL_WORDS = frozenset({"possible", "potential", "hypothetical", "would-be", "any"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
_AGO = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|decades?|centur(?:y|ies))"
                  r"\s+(years?|decades?|centur(?:y|ies))\s+ago\b", re.I)


@dataclass(slots=True)
class Attributes:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False


def _verb_chain(tok: Token) -> list[Token]:
    """The trigger and the verbs it hangs from through xcomp/conj/aux links (nearest first)."""
    chain = [tok]
    cur = tok
    for _ in range(3):
        if cur.dep_ in ("xcomp", "conj", "ccomp", "advcl", "pcomp") and cur.head is not cur:
            cur = cur.head
            chain.append(cur)
        else:
            break
    return chain


def negated(tok: Token) -> bool:
    """True when the trigger is negated: "did not attack", "no talks", "never met"."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True  # "cut short their summit without reaching a deal"
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("have", "be") and \
            any(c.lower_ == "yet" for c in tok.head.children):
        return True  # "Hamas has yet to release the bodies": not (yet) done
    if counterfactual(tok):
        return True  # "a resolution that would have demanded a ceasefire" (vetoed): it did not happen
    # "did not agree to meet": negation on the governing verb
    if tok.dep_ in ("xcomp",) and any(c.dep_ == "neg" for c in tok.head.children):
        return True
    if tok.dep_ in ("pobj", "dobj") and tok.head.pos_ in ("VERB", "ADP"):
        gov = tok.head if tok.head.pos_ == "VERB" else tok.head.head
        if gov.pos_ == "VERB" and any(c.dep_ == "neg" for c in gov.children) and tok.dep_ == "dobj":
            return True
    return False


def future(tok: Token, plan_lemmas: frozenset[str]) -> bool:
    """True for events announced for later: "will meet", "is set to visit", "the upcoming talks"."""
    if reported_would(tok):
        return True
    for v in _verb_chain(tok)[:3]:
        for c in v.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX:
                return True
            if c.dep_ == "aux" and c.lower_ == "to" and v.head.lemma_ in plan_lemmas and v.dep_ == "xcomp":
                return True
        if v.dep_ == "xcomp" and (v.head.lemma_ in plan_lemmas or v.head.lower_ in plan_lemmas):
            return True
        if v.dep_ == "xcomp" and v.head.lemma_ == "be" and v.head.tag_ in ("VBZ", "VBP") and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and \
                not any(c.dep_ in ("neg", "auxpass") for c in (*v.children, *v.head.children)):
            return True  # "Britain is to send Storm Shadow missiles": the wire's "be to" future
    if tok.pos_ in ("NOUN", "PROPN"):
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "poss") and c.lower_ in FUTURE_WORDS:
                return True
            if c.dep_ == "npadvmod" and c.lower_ in ("next", "tomorrow"):
                return True
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.i != tok.i and head.dep_ == "dobj" and head.head.pos_ == "VERB":
            # "would resume military aid and intelligence sharing": a conjoined event noun shares the
            # tense of the verb whose object it joins
            return future(head.head, plan_lemmas)
    if tok.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children):
        return False  # "released 90 prisoners hours later" is past, whatever the adverb
    for c in tok.children:
        if c.dep_ in ("npadvmod", "advmod", "prep") and c.lower_ in ("tomorrow", "next", "later"):
            return True
        if c.dep_ in ("npadvmod", "prep", "advmod") and any(g.lower_ == "next" for g in c.subtree):
            return True
    return False


def reported_would(tok: Token) -> bool:
    """"X said it would withdraw": "would" in reported speech is the future of the past (also two
    verbs down: "said he would send troops and begin withdrawing forces")."""
    for v in _verb_chain(tok)[:3]:
        if any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in v.children):
            cur = v
            for _ in range(3):
                if cur.dep_ in ("ccomp", "conj") and cur.head.lemma_ in REPORTING:
                    return True
                if cur.head is cur:
                    break
                cur = cur.head
    return False


REPORTING = frozenset({"say", "announce", "tell", "state", "declare", "confirm", "promise", "pledge", "insist",
                       "add", "report", "indicate", "vow"})


def counterfactual(tok: Token) -> bool:
    """"would/could/should/might have" + participle on the trigger itself: what did not happen
    ("a draft that would have condemned the annexation", "could have been prevented")."""
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return "have" in auxes and any(a in ("would", "could", "might", "should", "'d") for a in auxes)


def hypothetical(tok: Token) -> bool:
    """True for conditional or possible events: "if troops cross", "could impose sanctions"."""
    if counterfactual(tok):
        return True  # "a resolution that would have deplored the invasion"
    conditional = any((c.dep_ == "mark" and c.lower_ in CONDITION_MARKS) or
                      (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in c.children))
                      for v in _verb_chain(tok) for c in v.children)  # "would impose tariffs unless ..."
    if not conditional and reported_would(tok):
        return False
    for v in _verb_chain(tok):
        for c in v.children:
            if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX:
                return True
            if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
                return True
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in v.children):
            return True
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_WORDS for c in tok.children):
        return True
    return False


def historical(tok: Token, article_year: int | None) -> bool:
    """True when the event is placed well in the past: a year two or more before the
    article's ("in 1979", "during the 1980s war") or "decades ago", in the trigger's clause."""
    for c in tok.children:
        if c.dep_ not in ("prep", "npadvmod", "advmod", "advcl", "pobj"):
            continue
        text = "".join(t.text_with_ws for t in c.subtree)
        if _AGO.search(text):
            return True
        if article_year is not None:
            for m in _YEAR.finditer(text):
                y = int(m.group(1))
                if y <= article_year - 2:
                    return True
    return False


def attributes(tok: Token, plan_lemmas: frozenset[str], article_year: int | None) -> Attributes:
    """All four auxiliary modes for a trigger token."""
    return Attributes(negated(tok), future(tok, plan_lemmas), hypothetical(tok), historical(tok, article_year))
