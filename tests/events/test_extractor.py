"""Extraction rules on sentences written for these tests (accord.events.extractor)."""
from __future__ import annotations


def _events(coder, text, date="2024-03-05"):
    return [(e.event_type, e.cameo_code, sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient))
            for e in coder.code(text, date)]


def test_subject_under_a_subordinator_is_the_actor(coder):
    # the small model hangs "Azerbaijan" under "after" as its object
    evs = _events(coder, "Armenian forces agreed to disarm on Wednesday, a day after Azerbaijan launched "
                         "a lightning offensive to retake the breakaway region.")
    assert ("ASSAULT", "190", ["AZE"], []) in evs


def test_participle_before_the_subject_is_not_the_actor(coder):
    evs = _events(coder, "During the 1991 war, retreating Iraqi forces set fire to more than 600 Kuwaiti oil wells.")
    assert [e for e in evs if e[0] == "ASSAULT"] == [("ASSAULT", "1712", ["IRQMIL"], ["KWT"])]


def test_event_noun_subject_and_its_verb_are_one_event(coder):
    evs = _events(coder, "Russian shelling killed three civilians in Kherson on Sunday, the regional governor said.")
    assert evs == [("ASSAULT", "194", ["RUS"], ["UKRCVL"])]


def test_of_object_of_an_attack_noun_is_the_target(coder):
    evs = _events(coder, "Turkey's invasion of northern Syria drew sharp criticism from the European Union.")
    assert ("ASSAULT", "190", ["TUR"], ["SYR"]) in evs
    assert ("ACCUSE", "111", ["EUR"], ["TUR"]) in evs


def test_bombardment_in_a_report_is_not_an_accusation(coder):
    evs = _events(coder, "The Israeli bombardment of Gaza has killed more than 100 people, health officials said.")
    assert [e[0] for e in evs] == ["ASSAULT"]
    assert evs[0][2] == ["ISR"] and "PSE" in {r[:3] for r in evs[0][3]}


def test_conjoined_event_nouns_share_the_clause_actor(coder):
    evs = _events(coder, "Hezbollah captured two Israeli soldiers in a raid, and Israel responded with "
                         "air strikes on southern Lebanon and a naval blockade.")
    assert ("COERCE", "191", ["ISR"], ["LBN"]) in evs
    assert ("ASSAULT", "195", ["ISR"], ["LBN"]) in evs


def test_actor_with_no_country_in_an_article_naming_no_state(coder):
    # CAMEO codes an agent whose nationality is not given by its sector alone
    evs = _events(coder, "Rebels released 12 hostages on Sunday.")
    assert evs == [("RETREAT", "0841", ["REB"], ["CVL"])]
    # with a state in the article, the sector noun takes its country
    evs = _events(coder, "Rebels released 12 hostages in Mali on Sunday.")
    assert evs[0][2] == ["MLIREB"]


def test_one_body_meeting_is_not_a_consultation(coder):
    assert _events(coder, "Analysts expect the central bank to hold rates at its meeting next week.") == []


def test_passive_arrest_with_no_agent_is_the_police_of_the_place(coder):
    evs = _events(coder, "Three opposition politicians were detained in Minsk on Monday.")
    assert evs == [("COERCE", "173", ["BLRCOP"], ["BLROPP"])]


def test_talks_as_the_purpose_of_a_trip_are_the_visit(coder):
    # both dev batches code the trip only (the talks are its purpose, not a second event)
    evs = _events(coder, "Indian Foreign Minister S. Jaishankar travelled to Moscow for talks with his Russian "
                         "counterpart Sergei Lavrov.", "2024-07-08")
    assert evs == [("CONSULT", "042", ["INDGOV"], ["RUS"])]


def test_a_state_s_strikes_are_military_and_a_labour_strike_is_not(coder):
    assert _events(coder, "Israeli strikes continued to hit southern Lebanon on Monday.") == \
        [("ASSAULT", "190", ["ISR"], ["LBN"])]
    assert _events(coder, "The French strike paralysed rail services.") == []
    assert _events(coder, "A strike by dock workers shut the port.") == [("PROTEST", "143", ["LAB"], [])]


def test_naming_and_manner_are_not_events(coder):
    evs = _events(coder, "China launched what it called targeted military operations around Taiwan.")
    assert [e[0] for e in evs] == ["ASSAULT"]  # not a REQUEST from "called"
    evs = _events(coder, "Myanmar security forces fired tear gas and warning shots at thousands of monks "
                         "marching in Yangon, defying a ban on public gatherings.")
    assert not {e[0] for e in evs} & {"THREATEN", "REJECT"}  # warning shots are fired, no one defies


def test_protesters_taking_over_a_building_block_it(coder):
    evs = _events(coder, "Anti-government protesters took over Bangkok's main airport on Wednesday.")
    assert [e[:2] for e in evs] == [("PROTEST", "144")]


def test_ordering_another_state_s_forces_out_is_an_expulsion(coder):
    evs = _events(coder, "Niger's junta ordered French troops to leave the country.", "2023-09-25")
    assert evs == [("SANCTION", "166", ["NERGOV"], ["FRAMIL"])]


def test_a_decided_act_is_coded_from_its_decision_noun(coder):
    evs = _events(coder, "Parliament's vote to ban the party was condemned by Amnesty International.")
    assert ("COERCE", "1722", ["LEG"], []) in evs


def test_victims_implied_by_the_scene_are_not_the_attacker_s_own(coder):
    evs = _events(coder, "North Korea fired dozens of artillery shells onto the South Korean island of "
                         "Yeonpyeong on Tuesday, killing two marines.", "2010-11-23")
    assert evs == [("ASSAULT", "194", ["PRK"], ["KOR", "KORMIL"])]


def test_ordering_out_diplomats_in_a_reply(coder):
    evs = _events(coder, "Canada expelled six Indian diplomats, and India responded by ordering out six "
                         "Canadian diplomats.", "2024-10-14")
    assert ("SANCTION", "166", ["IND"], ["CANGOV"]) in evs


def test_a_trip_s_purpose_meeting_is_coded(coder):
    evs = _events(coder, "Blinken flew to Beijing to meet Xi Jinping.", "2023-06-18")
    assert ("CONSULT", "040", ["CHNGOV", "USAGOV"], []) in evs
    assert _events(coder, "Troops were sent to protect civilians in Mali.") == []


def test_the_condemned_act_is_coded_too(coder):
    evs = _events(coder, "France condemned Russia's attack on the hospital.")
    assert [e[:3] for e in evs] == [("ACCUSE", "111", ["FRA"]), ("ASSAULT", "190", ["RUS"])]


def test_trips_home_and_phrasal_verbs_are_not_events(coder):
    assert _events(coder, "The Indian prime minister visited Kashmir on Tuesday.") == []
    assert "RETREAT" not in {e[0] for e in _events(coder, "US troops freed up in Syria could be redeployed in Iraq.")}
    assert _events(coder, "Modi visited Washington in June.", "2023-06-25") == [("CONSULT", "042", ["INDGOV"], ["USAGOV"])]


def test_a_judgment_on_a_move_in_a_relative_clause(coder):
    evs = _events(coder, "Hungary signed the deal, a step the European Commission said was illegal.")
    assert ("ACCUSE", "111", ["EURGOV"], ["HUN"]) in evs


def test_weapons_that_hit_and_misparsed_finite_verbs(coder):
    evs = _events(coder, "Israeli tanks hit a UN post in southern Lebanon.")
    assert evs == [("ASSAULT", "194", ["ISRMIL"], ["UNO"])]
    assert _events(coder, "The storm hit the coast.") == []
    evs = _events(coder, "A Moscow court jailed opposition politician Vladimir Kara-Murza for 25 years on Monday.")
    # the term hangs on the object of the misparsed verb: a conviction too (gold convention)
    assert [e[:3] for e in evs] == [("COERCE", "173", ["RUSJUD"]), ("SANCTION", "116", ["RUSJUD"])]


def test_lists_named_with_including_and_struck_deals(coder):
    evs = _events(coder, "Donors including Qatar, the United States and the European Union pledged $5.4 "
                         "billion to rebuild the Gaza Strip at a conference in Cairo.")
    assert [e[:3] for e in evs] == [("AGREE", "030", ["EUR", "QAT", "USA"])]
    assert _events(coder, "Greece and Macedonia struck a deal on Tuesday.") == [("SUPPORT", "057", ["GRC", "MKD"], [])]


def test_court_orders_demands_and_rescues(coder):
    evs = _events(coder, "The G7 demanded that Russia release the crew immediately.")
    assert [e[0] for e in evs] == ["REQUEST"] and evs[0][3] == ["RUS"]
    evs = _events(coder, "A Kenyan court ordered the government to halt the deployment.")
    assert [(e[0], e[1][:2], e[2]) for e in evs] == [("REQUEST", "10", ["KENJUD"])]
    evs = _events(coder, "French special forces freed two French tourists held hostage in Benin.")
    assert [e[:3] for e in evs] == [("AID", "074", ["FRAMIL"])]


def test_resignations_settlers_and_counterfactuals(coder):
    evs = _events(coder, "Lebanese Prime Minister Saad Hariri handed in his government's resignation on Tuesday.",
                  "2019-10-29")
    assert [e[0] for e in evs] == ["RETREAT"]
    evs = _events(coder, "Israeli settlers torched Palestinian homes in the West Bank.")
    assert [e[0] for e in evs] == ["ASSAULT"]
    ev = [e for e in coder.code("Russia vetoed a draft UN Security Council resolution that would have deplored its "
                                "invasion of Ukraine.",
                                "2022-02-25") if e.event_type == "ACCUSE"]
    assert ev and ev[0].hypothetical


def test_intent_plans_calls_and_vows(coder):
    evs = _events(coder, "Russia was ready to resume direct talks with Ukraine.")
    assert [e[:3] for e in evs] == [("AGREE", "036", ["RUS"])]
    evs = _events(coder, "Biden called his Chinese counterpart on Friday.", "2023-11-20")
    assert evs == [("CONSULT", "041", ["CHNGOV", "USAGOV"], [])]
    evs = _events(coder, "Iran vowed to retaliate against Israel.")
    assert evs == [("THREATEN", "130", ["IRN"], ["ISR"])]
    assert _events(coder, "US-backed forces captured Raqqa.")[0][0] == "COERCE"  # no SUPPORT from "US-backed"
    ev = coder.code("Trump and Kim cut short their summit without reaching a deal.", "2019-02-28")
    assert all(e.negated for e in ev if e.event_type == "SUPPORT")


def test_markets_and_critics_do_not_act(coder):
    assert _events(coder, "Shares of Adani Group companies retreated for a ninth straight session on Friday.") == []
    assert _events(coder, "Critics panned the sequel, accusing its director of recycling the plot.") == []


def test_figurative_attacks_places_and_backers_are_not_events(coder):
    assert _events(coder, "Through his intemperate verbal assaults, Trump has lost Turkey.") == []
    assert _events(coder, "He heard news of the Paris terror attacks in 2015.") == []
    assert _events(coder, "It could give Assad's Russian and Iranian-backed forces an excuse.") == []
    assert _events(coder, "De Mistura will lend credibility to the process.") == []


def test_a_rejected_demand_is_also_the_demand(coder):
    evs = _events(coder, "Britain rejected North Korea's demand for sanctions relief.")
    assert [e[:3] for e in evs] == [("REJECT", "124", ["GBR"]), ("REQUEST", "100", ["PRK"])]


def test_aid_nouns_with_their_beneficiary(coder):
    evs = _events(coder, "Biden announced an additional $800 million in military aid for Ukraine.", "2022-04-13")
    assert evs == [("AID", "072", ["USAGOV"], ["UKR"])]


def test_charges_carried_by_arrests_and_extraditions(coder):
    evs = _events(coder, "Russia's Federal Security Service said it had detained Evan Gershkovich, a Wall Street "
                         "Journal correspondent, in Yekaterinburg on suspicion of spying for the United States.",
                  "2023-03-30")
    assert ("ACCUSE", "1125", ["RUSSPY"], ["USAJRN"]) in evs
    evs = _events(coder, "Honduras extradited former President Juan Orlando Hernandez to the United States on "
                         "Thursday to face drug trafficking and weapons charges.", "2022-04-21")
    assert ("ACCUSE", "1121", ["USA"], ["HNDELI"]) in evs


def test_characterised_with_a_trailing_adjective(coder):
    evs = _events(coder, "Hungary's government said it would not pay the fine, calling the ruling outrageous.")
    assert ("ACCUSE", "111") in [e[:2] for e in evs]


def test_deadlines_to_leave_are_expulsions_and_others_ultimatums(coder):
    evs = _events(coder, "Mali's military government gave the French ambassador 72 hours to leave the country.")
    assert evs == [("SANCTION", "166", ["MLIGOV"], ["FRAGOV"])]
    evs = _events(coder, "Saudi Arabia gave Qatar 10 days to comply with the demands.")
    assert evs == [("THREATEN", "139", ["SAU"], ["QAT"])]


