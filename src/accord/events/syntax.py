"""Parse-tree tests and small helpers shared by the extractor's rule modules (spaCy tokens in,
booleans, tokens or entities out)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.events.candidates import Candidate, _Ctx
from accord.events.lexicon import Pattern
from accord.events.wordlists import (
    ACTIVE_FRAMES, AGENT_BY_NOUNS, CLASH_WORDS, COPULAS, CROWD_QUANTITIES, FIRST_WORDS, FOOTAGE_NOUNS,
    MONEY_WORDS, PARTICLES, PAST_PREPS, SPEAKER_PARTICIPLES, SUBJ_DEPS, SUFFER_VERBS, TALK_NOUNS,
    THREAT_CONTENT, TIME_UNITS, WILLING_ADJ)
from accord.records import Entity, Event


def _implied(ctx: "_Ctx", country: str, sector: str, label: str) -> Entity:
    """An actor the text implies but does not name; its span is the sentence's main verb."""
    root = ctx.sent.root
    return Entity(text=root.text, start=root.idx, end=root.idx + len(root.text), name=f"{country} {label}",
                  code=country + sector, country=country, sector=sector or None,
                  kind="group" if sector else "country")


def _addressed_place(doc: Doc, ent: Entity) -> bool:
    """A capital the act is addressed to rather than done in: "lashed out at Washington", "appealed to
    Moscow", "protested to Beijing" (a government named by its capital, CAMEO's convention); "in
    Washington" stays a venue. ``ent`` is a mention's entity with character offsets into ``doc``."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None:
        return False
    head = span[-1]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in ("at", "to", "towards", "toward", "against")


def _subtree_without_clauses(root: Token) -> list[Token]:
    """Tokens of a subtree, leaving out relative and participial clauses inside it, phrases that
    date it by a past event ("vowing to resume shuttle diplomacy after their first summit in 12
    years": the summit took place, whatever was promised), and participles of calling or saying
    that the parser hung on the complement ("denied that its forces had killed civilians, calling
    the images a staged provocation": the calling is the denier's)."""
    out, stack = [], [root]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "appos") and not _own_clause(c)
                     and not (c.dep_ == "prep" and c.lower_ in PAST_PREPS and c.head.pos_ in ("VERB", "AUX"))
                     and not (c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEAKER_PARTICIPLES))
    return out


def _own_clause(t: Token) -> bool:
    """A conjoined verb with a subject of its own is another clause, not part of the phrase it is
    conjoined to: "Kim had offered to meet Trump and that the US president had agreed to hold talks"
    (the parser hangs the second clause on "meet", inside what was offered)."""
    return t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _threat_form(t: Token) -> bool:
    """A conditional or possible act stated as a threat: "could launch strikes", "would impose tariffs
    unless ...".  The condition itself ("if Russia invaded") is not a threat."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would", "'d") for c in t.children):
        return True
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
               for c in t.children)


def _atrocity(n: Token) -> bool:
    """Does the noun name an atrocity charge: genocide, ethnic cleansing, war crimes, crimes against
    humanity, atrocities, massacres?"""
    lemma = n.lemma_.lower()
    mods = {c.lower_ for c in n.children if c.dep_ in ("amod", "compound")}
    if lemma in ("genocide", "atrocity", "massacre"):
        return True
    if lemma == "cleansing":
        return "ethnic" in mods
    if lemma == "crime":
        return "war" in mods or any(p.lower_ == "against" and any(g.lower_ == "humanity" for g in p.children)
                                    for p in n.children if p.dep_ == "prep")
    return False


def _threat_clause(clause: Token) -> bool:
    """Is what someone "warned that ..." a threat rather than a forecast?  A threat names a
    condition ("would face a terrible situation if it continued") or announces force, punishment or
    consequences ("would pay dearly", "would be destroyed", "could use live rounds"); "the decree
    would hurt millions" and "the region was on the brink" are pessimistic comments (CAMEO 012)."""
    words = list(clause.subtree)
    if any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in words):
        return True
    return any(t.lemma_.lower() in THREAT_CONTENT for t in words)


