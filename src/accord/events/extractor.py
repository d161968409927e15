"""Event extraction from a parsed, actor-resolved article.

For each sentence accord finds who did what to whom from spaCy's dependency parse:

* **triggers**: verbs matched against the lexicon (with particles, prepositions and
  objects: "crack down on", "hold talks", "release prisoners"), event nouns
  ("meeting", "air strike", "sanctions"), frame verbs combined with their
  complement ("urged Y to stop", "agreed to meet", "refused to meet",
  "threatened to attack"), emphasis verbs with "the need for" (appeals),
  judgment adjectives ("it is unfortunate that X ...") and accusatory nouns
  inside a named speaker's statement ("the atrocities by the Zionist regime");
* **actor**: subject, passive agent, possessor or "by" phrase of an event noun,
  the subject inherited through conj/xcomp/relcl links, or for a sentence whose
  subject the parser lost, the actor named just before the verb;
* **recipient**: direct object, dative, prepositional objects (with, to, against,
  on, at, toward, into, from), possessors inside a non-actor object ("praised the
  country's stance"), participants of "between X and Y";
* **reciprocal events**: meetings and talks put all participants in the actor list
  (PLOVER manual 2.4.2, 3.2.2); visits keep the visitor as actor, host as recipient;
* **speaker and quote**: the subject of a reporting verb governing the clause, or the
  attribution of a direct quotation;
* **auxiliary modes** (:mod:`accord.events.attributes`) and **contexts**
  (:mod:`accord.events.context`).

One event is kept per distinct (actor codes, event type, recipient codes) in a sentence.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from accord.actors.coref import Scene
from accord.actors.resolver import Mention, Resolution
from accord.events.attributes import attributes
from accord.events.context import ContextCues
from accord.events.frames import Frames
from accord.events.lexicon import PARTICLE_WORDS, QUANTITY_NOUNS, Lexicon, Pattern, _dates_only, match_slots
from accord.events.quotes import QuoteIndex
from accord.ontology import Ontology
from accord.records import Article, Entity, Event, Trigger, make_event_id

RECIPIENT_PREPS = ("with", "to", "against", "on", "at", "toward", "towards", "upon", "into", "from", "onto")
AGENT_PREPS = ("by", "of", "between", "among")
RECIPROCAL_CODES = frozenset({"040", "041", "044", "046"})
NEED_NOUNS = frozenset({"need", "importance", "necessity", "urgency"})
CIRCUMSTANTIAL_PREPS = frozenset({"in", "during", "at", "after", "before", "following", "on", "ahead"})
MEANS_PREPS = frozenset({"with", "through", "via"})
OCCURRENCE_VERBS = frozenset({"use", "employ", "hold", "have", "conduct", "attend", "begin", "start", "launch", "stage", "mount",
                              "carry", "resume", "continue", "complete", "end", "join", "lead", "wage",
                              "intensify", "escalate", "step", "conclude", "host", "open", "kick", "undertake",
                              "announce", "declare", "order", "issue", "deliver", "make", "pay", "complete"})
FIRST_PERSON = frozenset({"i", "we", "us", "our", "me", "my"})
SUBJ_DEPS = frozenset({"nsubj", "csubj"})
PARTICLES = frozenset({"down", "up", "out", "off", "aside", "back", "away", "over", "in", "on"})
CIVILIAN = frozenset({"CVL", "EDU", "LAB", "AGR"})
ARMED = frozenset({"UAF", "REB", "MIL", "PRM", "CRM"})
# event types whose nouns take the one who suffers the act in an "of" phrase (PLOVER 3.13, 3.16:
# the recipient of COERCE and ASSAULT is the target)
PATIENT_OF_TYPES = frozenset({"ASSAULT", "COERCE"})
# words that brand a body terrorist when a speaker says an actor is one (see _branded)
TERROR_WORDS = frozenset({"terrorist", "terror", "terrorism"})
TERROR_BODIES = frozenset({"group", "organisation", "organization", "network", "outfit", "movement", "entity",
                           "cell", "army", "militia", "state"})
# modals that make a reported act an obligation the speaker lays on its doer (see _obliged)
OBLIGATION_MODALS = frozenset({"must", "should"})
# nouns of negotiation that "be in ..." or "in ... with" report as happening (see _names_its_sides)
TALK_NOUNS = frozenset({"talk", "negotiation", "discussion", "consultation", "contact", "dialogue"})
# nouns whose "that" clause names what their owner demands (see _demanded_by_noun)
DEMAND_NOUNS = frozenset({"demand", "insistence", "ultimatum", "call", "request", "order"})
# attack nouns that report an act even under a copula when a "by" phrase names the attacker
# ("attack", "offensive" and "assault" are left out: "the attack by Liverpool was the best in the league")
AGENT_BY_NOUNS = frozenset({"bombardment", "bombing", "shelling", "airstrike", "siege", "blockade", "incursion",
                            "invasion"})
STATE_STRIKE_NOUNS = frozenset({"strike"})
# what a "warning" noun that the small model parses as a verb ("weather warning") is about
WARNING_TOPICS = frozenset({"weather", "storm", "flood", "heat", "heatwave", "snow", "rain", "wind", "gale", "fog",
                            "ice", "frost", "tsunami", "hurricane", "typhoon", "cyclone", "tornado", "avalanche",
                            "wildfire", "fire", "drought", "health", "profit", "earnings", "travel"})
# nouns that cut what their "in/of/to/on" object names ("a pause in military aid", "a freeze on aid")
CUT_NOUNS = frozenset({"pause", "halt", "freeze", "suspension", "cut", "cutoff", "cut-off", "reduction",
                       "withdrawal", "termination", "moratorium"})
# nouns coded by _construed_noun rather than by the lexicon
CONSTRUED_NOUNS = CUT_NOUNS | {"takeover", "expulsion"}
# who is expelled, by CAMEO code, for the noun "expulsion of" (see _expulsion)
EXPELLED = {"166": frozenset({"diplomat", "ambassador", "envoy", "attache", "consul", "commissioner", "chargé",
                              "charge"}),
            "1661": frozenset({"peacekeeper", "peacekeeping"}),
            "1662": frozenset({"inspector", "observer", "monitor", "investigator"}),
            "1663": frozenset({"charity", "agency", "ngo", "aid"})}
MASS_WORDS = frozenset({"thousand", "hundred", "million", "population", "community", "people", "minority"})
# what a court orders of a group when its ruling ends the group ("ordered the liquidation of Memorial")
DISSOLUTION_NOUNS = frozenset({"liquidation", "dissolution", "disbandment", "closure", "shutdown", "banning",
                               "deregistration", "abolition"})
# nouns whose to-infinitive is an act decided on ("the decision to send", "a move to ban")
DECISION_NOUNS = frozenset({"decision", "move", "step", "order", "vote", "ruling"})
# types whose beneficiary may be named with "for" (PLOVER 3.3 SUPPORT, 3.6 AID)
FOR_TYPES = frozenset({"SUPPORT", "AID"})
MONEY_WORDS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "franc", "riyal",
                         "dirham", "lira", "won", "million", "billion", "trillion", "bn", "m", "$", "€", "£"})
# verbs for protesters taking a site (coded PROTEST 144 when civilians do it)
SITE_SEIZING = frozenset({"occupy", "take", "seize", "storm", "overrun", "blockade", "besiege", "barricade",
                          "lay", "encircle",  # "protesters laid siege to parliament"
                          "shut", "close", "block"})  # "striking dock workers shut down ports"
# weapons that can be the subject of a verb of impact, and the CAMEO code of such an attack
WEAPON_NOUNS = {**{w: "195" for w in ("warplane", "jet", "aircraft", "plane", "drone", "missile", "bomber",
                                      "helicopter", "airstrike", "bomb")},
                **{w: "194" for w in ("artillery", "shell", "tank", "mortar", "rocket", "howitzer")},
                **{w: "190" for w in ("warship", "gunboat", "troop", "force", "soldier")}}
SUFFER_VERBS = frozenset({"die", "kill", "injure", "wound", "perish", "suffer", "lose", "be", "flee", "survive",
                          "escape", "hurt", "disappear", "vanish", "remain", "become"})
# words naming protesters: only their violence is a violent protest (145); settlers or a mob
# attacking villagers is an assault
PROTESTER_WORDS = ("protest", "demonstrat", "rioter", "crowd", "student", "marcher", "activist", "supporter",
                   "worker", "striker", "youth", "fan")
# words that only sports copy uses: a protest with civilian actors among them is a player's or a club's
# ("penalty", "league", "defender", "stoppage" are left out: the death penalty, the Awami League,
# rights defenders and work stoppages are protest words too)
SPORT_WORDS = frozenset({"referee", "umpire", "equaliser", "equalizer", "fixture", "innings", "wicket",
                         "touchdown", "quarterback", "goalkeeper", "midfielder", "halftime", "scoreline",
                         "offside", "kickoff"})
# words naming people who protest (not rioters or fans): force used on them implies their protest
REPRESSED_PROTESTERS = ("protest", "demonstrat", "marcher", "crowd")
# subjects that name a crowd of followers rather than the leader the "of" phrase names
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "protester", "demonstrator", "rioter", "mob",
                            "crowd", "partisan"})
WILLING_ADJ = frozenset({"ready", "willing", "prepared", "open", "eager", "keen"})
# verbs with no event code of their own that, after "ready/willing to", offer cooperation
HELPING_VERBS = frozenset({"work", "help", "engage", "contribute", "assist", "facilitate"})
OFFER_NOUNS = frozenset({"offer", "proposal", "promise", "pledge"})
MEDIATING_VERBS = frozenset({"mediate", "broker"})
# verbs of meeting whose "for" phrase is the talks held ("convened in Baghdad for talks")
GATHERING_VERBS = frozenset({"convene", "gather", "assemble", "huddle", "sit"})
# verbs of coming out or together whose purpose infinitive is a protest that takes place
RALLYING_VERBS = frozenset({"gather", "assemble", "congregate", "converge", "flock", "pour", "stream", "throng",
                            "mass", "crowd", "turn", "come", "take", "defy", "brave", "descend", "return",
                            "march", "walk", "rally", "join", "unite", "travel", "head", "spill", "flood"})
RECEIVING_VERBS = frozenset({"receive", "welcome", "greet", "host"})
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peacekeeper", "stabilisation", "stabilization"})
# prepositions that date an act by another, past event ("after their summit", "following talks")
PAST_PREPS = frozenset({"after", "following", "since", "during"})
DOUBT_VERBS = frozenset({"doubt", "wonder", "question"})
# complements of a vow that hold out rather than cooperate ("vowing to stay until their rivals gave in")
PERSIST_VERBS = frozenset({"stay", "remain", "persist", "hold", "stand", "press", "soldier"})
# verbs addressing someone, who then took part in the meeting or call they happen in
ADDRESSING_VERBS = frozenset({"tell", "assure", "urge", "ask", "invite", "warn", "inform", "brief", "thank",
                              "congratulate", "press", "promise", "reassure", "remind"})
# types whose passive "between X and Y" names the parties doing it together
JOINT_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE"})
# roots of complements that, negated after a promise, make it a promise of restraint
HOSTILE_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
# parts of a meeting or visit that stand in its place as a circumstance ("at the end of a visit")
PHASE_NOUNS = frozenset({"end", "start", "beginning", "close", "conclusion", "day", "eve", "course", "middle"})
HOSTILE_VERBS = frozenset({"retaliate", "avenge", "crush", "destroy", "punish", "annihilate", "wipe", "hit",
                           "strike", "respond", "fight", "attack", "eliminate", "obliterate"})
BACKING_VERBS = frozenset({"back", "support", "sponsor", "fund", "finance", "arm"})
# nouns whose "in ... of" phrase is an act of the clause's subject ("resumed enrichment in defiance
# of the deal"), unlike the manner phrase "in protest"
DEFIANCE_NOUNS = frozenset({"defiance", "violation", "breach", "contravention"})
NON_ACTOR_HEADS = frozenset({"stock", "share", "market", "index", "currency", "rupee", "dollar", "yen", "euro",
                             "pound", "lira", "rouble", "ruble", "yuan", "peso", "price", "bond", "yield",
                             "economy", "inflation", "growth", "runner", "batsman", "bowler", "player", "team",
                             "side", "squad", "striker", "club", "champion", "athlete", "swimmer", "cyclist",
                             "film", "sequel", "album", "novel", "exports", "output", "oil", "gas", "crude",
                             "bourse", "exchange", "benchmark", "sales", "earnings", "profit"})
FIGURATIVE = frozenset({"verbal", "rhetorical", "legal", "charm", "media", "diplomatic", "political",
                        "personal", "public", "judicial", "courtroom", "propaganda", "war-of-words"})
FORCEFUL_ADVERBS = frozenset({"decisively", "forcefully", "firmly", "harshly", "strongly", "swiftly", "militarily",
                              "resolutely", "severely", "robustly", "mercilessly", "immediately"})
# harm a speaker announces for someone ("must be punished", "will be crushed"): a threat
MENACE_VERBS = frozenset({"punish", "crush", "destroy", "eliminate", "annihilate", "obliterate", "avenge",
                          "target", "hunt", "strike", "hit", "smash"})
# what makes a warning a threat (see _threat_clause)
THREAT_CONTENT = frozenset({"consequence", "retaliation", "retaliate", "respond", "response", "punish", "crush",
                            "destroy", "eliminate", "annihilate", "obliterate", "pay", "price", "force", "military",
                            "nuclear", "measure", "countermeasure", "fury", "strike", "attack", "sanction", "tariff",
                            "arrest", "prosecute", "round", "bullet", "ammunition", "bluff", "target", "revenge",
                            "regret", "act", "action", "hesitate", "means", "mean", "weapon"})  # "use all means"
# words that make "all options are on the table" a threat of force
FORCE_WORDS = frozenset({"military", "force", "strike", "attack", "war", "nuclear", "invasion", "troop",
                         "missile", "retaliation", "action"})
# what one is blamed for: harmful acts (by lexicon type) and nouns of harm
HARM_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
HARM_NOUNS = frozenset({"death", "killing", "attack", "bombing", "poisoning", "explosion", "blast", "massacre",
                        "murder", "crash", "violence", "crisis", "destruction", "disappearance", "shooting",
                        "assassination", "atrocity", "crime", "abuse", "failure", "consequence", "escalation"})
# verbs of saying who is responsible ("was responsible", "bore responsibility", "was the suspect")
RESPONSIBILITY_VERBS = frozenset({"be", "bear"})
# reporting verbs that accuse ("..., rights groups charged"; "the ministry alleged that ...")
ACCUSING_SPEECH = frozenset({"charge", "allege"})
# what an accusation is about, by the words of the reported clause (CAMEO 1121-1125)
ACCUSATION_CODES = (
    ("1124", frozenset({"genocide", "cleansing", "atrocity", "massacre", "war"})),
    ("1122", frozenset({"torture", "abuse", "kill", "shoot", "killing", "execute", "rape", "disappear", "detain",
                        "persecute", "persecution", "repression"})),
    ("1125", frozenset({"spy", "espionage", "treason"})),
    ("1121", frozenset({"corruption", "fraud", "bribe", "bribery", "embezzle", "launder", "rig", "steal"})),
    ("1123", frozenset({"attack", "shell", "strike", "invade", "bomb", "aggression", "violate"})),
)
VOTE_WORDS = frozenset({"election", "vote", "poll", "ballot", "referendum", "result"})
# words that say a warrant accuses its target of something
CRIME_WORDS = frozenset({"alleged", "crime", "charge", "genocide", "deportation", "murder", "corruption", "fraud",
                         "terrorism", "killing", "torture", "war", "humanity", "abuse", "embezzlement", "treason",
                         "espionage", "incitement"})
# verbs of formal legal accusation, done only by prosecutors and courts
LEGAL_CHARGE_VERBS = frozenset({"charge", "indict", "prosecute", "arraign"})
CHARGE_NOUNS = frozenset({"charge", "suspicion", "accusation", "allegation", "count"})
TRANSFER_VERBS = frozenset({"extradite", "send", "fly", "hand", "deport", "transfer", "surrender", "return"})
TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "deadline", "ultimatum"})
# verbs that turn a plan into a decision ("the cabinet approved a plan to take control of Gaza City")
ADOPTING_VERBS = frozenset({"approve", "adopt", "endorse", "pass", "sign", "unveil", "greenlight", "authorise",
                            "authorize", "rubber-stamp"})
# what others ask or order that an actor can be said to defy (a refusal of it, CAMEO 128)
DEFIED_ASKS = frozenset({"warning", "call", "appeal", "demand", "pressure", "ultimatum", "threat", "plea",
                         "request", "order", "ruling"})
# decisions whose to-infinitive the small model may parse as a purpose clause ("parliament voted on
# Sunday to urge the government to expel US troops"): a frame verb there is what was decided
VOTING_VERBS = frozenset({"vote", "decide", "resolve", "agree", "move"})
# what a bare "pull out of" / "withdraw from" leaves (see EventExtractor._left_what)
CONTEST_NOUNS = frozenset({"race", "election", "contest", "tournament", "championship", "competition", "game",
                           "match", "primary", "bid", "candidacy", "nomination", "run", "olympics", "cup", "final"})
TALK_NOUNS = frozenset({"talk", "negotiation", "dialogue", "process", "mediation"})
MEETING_NOUNS = frozenset({"summit", "meeting", "conference", "forum", "visit", "trip", "ceremony", "session"})
PACT_NOUNS = frozenset({"deal", "agreement", "accord", "treaty", "pact", "convention", "initiative", "alliance",
                        "coalition", "organisation", "organization", "bloc", "union", "protocol", "framework",
                        "arrangement", "partnership", "court", "council", "body", "scheme"})
# nouns of asking whose "of" phrase names who asks ("at the request of", "at the behest of")
ASKING_NOUNS = frozenset({"request", "behest", "urging", "insistence"})
# who is let in, and the access that letting them in grants (PLOVER 3.7 RETREAT access; CAMEO 086x)
ACCESS_NOUNS = {"inspector": "0862", "observer": "0862", "monitor": "0862", "investigator": "0862",
                "peacekeeper": "0861", "truck": "0863", "lorry": "0863", "convoy": "0863", "aid": "0863",
                "supply": "0863", "shipment": "0863", "delivery": "0863", "food": "0863", "fuel": "0863",
                "medicine": "0863"}
ENTRY_WORDS = frozenset({"enter", "return", "back", "come", "cross", "reach", "visit", "resume", "access"})
# sectors of people who hold an office they can resign from
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP"})
# what traders and investors ask for or shrug off in market reports (not political demands)
MARKET_WORDS = frozenset({"yield", "rate", "premium", "return", "dividend", "valuation", "bet", "expectation",
                          "cut", "hike", "payout", "margin"})
# places a state holds prisoners in
PRISON_WORDS = frozenset({"prison", "jail", "gaol", "custody", "detention", "arrest", "penitentiary"})  # not "captivity": hostage-takers
# verbs that describe captives by their captivity ("held by Hamas", "seized by gunmen")
CAPTIVITY_VERBS = frozenset({"hold", "capture", "kidnap", "abduct", "seize", "detain", "take", "jail", "imprison",
                             "snatch"})
LEAVE_VERBS = frozenset({"leave", "quit", "depart", "withdraw", "exit", "go", "vacate"})
# verbs that say where an attack noun landed ("strikes hit southern Lebanon")
IMPACT_VERBS = frozenset({"hit", "target", "strike", "pound", "destroy", "damage", "level", "flatten", "rock",
                          "devastate", "wreck", "struck", "slam", "smash", "bomb", "shell", "rain",
                          "plough", "plow", "tear", "rip", "blast", "pummel", "hammer", "batter"})
# nouns for a volley of weapons ("a barrage of missiles"), and the CAMEO code by weapon
VOLLEY_NOUNS = frozenset({"barrage", "salvo", "volley", "hail", "wave", "swarm", "flurry", "fusillade", "shower"})
VOLLEY_WEAPONS = {**{w: "195" for w in ("missile", "drone", "bomb", "airstrike", "warplane")},
                  **{w: "194" for w in ("rocket", "shell", "mortar", "artillery", "projectile")},
                  **{w: "193" for w in ("bullet", "gunfire")}}  # not "shot": "a barrage of shots on goal"
# nouns for a series of acts, whose owner does each of them ("its campaign of attacks")
SERIES_NOUNS = frozenset({"campaign", "wave", "series", "spate", "string", "spree", "barrage", "round", "volley",
                          "salvo", "flurry"})
# verbs and nouns of two-sided street fighting
CLASH_WORDS = frozenset({"clash", "brawl", "scuffle", "fight", "fighting", "skirmish"})
# subjects that are weather and disasters, not people
NATURAL_FORCES = frozenset({"hurricane", "storm", "typhoon", "cyclone", "tornado", "flood", "flooding", "rain",
                            "wind", "earthquake", "quake", "tsunami", "wildfire", "fire", "blaze", "snow",
                            "landslide", "mudslide", "avalanche", "heatwave", "drought", "monsoon", "river"})
# purposes that make a show of force an attack ("sent jets to bomb")
ATTACK_PURPOSES = frozenset({"bomb", "airstrike", "strike", "attack", "pound", "shell", "hit", "raid", "storm"})
# what armed groups publish their own acts in ("released a video showing the beheading of")
FOOTAGE_NOUNS = frozenset({"video", "footage", "clip", "film", "recording", "image", "photo", "picture"})
# people that can be taken or held hostage (not "the budget", "the economy", "the country")
HOSTAGE_PEOPLE = frozenset({"people", "person", "passenger", "crew", "worker", "tourist", "civilian", "villager",
                            "resident", "student", "official", "officer", "soldier", "journalist", "child", "woman",
                            "man", "member", "staff", "employee", "national", "citizen", "guard", "diplomat",
                            "foreigner", "policeman", "sailor", "seafarer", "schoolgirl", "pupil", "teacher",
                            "worshipper", "missionary", "aid", "contractor", "engineer", "israeli", "american"})
# quantities that stand for a crowd ("tens of thousands protested")
CROWD_QUANTITIES = frozenset({"ten", "hundred", "thousand", "dozen", "score", "million", "crowd"})
# actor codes that name no state (docs/conventions.md): never a victim's country
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "ISM", "MNC"})
# impact verbs that are attacks only when a munition hits something ("a missile ploughed into a
# block"); an aircraft that slams or ploughs into the ground has crashed
TARGET_IMPACT_VERBS = frozenset({"plough", "plow", "tear", "rip", "slam", "smash"})
MUNITIONS = frozenset({"missile", "bomb", "rocket", "shell", "mortar", "drone", "airstrike", "artillery"})
JOINT_WORDS = frozenset({"joint", "together", "jointly", "combined", "bilateral", "trilateral", "multinational"})
NON_DIPLOMATIC = frozenset({"CVL", "REF", "CRM", "UAF", "BUS", "EDU", "MED", "AGR", "LAB", "JRN"})
MODAL_NOUNS = frozenset({"prospect", "threat", "risk", "possibility", "fear", "danger", "spectre", "specter",
                         "likelihood", "chance", "idea", "question", "issue", "scenario", "talk", "rumour",
                         "rumor", "warning", "plan", "hope", "option", "prevention", "deterrence"})
GENERIC_PLACES = frozenset({"INT", "WST", "MOS", "ARB", "EUP", "AFR", "ASA", "MEA", "LAM"})
# verbs of arriving: where aid arrived names its receiver (Extractor._destination)
ARRIVAL_VERBS = frozenset({"arrive", "land", "reach", "touch", "dock", "enter", "cross"})
# conflictual replies whose target may be named only in the clause giving their cause ("after ...")
REACTION_TYPES = frozenset({"ACCUSE", "THREATEN", "REJECT", "PROTEST"})
PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "PROTEST"})
THREAT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})
LIGHT_VERBS = frozenset({"begin", "start", "launch", "carry", "conduct", "stage", "hold", "mount", "make", "take",
                         "have", "give", "resume", "continue", "step", "intensify", "escalate", "wage", "undertake",
                         "commence", "kick", "open", "end", "complete", "finish", "join", "lead", "order"})
ASPECTUAL = frozenset({"begin", "start", "continue", "resume", "keep", "proceed", "go", "try", "attempt", "manage",
                       "stop", "cease", "finish", "seem", "appear", "threaten", "vow", "fail", "refuse", "help",
                       "decide", "move", "rush", "hasten", "dare", "get", "come", "use", "need", "have", "want",
                       "intend", "plan", "hope", "seek", "prepare", "spend"})
# motion verbs whose purpose infinitive is a meeting that takes place ("flew to Beijing to meet Xi",
# "walked across the line to meet Moon"): wire copy reports such trips when they happen
PEACEKEEPER_NOUNS = frozenset({"peacekeeper", "peacekeeping"})
DEPLOYED_NOUNS = frozenset({"troop", "force", "contingent", "soldier", "unit", "battalion", "first", "detachment"})
JUDICIAL_WORDS = frozenset({"charge", "case", "lawsuit", "suit", "prosecution", "conviction", "sentence", "verdict",
                            "acquit", "exonerate", "bail", "parole"})
HALT_NOUNS = frozenset({"pause", "halt", "suspension", "freeze", "cutoff", "cut-off", "moratorium", "stop"})
DEBT_RELIEF_VERBS = frozenset({"forgive", "write", "cancel", "waive", "restructure", "reschedule"})
ENTRY_VERBS = frozenset({"roll", "enter", "cross", "drive", "move", "pour", "push", "head", "go", "reach"})
MOTION_VERBS = frozenset({"travel", "fly", "walk", "arrive", "go", "come", "head", "step", "cross", "visit",
                          "drive", "sail", "return", "jet", "land",
                          # coming together for talks: "sat down in Caracas to restart peace talks",
                          # "gathered in Riyadh to discuss" (only a consultation purpose is coded)
                          "sit", "gather", "convene", "assemble"})
CAUSATIVE = frozenset({"prompt", "force", "cause", "lead", "push", "allow", "enable", "compel", "persuade",
                       "convince", "help", "let", "get", "drive", "provoke", "spur", "encourage", "permit"})
TOPIC_PREPS = frozenset({"of", "for", "about", "over", "against"})
MILITARY_NOUNS = frozenset({"troop", "force", "warship", "carrier", "destroyer", "submarine", "battalion",
                            "brigade", "division", "jet", "bomber", "fleet", "group", "soldier", "unit",
                            "frigate", "vessel", "aircraft", "squadron", "marine", "paratrooper"})
SKIP_LEMMAS = frozenset({"be", "have", "do", "get", "become", "seem", "appear"})
STATIVE = frozenset({"be", "remain", "fall", "seem", "become", "stay", "appear", "look", "lack", "need",
                     "require", "depend", "mean", "involve", "include", "face"})


@dataclass(slots=True)
class Candidate:
    """An event before it becomes a record."""

    trigger: Token
    trigger_end: int
    code: str
    actors: list[Entity]
    recipients: list[Entity]
    pattern: Pattern | None = None
    negated: bool = False
    future: bool = False
    fallback_actor: bool = False
    hypothetical: bool = False
    reciprocal: bool = False
    affirmed: bool = False  # a double negation that asserts the act ("did not rule out force")


class EventExtractor:
    """Turn a Doc with resolved actors into :class:`~accord.records.Event` records.

    Args:
        lexicon, frames, ontology, cues: the loaded data (see their modules).
        version: the ``coder_version`` string written into every record.
    """

    def __init__(self, lexicon: Lexicon, frames: Frames, ontology: Ontology, cues: ContextCues, version: str):
        self.lex = lexicon
        self.frames = frames
        self.ont = ontology
        self.cues = cues
        self.version = version

    # ------------------------------------------------------------------ public
    def extract(self, doc: Doc, article: Article, res: Resolution) -> list[Event]:
        """Events of one article (``doc`` is ``nlp(article.text)``), in text order."""
        mention_at: list[Mention | None] = [None] * len(doc)
        for m in res.mentions:
            for k in range(m.start, m.end):
                mention_at[k] = m
        quotes = QuoteIndex(article.text)  # the Doc's text, without rebuilding it from tokens
        year = int(article.date[:4]) if article.date else None
        events: list[Event] = []
        sents = list(doc.sents)
        scene = Scene(doc, res.mentions, res.sent_of)  # sentence indexes computed once, by coreference
        places = {(m.entity.start, m.entity.end) for m in res.mentions if m.location}
        for s_idx, sent in enumerate(sents):
            ctx = _Ctx(doc, sent, mention_at, quotes, scene=scene, sent_index=s_idx, places=places)
            recorded = [self._record(cand, ctx, s_idx, article, year) for cand in self._sentence(ctx)]
            events.extend(_one_per_dyad([ev for ev in recorded if ev is not None]))
        return events

    # ------------------------------------------------------------------ sentence
    def _sentence(self, ctx: "_Ctx") -> list[Candidate]:
        sent = ctx.sent
        self._speakers(ctx)
        cands: list[Candidate] = []
        for t in sent:
            if t.i in ctx.consumed:
                continue
            pos = t.pos_
            if t.lemma_.lower() == "be" and t.i in ctx.speaker and (c := self._on_the_table(ctx, t)) is not None:
                cands.append(c)
                continue
            if t.lemma_.lower() == "be" and t.i in ctx.speaker and (c := self._branded(ctx, t)) is not None:
                cands.append(c)
                continue
            if t.lemma_.lower() in RESPONSIBILITY_VERBS and t.i in ctx.speaker and \
                    (c := self._responsibility(ctx, t)) is not None:
                told = {(a.code, r.country) for k in cands if self._type(k.code) == "ACCUSE"
                        for a in k.actors for r in k.recipients}
                if not all((a.code, r.country) in told for a in c.actors for r in c.recipients):
                    cands.append(c)  # not when the speaker's blame of that state is already coded
                continue
            if pos == "VERB" or (pos == "AUX" and t.lemma_ not in SKIP_LEMMAS and t.dep_ == "ROOT"):
                c = self._verb(ctx, t)
            elif pos in ("NOUN", "PROPN"):
                c = self._noun(ctx, t)
            elif pos == "ADJ" and t.lemma_.lower() in self.frames.judgment:
                c = self._judgment(ctx, t)
            else:
                c = None
            if c is None:
                continue
            for one in (c if isinstance(c, list) else [c]):
                if not one.actors and one.code[:2] == "14" and not self._natural_force(one.trigger):
                    one.actors = self._scene_civilians(ctx)  # "demonstrations spread to 30 towns"
                    one.fallback_actor = True
                if one.code[:2] == "14" and not one.recipients and one.actors and \
                        all(a.sector in CIVILIAN or a.sector in ("OPP", "REL") for a in one.actors):
                    # a protest against a policy is a protest against the government (gold convention)
                    one.recipients = self._scene_government(ctx, one.actors[0].country)
                if one.code == "171" and one.trigger.lemma_.lower() == "raid" and one.actors and \
                        all(a.sector in ("MIL", "REB", "UAF", "PRM", "CRM") for a in one.actors):
                    one.code = "190"  # troops, militants or bandits raiding a camp: an assault, not a police search
                if one.actors:
                    cands.append(one)
        cands = [self._demanded_by_noun(ctx, self._obliged(ctx, c)) for c in cands]
        protests = [c for c in cands if self._type(c.code) == "PROTEST"]
        if protests:
            # "protesters ... demanding the resignation", "workers pressed the government for a higher
            # wage" during a strike: the demand is the protest's topic, not another event (gold convention)
            protesters = {a.code for c in protests for a in c.actors}
            for c in cands:
                if self._type(c.code) == "CONCEDE" and not c.recipients and c.code != "0831" and \
                        not {a.code for a in c.actors} & protesters:  # (an announced resignation has none)
                    # "scrapped the fuel tax, bowing to weeks of protests": a concession to the protesters
                    c.recipients = _unique([a for p in protests for a in p.actors])
            cands = [c for c in cands if not (self._type(c.code) == "REQUEST" and c.actors and (
                all(a.sector in CIVILIAN for a in c.actors) or {a.code for a in c.actors} <= protesters))]
        cands = self._one_protest_per_protesters(self._protesters_burning(cands))
        if not protests:
            cands.extend(self._repressed_protest(ctx, cands))
        for c in cands:
            if not c.recipients and self._type(c.code) in REACTION_TYPES:
                c.recipients = self._provoker(ctx, c)
            elif not c.recipients and self._type(c.code) == "AID" and c.code[:3] != "074":  # goods, not troops
                c.recipients = self._destination(ctx, c)
        for c in list(cands):
            extra = self._charges(ctx, c)
            if extra is not None:
                cands.append(extra)
            extra = self._warrant(ctx, c)
            if extra is not None:
                cands.append(extra)
        for c in list(cands):
            if c.code[:3] == "173" and c.trigger.pos_ == "VERB" and _prison_term(c.trigger):
                # "jailed Kara-Murza for 25 years": a conviction as well as a detention (as "sentence")
                cands.append(Candidate(c.trigger, c.trigger_end, "116", list(c.actors), list(c.recipients), None,
                                       fallback_actor=c.fallback_actor))
        for c in list(cands):
            if c.trigger.lemma_.lower() == "sentence" and self._type(c.code) == "COERCE":
                # a prison sentence is a conviction and a detention (gold convention; PLOVER 3.13.3)
                cands.append(Candidate(c.trigger, c.trigger_end, "116", list(c.actors), list(c.recipients), None,
                                       fallback_actor=c.fallback_actor))
        threats = [c for c in cands if self._type(c.code) == "THREATEN"]
        # "gave the junta a week ..., saying it would not rule out the use of force": a threat with no
        # target named beside one by the same actor with a target is that same threat
        cands = [c for c in cands if not (c in threats and not c.recipients and any(
            o is not c and o.recipients and {a.code for a in o.actors} == {a.code for a in c.actors}
            for o in threats))]
        return self._dedupe(self._merge_participles(cands))

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

    def _type(self, code: str) -> str | None:
        info = self.ont.codes.get(code)
        return info.event_type if info else None

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

    # ------------------------------------------------------------------ speakers
    def _speakers(self, ctx: "_Ctx") -> None:
        """Mark reported-speech complements with their speaker (subject of the reporting verb)."""
        fr = self.frames
        for t in ctx.sent:
            if t.pos_ not in ("VERB", "AUX"):
                continue
            lemma = t.lemma_.lower()
            if lemma not in fr.speech and lemma not in fr.emphasis:
                continue
            comps = [c for c in t.children if c.dep_ in ("ccomp", "parataxis")]
            subj = self._subject_entities(ctx, t)
            if not subj:
                continue
            if comps:
                ctx.speech_verbs.add(t.i)
                for c in comps:
                    for x in c.subtree:
                        ctx.speaker.setdefault(x.i, subj)
            elif t.dep_ == "parataxis" and t.head.i < t.i:
                # "Y attacked Z, officials said": the reporting verb hangs off the event verb
                ctx.speech_verbs.add(t.i)
                for x in t.head.subtree:
                    if x.i not in {y.i for y in t.subtree}:
                        ctx.speaker.setdefault(x.i, subj)
            # direct quotation attributed by this verb
            q = ctx.quotes.at(t.idx)
            if q is None:
                for quote in ctx.quotes.quotes:
                    if quote.start >= ctx.sent.start_char - 1 and quote.end <= ctx.sent.end_char + 1 and \
                            not (quote.start <= t.idx < quote.end):
                        ctx.quote_speaker[quote.start] = subj
                        ctx.speech_verbs.add(t.i)

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
        if n.dep_ == "pobj" and n.head.lower_ in ("in", "of", "to", "on") and \
                n.head.head.lemma_.lower() in HALT_NOUNS and n.head.head.pos_ == "NOUN":
            # "ordered a pause in all US military aid to Ukraine": the halted act is not an event,
            # its halting is (as the "cease" frame codes "halted aid": 162x; "a pause in the fighting" 087)
            code = self.frames.compose("cease", code) or code
        if code[:2] == "07" and n.dep_ == "pobj" and n.head.lower_ in ("in", "of", "to", "on") and \
                n.head.head.lemma_.lower() in CUT_NOUNS:
            # "a freeze on aid", "a cut in aid": the aid is cut (CAMEO 162x, PLOVER SANCTION), as the
            # verbs "paused/froze aid" are
            code = self.frames.compose("cease", code) or "162"
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
            {t.lemma_.lower() for t in _titles_of(obj)}
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

    # ------------------------------------------------------------------ records
    def _record(self, c: Candidate, ctx: "_Ctx", s_idx: int, article: Article, year: int | None) -> Event | None:
        attrs = attributes(c.trigger, self.frames.plan, year)
        if attrs.future and _voted_act(c.trigger) and c.code[:2] == "05":
            # "parliament voted to ratify/approve/recognise": the vote is the ratification, not an
            # intent (AGREE); other acts keep the plan reading ("workers voted to strike next week")
            attrs.future = False
        negated = (attrs.negated or c.negated) and not c.affirmed
        code = c.code
        if attrs.future and not negated:
            code = self.frames.compose("future", code) if self.frames.table.get("future", {}).get(code[:2]) or \
                self.frames.table.get("future", {}).get(code[:3]) or self.frames.table.get("future", {}).get(code) \
                else code
        info = self.ont.codes.get(code)
        if info is None:
            return None
        hypothetical_flag = attrs.hypothetical
        future_flag = attrs.future
        if info.event_type in THREAT_TYPES and not negated and _threat_form(c.trigger) and \
                (attrs.hypothetical or (attrs.future and _on_condition(c.trigger))):
            # ("Iran will close the Strait of Hormuz if it is prevented from using it": an act announced
            # on a condition is a threat too)
            # "would impose tariffs unless ...", "could launch strikes": a threat (PLOVER 2.3: the single
            # category, not the act plus an auxiliary mode)
            new_code = self.frames.compose("threaten", code)
            if new_code and new_code in self.ont.codes:
                code, info, hypothetical_flag, future_flag = new_code, self.ont.codes[new_code], False, False
        elif negated and attrs.future and info.event_type not in ("REJECT", None):
            # "Serbia will not impose sanctions": a refusal (gold convention, PLOVER 3.10)
            new_code = self.frames.compose("reject", code)
            if new_code and new_code in self.ont.codes:
                code, info, negated = new_code, self.ont.codes[new_code], False
        actors = _unique(c.actors)
        if info.event_type == "ASSAULT" and actors and all(a.sector in CIVILIAN for a in actors) and \
                (code[:2] in ("18", "19") or code == "1712") and \
                any(w in " ".join(a.text.lower() for a in actors) for w in PROTESTER_WORDS):
            info = self.ont.codes["145"]  # protesters storming, attacking or torching: a violent protest (PLOVER 3.12)
            code = "145"
        if info.event_type == "ASSAULT" and len(actors) > 1 and c.trigger.lemma_.lower() in CLASH_WORDS and \
                all(a.sector in CIVILIAN or a.sector in ("PTY", "OPP", "ELI") for a in actors):
            # "Brotherhood supporters and opponents of Morsi clashed": street clashes between political
            # camps are a riot (gold convention, PLOVER 3.12), not armed fighting
            info, code = self.ont.codes["145"], "145"
        if code[:3] == "084" and actors and all(a.sector in ("MIL", "COP", "SPY") for a in actors) and \
                any(t.lemma_.lower() in ("hostage", "captive", "kidnap", "abduct", "kidnapper", "abductor")
                    for t in ctx.sent):
            code, info = "074", self.ont.codes["074"]  # forces freeing hostages: a rescue (PLOVER 3.6.4)
        if code[:3] in ("192", "191") and actors and all(a.sector in CIVILIAN for a in actors) and \
                c.trigger.lemma_.lower() in SITE_SEIZING:
            info, code = self.ont.codes["144"], "144"  # protesters taking over an airport: blocking (PLOVER 3.12)
        if code[:3] == "042" and actors and all((a.sector in ("REB", "UAF", "CRM", "MIL", "COP") and a.kind != "person")
                                                or (not a.sector and a.kind not in ("igo", "organization", "person"))
                                                for a in actors):
            # fighters or soldiers travelling to Syria: not a diplomatic visit (PLOVER 3.2); a named
            # army chief calling on a head of state is one
            return None
        if info.event_type == "CONSULT" and actors and all(a.sector in NON_DIPLOMATIC for a in actors):
            return None  # "migrants arriving in Greece" is not a visit
        if code[:3] == "144" and actors and all(a.sector in ("COP", "MIL", "GOV") for a in actors):
            code, info = "191", self.ont.codes["191"]  # police blocking highways: restricting movement
        if code == "145" and actors and all(a.sector in ARMED for a in actors):
            code, info = "190", self.ont.codes["190"]  # gunmen storming a building: an assault
        if code == "190" and c.trigger.lemma_.lower() in ("expel", "evict", "oust") and actors and \
                all(a.sector in ("GOV", "LEG", "JUD") for a in actors):
            # "Iraq's parliament voted to expel US troops from the country": a government or
            # parliament ends a foreign force's presence (166, PLOVER 3.13 expel); armed forces
            # driving fighters out of a town stay an assault
            code, info = "166", self.ont.codes["166"]
        if code == "145" and actors and all(a.sector in ("COP", "SPY") for a in actors):
            # "police stormed the Mexican embassy in Quito": a raid (PLOVER COERCE seize), not a riot
            code, info = "171", self.ont.codes["171"]
        lemmas = {t.lemma_.lower() for t in ctx.sent}
        if info.event_type == "PROTEST" and (lemmas & SPORT_WORDS or any(
                t.pos_ == "NOUN" and t.lemma_.lower() in ("try", "scrum", "lineout", "ruck") for t in ctx.sent)) and \
                all(a.sector in (None, "CVL") and a.kind != "organization" for a in actors):
            # "City's players protested after the referee awarded a penalty", "Liverpool took part in a
            # rally against racism before kick-off": players and clubs protesting on the pitch
            return None
        if info.event_type == "MOBILIZE" and _purpose(c.trigger) in ATTACK_PURPOSES:
            # "scrambled F-16 jets to bomb Cambodian positions": a mobilisation for an attack is coded
            # as the attack only (PLOVER 3.14.1)
            code = "195" if _purpose(c.trigger) in ("bomb", "airstrike") else "190"
            info = self.ont.codes[code]
        if info.event_type == "MOBILIZE":
            # "the waters around the Senkaku islands" are the sea, not water supplies
            relief = {t.lemma_.lower() for t in ctx.sent if t.lower_ != "waters"} & self.frames.relief
            if relief or _purpose(c.trigger) in ("help", "assist", "support", "aid"):
                # rescue teams and troops sent to help: aid (PLOVER 3.14.1, 3.6)
                code = "073" if relief else "074"
                info = self.ont.codes[code]
            elif (lemmas & JOINT_WORDS and len({a.country for a in c.actors} | {r.country for r in c.recipients}) >= 2) \
                    or (len({a.country for a in c.actors}) >= 2 and not _each_on_its_own(c.trigger)):
                # joint exercises are cooperation, single-country ones a show of force (PLOVER 3.14.1)
                code, info = "062", self.ont.codes["062"]
                c.reciprocal = True
        if code[:3] == "072" and c.recipients and all(r.country in GENERIC_PLACES or not r.country for r in c.recipients):
            # "NATO allies are sending additional ships and fighter jets to eastern Europe": forces and
            # weapons sent to a region, not to a state, are a deployment (MOBILIZE 154), not military aid
            code, info = "154", self.ont.codes["154"]
        if info.event_type == "ASSAULT" and not c.recipients and "test" in lemmas:
            code, info = "150", self.ont.codes["150"]  # missile tests are a show of force (PLOVER 3.14)
        event_type, mode, quad = info.event_type, info.mode, info.quad_class
        if event_type == "CONCEDE" and not attrs.future and (_trigger_lemma(c.trigger) in self.frames.resign or (
                c.pattern is not None and "resignation" in c.pattern.text and
                c.trigger.lemma_.lower() not in ("accept", "demand", "reject"))):
            # (an announced resignation, "said he would step down", stays CONCEDE: PLOVER 3.4)
            # "resigned", "handed in his resignation" (not "accepted the government's resignation")
            event_type, mode, quad = "RETREAT", "resign", self.ont.types["RETREAT"].quad_class  # PLOVER 3.7
        recipients = [r for r in _unique(c.recipients)
                      if not any((r.start == a.start and r.end == a.end and r.name == a.name) or r.code == a.code
                                 for a in actors)]  # two implied entities share the main verb's span
        if info.event_type not in PLACE_TYPES and not code.startswith(("042", "043")):
            # a city or capital named as a place is a venue, not a recipient, except for acts done
            # to places (attacks, seizures, deployments, deliveries) and visits
            recipients = [r if (r.start, r.end) not in ctx.places else
                          r.model_copy(update={"sector": "GOV", "code": f"{r.country}GOV"})  # the capital's government
                          for r in recipients if (r.start, r.end) not in ctx.places or
                          (info.event_type != "CONSULT" and r.country and r.sector is None and
                           _addressed_place(ctx.doc, r))]
            actors = [a for a in actors if (a.start, a.end) not in ctx.places] or actors
        own = {a.country for a in actors}
        if info.event_type in ("ASSAULT", "COERCE") and own:
            first = actors[0].country if actors else None
            recipients = _unique([self._victims_country(ctx, r, own, first) for r in recipients])
        if code[:3] == "161":
            # "Russia recalled its ambassador": the recalled envoy is the actor's own
            recipients = [r for r in recipients if r.country not in own]
        if info.event_type == "MOBILIZE":
            # "sent warships", "mustered troops": the actor's own forces are not the recipient
            recipients = [r for r in recipients if not (r.country in own and r.sector in ("MIL", "COP"))]
        if code[:3] == "052" and recipients and all(r.country in own and r.sector is None for r in recipients):
            return None  # "nuclear weapons to defend Russia": defending one's own country is not verbal support
        if any(r.country not in own for r in recipients):
            # "described Iran–Pakistan relations as brotherly" (said by Iran's leader): Pakistan
            recipients = [r for r in recipients if not (r.country in own and r.sector is None)]
        if code[:3] in ("042", "043") and recipients and all(r.country in own for r in recipients) and \
                all(r.sector in (None, "GOV") for r in recipients) and all(a.country for a in actors):
            return None  # "flew off to Mar-a-Lago", "travelled to Washington" by one's own officials: a trip home
        if info.event_type in ("REQUEST", "REJECT") and actors and all(a.sector == "BUS" for a in actors) and \
                {t.lemma_.lower() for t in c.trigger.subtree} & MARKET_WORDS:
            return None  # "traders demanding far higher yields", "investors rejected calls for a rate cut"
        if code[:2] == "20" and actors and all(a.sector in CIVILIAN for a in actors):
            return None  # "people internally displaced": the victims, not the perpetrators of mass violence
        if code[:4] in ("1723", "1724", "172", "1721") and not recipients and len(own) == 1 and \
                None not in own and all(a.sector in ("GOV", "MIL", "COP") for a in actors):
            # (an actor with no country, "the president" in an article that names no state, implies none;
            # before this check the implied recipient crashed the whole article)
            # a curfew, a state of emergency or martial law, a nationwide restriction: imposed on the
            # state's own people, coded as the country (gold convention; PLOVER 3.13 restrict)
            recipients = [_implied(ctx, next(iter(own)), "", "country")]
        if c.reciprocal or (info.event_type == "CONSULT" and (code in RECIPROCAL_CODES or
                                                              code[:3] in RECIPROCAL_CODES)):
            actors = _unique(actors + recipients)
            recipients = []
        elif code.startswith("043"):
            actors, recipients = recipients or actors, actors if recipients else []
        if not actors:
            return None
        speaker_list = ctx.speaker.get(c.trigger.i) or []
        quote = ctx.quotes.at(c.trigger.idx)
        if quote is not None and not speaker_list:
            speaker_list = ctx.quote_speaker.get(quote.start, [])
        speaker = speaker_list[0] if speaker_list else None
        if speaker is not None and any(speaker.code == a.code for a in actors) and quote is None:
            speaker = None
        contexts = set(info.contexts) | self.cues.contexts(ctx.sent)
        trig_span = ctx.doc[c.trigger.i:c.trigger_end]
        confidence = 0.55
        if c.pattern is not None and c.pattern.size > 1:
            confidence += 0.15
        if recipients:
            confidence += 0.1
        if c.fallback_actor:
            confidence -= 0.2
        if self.ont.types.get(event_type or "") and self.ont.types[event_type].requires_recipient \
                and not recipients:
            confidence -= 0.15
        confidence = round(min(0.95, max(0.05, confidence)), 2)
        event_id = make_event_id(article.id, s_idx, trig_span.start_char, code,
                                 [a.code for a in actors], [r.code for r in recipients])
        return Event(
            event_id=event_id, article_id=article.id, date=article.date, event_type=event_type,
            mode=mode, context=sorted(contexts), cameo_code=code, goldstein=info.goldstein,
            quad_class=quad, actor=actors, recipient=recipients,
            trigger=Trigger(text=trig_span.text, start=trig_span.start_char, end=trig_span.end_char),
            sentence_index=s_idx, sentence=ctx.sent.text.strip(), negated=negated, future=future_flag,
            hypothetical=hypothetical_flag, historical=attrs.historical,
            quote=quote.text if quote is not None else None, speaker=speaker, location=None,
            confidence=confidence, coder_version=self.version)


@dataclass(slots=True)
class _Ctx:
    doc: Doc
    sent: Span
    mention_at: list
    quotes: QuoteIndex
    consumed: set[int] = field(default_factory=set)
    speaker: dict[int, list[Entity]] = field(default_factory=dict)
    quote_speaker: dict[int, list[Entity]] = field(default_factory=dict)
    speech_verbs: set[int] = field(default_factory=set)
    scene: object = None
    sent_index: int = 0
    places: set = field(default_factory=set)


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


FIRST_WORDS = frozenset({"first", "second", "third", "last", "latest", "only", "next"})
COPULAS = frozenset({"be", "become"})


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


PLACE_NOUNS = frozenset({"country", "territory", "city", "region", "capital", "embassy", "area", "island", "base"})
# nouns of threatening whose to-infinitive is what is threatened ("Russia's threat to use ...")
THREAT_NOUNS = frozenset({"threat", "ultimatum"})
# participles of characterising or saying that belong to the subject of the main clause
SPEAKER_PARTICIPLES = frozenset({"call", "calling", "say", "describe", "brand", "dismiss", "accuse", "blame",
                                 "denounce", "condemn", "warn", "add", "insist"})
# verbs that only continue or begin the act of their complement ("keep attacking")
CONTINUATIVE = frozenset({"keep", "continue", "resume", "start", "begin", "go"})
# verbs of taking a platform whose purpose infinitive is a criticism made there
PLATFORM_VERBS = frozenset({"take", "go", "use", "hold", "call", "convene", "issue", "appear", "post", "publish",
                            "write", "send", "release", "seize"})
# frame verbs whose past participle is not read as a passive before a to-infinitive: "X threatened
# to ..." is always X's threat (unlike "residents warned/urged/ordered to leave", which are passives)
ACTIVE_FRAMES = frozenset({"threaten", "vow", "pledge", "promise", "refuse", "decline", "agree", "offer", "swear"})


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


def _titles_of(tok: Token) -> list[Token]:
    """Title compounds before a name ("the French Ambassador Joel Meyer")."""
    return [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] if tok.pos_ == "PROPN" else []


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