def test_reported_conditional_acts_are_threats(coder):
    evs = _events(coder, "Trump said the United States would impose a 5 percent tariff on all goods from Mexico "
                         "unless it stopped illegal immigrants crossing the border.", "2019-05-31")
    assert evs[0][:2] == ("THREATEN", "1312") and evs[0][3] == ["MEX"]


def test_participles_with_agents_and_self_deployments(coder):
    evs = _events(coder, "The first 18 Leopard 2 tanks sent by Germany have arrived in Ukraine.")
    assert [e[:3] for e in evs] == [("AID", "072", ["DEU"])]
    evs = _events(coder, "Thousands of Turkish troops have been moved to the border with Syria.")
    assert evs == [("MOBILIZE", "154", ["TURMIL"], ["SYR"])]


def test_apology_and_resignation_are_two_events_and_recalls_target_the_host(coder):
    evs = _events(coder, "Japan's prime minister apologised for the scandal and resigned on Friday.")
    assert [e[0] for e in evs] == ["CONCEDE", "RETREAT"]
    evs = _events(coder, "France recalled its ambassador to Australia over the submarine deal.")
    assert evs == [("SANCTION", "161", ["FRA"], ["AUS"])]


def test_implied_protest_target_and_concession_to_protesters(coder):
    # the implied protesters and the implied government share a span; both are kept
    evs = _events(coder, "Thousands of people marched through Belgrade on Saturday in an anti-government protest.")
    assert ("PROTEST", "141", ["SRBCVL"], ["SRBGOV"]) in evs
    evs = _events(coder, "The French government scrapped a planned fuel tax increase on Wednesday, bowing to weeks "
                         "of protests by students.")
    concede = [e for e in evs if e[0] == "CONCEDE"]
    assert concede and concede[0][3] == ["FRAEDU"]


def test_capital_addressed_by_the_act_is_its_government(coder):
    evs = _events(coder, "China's foreign ministry lashed out at Washington on Saturday over an arms package.")
    assert evs == [("ACCUSE", "111", ["CHNGOV"], ["USAGOV"])]
    # a capital as the venue stays a place
    evs = _events(coder, "China's foreign ministry lashed out at the United States in Beijing on Saturday.")
    assert evs == [("ACCUSE", "111", ["CHNGOV"], ["USA"])]


def test_state_of_emergency_targets_the_country_and_aid_its_destination(coder):
    evs = _events(coder, "Ethiopia's government declared a six-month nationwide state of emergency on Tuesday.")
    assert evs == [("COERCE", "1724", ["ETHGOV"], ["ETH"])]
    evs = _events(coder, "An Indian plane carrying 25 tonnes of relief supplies landed in Islamabad on Friday.")
    assert evs == [("AID", "073", ["IND"], ["PAK"])]
    evs = _events(coder, "The first 18 Leopard 2 tanks sent by Germany have arrived in Ukraine.")
    assert evs == [("AID", "072", ["DEU"], ["UKR"])]


def test_reaction_targets_the_party_of_its_cause_clause(coder):
    evs = _events(coder, "Germany summoned the Iranian charge d'affaires on Tuesday after Tehran executed a "
                         "German-Iranian dual national.")
    accuse = [e for e in evs if e[0] == "ACCUSE"]
    assert accuse and "IRN" in {r[:3] for r in accuse[0][3]}
    evs = _events(coder, "Germany called in Iran's top diplomat on Tuesday.")
    assert evs == [("ACCUSE", "114", ["DEU"], ["IRNGOV"])]
def test_over_before_an_object_is_read_as_particle_or_preposition(coder):
    # "{speak,talk} over phone" (04_consult.yaml) could not match before: spaCy parses "over the
    # phone" as a prepositional phrase, the pattern grammar read "over" as a particle
    from accord.events.lexicon import _preposition_reading, parse_pattern
    alt = _preposition_reading(parse_pattern("speak over phone", "041", "verb"))
    assert alt is not None and [(s.prep, s.words) for s in alt.slots] == [("over", ("phone",))]
    assert _preposition_reading(parse_pattern("carry out attack", "190", "verb")) is None
    evs = _events(coder, "Putin and Erdogan talked over the phone on Sunday.")
    assert evs == [("CONSULT", "041", ["RUSGOV", "TURGOV"], [])]
    evs = _events(coder, "Rebels took over the city of Goma on Monday.")
    assert [e[:2] for e in evs] == [("COERCE", "192")]


def test_a_past_vote_to_ratify_is_the_ratification(coder):
    # the infinitive after "voted" is the act the vote performs, not an announced intent (AGREE)
    evs = _events(coder, "The US Senate voted 95-1 on Wednesday to ratify NATO membership for Finland and Sweden.")
    assert [e[:3] for e in evs] == [("SUPPORT", "057", ["USALEG"])]
    evs = _events(coder, "Turkey's parliament voted on Thursday to ratify Finland's application to join NATO.")
    assert evs == [("SUPPORT", "057", ["TURLEG"], ["FIN"])]
    evs = coder.code("Dock workers voted to strike next week.", "2024-03-05")
    assert evs[0].event_type == "PROTEST" and evs[0].future


def test_the_first_to_do_something_did_it(coder):
    evs = _events(coder, "Moscow on Thursday became the first capital to formally recognise the Taliban government.")
    assert evs == [("SUPPORT", "054", ["RUSGOV"], ["AFGGOV"])]
    evs = _events(coder, "Spain became the latest country to recognise a Palestinian state.")
    assert [e[:3] for e in evs] == [("SUPPORT", "054", ["ESP"])]
    evs = _events(coder, "Trump became the first sitting US president to set foot in North Korea on Sunday.",
                  "2019-06-30")
    assert evs == [("CONSULT", "042", ["USAGOV"], ["PRK"])]


def test_a_visit_s_host_is_the_place_arrived_in_not_the_origin(coder):
    evs = _events(coder, "Indian Prime Minister Narendra Modi arrived in Kyiv by train from Poland on Friday, "
                         "the first visit by an Indian leader since Ukraine's independence.")
    assert evs == [("CONSULT", "042", ["INDGOV"], ["UKR"])]


def test_their_meeting_is_between_the_clause_s_actors(coder):
    evs = _events(coder, "Donald Trump and Kim Jong Un cut short their second summit in Hanoi on Thursday.", "2019-02-28")
    assert evs == [("CONSULT", "040", ["PRKGOV", "USAGOV"], [])]
    evs = _events(coder, "Modi told Putin that this was not an era of war during their meeting in Samarkand.")
    assert evs == [("CONSULT", "040", ["INDGOV", "RUSGOV"], [])]
    assert _events(coder, "The two countries' leaders postponed their meeting.") == []


def test_a_second_clause_conjoined_inside_an_offer_is_its_own_event(coder):
    evs = _events(coder, "Chung said that Kim Jong Un had offered to meet Donald Trump and that the US president "
                         "had agreed to hold talks with the North Korean leader by May.", "2018-03-08")
    assert [e[:3] for e in evs] == [("AGREE", "036", ["PRKGOV"]), ("AGREE", "036", ["USAGOV"])]


def test_readiness_to_work_with_and_offers_of_talks_are_intents(coder):
    evs = _events(coder, "Putin said Moscow was ready to work with Kyiv on a memorandum.")
    assert evs == [("AGREE", "030", ["RUSGOV"], ["UKRGOV"])]
    evs = _events(coder, "Khamenei on Wednesday rejected US President Donald Trump's offer of talks.", "2025-03-12")
    assert ("AGREE", "036", ["USAGOV"], ["IRNGOV"]) in evs
    assert _events(coder, "The striker said he was ready to help the team.") == []


def test_travelling_on_to_a_capital_for_talks_is_a_planned_visit(coder):
    evs = _events(coder, "Blinken flew into Israel on Thursday and was due to travel on to Amman on Friday.")
    assert [e[:3] for e in evs] == [("CONSULT", "042", ["USAGOV"]), ("AGREE", "036", ["USAGOV"])]


def test_a_visit_named_as_a_circumstance_is_the_subject_s_visit(coder):
    evs = _events(coder, "US Treasury Secretary Janet Yellen warned on Monday at the end of a four-day visit to "
                         "China that Chinese banks risk sanctions.")
    assert ("CONSULT", "042", ["USAGOV"], ["CHN"]) in evs
    evs = _events(coder, "Brazilian President Luiz Inacio Lula da Silva, on a state visit to Beijing, held talks "
                         "with Xi Jinping on Tuesday.", "2025-05-13")
    assert evs == [("CONSULT", "042", ["BRAGOV"], ["CHN"]), ("CONSULT", "040", ["BRAGOV", "CHNGOV"], [])]
    assert _events(coder, "Fans celebrated at the end of a visit to the stadium.") == []


def test_mediations_named_by_a_modifier_and_their_parties(coder):
    evs = _events(coder, "Lebanon and Israel struck a US-mediated deal on Tuesday.")
    assert ("CONSULT", "045", ["USA"], ["ISR", "LBN"]) in evs
    evs = _events(coder, "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations under a deal "
                         "brokered by China.")
    assert ("CONSULT", "045", ["CHN"], ["IRN", "SAU"]) in evs
    evs = _events(coder, "Two days after Moscow quit a UN-brokered grain deal, Russia warned ships.")
    assert "CONSULT" not in [e[0] for e in evs]


def test_a_promise_not_to_use_force_is_a_promise_of_settlement(coder):
    evs = coder.code("Maduro and Guyana's President Irfaan Ali pledged not to threaten or use force against "
                     "each other.", "2023-12-14")
    assert [(e.event_type, e.cameo_code, e.negated) for e in evs] == [("AGREE", "037", False)]
    evs = coder.code("Hamas vowed to retaliate.", "2024-03-05")
    assert [e.event_type for e in evs] == ["THREATEN"]


def test_a_passive_deal_between_two_parties_is_theirs(coder):
    evs = _events(coder, "A deal was reached on Friday between Israel and Hamas.")
    assert evs == [("SUPPORT", "057", ["ISR", "PSEREB"], [])]


def test_gathering_for_talks_and_guarantors_of_them(coder):
    evs = _events(coder, "Arab leaders gathered in Riyadh on Saturday to discuss the war in Gaza.")
    assert evs == [("CONSULT", "040", ["ARBGOV"], [])]
    assert "CONSULT" not in [e[0] for e in _events(coder, "Protesters gathered outside parliament to demand his "
                                                          "resignation.")]
    evs = _events(coder, "Colombia and the ELN met in Caracas on Monday, with Venezuela, Cuba and Norway acting as "
                         "guarantors.")
    assert ("CONSULT", "045", ["CUB", "NOR", "VEN"], ["COL", "COLREB"]) in evs


def test_a_claimed_act_is_the_claimer_s(coder):
    evs = _events(coder, "The Pakistani Taliban claimed responsibility for the attack.")
    assert ("ASSAULT", "190", ["PAKREB"], []) in evs
    evs = _events(coder, "Trump claimed credit for brokering the truce between India and Pakistan.", "2025-05-10")
    assert ("CONSULT", "045", ["USAGOV"], ["IND", "PAK"]) in evs


def test_an_unveiled_plan_for_someone_to_act_is_announced(coder):
    evs = _events(coder, "Biden, Sunak and Albanese unveiled a plan for Canberra to buy up to five American "
                         "nuclear-powered submarines.", "2023-03-13")
    assert [e[:3] for e in evs] == [("AGREE", "0312", ["AUSGOV", "GBRGOV", "USAGOV"])]


def test_an_infinitive_tagged_as_a_noun_is_still_the_offered_act(coder):
    evs = _events(coder, "Turkish President Tayyip Erdogan offered to host talks between the leaders of Russia and "
                         "Ukraine during a visit to Kyiv on Thursday.")
    assert ("AGREE", "039", ["TURGOV"], ["RUSGOV", "UKRGOV"]) in evs
    assert "CONSULT" not in [e[0] for e in evs if e[1] != "042"]


def test_readiness_for_talks_and_gatherings_for_talks(coder):
    evs = _events(coder, "Iran says it is ready for talks with the United States.")
    assert evs == [("AGREE", "036", ["IRN"], ["USA"])]
    evs = _events(coder, "Japan signalled on Friday it was open to a summit with North Korea's Kim Jong Un.")
    assert evs == [("AGREE", "036", ["JPN"], ["PRKGOV"])]
    assert _events(coder, "The army said it was ready for an attack.") == []
    evs = _events(coder, "Iranian and Saudi diplomats convened in Baghdad on Wednesday for three days of talks.")
    assert [e[:2] for e in evs] == [("CONSULT", "040")]


