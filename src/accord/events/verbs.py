"""Verb triggers: a verb matched against the lexicon, its frame ("urged Y to", "agreed to") and
its complement, and the candidate event built from its arguments."""
from __future__ import annotations

from spacy.tokens import Token

from accord.events.candidates import Candidate, _Ctx
from accord.events.lexicon import Pattern, _dates_only
from accord.events.syntax import (
    _acts_on_object, _captive_person, _claimed, _finite_modifier, _first_to, _has_own_agent, _implied,
    _misparsed_frame, _mutual, _own_clause, _phrasal_hit, _root_noun_verb, _subtree_without_clauses,
    _threat_clause, _unique, _verb_like, _voted_act)
from accord.events.wordlists import (
    ACCUSING_SPEECH, ADOPTING_VERBS, AGENT_PREPS, ASPECTUAL, BACKING_VERBS, CAUSATIVE, CONSTRUED_NOUNS,
    CONTINUATIVE, DEBT_RELIEF_VERBS, DECISION_NOUNS, DEFIED_ASKS, DISSOLUTION_NOUNS, DOUBT_VERBS, FOR_TYPES,
    GENERIC_PLACES, HELPING_VERBS, HOSTILE_ROOTS, HOSTILE_VERBS, JOINT_TYPES, JUDICIAL_WORDS, LEAVE_VERBS,
    LEGAL_CHARGE_VERBS, LIGHT_VERBS, MEDIATING_VERBS, MOTION_VERBS, PEACEKEEPING_WORDS, PERSIST_VERBS,
    PLATFORM_VERBS, RALLYING_VERBS, RECEIVING_VERBS, RECIPIENT_PREPS, THREAT_NOUNS, THREAT_TYPES,
    TOPIC_PREPS, VOTING_VERBS, WARNING_TOPICS, WILLING_ADJ)
from accord.records import Entity


