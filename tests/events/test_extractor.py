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
    assert [e[:3] for e in evs] == [("COERCE", "173", ["RUSJUD"])]


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