def test_support_behind_a_bid_goes_to_its_owner(coder):
    evs = _events(coder, "France's Emmanuel Macron threw his support behind Kenya's bid to lead a force in Haiti.")
    assert evs == [("SUPPORT", "051", ["FRAGOV"], ["KEN"])]


def test_calling_on_a_leader_with_nothing_asked_is_a_courtesy_call(coder):
    evs = _events(coder, "Pakistan's army chief General Asim Munir called on Saudi Crown Prince Mohammed bin "
                         "Salman in Riyadh on Tuesday.")
    assert evs == [("CONSULT", "042", ["PAKMIL"], ["SAUGOV"])]
    evs = _events(coder, "The UN called on Israel to halt the offensive.")
    assert [e[0] for e in evs] == ["REQUEST"]


def test_receiving_a_named_official_is_hosting(coder):
    evs = _events(coder, "Kim Jong Un received Russian Foreign Minister Sergei Lavrov in Wonsan on Saturday.")
    assert evs == [("CONSULT", "043", ["RUSGOV"], ["PRKGOV"])]
    evs = _events(coder, "Chinese Premier Li Qiang was greeted by Australian Prime Minister Anthony Albanese in "
                         "Canberra.")
    assert evs == [("CONSULT", "043", ["CHNGOV"], ["AUSGOV"])]
    assert _events(coder, "Iran received Russian fighter jets.") == []


def test_the_sidelines_of_a_summit_are_a_venue(coder):
    evs = _events(coder, "Modi and Xi held bilateral talks on the sidelines of the BRICS summit in Kazan.")
    assert evs == [("CONSULT", "044", ["CHNGOV", "INDGOV"], [])]
def test_promise_not_to_attack_is_a_concession(coder):
    evs = _events(coder, "Hamas pledged not to attack Israeli towns while the talks continue.")
    assert evs == [("CONCEDE", "0356", ["PSEREB"], [])]
    evs = _events(coder, "Israel vowed to attack Hamas leaders wherever they are.")
    assert [e[:2] for e in evs] == [("THREATEN", "138")]


def test_promised_resignation_and_policy_reversal_are_concessions_not_reform(coder):
    evs = _events(coder, "Haiti's prime minister agreed to step down once a transitional council is in place.")
    assert evs == [("CONCEDE", "035", ["HTIGOV"], [])]
    evs = _events(coder, "The president promised to carry out sweeping reforms.")
    assert [e[:2] for e in evs] == [("AGREE", "034")]


def test_forgiveness_asked_for_a_wrong_is_an_apology_not_an_appeal(coder):
    evs = _events(coder, "Germany's president asked forgiveness from Tanzanians for colonial-era killings.")
    assert [e[:3] for e in evs] == [("CONCEDE", "080", ["DEUGOV"])]


def test_relief_lorries_entering_a_place_deliver_aid(coder):
    evs = _events(coder, "Twenty lorries laden with food, water and medicine, sent by the Egyptian Red Crescent, "
                         "rolled through the Rafah crossing into Gaza on Saturday.", "2023-10-21")
    assert evs == [("AID", "073", ["EGYNGO"], ["PSE"])]
    evs = _events(coder, "Israeli tanks rolled into Khan Younis on Monday.")
    assert [e[:2] for e in evs] == [("COERCE", "192")]


def test_arriving_to_join_a_peacekeeping_force_is_aid(coder):
    evs = _events(coder, "Indonesian soldiers flew to Lebanon to join the UN peacekeeping force.")
    assert [e[:3] for e in evs] == [("AID", "074", ["IDNMIL"])]


def test_let_clauses_relative_objects_and_out_of(coder):
    # lexicon.py: "let X do" takes X as the object, "the deal that they struck" takes the noun,
    # and "of" hanging on "out" fills "pull out of"
    evs = _events(coder, "Nepal agreed to let UN monitors observe the vote.")
    assert evs == [("CONCEDE", "0355", ["NPL"], [])]
    evs = _events(coder, "The deal that Ankara and Moscow struck in Sochi collapsed.")
    assert evs == [("SUPPORT", "057", ["RUSGOV", "TURGOV"], [])]
    evs = _events(coder, "Argentina will pull out of the World Health Organization.")
    assert evs == [("SANCTION", "160", ["ARG"], [])]
    evs = _events(coder, "Russian troops pulled out of Kherson.")
    assert [e[:2] for e in evs] == [("RETREAT", "0874")]


def test_agreed_debt_forgiveness_is_aid_and_peacekeepers_arriving_deploy(coder):
    # PLOVER 3.6.2: "has agreed to forgive ... loan obligations" is AID, not a pledge
    evs = _events(coder, "The Paris Club of creditor nations agreed on Sunday to write off 80 percent of the "
                         "roughly $39 billion Iraq owes its members.", "2004-11-21")
    assert evs == [("AID", "071", ["IGO"], ["IRQ"])]
    evs = _events(coder, "Russian peacekeepers arrived in Nagorno-Karabakh on Tuesday.", "2020-11-10")
    assert evs == [("AID", "074", ["RUSMIL"], [])]
    evs = _events(coder, "Putin arrived in Beijing on Tuesday.")
    assert [e[:2] for e in evs] == [("CONSULT", "042")]


def test_halted_aid_noun_is_a_cut_and_agreed_asylum_is_given(coder):
    evs = _events(coder, "President Donald Trump has ordered a pause in all US military aid to Ukraine.", "2025-03-04")
    assert [e[:2] for e in evs] == [("SANCTION", "1622")] and evs[0][3] == ["UKR"]
    evs = _events(coder, "Germany agreed to take in 10,000 Syrian refugees.")
    assert evs == [("AID", "075", ["DEU"], ["SYRREF"])]


def test_passive_lifting_is_the_states_and_by_as_a_passive_agent(coder):
    # only the state that imposed a curfew or cut the internet can lift or restore it
    evs = _events(coder, "Mobile internet services were restored across Pakistan on Saturday.", "2023-05-13")
    assert evs == [("CONCEDE", "081", ["PAKGOV"], [])]
    evs = _events(coder, "When those charges were dropped I finally thought it was over, she said of the case in Syria.")
    assert evs == []
    # "by" tagged as a plain preposition after a passive with a second object
    evs = _events(coder, "Thousands of Syrian refugees were granted asylum by Germany last year.")
    assert evs == [("AID", "075", ["DEU"], ["SYRREF"])]


def test_own_stance_given_up_and_announced_resignation(coder):
    evs = _events(coder, "Ankara lifted its veto on Sweden's NATO membership.")
    assert [e[:3] for e in evs] == [("CONCEDE", "080", ["TURGOV"])]
    evs = _events(coder, "South Korean President Yoon Suk Yeol rescinded his martial law decree on Wednesday.",
                  "2024-12-04")
    assert [e[:2] for e in evs] == [("CONCEDE", "0814"), ("COERCE", "1724")]
    evs = _events(coder, "Sri Lanka's president bowed to months of protests and announced he would step down.",
                  "2022-07-10")
    assert ("CONCEDE", "0831", ["LKAGOV"], []) in evs


def test_event_nouns_named_by_their_verb(coder):
    # frames.yaml `nominal`: the noun is matched as its verb, with its "of" object, when it has an agent
    evs = _events(coder, "Washington's delivery of Abrams tanks to Kyiv was completed on Monday.", "2023-09-25")
    assert evs == [("AID", "072", ["USAGOV"], ["UKR"])]
    evs = _events(coder, "Beijing's easing of Covid restrictions sparked a wave of infections.", "2022-12-20")
    assert evs == [("CONCEDE", "081", ["CHNGOV"], [])]
    evs = _events(coder, "The handover of the suspects to Turkish authorities by Greek police took place at the border.")
    assert evs == [("COOPERATE", "063", ["GRCCOP"], ["TURGOV"])]
    assert _events(coder, "Talks on the release of hostages continued in Doha.") == []
def test_own_possessive_does_not_split_one_retreat(coder):
    # "their" (the rebels) is dropped as a recipient when recorded, so it must not keep two
    # RETREAT events with the same actor apart in de-duplication
    evs = _events(coder, "The rebels laid down their weapons and surrendered on Monday.")
    assert evs == [("RETREAT", "0873", ["REB"], [])]


def test_captives_described_by_their_captor_are_released_by_it(coder):
    evs = _events(coder, "Twelve fishermen held by the Houthis were freed on Sunday.")
    assert evs == [("RETREAT", "0841", ["YEMREB"], [])]


def test_nearest_subject_wins_and_time_nouns_are_not_subjects(coder):
    evs = _events(coder, "The lawmakers rejected the budget, the worst defeat for the coalition in a decade, and "
                         "opposition leader Keir Starmer promptly tabled a motion of no confidence.", "2023-03-05")
    assert ("REQUEST", "0241", ["GBROPP"], []) in evs


def test_appeal_misparsed_as_participle(coder):
    evs = _events(coder, "Kenya's foreign minister called on Ethiopia to release the detained journalists.")
    assert evs == [("REQUEST", "0253", ["KENGOV"], ["ETH"])]


def test_office_holder_quitting_resigns(coder):
    ev = coder.code("Italian Prime Minister Mario Draghi quit on Thursday.", "2022-07-21")
    assert [(e.event_type, e.mode, [a.code for a in e.actor]) for e in ev] == [("RETREAT", "resign", ["ITAGOV"])]
    assert _events(coder, "Italian Prime Minister Mario Draghi quit the party on Thursday.", "2022-07-21") == []


def test_letting_a_detainee_go_is_a_release(coder):
    evs = _events(coder, "Belarus let the Lithuanian journalist leave the country on Monday after two years in prison.")
    assert evs == [("RETREAT", "0841", ["BLR"], ["LTUJRN"])]
    assert _events(coder, "A Canadian judge let Huawei executive Meng Wanzhou go home.", "2021-09-24")[0][:3] == \
        ("RETREAT", "0841", ["CANJUD"])


def test_counterfactuals_are_negated(coder):
    ev = [e for e in coder.code("China vetoed a Security Council resolution that would have condemned the coup.",
                                "2024-03-05") if e.event_type == "ACCUSE"]
    assert ev and ev[0].negated and ev[0].hypothetical


def test_defying_warnings_is_a_refusal_but_defying_a_curfew_is_manner(coder):
    evs = _events(coder, "North Korea fired a missile on Monday, defying warnings from the United States.")
    assert ("REJECT", "128", ["PRK"], ["USA"]) in evs
    evs = _events(coder, "Police fired tear gas at protesters defying the curfew.")
    # no refusal; the protest the police broke up is coded too (EventExtractor._repressed_protest)
    assert [e[0] for e in evs] == ["ASSAULT", "PROTEST"]


def test_refusal_participle_on_the_reporting_verb_is_the_same_refusal(coder):
    evs = _events(coder, "Iran has refused to release the French tourists, a government spokesman said on Monday, "
                         "brushing off calls from the European Union for their release.")
    assert [e[0] for e in evs] == ["REJECT", "REQUEST"]
    assert evs[0][:3] == ("REJECT", "1243", ["IRN"]) and "EUR" in evs[0][3]


def test_refused_demands_with_a_named_owner_happened(coder):
    evs = _events(coder, "Pakistan dismissed mounting Chinese pressure for tighter security around its workers.")
    assert ("REQUEST", "100", ["CHN"], []) in evs and evs[0][0] == "REJECT"
    evs = _events(coder, "Ethiopia rebuffed African Union mediation efforts on Friday.")
    assert [e[0] for e in evs] == ["REJECT"]  # refused mediation did not happen


def test_letting_inspectors_or_aid_in_grants_access(coder):
    assert _events(coder, "Syria let UN investigators into Douma on Saturday.", "2018-04-14") == \
        [("RETREAT", "0862", ["SYR"], ["UNO"])]
    assert _events(coder, "Egypt allowed trucks carrying fuel to enter Gaza on Monday.") == \
        [("RETREAT", "0863", ["EGY"], ["PSE"])]
    assert _events(coder, "The club allowed fans to return to the stadium.") == []


def test_frame_verb_after_a_vote_is_not_a_purpose(coder):
    evs = _events(coder, "Kenya's parliament voted on Tuesday to urge the government to recall its ambassador "
                         "to Somalia.")
    assert [e[:3] for e in evs] == [("REQUEST", "020", ["KENLEG"])]


def test_called_for_a_clause_with_its_own_subject(coder):
    # "for" parsed as the subordinator of "the United States to stop": the one asked is its subject
    evs = _events(coder, "Mexico's president called for the United States to stop deportations.")
    assert evs == [("REQUEST", "0256", ["MEXGOV"], ["USA"])]


def test_those_forced_to_act_in_the_passive_are_the_actors(coder):
    evs = _events(coder, "Russian troops were forced to withdraw from the Kharkiv region in September.")
    assert [e[:3] for e in evs] == [("RETREAT", "0874", ["RUSMIL"])]