def _on_condition(t: Token) -> bool:
    """Does the act carry its own "if"/"unless" clause ("will close the strait if it is prevented")?
    A reported "would" alone is only the future of reported speech ("said he would send troops")."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
               for c in t.children)


def _anti(doc: Doc, t: Token) -> bool:
    """Is the modifier "anti-X" ("anti-Muslim", "anti-government")?"""
    k = t.left_edge.i
    return t.lower_.startswith("anti") or (k >= 1 and doc[k - 1].lower_ in ("anti", "anti-")) or \
        (k >= 2 and doc[k - 1].text == "-" and doc[k - 2].lower_ == "anti")


def _first_to(v: Token) -> Token | None:
    """"Moscow became the first capital to formally recognise the Taliban", "Trump became the first
    sitting US president to set foot in North Korea": an infinitive on "the first/only/latest X"
    after "be/become" reports what the copula's subject did (not a purpose); returns the copula,
    whose subject is the actor, or None.  "..., becoming the first NATO member to send jets" restates
    the event of its main clause and is left out."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    if v.dep_ in ("relcl", "acl") and v.head.dep_ == "attr":
        noun, cop = v.head, v.head.head
    elif v.dep_ in ("xcomp", "advcl"):  # the parser also hangs the infinitive on the copula
        cop = v.head
        noun = next((c for c in cop.children if c.dep_ == "attr"), None)
    else:
        return None
    if noun is None or cop.lemma_.lower() not in COPULAS or cop.tag_ == "VBG" or \
            not any(c.dep_ in ("amod", "advmod") and c.lower_ in FIRST_WORDS for c in noun.children):
        return None
    return cop


def _mutual(t: Token) -> bool:
    """"... against each other", "one another": a promise or act the parties make to each other."""
    return any(w.lower_ in ("other", "another") and w.i > 0 and w.nbor(-1).lower_ in ("each", "one")
               for w in t.subtree)


def _willing_for(n: Token) -> Token | None:
    """"it was open to a summit with Kim", "is ready for talks": the verb whose subject is willing
    (the adjective's head), when ``n`` is the object of "to/for" on a willingness adjective."""
    if n.dep_ != "pobj" or n.head.lower_ not in ("to", "for"):
        return None
    adj = n.head.head
    if adj.pos_ != "ADJ" or adj.lemma_.lower() not in WILLING_ADJ or adj.dep_ not in ("acomp", "amod", "oprd"):
        return None
    return adj.head if adj.head.pos_ in ("VERB", "AUX") else None


def _verb_like(t: Token) -> bool:
    """A verb, or an infinitive the small model tagged as a noun ("offered to host talks": "host"
    comes out NOUN, xcomp, with its "to"), which frames must still take as their complement."""
    return t.pos_ in ("VERB", "AUX") or (t.dep_ == "xcomp" and t.pos_ == "NOUN" and
                                         any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))


def _claimed(t: Token) -> Token | None:
    """"Islamic State claimed responsibility for bombing the mosque", "Trump claimed credit for
    brokering the truce", "took responsibility for the attack": an act someone claims is coded as
    theirs (reported, like "X attacked Y, officials said"); returns the claiming verb or None."""
    if t.dep_ not in ("pcomp", "pobj") or t.head.lower_ != "for":
        return None
    noun = t.head.head
    if noun.lemma_.lower() not in ("responsibility", "credit") or noun.dep_ != "dobj":
        return None
    verb = noun.head
    return verb if verb.lemma_.lower() in ("claim", "take", "accept", "assume") else None


def _voted_act(v: Token) -> bool:
    """"The Senate voted 95-1 to ratify NATO membership", "parliament voted to approve the deal":
    the infinitive after a past-tense vote is the act the vote performs, done now by the voting
    body (the gold sets code "voted to suspend/impeach/ratify" as done, never as announced).
    "vote" stays a plan verb otherwise ("will vote to", "are due to vote on")."""
    head = v.head
    return v.dep_ in ("xcomp", "advcl") and head.lemma_.lower() == "vote" and head.tag_ in ("VBD", "VBN") and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _purpose(t: Token) -> str | None:
    """Lemma of an infinitive of purpose attached to the trigger ("deployed troops to help ..."), or
    to the aspectual verb it complements ("has begun deploying 1,000 soldiers ... to help fight":
    the small model hangs the purpose on "begun")."""
    for tok in (t, t.head) if t.dep_ == "xcomp" and t.head.pos_ in ("VERB", "AUX") else (t,):
        for c in tok.children:
            if c.dep_ in ("advcl", "xcomp") and c.i != t.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                return c.lemma_.lower()
    return None


