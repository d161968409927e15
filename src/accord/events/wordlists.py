"""Word lists of the event extractor (accord.events.extractor and its rule modules).

Each list says in its comment which construction it serves and why; the coding rules they
encode are documented where they are used and in docs/lexicon.md."""
from __future__ import annotations


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


FIRST_WORDS = frozenset({"first", "second", "third", "last", "latest", "only", "next"})

COPULAS = frozenset({"be", "become"})

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

# prepositions after which a state names where something happened ("in Syria"), not who took part
LOCATIVE_PREPS = frozenset({"in", "inside", "across", "throughout", "near", "outside", "within"})