def test_release_in_a_swap_is_one_event_and_stopping_non_events_is_nothing(coder):
    evs = _events(coder, "Iran freed two French citizens on Friday in a prisoner swap with Belgium.", "2023-05-26")
    assert [e[:3] for e in evs] == [("RETREAT", "0841", ["IRN"])]
    assert _events(coder, "The jailed activist stopped eating on Monday, his family said.") == []
    assert _events(coder, "Russia stopped shelling the city on Monday.") == [("RETREAT", "087", ["RUS"], [])]
    # "require" is not a demand frame: rules and laws require things
    assert _events(coder, "Egypt's new rules require Sudanese refugees to obtain visas.") == []


def test_at_the_request_of_names_who_asks_and_who_is_asked(coder):
    evs = _events(coder, "Russian troops entered Kazakhstan at the behest of President Tokayev.", "2022-01-06")
    assert ("REQUEST", "020", ["KAZGOV"], ["RUSMIL"]) in evs
    assert _events(coder, "The ministry did not respond to a request for comment.") == []
    assert _events(coder, "Britain will listen to any US request.") == []


def test_what_is_pulled_out_of_decides_the_event(coder):
    # no PLOVER event (a root-01 sports shadow pattern may leave a null-type 010 statement)
    assert [e for e in _events(coder, "Biden pulled out of the presidential race on Sunday.", "2024-07-21") if e[0]] == []
    assert _events(coder, "Russia pulled out of the Black Sea grain deal on Monday.")[0][:2] == ("SANCTION", "160")
    assert _events(coder, "Russia pulled out of the talks.")[0][:2] == ("SANCTION", "164")
    assert _events(coder, "Russian troops pulled out of Kherson.")[0][:3] == ("RETREAT", "0874", ["RUSMIL"])


def test_a_subject_that_names_no_actor_gives_way_to_one_that_does(coder):
    # the small model hangs "(WHO)" and "hitherto" on the verb as extra subjects
    evs = _events(coder, "The World Health Organization (WHO) lauded record-breaking progress in tackling sleeping "
                         "sickness.", "2017-12-25")
    assert [e[:3] for e in evs] == [("SUPPORT", "051", ["UNOMED"])]
    evs = _events(coder, "Russia has hitherto acquiesced in Turkey's Afrin operation.", "2018-04-11")
    assert [e[:3] for e in evs] == [("CONCEDE", "080", ["RUS"])]
def test_frame_verb_misparsed_as_a_reduced_relative_is_the_clause_verb(coder):
    evs = _events(coder, "Hamas's armed wing threatened on Monday to start executing Israeli civilian hostages.",
                  "2023-10-09")
    assert evs == [("THREATEN", "138", ["PSEREB"], ["ISRCVL"])]
    evs = _events(coder, "Pakistan's interior minister threatened on Tuesday to arrest Imran Khan.", "2022-05-24")
    assert [e[:3] for e in evs] == [("THREATEN", "132", ["PAKGOV"])]
    assert _events(coder, "Residents warned to stay indoors fled the town.") == []


def test_passive_legal_charge_with_no_agent_is_the_judiciary_s(coder):
    evs = _events(coder, "Najib Razak, the former Malaysian prime minister, was charged on Wednesday with "
                         "criminal breach of trust.", "2018-07-04")
    assert ("ACCUSE", "1121", ["MYSJUD"], ["MYSELI"]) in evs
    assert _events(coder, "The opposition leader was accused of treason.") == []


def test_accusing_report_verbs_accuse_the_actor_of_the_reported_clause(coder):
    evs = _events(coder, "Ethiopian security forces and allied Amhara militias waged a campaign of ethnic cleansing "
                         "against Tigrayans in western Tigray, Human Rights Watch and Amnesty International charged "
                         "in a joint report.", "2022-04-06")
    assert ("ACCUSE", "1124", ["NGO"], ["ETHCOP", "ETHPRM"]) in evs
    evs = _events(coder, "Israeli forces killed 12 people in Jenin, Palestinian officials alleged.")
    assert ("ACCUSE", "1122", ["PSEGOV"], ["ISRMIL"]) in evs
    assert ("ASSAULT", "190", ["ISRMIL"], ["PSECVL"]) in evs
    assert _events(coder, "The company charged customers more.") == []


def test_an_act_announced_on_a_condition_is_a_threat(coder):
    evs = _events(coder, "China will impose sanctions on Lithuania if it opens a Taiwan office.")
    assert evs == [("THREATEN", "1312", ["CHN"], ["LTU"])]
    evs = _events(coder, "President Barack Obama said on Tuesday he would send 30,000 more US troops to Afghanistan.",
                  "2009-12-01")
    assert [e[0] for e in evs] == ["MOBILIZE"]


def test_deadlines_given_until_a_date(coder):
    evs = _events(coder, "Israel gave Hamas until Saturday to release the hostages.")
    assert evs == [("THREATEN", "139", ["ISR"], ["PSEREB"])]
    evs = _events(coder, "Russia's defence ministry gave Ukrainian forces holed up in the Azovstal steelworks until "
                         "6 a.m. on Sunday to lay down their weapons.", "2022-04-16")
    assert evs == [("THREATEN", "139", ["RUSGOV"], ["UKRMIL"])]
    assert _events(coder, "The coach gave the players until Monday to report for training.") == []


def test_gathering_to_protest_is_the_protest(coder):
    evs = _events(coder, "Thousands of Egyptians gathered in Tahrir Square to protest against the verdict.")
    assert evs == [("PROTEST", "141", ["EGYCVL"], ["EGYGOV"])]
    evs = _events(coder, "Thousands took to the streets in Tbilisi to protest the foreign agents law.")
    assert [e[0] for e in evs] == ["PROTEST"]
    evs = _events(coder, "Iran summoned the British envoy to protest the seizure of the tanker.")
    assert [e[:2] for e in evs] == [("ACCUSE", "114")]


def test_force_used_on_protesters_implies_their_protest(coder):
    evs = _events(coder, "Police fired tear gas at protesters in Nairobi.")
    assert evs == [("ASSAULT", "175", ["KENCOP"], ["KENCVL"]), ("PROTEST", "141", ["KENCVL"], ["KENGOV"])]
    evs = _events(coder, "Police arrested 20 protesters in Moscow.")
    assert ("PROTEST", "141", ["RUSCVL"], ["RUSGOV"]) in evs


def test_protesters_setting_fire_riot(coder):
    evs = _events(coder, "Protesters torched the headquarters of the ruling party in Nairobi.")
    assert evs == [("PROTEST", "145", ["KENCVL"], ["KENPTY"])]
    evs = _events(coder, "Protesters stormed the Swedish embassy in Baghdad and set it on fire.")
    assert [e[0] for e in evs] == ["PROTEST"]
    evs = _events(coder, "Retreating Iraqi forces set fire to more than 600 Kuwaiti oil wells.")
    assert evs == [("ASSAULT", "1712", ["IRQMIL"], ["KWT"])]


def test_walking_off_the_job_and_bringing_traffic_to_a_halt(coder):
    evs = _events(coder, "Thousands of junior doctors walked off the job at South Korea's major hospitals on Tuesday.")
    assert [e[:3] for e in evs] == [("PROTEST", "143", ["KORMED"])]
    evs = _events(coder, "Farmers brought central Paris to a halt.")
    assert evs == [("PROTEST", "144", ["FRAAGR"], ["FRAGOV"])]
    assert _events(coder, "Heavy snow brought traffic to a standstill on the M25.") == []
    assert _events(coder, "The striker walked off the pitch in tears.") == []


def test_a_word_of_an_organisation_s_name_is_not_a_verb(coder):
    evs = _events(coder, "Members of the climate group Just Stop Oil brought traffic on London's M25 motorway to a "
                         "halt on Wednesday.", "2022-11-09")
    assert evs == [("PROTEST", "144", ["GBRNGO"], ["GBRGOV"])]


def test_one_protest_per_protesters_in_a_sentence(coder):
    evs = _events(coder, "Unions brought much of France to a standstill on Thursday as rail workers walked off the "
                         "job in a nationwide strike.", "2023-01-19")
    assert [e[0] for e in evs] == ["PROTEST"]


def test_atrocity_charges_in_a_speaker_s_statement_are_accusations(coder):
    evs = _events(coder, "Myanmar's army committed genocide against the Rohingya, Gambia told the International "
                         "Court of Justice on Tuesday.", "2019-12-10")
    assert evs == [("ACCUSE", "1122", ["GMB"], ["MMRMIL"])]
    evs = _events(coder, "Russian forces shelled Kharkiv overnight, regional officials said.", "2022-03-01")
    assert [e[:3] for e in evs] == [("ASSAULT", "194", ["RUSMIL"])]
    assert [e[0] for e in _events(coder, "The Khmer Rouge committed genocide in the 1970s.")] == ["ASSAULT"]


def test_passive_formal_investigations_name_the_state_or_the_speaker(coder):
    evs = _events(coder, "Former French President Nicolas Sarkozy was placed under formal investigation on "
                         "Wednesday.", "2018-03-21")
    assert evs == [("ACCUSE", "1121", ["FRAJUD"], ["FRAELI"])]
    evs = _events(coder, "Former Prime Minister Najib Razak is being investigated over the 1MDB state fund, "
                         "Malaysia's anti-graft agency said on Wednesday.", "2018-05-23")
    assert evs == [("ACCUSE", "090", ["MYS"], ["MYSELI"])]


def test_saying_who_is_responsible_is_an_accusation(coder):
    evs = _events(coder, "Spain's interior minister said ETA was the main suspect.", "2004-03-11")
    assert evs == [("ACCUSE", "112", ["ESPGOV"], ["ESPREB"])]
    evs = _events(coder, "The Ukrainian foreign ministry said Moscow was behind the attack.")
    assert evs == [("ACCUSE", "112", ["UKRGOV"], ["RUSGOV"])]
    evs = _events(coder, "EU foreign policy chief Josep Borrell said on Friday the Russian government bore "
                         "ultimate responsibility.", "2024-02-16")
    assert evs == [("ACCUSE", "112", ["EURGOV"], ["RUSGOV"])]
    assert _events(coder, "He said the project was behind schedule.") == []


def test_harm_announced_by_a_speaker_is_a_threat(coder):
    evs = _events(coder, "Iran's Supreme Leader Ayatollah Ali Khamenei said on Wednesday that Israel must be "
                         "punished.", "2024-04-10")
    assert evs == [("THREATEN", "138", ["IRNGOV"], ["ISR"])]
    evs = _events(coder, "Any American warship that takes part in aggression against Yemen will be a legitimate "
                         "target, the Houthis said on Friday.", "2024-01-12")
    assert [e[:2] for e in evs] == [("THREATEN", "1384")] and evs[0][3] == ["USAMIL"]
    assert _events(coder, "The coach said Brazil would be punished for their mistakes.") == []


def test_holding_responsible_and_options_on_the_table(coder):
    evs = _events(coder, "Iran held the United States responsible for the attack on its consulate.")
    assert evs == [("ACCUSE", "112", ["IRN"], ["USA"])]
    evs = _events(coder, "Tehran holds Washington fully responsible for the consequences, the foreign ministry said.")
    assert evs == [("ACCUSE", "112", ["IRNGOV"], ["USAGOV"])]
    evs = _events(coder, "US officials said all options were on the table if Iran resumed enrichment.")
    assert evs == [("THREATEN", "130", ["USAGOV"], [])]
    assert _events(coder, "The Fed held interest rates steady and said all options were on the table.") == []
    assert _events(coder, "Investors held their positions.") == []


def test_protests_in_sports_copy_are_not_events(coder):
    assert _events(coder, "Manchester City's players protested furiously after the referee awarded a "
                          "stoppage-time penalty.") == []
    assert _events(coder, "Liverpool players took part in a rally against racism before the referee blew "
                          "the whistle.") == []


def test_protesters_laying_siege_block_and_marches_are_one_protest(coder):
    evs = _events(coder, "Protesters laid siege to the parliament building in Tbilisi.")
    assert evs == [("PROTEST", "144", ["GEOCVL"], ["GEOLEG"])]
    evs = _events(coder, "Tens of thousands of Israelis converged on Jerusalem on Saturday at the end of a four-day "
                         "march from Tel Aviv against the government's plan.", "2023-07-22")
    assert [e[:3] for e in evs] == [("PROTEST", "141", ["ISRCVL"])]


def test_warnings_that_forecast_are_not_threats(coder):
    evs = _events(coder, "The African Union warned on Saturday that Sudan risked sliding into a full-scale civil war.")
    assert "THREATEN" not in [e[0] for e in evs]
    evs = _events(coder, "Kim Yo Jong warned on Thursday that South Korea would face a terrible situation if it "
                         "continued to send propaganda leaflets across the border.", "2023-08-24")
    assert [e[:2] for e in evs] == [("THREATEN", "130")]
    evs = _events(coder, "Hong Kong police warned on Monday they could use live rounds.", "2019-11-18")
    assert [e[:3] for e in evs] == [("THREATEN", "130", ["HKGCOP"])]


