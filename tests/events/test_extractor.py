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
    assert [e[0] for e in evs] == ["ASSAULT"]


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
    assert _events(coder, "Biden pulled out of the presidential race on Sunday.", "2024-07-21") == []
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