def _prison_term(v: Token) -> bool:
    """Does the verb carry a term ("for 25 years", "to 10 years")?  When the small model makes the
    verb an adjective of its object ("A Moscow court [jailed] opposition politician X for 25
    years"), the term hangs on that object."""
    for p in list(v.children) + (list(v.head.children) if _finite_modifier(v) else []):
        if p.dep_ == "prep" and p.lower_ in ("for", "to"):
            pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in ("year", "month", "life", "decade") and \
                    any(g.like_num or g.dep_ == "nummod" for g in pobj.children):
                return True
    return False


def _from_is_agent(etype: str | None) -> bool:
    """Does a "from" phrase on an event noun of this type name its agent ("criticism from EU
    leaders", "calls from the UN")?  Not for retreats and concessions ("withdrawal from
    Afghanistan"), nor for nouns with no PLOVER type."""
    return etype is not None and etype not in ("RETREAT", "CONCEDE")


def _agent_named_by(n: Token) -> bool:
    """Does an attack, siege or shelling noun name who carried it out with "by" ("the bombardment of
    Kharkiv by Russian warplanes was the heaviest in weeks")?  Such a noun reports an act even as the
    subject of a copula, unlike the states that :data:`STATIVE` verbs describe ("cooperation
    between the two countries falls short")."""
    if n.pos_ != "NOUN" or n.lemma_.lower() not in AGENT_BY_NOUNS:
        return False
    preps = [c for c in n.children if c.dep_ == "prep"]
    preps += [g for c in preps if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
              for g in p.children if g.dep_ == "prep"]  # "by" hung under the "of" object
    return any(c.lower_ == "by" and any(p.dep_ == "pobj" for p in c.children) for c in preps)


def _names_its_sides(n: Token) -> bool:
    """"Iraq is in talks with the US", "killed in clashes between the army and the RSF", "died in clashes with police", "killed in
    airstrikes by Russian warplanes": a bare plural event noun after "in" that names who fought or
    struck is an event of its own, not the manner of the verb ("in protest", "in response")."""
    preps = {c.lower_ for c in n.children if c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children)}
    if n.lemma_.lower() in TALK_NOUNS and n.head.head.lemma_.lower() == "be":
        return True  # "Kyiv and Moscow are in talks on ...", "Iraq is in talks with the US"
    return bool(preps & {"between", "by"}) or ("with" in preps and n.lemma_.lower() in CLASH_WORDS | TALK_NOUNS)


def _captive_person(v: Token) -> bool:
    """Is what ``v`` captured a person: a named person, "him"/"her", or "who"?"""
    objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if v.dep_ in ("relcl", "acl") and v.head.pos_ == "PROPN":
        objs.append(v.head)  # "Jones, who was captured", "Jones, captured in January"
    return any(o.ent_type_ == "PERSON" or o.lower_ in ("him", "her", "who", "whom") for o in objs)


def _has_own_agent(t: Token) -> bool:
    """An object noun with its own agent ("North Korea's demand", "a call by Argentina") is an event
    of its own, coded besides the verb that takes it (unless the types agree, see ``_noun``)."""
    return t.pos_ == "NOUN" and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
                                    for c in t.children)


def _acting_clause(v: Token) -> bool:
    """Is ``v`` an active verb whose subject acts (not a passive, not dying or suffering)?"""
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) and \
        v.lemma_.lower() not in SUFFER_VERBS and any(c.dep_ == "nsubj" for c in v.children)


def _plausible_subjects(v: Token) -> list[Token]:
    """The verb's subjects, best first: a nominal subject before a clausal one and, when the small
    model hangs two subjects on one verb, the one nearest before it ("Mosul, Iraq's second-largest
    city, ... after government troops abandoned": the troops); :meth:`EventExtractor._actor_entities_all`
    tries the others when that one names no actor ("The World Health Organization (WHO) lauded",
    "Russia has hitherto acquiesced").  A bare time noun is dropped ("and a day later called her
    comments nasty": the parser takes "a day" for the subject), so the subject is looked for
    through the coordination instead."""
    subs = [c for c in v.children if c.dep_ in SUBJ_DEPS and
            not (c.dep_ == "nsubj" and c.lemma_.lower() in TIME_UNITS and c.pos_ == "NOUN" and
                 not any(g.dep_ == "prep" for g in c.children))]  # not "Years of American lives had done"
    return sorted(subs, key=lambda c: (c.dep_ == "csubj", c.i > v.i, -c.i if c.i < v.i else c.i))