def test_strike_called_for_a_date_and_implied_protesters_merge(coder):
    evs = _events(coder, "Israel's largest labour union called a general strike for Monday.")
    assert [e[:2] for e in evs] == [("PROTEST", "143")]
    evs = _events(coder, "Farmers from across Europe parked hundreds of tractors on the streets around the European "
                         "Parliament in Brussels on Thursday, lighting bonfires and pelting police with eggs.",
                  "2024-02-01")
    assert [e[0] for e in evs] == ["PROTEST"]
    evs = _events(coder, "Two Just Stop Oil activists threw tins of tomato soup over Van Gogh's Sunflowers in "
                         "London.", "2022-10-14")
    assert [e[:3] for e in evs] == [("PROTEST", "140", ["GBRNGO"])]
def test_police_deployed_at_home_mobilise_and_phrasal_frame_verbs_are_not_frames(coder):
    # an agentless passive deployment of police whose country comes from the scene
    evs = _events(coder, "Riot police were deployed across central Paris on Saturday.", "2018-12-08")
    assert evs == [("MOBILIZE", "153", ["FRACOP"], [])]
    # "call up" is a call-up (154), not the appeal frame "call ... to"
    evs = _events(coder, "Russia called up 300,000 reservists to fight in Ukraine.", "2022-09-21")
    assert [e[:3] for e in evs] == [("MOBILIZE", "154", ["RUS"])]


def test_title_before_a_name_fills_a_pattern_object(coder):
    evs = _events(coder, "Sudan's army ousted President Omar al-Bashir on Thursday.", "2019-04-11")
    assert [e[:3] for e in evs] == [("COERCE", "170", ["SDNMIL"])]
    evs = _events(coder, "Mali expelled French Ambassador Joel Meyer on Monday.", "2022-01-31")
    assert evs == [("SANCTION", "166", ["MLI"], ["FRAGOV"])]


def test_untargeted_sanction_beside_a_targeted_one_is_the_same_event(coder):
    evs = _events(coder, "Saudi Arabia expelled Canada's ambassador and recalled its own envoy on Monday.",
                  "2018-08-06")
    assert evs == [("SANCTION", "166", ["SAU"], ["CANGOV"])]


def test_court_ordered_dissolution_is_a_ban_not_a_demand(coder):
    evs = _events(coder, "A Turkish court ordered the closure of the pro-Kurdish newspaper Ozgur Gundem.", "2016-08-16")
    assert [e[:3] for e in evs] == [("COERCE", "1722", ["TURJUD"])]
    evs = _events(coder, "Pakistan's Supreme Court ordered the release of Imran Khan.", "2023-05-11")
    assert [e[:2] for e in evs] == [("REQUEST", "1053")]  # a demand for a release (the noun read as its verb)


def test_deadlines_to_leave_nominal_aid_cuts_and_ambassadors_called_home(coder):
    # the small model hangs "48 hours" on the ambassador as an apposition
    evs = _events(coder, "Niger's military rulers gave France's ambassador 48 hours to leave the country on Friday.",
                  "2023-08-25")
    assert evs == [("SANCTION", "166", ["NERGOV"], ["FRAGOV"])]
    # individuals who are not diplomats are deported (PLOVER 3.13.2)
    evs = _events(coder, "China gave three Wall Street Journal reporters five days to leave the country.", "2020-02-19")
    assert evs == [("COERCE", "174", ["CHN"], ["USAJRN"])]
    evs = _events(coder, "Trump ordered a pause in all US military aid to Ukraine.", "2025-03-04")
    assert [e[:2] for e in evs] == [("SANCTION", "1622")]
    # "home" is not a name the ambassadors are called
    evs = _events(coder, "Chile and Colombia called their ambassadors home for consultations.", "2023-10-31")
    assert [e[:3] for e in evs] == [("SANCTION", "161", ["CHL", "COL"])]


def test_particle_tagged_as_preposition_carries_the_preposition(coder):
    evs = _events(coder, "The United States pulled out of the Paris agreement.", "2020-11-04")
    assert [e[:3] for e in evs] == [("SANCTION", "160", ["USA"])]
    evs = _events(coder, "US troops pulled out of Afghanistan.", "2021-08-31")
    assert [e[:2] for e in evs] == [("RETREAT", "0874")]


def test_weather_warnings_claims_pressed_and_territory_defended_are_not_events(coder):
    assert _events(coder, "The Met Office extended its rare red weather warning into the evening.", "2018-03-01") == []
    evs = _events(coder, "President Nicolas Maduro pressed his claim to the oil-rich Essequibo region.", "2024-02-09")
    assert evs == []
    evs = _events(coder, "Putin warned that Moscow would use all means at its disposal to defend its territory.",
                  "2022-09-21")
    assert [e[0] for e in evs] == ["THREATEN"]


def test_police_storming_a_building_is_a_raid(coder):
    evs = _events(coder, "Ecuadorian police stormed the Mexican embassy in Quito on Friday.", "2024-04-06")
    assert [e[:3] for e in evs] == [("COERCE", "171", ["ECUCOP"])]
    evs = _events(coder, "Protesters stormed the US embassy in Baghdad.", "2019-12-31")
    assert [e[:2] for e in evs] == [("PROTEST", "145")]



def test_army_called_out_and_troops_ordered_onto_the_streets_mobilise(coder):
    evs = _events(coder, "Bolivia's government called out the army to restore order in Cochabamba.", "2019-11-15")
    assert [e[:3] for e in evs] == [("MOBILIZE", "154", ["BOLGOV"])]
    evs = _events(coder, "Peru's president ordered troops onto the streets of Lima.", "2023-01-15")
    assert [e[:3] for e in evs] == [("MOBILIZE", "154", ["PERGOV"])]


def test_what_x_called_y_in_a_prepositional_phrase_is_a_characterisation(coder):
    evs = _events(coder, "Saudi Arabia cut ties with Qatar over what it called Doha's support for terrorism.",
                  "2017-06-05")
    assert ("ACCUSE", "111", ["SAU"], ["QATGOV"]) in evs
    evs = _events(coder, "Uganda shut down the internet, in what opposition candidate Bobi Wine called an attempt "
                         "to rig the vote.", "2021-01-13")
    assert ("ACCUSE", "111", ["UGAOPP"], ["UGA"]) in evs


def test_a_takeover_owned_by_an_armed_force_is_a_seizure_or_a_coup(coder):
    evs = _events(coder, "Hamas's takeover of Gaza in 2007 split the Palestinian territories.", "2017-06-14")
    assert [e[:3] for e in evs] == [("COERCE", "192", ["PSEREB"])]
    assert _events(coder, "Microsoft's takeover of Activision was approved.", "2023-10-13") == []


def test_cut_nouns_name_the_cut_and_lexicon_namings_are_acts(coder):
    evs = _events(coder, "Pakistan's suspension of trade with India hurt farmers on both sides of the border.",
                  "2019-08-20")
    assert [(e[0], e[2]) for e in evs] == [("SANCTION", ["PAK"])] and evs[0][1] in ("160", "163")  # halted trade
    evs = _events(coder, "The EU's suspension of aid to Niger took effect.", "2023-07-30")
    assert [e[:3] for e in evs] == [("SANCTION", "162", ["EUR"])]
    assert _events(coder, "The government's freeze on hiring angered unions.", "2023-07-30") == []
    evs = _events(coder, "Moscow labelled Meduza a foreign agent.", "2021-04-23")
    assert [e[:3] for e in evs] == [("COERCE", "172", ["RUSGOV"])]


def test_states_acting_each_on_their_own_and_waters_that_are_the_sea(coder):
    evs = _events(coder, "India and Pakistan have both reinforced their positions along the Line of Control.",
                  "2019-02-28")
    assert [e[:3] for e in evs] == [("MOBILIZE", "154", ["IND", "PAK"])]
    evs = _events(coder, "Beijing dispatched coast guard ships to the waters around the Senkaku islands.",
                  "2012-09-14")
    assert [e[:3] for e in evs] == [("MOBILIZE", "153", ["CHNGOV"])]


def test_expulsions_by_who_is_expelled_and_ordered_cut_nouns(coder):
    evs = _events(coder, "Mali's junta ordered the expulsion of the French ambassador.", "2022-01-31")
    assert evs == [("SANCTION", "166", ["MLIGOV"], ["FRAGOV"])]
    evs = _events(coder, "Burkina Faso ordered the expulsion of two French journalists.", "2023-04-02")
    assert evs == [("COERCE", "174", ["BFA"], ["FRAJRN"])]
    evs = _events(coder, "Trump ordered a pause in all US military aid to Ukraine.", "2025-03-04")
    assert [e[:2] for e in evs] == [("SANCTION", "1622")] and evs[0][3] == ["UKR"]
    assert _events(coder, "The player's expulsion in the first half cost his team the match.") == []


def test_expelled_from_a_body_in_an_agentless_passive_and_namings_in_apposition(coder):
    evs = _events(coder, "Russia was kicked out of the G8 after annexing Crimea.", "2014-03-25")
    assert [e for e in evs if e[0] == "SANCTION"] == [("SANCTION", "166", ["IGO"], ["RUS"])]
    evs = _events(coder, "The United States designated the Houthis a terrorist organisation.", "2021-01-11")
    assert evs == [("SANCTION", "163", ["USA"], ["YEMREB"])]


def test_a_parliament_expelling_foreign_troops_ends_their_presence(coder):
    evs = _events(coder, "Iraq's parliament voted to expel US troops from the country.", "2020-01-05")
    assert [e[:3] for e in evs] == [("SANCTION", "166", ["IRQLEG"])]
    evs = _events(coder, "Iraqi forces expelled Islamic State fighters from Mosul.", "2017-07-10")
    assert [e[:2] for e in evs] == [("ASSAULT", "190")]
def test_a_weapon_that_slams_into_a_target_is_an_attack_not_criticism(coder):
    evs = _events(coder, "A Russian missile ploughed into an apartment block in Dnipro on Saturday.")
    assert evs == [("ASSAULT", "195", ["RUS"], [])]
    evs = _events(coder, "Russian guided bombs slammed into a crowded hypermarket in Kharkiv.")
    assert evs == [("ASSAULT", "195", ["RUS"], [])]
    assert _events(coder, "Three US Marines were killed when their Osprey aircraft crashed on a routine flight.") == []
    assert [e[0] for e in _events(coder, "Russia slammed the sanctions as illegal.")] == ["ACCUSE"]


def test_one_attack_per_dyad_in_a_sentence(coder):
    evs = _events(coder, "Security forces fired tear gas and beat protesters in several Iranian cities overnight.")
    # one assault (and the protest it broke up, EventExtractor._repressed_protest)
    assert evs == [("ASSAULT", "175", ["IRNCOP"], ["IRNCVL"]), ("PROTEST", "141", ["IRNCVL"], ["IRNGOV"])]


def test_hostages_taken_or_held_are_abductions(coder):
    evs = _events(coder, "Chechen rebels were holding some 700 people hostage inside a Moscow theatre.")
    assert evs == [("ASSAULT", "181", ["RUSREB"], ["RUSCVL"])]
    evs = _events(coder, "Militants overpowered their guards and took several security officials hostage on Sunday.")
    assert [e[:2] for e in evs] == [("ASSAULT", "181")]


def test_shot_dead_and_baton_charged(coder):
    evs = _events(coder, "Israeli troops shot dead at least 58 Palestinians on Monday.")
    assert evs == [("ASSAULT", "193", ["ISRMIL"], ["PSECVL"])]
    evs = _events(coder, "Police in Lahore baton-charged and fired tear gas at hundreds of lawyers.")
    assert [e[:3] for e in evs] == [("ASSAULT", "175", ["PAKCOP"])]
    assert _events(coder, "Mbappe shot the ball past the keeper and Marseille charged forward.") == []


def test_misparsed_series_and_stray_subjects(coder):
    # "tortured" is hung under "raped" as an adverbial clause; the series shares one subject
    evs = _events(coder, "Russian soldiers raped, tortured and summarily executed civilians in the Kyiv region.")
    assert evs == [("ASSAULT", "186", ["RUSMIL"], ["UKRCVL"])]
    # "Riot police" is parsed as the root and the verbs as its conjuncts
    evs = _events(coder, "Riot police in Dhaka swung batons and fired rubber bullets at students.")
    assert evs == [("ASSAULT", "175", ["BGDCOP"], ["BGDEDU"])]
    # the owner of a compound hangs on its first noun
    evs = _events(coder, "A junta fighter jet dropped bombs on a crowd in Pazigyi village in Myanmar.")
    assert [e[:3] for e in evs] == [("ASSAULT", "195", ["MMRGOV"])]


