"""Arguments of a trigger: the entities a token stands for, its subject, its objects and
prepositional phrases, and the victims' country."""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from accord.events.candidates import _Ctx
from accord.events.syntax import (
    _acts_on_object, _claimed, _first_to, _misparsed_frame, _plausible_subjects, _series_item,
    _stray_subject, _unique)
from accord.events.wordlists import (
    AGENT_PREPS, CAUSATIVE, FIRST_PERSON, GENERIC_PLACES, NON_ACTOR_HEADS, NON_STATE_CODES, PATIENT_OF_TYPES,
    RECIPIENT_PREPS, SUBJ_DEPS, VOLLEY_NOUNS)
from accord.records import Entity


class ArgumentRules:
    """Mixed into :class:`accord.events.extractor.EventExtractor`, whose ``lex``, ``frames``,
    ``ont`` and ``cues`` the methods use; see the module docstring."""

    def _victims_country(self, ctx: "_Ctx", r: Entity, own: set, first: str | None = None) -> Entity:
        """"North Korea fired shells onto the South Korean island, killing two marines": victims
        whose country was only implied by the scene ("marines") and came out as the attacker's own
        take the other state named nearest to them in the sentence, when there is one."""
        span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand")
        m = ctx.mention_at[span.start] if span is not None and len(span) else None
        # victims implied from the scene may also come out with the reporting body's code ("Mali's
        # army executed hundreds of civilians in Moura, the UN said": UNOCVL); they are the people of
        # the place named in the sentence, else of the (first) attacker's state
        stateless = r.country in NON_STATE_CODES
        if m is None or not m.implicit or (r.country not in own and not stateless):
            return r
        best, dist = None, None
        for k in range(ctx.sent.start, ctx.sent.end):
            o = ctx.mention_at[k]
            if o is None or o is m or o.implicit or (stateless and (o.entity.start, o.entity.end) not in ctx.places):
                continue
            c = o.entity.country
            if not c or len(c) != 3 or (c in own and not stateless) or c in GENERIC_PLACES or c in NON_STATE_CODES:
                continue
            d = abs(k - span.start)
            if dist is None or d < dist:
                best, dist = c, d
        if best is None and first and len(first) == 3 and first not in NON_STATE_CODES and first != r.country:
            best = first  # no other state named: the people of the (first) attacker's own state
        if best is None:
            return r
        return r.model_copy(update={"country": best, "code": best + (r.sector or ""),
                                    "name": r.name.replace(r.country or "", best, 1)})

    def _prep_objects(self, ctx: "_Ctx", heads: list[Token], preps: Collection[str]) -> list[Entity]:
        """Entities of the objects of ``preps`` hanging on any of ``heads``, in order ("support for
        Baku", "the bombardment of Gaza", "efforts by Iran"); unlike :meth:`_phrase_entities`,
        possessors and modifiers are not included."""
        ents: list[Entity] = []
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            ents.extend(self._entities(ctx, p))
        return ents

    # ------------------------------------------------------------------ arguments
    def _entities(self, ctx: "_Ctx", tok: Token, depth: int = 0) -> list[Entity]:
        """Entities an argument token stands for: its mention, possessor, nationality, "of" object,
        appositions and conjuncts."""
        m = ctx.mention_at[tok.i]
        ents: list[Entity] = []
        if m is not None:
            ents.extend(m.entities)
        elif tok.lower_ in FIRST_PERSON:
            q = self._quote_speaker(ctx, tok)
            if q:
                ents.extend(q)
        elif depth < 2:
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod", "appos") and ctx.mention_at[c.i] is not None:
                    ents.extend(ctx.mention_at[c.i].entities)
                elif c.dep_ == "poss" and c.lower_ in FIRST_PERSON:
                    # "“Our units destroyed three tanks,” the general staff said": the speaker's own
                    ents.extend(self._quote_speaker(ctx, c))
                elif c.dep_ == "compound" and c.pos_ == "NOUN":
                    # "a junta fighter jet", "Israeli army bulldozers": the owner hangs on the first
                    # noun of the compound
                    ents.extend(e for g in c.children if g.dep_ in ("compound", "amod", "poss") and
                                ctx.mention_at[g.i] is not None for e in ctx.mention_at[g.i].entities)
            # "Donors including Qatar, the US and the EU pledged": the members named; then "leaders of
            # X", "officials from X"
            for preps, applies in ((("including", "like"), tok.tag_ in ("NNS", "NNPS")),
                                   (("of", "from"), tok.pos_ in ("NOUN", "PRON"))):
                if ents or not applies:
                    continue
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in preps:
                        for p in c.children:
                            if p.dep_ == "pobj":
                                ents.extend(self._entities(ctx, p, depth + 1))
        if tok.dep_ != "conj":
            for cj in tok.conjuncts:
                if cj.i > tok.i:
                    ents.extend(self._entities(ctx, cj, depth))
        for c in tok.children:
            # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": the parser makes the
            # second item of a list an apposition; an apposition naming another actor joins the list
            if c.dep_ == "appos" and (not ents or (ctx.mention_at[c.i] is not None and
                                                   ctx.mention_at[c.i].entity.kind in ("country", "igo",
                                                                                       "organization"))):
                ents.extend(self._entities(ctx, c, depth + 1))
        if m is not None and depth == 0:
            ents = self._left_conjoined(ctx, m) + ents
        return _unique(ents)

    def _left_conjoined(self, ctx: "_Ctx", m) -> list[Entity]:
        """Actors joined to a mention by "and" just before it, when the parser lost the
        coordination ("Obama and Russian President Dmitry Medvedev signed ...")."""
        out: list[Entity] = []
        k = m.start
        doc = ctx.doc
        while k - 2 >= ctx.sent.start and doc[k - 1].lower_ in ("and", ",") :
            prev = ctx.mention_at[k - 2]
            if prev is None or prev.entity.kind not in ("person", "country", "igo", "organization") or \
                    prev.location or doc[k - 2].dep_ in ("pobj", "poss") or doc[prev.head].dep_ == "conj":
                break
            out = list(prev.entities) + out
            k = prev.start
        return out

    def _phrase_entities(self, ctx: "_Ctx", tok: Token, preps: tuple[str, ...], deep: bool = False) -> list[Entity]:
        """Entities inside a noun phrase that is not itself an actor: possessors, nationality
        modifiers and objects of the given prepositions ("the country's stance", "efforts by X")."""
        ents: list[Entity] = []
        if ctx.mention_at[tok.i] is not None:
            return list(ctx.mention_at[tok.i].entities) + [
                e for cj in tok.conjuncts if cj.i > tok.i for e in self._entities(ctx, cj)]
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and ctx.mention_at[c.i] is not None:
                ents.extend(ctx.mention_at[c.i].entities)
            elif c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        got = self._entities(ctx, p)
                        if not got and deep:
                            got = self._phrase_entities(ctx, p, preps, deep=False)
                        ents.extend(got)
        return _unique(ents)

    def _subject_token(self, v: Token, seen: int = 0) -> tuple[Token | None, str]:
        for c in v.children:
            if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < v.i:
                # "retreating Iraqi forces set fire": the small model takes the participle for a
                # clausal subject and the noun for its object
                o = next((g for g in c.children if g.dep_ == "dobj" and g.i < v.i), None)
                if o is not None:
                    return o, "subj"
        subjects = _plausible_subjects(v)
        if subjects:
            return subjects[0], "subj"  # a nominal subject before a clausal one ("retreating forces set")
        for c in v.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, "agent"
        if any(c.dep_ == "auxpass" for c in v.children):
            # misparse: "refugees were granted asylum by Germany" (with a second object, the small
            # model tags "by" as a plain preposition, not as the passive's agent)
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    p = next((g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)
                    if p is not None:
                        return p, "agent"
        for c in v.children:
            # misparse of the small English model: "a day after Azerbaijan launched an offensive"
            # (the subject hung under the subordinator as its object)
            if c.dep_ == "mark" and c.i < v.i:
                p = next((g for g in c.children if g.dep_ == "pobj" and g.i < v.i), None)
                if p is not None:
                    return p, "subj"
        if seen > 4:
            return None, ""
        head = v.head
        if v.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            return self._subject_token(head, seen + 1)
        if v.dep_ == "advcl" and (_series_item(v) or (head.pos_ == "ADJ" and head.dep_ == "ROOT" and
                                                      not any(c.dep_ == "mark" for c in v.children))):
            # "gunmen loyal to the cartel fought ...": the small model makes the adjective the root
            # and the verb its adverbial clause
            return self._subject_token(head, seen + 1)
        if v.dep_ == "xcomp":
            lemma = head.lemma_.lower()
            frame = self.frames.frame_of.get(lemma)
            if lemma in CAUSATIVE:
                # "prompting militants to fire rockets": the object does the act
                obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
                if obj is not None:
                    return obj, "object-control"
            raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if raised is not None:
                # "Xi is expected to travel to Seoul", "is set to visit"; and with a causative verb in
                # the passive, "Russian troops were forced to withdraw": those forced do the act
                return raised, "subj"
            if frame and frame[0] in ("request", "demand"):
                for c in head.children:
                    if c.dep_ in ("dobj", "dative"):
                        return c, "object-control"
                    if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
                        p = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if p is not None:
                            return p, "object-control"
            return self._subject_token(head, seen + 1)
        if v.dep_ in ("advcl",) and (v.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)):
            return self._subject_token(head, seen + 1)  # "..., killing five", "flew to Beijing to meet Xi"
        claim = _claimed(v)
        if claim is not None:
            return self._subject_token(claim, seen + 1)  # "IS claimed responsibility for bombing"
        cop = _first_to(v)
        if cop is not None:
            return self._subject_token(cop, seen + 1)  # "Moscow became the first capital to recognise"
        if v.dep_ == "relcl":
            return head, "relcl"
        if v.dep_ == "acl" and (v.tag_ == "VBG" or _acts_on_object(v) or _misparsed_frame(v)):
            return head, "acl"  # "Islamists seizing", "A Moscow court jailed X" (taken for a participle)
        if v.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
            return self._subject_token(head.head, seen + 1)
        if v.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
            return self._subject_token(head, seen + 1)  # "Russia was ready to resume talks"
        return None, ""

    def _actor_entities(self, ctx: "_Ctx", v: Token) -> tuple[list[Entity], bool]:
        subj = next((c for c in v.children if c.dep_ in SUBJ_DEPS), None)
        if subj is not None and subj.lemma_.lower() in NON_ACTOR_HEADS and ctx.mention_at[subj.i] is None:
            # "Japanese stocks retreated", "Shares of Adani companies retreated", "the Kenyan runner
            # pulled out": the nationality names the thing's country, the thing does not act
            return [], False
        ents, fallback = self._actor_entities_all(ctx, v)
        # places do not act: "floods in Derna killed", "Liverpool's attack"
        return [e for e in ents if (e.start, e.end) not in ctx.places], fallback

    def _actor_entities_all(self, ctx: "_Ctx", v: Token) -> tuple[list[Entity], bool]:
        tok, how = self._subject_token(v)
        if tok is not None and (how == "relcl" or tok.tag_ in ("WDT", "WP")) and v.head.pos_ in ("PROPN", "NOUN"):
            # "Russia's barrage of missiles on Kyiv, which killed 23 people", "the car bombing of a
            # police academy that killed 21 cadets": the place or target named after an event noun
            # did not kill; the relative clause goes with the act
            act = self._act_of_relative(v)
            if act is not None and act.i != v.head.i and act.i not in ctx.consumed:
                agents = self._noun_agents(ctx, act, self._noun_type(act))
                if agents:
                    return agents, False
        if how == "relcl" and tok.dep_ != "appos" and \
                any(c.dep_ == "nsubjpass" and c.tag_ in ("WP", "WDT") for c in v.children):
            # (an appositive head, "Fakhrizadeh, the country's top scientist, who was ambushed", keeps the
            # older reading: dev deve-0033 gets its actor there through the coreference of "the country")
            # "two aid workers who were beheaded": the noun a passive relative clause describes
            # suffers the act; with no "by" phrase the doer is only the agent of an event noun the
            # noun belongs to ("an Israeli role in the killing of X, who was ambushed")
            act = self._act_of_relative(v)
            if act is not None and act.i not in ctx.consumed:
                agents = self._noun_agents(ctx, act, self._noun_type(act))
                if agents:
                    return agents, False
            return [], False
        if tok is None:
            stray = _stray_subject(v)
            if stray is not None and ctx.mention_at[stray.i] is not None:
                return self._entities(ctx, stray), False
            if v.tag_ == "VBG" and v.dep_ in ("nsubj", "nsubjpass"):
                # "Russian shelling claimed the lives of four civilians": a gerund subject is owned
                # like an event noun, by its nationality or possessor
                owners = [e for c in v.children if c.dep_ in ("amod", "poss", "compound") and
                          ctx.mention_at[c.i] is not None for e in ctx.mention_at[c.i].entities]
                if owners:
                    return owners, False
        if tok is not None:
            ents = self._entities(ctx, tok)
            if ents:
                return ents, False
            if how == "subj" and tok.head.i == v.i:
                # "..., the heaviest defeat for a government, and opposition leader Jeremy Corbyn tabled
                # a motion": the parser hung both nouns on "tabled"; the one that names an actor acts
                for other in _plausible_subjects(v):
                    if other.i != tok.i and other.pos_ in ("NOUN", "PROPN") and (ents := self._entities(ctx, other)):
                        return ents, False
            if tok.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
                return self._entities(ctx, v.head), False
            if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.dep_ == "ccomp" and v.head.head.pos_ == "VERB":
                # "Modi told Putin that today's era was not one of war, pressing him to end the
                # fighting": a participle whose reported clause has no actor belongs to the teller
                return self._actor_entities_all(ctx, v.head.head)
            return [], False
        # no subject in the parse: the actor named right before the verb ("..., Khamenei, underlined";
        # "said on Tuesday Turkey would launch", where the parser took Turkey into the date phrase)
        if v.dep_ in ("ROOT", "conj", "ccomp"):
            k = v.i - 1
            while k >= ctx.sent.start and (ctx.doc[k].is_punct or ctx.doc[k].pos_ in ("ADV", "AUX", "PART")):
                k -= 1
            if k >= ctx.sent.start and ctx.mention_at[k] is not None:
                return list(ctx.mention_at[k].entities), True
        return [], False

    def _act_of_relative(self, v: Token) -> Token | None:
        """The event noun a relative clause reports more of: its own head ("an Israeli strike that
        killed 45"), or the event noun a place after it belongs to ("Russia's barrage of missiles on
        Kyiv, which killed 23 people")."""
        if v.dep_ != "relcl":
            return None
        act = v.head
        for _ in range(3):
            if act.pos_ == "NOUN" and (self.lex.match_noun(act) is not None or act.lemma_.lower() in VOLLEY_NOUNS):
                return act
            if act.dep_ != "pobj" or act.head.head.pos_ not in ("NOUN", "PROPN"):
                return None
            act = act.head.head
        return None

    def _subject_entities(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        return self._actor_entities(ctx, v)[0]

    def _recipient_entities(self, ctx: "_Ctx", v: Token, used: list[Token]) -> list[Entity]:
        used_ids = {u.i for u in used}
        ents: list[Entity] = []
        heads = [v] + [u for u in used if u.pos_ in ("NOUN", "PROPN")]
        for c in v.children:
            if c.dep_ in ("dobj", "dative", "nsubjpass", "attr", "oprd"):
                if c.i in used_ids:
                    # the pattern's own object may name the recipient ("expelled the French ambassador")
                    ents.extend(self._entities(ctx, c))
                    continue
                got = self._entities(ctx, c)
                if not got and c.pos_ in ("NOUN", "PRON"):
                    got = self._phrase_entities(ctx, c, preps=AGENT_PREPS)
                ents.extend(got)
        if v.dep_ == "relcl" and v.head.i in used_ids and any(
                c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in v.children):
            # "the soldiers who were captured by the rebels": the pattern's object is the noun the
            # relative pronoun stands for (see lexicon._objects)
            ents.extend(self._entities(ctx, v.head))
        for u in used:
            if u.dep_ == "pobj" and u.head.head.i == v.i and u.head.lower_ in ("in", "up", "out", "off", "down", "back") and \
                    u.pos_ in ("NOUN", "PROPN"):
                # "called in Iran's top diplomat": a particle parsed as a preposition; its object is the
                # pattern's object and may name the recipient, as a direct object would
                ents.extend(self._entities(ctx, u))
        if not ents and v.pos_ == "VERB":
            own = self.lex.match_verb(v)
            if own is not None and self._type(own[0].code) in PATIENT_OF_TYPES:
                ents.extend(self._shared_object(ctx, v))
                if v.tag_ == "VBG" and v.dep_ == "nsubj" and v.head.lemma_.lower() in ("claim", "take", "cost"):
                    # "Russian shelling claimed the lives of four civilians"
                    ents.extend(e for o in v.head.children if o.dep_ == "dobj" and o.lemma_.lower() == "life"
                                for e in self._phrase_entities(ctx, o, preps=("of",)))
        for h in heads:
            for c in h.children:
                if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj" and p.lemma_.lower() not in ("sideline", "margin"):
                            # ("on the sidelines of the BRICS summit" is a venue, not a participant)
                            ents.extend(self._entities(ctx, p))
                elif c.dep_ == "prep" and c.lower_ in ("between", "among") and h is not v:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            ents.extend(self._entities(ctx, p))
        return _unique(ents)

    def _shared_object(self, ctx: "_Ctx", v: Token) -> list[Entity]:
        """"abducted and killed dozens of critics", "detained and beat two journalists": an attack or
        coercion verb with no object of its own shares the object of the verb it is coordinated with
        (the object is parsed under the last verb only)."""
        if any(c.dep_ in ("dobj", "nsubjpass") for c in v.children):
            return []
        for cj in v.children:
            if cj.dep_ == "conj" and cj.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cj.children):
                obj = next((c for c in cj.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return self._entities(ctx, obj)
        return []

    def _quote_speaker(self, ctx: "_Ctx", tok: Token) -> list[Entity]:
        q = ctx.quotes.at(tok.idx)
        if q is None:
            return []
        return list(ctx.quote_speaker.get(q.start, []))
