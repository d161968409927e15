"""Event nouns ("the talks between", "an air strike on", "Iran's call for"): their code,
their agents and their recipients."""
from __future__ import annotations

from spacy.tokens import Token

from accord.events.candidates import Candidate, _Ctx
from accord.events.lexicon import PARTICLE_WORDS, QUANTITY_NOUNS, Pattern, match_slots, title_words
from accord.events.syntax import (
    _acting_clause, _agent_named_by, _anti, _claimed, _from_is_agent, _has_own_agent, _is_amount,
    _names_its_sides, _publisher_of_footage, _unique, _willing_for)
from accord.events.wordlists import (
    ADDRESSING_VERBS, ARMED, ASKING_NOUNS, CIRCUMSTANTIAL_PREPS, CUT_NOUNS, DEFIANCE_NOUNS, EXPELLED,
    FIGURATIVE, FOR_TYPES, GATHERING_VERBS, HALT_NOUNS, HARM_NOUNS, HARM_TYPES, IMPACT_VERBS, JOINT_WORDS,
    LIGHT_VERBS, MASS_WORDS, MEANS_PREPS, MODAL_NOUNS, NON_DIPLOMATIC, OCCURRENCE_VERBS, OFFER_NOUNS,
    PATIENT_OF_TYPES, PHASE_NOUNS, RECIPIENT_PREPS, RECIPROCAL_CODES, SERIES_NOUNS, STATE_STRIKE_NOUNS,
    STATIVE, VOLLEY_NOUNS, VOLLEY_WEAPONS)
from accord.records import Entity


