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