def _finite_modifier(v: Token) -> bool:
    """A past-tense verb parsed as an adjective of its own object but with a subject ("A Moscow
    court [jailed] opposition politician X": jailed amod -> politician, court nsubj -> jailed)."""
    return v.dep_ == "amod" and v.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in v.children)


def _acts_on_object(v: Token) -> bool:
    """A past form parsed as a participle modifying a noun but taking a direct object ("A Moscow
    court jailed the politician"): a misparsed finite verb, since a passive participle has none."""
    return v.tag_ in ("VBN", "VBD") and (any(c.dep_ == "dobj" for c in v.children) or _appeals_to(v)) and \
        v.head.i < v.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)


def _appeals_to(v: Token) -> bool:
    """"Bangladesh's foreign minister called on Myanmar to take back the refugees": the small model
    reads "called" as a participle of "minister", but a participle has no "on Myanmar" object
    followed by the act asked for, so it is the finite verb of an appeal."""
    if v.lemma_.lower() not in ("call", "appeal", "plead"):
        return False
    addressee = any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "with") and
                    any(p.dep_ == "pobj" for p in c.children) for c in v.children)
    asked = any(x.dep_ in ("xcomp", "advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                for x in v.subtree if x is not v)
    return addressee and asked


def _misparsed_frame(v: Token) -> bool:
    """"Hamas's armed wing threatened on Monday to start executing hostages": the small model takes
    the finite frame verb for a reduced relative on its subject (threatened acl -> wing).  With an
    active to-infinitive complement it is the clause's verb, and the noun it hangs on its subject."""
    if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or v.lemma_.lower() not in ACTIVE_FRAMES or \
            v.head.pos_ not in ("NOUN", "PROPN") or v.head.i > v.i:
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX") and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and
               not any(a.dep_ == "auxpass" for a in c.children) for c in v.children)


def _is_amount(t: Token) -> bool:
    """A sum of money ("500 million euros", "$2bn", "billions of dollars")."""
    return t.pos_ in ("NOUN", "NUM", "SYM", "PROPN") and (
        t.lemma_.lower() in MONEY_WORDS or any(c.lower_ in ("$", "€", "£") for c in t.children) or
        t.lower_ in ("$", "€", "£"))


def _each_on_its_own(v: Token) -> bool:
    """"India and Pakistan have both reinforced their positions", "each deployed troops": states
    named together that act each on their own side, not jointly (which would be COOPERATE 062)."""
    return any(c.lower_ in ("both", "each") and c.dep_ in ("advmod", "det", "preconj", "appos", "nsubj", "dep")
               for c in list(v.children) + [g for s in v.children if s.dep_ == "nsubj" for g in s.children])


def _drop_targetless_twins(cands: list[Candidate], keys: list[tuple]) -> list[Candidate]:
    """"Saudi Arabia expelled Canada's ambassador ... and recalled its own envoy", "Pakistan
    downgraded ties with India ... and suspended bilateral trade": SANCTION requires a recipient
    (PLOVER 3.13.1), so a second reduction of relations by the same actor in the sentence that
    names none is part of the targeted one, not another event against nobody.  Other types keep
    such events ("declared a state of emergency and detained the president" is two COERCE)."""
    def target(k: tuple) -> set:
        return set(k[2]) - set(k[0])  # "recalled its own envoy": the actor's own, dropped later

    targeted = {(k[0], k[1], k[3]) for k in keys if target(k) and k[1] == "SANCTION"}
    return [c for c, k in zip(cands, keys) if target(k) or (k[0], k[1], k[3]) not in targeted]


def _phrasal_hit(v: Token, pattern: Pattern) -> bool:
    """Whether a frame verb's lexicon match names the verb's own particle: a phrasal verb is
    another verb, not the frame ("calling up 300,000 reservists to fight in Ukraine" is a
    call-up, 154, not an appeal; "called off the strike" is not a call for it)."""
    prts = {c.lower_ for c in v.children if c.dep_ == "prt"}
    return any(sl.prep in prts and not sl.words for sl in pattern.slots)


def _trigger_lemma(t: Token) -> str:
    """Verb lemma with its particle ("step down"); the parser often attaches the particle as advmod."""
    prt = next((c.lower_ for c in t.children if c.dep_ == "prt" or
                (c.dep_ == "advmod" and c.i == t.i + 1 and c.lower_ in PARTICLES)), None)
    return f"{t.lemma_.lower()} {prt}" if prt else t.lemma_.lower()


def _publisher_of_footage(n: Token) -> Token | None:
    """The verb that publishes the footage an event noun is shown in: "posted a video showing the
    beheading of X" (the participle hangs on the video or on the verb), or None."""
    show = n.head
    if n.dep_ != "dobj" or show.lemma_.lower() not in ("show", "depict", "film", "document"):
        return None
    if show.dep_ == "acl" and show.head.lemma_.lower() in FOOTAGE_NOUNS and show.head.dep_ == "dobj":
        return show.head.head
    if show.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in FOOTAGE_NOUNS for c in show.head.children):
        return show.head
    return None