def test_volleys_of_weapons_and_series_of_attacks(coder):
    evs = _events(coder, "The Security Council met on Sunday after Iran's overnight barrage of drones and missiles.")
    assert ("ASSAULT", "195", ["IRN"], []) in evs
    assert _events(coder, "The minister faced a barrage of criticism over the budget.") == []
    evs = _events(coder, "It was the first aid shipment to reach the city since the Saudi-led air campaign began.")
    assert evs == [("ASSAULT", "195", ["SAU"], [])]


def test_a_relative_clause_adds_victims_to_its_attack(coder):
    evs = _events(coder, "Rutte condemned Russia's overnight barrage of missiles and drones on Kyiv, which killed "
                         "at least 23 people.", "2025-06-17")
    assert [e for e in evs if e[0] == "ASSAULT"] == [("ASSAULT", "195", ["RUS"], ["UKRCVL"])]


def test_an_attack_claimed_by_a_group_is_the_group_s(coder):
    evs = _events(coder, "Two car bombs ripped through a busy junction in Mogadishu on Saturday in an attack "
                         "claimed by al-Shabaab.")
    assert evs == [("ASSAULT", "190", ["SOMREB"], [])]


def test_vowed_war_and_vowing_to_keep_attacking_are_threats(coder):
    evs = _events(coder, "The Houthis vowed to keep targeting ships linked to Israel.")
    assert [e[:3] for e in evs] == [("THREATEN", "138", ["YEMREB"])]
    evs = _events(coder, "Germany pledged to continue supplying weapons to Ukraine.")
    assert evs == [("AGREE", "0332", ["DEU"], ["UKR"])]


def test_an_armed_group_s_video_of_a_killing_shows_its_own_act(coder):
    evs = _events(coder, "Islamic State militants posted a video on Tuesday showing the beheading of American "
                         "journalist James Foley.", "2014-08-20")
    assert ("ASSAULT", "1823", ["IMG"], ["USAJRN"]) in evs
    assert [e for e in _events(coder, "Human Rights Watch released footage showing the beating of protesters.")
            if e[0] == "ASSAULT"] == []


def test_jets_scrambled_to_bomb_are_the_attack_and_police_roadblocks_restrict(coder):
    evs = _events(coder, "Thailand scrambled F-16 fighter jets to bomb Cambodian military positions.", "2025-07-24")
    assert evs == [("ASSAULT", "195", ["THA"], ["KHMMIL"])]
    evs = _events(coder, "Police in Haryana fired tear gas shells at farmers and blocked highways with trucks.")
    assert [e[:2] for e in evs] == [("ASSAULT", "175"), ("COERCE", "191")]


def test_a_storm_flooding_streets_is_no_protest(coder):
    assert _events(coder, "Hurricane Ian slammed into Florida's Gulf Coast on Wednesday, ripping roofs off homes "
                          "and flooding streets.") == []


def test_protesters_torching_riot_and_political_camps_clashing_riot(coder):
    evs = _events(coder, "Protesters stormed the Swedish embassy in Baghdad and set it on fire early on Thursday.")
    assert [e[:2] for e in evs] == [("PROTEST", "145")]
    evs = _events(coder, "Opposition supporters and ruling party activists clashed in the streets of Dhaka on Saturday.")
    assert [e[:2] for e in evs] == [("PROTEST", "145")]


def test_purpose_of_help_and_named_people_executed(coder):
    evs = _events(coder, "Rwanda has begun deploying 1,000 soldiers to Mozambique's Cabo Delgado province to help "
                         "fight Islamist insurgents.")
    assert [e[0] for e in evs] == ["AID"]  # one event: the deployment to help (074), not also the fighting
    evs = _events(coder, "Tehran executed German-Iranian dual national Jamshid Sharmahd on Monday.", "2024-10-28")
    assert [e[:3] for e in evs] == [("ASSAULT", "186", ["IRNGOV"])]
    assert _events(coder, "The government executed its plan to privatise the railways.") == []


def test_torching_in_an_attack_scuffles_and_sorties(coder):
    evs = _events(coder, "Israeli settlers attacked the Palestinian village of Huwara, torching cars and houses.")
    assert evs == [("ASSAULT", "190", ["ISRCVL"], ["PSE"])]
    evs = _events(coder, "Indian and Chinese soldiers scuffled along the border in Arunachal Pradesh.")
    assert evs == [("ASSAULT", "190", ["CHNMIL", "INDMIL"], [])]
    assert _events(coder, "The two players scuffled after the final whistle.") == []
    evs = _events(coder, "Russian warplanes carried out dozens of sorties over Idlib.")
    assert evs == [("ASSAULT", "195", ["RUSMIL"], [])]


def test_attacks_claimed_by_or_blamed_on_a_group(coder):
    evs = _events(coder, "The Houthis claimed a drone attack on the Israeli port of Eilat.")
    assert [e[:3] for e in evs] == [("ASSAULT", "195", ["YEMREB"])]
    evs = _events(coder, "A bombing blamed on al-Shabaab killed ten people in Mogadishu.")
    assert evs == [("ASSAULT", "183", ["SOMREB"], ["SOMCVL"])]
    evs = _events(coder, "Armed bandits raided a village in Zamfara and carted off dozens of residents.")
    assert ("ASSAULT", "181", ["NGACRM"], ["NGACVL"]) in evs


def test_our_forces_in_a_quote_are_the_speaker_s(coder):
    evs = _events(coder, "“Our units destroyed three enemy tanks near Bakhmut over the past day,” the Ukrainian "
                         "military's general staff said.")
    assert [e[:3] for e in evs] == [("ASSAULT", "1712", ["UKRMIL"])]


def test_a_stray_by_phrase_names_the_passive_s_agent(coder):
    evs = _events(coder, "Villagers were hacked to death with machetes by ADF rebels in Ituri.")
    assert [e[:3] for e in evs] == [("ASSAULT", "1823", ["UGAREB"])]
    assert _events(coder, "The bill was passed in parliament by a wide margin.") == []
    evs = _events(coder, "Soldiers dragged men from their homes in Ghouta and shot them, witnesses said.")
    assert ("ASSAULT", "193") in [e[:2] for e in evs]


def test_a_participle_continues_the_attack_a_light_verb_launched(coder):
    evs = _events(coder, "Russia launched a massive missile barrage on Ukraine on Christmas Day, killing 30 civilians.")
    assert evs == [("ASSAULT", "195", ["RUS"], ["UKR", "UKRCVL"])]


def test_misattached_by_phrases_and_shared_objects(coder):
    evs = _events(coder, "The shelling of the Zaporizhzhia nuclear plant by Russian forces alarmed the IAEA.")
    assert ("ASSAULT", "194", ["RUSMIL"], ["UKR"]) in evs
    evs = _events(coder, "Police in Kenya abducted and killed dozens of government critics.")
    assert evs == [("ASSAULT", "181", ["KENCOP"], ["KENOPP"])]


def test_firing_on_a_demonstration_is_repression_and_the_demonstration_a_protest(coder):
    evs = _events(coder, "Two people were killed when police fired on a demonstration in Mozambique's capital.")
    assert [e[:3] for e in evs] == [("ASSAULT", "175", ["MOZCOP"]), ("PROTEST", "141", ["MOZCVL"])]


def test_military_raids_are_assaults_and_police_raids_searches(coder):
    evs = _events(coder, "Israeli troops raided the Jenin refugee camp, killing nine Palestinians.")
    assert [e[:3] for e in evs] == [("ASSAULT", "190", ["ISRMIL"])]
    evs = _events(coder, "Police raided the offices of the opposition newspaper in Minsk.")
    assert [e[:2] for e in evs] == [("COERCE", "171")]


def test_banned_munitions_firebombs_and_knifings(coder):
    evs = _events(coder, "Russian forces used cluster munitions in Kharkiv, Human Rights Watch said.")
    assert evs == [("ASSAULT", "190", ["RUSMIL"], [])]
    evs = _events(coder, "Militants knifed a teacher to death outside his school in Arras.")
    assert [e[:2] for e in evs] == [("ASSAULT", "1823")]


def test_applying_to_join_and_pressing_after_a_reported_clause(coder):
    assert _events(coder, "Ukraine applied to become a member of the European Union.") == \
        [("REQUEST", "020", ["UKR"], ["EUR"])]
    assert _events(coder, "The new rules apply to Chinese companies.") == []
    evs = _events(coder, "Indian Prime Minister Narendra Modi told Russian President Vladimir Putin that today's era "
                         "was not one of war, pressing him to end the fighting in Ukraine.", "2022-09-16")
    assert ("REQUEST", "0256", ["INDGOV"], ["RUSGOV"]) in evs


def test_appeals_to_refrain_happen_and_what_is_yet_to_happen_has_not(coder):
    ev = coder.code("The US urged Israel not to invade Rafah.", "2024-03-05")
    assert [(e.event_type, e.negated) for e in ev] == [("REQUEST", False)]
    ev = coder.code("Hamas has yet to release the bodies.", "2024-03-05")
    assert [(e.event_type, e.negated) for e in ev] == [("RETREAT", True)]


def test_release_from_prison_is_the_jailing_state_s(coder):
    evs = _events(coder, "Gershkovich was released from a Russian prison.")
    assert [e[:3] for e in evs] == [("RETREAT", "0841", ["RUSGOV"])]
    assert _events(coder, "The footballer was released from custody after questioning.") == []


def test_calls_from_are_appeals_but_a_call_from_is_a_phone_call(coder):
    evs = _events(coder, "Israel ignored calls from the European Union to halt the offensive.")
    assert ("REQUEST", "020", ["EUR"], []) in evs
    evs = _events(coder, "Zelensky received a call from Biden on Friday.", "2023-11-06")
    assert [e[0] for e in evs] == ["CONSULT"]


def test_market_demands_of_traders_are_not_political(coder):
    assert _events(coder, "Bond investors in Tokyo rejected calls for an imminent rate cut.") == []
    assert _events(coder, "British traders demanded far higher yields to hold government bonds.") == []


def test_signing_with_a_partner_is_reciprocal_and_its_venue_no_recipient(coder):
    evs = _events(coder, "The United States signed an agreement with the Taliban in Doha on Saturday.", "2020-02-29")
    assert evs == [("SUPPORT", "057", ["AFGREB", "USA"], [])]
    evs = _events(coder, "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev initialled "
                         "a peace agreement at the White House on Friday.", "2025-08-08")
    assert evs == [("SUPPORT", "057", ["ARMGOV", "AZEGOV"], [])]


def test_the_one_addressed_in_a_call_took_part_in_it(coder):
    evs = _events(coder, "Biden warned Putin during a two-hour video call on Tuesday that sanctions would follow.",
                  "2021-12-07")
    assert ("CONSULT", "041", ["RUSGOV", "USAGOV"], []) in evs


def test_readiness_to_deploy_peacekeepers_is_an_offer_of_peacekeeping(coder):
    evs = _events(coder, "Indonesia stands ready to deploy troops as part of any UN peacekeeping force in Gaza.")
    assert [e[:3] for e in evs] == [("AGREE", "0334", ["IDN"])]
    evs = _events(coder, "Russia deployed troops to the border with Ukraine.")
    assert [e[:2] for e in evs] == [("MOBILIZE", "154")]


def test_one_body_holding_or_concluding_its_own_meeting_is_no_consultation(coder):
    assert _events(coder, "The Fed held its two-day meeting on Wednesday and left rates unchanged.") == []
    assert _events(coder, "The cabinet concluded its weekly meeting on Sunday.") == []
    evs = _events(coder, "Iran held its first talks with the EU in a year.")
    assert evs == [("CONSULT", "040", ["EUR", "IRN"], [])]


def test_a_vow_to_hold_out_is_no_agreement(coder):
    evs = _events(coder, "Followers of Moqtada al-Sadr stormed Iraq's parliament and began a sit-in, vowing to "
                         "stay until their rivals abandoned their choice of prime minister.")
    assert "AGREE" not in [e[0] for e in evs]
    assert [e[0] for e in _events(coder, "Iran vowed to hold talks with the IAEA.")] == ["AGREE"]


def test_chairing_talks_and_receiving_credentials(coder):
    evs = _events(coder, "Malaysia's Prime Minister Anwar Ibrahim, who chaired the talks, said the two sides had "
                         "agreed to meet again.")
    assert ("CONSULT", "045", ["MYSGOV"], []) in evs
    evs = _events(coder, "King Abdullah received the credentials of the new US ambassador at the palace on Tuesday.")
    assert evs == [("SUPPORT", "050", ["JORGOV"], ["USAGOV"])]


