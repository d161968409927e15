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
    assert _events(coder, "EU leaders gathered in Brussels for a summit.") == []


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