def _series_item(v: Token) -> bool:
    """"Russian soldiers raped, tortured and executed civilians": the small model hangs the middle
    verb of a series under the first as an adverbial clause ("raped" <- advcl "tortured" <- conj
    "executed"); such a verb shares the first verb's subject."""
    doc = v.doc
    return v.tag_ in ("VBD", "VBN") and v.head.tag_ == "VBD" and v.head.i == v.i - 2 and \
        doc[v.i - 1].text == "," and any(c.dep_ == "conj" for c in v.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in v.children)


def _root_noun_verb(v: Token) -> bool:
    """"Tens of thousands protested along the border fence": the small model makes the quantity the
    root and the finite verb a participle modifying it; a sentence has a finite verb, so this one is."""
    return v.dep_ in ("acl", "conj") and v.head.dep_ == "ROOT" and v.head.lemma_.lower() in CROWD_QUANTITIES and \
        v.head.i < v.i and v.tag_ in ("VBD", "VBN")  # ("protesters detained in Minsk" stays a description)


def _stray_subject(v: Token) -> Token | None:
    """A sentence-initial actor the small model did not make the subject: "Riot police in Dhaka
    swung batons and fired ..." (the noun parsed as the root, the verbs as its conjuncts), "Police
    in Lahore baton-charged ..." (the noun parsed as an adverbial noun phrase of the verb)."""
    if (v.dep_ == "conj" or _root_noun_verb(v)) and v.head.pos_ in ("NOUN", "PROPN") and v.head.dep_ == "ROOT" and \
            v.head.i < v.i:
        return v.head
    return next((c for c in v.children if c.dep_ == "npadvmod" and c.i < v.i and c.pos_ in ("NOUN", "PROPN")
                 and c.i == v.sent.start), None)


def _one_per_dyad(events: list[Event]) -> list[Event]:
    """One event per (actor, type, recipient) in a sentence (conventions), checked after
    ``_record``: ``_dedupe`` sees candidates before recording drops recipients that are the actor
    itself or a venue, so "opened fire and set off explosives ..., killing dozens" could still give
    two attacks.  An attack or protest with no recipient is also dropped when the same actors have
    one with a recipient in the sentence: it is that act told in another verb ("fired tear gas and
    beat protesters", "rioters torched cars and set fire to a town hall").  Other types keep both:
    "detained her and declared a state of emergency" are two acts of coercion."""
    def key(e: Event, with_recipient: bool = True) -> tuple:
        return (tuple(sorted(a.code for a in e.actor)), e.event_type or e.cameo_code,
                tuple(sorted(r.code for r in e.recipient)) if with_recipient else (), e.negated, e.future)
    targeted = {key(e, False) for e in events if e.recipient and e.event_type in ("ASSAULT", "PROTEST")}
    out, seen = [], set()
    for e in events:
        k = key(e)
        if k in seen or (not e.recipient and key(e, False) in targeted):
            continue
        seen.add(k)
        out.append(e)
    return out


def _unique(ents: list[Entity]) -> list[Entity]:
    """Entities with distinct codes, first occurrence kept (one dyad member per code)."""
    seen: set[str] = set()
    out = []
    for e in ents:
        if e.code and e.code not in seen:
            seen.add(e.code)
            out.append(e)
    return out