def test_a_past_event_dating_a_promise_is_coded(coder):
    evs = _events(coder, "Kishida and Yoon pledged on Thursday to resume regular shuttle diplomacy after their "
                         "first summit in Tokyo in 12 years.", "2023-03-16")
    assert ("CONSULT", "040", ["JPNGOV", "KORGOV"], []) in evs
    evs = _events(coder, "Iran vowed to retaliate after the Israeli air strike on its consulate in Damascus.")
    assert [e[0] for e in evs] == ["THREATEN", "ASSAULT"]


def test_a_doubted_act_is_no_event(coder):
    assert _events(coder, "Some diplomats doubt whether the bloc's leaders will even discuss it at their June "
                          "summit.") == []
    assert _events(coder, "Analysts questioned whether Iran would attack Israel.") == []
    assert [e[0] for e in _events(coder, "Police questioned the suspect.")] == ["ACCUSE"]


def test_a_welcome_given_and_a_recognition_by_a_state(coder):
    evs = _events(coder, "Kim Jong Un gave Putin a lavish welcome in Pyongyang.")
    assert evs == [("CONSULT", "043", ["RUSGOV"], ["PRKGOV"])]
    evs = _events(coder, "The recognition of Somaliland by Israel drew condemnation from the African Union.")
    assert ("SUPPORT", "054", ["ISR"], ["SOMPRE"]) in evs


def test_defending_one_s_own_country_is_not_verbal_support(coder):
    evs = _events(coder, "Putin warned the West that he was not bluffing about using nuclear weapons to defend Russia.")
    assert "SUPPORT" not in [e[0] for e in evs]
    assert ("SUPPORT", "052") in [e[:2] for e in _events(coder, "China defended Russia at the UN.")]


def test_propose_composes_with_what_is_proposed(coder):
    assert _events(coder, "The EU proposed imposing sanctions on Iran.") == [("THREATEN", "131", ["EUR"], ["IRN"])]
    assert _events(coder, "Iran proposed holding talks with Saudi Arabia.") == [("AGREE", "036", ["IRN"], ["SAU"])]
    evs = _events(coder, "Lula proposed forming a club of neutral countries, during a visit to Brasilia by German "
                         "Chancellor Olaf Scholz on Monday.", "2023-01-30")
    assert ("CONSULT", "042", ["DEUGOV"], ["BRA"]) in evs


def test_a_call_dating_the_clause_is_its_subject_s_even_when_hung_on_a_noun(coder):
    evs = _events(coder, "Biden announced an additional $800 million in military aid for Ukraine on Wednesday, "
                         "including artillery systems and helicopters, after a phone call with President Volodymyr "
                         "Zelenskiy.", "2022-04-13")
    assert ("CONSULT", "041", ["UKRGOV", "USAGOV"], []) in evs
    assert _events(coder, "The price of oil rose after a meeting of OPEC ministers.") == []


def test_support_for_a_plan_drafted_by_someone_goes_to_its_author(coder):
    evs = _events(coder, "The UN Security Council endorsed a US-drafted plan for Gaza on Monday.")
    assert evs == [("SUPPORT", "051", ["UNO"], ["USA"])]


def test_intransitive_resumption_takes_its_states_from_the_subject(coder):
    evs = _events(coder, "Direct flights between Turkey and Armenia resumed on Wednesday.", "2022-02-02")
    assert evs == [("COOPERATE", "061", ["ARM", "TUR"], [])]
    evs = _events(coder, "Gas supplies from Russia to Hungary resumed on Monday.")
    assert evs == [("COOPERATE", "061", ["RUS"], ["HUN"])]
    assert _events(coder, "Flights between London and Paris resumed after the strike.") == []
    assert _events(coder, "Play resumed after a rain delay.") == []


def test_particle_tagged_as_preposition_over_the_object(coder):
    # "take off list": the small model makes "off" a preposition governing "list"
    evs = _events(coder, "The United States took Cuba off its list of state sponsors of terrorism on Tuesday.", "2015-05-29")
    assert evs == [("CONCEDE", "081", ["USA"], ["CUB"])]


def test_frames_take_verb_named_nouns_as_complements(coder):
    evs = _events(coder, "Hamas agreed to the release of 50 hostages.")
    assert [e[:3] for e in evs] == [("CONCEDE", "0353", ["PSEREB"])]
    evs = _events(coder, "Germany halted the delivery of weapons to Saudi Arabia.")
    assert evs == [("SANCTION", "1622", ["DEU"], ["SAU"])]
    evs = _events(coder, "Israel agreed to the resumption of talks.")
    assert [e[:2] for e in evs] == [("AGREE", "036")]


def test_be_to_future_particle_objects_and_declared_pauses(coder):
    evs = _events(coder, "Britain is to send Storm Shadow cruise missiles to Ukraine, Defence Secretary Ben Wallace announced.")
    assert evs == [("AGREE", "0332", ["GBR"], ["UKR"])]
    evs = _events(coder, "The junta promised to hand power back to civilians within two years.")
    assert [e[:2] for e in evs] == [("AGREE", "034")]
    assert _events(coder, "Alexei Navalny flew back to Moscow on Sunday.", "2021-01-17") == []
    evs = _events(coder, "Israel will allow a daily pause in fighting in northern Gaza, the White House said.")
    assert [e[:3] for e in evs] == [("CONCEDE", "080", ["ISR"])]


def test_reported_future_two_verbs_down_and_weapons_sent_to_a_region(coder):
    evs = _events(coder, "President Barack Obama said on Tuesday he would send 30,000 more US troops to Afghanistan "
                         "and begin withdrawing forces in July 2011.", "2009-12-01")
    assert ("CONCEDE", "080") in [e[:2] for e in evs]
    evs = _events(coder, "Washington said it would immediately resume military aid and intelligence sharing with Kyiv.")
    assert [e[:2] for e in evs] == [("AGREE", "0332"), ("AGREE", "0314")]
    evs = _events(coder, "NATO allies are sending additional ships and fighter jets to eastern Europe, the alliance said.")
    assert [e[:2] for e in evs] == [("MOBILIZE", "154")]


def test_purpose_of_an_aspectual_deployment(coder):
    evs = _events(coder, "Rwanda has begun deploying 1,000 soldiers and police officers to Mozambique's Cabo Delgado "
                         "province to help fight Islamist insurgents, the Rwandan government said.", "2021-07-10")
    assert ("AID", "074") in [e[:2] for e in evs]


def test_arrival_with_relief_goods_is_a_delivery(coder):
    evs = _events(coder, "Chinese medical experts landed in Rome with 31 tonnes of supplies.", "2020-03-13")
    assert [e[:3] for e in evs] == [("AID", "073", ["CHN"])]
    evs = _events(coder, "Blinken arrived in Kyiv with a message of support.", "2024-05-14")
    assert [e[:2] for e in evs] == [("CONSULT", "042")]


def test_quantities_of_peacekeepers_arriving(coder):
    evs = _events(coder, "Thousands of Russian peacekeepers arrived in Nagorno-Karabakh on Tuesday.", "2020-11-10")
    assert evs == [("AID", "074", ["RUSMIL"], [])]
def test_victims_are_never_of_the_reporting_body(coder):
    evs = _events(coder, "Mali's army and Russian mercenaries executed hundreds of civilians in Moura, the UN said "
                         "in a report.")
    assert evs == [("ASSAULT", "186", ["MLIMIL", "RUSPRM"], ["MLICVL"])]


def test_gerund_subjects_and_claimed_responsibility(coder):
    evs = _events(coder, "Russian shelling claimed the lives of four civilians in Kherson on Friday.")
    assert evs == [("ASSAULT", "194", ["RUS"], ["UKRCVL"])]
    evs = _events(coder, "Colombia's ELN guerrillas claimed responsibility on Monday for last week's car bombing of "
                         "a police academy in Bogota that killed 21 cadets.", "2019-01-21")
    assert [e for e in evs if e[0] == "ASSAULT"] == [("ASSAULT", "1832", ["COLREB"], ["COLCOP"])]


def test_protests_during_a_crackdown_are_not_the_police_s(coder):
    evs = _events(coder, "Kenyan police killed at least 39 people during the protests, a rights body said.")
    assert [e[:3] for e in evs] == [("ASSAULT", "190", ["KENCOP"]), ("PROTEST", "141", ["KENCVL"])]


def test_a_crowd_quantity_parsed_as_the_root_keeps_its_verb(coder):
    # the small model makes "thousands" the root and "protested" a participle modifying it
    evs = _events(coder, "Tens of thousands protested along the Gaza border fence on Monday.")
    assert [e[:3] for e in evs] == [("PROTEST", "141", ["PSECVL"])]


def test_figurative_hostages_are_not_abductions(coder):
    assert _events(coder, "The budget was held hostage by Republican hardliners in the House.") == []


def test_aircraft_and_rockets_crashing_are_accidents(coder):
    assert _events(coder, "A Chinese rocket crashed into the Indian Ocean after launching a satellite.") == []
    assert [e[0] for e in _events(coder, "A Russian fighter jet slammed into a hillside.")] == [None]


def test_captives_after_the_object_and_shared_objects_of_coercion(coder):
    evs = _events(coder, "Rebels took three UN peacekeepers captive in eastern Congo.")
    assert evs == [("ASSAULT", "181", ["COGREB"], ["UNOMIL"])]
    evs = _events(coder, "The Taliban detained and beat two journalists in Kabul.")
    assert [e for e in evs if e[0] == "COERCE"] == [("COERCE", "173", ["AFGGOV"], ["AFGJRN"])]


def test_a_series_of_attacks_is_owned_only_by_armed_actors_or_states(coder):
    assert _events(coder, "The senator's campaign of attacks on the governor continued.") == []
    evs = _events(coder, "Russia's campaign of strikes on Ukraine's power grid continued.")
    assert [e[:3] for e in evs] == [("ASSAULT", "190", ["RUS"])]


def test_continued_acts_ultimatums_on_bills_and_warned_measures(coder):
    evs = _events(coder, "The Houthis vowed to keep attacking ships linked to Israel.")
    assert [e[:3] for e in evs] == [("THREATEN", "138", ["YEMREB"])]
    evs = _events(coder, "Germany pledged to continue supplying weapons to Ukraine.")
    assert evs == [("AGREE", "0332", ["DEU"], ["UKR"])]
    evs = _events(coder, "Kenya's biggest union gave the government a 48-hour ultimatum to withdraw the bill.")
    assert [e[:2] for e in evs] == [("THREATEN", "139")]
    evs = _events(coder, "Russia's foreign ministry warned Finland of retaliatory measures.")
    assert evs == [("THREATEN", "138", ["RUSGOV"], ["FIN"])]


def test_crowds_dispersed_protest_and_followers_burning_riot(coder):
    evs = _events(coder, "Georgian police used water cannon to disperse crowds outside parliament.")
    assert ("PROTEST", "141", ["GEOCVL"], ["GEOGOV"]) in evs
    evs = _events(coder, "Two suicide bombers attacked crowds outside Kabul airport on Thursday.", "2021-08-26")
    assert "PROTEST" not in [e[0] for e in evs]
    evs = _events(coder, "Supporters of Imran Khan torched a military building in Lahore.", "2023-05-10")
    assert [e[:2] for e in evs] == [("PROTEST", "145")]


def test_warrants_name_their_targets_and_charges(coder):
    evs = _events(coder, "The International Criminal Court issued arrest warrants for Israeli Prime Minister Benjamin "
                         "Netanyahu and Hamas military chief Mohammed Deif for alleged war crimes.", "2024-11-21")
    assert ("THREATEN", "130", ["IGOJUD"], ["ISRGOV", "PSEREB"]) in evs
    assert ("ACCUSE", "1124", ["IGOJUD"], ["ISRGOV", "PSEREB"]) in evs
    evs = _events(coder, "A Moscow court on Friday ordered the arrest in absentia of International Criminal Court "
                         "prosecutor Karim Khan.", "2024-05-17")
    assert evs == [("THREATEN", "130", ["RUSJUD"], ["IGOJUD"])]
    evs = _events(coder, "A Dhaka court ordered the arrest of the former prime minister.")
    assert [e[:2] for e in evs] == [("REQUEST", "100")]


def test_electoral_fraud_in_a_speaker_s_statement_is_an_accusation(coder):
    evs = _events(coder, "Kenya's opposition leader said President Kenyatta had rigged the vote.", "2024-03-05")
    assert evs == [("ACCUSE", "1121", ["KENOPP"], ["KENELI"])]
    assert _events(coder, "The thieves stole a car, police in Kenya said.") == []


