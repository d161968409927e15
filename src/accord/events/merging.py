"""Sentence-level rules of the event extractor: what several candidate events of one sentence
become together."""
from __future__ import annotations

from spacy.tokens import Token

from accord.events.candidates import Candidate, _Ctx
from accord.events.syntax import _drop_targetless_twins, _implied, _trigger_lemma, _unique
from accord.events.wordlists import (
    ARMED, ARRIVAL_VERBS, CIVILIAN, DEMAND_NOUNS, FOLLOWER_NOUNS, GENERIC_PLACES, NATURAL_FORCES,
    OBLIGATION_MODALS, PROTESTER_WORDS, REPRESSED_PROTESTERS, TERROR_BODIES, TERROR_WORDS)
from accord.records import Entity


class SentenceRules:
    """Mixed into :class:`accord.events.extractor.EventExtractor`, whose ``lex``, ``frames``,
    ``ont`` and ``cues`` the methods use; see the module docstring."""

    def _branded(self, ctx: "_Ctx", v: Token) -> Candidate | None:
        """"Ankara says the YPG is a terrorist group", "... is the armed wing of a terror group": a
        speaker labelling a named actor a terrorist body accuses it (ACCUSE 112, as "Turkey considers
        the YPG a terrorist organisation" and "deems it a terrorist group" are coded)."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in v.children if c.dep_ == "attr"), None)
        if subj is None or attr is None or any(c.dep_ == "neg" for c in v.children):
            return None
        bodies = [attr] + [g for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"]  # "the Syrian arm of a terror group"
        if not any(b.lemma_.lower() == "terrorist" or (b.lemma_.lower() in TERROR_BODIES and any(
                m.dep_ in ("amod", "compound") and m.lower_ in TERROR_WORDS for m in b.children)) for b in bodies):
            return None  # not "the presence was the result of an agreement to fight terrorism"
        recipients = self._entities(ctx, subj)
        actors = [e for e in ctx.speaker.get(v.i, []) if e.code not in {r.code for r in recipients}]
        if not actors or not recipients:
            return None
        return Candidate(v, v.i + 1, "112", actors, recipients, None)

    def _obliged(self, ctx: "_Ctx", c: Candidate) -> Candidate:
        """An act a speaker says another party must or should do is the speaker's demand, not the act:
        "Russia must withdraw its troops, the EU said", "told Berlin it must extradite the suspects
        and put them on trial" (REQUEST from the speaker to the one obliged; dev gold: "told Blinken
        that Washington must respect China's position" is 1042 from China to the US)."""
        v = c.trigger
        if v.pos_ not in ("VERB", "AUX") or self._type(c.code) in (None, "REQUEST") or v.i not in ctx.speaker:
            return c
        heads = [v] + ([v.head] if v.dep_ == "conj" else [])  # "must take back ... and put them on trial"
        if not any(a.dep_ == "aux" and a.lower_ in OBLIGATION_MODALS for h in heads for a in h.children):
            return c
        speaker = [e for e in ctx.speaker[v.i] if e.code not in {a.code for a in c.actors}]
        verb = next((t for t in v.ancestors if t.i in ctx.speech_verbs), v)
        return self._demanded(c, speaker, verb)

    def _demanded_by_noun(self, ctx: "_Ctx", c: Candidate) -> Candidate:
        """"Moscow's demand that Kyiv hand over the four regions", "his insistence
        that Israel not enter Rafah": the act a demand noun's clause names is what its owner demands (REQUEST
        from the owner to the doer), not an act that happened."""
        v = c.trigger
        heads = [v] + ([v.head] if v.dep_ == "conj" else [])
        noun = next((h.head for h in heads if h.dep_ in ("acl", "ccomp") and h.head.pos_ == "NOUN" and
                     h.head.lemma_.lower() in DEMAND_NOUNS and
                     any(m.dep_ == "mark" and m.lower_ == "that" for m in h.children)), None)
        if noun is None or v.pos_ not in ("VERB", "AUX") or self._type(c.code) in (None, "REQUEST"):
            return c
        owner = [e for e in self._noun_agents(ctx, noun, "REQUEST") if e.code not in {a.code for a in c.actors}]
        return self._demanded(c, owner, noun)

    def _demanded(self, c: Candidate, speaker: list[Entity], trigger: Token) -> Candidate:
        """``c`` as the demand of ``speaker`` on its doers (demand sub-code by the act demanded), with
        the demanding word as trigger: a demand not to attack is not a negated demand."""
        if not speaker or not c.actors:
            return c  # "Iran said it must defend itself": the speaker's own resolve, not a demand
        code = self.frames.compose("demand", c.code) or "100"
        return Candidate(trigger, trigger.i + 1, code, speaker, list(c.actors), None)

    def _provoker(self, ctx: "_Ctx", c: Candidate) -> list[Entity]:
        """The party a reaction answers when the text names it only in the clause saying why: "Japan
        lodged a protest after a Chinese surveillance plane intruded into its airspace" (CHNMIL),
        "China vowed to fight to the end after the White House said duties would climb" (USAGOV).
        Looks at "after"/"because"/"when" clauses of the trigger's verb; returns their subject's
        entities when all are of another state than the actor's, else []. (Gold convention: a
        recipient the text clearly implies is coded.)"""
        v = c.trigger
        while v.dep_ in ("xcomp", "conj") and v.head.pos_ in ("VERB", "AUX"):
            v = v.head  # "vowed to fight ... after": the clause hangs on the governing verb
        own = {a.country for a in c.actors}
        for clause in v.children:
            if clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
                continue
            if not any(m.dep_ == "mark" and m.lower_ in ("after", "because", "when")
                       for m in clause.children):
                continue
            ents = [e for e in self._subject_entities(ctx, clause) if (e.start, e.end) not in ctx.places]
            if ents and all(e.country and e.country not in own for e in ents):
                return ents
        return []

    def _destination(self, ctx: "_Ctx", c: Candidate) -> list[Entity]:
        """Where aid arrived, for aid whose receiver the text names only as the place it reached:
        "a plane carrying relief supplies landed in Islamabad" (PAK), "tanks sent by Germany have
        arrived in Ukraine" (UKR). Looks at the trigger and the verbs above it (up to two steps)
        for an arrival verb (ARRIVAL_VERBS) and returns the states named in its "in"/"at"/"into"
        phrase or its object ("reached Gaza"), other than the giver's. (PLOVER 3.6: the recipient
        of AID is who receives it.)"""
        own = {a.country for a in c.actors}
        t, steps = c.trigger, 0
        while steps < 3:
            if t.lemma_.lower() in ARRIVAL_VERBS:
                ents = self._prep_objects(ctx, [t], ("in", "at", "into")) + \
                    [e for ch in t.children if ch.dep_ == "dobj" for e in self._entities(ctx, ch)]
                ents = [e for e in ents if e.country and e.country not in own]
                if ents:
                    return [e.model_copy(update={"sector": None, "code": e.country}) if (e.start, e.end) in ctx.places
                            else e for e in ents]
            if t.head.i == t.i:
                break
            t, steps = t.head, steps + 1
        return []

    def _protesters_burning(self, cands: list[Candidate]) -> list[Candidate]:
        """"Demonstrators set fire to a police precinct": property destroyed by protesters is a violent
        protest (PLOVER 3.12 riot: "intend to cause ... property damage"), not an assault (1712), and
        is the same event as the storming or rioting the sentence already codes for them ("stormed the
        embassy and set it on fire")."""
        out = []
        for c in cands:
            subj = next((t for t in c.trigger.children if t.dep_ == "nsubj"), None)
            followers = subj is not None and subj.lemma_.lower() in FOLLOWER_NOUNS and \
                not any(a.sector in ARMED or a.sector == "COP" for a in c.actors)
            if c.code == "1712" and c.actors and (followers or (all(a.sector in CIVILIAN for a in c.actors) and
                    any(w in " ".join(a.text.lower() for a in c.actors) for w in PROTESTER_WORDS))):
                # ("supporters of Imran Khan torched a military building": the crowd, not its leader)
                codes = {a.code for a in c.actors}
                if any(o is not c and o.code[:2] == "14" and codes & {a.code for a in o.actors} for o in cands):
                    continue
                c.code = "145"
            out.append(c)
        return out

    def _one_protest_per_protesters(self, cands: list[Candidate]) -> list[Candidate]:
        """"Unions brought France to a standstill as rail workers walked off the job in a nationwide
        strike", "activists blocked the motorway ..., defying an injunction, to protest against oil
        licences": the verbs and nouns of one sentence that describe the same protesters protesting
        are one protest (the gold sets never code two protests by the same protesters in a
        sentence).  The first is kept, with the first recipients any of them names."""
        def same(c: Candidate, k: Candidate) -> bool:
            # the same code, or an event noun whose bare country stands for protesters of that
            # country ("a march from Tel Aviv" read as ISR beside "Israelis")
            a, b = c.actors, k.actors
            t = c.trigger
            if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "at") and \
                    t.head.head.i == k.trigger.i:
                return True  # "pulled down a statue during a Black Lives Matter demonstration"
            return bool({e.code for e in a} & {e.code for e in b}) or \
                (c.trigger.pos_ == "NOUN" and any(not e.sector and e.country in {f.country for f in b} for e in a)) or \
                (k.trigger.pos_ == "NOUN" and any(not f.sector and f.country in {e.country for e in a} for f in b))

        kept: list[Candidate] = []
        dropped: set[int] = set()
        # protesters only implied by the scene are the ones the sentence names elsewhere, wherever
        # they come in the sentence: named protests are kept first
        for c in sorted((c for c in cands if self._type(c.code) == "PROTEST"), key=lambda c: c.fallback_actor):
            first = next((k for k in kept if same(c, k) or c.fallback_actor), None)
            if first is not None:
                if not first.recipients:
                    first.recipients = list(c.recipients)
                dropped.add(id(c))
                continue
            kept.append(c)
        return [c for c in cands if id(c) not in dropped]

    def _repressed_protest(self, ctx: "_Ctx", cands: list[Candidate]) -> list[Candidate]:
        """"Police fired tear gas at protesters outside parliament", "security forces opened fire on
        pro-democracy demonstrators": the protest the force was used against is reported too (PLOVER
        3.12.2 codes the police response and the protest; the gold sets code both), by those
        protesters against their government.  Only when the sentence codes no protest itself."""
        out: list[Candidate] = []
        for c in cands:
            if self._type(c.code) not in ("ASSAULT", "COERCE"):
                continue
            for r in c.recipients:
                words = [w for w in REPRESSED_PROTESTERS if w in r.text.lower()]
                if r.sector not in CIVILIAN or not words:
                    continue
                if words == ["crowd"] and c.code[:3] not in ("175", "170", "173"):
                    continue  # crowds dispersed, tear-gassed or arrested protest; crowds bombed are victims
                span = ctx.doc.char_span(r.start, r.end, alignment_mode="expand")
                if span is None or not len(span) or not (ctx.sent.start <= span.root.i < ctx.sent.end):
                    continue
                gov = self._scene_government(ctx, r.country)
                out.append(Candidate(span.root, span.root.i + 1, "141", [r], gov, None))
                return out  # one protest per sentence
        return out

    def _natural_force(self, t: Token) -> bool:
        """Is the subject of a verb trigger a storm, flood or fire ("Hurricane Ian slammed into the
        coast, ... flooding streets")?  Such a verb is no protest by the scene's civilians."""
        if t.pos_ != "VERB":
            return False
        subj, _ = self._subject_token(t)
        return subj is not None and (subj.lemma_.lower() in NATURAL_FORCES or any(
            c.dep_ == "compound" and c.lemma_.lower() in NATURAL_FORCES for c in subj.children))

    def _merge_participles(self, cands: list[Candidate]) -> list[Candidate]:
        """"Gunmen attacked crowds outside the airport, killing dozens of Afghans": a participle
        that continues its verb's event adds its victims to that event instead of being another.
        "An Israeli air strike killed 30 people": an event noun that is the subject of a verb of
        the same type is one event (the noun's code, which names the means; the verb's victims)."""
        by_trigger = {c.trigger.i: c for c in cands}
        merged: set[int] = set()
        for c in cands:
            t = c.trigger
            head = by_trigger.get(t.head.i) if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" else None
            if head is not None and head is not c and self._type(head.code) == self._type(c.code):
                c.recipients = _unique(c.recipients + head.recipients)
                c.actors = _unique(c.actors + [a for a in head.actors if not c.actors])
                merged.add(id(head))
        cands = [c for c in cands if id(c) not in merged]
        by_trigger = {c.trigger.i: c for c in cands}
        for c in cands:
            t = c.trigger
            # "captured two soldiers in a cross-border raid", "attacked crowds ... in an assault
            # claimed by IS": the circumstance names the act its verb already codes
            if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("in", "during"):
                verb = by_trigger.get(t.head.head.i)
                if verb is not None and verb is not c and (
                        (self._type(verb.code) in ("ASSAULT", "COERCE") and self._type(c.code) == "ASSAULT") or
                        # "released Gershkovich and Whelan in the biggest prisoner exchange": the release
                        (self._type(verb.code) == self._type(c.code) == "RETREAT")):
                    verb.recipients = _unique(verb.recipients + c.recipients)
                    merged.add(id(c))
        cands = [c for c in cands if id(c) not in merged]
        by_trigger = {c.trigger.i: c for c in cands}
        for c in cands:
            # "its air strike on Iran's consulate, which killed seven officers": the relative clause
            # adds victims to the strike, it is not another attack
            act = self._act_of_relative(c.trigger) if c.trigger.pos_ == "VERB" else None
            noun = by_trigger.get(act.i) if act is not None else None
            if noun is not None and noun is not c and self._type(noun.code) == self._type(c.code) == "ASSAULT" and \
                    {a.code for a in noun.actors} >= {a.code for a in c.actors}:
                noun.recipients = _unique(noun.recipients + c.recipients)
                merged.add(id(c))
        cands = [c for c in cands if id(c) not in merged]
        by_trigger = {c.trigger.i: c for c in cands}
        out = []
        for c in cands:
            t = c.trigger
            head = by_trigger.get(t.head.i) if t.dep_ in ("advcl", "conj", "xcomp") and t.tag_ == "VBG" else None
            reported = False
            if head is None and t.dep_ == "advcl" and t.tag_ == "VBG" and t.head.lemma_.lower() in self.frames.speech:
                head = self._reported_event(cands, c)
                reported = head is not None  # its subject is the spokesman: compare countries
            if head is None and t.dep_ == "advcl" and t.tag_ == "VBG":
                # "launched a missile barrage on Ukraine, killing 30": the light verb is not coded, its
                # object noun is the attack the participle continues
                head = next((by_trigger[o.i] for o in t.head.children if o.dep_ == "dobj" and o.i in by_trigger and
                             self._type(by_trigger[o.i].code) == self._type(c.code) == "ASSAULT"), None)
            # "settlers attacked the village, torching cars": the torching is the attack, not a riot
            same = head is not None and (self._type(head.code) == self._type(c.code) or
                                         (self._type(head.code) == "ASSAULT" and c.code == "145"))
            if head is not None and head is not c and same and \
                    ({a.code for a in head.actors} >= {a.code for a in c.actors} or
                     (reported and {a.country for a in head.actors} >= {a.country for a in c.actors})):
                if c.code != "145" or self._type(head.code) == "PROTEST":
                    head.recipients = _unique(head.recipients + c.recipients)  # (a riot's target is implied)
                continue
            if head is not None and self._type(head.code) == "PROTEST" and self._type(c.code) == "REQUEST":
                # "protesters took to the streets demanding ...": the demand is the protest's topic
                head.recipients = _unique(head.recipients + c.recipients)
                continue
            out.append(c)
        return out

    def _reported_event(self, cands: list[Candidate], c: Candidate) -> Candidate | None:
        """"Russia has refused to free the sailors, a Kremlin spokesman said, brushing off calls for
        their release": a participle hung on the reporting verb continues the reported event of the
        same type (one refusal, gold convention), whether the reporting verb hangs on that event
        ("X refused ..., Y said, brushing") or governs it ("Y told parliament X will not ..., brushing")."""
        say = c.trigger.head
        for x in cands:
            if x is c or self._type(x.code) != self._type(c.code):
                continue
            if x.trigger.i == say.head.i or (x.trigger.head.i == say.i and x.trigger.dep_ in ("ccomp", "parataxis")):
                return x
        return None

    def _scene_government(self, ctx: "_Ctx", country: str | None) -> list[Entity]:
        """The government of a state a protest happens in (its target when none is named)."""
        if not country or len(country) != 3 or country in GENERIC_PLACES:
            return []
        return [_implied(ctx, country, "GOV", "government")]

    def _scene_civilians(self, ctx: "_Ctx") -> list[Entity]:
        """Protest with no named protesters: the civilians of the country where it happens."""
        country = ctx.scene.country_at(ctx.sent_index)
        return [_implied(ctx, country, "CVL", "civilians")] if country else []

    def _dedupe(self, cands: list[Candidate]) -> list[Candidate]:
        seen: dict[tuple, int] = {}
        out: list[Candidate] = []
        hosted = {tuple(sorted({e.code for e in c.actors})) for c in cands if c.code[:3] == "042" and c.recipients}
        for c in cands:
            if c.code[:3] == "042" and not c.recipients and c.trigger.pos_ in ("NOUN", "PROPN") and \
                    tuple(sorted({e.code for e in c.actors})) in hosted:
                # "arrived in Kyiv on Friday, the first visit by an Indian leader": one visit, the
                # one that names its host
                continue
            info = self.ont.codes.get(c.code)
            etype = info.event_type if info else None
            if etype == "CONCEDE" and _trigger_lemma(c.trigger) in self.frames.resign:
                etype = "RETREAT"  # "apologised and resigned": two events (see _record, PLOVER 3.7)
            actor_codes = {e.code for e in c.actors}
            # a recipient that is one of the actors is dropped when the event is recorded ("laid down
            # their arms and surrendered": "their" is the fighters), so it does not tell events apart
            key = (tuple(sorted(actor_codes)), etype or c.code,
                   tuple(sorted({e.code for e in c.recipients} - actor_codes)), c.negated)
            if key in seen:
                prev = out[seen[key]]
                if c.pattern is not None and (prev.pattern is None or c.pattern.size > prev.pattern.size):
                    out[seen[key]] = c
                continue
            seen[key] = len(out)
            out.append(c)
        return self._drop_recipientless(_drop_targetless_twins(out, list(seen)))

    def _drop_recipientless(self, cands: list[Candidate]) -> list[Candidate]:
        """"Lorries sent by the Red Crescent rolled into Gaza": two triggers of one delivery, one of
        which found no recipient. An event with no recipient is dropped when the sentence has an
        event of the same type, actors and polarity that names one (AID only: the type where one
        delivery is often reported by two verbs, "sent ... arrived", "flew ... landed")."""
        def key(c: Candidate) -> tuple:
            return (self._type(c.code), tuple(sorted({e.code for e in c.actors})), c.negated)
        with_rec = {key(c) for c in cands if c.recipients and self._type(c.code) == "AID"}
        return [c for c in cands if c.recipients or self._type(c.code) != "AID" or key(c) not in with_rec]