class VerbRules:
    """Mixed into :class:`accord.events.extractor.EventExtractor`, whose ``lex``, ``frames``,
    ``ont`` and ``cues`` the methods use; see the module docstring."""

    # ------------------------------------------------------------------ verbs
    def _verb(self, ctx: "_Ctx", v: Token):
        fr = self.frames
        lemma = v.lemma_.lower()
        if v.dep_ == "acl" and v.head.lemma_.lower() in THREAT_NOUNS and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return self._threat_noun(ctx, v)
        if lemma in RALLYING_VERBS and (gathered := self._protesters_gathering(ctx, v)) is not None:
            return gathered
        m = ctx.mention_at[v.i]
        if m is not None and m.end - m.start > 1 and (m.entity.kind in ("organization", "igo") or
                                                     (v.is_title and v.i > ctx.sent.start)):
            # "Just Stop Oil brought traffic to a halt": a word of an organisation's name that the
            # parser took for a verb (and the rest of the sentence for its complement)
            return None
        if v.dep_ in ("acl", "advcl") and v.head.pos_ == "NOUN" and (v.head.lemma_.lower() in DECISION_NOUNS or (
                # ("unveiled a plan for Canberra to buy submarines": the parser makes it an advcl)
                v.head.lemma_.lower() in ("plan", "proposal", "bill") and v.head.head.lemma_.lower() in ADOPTING_VERBS)) and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return self._decided(ctx, v)
        # "flew to Beijing to meet Xi": the meeting is coded (actor: the traveller)
        purpose = self.lex.match_verb(v) if v.dep_ in ("advcl", "xcomp") and \
            v.head.lemma_.lower() in MOTION_VERBS else None
        # "police officers landed in Port-au-Prince to lead a multinational security mission": the
        # arrival is the deployment (AID 074, PLOVER 3.6), coded like a trip's meeting
        trip = purpose is not None and (purpose[0].code[:2] == "04" or purpose[0].code == "074")
        if not trip and v.dep_ in ("advcl", "xcomp") and v.head.lemma_.lower() in RALLYING_VERBS:
            # "thousands gathered in Tahrir Square to protest", "defied a ban on gatherings to rally":
            # people who come together to protest do protest (PLOVER 3.12), unless the coming
            # together is already coded as the protest ("took to the streets to protest")
            hit = self.lex.match_verb(v)
            own = self.lex.match_verb(v.head)
            trip = hit is not None and hit[0].code[:2] == "14" and (own is None or own[0].code[:2] != "14")
        if not trip and v.dep_ in ("advcl", "xcomp") and v.head.lemma_.lower() in PLATFORM_VERBS:
            # "took to social media to denounce the verdict", "held a news conference to accuse Kyiv":
            # a platform taken to criticise is the criticism (CAMEO 11)
            hit = self.lex.match_verb(v)
            trip = hit is not None and hit[0].code[:2] == "11"
        planned = v.dep_ == "advcl" and v.head.lemma_.lower() in VOTING_VERBS and v.lemma_.lower() in fr.frame_of
        if not trip and not planned and v.dep_ != "xcomp" and not _voted_act(v) and _first_to(v) is None and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            # "temptations to normalise relations", "troops sent to protect civilians": an infinitive
            # that is not the complement of a verb states a purpose or possibility, not an event
            return None
        if v.dep_ == "xcomp" and v.head.pos_ in ("VERB", "AUX") and not trip:
            head_lemma = v.head.lemma_.lower()
            if head_lemma not in ASPECTUAL and head_lemma not in self.frames.frame_of and \
                    head_lemma not in self.frames.plan and head_lemma not in CAUSATIVE and \
                    head_lemma not in self.frames.speech and v.head.lemma_ not in ("be",) and _first_to(v) is None:
                # "summoned the envoy to protest the attack", "sent troops to protect": a purpose
                return None
        if v.dep_ == "pcomp" and v.head.lower_ in TOPIC_PREPS and _claimed(v) is None and not (
                lemma in fr.characterise and any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in v.children)):
            # "accused Qatar of supporting terrorism": the topic of an accusation ("cut ties over what it
            # called Doha's support for terrorism" is a characterisation by its subject, kept)
            return None
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in ("help", "assist") and v.head.dep_ in ("advcl", "acl") and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.head.children):
            return None  # "deploying troops to Mozambique to help fight insurgents": the purpose, not an act
        if lemma in BACKING_VERBS and v.tag_ in ("VBN", "JJ") and (
                v.dep_ in ("amod", "acl", "compound") or (v.dep_ == "conj" and v.head.dep_ in ("amod", "compound"))):
            return None  # "US-backed forces", "rebels backed by Ankara": who they are, not an event
        if lemma in MEDIATING_VERBS and v.dep_ == "amod" and v.head.pos_ in ("NOUN", "PROPN"):
            # "a US-mediated deal", "a Russian-brokered ceasefire": the mediation is coded (045)
            mediators = [e for c in v.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod") and
                         ctx.mention_at[c.i] is not None for e in self._entities(ctx, c)]
            if mediators and self._made_here(v.head):
                return Candidate(v, v.i + 1, "045", mediators, self._mediated_parties(ctx, v.head), None)
        if (v.dep_ == "amod" and not _finite_modifier(v)) or (v.dep_ == "acl" and v.tag_ == "VBN" and not _acts_on_object(v) and
                                not any(c.dep_ == "agent" for c in v.children) and not _misparsed_frame(v) and
                                not _root_noun_verb(v)):
            # "warning shots", "protesters opposed to the mandates": describing, not reporting
            # ("a deal brokered by China" names its agent and is kept)
            return None
        if lemma == "warn" and v.tag_ == "VBG" and v.dep_ in ("acl", "amod") and \
                v.head.lemma_.lower() in WARNING_TOPICS:
            return None  # "a red weather warning": the small model parses the compound noun as a verb
        cancel = fr.not_events.get(lemma)
        if cancel and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in cancel for c in v.children):
            own = self.lex.match_verb(v)
            if own is None or not any(u.lemma_.lower() in cancel for u in own[1]):
                # "met the demands", "hit a record high", "warning shots" (unless the lexicon has that
                # very combination: "struck a deal" is an agreement, 057)
                return None
        atrocity = self._atrocity_report(ctx, v)
        if atrocity is not None:
            return atrocity
        menace = self._menace(ctx, v)
        if menace is not None:
            return menace
        if lemma == "hold" and (held := self._held_responsible(ctx, v)) is not None:
            return held
        if lemma in ("hesitate", "rule") and (veiled := self._not_ruled_out(ctx, v)) is not None:
            return veiled
        frame = fr.frame_of.get(lemma)
        has_ccomp = any(c.dep_ == "ccomp" for c in v.children)
        if lemma in fr.emphasis or lemma == "call" and any(c.lower_ == "attention" for c in v.children):
            appeal = self._need_for(ctx, v)
            if appeal is not None:
                return appeal
            if has_ccomp or v.i in ctx.speech_verbs:
                return None
        if lemma in fr.characterise:
            c = self._characterise(ctx, v)
            if c is not None:
                return c
            if any((c.dep_ == "oprd" and c.pos_ != "ADV") or (c.dep_ == "dobj" and c.tag_ in ("WP", "WDT"))
                   for c in v.children):  # ("called their ambassadors home" names nothing)
                named = self.lex.match_verb(v)
                if named is None or named[0].size == 1:
                    return None  # "launched what it called targeted operations": naming, not an appeal
                # "labelled Meduza a foreign agent": the lexicon knows this naming as an act (172)
        if lemma in ACCUSING_SPEECH:
            c = self._accusing_report(ctx, v)
            if c is not None:
                return c
        if lemma in fr.speech and v.dep_ == "relcl" and has_ccomp:
            c = self._said_was(ctx, v)
            if c is not None:
                return c
        if lemma in fr.speech and (has_ccomp or v.i in ctx.speech_verbs) and frame is None:
            return None
        doubted = [c for c in v.children if c.dep_ == "ccomp" and
                   any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)]
        if lemma in DOUBT_VERBS and doubted:
            # "some privately doubt whether the bloc's leaders will even discuss it at their June summit":
            # a doubted act is an opinion about what may happen, not an event (the gold sets code
            # forecasts and opinions as nothing)
            for c in doubted:
                for x in c.subtree:
                    ctx.consumed.add(x.i)
            return None
        if frame is not None and frame[0] == "agree":
            comp = self._complement(v, "agree")
            if comp is not None and comp.lemma_.lower() in PERSIST_VERBS and self.lex.match_verb(comp) is None:
                # "protesters began a sit-in, vowing to stay until ...": a vow to hold out is not a
                # commitment to cooperate (AGREE, PLOVER 3.1)
                return None
        if frame is not None:
            c = self._frame(ctx, v, frame)
            if c is not None:
                return c
            if frame[0] == "order":
                return None
        if lemma in fr.fail:
            return None
        deadline = self._deadline(ctx, v)
        if deadline is not None:
            return deadline
        if lemma == "apply" and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("join", "become") and
                                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in v.children):
            # "Finland and Sweden formally applied to join NATO": asking to be admitted (PLOVER 3.8).
            # "apply" is no frame verb of its own: "the rules apply to Chinese companies"
            return self._frame(ctx, v, ("request", "020"))
        if lemma in ("let", "allow", "permit"):
            freed = self._let_go(ctx, v)
            if freed is not None:
                return freed
        force = self._hostage_taking(ctx, v) or self._baton_charge(ctx, v)
        if force is not None:
            return force
        hit = self.lex.match_verb(v)
        if lemma in RECEIVING_VERBS and (hit is None or hit[0].code[:2] == "01"):
            guest = self._guest(ctx, v)
            if guest is not None:
                # "Kim Jong Un received Russian Foreign Minister Sergei Lavrov in Wonsan", "Li Qiang was
                # greeted by Albanese": receiving a named official is hosting (043); the lexicon can
                # only name title nouns ("receive minister"), not the people themselves
                return self._build_verb(ctx, v, "043", None, [guest])
        if hit is None and lemma in HELPING_VERBS and v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and \
                v.head.lemma_.lower() in WILLING_ADJ:
            # "Moscow was ready to work with Kyiv", "is willing to help": an intent to cooperate (030);
            # the lexicon leaves "work with" out (jobs), but readiness to do it is an offer
            return self._build_verb(ctx, v, "030", None, [])
        if hit is None and lemma == "quit":
            return self._quit_office(ctx, v)
        if hit is None:
            dead = self._shot_dead(ctx, v) or self._executed_person(ctx, v)
            if dead is not None:
                return dead
        if hit is None or self._type(hit[0].code) != "ASSAULT":
            # "Russian guided bombs slammed into a hypermarket": a weapon that hits is an attack, even
            # when the verb alone means something else ("slammed" the plan is criticism, 111)
            strike = self._weapon_strike(ctx, v)
            if strike is not None or hit is None:
                return strike
        pattern, used = hit
        if lemma in fr.speech and pattern.size == 1 and (has_ccomp or v.i in ctx.speech_verbs):
            return None
        if frame is not None and frame[0] == "threaten" and pattern.size == 1 and has_ccomp:
            clause = next(c for c in v.children if c.dep_ == "ccomp")
            if not _threat_clause(clause):
                return None  # "warned that the country risked sliding into civil war": a pessimistic comment (012)
            inner = self.lex.match_verb(clause) if clause.pos_ == "VERB" else None
            if inner is not None and self._type(inner[0].code) in THREAT_TYPES:
                # "the RMT warned it would stage the biggest walkout unless ...": one threat, of what the
                # clause announces (not the warning and the announced act as two)
                ctx.consumed.add(clause.i)
                cand = self._build_verb(ctx, v, self.frames.compose("threaten", inner[0].code) or "130", None, [])
                cand.recipients = _unique(cand.recipients + self._recipient_entities(ctx, clause, inner[1]))
                return cand
        code = self._refine_by_object(pattern, used)
        if code == "192" and pattern.size == 1 and lemma in ("capture", "recapture") and _captive_person(v):
            code = "181"  # "Jones, who was captured by the rebels", "captured him": a captive, not territory
        if code == "0874" and pattern.size <= 2:
            code = self._left_what(ctx, v, code)  # "pulled out of the grain deal", "withdrew from the race"
            if code is None:
                return None
        if code[:2] == "15" and any(t.lemma_.lower() in PEACEKEEPING_WORDS for t in ctx.sent):
            # "ready to deploy troops as part of any UN peacekeeping force": a peacekeeping deployment
            # is aid (074, PLOVER 3.6.2), not a show of force
            code = "074"
        if code == "128" and v.tag_ == "VBG" and v.dep_ in ("advcl", "acl", "relcl", "amod") and \
                not any(u.lemma_.lower() in DEFIED_ASKS for u in used):
            # "protesters defying a curfew stormed the residence": manner, not a refusal; but
            # "launched a rocket, defying warnings from Washington" refuses what others asked
            return None
        if code.startswith("042") and self._vehicle_subject(v):
            # "An Indian plane carrying relief supplies landed in Islamabad": a delivery, not a visit
            if not any(t.lemma_.lower() in fr.relief for t in ctx.sent):
                return None
            code = "073"
        if code[:2] == "19" and self._relief_vehicle_enters(v):
            # "lorries laden with food rolled into Gaza": aid vehicles entering a place deliver
            # relief; they do not occupy it
            code = "073"
        if code.startswith("042") and self._arrives_with_relief(v):
            # "Chinese medical experts landed in Rome with 31 tonnes of supplies": a delivery of aid
            code = "073"
        if code.startswith("042") and self._peacekeepers_arrive(v):
            # "the first Russian peacekeepers arrived in Nagorno-Karabakh": a peacekeeping
            # deployment is AID 074 (PLOVER 3.6, 3.14.1), not a visit (soldiers do not visit)
            code = "074"
        if code.startswith("042") and self._carries_goods(ctx, v, used):
            # "India flew 15 tonnes of medical supplies to the Maldives": not a visit
            obj = next(c for c in v.children if c.dep_ == "dobj")
            hit2 = self.lex.match_noun(obj)
            if hit2 is not None and hit2[0].code.startswith("07"):
                code = hit2[0].code
            elif any(t.lemma_.lower() in fr.relief for t in obj.subtree):
                code = "073"   # "flew 15 tonnes of medical supplies to the Maldives"
            else:
                return None
        for u in used:
            if (not (_has_own_agent(u) or self._actor_modified(ctx, u)) and
                    not (self._type(code) == "ASSAULT" and self._noun_type(u) == "PROTEST")) or self._given_up(code, u):
                # ("police fired on a demonstration": the demonstration is a protest of its own)
                ctx.consumed.add(u.i)
        if v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.lemma_.lower() in WILLING_ADJ:
            # "was ready to resume direct talks", "is willing to negotiate": an intent (CAMEO 03)
            code = self.frames.compose("agree", code) or "030"
        cand = self._build_verb(ctx, v, code, pattern, used)
        if code[:3] in ("040", "046") and len(cand.actors) == 1 and cand.actors[0].kind != "person" and \
                all(r.code == cand.actors[0].code for r in cand.recipients) and \
                any(c.dep_ == "poss" and c.lower_ == "its" for u in used for c in u.children):
            return None  # "the Fed held/concluded its two-day meeting": one body meeting (as for the noun)
        if code[:3] == "045" and not cand.recipients and v.dep_ in ("acl", "amod") and v.head.pos_ == "NOUN":
            # "under a deal brokered by China": the mediator's parties are those who made the deal
            cand.recipients = [e for e in self._mediated_parties(ctx, v.head)
                               if e.code not in {a.code for a in cand.actors}]
        elif code[:3] == "045" and not cand.recipients and v.dep_ == "pcomp" and v.head.lower_ == "with" and \
                v.head.head.pos_ in ("VERB", "AUX"):
            # "sat down in Caracas, with Venezuela, Cuba and Norway acting as guarantors": the
            # parties are the main clause's actors
            cand.recipients = [e for e in self._actor_entities(ctx, v.head.head)[0]
                               if e.code not in {a.code for a in cand.actors}]
        return cand

    def _refine_by_object(self, pattern: Pattern, used: list[Token]) -> str:
        """A light verb's object noun may say more than the verb pattern: "began air strikes" is
        an air strike (195), not the labour strike of "begin strike" (143)."""
        obj_slot = next((sl for sl in pattern.slots if sl.prep is None and sl.words), None)
        if obj_slot is None or pattern.head not in LIGHT_VERBS:
            return pattern.code  # "signed an aid package" is a signing, whatever the package holds
        obj = next((u for u in used if u.pos_ in ("NOUN", "PROPN") and
                    u.lemma_.lower() == obj_slot.words[-1]), None)
        if obj is None:
            return pattern.code
        hit = self.lex.match_noun(obj)
        if hit is not None and hit[0].size > len(obj_slot.words) and hit[0].code[:2] != pattern.code[:2]:
            return hit[0].code
        return pattern.code

    def _build_verb(self, ctx: "_Ctx", v: Token, code: str, pattern: Pattern | None,
                    used: list[Token]) -> Candidate:
        actors, fallback = self._actor_entities(ctx, v)
        if v.tag_ == "VBG" and v.dep_ == "pcomp" and (fallback or not actors):
            # "killed in shelling by the Syrian army": the small model reads the gerund as a verb under
            # "in", with its doer in a "by" phrase rather than as a subject
            by = [e for c in v.children if c.dep_ == "prep" and c.lower_ == "by"
                  for p in c.children if p.dep_ == "pobj" for e in self._entities(ctx, p)]
            if by:
                actors, fallback = by, False
        recipients = self._recipient_entities(ctx, v, used)
        if _finite_modifier(v) and v.head.pos_ in ("NOUN", "PROPN"):
            recipients = _unique(recipients + self._entities(ctx, v.head))  # "court jailed [politician X]"
        passive = any(c.dep_ == "nsubjpass" for c in v.children)
        if passive and v.dep_ not in ("conj",) and (fallback or not actors):
            # "Protesters were arrested" (or "... by paramilitary Rangers", not a known actor): no actor
            # named; "aid workers were killed in an Israeli air strike": the actor of the event noun
            # the passive verb happened in
            if not any(c.dep_ == "agent" for c in v.children) or fallback:
                actors, fallback = self._agent_of_means(ctx, v) or self._stray_agent(ctx, v), False
            if not actors and self._type(code) in JOINT_TYPES:
                # "A deal was reached on Friday between Israel and Hamas": the parties (the parser
                # sometimes labels "between" as the agent)
                subj = next(c for c in v.children if c.dep_ == "nsubjpass")
                actors = _unique([e for c in list(v.children) + list(subj.children) if c.dep_ in ("prep", "agent")
                                  and c.lower_ in ("between", "among")
                                  for p in c.children if p.dep_ == "pobj" for e in self._entities(ctx, p)])
            if not actors and code[:3] == "084":
                actors = self._captors(ctx, v)  # "Thai nationals held by Hamas were freed"
                if not actors:
                    actors, fallback = self._jailer(ctx, v)  # "was freed from a Russian prison"
            if not actors and code[:2] == "16":
                # "Russia was kicked out of the G8", "was suspended from the Commonwealth": the body
                # one is expelled or suspended from does it (PLOVER 3.13.3 expel)
                actors = [e for u in used if u.dep_ == "pobj" and u.head.lower_ in ("from", "of")
                          for e in self._entities(ctx, u)]
            if not actors and code[:2] == "15":
                # "90,000 police officers will be deployed across France", "troops were moved to the
                # border": forces moved by their own state, coded as their own mobilisation
                subj = next(c for c in v.children if c.dep_ == "nsubjpass")
                m = ctx.mention_at[subj.i]
                # a force whose country came only from the scene may be another state's ("troops were
                # sent to Poland" is not Poland's army), except police, who are deployed at home
                # ("riot police were deployed across central Paris")
                forces = [e for e in self._entities(ctx, subj) if e.sector in ("MIL", "COP", "PRM", "SPY")
                          and (m is None or not m.implicit or e.sector == "COP")]
                if forces:
                    actors = forces
                    recipients = [r for r in recipients if r.code not in {f.code for f in forces}]
            agent_named = any(c.dep_ == "agent" for c in v.children)
            lifted = code[:3] == "081" and not (pattern is not None and set(pattern.text.split()) & JUDICIAL_WORDS)
            if not actors and (code[:3] in ("173", "172") or lifted) and \
                    (agent_named or not any(t.lower_ == "by" for t in v.subtree)):
                # "Dozens of protesters were arrested in Tbilisi": only a state arrests, detains or
                # bans, so the actor is the police (arrests) or government of the country it happens
                # in (the victims' country, else the sentence's); marked as a fallback actor. So too
                # for lifting them (081x: "the curfew was lifted", "internet services were restored
                # across Pakistan"): only the state that imposed them can. Not for dropped charges
                # and quashed sentences ("when those charges were dropped" in a personal story).
                country = next((r.country for r in recipients if r.country and len(r.country) == 3
                                and r.country not in GENERIC_PLACES), None) or ctx.scene.country_at(ctx.sent_index)
                if country:
                    sector = "COP" if code[:3] == "173" else "GOV"
                    actors, fallback = [_implied(ctx, country, sector, "police" if sector == "COP" else
                                                 "government")], True
            legal = (code[:3] == "112" and v.lemma_.lower() in LEGAL_CHARGE_VERBS) or \
                (code == "1121" and v.lemma_.lower() not in ("accuse", "allege", "blame", "suspect")) or code[:2] == "09"
            if not actors and legal and code[:2] == "09" and ctx.speaker.get(v.i):
                # "Najib is being investigated over 1MDB, Malaysia's anti-graft agency said": the
                # investigator is the one who reports it
                actors, fallback = list(ctx.speaker[v.i]), True
            nobody = any(c.dep_ == "nsubjpass" and c.lower_ in ("none", "nobody", "no") for c in v.children)
            if not actors and legal and not nobody and not any(c.dep_ == "agent" for c in v.children):
                # "Najib Razak was charged on Wednesday with criminal breach of trust": only the state
                # charges, indicts or prosecutes (PLOVER 3.9 ACCUSE allege), so the actor is the
                # judiciary of the accused's country (as for passive arrests above); "was accused of"
                # names no such actor and stays uncoded
                country = next((r.country for r in recipients if r.country and len(r.country) == 3
                                and r.country not in GENERIC_PLACES), None) or ctx.scene.country_at(ctx.sent_index)
                if country:
                    actors, fallback = [_implied(ctx, country, "JUD", "prosecutors")], True
        if code.startswith("042") and pattern is not None:
            # "arrived in Kyiv", "set foot in North Korea": the place a visit pattern's "in" names is
            # the host ("in" is not a recipient preposition for other events: "killed in Gaza");
            # "arriving in Kyiv by train from Poland": where the visitor came from is not the host
            # ("travel on to Amman": the "to" of the pattern hangs on "on", not on the verb)
            origin = {e.code for e in self._prep_objects(ctx, [v], ("from",))}
            recipients = _unique([r for r in recipients if r.code not in origin] + [
                e for u in used if u.dep_ == "prep" and (u.lower_ == "in" or (u.lower_ == "to" and u.head.i != v.i))
                for p in u.children if p.dep_ == "pobj" for e in self._entities(ctx, p)])
        if self._type(code) in ("SUPPORT", "ACCUSE") and all(r.code in {a.code for a in actors} for r in recipients):
            # "threw his support behind Kenya's bid", "took a swipe at Washington's tariffs": the owner
            # of what the pattern's preposition governs is the one backed or criticised ("his" is
            # the actor's own)
            recipients = _unique(recipients + [e for u in used if u.dep_ == "prep" for p in u.children
                                               if p.dep_ == "pobj" for e in self._phrase_entities(ctx, p, preps=())])
            # "endorsed a US-drafted plan", "backed the Egyptian-brokered proposal": the author named in
            # the participle modifying the object
            recipients = _unique(recipients + [
                e for o in v.children if o.dep_ in ("dobj", "nsubjpass") for m in o.children
                if m.dep_ == "amod" and m.tag_ == "VBN" for g in m.children
                if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and ctx.mention_at[g.i] is not None
                for e in self._entities(ctx, g)])
        if code[:3] == "057":
            # "signed an agreement with the Taliban", "signed a deal on Saturday with China": signing
            # together is reciprocal (gold convention: every signatory in actor, no recipient); "at
            # the White House" is where it was signed
            objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
            partners = self._prep_objects(ctx, [v] + objs, ("with",))
            venue = {e.code for e in self._prep_objects(ctx, [v] + objs, ("at",))}
            if partners:
                actors = _unique(actors + partners)
            recipients = [r for r in recipients if r.code not in {e.code for e in partners} and r.code not in venue]
        if not actors and code[:3] == "112" and v.lemma_.lower() in ("link", "tie", "connect", "implicate") and \
                ctx.speaker.get(v.i):
            # "credible allegations linking agents of the Indian government to the killing", "X was
            # linked to the plot, officials said": the one who reports the link makes the accusation
            actors, fallback = list(ctx.speaker[v.i]), True
        if not recipients and self._type(code) in FOR_TYPES:
            # "expressed support for Baku", "aid for Ukraine": the beneficiary of support and aid
            recipients = _unique(self._prep_objects(ctx, [v] + [u for u in used if u.pos_ in ("NOUN", "PROPN")],
                                                    ("for",)))
        reciprocal = False
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None and any(u.i == subj.i for u in used) and not any(a for a in self._entities(ctx, subj)):
            # "direct flights between Turkey and Armenia resumed", "gas supplies from Russia to Hungary
            # resumed": the lexicon took the subject for the object (an intransitive use, lexicon.py);
            # the states are in its "between" or "from ... to" phrases
            # (a capital read as its government names a route's end here: "flights between London
            # and Paris resumed")
            def state(a: Entity) -> bool:
                return (a.start, a.end) not in ctx.places and not (a.sector == "GOV" and " " not in a.text)
            actors = [a for a in self._between(ctx, subj) if state(a)]
            reciprocal = bool(actors)
            if not actors:
                actors = [a for a in self._prep_objects(ctx, [subj], ("from",)) if state(a)]
                recipients = [r for r in self._prep_objects(ctx, [subj], ("to", "with")) if state(r)]
        if pattern is not None and pattern.invert:
            actors, recipients = recipients, actors
        cand = Candidate(v, v.i + 1, code, actors, recipients, pattern, fallback_actor=fallback)
        cand.reciprocal = cand.reciprocal or reciprocal
        return cand

    def _frame(self, ctx: "_Ctx", v: Token, frame: tuple[str, str]) -> Candidate | None:
        kind, base = frame
        comp = self._complement(v, kind)
        if comp is not None and comp.lemma_.lower() in ("keep", "continue", "resume") and \
                self.lex.match_verb(comp) is None:
            # "vowed to keep targeting ships", "pledged to continue supplying arms": the act kept up
            # is what is vowed
            comp = next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), comp)
        on = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        if kind == "request" and v.lemma_.lower() == "call" and on is not None and comp is None and \
                not any(x.dep_ in ("xcomp", "ccomp", "pcomp") or (x.dep_ == "advcl" and x.head.i == v.i)
                        for x in v.subtree) and \
                not any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children):
            # "General Munir called on Crown Prince Mohammed bin Salman in Riyadh": with nothing asked
            # for, "call on" is a courtesy call, a visit (042), not an appeal
            host = [e for p in on.children if p.dep_ == "pobj" for e in self._entities(ctx, p)]
            if host:
                cand = self._build_verb(ctx, v, "042", None, [on])
                cand.recipients = host
                return cand
        if kind == "reject" and comp is not None and comp.lemma_.lower() in ("rule", "hesitate") and \
                (veiled := self._not_ruled_out(ctx, comp)) is not None:
            return veiled  # "refused to rule out using military coercion": a threat, not a refusal
        lex_hit = self.lex.match_verb(v)
        yielding_order = kind == "order" and lex_hit is not None and lex_hit[0].size > 1 and \
            lex_hit[0].code[:2] in ("03", "08")
        # ("ordered a humanitarian pause from Monday", "ordered the withdrawal of US troops": the
        # yielding a leader orders is announced, CONCEDE, as "ordered its troops to withdraw" is)
        if lex_hit is not None and lex_hit[0].size > 1 and (kind != "order" or yielding_order) and \
                (comp is None or comp in lex_hit[1] or self._for_topic(v, comp, lex_hit[1]) or
                 _phrasal_hit(v, lex_hit[0]) or yielding_order):
            # the lexicon knows this combination ("pledged support", "offered condolences")
            for u in lex_hit[1]:
                if not (_has_own_agent(u) or self._actor_modified(ctx, u)):
                    ctx.consumed.add(u.i)
            return self._build_verb(ctx, v, lex_hit[0].code, lex_hit[0], lex_hit[1])
        keep_comp = comp is not None and kind in ("reject", "deny") and (
            _has_own_agent(comp) or self._actor_modified(ctx, comp))
        if comp is not None and not keep_comp:
            # what is agreed, refused, urged or threatened has not happened: nothing in it is an
            # event, except what its relative clauses report ("militants who have stepped up attacks").
            # A refused noun with its own agent did happen: "rejected North Korea's demand for
            # sanctions relief" is also North Korea's demand.
            for root in (comp, *[cj for cj in comp.conjuncts if not _own_clause(cj)]):
                for x in _subtree_without_clauses(root):
                    ctx.consumed.add(x.i)
        comp_code = None
        comp_used: list[Token] = []
        comp_recipients: list[Entity] = []
        while comp is not None and comp.pos_ == "VERB" and comp.lemma_.lower() in CONTINUATIVE and kind != "cease":
            # "vowed to keep attacking ships", "pledged to continue supplying arms": the act continued
            nxt = next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if nxt is None:
                break
            ctx.consumed.add(comp.i)
            comp = nxt
        if comp is not None:
            if not keep_comp:
                ctx.consumed.add(comp.i)
            if _verb_like(comp):
                hit = self.lex.match_verb(comp)
                sub_frame = self.frames.frame_of.get(comp.lemma_.lower())
                if hit is not None:
                    comp_code = hit[0].code
                    comp_used = hit[1]
                elif sub_frame is not None:
                    comp_code = sub_frame[1]
                comp_recipients = self._recipient_entities(ctx, comp, comp_used)
                if comp.dep_ in ("ccomp", "advcl") and kind in ("request", "demand"):
                    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:  # "demanded that Russia release": the one asked
                        comp_recipients = self._entities(ctx, subj) + comp_recipients
            else:
                # "ordered the expulsion of the French ambassador", "ordered a pause in aid"; "agreed to the
                # release of 50 hostages": a verb-named noun is matched as its verb
                hit = self.lex.match_noun(comp) or self._construed_noun(ctx, comp) or \
                    self._nominal_as_verb(comp, need_agent=False)
                if hit is not None:
                    comp_code = hit[0].code
                    comp_used = hit[1]
                comp_recipients = self._phrase_entities(ctx, comp, preps=RECIPIENT_PREPS + AGENT_PREPS)
                if hit is not None and hit[0].source == "extractor.py":
                    # "a pause in all US military aid to Ukraine": the target hangs on the cut object
                    comp_recipients += self._prep_objects(ctx, [u for u in hit[1] if u.pos_ == "NOUN"],
                                                          RECIPIENT_PREPS)
            for u in comp_used:
                ctx.consumed.add(u.i)
        if kind == "deny":
            if comp is None:
                return None
            code = base
        elif kind == "order" and comp is not None and comp.pos_ == "NOUN" and \
                comp.lemma_.lower() in DISSOLUTION_NOUNS and self._court(ctx, v):
            # "a court ordered the closure of the newspaper" (a noun the lexicon reads as its verb):
            # the ruling itself dissolves or shuts it, a ban (COERCE 1722), as below
            cand = self._build_verb(ctx, v, "1722", None, [])
            cand.recipients = self._phrase_entities(ctx, comp, preps=("of",))
            return cand
        elif kind == "order" and comp is not None and self._court(ctx, v):
            # "A Kenyan court ordered the government to halt ...", "the ICJ ordered Israel to": a
            # court's order to others is a demand (gold convention), not an act of its own forces
            code = self.frames.compose("demand", comp_code) or "100"
            if comp.lemma_.lower() in ("arrest", "detention") and any(t.lower_ == "absentia" for t in v.subtree):
                # "a Moscow court ordered the arrest in absentia of the ICC prosecutor": a warrant for
                # someone out of reach, THREATEN arrest (PLOVER 3.11.2), against the one to be arrested
                cand = self._build_verb(ctx, v, "130", None, [])
                cand.recipients = [e for x in comp.subtree if x.dep_ == "pobj" and x.head.lower_ == "of"
                                   for e in self._entities(ctx, x)]
                return cand
            cand = self._build_verb(ctx, v, code, None, [])
            obj = next((c for c in v.children if c.dep_ in ("dobj", "dative")), None)
            cand.recipients = self._entities(ctx, obj) if obj is not None else list(comp_recipients)
            return cand
        elif comp is None and kind == "order" and self._court(ctx, v) and \
                (obj := next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)) is not None:
            # "the Supreme Court ... ordered his release": a court's order is a demand on the state
            if obj.lemma_.lower() in DISSOLUTION_NOUNS:
                # "ordered the liquidation of Memorial": the ruling itself dissolves the group, a
                # ban (COERCE 1722, PLOVER 3.15 restrict), not a demand that others act
                cand = self._build_verb(ctx, v, "1722", None, [])
                cand.recipients = self._phrase_entities(ctx, obj, preps=("of",))
                return cand
            cand = self._build_verb(ctx, v, "100", None, [])
            own = self._noun_agents(ctx, obj, self._noun_type(obj)) or self._phrase_entities(ctx, obj, preps=("of",))
            cand.recipients = [r for r in own if r.code not in {a.code for a in cand.actors}]
            return cand
        elif comp is None and kind == "order":
            if any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children) and \
                    (expelled := self._foreign_ordered_out(ctx, v)):
                cand = self._build_verb(ctx, v, "166", None, [])  # "responded by ordering out six diplomats"
                cand.recipients = expelled
                return cand
            return self._deployment_order(ctx, v)
        elif comp is None and kind == "cease":
            obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
            lemma = obj.lemma_.lower() if obj is not None else ""
            if lemma in self.frames.money_flows:
                code = "1621"   # "halted disbursements": stopping economic assistance
            elif lemma in self.frames.flows:
                code = "160"    # "halted gas supplies to Poland": reducing relations
            else:
                hit = self.lex.match_verb(v)
                if hit is None:
                    return None
                return self._build_verb(ctx, v, hit[0].code, hit[0], hit[1])
        elif comp is None:
            # a frame verb without a complement: only what the lexicon says of it
            hit = self.lex.match_verb(v)
            if v.lemma_.lower() in ("call", "phone", "ring") and (hit is None or hit[0].size == 1):
                obj = next((c for c in v.children if c.dep_ == "dobj"), None)
                callee = self._entities(ctx, obj) if obj is not None else []
                if callee and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in v.children):
                    # "Trump called his Chinese counterpart on Friday": a phone call (CAMEO 041)
                    cand = self._build_verb(ctx, v, "041", None, [obj])
                    cand.recipients = callee
                    cand.reciprocal = True
                    return cand
            if hit is None:
                return None
            if any(c.dep_ == "ccomp" for c in v.children) and hit[0].size == 1:
                return None  # "warned that ...", "told reporters that ...": reported speech
            for u in hit[1]:
                ctx.consumed.add(u.i)
            return self._build_verb(ctx, v, hit[0].code, hit[0], hit[1])
        elif kind == "order" and comp.lemma_.lower() in LEAVE_VERBS and (expelled := self._foreign_ordered_out(ctx, v)):
            # "Niger's junta ordered French troops to leave the country": an expulsion (CAMEO 166),
            # not an announced withdrawal, when those ordered out are another state's
            cand = self._build_verb(ctx, v, "166", None, [])
            cand.recipients = expelled
            return cand
        elif kind == "reject" and comp.lemma_.lower() in self.frames.no_comment and \
                not any(c.dep_ in ("dobj", "dative") for c in comp.children):
            code = "011"
        elif kind == "agree" and self._pledge_not_to_attack(comp, comp_code) and not _mutual(comp):
            # "Moscow pledged not to attack the ships": a promise to de-escalate is a concession
            # (PLOVER 3.4, CAMEO 0356), not a negated threat
            return self._build_verb(ctx, v, "0356", None, [])
        elif kind == "agree" and any(c.dep_ == "neg" for c in comp.children) and (
                comp.lemma_.lower() in HOSTILE_VERBS or (comp_code or "")[:2] in HOSTILE_ROOTS):
            # "pledged not to threaten or use force against each other": a mutual promise of peaceful
            # settlement (037, AGREE), neither a threat nor a negated event
            code = "037"
        elif kind == "agree" and v.lemma_.lower() in ("agree", "consent") and (
                (comp_code == "071" and comp.lemma_.lower() in DEBT_RELIEF_VERBS) or comp_code == "075"):
            # "The Paris Club agreed to write off 80 percent of Iraq's debt": PLOVER 3.6.2 codes
            # agreed debt forgiveness as AID itself, not as a pledge; "Spain agreed to take him in as
            # a refugee" is asylum given, as the gold sets code offers of asylum (docs/lexicon.md)
            code = comp_code
        elif kind == "agree" and comp_code is None and comp.lemma_.lower() in HOSTILE_VERBS:
            code = "130"  # "vowed to retaliate", "promised to crush": a threat (PLOVER 3.11)
        elif kind == "cease" and comp_code is None and comp.pos_ in ("VERB", "AUX"):
            # "stopped drinking water", "stopped eating": stopping an act that is no event is not a
            # de-escalation (087 is for stopped attacks, shelling, operations)
            return None
        else:
            code = self.frames.compose(kind, comp_code) or base
        if code is None:
            return None
        own_used = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"]
        cand = self._build_verb(ctx, v, code, None, own_used)
        own = [e for e in cand.recipients if e.code]
        if kind == "order":
            cand.recipients = list(comp_recipients)
        elif not own or kind in ("agree", "reject", "threaten"):
            cand.recipients = own + [e for e in comp_recipients if e.code not in {r.code for r in own}]
        if comp is not None and comp.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in comp.children):
            # "urged Israel not to invade Rafah" is still an appeal (to refrain): only what is agreed or
            # threatened not to happen is no event
            cand.negated = kind not in ("reject", "request", "demand") and code != "037"
        return cand

    def _complement(self, v: Token, kind: str) -> Token | None:
        for c in v.children:
            if c.dep_ in ("xcomp",) and _verb_like(c):
                return c
        if kind in ("threaten", "agree", "reject"):
            for c in v.children:
                # "threatened on Tuesday to arrest Khan": the small model may hang the to-infinitive
                # as an adverbial clause after a date phrase
                if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > v.i and \
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    return c
        if kind == "cease":
            for c in v.children:
                if c.dep_ in ("xcomp", "pcomp", "ccomp") and c.pos_ == "VERB":
                    return c
        if kind == "deny":
            for c in v.children:
                if c.dep_ in ("ccomp", "pcomp") and c.pos_ in ("VERB", "AUX"):
                    return c
                if c.dep_ == "dobj" and (c.pos_ == "VERB" or c.lemma_.lower() in self.frames.deny_objects):
                    return c
            return None
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "to") and kind in ("request", "demand", "agree", "reject") \
                    and not _dates_only(c):  # "called a general strike for Monday": a date, not what is asked
                for p in c.children:
                    if p.dep_ in ("pobj", "pcomp"):
                        if kind == "agree" and p.pos_ not in ("VERB", "AUX") and self.lex.match_noun(p) is None \
                                and self._nominal_as_verb(p, need_agent=False) is None:
                            continue  # "offered his condolences to Morocco's King": the receiver
                        return p
        if kind in ("request", "demand"):
            for c in v.children:
                # "called for the United States to stop deportations": the small model makes "for" the
                # subordinator of a clause whose subject is the one asked
                if c.dep_ == "advcl" and c.pos_ == "VERB" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children) \
                        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                    return c
        if kind in ("request", "demand") and v.lemma_.lower() not in self.frames.speech:  # not "told X that"
            for c in v.children:
                # "insisted that Japan stop", "demanded that Russia release the crew": the demanded act
                if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and (
                        c.tag_ == "VB" or any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)) and \
                        not any(g.dep_ == "aux" and g.lower_ in ("will", "would", "had", "has", "have", "was")
                                for g in c.children):
                    return c
        if kind in ("reject", "agree", "request", "demand", "order", "cease") and v.lemma_.lower() != "call":
            for c in v.children:
                if c.dep_ == "dobj" and c.pos_ == "NOUN" and (self.lex.match_noun(c) is not None or (
                        kind == "order" and c.lemma_.lower() in CONSTRUED_NOUNS) or
                        self._nominal_as_verb(c, need_agent=False) is not None):
                    return c  # "ordered the expulsion of the ambassador" (_construed_noun), "halted the delivery of weapons"
        # "called on Israel to stop": xcomp attached under the prepositional object
        for c in v.children:
            if (c.dep_ == "prep" and c.lower_ in ("on", "upon")) or (c.dep_ == "dobj" and kind != "request"):
                for g in c.subtree:
                    if g.dep_ == "xcomp" and g.pos_ == "VERB":
                        return g
        return None
