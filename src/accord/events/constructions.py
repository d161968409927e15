"""Constructions the lexicon cannot name and the parser often gets wrong: deadlines, releases,
hostage-taking, characterisations, threats in reported speech, court orders, charges and
warrants, aid arrivals; each method codes one construction or returns None."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from accord.events.candidates import Candidate, _Ctx
from accord.events.lexicon import QUANTITY_NOUNS
from accord.events.syntax import _atrocity, _implied, _prison_term, _subtree_without_clauses, _unique
from accord.events.wordlists import (
    ACCESS_NOUNS, ACCUSATION_CODES, AGENT_PREPS, CAPTIVITY_VERBS, CHARGE_NOUNS, CONTEST_NOUNS, CRIME_WORDS,
    DEPLOYED_NOUNS, ENTRY_VERBS, ENTRY_WORDS, FORCE_WORDS, FORCEFUL_ADVERBS, GENERIC_PLACES, HARM_NOUNS,
    HARM_TYPES, HOSTAGE_PEOPLE, HOSTILE_VERBS, IMPACT_VERBS, LEAVE_VERBS, MEETING_NOUNS, MENACE_VERBS,
    MILITARY_NOUNS, MUNITIONS, NEED_NOUNS, NON_DIPLOMATIC, OFFICE_SECTORS, PACT_NOUNS, PEACEKEEPER_NOUNS,
    PLACE_NOUNS, PRISON_WORDS, TALK_NOUNS, TARGET_IMPACT_VERBS, THREAT_CONTENT, THREAT_TYPES, TIME_UNITS,
    TRANSFER_VERBS, VOTE_WORDS, WEAPON_NOUNS)
from accord.records import Entity


class ConstructionRules:
    """Mixed into :class:`accord.events.extractor.EventExtractor`, whose ``lex``, ``frames``,
    ``ont`` and ``cues`` the methods use; see the module docstring."""

    def _agent_of_means(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "after"):
                for p in c.children:
                    if p.dep_ == "pobj" and self.lex.match_noun(p) is not None:
                        agents = self._noun_agents(ctx, p, self._noun_type(p))
                        if agents:
                            ctx.consumed.add(p.i)
                            return agents
        return []

    def _arrives_with_relief(self, v: Token) -> bool:
        """An arrival "with" relief goods ("landed in Rome with 31 tonnes of supplies including
        ventilators", "arrived with tents and blankets")."""
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                if any(t.lemma_.lower() in self.frames.relief for t in c.subtree):
                    return True
        return False

    def _peacekeepers_arrive(self, v: Token) -> bool:
        """The subject phrase of an arrival verb names peacekeepers ("nearly 2,000 Russian
        peacekeepers", "the first of the peacekeepers")."""
        tok, _ = self._subject_token(v)
        if tok is None:
            return False
        if tok.lemma_.lower() == "peacekeeper":
            return True
        # "the first of the peacekeepers", "a peacekeeping contingent" (not "the peacekeeping chief")
        return (tok.lemma_.lower() in DEPLOYED_NOUNS or tok.lemma_.lower() in QUANTITY_NOUNS) and \
            any(t.lemma_.lower() in PEACEKEEPER_NOUNS for t in tok.subtree)  # "thousands of peacekeepers"

    def _relief_vehicle_enters(self, v: Token) -> bool:
        """A verb of entering ("rolled into", "crossed into", "entered") whose subject is a vehicle
        that the subject phrase itself says carries relief ("lorries laden with food")."""
        if v.lemma_.lower() not in ENTRY_VERBS:
            return False
        tok, _ = self._subject_token(v)
        phrase = list(tok.subtree) if tok is not None else []
        if tok is None and v.dep_ == "conj":
            # the small model makes "laden" the root of "Twenty lorries laden with food ... rolled
            # into Gaza" and the entering verb its conjunct
            tok = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
            own = {t.i for t in v.subtree}
            phrase = [t for t in v.head.subtree if t.i not in own]
        return tok is not None and tok.lemma_.lower() in self.frames.vehicles and \
            any(t.lemma_.lower() in self.frames.relief for t in phrase)

    def _stray_agent(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        """"Villagers were hacked to death with machetes by ADF rebels": the small model hangs the
        passive's "by" phrase under the object of the preposition before it, or under a participle
        between ("was shot dead while campaigning in Nara on Friday by a man wielding ...")."""
        for c in v.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG":
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ == "by":
                        ents = [e for q in g.children if q.dep_ == "pobj" for e in self._entities(ctx, q)]
                        if ents:
                            return ents
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "in", "at", "near", "on"):
                for p in c.children:
                    for g in p.children if p.dep_ == "pobj" else ():
                        if g.dep_ == "prep" and g.lower_ == "by":
                            ents = [e for q in g.children if q.dep_ == "pobj" for e in self._entities(ctx, q)]
                            if ents:
                                return ents
        return []

    def _vehicle_subject(self, v: Token) -> bool:
        tok, _ = self._subject_token(v)
        return tok is not None and tok.lemma_.lower() in self.frames.vehicles

    def _carries_goods(self, ctx: "_Ctx", v: Token, used: Collection[Token] = ()) -> bool:
        """Does a visit verb carry a thing ("flew supplies to") rather than a visit ("paid a visit to")?
        An object the visit pattern itself names ("set foot in") is not carried."""
        own = {u.i for u in used}
        for c in v.children:
            if c.dep_ == "dobj" and c.i not in own and ctx.mention_at[c.i] is None and c.pos_ in ("NOUN",) and \
                    self.lex.match_noun(c) is None and \
                    not any(ctx.mention_at[x.i] is not None for x in c.subtree if x.dep_ in ("compound", "poss")):
                return True
        return False

    def _characterise(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Serbia called the move illegal", "a decision Zelenskiy hailed as historic": ACCUSE or SUPPORT
        from the speaker to whoever is responsible for what is characterised."""
        if any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in v.children):
            return None  # "called for talks", "called on X to ...": an appeal, not a characterisation
        words: list[Token] = []
        for c in v.children:
            if c.dep_ in ("oprd", "acomp", "attr") or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")):
                words.extend(c.subtree)
            elif c.dep_ == "prep" and c.lower_ == "as":
                words.extend(c.subtree)
            elif c.dep_ == "dobj":
                # "calling the ruling outrageous and unacceptable": the small model makes the
                # predicate adjectives modifiers after their noun
                for a in c.children:
                    if a.dep_ == "amod" and a.i > c.i:
                        words.extend(a.subtree)
                if any(o.dep_ == "dobj" and o.i < c.i for o in v.children):
                    # "calling images of bodies a staged provocation by Kyiv": a second object is
                    # the predicate
                    words.extend(c.subtree)
        if not words:
            return None
        lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
        neg = bool(lemmas & self.frames.negative)
        pos = bool(lemmas & self.frames.positive)
        if neg == pos:
            return None
        code = "111" if neg else "051"
        for w in words:
            ctx.consumed.add(w.i)
        actors, fallback = self._actor_entities(ctx, v)
        target = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
        recipients: list[Entity] = []
        if target is not None and target.tag_ not in ("WDT", "WP"):
            recipients = self._entities(ctx, target) or self._phrase_entities(ctx, target, preps=AGENT_PREPS)
        if not recipients and target is not None and target.tag_ in ("WDT", "WP") and v.dep_ == "pcomp":
            # "cut ties over what it called Doha's support for terrorism": the one named in the
            # characterisation; "shut the internet, in what Bobi Wine called an attempt to rig the
            # vote": the actor of the act the phrase is attached to
            recipients = [e for w in words if w.dep_ == "poss" for e in self._entities(ctx, w)]
            if not recipients and v.head.head.pos_ in ("VERB", "AUX"):
                recipients, _ = self._actor_entities(ctx, v.head.head)
        if not recipients and not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            # "a staged provocation by Kyiv": the predicate names who is behind it (in an active
            # clause; "is considered a terrorist group by the US" names the one who characterises)
            recipients = [e for w in words if w.dep_ == "pobj" and w.head.lower_ == "by"
                          for e in self._entities(ctx, w)]
        if not recipients:
            # the thing characterised is the head of this relative clause, or the clause it refers to
            ref = v.head if v.dep_ in ("relcl", "acl") else target
            recipients = self._responsible(ctx, ref) if ref is not None else []
        state_speaks = all(a.sector in (None, "GOV") for a in actors)  # (an opposition may fault its state)
        recipients = [r for r in recipients if r.code not in {a.code for a in actors} and
                      not (state_speaks and not r.sector and r.country in {a.country for a in actors})]  # one's own country
        if not recipients and code == "111" and target is not None and target.lower_ in ("it", "this", "that"):
            # "apologised for the Netherlands' role in slavery, calling it a crime against humanity":
            # a characterisation of one's own past, or of nobody named, accuses no one
            return None
        return Candidate(v, v.i + 1, code, actors, recipients, None, fallback_actor=fallback)

    def _deadline(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"gave the French ambassador 72 hours to leave the country": an expulsion (CAMEO 166) when
        those given the time must leave; "gave Doha 10 days to comply": an ultimatum (139)."""
        if v.lemma_.lower() != "give":
            return None
        given = next((c for c in v.children if c.dep_ in ("dative", "dobj") and c.lemma_.lower() not in TIME_UNITS),
                     None)
        span = next((c for c in v.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_UNITS), None)
        if span is None and given is not None:
            # "gave France's ambassador 48 hours to leave": the small model hangs the time on the person
            span = next((c for c in given.children if c.dep_ == "appos" and c.lemma_.lower() in TIME_UNITS), None)
        act = next((c for c in list(v.children) + (list(span.children) if span is not None else [])
                    if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if span is None:
            span, given, act = self._given_until(v, given, act)
        if given is None or span is None or act is None:
            return None
        recipients = self._entities(ctx, given)
        if not recipients:
            return None
        leaves = act.lemma_.lower() in LEAVE_VERBS and not any(
            c.dep_ == "dobj" and ctx.mention_at[c.i] is None and c.lemma_.lower() not in PLACE_NOUNS
            for c in act.children)  # "to withdraw the bill" is an ultimatum, "to leave the country" an expulsion
        code = "166" if leaves else "139"
        if code == "166" and all(r.sector in NON_DIPLOMATIC for r in recipients):
            code = "174"  # "gave three Wall Street Journal reporters five days to leave": deporting individuals
        for x in act.subtree:
            ctx.consumed.add(x.i)
        cand = self._build_verb(ctx, v, code, None, [])
        cand.recipients = recipients
        return cand

    def _left_what(self, ctx: "_Ctx", v: Token, code: str) -> str | None:
        """What a bare "pull out"/"withdraw"/"back out" leaves decides the event: troops leaving a place
        retreat (0874), but leaving a deal or an organisation reduces relations (160; PLOVER 3.13),
        leaving talks halts them (164), leaving a summit calls it off (125), and leaving a race,
        election or tournament is no political event.  spaCy hangs "of" in "pulled out of the deal"
        on "out", where lexicon patterns cannot reach it, so this is read from the parse."""
        heads = [v] + [c for c in v.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "back")]
        obj = next((p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                    for p in c.children if p.dep_ == "pobj"), None)
        if obj is None:
            return code
        lemma = obj.lemma_.lower()
        if lemma in CONTEST_NOUNS:
            return None
        if lemma in TALK_NOUNS:
            return "164"
        if lemma in MEETING_NOUNS:
            return "125"
        m = ctx.mention_at[obj.i]
        if lemma in PACT_NOUNS or (m is not None and any(e.kind == "igo" for e in m.entities)):
            return "160"
        return code

    def _let_go(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Iran let Nazanin Zaghari-Ratcliffe leave the country", "a judge let Meng Wanzhou go home",
        "allowed the reporter to return home": letting a detained person go is a release (0841,
        PLOVER 3.7).  The lexicon cannot say this: the one let go is the subject of the complement
        clause, not an object of "let"."""
        access = self._let_in(ctx, v)
        if access is not None:
            return access
        comp = next((c for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
        if comp is None:
            return None
        clemma = comp.lemma_.lower()
        kids = list(comp.children)
        if clemma == "leave":
            obj = next((c for c in kids if c.dep_ == "dobj"), None)
            m = ctx.mention_at[obj.i] if obj is not None else None
            free = obj is not None and (obj.lemma_.lower() in ("country", "prison", "jail", "custody") or
                                        (m is not None and any(e.kind == "country" for e in m.entities)))
        elif clemma in ("go", "return", "fly"):
            free = any(c.dep_ == "advmod" and c.lower_ == "home" for c in kids)
        elif clemma == "walk":
            free = any(c.lower_ == "free" for c in kids)
        else:
            free = False
        if not free:
            return None
        who = next((c for c in kids if c.dep_ == "nsubj"), None) or \
            next((c for c in v.children if c.dep_ in ("dobj", "dative")), None)
        freed = self._entities(ctx, who) if who is not None else []
        if not freed or not all(e.kind == "person" for e in freed):
            return None
        for x in comp.subtree:
            ctx.consumed.add(x.i)
        cand = self._build_verb(ctx, v, "0841", None, [])
        cand.recipients = [e for e in freed if e.code not in {a.code for a in cand.actors}]
        return cand

    def _let_in(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"North Korea let UN inspectors back into the country", "allowing trucks carrying food to
        enter the enclave", "Iran allowed IAEA inspectors to return": access granted to inspectors
        (0862), peacekeepers (0861) or aid (0863), PLOVER 3.7 RETREAT access.  The small model makes
        the ones let in the subject of a complement clause ("back", "enter", "return"), or the
        complement itself ("let UN investigators into Douma"), where lexicon patterns cannot reach."""
        comp = next((c for c in v.children if c.dep_ in ("ccomp", "xcomp")), None)
        if comp is None:
            return None
        if comp.pos_ in ("NOUN", "PROPN"):
            who = comp
            entry = any(c.dep_ == "prep" and c.lower_ in ("into", "in") for c in comp.children)
        else:
            who = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None) or \
                next((c for c in v.children if c.dep_ in ("dobj", "dative")), None)
            entry = comp.lemma_.lower() in ENTRY_WORDS or \
                any(c.dep_ in ("prep", "advmod", "prt") and c.lower_ in ("into", "in", "back") for c in comp.children)
        code = ACCESS_NOUNS.get(who.lemma_.lower()) if who is not None else None
        if code is None or not entry:
            return None
        dest = [x for x in comp.subtree if x.dep_ in ("dobj", "pobj") and x.i != who.i]
        for x in comp.subtree:
            ctx.consumed.add(x.i)
        cand = self._build_verb(ctx, v, code, None, [])
        own = {a.code for a in cand.actors}
        got = self._entities(ctx, who) + [e for d in dest for e in self._entities(ctx, d)]
        cand.recipients = [e for e in _unique(got) if e.code not in own]
        return cand

    def _quit_office(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Algeria's President Abdelaziz Bouteflika quit on Tuesday": "quit" with nothing quit is a
        resignation (0831, recorded as RETREAT resign, PLOVER 3.7) when an office holder quits.
        "quit" alone is not in the lexicon: states quit organisations ("Britain quit the EU") and
        players quit teams, so it needs an office-holding subject and no object."""
        if any(c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp") for c in v.children):
            return None
        actors, fallback = self._actor_entities(ctx, v)
        if fallback or not actors or not all(a.sector in OFFICE_SECTORS and a.kind == "person" for a in actors):
            return None
        return self._build_verb(ctx, v, "0831", None, [])

    @staticmethod
    def _given_until(v: Token, given: Token | None, act: Token | None):
        """The deadline of "gave Hamas until Saturday to release the hostages" is an "until" phrase, not
        an object; the small model may also make the one given time the subject of a clause under
        "gave" ("gave [Ukrainian forces holed up in Azovstal] until 6 a.m. to lay down their arms").
        Returns (the "until" preposition, the one given time, the act demanded), or Nones."""
        holders = [v] + [c for c in v.children if c.dep_ == "ccomp" and c.tag_ == "VBN"]
        for h in holders:
            until = next((c for c in h.children if c.dep_ == "prep" and c.lower_ in ("until", "till")), None)
            if until is None:
                continue
            who = given if h is v else next((c for c in h.children if c.dep_ == "nsubj"), None)
            dates = [g for g in until.children if g.dep_ == "pobj"]
            what = act or next((c for c in list(h.children) + [x for d in dates for x in d.children]
                                if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and
                                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            return until, who, what
        return None, given, act

    def _hostage_taking(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"took several security officials hostage", "were holding some 700 people hostage": the
        small model makes "hostage" a clausal complement or a predicate of the object, never the
        object that the lexicon's "take hostage" needs.  Taking or holding people hostage is an
        abduction (CAMEO 181, PLOVER ASSAULT abduct)."""
        if v.lemma_.lower() not in ("take", "hold", "keep"):
            return None
        h = next((c for c in v.children if c.lemma_.lower() in ("hostage", "captive") and
                  c.dep_ in ("ccomp", "oprd", "xcomp", "npadvmod", "advcl", "acomp", "attr")), None)
        if h is None:
            # "took three UN peacekeepers captive": "captive" parsed as an adjective after the object
            h = next((a for o in v.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "amod" and
                      a.i > o.i and a.lemma_.lower() in ("hostage", "captive")), None)
        if h is None:
            return None
        held = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None) or \
            next((c for c in h.children if c.dep_ == "nsubj"), None)  # "took [officials hostage]"
        m = ctx.mention_at[held.i] if held is not None else None
        if held is None or not (held.lemma_.lower() in HOSTAGE_PEOPLE or (
                m is not None and m.entity.kind != "country" and m.entity.sector)):
            return None  # "the budget was held hostage by hardliners": a figure of speech
        ctx.consumed.add(h.i)
        cand = self._build_verb(ctx, v, "181", None, [h])
        if held.head is h:
            cand.recipients = _unique(cand.recipients + self._entities(ctx, held))
        return cand

    def _baton_charge(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Police baton-charged the marchers", "lathi-charged protesters": the hyphenated verb is
        split by the tokenizer and lemmatised as the legal "charge"; it is violent repression (175)."""
        k = v.i
        if v.lemma_.lower() != "charge" or k < 2 or ctx.doc[k - 1].text != "-" or \
                ctx.doc[k - 2].lower_ not in ("baton", "lathi", "cane"):
            return None
        return self._build_verb(ctx, v, "175", None, [])

    def _shot_dead(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Israeli troops shot dead 58 Palestinians", "militiamen shot dead seven people": "dead" is
        an adjective, which a lexicon pattern cannot name, and the victims may be called anything;
        a killing by shooting is small-arms fire (CAMEO 193)."""
        if v.lemma_.lower() != "shoot" or not any(c.lower_ == "dead" for c in v.children):
            return None
        return self._build_verb(ctx, v, "193", None, [])

    def _executed_person(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Tehran executed German-Iranian dual national Jamshid Sharmahd": `execute` alone is left out
        of the lexicon ("executed the plan"), and named people cannot be written as its objects; an
        execution of someone the resolver knows as an actor is a killing (CAMEO 186, PLOVER targeted)."""
        if v.lemma_.lower() != "execute":
            return None
        obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or (ctx.mention_at[obj.i] is None and obj.ent_type_ != "PERSON"):
            return None
        return self._build_verb(ctx, v, "186", None, [])

    def _weapon_strike(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Saudi-led coalition warplanes hit a bus", "Russian missiles struck Kyiv": a weapon that
        hits is an attack by whoever owns it (CAMEO 195 aerial weapons, 194 artillery and tanks)."""
        if v.lemma_.lower() not in IMPACT_VERBS:
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        kind = WEAPON_NOUNS.get(subj.lemma_.lower()) if subj is not None else None
        if kind is None:
            return None
        if v.lemma_.lower() in TARGET_IMPACT_VERBS and (subj.lemma_.lower() not in MUNITIONS or not any(
                c.dep_ == "prep" and c.lower_ in ("into", "through", "onto") for c in v.children)):
            return None  # "a fighter jet slammed into a hillside": an accident, not an attack
        actors = [e for e in self._entities(ctx, subj) if (e.start, e.end) not in ctx.places]
        if not actors:
            return None
        return Candidate(v, v.i + 1, kind, actors, self._recipient_entities(ctx, v, []), None)

    def _accusing_report(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Ethiopian forces waged a campaign of ethnic cleansing, Human Rights Watch charged", "rights
        groups alleged that police had tortured detainees": a reporting verb that is itself an
        accusation is ACCUSE from its subject to the actor of the reported clause (PLOVER 3.9), as
        "accused X of ..." would be.  The reported clause is coded as usual."""
        if any(c.dep_ in ("dobj", "dative") for c in v.children) or \
                any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
            return None  # "charged him with murder", "charged a fee": the lexicon's legal charge
        if not any(c.dep_ == "nsubj" for c in v.children):
            return None  # "..., charges that the minister dismissed": a noun the parser took for a verb
        content = next((c for c in v.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if content is None and v.dep_ in ("parataxis", "conj") and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "nsubj" for c in v.children):
            content = v.head  # "X waged ..., HRW charged": the parser joins the report to the clause
        if content is None:
            return None
        actors, fallback = self._actor_entities(ctx, v)
        if not actors or fallback:
            return None
        targets = [e for e in self._actor_entities(ctx, content)[0] if e.code not in {a.code for a in actors}]
        if not targets:
            return None
        own = {x.i for x in v.subtree} if content is v.head else set()
        lemmas = {t.lemma_.lower() for t in content.subtree if t.i not in own}
        code = next((k for k, words in ACCUSATION_CODES if lemmas & words), "112")
        return Candidate(v, v.i + 1, code, actors, targets, None)

    def _menace(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Khamenei said Israel must be punished", "the army said the attackers would be crushed",
        "warned that Seoul would pay dearly": a speaker announcing harm to someone is a threat
        (PLOVER 3.11, THREATEN violence) from the speaker to that someone."""
        speaker = ctx.speaker.get(v.i) or self._quote_speaker(ctx, v)
        if not speaker or any(c.dep_ == "neg" for c in v.children):
            return None
        lemma = v.lemma_.lower()
        modal = any(c.dep_ == "aux" and c.lower_ in ("must", "will", "would", "shall", "'ll", "should")
                    for c in v.children)
        if not modal:
            return None
        if lemma in MENACE_VERBS and any(c.dep_ == "auxpass" for c in v.children):
            victim = next((c for c in v.children if c.dep_ == "nsubjpass"), None)   # "must be punished"
        elif lemma in MENACE_VERBS and (subj := next((c for c in v.children if c.dep_ == "nsubj"), None)) is not None \
                and {e.country for e in self._entities(ctx, subj)} & {s.country for s in speaker} and \
                (obj := next((c for c in v.children if c.dep_ == "dobj"), None)) is not None:
            # "the defence ministry said the army would crush any attempt at independence": the
            # speaker's own side announcing force against someone
            targets = [e for e in self._entities(ctx, obj) or self._phrase_entities(ctx, obj, ("at", "by", "of"),
                                                                                      deep=True)
                       if e.country not in {s.country for s in speaker}]
            for x in obj.subtree:
                ctx.consumed.add(x.i)
            return Candidate(v, v.i + 1, "138", list(speaker), targets, None)
        elif lemma in ("respond", "retaliate", "react", "reply") and (
                any(c.dep_ == "advmod" and c.lower_ in FORCEFUL_ADVERBS for c in v.children) or
                any(c.dep_ == "prep" and c.lower_ == "with" and any(t.lemma_.lower() in ("force", "strength", "might")
                                                                    for t in c.subtree) for c in v.children)):
            # "Iran's foreign minister said Tehran would respond decisively to any Israeli attack"
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            own = {e.country for e in self._entities(ctx, subj)} if subj is not None else set()
            if subj is not None and subj.lower_ not in ("it", "we", "they") and not own & {s.country for s in speaker}:
                return None
            targets = [e for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
                       for t in c.subtree if t.dep_ in ("pobj", "amod", "compound", "poss")
                       for e in self._entities(ctx, t) if e.country not in {s.country for s in speaker}]
            hostile = any(t.dep_ == "pobj" and (h := self.lex.match_noun(t)) is not None and
                          self._type(h[0].code) in HARM_TYPES for c in v.children if c.dep_ == "prep" for t in c.subtree)
            if not targets and not hostile and not {t.lemma_.lower() for t in ctx.sent} & FORCE_WORDS:
                return None  # "the central bank would react strongly to any rise in inflation"
            return Candidate(v, v.i + 1, "138", list(speaker), _unique(targets), None)
        elif lemma == "pay" and (any(c.lower_ in ("dearly", "heavily") for c in v.children) or any(
                c.dep_ == "dobj" and c.lemma_.lower() == "price" for c in v.children)):
            victim = next((c for c in v.children if c.dep_ == "nsubj"), None)       # "will pay dearly"
        else:
            return None
        if victim is None:
            return None
        targets = [e for e in self._entities(ctx, victim) if e.code not in {s.code for s in speaker}]
        if not targets:
            return None
        return Candidate(v, v.i + 1, "138", list(speaker), targets, None)

    def _atrocity_report(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Myanmar's army committed genocide against the Rohingya, Gambia told the court", "federal
        troops waged a campaign of ethnic cleansing, Human Rights Watch said": a named speaker's
        charge of genocide, ethnic cleansing, war crimes or atrocities is an accusation (conventions:
        accusatory characterisations inside a speaker's statement code ACCUSE), not the act itself."""
        speaker = ctx.speaker.get(v.i) or self._quote_speaker(ctx, v)
        if not speaker:
            return None
        if v.lemma_.lower() in ("rig", "steal", "falsify") and ({t.lemma_.lower() for t in ctx.doc[
                max(ctx.sent.start, v.i - 15):v.i + 1]} | {t.lemma_.lower() for t in v.subtree}) & VOTE_WORDS:
            # "an election that the opposition says the ruling party stole", "said the vote was rigged":
            # an accusation of electoral fraud (ACCUSE 1121)
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")),
                        None)  # "an election that [the party] stole": the parser gives "that" as a subject too
            ents = self._entities(ctx, subj) if subj is not None else self._actor_entities(ctx, v)[0]
            actors = [e for e in ents if e.code not in {s.code for s in speaker}]
            return Candidate(v, v.i + 1, "1121", list(speaker), actors, None) if actors else None
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        named = obj
        if obj.lemma_.lower() in ("campaign", "policy", "act", "wave", "spree"):
            named = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), obj)
        if not _atrocity(named):
            return None
        actors = [e for e in self._actor_entities(ctx, v)[0] if e.code not in {s.code for s in speaker}]
        if not actors:
            return None
        for x in obj.subtree:
            ctx.consumed.add(x.i)
        return Candidate(v, v.i + 1, "1122", list(speaker), actors, None)

    def _on_the_table(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"US officials said all options were on the table": the veiled threat of force of
        diplomatic English (CAMEO 130), by the speaker."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() != "option" or any(c.dep_ == "neg" for c in v.children):
            return None
        if not ({t.lemma_.lower() for t in ctx.sent} & FORCE_WORDS) and \
                not any(c.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in c.children)
                        for c in v.children):
            return None  # "the Fed said all options were on the table": no force, no condition
        if not any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "table" for g in c.children)
                   for c in v.children):
            return None
        return Candidate(v, v.i + 1, "130", list(ctx.speaker[v.i]), [], None)

    def _not_ruled_out(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"China said it would not hesitate to use force", "Trump refused to rule out using military
        coercion": force not excluded is force threatened (PLOVER 3.11), a double negation the frames
        cannot compose."""
        negated = any(c.dep_ == "neg" for c in v.children) or (
            v.dep_ == "xcomp" and v.head.lemma_.lower() in ("refuse", "decline") ) or any(
            c.dep_ == "neg" for c in v.head.children if v.dep_ == "xcomp")
        if not negated:
            return None
        if v.lemma_.lower() == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
            return None
        act = next((c for c in v.children if c.dep_ in ("xcomp", "dobj", "pcomp") or
                    (c.dep_ == "prep" and c.lower_ == "out")), None)
        words = {t.lemma_.lower() for c in v.children if c.dep_ in ("xcomp", "dobj", "pcomp", "prep", "advcl", "ccomp")
                 for t in c.subtree}
        if act is None or not words & THREAT_CONTENT | words & {"coercion", "invasion", "intervention", "war"}:
            return None
        hit = self.lex.match_verb(act) if act.pos_ == "VERB" else None
        code = self.frames.compose("threaten", hit[0].code) if hit and self._type(hit[0].code) in THREAT_TYPES \
            else ("138" if words & {"force", "military", "coercion", "invasion", "intervention", "war"} else "130")
        for c in v.children:
            if c.dep_ in ("xcomp", "dobj", "pcomp", "advcl"):
                for x in c.subtree:
                    ctx.consumed.add(x.i)
        cand = self._build_verb(ctx, v if v.dep_ != "xcomp" else v.head, code or "130", None, [])
        cand.trigger, cand.trigger_end, cand.negated, cand.affirmed = v, v.i + 1, False, True
        if not cand.actors:
            cand.actors = list(ctx.speaker.get(v.i, []))
        if not cand.recipients:
            cand.recipients = [e for c in v.children if c.dep_ in ("xcomp", "dobj", "pcomp", "prep")
                               for t in c.subtree if t.dep_ == "pobj" and t.head.lower_ in ("against", "on", "to")
                               for e in self._entities(ctx, t)]
        return cand if cand.actors else None

    def _held_responsible(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Iran held the United States responsible for the attack", "Tehran holds Washington fully
        responsible": holding someone responsible or accountable is blaming them (ACCUSE 112)."""
        pred = next((c for c in v.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and
                     c.lemma_.lower() in ("responsible", "accountable", "liable", "culpable")), None)
        if pred is None:
            return None
        held = next((c for c in v.children if c.dep_ == "dobj"), None) or \
            next((c for c in pred.children if c.dep_ == "nsubj"), None)
        if held is None:
            return None
        actors, fallback = self._actor_entities(ctx, v)
        targets = [e for e in self._entities(ctx, held) if e.code not in {a.code for a in actors}]
        if not actors or not targets:
            return None
        ctx.consumed.add(pred.i)
        return Candidate(v, v.i + 1, "112", actors, targets, None, fallback_actor=fallback)

    def _blameworthy(self, word: Token) -> bool:
        """Is "responsible"/"responsibility" about a harmful act ("responsible for the attack", "for
        killing civilians") rather than a duty ("responsible for uncovering the fate of ...")?  With
        no "for" phrase it is blame ("Russia was responsible")."""
        prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if prep is None:
            return True
        for g in prep.children:
            if g.dep_ == "pobj":
                hit = self.lex.match_noun(g)
                if g.lemma_.lower() in HARM_NOUNS or (hit is not None and self._type(hit[0].code) in HARM_TYPES):
                    return True
            elif g.dep_ == "pcomp":
                hit = self.lex.match_verb(g)
                if hit is not None and self._type(hit[0].code) in HARM_TYPES:
                    return True
        return False

    def _responsibility(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"the interior minister said ETA was the main suspect", "saying the Russian government bore
        ultimate responsibility", "said Moscow was behind the attack": in a speaker's statement, saying
        who is responsible for an act is an accusation (ACCUSE 112 from the speaker to the subject)."""
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or any(c.dep_ == "neg" for c in v.children):
            return None
        lemma = v.lemma_.lower()
        blamed = False
        for c in v.children:
            cl = c.lemma_.lower()
            if lemma == "be" and c.dep_ == "acomp" and cl == "responsible":
                blamed = self._blameworthy(c)
            elif lemma == "be" and c.dep_ == "attr" and cl in ("suspect", "culprit", "perpetrator", "mastermind"):
                blamed = True
            elif lemma == "be" and c.dep_ == "prep" and c.lower_ == "behind" and \
                    any(g.dep_ == "pobj" and self.lex.match_noun(g) is not None for g in c.children):
                blamed = True  # "was behind the attack", not "was behind schedule"
            elif lemma == "be" and c.dep_ in ("xcomp", "acomp") and cl == "blame":
                blamed = True  # "Kyiv was to blame"
                ctx.consumed.add(c.i)
            elif lemma == "bear" and c.dep_ == "dobj" and cl == "responsibility" and (
                    any(g.dep_ == "amod" and g.lower_ in ("ultimate", "full", "direct", "primary", "sole", "entire")
                        for g in c.children) or (lemma == "bear" and self._blameworthy(c))):
                blamed = True
        if not blamed:
            return None
        speaker = ctx.speaker[v.i]
        targets = [e for e in self._entities(ctx, subj) if e.code not in {s.code for s in speaker}]
        if not targets:
            return None
        return Candidate(v, v.i + 1, "112", list(speaker), targets, None)

    def _said_was(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"..., a move Netanyahu said was a huge prize for terrorism": the speaker's judgment of
        what the head noun refers to, as in :meth:`_characterise` (ACCUSE 111 or SUPPORT 051)."""
        comp = next((c for c in v.children if c.dep_ == "ccomp"), None)
        if comp is None or comp.lemma_ != "be" or any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
            return None  # the clause must be about the relative's head ("... said was", not "said it was")
        words = [w for c in comp.children if c.dep_ in ("attr", "acomp") for w in c.subtree]
        lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
        neg = bool(lemmas & self.frames.negative)
        pos = bool(lemmas & self.frames.positive)
        if neg == pos or any(c.dep_ == "neg" for c in comp.children):
            return None
        actors, fallback = self._actor_entities(ctx, v)
        recipients = [r for r in self._responsible(ctx, v.head) if r.code not in {a.code for a in actors}]
        for w in words:
            ctx.consumed.add(w.i)
        return Candidate(v, v.i + 1, "111" if neg else "051", actors, recipients, None, fallback_actor=fallback)

    def _responsible(self, ctx: "_Ctx", noun: Token) -> list[Entity]:
        """Who is behind a referring noun ("a decision", "the move", "an order"): its own
        possessor or agent, else the actor of the clause it hangs from."""
        own = self._phrase_entities(ctx, noun, preps=("by", "of"))
        if own:
            return own
        cur = noun
        for _ in range(6):
            if cur.head is cur:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() not in self.frames.speech:
                ents, _ = self._actor_entities(ctx, cur)
                if ents:
                    return ents
        return []

    def _actor_modified(self, ctx: "_Ctx", n: Token) -> bool:
        """A refused demand or threat whose owner is named by a modifier ("rebuffed mounting American
        pressure for a Palestinian state", "rejected a US demand for"): the pressure or demand happened,
        so it is coded besides the refusal, as with a possessor ("North Korea's demand")."""
        if n.pos_ != "NOUN" or self._noun_type(n) not in ("REQUEST", "THREATEN"):
            return False  # refused offers, proposals and mediation efforts did not happen
        return any(c.dep_ in ("compound", "amod", "nmod") and ctx.mention_at[c.i] is not None
                   and not ctx.mention_at[c.i].implicit for c in n.children)

    def _jailer(self, ctx: "_Ctx", v: Token) -> tuple[list[Entity], bool]:
        """"Narges Mohammadi was freed from prison", "was released from a Russian jail": only a state
        releases from its prisons, so, as for arrests, the actor is the government of the prison's
        country (a nationality on "prison"), else of the country the sentence is set in, else of the
        prisoner's; marked as a fallback actor."""
        prison = next((p for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                       for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in PRISON_WORDS), None)
        if prison is None:
            return [], False
        country = next((e.country for c in prison.children if c.dep_ in ("amod", "compound", "poss")
                        and ctx.mention_at[c.i] is not None for e in ctx.mention_at[c.i].entities
                        if e.country and len(e.country) == 3), None) or ctx.scene.country_at(ctx.sent_index)
        if not country:
            freed = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            country = next((e.country for e in (self._entities(ctx, freed) if freed is not None else [])
                            if e.country and len(e.country) == 3), None)
        if not country or country in GENERIC_PLACES:
            return [], False
        return [_implied(ctx, country, "GOV", "government")], True

    def _captors(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        """Who held the captives a passive release verb frees without naming its agent: the agent
        of the captives' own description ("Ten Thai nationals held by Hamas were freed", "hostages
        seized by gunmen were released") or the subject of a relative clause about them ("the
        hostages Hamas took were freed").  Only the captor can release them (PLOVER 3.7)."""
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subj is None:
            return []
        for t in [subj, *subj.conjuncts]:
            for c in t.children:
                if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in CAPTIVITY_VERBS:
                    continue
                for a in c.children:
                    if a.dep_ == "agent":
                        ents = [e for p in a.children if p.dep_ == "pobj" for e in self._entities(ctx, p)]
                    elif a.dep_ == "nsubj" and a.tag_ not in ("WDT", "WP"):
                        ents = self._entities(ctx, a)
                    else:
                        continue
                    ents = [e for e in ents if (e.start, e.end) not in ctx.places]
                    if ents:
                        return ents
        return []

    def _given_up(self, code: str, obj: Token) -> bool:
        """"Ankara lifted its veto", "Odinga suspended his protests", "dropped their objections": an
        object with a possessive pronoun, under a verb of yielding, is the actor's own act given up,
        not another event (a named possessor, "lifted Russia's veto", stays an event of its own).
        Only stances and protests: "rescinded his martial law decree" still reports the decree."""
        if self._type(code) not in ("CONCEDE", "RETREAT") or \
                not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in obj.children):
            return False
        hit = self.lex.match_noun(obj) if obj.pos_ == "NOUN" else None
        return hit is not None and self._type(hit[0].code) in ("REJECT", "REQUEST", "THREATEN", "PROTEST")

    @staticmethod
    def _for_topic(v: Token, comp: Token | None, used: list[Token]) -> bool:
        """"begged forgiveness for the evil committed": when the lexicon's pattern took the verb's
        direct object, a "for" phrase is the topic of that act, not the frame's complement (the
        pattern "beg forgiveness" is an apology, not an appeal)."""
        return comp is not None and comp.dep_ in ("pobj", "pcomp") and comp.head.lower_ == "for" and \
            comp.head.head.i == v.i and any(u.dep_ == "dobj" and u.head.i == v.i for u in used)

    @staticmethod
    def _pledge_not_to_attack(comp: Token | None, comp_code: str | None) -> bool:
        """A negated hostile complement of a promise ("pledged not to attack ships", "vowed not to
        strike civilian targets"): the promise is to refrain from force."""
        if comp is None or comp.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "neg" for c in comp.children):
            return False
        if comp_code is not None:
            return comp_code[:2] in ("18", "19", "20")
        return comp.lemma_.lower() in HOSTILE_VERBS

    def _charges(self, ctx: "_Ctx", c: Candidate) -> Candidate | None:
        """The accusation an arrest or a transfer carries (gold convention; PLOVER ACCUSE):
        "detained Evan Gershkovich ... on espionage charges" is also ACCUSE 1125 by the one who
        arrests; "extradited X to the United States to face drug trafficking charges" is ACCUSE
        1121 by the state that will try him."""
        v = c.trigger
        if v.pos_ != "VERB":
            return None
        code_type = self._type(c.code)
        words = None
        actors: list[Entity] = []
        accused = c.recipients
        if v.lemma_.lower() in ("sentence", "convict", "jail", "imprison") or _prison_term(v):
            return None  # convicted on charges: the allegation was proven (PLOVER 3.9.2), not coded
        if code_type == "COERCE" and c.code[:3] == "173":
            for p in v.children:
                if p.dep_ == "prep" and p.lower_ in ("on", "over", "for"):
                    pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.lemma_.lower() in CHARGE_NOUNS:
                        words, actors = list(p.subtree), list(c.actors)
        elif v.lemma_.lower() in TRANSFER_VERBS:
            dest = self._prep_objects(ctx, [v], ("to",))
            face = next((x for x in v.children if x.dep_ in ("advcl", "xcomp") and x.lemma_.lower() in ("face", "stand")
                         and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)), None)
            if dest and face is not None:
                words, actors = list(face.subtree), dest
                obj = next((x for x in v.children if x.dep_ == "dobj"), None)
                accused = (self._entities(ctx, obj) if obj is not None else []) or accused  # the one sent
        if not words or not actors:
            return None
        lemmas = {w.lemma_.lower() for w in words}
        code = "1125" if lemmas & {"espionage", "spy", "spying", "treason", "sabotage"} else \
            "1121" if lemmas & {"corruption", "fraud", "bribery", "trafficking", "drug", "murder", "crime",
                               "laundering", "embezzlement", "terrorism", "extremism", "smuggling"} else "112"
        recipients = [r for r in accused if r.code not in {a.code for a in actors}]
        if not recipients:
            return None
        return Candidate(v, v.i + 1, code, actors, recipients, None, fallback_actor=c.fallback_actor)

    def _threat_noun(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Russia's threat to use nuclear weapons", "Turkey's threat to veto Sweden's membership": a
        threat noun with its owner and what is threatened is a threat (composed like "threatened to")."""
        noun = v.head
        actors = [e for e in self._noun_agents(ctx, noun, "THREATEN") if (e.start, e.end) not in ctx.places]
        if not actors:
            return None
        hit = self.lex.match_verb(v)
        code = self.frames.compose("threaten", hit[0].code if hit else None) or "130"
        for x in _subtree_without_clauses(v):
            ctx.consumed.add(x.i)
        recipients = [r for r in self._recipient_entities(ctx, v, hit[1] if hit else [])
                      if r.code not in {a.code for a in actors}]
        return Candidate(v, v.i + 1, code, actors, recipients, None)

    def _protesters_gathering(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Thousands of protesters gathered outside the Kenyan parliament": protesters coming together
        protest (PLOVER 3.12), though "gathered" alone is no event ("leaders gathered in Brussels")."""
        if self.lex.match_verb(v) is not None or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        words = [subj] + [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if not any(w.lemma_.lower() in ("protester", "demonstrator", "marcher", "protestor") for w in words):
            return None
        return self._build_verb(ctx, v, "141", None, [])

    def _warrant(self, ctx: "_Ctx", c: Candidate) -> Candidate | None:
        """"The ICC issued arrest warrants for Netanyahu, Gallant and Deif for alleged war crimes": the
        warrant (THREATEN arrest, PLOVER 3.11.2) is against those it names "for", and when it names
        what they are accused of, it is also an accusation (ACCUSE allege, as for arrests on charges)."""
        if c.code != "130" or c.pattern is None:
            return None
        warrant = next((u for u in ([c.trigger] + [x for x in c.trigger.children if x.dep_ in ("dobj", "nsubjpass")])
                        if u.lemma_.lower() == "warrant"), None)
        if warrant is None:
            return None
        crimes: list[Token] = []
        for h in (warrant, c.trigger):
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in ("for", "over", "on"):
                    for g in p.children:
                        if g.dep_ != "pobj":
                            continue
                        ents = self._entities(ctx, g)
                        if ents and not c.recipients:
                            c.recipients = ents
                        elif not ents:
                            crimes.append(g)
        words = {w.lemma_.lower() for g in crimes for w in g.subtree}
        if not c.recipients or not words & CRIME_WORDS:
            return None
        code = next((k for k, ws in ACCUSATION_CODES if words & ws), "112")
        code = "1124" if words & {"war", "genocide", "humanity"} else code
        return Candidate(c.trigger, c.trigger_end, code, list(c.actors), list(c.recipients), None,
                         fallback_actor=c.fallback_actor)

    def _decided(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Washington's decision to send cluster munitions to Kyiv": the decided act, coded as
        announced (like an order: cooperation as intent, a retreat as a concession), by the owner of
        the decision or the subject of the clause it belongs to ("X announced its decision to")."""
        hit = self.lex.match_verb(v)
        if hit is None:
            return None
        noun = v.head
        actors = [e for e in self._noun_agents(ctx, noun, self._noun_type(noun)) if (e.start, e.end) not in ctx.places]
        fallback = False
        if not actors:
            actors, fallback = self._circumstantial_actor(ctx, noun)
        if not actors and noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.pos_ in ("VERB", "AUX"):
            actors, fallback = self._actor_entities(ctx, noun.head)
        if not actors:
            return None
        code = self.frames.compose("order", hit[0].code) or hit[0].code
        for u in hit[1]:
            ctx.consumed.add(u.i)
        recipients = self._recipient_entities(ctx, v, hit[1])
        return Candidate(v, v.i + 1, code, actors, recipients, hit[0], fallback_actor=fallback)

    def _court(self, ctx: "_Ctx", v: Token) -> bool:
        """Is the one giving this order a court?"""
        actors, _ = self._actor_entities(ctx, v)
        return bool(actors) and all(a.sector == "JUD" for a in actors)

    def _foreign_ordered_out(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        """Those ordered out by ``v`` ("ordered French troops to leave") when they belong to a state
        other than the one giving the order; else []."""
        actors, _ = self._actor_entities(ctx, v)
        own = {a.country for a in actors if a.country}
        obj = next((c for c in v.children if c.dep_ in ("dobj", "dative")), None)
        if obj is None or not own:
            return []
        ents = self._entities(ctx, obj)
        return ents if ents and all(e.country and e.country not in own for e in ents) else []

    def _deployment_order(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"The Pentagon ordered the carrier group to the eastern Mediterranean": forces sent
        somewhere on orders are a show of force (CAMEO 154)."""
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        dest = next((c for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "onto", "toward",
                                                                                  "towards")), None)
        if obj is None or dest is None:
            return None
        ents = self._entities(ctx, obj)
        if not (any(e.sector == "MIL" for e in ents) or obj.lemma_.lower() in MILITARY_NOUNS or
                any(x.lemma_.lower() in MILITARY_NOUNS for x in obj.subtree)):
            return None
        actors, fallback = self._actor_entities(ctx, v)
        recipients = [e for p in dest.children if p.dep_ == "pobj" for e in self._entities(ctx, p)]
        return Candidate(v, v.i + 1, "154", actors, recipients, None, fallback_actor=fallback)

    def _need_for(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"underlined the need for joint efforts by Iran and Pakistan" -> an appeal (REQUEST)."""
        need = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in NEED_NOUNS),
                    None)
        if need is None:
            return None
        content = None
        for c in need.children:
            if c.dep_ in ("prep", "acl") and c.lower_ in ("for", "of", "to"):
                content = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
            elif c.dep_ == "acl" and c.pos_ == "VERB":
                content = c
        code = "020"
        recipients: list[Entity] = []
        if content is not None:
            ctx.consumed.add(content.i)
            hit = self.lex.match_noun(content) if content.pos_ != "VERB" else self.lex.match_verb(content)
            if hit is not None:
                code = self.frames.compose("request", hit[0].code) or code
                for u in hit[1]:
                    ctx.consumed.add(u.i)
            elif content.lemma_.lower() in ("effort", "action", "step", "measure", "unity", "solidarity",
                                            "cooperation", "collaboration", "coordination"):
                code = self.frames.compose("request", "06" if content.lemma_.lower() in (
                    "cooperation", "collaboration", "coordination") else "05") or code
            recipients = self._phrase_entities(ctx, content, preps=AGENT_PREPS + ("with",), deep=True)
        cand = self._build_verb(ctx, v, code, None, [need])
        cand.recipients = recipients + [e for e in cand.recipients if e.code not in {r.code for r in recipients}]
        return cand