class NounRules:
    """Mixed into :class:`accord.events.extractor.EventExtractor`, whose ``lex``, ``frames``,
    ``ont`` and ``cues`` the methods use; see the module docstring."""

    # ------------------------------------------------------------------ nouns
    def _noun(self, ctx: "_Ctx", n: Token):
        lemma = n.lemma_.lower()
        out = []
        if ctx.mention_at[n.i] is not None:
            return None  # "Cooperation" in "Economic Cooperation Organization" names an actor
        in_money = n.dep_ == "pobj" and n.head.lower_ == "in" and _is_amount(n.head.head)
        if n.dep_ == "pobj" and n.head.lower_ == "in" and not in_money and lemma not in DEFIANCE_NOUNS and \
                not any(c.dep_ in ("det", "amod", "poss", "compound") for c in n.children) and \
                not _names_its_sides(n):
            return None  # "recalled its ambassador in protest": the manner of another event
        if any(c.dep_ == "amod" and c.lower_ in FIGURATIVE for c in n.children):
            return None  # "his intemperate verbal assaults", "a charm offensive", "a legal battle"
        if n.dep_ in ("compound", "amod") and n.head.pos_ in ("NOUN", "PROPN") and n.i < n.head.i:
            return None  # "warning shots", "protest movement", "sanctions relief": a modifier names no event
        if n.dep_ == "nsubj" and n.head.lemma_.lower() in STATIVE and not _agent_named_by(n):
            return None  # "cooperation between the two countries falls short": a state, not an event
        if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in ("warrant", "reward", "bounty"):
            return None  # "an ICC warrant for his arrest": the arrest has not happened
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in MODAL_NOUNS:
            return None  # "the prospect of a cross-border attack": not an event that happened
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in ("sideline", "margin"):
            return None  # "met on the sidelines of the BRICS summit": the summit is the venue (gold: devc-0015)
        if lemma in OFFER_NOUNS:
            c = self._offer_of(ctx, n)
            if c is not None:
                return [c]
        implicated = self._implicating_noun(ctx, n)
        if implicated is not None:
            return [implicated]
        acc = self.frames.accusation.get(lemma)
        if acc is not None:
            c = self._accusation(ctx, n, acc)
            if c is not None:
                out.append(c)
        hit = self.lex.match_noun(n)
        if hit is None and lemma in STATE_STRIKE_NOUNS:
            hit = self._state_strike(ctx, n)
        if hit is None and lemma in self.frames.nominal:
            hit = self._nominal_as_verb(n)
        if hit is None:
            hit = self._construed_noun(ctx, n)
        if hit is None and lemma in VOLLEY_NOUNS:
            hit = self._volley(n)
        if hit is None:
            return out or None
        pattern, used = hit
        if pattern.text == "call from" and n.tag_ != "NNS":
            return out or None  # "a call from Biden" is a phone call; "calls from the UN" are appeals
        if lemma in ASKING_NOUNS and pattern.size == 1 and not (n.dep_ == "pobj" and n.head.lower_ == "at"):
            return out or None  # "at Israel's request" is a request made; "will listen to any US request" is not
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ in ("dobj", "nsubjpass") and \
                n.head.head.lemma_.lower() in QUANTITY_NOUNS and n.head.head.head.pos_ == "VERB":
            gov = n.head.head.head  # "wrapped up the 21st edition of their naval exercise"
            ghit = self.lex.match_verb(gov)
            if ghit is not None and any(u.i == n.i for u in ghit[1]):
                return out or None
        vhit = self.lex.match_verb(n.head) if n.dep_ in ("dobj", "nsubjpass") and n.head.pos_ == "VERB" else None
        own_agent = (_has_own_agent(n) or self._actor_modified(ctx, n)) and \
            not (vhit is not None and self._given_up(vhit[0].code, n))  # "a US demand for"; not "lifted its veto"
        if vhit is not None and ((any(u.i == n.i for u in vhit[1]) and not own_agent) or
                                 n.head.lemma_.lower() in LIGHT_VERBS or
                                 n.head.lemma_.lower() in OCCURRENCE_VERBS or self._type(vhit[0].code) ==
                                 self._type(pattern.code)):
            return out or None  # the verb codes it ("launched an attack" is coded on "launched")
        # ("France condemned Russia's attack on the hospital", "rejected North Korea's demand for
        # sanctions relief": the act has its own agent, so both are coded)
        willing = _willing_for(n)
        if willing is not None and pattern.code[:2] in ("04", "05", "06", "07"):
            # "Japan signalled it was open to a summit with Kim", "ready for talks": an intent (03)
            actors, _ = self._actor_entities(ctx, willing)
            if not actors and willing.dep_ == "ccomp" and willing.head.pos_ in ("VERB", "AUX") and \
                    any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in willing.children):
                # "Iran says it is ready for talks", "Japan signalled it was open to a summit"
                actors, _ = self._actor_entities(ctx, willing.head)
            if actors:
                for u in used:
                    ctx.consumed.add(u.i)
                return out + [Candidate(n, n.i + 1, self.frames.compose("agree", pattern.code) or "030", actors,
                                        self._prep_objects(ctx, [n], ("with", "between")), pattern)]
        code = pattern.code
        halt = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("in", "of", "to", "on") else None
        if halt is not None:
            # "ordered a pause in all US military aid to Ukraine", "a freeze on aid": the halted act is
            # not an event, its halting is (as the "cease" frame codes "halted aid": 162x; "a pause in
            # the fighting" 087); aid cut by any cut noun is cut aid (162)
            stopped = self.frames.compose("cease", code)
            if halt.lemma_.lower() in HALT_NOUNS and halt.pos_ == "NOUN" and stopped:
                code = stopped
            elif halt.lemma_.lower() in CUT_NOUNS and code[:2] == "07":
                code = stopped or "162"
        etype = self._type(code)
        actors = self._noun_agents(ctx, n, etype)
        between = self._between(ctx, n)
        preps = [x for x in RECIPIENT_PREPS if not (x == "from" and _from_is_agent(etype))]
        recipients = [r for r in self._prep_objects(ctx, [n], preps) if not any(r.code == a.code for a in actors)]
        if not recipients and etype in FOR_TYPES:
            recipients = _unique(self._prep_objects(ctx, [n], ("for",)))
        if not recipients and lemma in self.frames.nominal and used and used[0].lower_ == "of":
            # "Spain's recognition of Palestine": the verb's object, when an actor, is the recipient
            recipients = [e for e in self._prep_objects(ctx, [n], ("of",)) if not any(e.code == a.code for a in actors)]
        if not recipients and (etype in PATIENT_OF_TYPES or pattern.code[:3] == "054"):
            # ("the recognition of Somaliland by Israel": the one recognised)
            # "the bombardment of Gaza", "the arrest of Imran Khan": the "of" object suffers the act
            recipients = [e for e in self._prep_objects(ctx, [n], ("of",))
                          if not any(e.code == a.code for a in actors)]
        if not recipients and n.dep_ == "nsubj" and n.head.pos_ in ("VERB", "AUX"):
            # "Israeli strikes continued to hit southern Lebanon": the target of the verb the event
            # noun is the subject of, when that verb codes the same kind of act
            for v in [n.head] + [c for c in n.head.children if c.dep_ == "xcomp"]:
                vhit = self.lex.match_verb(v)
                if vhit is not None and self._type(vhit[0].code) == self._type(pattern.code):
                    recipients.extend(self._recipient_entities(ctx, v, vhit[1]))
                elif self._type(pattern.code) == "ASSAULT" and v.lemma_.lower() in IMPACT_VERBS:
                    recipients.extend(self._recipient_entities(ctx, v, []))
        if not recipients and n.dep_ == "conj" and n.head.pos_ == "NOUN":
            # "air strikes and a naval blockade on southern Lebanon": the target is shared
            recipients.extend(self._prep_objects(ctx, [n.head, n], RECIPIENT_PREPS))
        reciprocal = False
        if between:
            if actors:
                recipients.extend(between)
            else:
                actors, reciprocal = between, True  # "fighting between the army and the RSF"
        fallback = False
        if not actors and in_money:
            amount = n.head.head  # "pledged $500 million in aid": the aid of whoever gives the money
            if amount.dep_ in ("dobj", "nsubjpass") and amount.head.pos_ in ("VERB", "AUX"):
                actors, fallback = self._actor_entities(ctx, amount.head)
                if not recipients:
                    recipients = self._recipient_entities(ctx, amount.head, [amount])
        if not actors and pattern.code[:3] in RECIPROCAL_CODES:
            actors = self._their_participants(ctx, n)
            reciprocal = reciprocal or bool(actors)
        if actors and not recipients and lemma in ASKING_NOUNS and n.dep_ == "pobj" and n.head.lower_ == "at" and \
                n.head.head.pos_ in ("VERB", "AUX"):
            # "French forces launched air strikes ... at the request of the Malian government": the one
            # asked is the one who acted on the request
            asked, _ = self._actor_entities(ctx, n.head.head)
            recipients = [e for e in asked if e.code not in {a.code for a in actors}]
        if not actors:
            actors, fallback = self._circumstantial_actor(ctx, n, pattern.code)
        if not actors and pattern.code[:2] == "13" and n.dep_ == "attr":
            # "Any American warship ... will be a legitimate target, the Houthi spokesman said": the
            # threat is the speaker's, against the subject of the copula
            actors = list(ctx.speaker.get(n.i) or self._quote_speaker(ctx, n))
            if actors and not recipients:
                subj = next((c for c in n.head.children if c.dep_ == "nsubj"), None)
                recipients = self._entities(ctx, subj) if subj is not None else []
        if not actors and pattern.code[:2] != "14":
            return out or None  # protests with no named protesters are filled in by _sentence
        if lemma in ("meeting", "session") and pattern.code[:3] == "040" and not recipients and \
                len(actors) == 1 and actors[0].kind != "person" and not fallback and not reciprocal:
            return out or None  # "the central bank's meeting", "its meeting next week": one body meeting
        for u in used:
            ctx.consumed.add(u.i)
        out.append(Candidate(n, n.i + 1, code, actors, recipients, pattern, fallback_actor=fallback,
                             reciprocal=reciprocal))
        return out

    def _offer_of(self, ctx: "_Ctx", n: Token) -> Candidate | None:
        """"rejected Trump's offer of talks", "dismissed Yoon's offer of economic aid": an offer with
        its own agent (possessor or "by"/"from" phrase) of an act the lexicon knows is an intent by
        that agent (CAMEO 03, composed like the verb "offer"); its recipient is the one the offer
        went to (the subject of the verb the offer is the object of).  The lexicon leaves the noun
        "offer" out (takeover offers), so only "offer of <event noun>" is read here."""
        of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        what = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        hit = self.lex.match_noun(what) if what is not None else None
        if hit is None:
            return None
        actors = self._noun_agents(ctx, n, "AGREE")
        if not actors:
            return None
        code = self.frames.compose("agree", hit[0].code) or "030"
        ctx.consumed.add(what.i)  # the offered talks have not happened
        for u in hit[1]:
            ctx.consumed.add(u.i)
        recipients = self._prep_objects(ctx, [n, what], ("to", "with"))
        if not recipients and n.dep_ in ("dobj", "nsubjpass") and n.head.pos_ in ("VERB", "AUX"):
            recipients, _ = self._actor_entities(ctx, n.head)
        recipients = [r for r in recipients if r.code not in {a.code for a in actors}]
        return Candidate(n, n.i + 1, code, actors, recipients, None)

    def _nominal_as_verb(self, n: Token, need_agent: bool = True) -> tuple[Pattern, list[Token]] | None:
        """"Beijing's easing of Covid restrictions", "Washington's delivery of Abrams tanks to Kyiv":
        an event noun named by its verb (frames.yaml ``nominal``) is matched as that verb, its "of"
        object standing for the verb's object and its own prepositions for the verb's. Only with an
        agent of its own (possessor, "by"/"from"): without one the noun mostly names a topic ("talks
        on the release of hostages"). A frame's complement needs none: its agent is the frame's
        subject ("Hamas agreed to the release of 50 hostages")."""
        if lemma_nominal := self.frames.nominal.get(n.lemma_.lower()):
            pass
        else:
            return None
        if need_agent and not _has_own_agent(n):
            return None
        of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        objs = [g for g in of.children if g.dep_ == "pobj"] if of is not None else []
        if not objs:
            return None
        for o in list(objs):
            objs.extend(o.conjuncts)
            if o.lemma_.lower() in QUANTITY_NOUNS or o.like_num or o.tag_ == "CD":
                objs.extend(g for p in o.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                            for g in p.children if g.dep_ == "pobj")
        lemma = n.lemma_.lower()
        for p in self.lex.verbs.get(lemma_nominal, []):
            # "handover" carries its particle: "hand over suspect to" needs only the object and "to"
            slots = tuple(sl for sl in p.slots if not (sl.prep in PARTICLE_WORDS and not sl.words and
                                                        lemma.endswith(sl.prep)))
            if len(slots) < len(p.slots) - 1 or any(sl.prep in PARTICLE_WORDS and not sl.words for sl in slots):
                continue  # other phrasal verbs ("release on bail" is fine, "pull out" is not "pulling")
            used = match_slots(n, slots, objs)
            if used is not None:
                return p, [of] + used
        return None

    def _implicating_noun(self, ctx: "_Ctx", n: Token) -> Candidate | None:
        """"Zarif said there were serious indications of an Israeli role in the killing": a speaker
        naming someone's role, hand or involvement in a harmful act accuses them (ACCUSE 112)."""
        if n.lemma_.lower() not in ("role", "involvement", "hand", "complicity", "fingerprint"):
            return None
        speaker = ctx.speaker.get(n.i) or self._quote_speaker(ctx, n)
        if not speaker:
            return None
        cur = n
        for _ in range(4):  # "without proof of his involvement", "denied any role in": no accusation
            cur = cur.head
            if cur.lower_ in ("without", "no", "any") or cur.lemma_.lower() in ("deny", "reject", "rule") or \
                    any(c.dep_ == "neg" or c.lower_ in ("no", "any", "without") for c in cur.children):
                return None
        harmful = False
        for p in n.children:
            if p.dep_ == "prep" and p.lower_ in ("in", "behind"):
                for g in p.children:
                    hit = self.lex.match_noun(g) if g.dep_ == "pobj" else None
                    if g.dep_ == "pobj" and (g.lemma_.lower() in HARM_NOUNS or (
                            hit is not None and self._type(hit[0].code) in HARM_TYPES)):
                        harmful = True
        if not harmful:
            return None
        agents = [a for a in self._noun_agents(ctx, n, None) if a.code not in {s.code for s in speaker}]
        if not agents:
            return None
        return Candidate(n, n.i + 1, "112", list(speaker), agents, None)

    def _state_strike(self, ctx: "_Ctx", n: Token) -> tuple[Pattern, list[Token]] | None:
        """"Israeli strikes", "Russia's strikes on Kyiv": a bare "strike" whose owner is a state or
        an armed force is a military strike (CAMEO 190), not the labour strike of "a strike by
        dock workers" (143, matched by the lexicon)."""
        agents = self._noun_agents(ctx, n, None)  # no lexicon pattern: a "from" phrase is not an agent
        if n.tag_ != "NNS" and not any(a.sector in ("MIL", "REB", "PRM") for a in agents):
            return None  # "the French strike paralysed rail services": a labour strike
        if not agents or any(a.sector in NON_DIPLOMATIC or a.sector in ("LAB", "OPP", "PTY") or
                             a.kind == "person" for a in agents):
            return None
        if any(a.sector not in (None, "GOV", "MIL", "REB", "PRM", "UAF") for a in agents):
            return None
        return Pattern(code="190", kind="noun", head=n.lemma_.lower(), slots=(), modifiers=(),
                       text="<state> strike", size=1, invert=False, source="extractor.py"), []

    def _construed_noun(self, ctx: "_Ctx", n: Token) -> tuple[Pattern, list[Token]] | None:
        """Event nouns the lexicon leaves out because their sense depends on who owns them or on
        their object: armed takeovers, cut nouns ("suspension of trade"), expulsions."""
        lemma = n.lemma_.lower()
        if lemma == "takeover":
            return self._armed_takeover(ctx, n)
        if lemma in CUT_NOUNS:
            return self._cut_noun(n)
        if lemma == "expulsion":
            return self._expulsion(ctx, n)
        return None

    def _armed_takeover(self, ctx: "_Ctx", n: Token) -> tuple[Pattern, list[Token]] | None:
        """"the Taliban's takeover of the country", "the army's takeover": a takeover owned by an
        armed force is a seizure of territory (192) or, by a state's own army, a coup (170).  The
        lexicon lists only "armed/rebel/military takeover": "takeover of" alone is mostly business."""
        agents = self._noun_agents(ctx, n, None)
        if not agents or not all(a.sector in ARMED for a in agents):
            return None
        code = "170" if all(a.sector == "MIL" for a in agents) else "192"
        return Pattern(code=code, kind="noun", head="takeover", slots=(), modifiers=(),
                       text="<armed> takeover", size=1, invert=False, source="extractor.py"), []

    def _cut_noun(self, n: Token) -> tuple[Pattern, list[Token]] | None:
        """"Pakistan's suspension of trade with India", "Moscow's halt to gas deliveries", "a freeze
        on talks": a cut noun names what its verb would ("suspended trade", "halted talks"), by the
        frame of stopping (frames.yaml `cease`): flows of goods are reductions of relations (160),
        money flows economic aid (1621), event nouns their own stopping code (talks 164)."""
        for prep in n.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "to", "on", "in"):
                continue
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                lemma = obj.lemma_.lower()
                hit = self.lex.match_noun(obj)
                code = self.frames.compose("cease", hit[0].code) if hit is not None else None
                if code is None or code[:2] == "08":
                    code = "1621" if lemma in self.frames.money_flows else \
                        "160" if lemma in self.frames.flows else None
                if code is not None:
                    return Pattern(code=code, kind="noun", head=n.lemma_.lower(), slots=(), modifiers=(),
                                   text="<cut> of " + lemma, size=2, invert=False, source="extractor.py"), [prep, obj]
        return None

    def _expulsion(self, ctx: "_Ctx", n: Token) -> tuple[Pattern, list[Token]] | None:
        """"the expulsion of 18 Russian diplomats by Prague", "ordered the expulsion of the French
        ambassador": the noun is left out of the lexicon (mass expulsions are 201), but an expulsion
        of diplomats is 166, of peacekeepers, inspectors or aid agencies 1661-1663, of individuals
        who are not diplomats 174 (PLOVER 3.13.2), as the verb "expel" with those objects is."""
        prep = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            return None
        words = {obj.lemma_.lower()} | {t.lemma_.lower() for t in obj.children if t.dep_ == "compound"} | \
            {t.lemma_.lower() for t in title_words(obj)}
        code = next((c for c, ws in EXPELLED.items() if words & ws), None)
        if code is None:
            ents = self._entities(ctx, obj)
            if not ents or not all(e.sector in NON_DIPLOMATIC for e in ents) or obj.lemma_.lower() in MASS_WORDS:
                return None
            code = "174"
        return Pattern(code=code, kind="noun", head="expulsion", slots=(), modifiers=(),
                       text="expulsion of " + obj.lemma_.lower(), size=2, invert=False, source="extractor.py"), [prep]

    def _volley(self, n: Token) -> tuple[Pattern, list[Token]] | None:
        """"Iran's overnight barrage of drones and missiles", "a salvo of rockets on Sderot": a
        volley of weapons is an attack with them (CAMEO by weapon: 195 aerial, 194 artillery, 193
        small arms).  A noun pattern cannot name the object of its "of", and "a barrage of
        criticism" names no weapon."""
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    code = VOLLEY_WEAPONS.get(p.lemma_.lower()) if p.dep_ == "pobj" else None
                    if code is not None:
                        return Pattern(code=code, kind="noun", head=n.lemma_.lower(), slots=(), modifiers=(),
                                       text=f"{n.lemma_.lower()} of <weapon>", size=2, invert=False,
                                       source="extractor.py"), [p]
        return None

    def _noun_type(self, n: Token) -> str | None:
        """PLOVER type of the lexicon pattern a noun matches, or None."""
        hit = self.lex.match_noun(n)
        return self._type(hit[0].code) if hit else None

    def _noun_agents(self, ctx: "_Ctx", n: Token, etype: str | None) -> list[Entity]:
        """Who does what an event noun of type ``etype`` names: its possessor, a nationality or actor
        modifier (also one level down: "a Russian missile strike"), a "by" phrase, or a "from" phrase
        when :func:`_from_is_agent` ("criticism from EU leaders", "calls from the UN")."""
        ents: list[Entity] = []
        for c in n.children:
            if c.dep_ in ("compound", "amod", "nmod") and _anti(ctx.doc, c):
                continue  # "anti-Muslim rioting": the target, not the actor
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and ctx.mention_at[c.i] is not None):
                ents.extend(e for e in self._entities(ctx, c) if (e.start, e.end) not in ctx.places)
            elif c.dep_ == "compound" and c.pos_ == "NOUN":
                for g in c.children:  # "a Russian missile strike": "Russian" hangs on "missile"
                    if g.dep_ in ("amod", "compound", "poss") and ctx.mention_at[g.i] is not None:
                        ents.extend(e for e in self._entities(ctx, g) if (e.start, e.end) not in ctx.places)
            elif c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "from" and _from_is_agent(etype)) or
                                       (c.lower_ == "of" and n.lemma_.lower() in ASKING_NOUNS)):
                # "at the request of the Malian government": the "of" phrase of a request asks
                ents.extend(e for p in c.children if p.dep_ == "pobj" for e in self._entities(ctx, p))
            elif c.dep_ == "amod" and c.lemma_.lower() == "lead" and etype in ("ASSAULT", "COERCE", "MOBILIZE"):
                # "the Saudi-led air campaign": the leader named before "-led" wages it
                ents.extend(e for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and
                            ctx.mention_at[g.i] is not None for e in ctx.mention_at[g.i].entities
                            if (e.start, e.end) not in ctx.places)
        if not ents and etype == "ASSAULT":
            ents.extend(self._claimed_or_blamed(ctx, n))
        if not ents and etype in PATIENT_OF_TYPES:
            # "the shelling of the nuclear plant by Russian forces": the small model hangs the "by"
            # phrase under the "of" object
            ents.extend(e for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"
                        for g in p.children if g.dep_ == "prep" and g.lower_ == "by"
                        for q in g.children if q.dep_ == "pobj" for e in self._entities(ctx, q))
        if not ents and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in SERIES_NOUNS:
            # "the group's weeks-long campaign of drone attacks": the series' owner does each act (an
            # armed group or a state: "the senator's campaign of attacks on the governor" is words)
            return [e for e in self._noun_agents(ctx, n.head.head, etype)
                    if e.sector in ARMED or e.code == "IMG" or (not e.sector and e.kind == "country")]
        if not ents and n.dep_ == "appos" and n.head.dep_ == "ROOT" and ctx.mention_at[n.head.i] is not None and \
                any(c.dep_ == "amod" and c.pos_ == "VERB" for c in n.children):
            # "Riot police in Tbilisi used water cannon ...": the small model makes the actor the root
            # and the verb an adjective of the event noun, set in apposition
            ents.extend(ctx.mention_at[n.head.i].entities)
        return _unique(ents)

    def _claimed_or_blamed(self, ctx: "_Ctx", n: Token) -> list[Entity]:
        """Who an attack is claimed by or blamed on: "in an attack claimed by al-Shabaab", "the
        Houthis claimed a drone attack on Eilat", "a bombing blamed on al-Shabaab", "the
        assassination ... was blamed on Israel", "blaming Israel for the attack".  The gold sets
        code such an attack with that actor (dev-0285)."""
        def objs(tok: Token, deps: tuple[str, ...], preps: tuple[str, ...]) -> list[Entity]:
            out: list[Entity] = []
            for c in tok.children:
                if c.dep_ in deps and c.lower_ in preps:
                    out.extend(e for p in c.children if p.dep_ == "pobj" for e in self._entities(ctx, p))
            return out
        for c in n.children:
            if c.dep_ == "acl" and c.lemma_.lower() == "claim":
                return objs(c, ("agent",), ("by",))
            if c.dep_ == "acl" and c.lemma_.lower() == "blame":
                return objs(c, ("prep",), ("on",))
        head = n.head
        if n.dep_ == "dobj" and head.lemma_.lower() == "claim":
            return self._actor_entities(ctx, head)[0]
        if n.dep_ == "nsubjpass" and head.lemma_.lower() == "blame":
            return objs(head, ("prep",), ("on",))
        if n.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "blame":
            return [e for c in head.head.children if c.dep_ == "dobj" for e in self._entities(ctx, c)]
        if n.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ("responsibility", "credit") and \
                head.head.head.lemma_.lower() in ("claim", "take", "accept", "admit"):
            # "Islamic State claimed responsibility for the attack on the concert hall"
            return self._actor_entities(ctx, head.head.head)[0]
        return []

    def _between(self, ctx: "_Ctx", n: Token) -> list[Entity]:
        """Participants of "fighting between X and Y" (also when the parser hangs "between" on the
        verb: "fighting broke out on Saturday between the army and the RSF")."""
        heads = [n] + ([n.head] if n.dep_ in ("nsubj", "nsubjpass") and n.head.pos_ in ("VERB", "AUX") else [])
        for h in heads:
            got = self._between_of(ctx, h)
            if got:
                return got
        return []

    def _between_of(self, ctx: "_Ctx", n: Token) -> list[Entity]:
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                ents: list[Entity] = []
                for p in c.children:
                    if p.dep_ == "pobj":
                        ents.extend(self._entities(ctx, p))
                return _unique(ents)
        return []

    def _made_here(self, noun: Token) -> bool:
        """Is the deal or truce ``noun`` made or agreed in its clause ("struck a US-mediated deal",
        "agreed to disarm under a Russian-brokered ceasefire"), not just named ("two days after
        Moscow quit a UN-brokered grain deal": the old mediation is background)?"""
        gov = noun.head if noun.dep_ in ("dobj", "nsubjpass") else \
            noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if gov is None or gov.pos_ not in ("VERB", "AUX"):
            return False
        frame = self.frames.frame_of.get(gov.lemma_.lower())
        hit = self.lex.match_verb(gov)
        return (frame is not None and frame[0] == "agree") or \
            (hit is not None and self._type(hit[0].code) in ("AGREE", "SUPPORT", "CONCEDE", "RETREAT", "CONSULT"))

    def _mediated_parties(self, ctx: "_Ctx", noun: Token) -> list[Entity]:
        """The parties to a mediated deal, truce or talks (``noun``): those "between" whom it is,
        else the actors of the clause it is the object of or a circumstance of ("Lebanon and Israel
        struck a US-mediated deal", "agreed to disarm under a Russian-brokered ceasefire")."""
        between = self._between(ctx, noun)
        if between:
            return between
        gov = noun.head if noun.dep_ in ("dobj", "nsubjpass") else \
            noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if gov is None or gov.pos_ not in ("VERB", "AUX"):
            return []
        return self._actor_entities(ctx, gov)[0]

    def _guest(self, ctx: "_Ctx", v: Token) -> Token | None:
        """The person a receiving verb ("received", "welcomed", "greeted", "hosted") takes as its
        object, or as its passive subject, when that object names officials (people, governments or
        parliaments, not places or groups): the guest of a hosting."""
        obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
        m = ctx.mention_at[obj.i] if obj is not None else None
        if m is None or m.location:
            return None
        ents = self._entities(ctx, obj)
        if ents and all(e.kind == "person" and e.sector in ("GOV", "LEG", "MIL", None) for e in ents):
            return obj
        return None

    def _their_participants(self, ctx: "_Ctx", n: Token) -> list[Entity]:
        """"Trump and Kim cut short their second summit", "Modi told Putin ... during their meeting":
        a meeting that is "their" meeting is between the subject of the clause it belongs to and,
        when that subject is one actor, the one it addresses (the verb's object).  The possessive
        pronoun itself resolves to no actor, so without this the meeting had none and was dropped."""
        if not any(c.dep_ == "poss" and c.lower_ == "their" for c in n.children):
            return []
        v = n.head if n.dep_ in ("dobj", "nsubjpass", "attr") else n.head.head if n.dep_ == "pobj" else None
        if v is None or v.pos_ not in ("VERB", "AUX"):
            return []
        actors, _ = self._actor_entities(ctx, v)
        if not actors and v.dep_ == "ccomp" and v.head.pos_ in ("VERB", "AUX"):
            v = v.head  # "told Putin that ... during their meeting": the parser hung it on the clause
            actors, _ = self._actor_entities(ctx, v)
        if len(actors) == 1:
            for c in v.children:
                if c.dep_ in ("dobj", "dative"):
                    actors = actors + self._entities(ctx, c)
        actors = _unique(actors)
        return actors if len(actors) >= 2 else []

    def _circumstantial_actor(self, ctx: "_Ctx", n: Token, code: str = "") -> tuple[list[Entity], bool]:
        """"In a meeting with X, Y said ...": the meeting's actor is the clause's subject (meetings
        only: "after criticism at home, Iran paused the law" is not Iran's criticism); "responded
        with air strikes": the means of the clause's action are its subject's."""
        while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
            n = n.head  # "responded with air strikes and a naval blockade": the first conjunct's role
        if code[:2] == "04" and n.dep_ == "pobj" and n.head.lower_ in ("on", "during") and \
                n.head.head.pos_ in ("NOUN", "PROPN") and ctx.mention_at[n.head.head.i] is not None:
            # "Lula, on a state visit to Beijing, held talks": the visit of the one it describes
            return self._entities(ctx, n.head.head), False
        if code[:2] == "04" and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "pobj" and \
                n.head.head.lemma_.lower() in PHASE_NOUNS and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in n.head.head.children):
            # "warned at the end of a four-day visit to China", "on the second day of the first papal
            # visit": the time phrase stands for the visit's own circumstance (not "after four days of
            # talks", a quantity)
            n = n.head.head
        target_of = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("on", "at", "into", "upon") else None
        if target_of is not None and target_of.pos_ == "VERB":
            ghit = self.lex.match_verb(target_of)
            if ghit is not None and self._type(ghit[0].code) == "ASSAULT":
                return [], False  # "police fired on a demonstration": the target's act, not the police's
        if code[:2] == "04" and n.dep_ == "pobj" and n.head.lower_ in ("after", "before", "following", "during") and \
                n.head.head.pos_ in ("NOUN", "PROPN") and ctx.mention_at[n.head.head.i] is None:
            # "announced $800 million in aid, including artillery systems, ..., after a phone call with
            # Zelenskiy": the parser hangs the time phrase on the last noun; it dates the clause's act
            gov = n.head.head
            for _ in range(5):
                if (gov.pos_ in ("VERB", "AUX") and gov.dep_ != "prep") or gov.head.i == gov.i:
                    break
                gov = gov.head  # (through "including", which the parser takes for a preposition)
            if gov.pos_ in ("VERB", "AUX") and gov.dep_ != "prep":
                return self._actor_entities(ctx, gov)
        if code[:2] == "14" and n.dep_ == "pobj" and n.head.lower_ in CIRCUMSTANTIAL_PREPS and \
                n.head.head.pos_ in ("VERB", "AUX"):
            forces = self._actor_entities(ctx, n.head.head)[0]
            if forces and all(a.sector in ("COP", "MIL", "PRM") for a in forces):
                return [], False  # "police killed 39 people during the protests": not the police's protests
        if n.dep_ == "pobj" and n.head.head.pos_ in ("VERB", "AUX") and (
                n.head.lower_ in MEANS_PREPS or (n.head.lower_ in CIRCUMSTANTIAL_PREPS and (
                    code[:2] in ("04", "06", "14") or any(c.lower_ in JOINT_WORDS for c in n.children))) or
                (n.head.lower_ == "in" and code[:2] in ("11", "12", "13")) or  # "in a stern warning to Tehran"
                (n.head.lower_ == "in" and code[:2] in ("18", "19") and _acting_clause(n.head.head))):
            # "troops pushed into Kursk in the biggest assault of the war" (not "killed in an attack")
            verb = n.head.head
            actors, fallback = self._actor_entities(ctx, verb)
            if code[:3] in RECIPROCAL_CODES and verb.lemma_.lower() in ADDRESSING_VERBS and \
                    not self._prep_objects(ctx, [n], ("with",)):
                # "Erdogan told Putin in a telephone call", "Putin invited Trump ... at the end of a
                # summit": the one addressed took part in the call or meeting
                actors = _unique(actors + [e for c in verb.children if c.dep_ in ("dobj", "dative")
                                           for e in self._entities(ctx, c)])
            return actors, fallback
        if n.dep_ in ("dobj", "attr") and n.head.lemma_ in OCCURRENCE_VERBS:
            return self._actor_entities(ctx, n.head)
        claim = _claimed(n)
        if claim is not None:
            return self._actor_entities(ctx, claim)  # "the Taliban claimed responsibility for the attack"
        if code[:2] == "04":
            m = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" and \
                n.head.head.lemma_.lower() in QUANTITY_NOUNS else n  # "for three days of talks"
            if m.dep_ == "pobj" and m.head.lower_ == "for" and m.head.head.lemma_.lower() in GATHERING_VERBS:
                # "G7 ministers convened in Capri for talks": gathering is not an event of its own
                # (travelling for talks is: there the trip is coded, not the talks)
                return self._actor_entities(ctx, m.head.head)
        publisher = _publisher_of_footage(n) if code[:2] in ("18", "19", "20") else None
        if publisher is not None:
            # "Islamic State militants released a video showing the beheading of James Foley": an
            # armed group publishing footage of a killing publishes its own act
            ents, fallback = self._actor_entities(ctx, publisher)
            ents = [e for e in ents if e.sector in ARMED or e.code in ("IMG",)]
            if ents:
                return ents, fallback
        return [], False

    def _accusation(self, ctx: "_Ctx", n: Token, code: str) -> Candidate | None:
        """"the ongoing atrocities by the Zionist regime" in a named actor's statement -> ACCUSE."""
        speaker = ctx.speaker.get(n.i) or self._quote_speaker(ctx, n)
        if not speaker:
            root = n
            while root.head is not root and root.dep_ != "ROOT":
                root = root.head
            lemma = root.lemma_.lower()
            if lemma in self.frames.emphasis or lemma in self.frames.speech or \
                    lemma in self.frames.frame_of or self._is_criticism(root):
                speaker, _ = self._actor_entities(ctx, root)
        if not speaker:
            return None
        agents = self._noun_agents(ctx, n, self._noun_type(n))
        agents = [a for a in agents if a.code not in {s.code for s in speaker}]
        if not agents:
            return None
        return Candidate(n, n.i + 1, code, list(speaker), agents, None)

    def _is_criticism(self, v: Token) -> bool:
        hit = self.lex.match_verb(v)
        return bool(hit and hit[0].code[:2] == "11")

    def _judgment(self, ctx: "_Ctx", adj: Token) -> Candidate | None:
        """"It is unfortunate that some governments align with X": ACCUSE speaker -> those governments."""
        head = adj.head if adj.dep_ == "acomp" else adj
        clause = next((c for c in head.children if c.dep_ == "ccomp"), None) or \
            next((c for c in adj.children if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        speaker = ctx.speaker.get(adj.i) or self._quote_speaker(ctx, adj)
        if not speaker:
            return None
        target, _ = self._actor_entities(ctx, clause)
        target = [e for e in target if e.code not in {s.code for s in speaker}]
        if not target:
            return None
        return Candidate(adj, adj.i + 1, self.frames.judgment[adj.lemma_.lower()], list(speaker), target, None)