def test_links_and_roles_named_by_a_speaker_accuse(coder):
    evs = _events(coder, "Canadian Prime Minister Justin Trudeau told parliament on Monday that there were credible "
                         "allegations linking agents of the Indian government to the killing of a Sikh leader.",
                  "2023-09-18")
    assert [e[:3] for e in evs] == [("ACCUSE", "112", ["CANGOV"])] and evs[0][3][0].startswith("IND")
    evs = _events(coder, "Iran's foreign minister said on Friday there were serious indications of an Israeli role in "
                         "the killing of the scientist.", "2020-11-27")
    assert evs == [("ACCUSE", "112", ["IRNGOV"], ["ISR"])]
    evs = _events(coder, "The Taliban refused to hand over Osama bin Laden without proof of his involvement in the "
                         "September 11 attacks, their ambassador said.", "2001-09-21")
    assert "ACCUSE" not in [e[0] for e in evs]
    assert _events(coder, "The minister said Qatar played a key role in the talks.") == []


def test_threat_nouns_with_their_owner_and_protesters_gathering(coder):
    evs = _events(coder, "Turkey's threat to veto Sweden's membership delayed the bid.")
    assert evs == [("THREATEN", "131", ["TUR"], ["SWE"])]
    evs = _events(coder, "Erdogan's threats against Greece drew a sharp rebuke from Athens.", "2022-06-10")
    assert ("THREATEN", "130", ["TURGOV"], ["GRC"]) in evs
    assert _events(coder, "The terror threat against Europe remains high.") == []
    evs = _events(coder, "Thousands of protesters gathered outside the Kenyan parliament.")
    assert evs == [("PROTEST", "141", ["KENCVL"], ["KENGOV"])]
    # leaders gathering for a summit hold it (CONSULT), they do not protest
    assert [e[0] for e in _events(coder, "EU leaders gathered in Brussels for a summit.")] == ["CONSULT"]


def test_sit_ins_split_by_the_tokenizer(coder):
    evs = _events(coder, "Tens of thousands of protesters kept up a sit-in outside the army headquarters in Khartoum.",
                  "2019-04-09")
    assert evs == [("PROTEST", "141", ["SDNCVL"], ["SDNGOV"])]
    evs = _events(coder, "Farmers held sit-ins on highways across Punjab in India.")
    assert evs == [("PROTEST", "141", ["INDAGR"], ["INDGOV"])]


def test_civilians_shutting_sites_obstruct(coder):
    evs = _events(coder, "Striking dock workers shut down ports across Belgium.")
    assert [e[:3] for e in evs] == [("PROTEST", "144", ["BELLAB"])]
    evs = _events(coder, "Israel closed the Rafah crossing on Sunday.")
    assert [e[:2] for e in evs] == [("COERCE", "191")]


def test_dismissals_and_second_objects_characterise(coder):
    evs = _events(coder, "Russia's foreign ministry denied that its forces had killed civilians in Bucha, calling "
                         "images of bodies in the streets a staged provocation by Kyiv.", "2022-04-04")
    assert ("ACCUSE", "111", ["RUSGOV"], ["UKRGOV"]) in evs
    evs = _events(coder, "The Kremlin dismissed the report as Russophobic hysteria.")
    assert [e[:3] for e in evs] == [("ACCUSE", "111", ["RUSGOV"])]


def test_platforms_taken_to_criticise(coder):
    evs = _events(coder, "Russia's foreign ministry held a news conference to accuse Ukraine of shelling the plant.")
    assert ("ACCUSE", "1123", ["RUSGOV"], ["UKR"]) in evs
    evs = _events(coder, "Iran summoned the British envoy to protest the seizure of the tanker.")
    assert [e[:2] for e in evs] == [("ACCUSE", "114")]


def test_a_warning_of_an_announced_act_is_one_threat_and_named_protesters_absorb_implied_ones(coder):
    evs = _events(coder, "China warned it would impose sanctions on Lithuania if it opened a Taiwan office.")
    assert evs == [("THREATEN", "1312", ["CHN"], ["LTU"])]
    evs = _events(coder, "Shops were torched and police vehicles pelted with stones in Dakar on Thursday as "
                         "supporters of opposition leader Ousmane Sonko clashed with security forces.", "2023-06-01")
    assert [e[0] for e in evs] == ["PROTEST"]


def test_convictions_self_criticism_and_rugby_are_not_accusations_or_protests(coder):
    evs = _events(coder, "A Tunisian court sentenced opposition leader Rached Ghannouchi to three years in prison on "
                         "Thursday on charges that his party had accepted foreign funding.", "2024-02-01")
    assert "ACCUSE" not in [e[0] for e in evs]
    evs = _events(coder, "Dutch Prime Minister Mark Rutte apologised on Monday for the Netherlands' role in slavery, "
                         "calling it a crime against humanity.", "2022-12-19")
    assert "ACCUSE" not in [e[0] for e in evs]
    assert _events(coder, "Their forwards marched over for two tries in ten minutes, knocking hosts France out.") == []


def test_force_not_ruled_out_is_threatened(coder):
    evs = _events(coder, "The White House did not rule out military action against Iran.")
    assert evs == [("THREATEN", "138", ["USAGOV"], ["IRN"])]
    evs = _events(coder, "Donald Trump refused on Tuesday to rule out using military or economic coercion to take "
                         "control of the Panama Canal and Greenland.", "2025-01-07")
    assert [e[:2] for e in evs] == [("THREATEN", "138")]
    assert _events(coder, "The coach did not rule out a return for the striker.") == []
    assert _events(coder, "He did not hesitate to help his neighbours.") == []


def test_an_untargeted_threat_beside_a_targeted_one_is_the_same(coder):
    evs = _events(coder, "The West African bloc ECOWAS gave the military junta in Niger one week on Sunday to reinstate "
                         "President Mohamed Bazoum, saying it would not rule out the use of force.", "2023-07-30")
    assert [e[0] for e in evs] == ["THREATEN"]


def test_forceful_responses_announced_are_threats(coder):
    evs = _events(coder, "Iran's foreign minister said Tehran would respond decisively to any Israeli attack.")
    assert ("THREATEN", "138", ["IRNGOV"], ["ISR"]) in evs
    assert _events(coder, "The central bank said it would react strongly to any rise in inflation.") == []
def test_passive_relative_clause_object_is_the_noun_the_pronoun_stands_for(coder):
    # "who" is the passive subject of "captured"; the soldiers are what was captured (181, not 192)
    evs = _events(coder, "The Yemeni army released three soldiers who were captured by Houthi rebels last year.")
    assert ("ASSAULT", "181", ["YEMREB"], ["YEMMIL"]) in evs


def test_attack_noun_with_a_by_agent_under_a_copula_is_an_event(coder):
    evs = _events(coder, "The bombardment of Kharkiv by Russian warplanes was the heaviest in weeks, officials said.")
    assert evs == [("ASSAULT", "194", ["RUSMIL"], ["UKR"])]
    assert _events(coder, "The attack by Liverpool was the best in the league.") == []


def test_captured_combatants_postponed_visits_campaigns_and_offensives_prepared(coder):
    evs = _events(coder, "Iraqi troops captured two Islamic State jihadists near the Syrian border on Friday.")
    assert [e[:2] for e in evs] == [("ASSAULT", "181")]
    evs = _events(coder, "Pakistan's foreign minister postponed a visit to Kabul after a border clash.")
    assert evs == [("REJECT", "125", ["PAKGOV"], ["AFGGOV"])]
    evs = _events(coder, "Turkey launched a military campaign against the PKK in northern Iraq.")
    assert [e[:3] for e in evs] == [("ASSAULT", "190", ["TUR"])]
    evs = _events(coder, "The Russian army is preparing a ground offensive in the Donbas, Ukrainian officials said.")
    assert evs == [("MOBILIZE", "154", ["RUSMIL"], [])]
    assert _events(coder, "The band postponed its European tour after the singer fell ill.") == []


def test_ordered_truces_and_withdrawals_are_announced_concessions(coder):
    evs = _events(coder, "The Kremlin ordered a humanitarian pause in Mariupol from Monday.")
    assert [e[:3] for e in evs] == [("CONCEDE", "080", ["RUSGOV"])]
    evs = _events(coder, "Biden ordered the withdrawal of 2,500 US troops from Somalia.")
    assert [e[:3] for e in evs] == [("CONCEDE", "0356", ["USAGOV"])]
    evs = _events(coder, "Biden announced a rapid troop withdrawal from Somalia.")
    assert [e[:3] for e in evs] == [("CONCEDE", "0356", ["USAGOV"])]
    assert _events(coder, "The referee ordered a pause in the match.") == []


def test_what_a_speaker_says_another_must_do_is_the_speaker_s_demand(coder):
    evs = _events(coder, "The EU said Russia must withdraw its troops from Ukraine.")
    assert evs == [("REQUEST", "106", ["EUR"], ["RUS"])]
    evs = _events(coder, "Macron said Iran must release the French hostages immediately.")
    assert [e[:4] for e in evs] == [("REQUEST", "1053", ["FRAGOV"], ["IRN"])]
    # the speaker's own resolve is not a demand on itself
    evs = _events(coder, "Iran said it must defend itself against any Israeli attack.")
    assert all(e[0] != "REQUEST" for e in evs)


def test_captured_people_and_nominal_impositions_detentions_deportations(coder):
    evs = _events(coder, "Rebel forces captured him near the border in January.")
    assert [e[:2] for e in evs] == [("ASSAULT", "181")]
    evs = _events(coder, "Iran denounced Washington's reimposition of sanctions on its oil sector.")
    assert ("SANCTION", "163", ["USAGOV"], []) in evs
    evs = _events(coder, "Rights groups condemned the deportation of Afghan refugees by Pakistan.")
    assert ("COERCE", "174", ["PAK"], ["AFGREF"]) in evs
    assert _events(coder, "In recognition of his efforts, the president was given an award.") == []


def test_martial_law_by_an_actor_with_no_country_does_not_crash(coder):
    evs = _events(coder, "Martial law imposed by the president was lifted a day later.")
    assert [e[:2] for e in evs] == [("COERCE", "1724")]


def test_killed_in_clashes_between_or_shelling_by_names_the_fighters(coder):
    evs = _events(coder, "Ten soldiers were killed in fighting between the army and the RSF in Khartoum.")
    assert evs == [("ASSAULT", "190", ["SDNMIL", "SDNREB"], [])]
    evs = _events(coder, "Ten civilians were killed in shelling by the Syrian army.")
    assert [e[:3] for e in evs] == [("ASSAULT", "194", ["SYRMIL"])]
    assert _events(coder, "The ambassador was recalled in protest at the killing.") == []


def test_a_speaker_branding_an_actor_terrorist_accuses_it(coder):
    evs = _events(coder, "Ankara says the YPG is a terrorist group.")
    assert evs == [("ACCUSE", "112", ["TURGOV"], ["SYRREB"])]
    assert _events(coder, "Turkey said the YPG is not a terrorist group.") == []
    evs = _events(coder, "The PKK fought an insurgency against the Turkish state for forty years.")
    assert evs == [("ASSAULT", "190", ["TURREB"], ["TURGOV"])]


def test_the_noun_a_passive_relative_clause_describes_suffers_the_act(coder):
    # with no "by" phrase, the journalists are the victims, not the executioners
    assert _events(coder, "The rebels have held several hostages, including two aid workers "
                          "who were beheaded last year.") == []
    evs = _events(coder, "Ankara says the presence was the result of an agreement aimed at fighting terrorism.")
    assert all(e[0] != "ACCUSE" for e in evs)


def test_the_act_a_demand_noun_names_is_demanded_not_done(coder):
    evs = _events(coder, "The EU rejected Russia's demand that Ukraine withdraw its troops from the four regions.")
    assert ("REQUEST", "106", ["RUS"], ["UKR"]) in evs and all(e[0] != "RETREAT" for e in evs)
    evs = [(e.event_type, e.negated) for e in coder.code(
        "The EU said Russia must not attack Moldova.", "2024-03-05")]
    assert evs == [("REQUEST", False)]


def test_being_in_talks_is_holding_talks(coder):
    evs = _events(coder, "Iraq is in talks with the United States over the future of US troops.")
    assert evs == [("CONSULT", "040", ["IRQ", "USA"], [])]
    evs = _events(coder, "Turkey and Russia are in negotiations over a new gas pipeline.")
    assert [e[:3] for e in evs] == [("CONSULT", "046", ["RUS", "TUR"])]
    assert _events(coder, "The minister said the matter was in discussion.") == []


def test_location_is_the_place_the_sentence_names(coder):
    evs = coder.code("Chinese Foreign Minister Wang Yi met Antony Blinken in Beijing on Friday.", "2024-04-26")
    loc = evs[0].location
    assert (loc["text"], loc["name"], loc["country"]) == ("Beijing", "Beijing", "CHN")
    evs = coder.code("Israeli warplanes struck Hezbollah targets in southern Lebanon on Monday.", "2024-09-23")
    assert evs[0].location["country"] == "LBN"
    # an origin is no location, and a sentence naming no place gives none
    assert coder.code("Iran and Pakistan agreed to expand border trade.", "2025-05-26")[0].location is None
