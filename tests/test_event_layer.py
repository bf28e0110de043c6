"""Events from the sample reports, checked by hand: type, actor, recipient, place, date, negation.

Each expectation was read off the sample text by a person (not copied from the output):
who did what to whom, where, on which resolved date, and whether it was negated or only
planned/expected. Every case runs twice: the event layer alone (fallback to the raw parse)
and with the place/time/actor layers that exist in this checkout.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsprism import layers, samples
from newsprism.ingest.plaintext import from_text
from newsprism.model import Analysis, Article
from newsprism.pipeline import Pipeline

FIXTURE = Path(__file__).parent / "fixtures" / "events_extra.txt"
AUDIT = Path(__file__).parent / "fixtures" / "audit_time_events" / "events_audit.txt"
NOMINAL = Path(__file__).parent / "fixtures" / "events_nominal.txt"
FIXTURES = Path(__file__).parent / "fixtures"
AUDIT8 = {"audit8_sudan": dt.date(2024, 6, 12), "audit8_lebanon": dt.date(2024, 2, 20), "audit8_myanmar": dt.date(2024, 4, 10)}
AUDIT9 = {"audit9_doha": dt.date(2024, 9, 18), "audit9_brussels": dt.date(2024, 3, 6), "audit9_yerevan": dt.date(2024, 5, 29)}
FIX9 = {"fix9_redsea": dt.date(2024, 1, 16), "fix9_border": dt.date(2024, 5, 10), "fix9_galilee": dt.date(2024, 6, 4)}
AUDIT10 = {"audit10_kivu": dt.date(2024, 2, 16), "audit10_rakhine": dt.date(2024, 1, 24)}
FIX11 = {"events11_port_elm": dt.date(2026, 11, 20)}  # fictional; read with its title (file name without 'events_')
UNCHECKED = "unchecked"  # a field this case does not check (reason given on the case)

# (sample, trigger, nth event with this trigger, type, actor ⊇, recipient ⊇, place ⊇, date, negated, modality)
EXPECTED = [
    ("caspian_herald", "stopped", 0, "COERCE", "State Border Service", "convoy", "Lachin", "2023-04-25", False, "asserted"),
    ("caspian_herald", "refused", 0, "REJECT", "drivers", None, None, None, False, "refused"),
    ("caspian_herald", "returned", 0, "RETREAT", "drivers", None, "Goris", None, False, "asserted"),
    ("caspian_herald", "detained", 0, "COERCE", None, "Two members", None, None, False, "asserted"),
    ("caspian_herald", "set up", 0, "COERCE", None, None, None, "2023-04-23", False, "asserted"),
    ("caspian_herald", "withdraw", 0, "RETREAT", "Armenia", "armed forces", "Azerbaijan", None, False, "obliged"),
    ("caspian_herald", "held", 0, "PROTEST", "activists", None, None, None, False, "asserted"),
    ("caspian_herald", "welcomed", 0, "SUPPORT", "activists", "decision", None, None, False, "asserted"),
    ("caspian_herald", "hold", 0, "CONSULT", "Baku", "Armenian residents", None, None, False, "intended"),
    ("caspian_herald", "accused", 0, "ACCUSE", "ministry", "Yerevan", None, None, False, "asserted"),
    ("caspian_herald", "urged", 0, "REQUEST", "ministry", "Russian peacekeeping contingent", None, None, False, "asserted"),
    ("caspian_herald", "discuss", 0, "CONSULT", "Ilham Aliyev", "Charles Michel", "Brussels", "2023-W18", False, "expected"),
    ("caspian_herald", "agreed", 0, "AGREE", None, "meeting", None, "2023-04-14", False, "asserted"),
    (
        "artsakh_daily_ledger",
        "blocked",
        0,
        "COERCE",
        "Azerbaijani forces",
        "humanitarian convoy",
        "Hakari",
        "2023-04-25",
        False,
        "asserted",
    ),
    ("artsakh_daily_ledger", "installed", 0, "COERCE", "Azerbaijan", None, None, "2023-04-23", False, "asserted"),
    ("artsakh_daily_ledger", "fired", 0, "THREATEN", "Azerbaijani side", None, None, None, False, "asserted"),
    ("artsakh_daily_ledger", "forced", 0, "COERCE", "Azerbaijani side", "our drivers", None, None, False, "asserted"),
    ("artsakh_daily_ledger", "beaten", 0, "ASSAULT", None, "three drivers", None, None, False, "asserted"),
    ("artsakh_daily_ledger", "abducted", 0, "ASSAULT", "Azerbaijani soldiers", "two volunteers", None, None, False, "asserted"),
    ("artsakh_daily_ledger", "cut", 0, "COERCE", "Baku regime", "Artsakh", None, None, False, "asserted"),
    ("artsakh_daily_ledger", "blocked", 1, "PROTEST", "eco-activists", "road", None, None, False, "asserted"),
    (
        "artsakh_daily_ledger",
        "condemned",
        0,
        "ACCUSE",
        "Ministry of Foreign Affairs",
        "Azerbaijan",
        None,
        None,
        False,
        "asserted",
    ),
    (
        "artsakh_daily_ledger",
        "called on",
        0,
        "REQUEST",
        "Ministry of Foreign Affairs",
        "international community",
        None,
        None,
        False,
        "asserted",
    ),
    ("artsakh_daily_ledger", "asked", 0, "REQUEST", "Yerevan", "International Court of Justice", None, None, False, "asserted"),
    ("artsakh_daily_ledger", "intervene", 0, "COERCE", "Russian peacekeepers", None, None, None, True, "negated"),
    (
        "artsakh_daily_ledger",
        "visited",
        0,
        "CONSULT",
        "European Union monitors",
        None,
        "Kornidzor",
        "2023-04-26",
        False,
        "asserted",
    ),
    (
        "artsakh_daily_ledger",
        "met",
        0,
        "CONSULT",
        "European Union monitors",
        "local officials",
        None,
        "2023-04-26",
        False,
        "asserted",
    ),
    ("artsakh_daily_ledger", "force", 0, "COERCE", "occupiers", "Armenians of Artsakh", None, None, False, "intended"),
    ("artsakh_daily_ledger", "meet", 0, "CONSULT", "Ilham Aliyev", "Charles Michel", "Brussels", "2023-W18", False, "expected"),
    ("meridian_wire", "blames", 0, "ACCUSE", "each side", "the other", None, None, False, "asserted"),
    ("meridian_wire", "stopped", 0, "COERCE", "border guards", "convoy", "Lachin", "2023-04-25", False, "asserted"),
    # 13th session: with the time layer the lead's day ("on Tuesday stopped a convoy") dates them (test_events13)
    ("meridian_wire", "detained", 0, "COERCE", "officers", "two men", None, UNCHECKED, False, "asserted"),
    ("meridian_wire", "denied", 0, "REJECT", "Armenian officials", "allegation", None, None, False, "asserted"),
    ("meridian_wire", "fired", 0, "THREATEN", "Azerbaijani troops", None, None, None, False, "asserted"),
    ("meridian_wire", "beaten", 0, "ASSAULT", "Azerbaijani troops", "three drivers", None, UNCHECKED, False, "asserted"),
    ("meridian_wire", "set up", 0, "COERCE", None, None, None, "2023-04-23", False, "asserted"),
    ("meridian_wire", "brokered", 0, "CONSULT", "Moscow", "ceasefire", None, None, False, "asserted"),
    ("meridian_wire", "urged", 0, "REQUEST", "Foreign Ministry", "both sides", None, None, False, "asserted"),
    ("meridian_wire", "called for", 0, "REQUEST", "spokesperson for the European Union", None, None, None, False, "asserted"),
    ("meridian_wire", "deployed", 0, "MOBILIZE", "European Union", "monitors", None, None, False, "asserted"),
    ("meridian_wire", "visited", 0, "CONSULT", "group", None, "Kornidzor", "2023-04-26", False, "asserted"),
    ("meridian_wire", "supply", 0, "AID", "Azerbaijan", "region", "Aghdam", None, False, "offered"),
    ("meridian_wire", "rejected", 0, "REJECT", "Karabakh authorities", "proposal", None, None, False, "asserted"),
    # known miss: the parser hangs "in a 44-day war in 2020" on "Kalbajar", so the date (2020) is lost
    ("meridian_wire", "regained", 0, "COERCE", "Azerbaijan", None, "Karabakh", UNCHECKED, False, "asserted"),
    ("meridian_wire", "meet", 0, "CONSULT", "Leaders", "Charles Michel", "Brussels", "2023-W18", False, "planned"),
    ("meridian_wire", "mediated", 0, "CONSULT", "Charles Michel", "talks", None, None, False, "asserted"),
    ("meridian_wire", "host", 0, "CONSULT", "Washington", "foreign ministers", None, "2023-05", False, "planned"),
    # tests/fixtures/events_extra.txt, published 2023-05-03 (a Wednesday)
    ("extra", "refused", 0, "REJECT", "Russian peacekeepers", None, None, "2023-05-01", False, "refused"),
    ("extra", "intervene", 0, "COERCE", "peacekeepers", None, None, None, True, "negated"),
    ("extra", "detained", 0, "COERCE", "border guards", "two drivers", "Kornidzor", None, False, "asserted"),
    ("extra", "shelled", 0, "ASSAULT", "Azerbaijani artillery", "village of Sos", "Sos", "2023-04-30", False, "alleged"),
    ("extra", "denied", 0, "REJECT", "Baku", "claim", None, None, False, "asserted"),
    ("extra", "withdraw", 0, "RETREAT", "Armenia", "border units", None, "2023-W19", False, "planned"),
    ("extra", "threatened", 0, "THREATEN", "Officials", None, None, None, False, "threatened"),
    ("extra", "rallied", 0, "PROTEST", "Protesters", None, "Yerevan", "2023-05-02", False, "asserted"),
    ("extra", "blocked", 0, "PROTEST", "Protesters", "road", None, "2023-05-02", False, "asserted"),
    ("extra", "arrested", 0, "COERCE", "Police", "40 demonstrators", None, "2023-05-02", False, "asserted"),
    ("extra", "praised", 0, "SUPPORT", "European Union", "decision", None, None, False, "asserted"),
    ("extra", "urged", 0, "REQUEST", "European Union", "both governments", None, None, False, "asserted"),
    ("extra", "attacked", 0, "ASSAULT", "Azerbaijani forces", "civilians", None, None, True, "negated"),
    # "it" in the ministry's reported speech is the ministry; "would" → future, so Friday is the next one
    ("extra", "reopen", 0, "CONCEDE", "ministry", "crossing", None, "2023-05-05", False, "future"),
    # "he" is not the prosecutors who report it
    ("extra", "agreed", 0, "AGREE", "He", None, None, None, False, "asserted"),
    # tests/fixtures/audit_time_events/events_audit.txt, published 2023-05-03 (sixth-session audit; each failed before)
    # headline passive without auxiliary: the militia is accused, not accusing
    ("audit", "accused", 0, "ACCUSE", None, "Militia", None, None, False, "asserted"),
    # tenth session: a weapon is the means, not the doer (was actor "Drones"; now instrument "Drones")
    ("audit", "struck", 0, "ASSAULT", None, "river port", "Tsovak", "2023-05-02", False, "asserted"),
    ("audit", "open fire", 0, "ASSAULT", "Our units", "ferry", None, UNCHECKED, True, "negated"),
    # what is denied is coded as denied content, not as an asserted blockade/shelling
    ("audit", "blocking", 0, "COERCE", "border service", "aid convoy", None, None, True, "denied"),
    ("audit", "shelled", 0, "ASSAULT", "its gunners", "pier", None, "2023-05-01", True, "denied"),
    # "accused X of V-ing": X did it, allegedly; the date is the shelling's, not the accusation's
    ("audit", "accused", 1, "ACCUSE", "governor", "border service", None, None, False, "asserted"),
    ("audit", "shelling", 0, "ASSAULT", "border service", "fish market", None, "2023-04-30", False, "alleged"),
    # a participle clause shares the subject, modality and date of its verb
    ("audit", "killing", 0, "ASSAULT", "Gunmen", "two drivers", None, "2023-05-01", False, "alleged"),
    ("audit", "deliver", 0, "AID", "Volunteers", "valley", None, None, True, "failed"),
    ("audit", "looted", 0, "COERCE", "Militia fighters", "shops", None, None, False, "asserted"),
    ("audit", "retake", 0, "COERCE", "its troops", "ridge", None, None, False, "future"),
    # "in April" dates the meeting inside the accused conduct, not the accusation
    ("audit", "accused", 2, "ACCUSE", "Monitors", "militia", None, None, False, "asserted"),
    ("audit", "close", 0, "COERCE", "militia", "road", None, None, False, "alleged"),
    # passive "is accused of": the passive subject is the one accused
    ("audit", "shelling", 1, "ASSAULT", "militia commander", "ferry", None, "2023-04", False, "alleged"),
    # an event in an "if/unless" clause is a condition, not a report
    ("audit", "withdraws", 0, "RETREAT", "militia", None, None, None, False, "conditional"),
    # "fire at/on X" needs no object ("fired on Monday" is no attack: see the test below)
    ("audit", "fired on", 0, "ASSAULT", "Border guards", "ferry", None, "2023-04-30", False, "asserted"),
    # intransitive "reopened": the crossing is what reopened, not who reopened it
    ("audit", "reopened", 0, "CONCEDE", None, "ferry crossing", None, "2023-05-02", False, "asserted"),
    # tests/fixtures/events_nominal.txt, published 2024-03-14 (a Thursday; seventh session: nominal events)
    # an event noun reported as happening is the event; the verb it does ("killed") is folded into it
    ("nominal", "Shelling", 0, "ASSAULT", None, None, None, None, False, "asserted"),
    ("nominal", "strike", 0, "ASSAULT", None, "village of Sosna", "Sosna", "2024-03-11", False, "asserted"),
    ("nominal", "shelling", 0, "ASSAULT", None, "Kherson", "Kherson", "2024-03-13", False, "asserted"),
    ("nominal", "Fighting", 0, "ASSAULT", None, None, "Bakhmut", "2024-03-12", False, "asserted"),
    # object of a support verb: the verb's subject is the actor
    ("nominal", "attack", 0, "ASSAULT", "Militia fighters", "town of Avdiivka", "Avdiivka", "2024-03-10", False, "asserted"),
    # "killed in a Russian airstrike": the nationality is the actor, the "on" phrase the target
    ("nominal", "airstrike", 0, "ASSAULT", "Russian", "port of Odesa", "Odesa", "2024-03-13", False, "asserted"),
    # "came under attack": the subject is the target, the attacker is not named
    ("nominal", "attack", 1, "ASSAULT", None, "aid convoy", "Kramatorsk", "2024-03-11", False, "asserted"),
    ("nominal", "ambush", 0, "ASSAULT", "Rebels", "supply column", "Goma", None, False, "asserted"),
    ("nominal", "clashes", 0, "ASSAULT", "police", "protesters", "Tbilisi", "2024-03-09", False, "asserted"),
    ("nominal", "protest", 0, "PROTEST", "Thousands", None, "Yerevan", "2024-03-08", False, "asserted"),
    ("nominal", "attacks", 0, "ASSAULT", None, None, None, None, True, "negated"),
    # "denied that its strike hit …": denied content; "its" is the denier
    ("nominal", "strike", 1, "ASSAULT", "border service", "hospital", None, None, True, "denied"),
    ("nominal", "attack", 2, "ASSAULT", None, "Belgorod refinery", None, "2024-03-10", False, "alleged"),
    ("nominal", "bombardment", 0, "ASSAULT", "Russia", "Kharkiv", "Kharkiv", "2024-03-13", False, "asserted"),
    # a general strike is a protest, not an attack; what it paralysed is its target
    ("nominal", "strike", 2, "PROTEST", None, "Tbilisi", "Tbilisi", "2024-03-11", False, "asserted"),
    ("nominal", "arrests", 0, "COERCE", "Police", None, "Belgrade", "2024-03-09", False, "asserted"),
    # the consequent of an if-clause is conditional, and so is the verb coordinated with it
    ("nominal", "offensive", 0, "ASSAULT", "army", None, None, None, False, "conditional"),
    ("nominal", "seize", 0, "COERCE", "army", "bridge", None, None, False, "conditional"),
    # tests/fixtures/events_audit8_*.txt (eighth session; Sudan published 2024-06-12, Lebanon
    # 2024-02-20, Myanmar 2024-04-10). "The shelling also damaged …", "the shelling of Abu Shouk"
    # (condemned), "The barrage wounded …", "the rocket attack on Kiryat Shmona" (claimed), "The
    # bombing destroyed …", "the bombing of Pazigyi" (condemned) are the first telling told again
    (
        "audit8_sudan",
        "shelled",
        0,
        "ASSAULT",
        "Rapid Support Forces",
        "Abu Shouk camp",
        "Abu Shouk",
        "2024-06-10",
        False,
        "asserted",
    ),
    (
        "audit8_sudan",
        "killing",
        0,
        "ASSAULT",
        "Rapid Support Forces",
        "six displaced people",
        None,
        "2024-06-10",
        False,
        "asserted",
    ),
    # "The RSF denied the attack": a REJECT about the shelling, not a second attack
    ("audit8_sudan", "denied", 0, "REJECT", "RSF", "the attack", None, None, False, "asserted"),
    ("audit8_sudan", "accused", 0, "ACCUSE", "RSF", "army", None, None, False, "asserted"),
    ("audit8_sudan", "firing on", 0, "ASSAULT", "army", "camp", None, None, False, "alleged"),
    ("audit8_sudan", "target", 0, "ASSAULT", "its fighters", "civilians", None, UNCHECKED, True, "negated"),
    # "an airstrike on RSF positions east of the city": the target is no place
    ("audit8_sudan", "airstrike", 0, "ASSAULT", "Sudanese army", "RSF positions", None, "2024-06-11", False, "asserted"),
    ("audit8_sudan", "condemned", 0, "ACCUSE", "United Nations", "shelling of Abu Shouk", None, None, False, "asserted"),
    # "deplored the killing of two aid workers near Tawila on Sunday": the parser hangs the day on
    # 'deplored', so neither date is checked
    ("audit8_sudan", "deplored", 0, "ACCUSE", "African Union", "killing of two aid workers", None, UNCHECKED, False, "asserted"),
    ("audit8_sudan", "killing", 1, "ASSAULT", None, "two aid workers", "Tawila", UNCHECKED, False, "asserted"),
    (
        "audit8_sudan",
        "stormed",
        0,
        "ASSAULT",
        "RSF fighters",
        "village of Um Kadada",
        "Um Kadada",
        "2024-06-11",
        False,
        "asserted",
    ),
    # "The raid forced hundreds of families to flee": the raid is the storming told again
    # 13th session: "On Tuesday evening, RSF fighters stormed … The raid forced …": the fronted time frames the paragraph
    ("audit8_sudan", "forced", 0, "COERCE", "RSF fighters", "hundreds of families", None, UNCHECKED, False, "asserted"),
    ("audit8_sudan", "looting", 0, "COERCE", "RSF", "village market", None, None, False, "alleged"),
    ("audit8_sudan", "struck", 0, "ASSAULT", None, "facility", None, "2024-W23", False, "asserted"),
    ("audit8_sudan", "retake", 0, "COERCE", "Army commanders", "road", None, None, False, "future"),
    ("audit8_lebanon", "fired", 0, "ASSAULT", "Hezbollah", "Kiryat Shmona", "Kiryat Shmona", "2024-02-19", False, "asserted"),
    # "hours later" is dated only by the time layer
    ("audit8_lebanon", "struck", 0, "ASSAULT", "Israeli jets", "village of Aitaroun", "Aitaroun", UNCHECKED, False, "asserted"),
    ("audit8_lebanon", "targeted", 0, "ASSAULT", "Israeli military", "Hezbollah weapons depot", None, None, False, "asserted"),
    # "a response to the killing of three of its fighters": given, and told by Hezbollah
    ("audit8_lebanon", "killing", 0, "ASSAULT", None, "three of its fighters", "Naqoura", "2024-02-17", False, "asserted"),
    ("audit8_lebanon", "targeting", 0, "ASSAULT", "Israel", "civilians", "Aitaroun", None, True, "denied"),
    ("audit8_lebanon", "condemned", 0, "ACCUSE", "prime minister", "the Israeli strike", None, None, False, "asserted"),
    ("audit8_lebanon", "deplored", 0, "ACCUSE", "French foreign ministry", "the attack", None, None, False, "asserted"),
    (
        "audit8_lebanon",
        "shelled",
        0,
        "ASSAULT",
        "Israeli artillery",
        "outskirts of Khiam",
        "Khiam",
        "2024-02-20",
        False,
        "asserted",
    ),
    ("audit8_lebanon", "fire", 0, "ASSAULT", None, "UNIFIL patrol", "Rmeish", "2024-02-18", False, "asserted"),
    ("audit8_lebanon", "attacks", 0, "ASSAULT", None, None, None, None, False, "conditional"),
    ("audit8_lebanon", "marched", 0, "PROTEST", "Several hundred people", None, None, None, False, "asserted"),
    ("audit8_myanmar", "bombed", 0, "ASSAULT", "military jet", "village of Pazigyi", "Pazigyi", "2024-04-08", False, "asserted"),
    ("audit8_myanmar", "denied", 0, "REJECT", "information team", "the airstrike", None, None, False, "asserted"),
    # "… and said its forces had attacked a camp of the People's Defence Force": told by the junta's team
    (
        "audit8_myanmar",
        "attacked",
        0,
        "ASSAULT",
        "its forces",
        "camp of the People's Defence Force",
        None,
        UNCHECKED,  # 13th session: the lead's day (2024-04-08) with the time layer
        False,
        "asserted",
    ),
    # "A day later" is dated only by the time layer
    (
        "audit8_myanmar",
        "raided",
        0,
        "ASSAULT",
        "People's Defence Force unit",
        "army outpost",
        "Kani",
        UNCHECKED,
        False,
        "asserted",
    ),
    ("audit8_myanmar", "seized", 0, "COERCE", "fighters", "cache of rifles", None, UNCHECKED, False, "asserted"),
    ("audit8_myanmar", "condemned", 0, "ACCUSE", "United Nations", "bombing of Pazigyi", None, None, False, "asserted"),
    ("audit8_myanmar", "airstrikes", 0, "ASSAULT", "junta", "civilians", None, None, False, "asserted"),
    ("audit8_myanmar", "arrested", 0, "COERCE", "Soldiers", "eleven men", "Monywa", "2024-04-09", False, "asserted"),
    ("audit8_myanmar", "released", 0, "CONCEDE", None, "Two of the men", None, "2024-04-10", False, "asserted"),
    # "said it would not halt its operations … and accused …": the accusation is no negated future
    ("audit8_myanmar", "accused", 0, "ACCUSE", "military", "resistance", None, None, False, "asserted"),
    ("audit8_myanmar", "attack", 0, "ASSAULT", "Resistance leaders", "more outposts", None, None, False, "planned"),
    ("audit8_myanmar", "deliver", 0, "AID", "Aid groups", "Pazigyi", None, None, True, "failed"),
    ("audit8_myanmar", "blocked", 0, "COERCE", "troops", "road", "Monywa", None, False, "asserted"),
    # tests/fixtures/events_audit9_*.txt (ninth session, the non-violent categories; read as
    # `newsprism analyze` reads a file: the first line is the title). Doha published 2024-09-18,
    # Brussels 2024-03-06, Yerevan 2024-05-29.
    ("audit9_doha", "mediated", 0, "CONSULT", "Qatar", "talks", None, None, False, "asserted"),
    ("audit9_doha", "agreed", 0, "AGREE", "two sides", None, "El Obeid", None, False, "asserted"),
    ("audit9_doha", "accepted", 0, "AGREE", "army", "proposal", None, None, False, "asserted"),
    ("audit9_doha", "refused", 0, "REJECT", "RSF", None, None, "2024-09-17", False, "refused"),
    # "demanded the release of 40 of its commanders": what is demanded is no recipient
    ("audit9_doha", "demanded", 0, "REQUEST", "RSF", None, None, "2024-09-17", False, "asserted"),
    # "urged both delegations to return to the table on Thursday": Thursday is the return's
    ("audit9_doha", "urged", 0, "REQUEST", "Turkish mediators", "both delegations", None, None, False, "asserted"),
    ("audit9_doha", "host", 0, "CONSULT", "Ankara", "second round", "Istanbul", "2024-W39", False, "offered"),
    ("audit9_doha", "released", 0, "CONCEDE", "army", "25 detainees", None, "2024-09-16", False, "asserted"),
    ("audit9_doha", "free", 0, "CONCEDE", "RSF", "any prisoners", None, None, True, "negated"),
    ("audit9_doha", "shelled", 0, "ASSAULT", "RSF", "market", "El Obeid", None, False, "alleged"),
    ("audit9_doha", "threatened", 0, "THREATEN", "army", None, None, None, False, "threatened"),
    ("audit9_doha", "attacks", 0, "ASSAULT", None, None, None, None, False, "conditional"),
    ("audit9_doha", "welcomed", 0, "SUPPORT", "United States", "ceasefire", None, None, False, "asserted"),
    ("audit9_doha", "support", 0, "SUPPORT", "United States", "mediation", None, None, False, "future"),
    ("audit9_doha", "send", 0, "CONSULT", "Washington", "special envoy", None, None, False, "planned"),
    ("audit9_doha", "withdraw", 0, "RETREAT", "army", "its forces", "El Obeid", None, True, "negated"),
    # "the ceasefire obliges both sides to pull back two kilometres": a distance is no recipient
    ("audit9_doha", "pull back", 0, "RETREAT", "both sides", None, None, None, False, "obliged"),
    # "Egypt and Saudi Arabia said they would cooperate with Qatar"
    ("audit9_doha", "cooperate", 0, "COOPERATE", "Egypt", "Qatar", None, None, False, "future"),
    ("audit9_doha", "asked", 0, "REQUEST", "African Union", "two sides", None, None, False, "asserted"),
    ("audit9_doha", "rejected", 0, "REJECT", "Both delegations", "proposal", None, None, False, "asserted"),
    # "rejected a proposal to deploy international monitors": proposed, by nobody named
    ("audit9_doha", "deploy", 0, "MOBILIZE", None, "international monitors", None, None, False, "proposed"),
    ("audit9_doha", "talks", 1, "CONSULT", None, None, None, "2024-09-19", False, "future"),
    # the headline's "EU imposes new sanctions on Belarus" is this event (EU = European Union)
    (
        "audit9_brussels",
        "sanctions",
        0,
        "SANCTION",
        "European Union foreign ministers",
        "twelve Belarusian officials",
        None,
        "2024-03-05",
        False,
        "asserted",
    ),
    ("audit9_brussels", "froze", 0, "SANCTION", "bloc", "assets", None, None, False, "asserted"),
    ("audit9_brussels", "banned", 0, "SANCTION", "bloc", "officials", None, None, False, "asserted"),
    ("audit9_brussels", "rejected", 0, "REJECT", "Minsk", "measures", None, None, False, "asserted"),
    ("audit9_brussels", "threatened", 0, "THREATEN", "Minsk", None, None, None, False, "threatened"),
    # "last month" is resolved only by the time layer (2024-02)
    ("audit9_brussels", "expelled", 0, "SANCTION", "Lithuania", "two Belarusian diplomats", None, UNCHECKED, False, "asserted"),
    ("audit9_brussels", "close", 0, "COERCE", "Poland", "border crossing", None, "2024-04", False, "planned"),
    ("audit9_brussels", "refused", 0, "REJECT", "Hungary", None, None, None, False, "refused"),
    ("audit9_brussels", "sign", 0, "AGREE", "Hungary", "joint statement", None, None, True, "negated"),
    ("audit9_brussels", "asked", 0, "REQUEST", "Budapest", None, None, None, False, "alleged"),
    ("audit9_brussels", "delivered", 0, "AID", "United Nations convoy", "Kherson", None, "2024-03-04", False, "asserted"),
    ("audit9_brussels", "appealed for", 0, "REQUEST", "Red Cross", None, None, None, False, "asserted"),
    ("audit9_brussels", "accused", 0, "ACCUSE", "Moscow", "Kyiv", None, None, False, "asserted"),
    ("audit9_brussels", "praised", 0, "SUPPORT", "European Commission", "aid agencies", None, None, False, "asserted"),
    ("audit9_brussels", "agreed", 0, "AGREE", "France", None, None, None, False, "asserted"),
    ("audit9_yerevan", "disperse", 0, "COERCE", "police", "protest", "Yerevan", None, False, "asserted"),
    ("audit9_yerevan", "mobilisation", 0, "MOBILIZE", "Armenian government", "reservists", None, "2024-05-28", False, "asserted"),
    # 13th session: with the time layer the lead's Tuesday (the ordered mobilisation) dates both (test_events13)
    ("audit9_yerevan", "called up", 0, "MOBILIZE", None, "5,000 reservists", None, UNCHECKED, False, "asserted"),
    ("audit9_yerevan", "deployed", 0, "MOBILIZE", "army", "two battalions", None, UNCHECKED, False, "asserted"),
    ("audit9_yerevan", "marched", 0, "PROTEST", "Thousands of people", None, "Yerevan", "2024-05-27", False, "asserted"),
    ("audit9_yerevan", "dispersed", 0, "COERCE", "Police", "protesters", None, "2024-05-27", False, "asserted"),
    ("audit9_yerevan", "detained", 0, "COERCE", "Police", "150 people", None, "2024-05-27", False, "asserted"),
    ("audit9_yerevan", "beat", 0, "ASSAULT", "Officers", "journalists", None, None, False, "alleged"),
    # "called on supporters to rally again on Friday": Friday is the rally's
    ("audit9_yerevan", "called on", 0, "REQUEST", "Opposition leaders", "supporters", None, None, False, "asserted"),
    ("audit9_yerevan", "block", 0, "COERCE", "organisers", "main highway", None, None, False, "planned"),
    ("audit9_yerevan", "withdrawn", 0, "RETREAT", "Azerbaijan", "its troops", None, "2024-05-26", False, "asserted"),
    ("audit9_yerevan", "withdraw", 0, "RETREAT", "Azerbaijani units", None, None, None, True, "negated"),
    ("audit9_yerevan", "met", 0, "CONSULT", "prime minister", "protest leaders", None, "2024-05-28", False, "asserted"),
    ("audit9_yerevan", "refused", 0, "REJECT", "prime minister", None, None, "2024-05-28", False, "refused"),
    ("audit9_yerevan", "urged", 0, "REQUEST", "Russia", "both sides", None, None, False, "asserted"),
    # "Russia urged both sides to show restraint and offered to mediate": the parser hangs 'offered' on 'show'
    ("audit9_yerevan", "mediate", 0, "CONSULT", "Russia", None, None, None, False, "offered"),
    ("audit9_yerevan", "threatened", 0, "THREATEN", "opposition", None, None, None, False, "threatened"),
    # the parser calls the village Berkaber a PERSON, so it stays the one visited, not the place
    ("audit9_yerevan", "visited", 0, "CONSULT", "defence minister", "Berkaber", None, "2024-05-29", False, "asserted"),
    ("audit9_yerevan", "reopened", 0, "CONCEDE", "Georgia", "Sadakhlo crossing", None, None, False, "asserted"),
    # tests/fixtures/events_fix9_*.txt (ninth session, round 2: defects of the lead's Yemen audit and
    # the comparison fixtures, told again in fictional reports; read with their title)
    # "Coalition jets strike Hodeidah depot; rebels deny shelling Marib": a ';' ends the denied clause
    ("fix9_redsea", "strike", 0, "ASSAULT", "Coalition jets", "Hodeidah depot", None, None, False, "asserted"),
    ("fix9_redsea", "shelled", 0, "ASSAULT", "Rebel troops", "villages", "Kitaf valley", "2024-01-14", False, "asserted"),
    ("fix9_redsea", "fired", 0, "ASSAULT", "Tehran-backed militia", "Marib", None, UNCHECKED, False, "asserted"),
    # "A drone launched by the militia struck …": the launcher is the doer
    ("fix9_redsea", "struck", 0, "ASSAULT", "militia", "water pumping station", "Marib", UNCHECKED, False, "asserted"),
    # "claimed in a statement that its jets had destroyed two militia posts"
    ("fix9_redsea", "destroyed", 0, "ASSAULT", "its jets", "two militia posts", "Kitaf valley", None, False, "alleged"),
    ("fix9_redsea", "seized", 0, "COERCE", "rebels", "capital Sanaa", None, "2014", False, "asserted"),
    ("fix9_redsea", "shelling", 1, "ASSAULT", "rebels", "Marib", None, None, True, "denied"),
    # "the group's navy had responded by firing three missiles at a cargo ship"
    ("fix9_redsea", "firing", 0, "ASSAULT", "navy", "cargo ship", "Red Sea", None, False, "asserted"),
    ("fix9_redsea", "shelled", 1, "ASSAULT", "Government troops", "rebel posts", "Taiz", None, False, "asserted"),
    # "A government checkpoint near Marib was hit": the target's place
    ("fix9_redsea", "hit", 0, "ASSAULT", None, "government checkpoint", "Marib", None, False, "asserted"),
    ("fix9_redsea", "striking", 0, "ASSAULT", "army", "Sanaa market", None, None, True, "denied"),
    # headline "…; shepherd killed near Rawalakot": a past form in a headline is a passive
    # (13th session: the headline's "killed" now folds into the body's "shot dead", a killing: test_events13)
    ("fix9_border", "shelled", 0, "ASSAULT", "Indian troops", "villages", "Kotli", "2024-05-07", False, "asserted"),
    ("fix9_border", "shot", 0, "ASSAULT", None, "shepherd", "Rawalakot", UNCHECKED, False, "asserted"),
    ("fix9_border", "firing at", 0, "ASSAULT", "Delhi-backed administration", "Kotli", None, None, True, "denied"),
    ("fix9_border", "hit", 0, "ASSAULT", None, "hospital", "Kotli", UNCHECKED, False, "asserted"),
    # headline "Israeli strike kills two in Bint Jbeil; Hezbollah denies firing at Metula"
    ("fix9_galilee", "firing at", 0, "ASSAULT", "Hezbollah", "Metula", None, None, True, "denied"),
    ("fix9_galilee", "strike", 0, "ASSAULT", "Israeli", "house", "Bint Jbeil", "2024-06-03", False, "asserted"),
    # "Hezbollah denied firing at Kiryat Shmona" (the parser makes 'firing' the object of 'denied')
    ("fix9_galilee", "denied", 0, "REJECT", "Hezbollah", None, None, None, False, "asserted"),
    ("fix9_galilee", "firing at", 1, "ASSAULT", "Hezbollah", "Kiryat Shmona", None, None, True, "denied"),
    # tenth session: the shell is the means (instrument), not the doer (was actor "shell")
    ("fix9_galilee", "hit", 0, "ASSAULT", None, "UNIFIL position", "Naqoura", None, False, "asserted"),
    # tests/fixtures/events_audit10_*.txt (tenth session: North Kivu, published 2024-02-16 with the
    # dateline Feb 14; Myanmar, published 2024-01-24 with the dateline Jan 22). Dates the time layer
    # and the fallback resolve differently ('overnight', 'hours later', 'the following day') unchecked.
    ("audit10_kivu", "shelled", 0, "ASSAULT", "M23 rebels", "town of Sake", None, "2024-02-13", False, "asserted"),
    ("audit10_kivu", "killing", 0, "ASSAULT", "M23 rebels", "six civilians", None, "2024-02-13", False, "asserted"),
    # "Mortar shells struck a camp …": the shells are the means (instrument), no doer named
    ("audit10_kivu", "struck", 0, "ASSAULT", None, "camp for displaced people", "Mugunga", UNCHECKED, False, "asserted"),
    ("audit10_kivu", "wounding", 0, "ASSAULT", None, "eleven people", None, UNCHECKED, False, "asserted"),
    # "Rockets fired by the rebels hit a school": the launcher is the doer (the parser makes 'fired' the main verb)
    ("audit10_kivu", "hit", 0, "ASSAULT", "the rebels", "school", None, "2024-02-14", False, "asserted"),
    ("audit10_kivu", "attack", 0, "ASSAULT", None, "Sake-Goma road", None, "2024-02-14", False, "asserted"),
    ("audit10_kivu", "recaptured", 0, "COERCE", "government forces", "two hills", None, None, False, "asserted"),
    ("audit10_kivu", "accused", 0, "ACCUSE", "Kinshasa", "Rwanda", None, None, False, "asserted"),
    ("audit10_kivu", "sending", 0, "MOBILIZE", "Rwanda", "troops", None, None, False, "alleged"),
    # "on Thursday" after the dateline "GOMA, Feb 14" (a Wednesday): the fallback anchors on publication
    # (Feb 16: Thursday = Feb 15), the time layer now on the dateline (Feb 8, the Thursday before): unchecked.
    ("audit10_kivu", "summoned", 0, "ACCUSE", "foreign ministry", "Rwandan ambassador", None, UNCHECKED, False, "asserted"),
    ("audit10_kivu", "recalled", 0, "SANCTION", "foreign ministry", "envoy", None, UNCHECKED, False, "asserted"),
    ("audit10_kivu", "denied", 0, "REJECT", "Rwanda", None, None, None, False, "asserted"),
    ("audit10_kivu", "deploying", 0, "MOBILIZE", "Rwanda", "soldiers", "Congo", None, True, "denied"),
    ("audit10_kivu", "sent", 0, "MOBILIZE", "Rwanda", "any troops", "North Kivu", None, True, "negated"),
    ("audit10_kivu", "accused", 1, "ACCUSE", "She", "Kinshasa", None, None, False, "asserted"),
    ("audit10_kivu", "fired on", 0, "ASSAULT", "its troops", "rebel positions", None, None, False, "asserted"),
    ("audit10_kivu", "condemned", 0, "ACCUSE", "mission", "shelling", None, None, False, "asserted"),
    ("audit10_kivu", "shelling", 0, "ASSAULT", None, "displaced camp", None, None, False, "asserted"),
    ("audit10_kivu", "called on", 0, "REQUEST", "mission", "all armed groups", None, None, False, "asserted"),
    ("audit10_kivu", "send", 0, "CONSULT", "European Union", "envoy", None, "2024-W08", False, "future"),
    ("audit10_kivu", "urged", 0, "REQUEST", "Angola", "both governments", None, None, False, "asserted"),
    ("audit10_rakhine", "captured", 0, "COERCE", "Arakan Army", "town of Paletwa", "Paletwa", "2024-01-21", False, "asserted"),
    ("audit10_rakhine", "bombed", 0, "ASSAULT", "military jets", "Kyauk Ni Maw", "Kyauk Ni Maw", UNCHECKED, False, "asserted"),
    ("audit10_rakhine", "killing", 0, "ASSAULT", "military jets", "15 villagers", None, UNCHECKED, False, "asserted"),
    ("audit10_rakhine", "airstrike", 0, "ASSAULT", None, "monastery", None, UNCHECKED, False, "asserted"),
    ("audit10_rakhine", "denied", 0, "REJECT", "junta", None, None, None, False, "asserted"),
    ("audit10_rakhine", "targeting", 0, "ASSAULT", "junta", "civilians", None, None, True, "denied"),
    ("audit10_rakhine", "attacked", 0, "ASSAULT", "air force", "terrorist positions", None, None, False, "asserted"),
    (
        "audit10_rakhine",
        "ambushed",
        0,
        "ASSAULT",
        "People's Defence Force fighters",
        "army convoy",
        "Kale",
        "2024-01-22",
        False,
        "asserted",
    ),
    (
        "audit10_rakhine",
        "killing",
        1,
        "ASSAULT",
        "People's Defence Force fighters",
        "eight soldiers",
        None,
        "2024-01-22",
        False,
        "asserted",
    ),
    # "Government troops burned dozens of homes …": a new cue (burn/torch + homes, village, monastery …)
    ("audit10_rakhine", "burned", 0, "ASSAULT", "Government troops", "homes", None, UNCHECKED, False, "asserted"),
    ("audit10_rakhine", "brokered", 0, "CONSULT", "China", "ceasefire", None, None, False, "asserted"),
    ("audit10_rakhine", "agreed", 0, "AGREE", "military", None, None, "2024-01-18", False, "asserted"),
    ("audit10_rakhine", "hosted", 0, "CONSULT", "Chinese officials", "talks", "Kunming", None, False, "asserted"),
    ("audit10_rakhine", "sign", 0, "AGREE", "Arakan Army", "agreement", None, None, True, "negated"),
    ("audit10_rakhine", "withdraw", 0, "RETREAT", "the group", None, None, None, True, "future"),
    # "condemned the airstrike on Kyauk Ni Maw": the place is the airstrike's, not the condemning's
    ("audit10_rakhine", "condemned", 0, "ACCUSE", "United Nations", "airstrike", None, None, False, "asserted"),
    ("audit10_rakhine", "sanctions", 0, "SANCTION", "United States", "two Myanmar companies", None, None, False, "asserted"),
    ("audit10_rakhine", "closed", 0, "COERCE", "Thailand", "border crossing", "Myawaddy", None, False, "asserted"),
    ("audit10_rakhine", "pledged", 0, "AID", "Japan", "displaced families", None, None, False, "asserted"),
    ("audit10_rakhine", "hold", 0, "CONSULT", "junta", "ethnic armed groups", None, UNCHECKED, False, "future"),
    ("audit10_rakhine", "released", 0, "CONCEDE", "junta", "200 prisoners", None, UNCHECKED, False, "asserted"),
    # eleventh session (events11_port_elm.txt, published 2026-11-20, dateline Nov 19: the time layer's anchor)
    (
        "events11_port_elm",
        "shelled",
        0,
        "ASSAULT",
        "Government artillery",
        "northern districts",
        "Port Elm",
        "2026-11-18",
        False,
        "asserted",
    ),
    ("events11_port_elm", "fired", 0, "ASSAULT", "Rebel fighters", "army base", None, UNCHECKED, False, "asserted"),
    # "The army responded with artillery fire": a reply (with a weapon), no recipient
    ("events11_port_elm", "responded with", 0, "ASSAULT", "The army", None, None, UNCHECKED, False, "asserted"),
    # "a mine exploded under an army truck …, killing four soldiers": a land mine (the coal mine before it is none)
    ("events11_port_elm", "killing", 0, "ASSAULT", None, "four soldiers", None, UNCHECKED, False, "asserted"),
    # "rebels struck the port during the navy's exercise": the port is no drill target
    ("events11_port_elm", "struck", 0, "ASSAULT", "rebels", "the port", None, None, False, "asserted"),
    ("events11_port_elm", "wounding", 0, "ASSAULT", "rebels", "two dockers", None, None, False, "asserted"),
    # "through the night of the 18th": 2026-11-18TNI with the time layer; the parser's entity gives none
    ("events11_port_elm", "shelled", 1, "ASSAULT", "Rebel gunners", "the harbour", None, UNCHECKED, False, "asserted"),
]

OTHER_LAYERS = [n for n in ("place", "time", "actor") if n in layers.all_layers()]
MODES = ["event-only", "with-" + "-".join(OTHER_LAYERS) if OTHER_LAYERS else "event-only-again"]


def _articles() -> dict[str, Article]:
    arts = dict(samples.load_all())
    arts["extra"] = Article(text=FIXTURE.read_text(encoding="utf-8"), published=dt.date(2023, 5, 3), id="events-extra")
    arts["audit"] = Article(text=AUDIT.read_text(encoding="utf-8"), published=dt.date(2023, 5, 3), id="events-audit")
    arts["nominal"] = Article(text=NOMINAL.read_text(encoding="utf-8"), published=dt.date(2024, 3, 14), id="events-nominal")
    for name, published in AUDIT8.items():
        text = (FIXTURES / f"events_{name}.txt").read_text(encoding="utf-8")
        arts[name] = Article(text=text, published=published, id=f"events-{name}")
    for name, published in {**AUDIT9, **FIX9, **AUDIT10}.items():  # with its title, as `newsprism analyze FILE` reads it
        text = (FIXTURES / f"events_{name}.txt").read_text(encoding="utf-8")
        arts[name] = from_text(text, published=published, id=f"events-{name}")
    for name, published in FIX11.items():
        arts[name] = from_text((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), published=published, id=name)
    return arts


@pytest.fixture(scope="module")
def analysed() -> dict[str, dict[str, Analysis]]:
    arts = _articles()
    out = {}
    for mode in MODES:
        pipe = Pipeline(["event"] if mode.startswith("event-only") else ["event", *OTHER_LAYERS])
        out[mode] = {name: pipe(art) for name, art in arts.items()}
    return out


def _find(analysis: Analysis, trigger: str, nth: int) -> dict:
    hits = [e for e in analysis.records.get("events", []) if e["trigger_text"] == trigger]
    assert len(hits) > nth, (
        f"no event #{nth} with trigger {trigger!r}; got {[e['trigger_text'] for e in analysis.records.get('events', [])]}"
    )
    return hits[nth]


def _text(arg: dict | None) -> str | None:
    return None if arg is None else arg["text"] + " | " + str(arg.get("name") or "")


def test_at_least_forty_hand_checked_events():
    assert len(EXPECTED) >= 40
    assert len({(s, t, n) for s, t, n, *_ in EXPECTED}) == len(EXPECTED)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", EXPECTED, ids=[f"{c[0]}:{c[1]}:{c[2]}" for c in EXPECTED])
def test_hand_checked_event(analysed, mode, case):
    sample, trigger, nth, etype, actor, recipient, place, date, negated, modality = case
    analysis = analysed[mode][sample]
    ev = _find(analysis, trigger, nth)
    assert ev["event_type"] == etype
    if actor is None:
        assert ev["actor"] is None
    else:
        assert ev["actor"] is not None and actor in _text(ev["actor"])
    if recipient is None:
        assert ev["recipient"] is None
    else:
        assert ev["recipient"] is not None and recipient in _text(ev["recipient"])
    if place is not None:
        assert ev["location"] is not None and place in _text(ev["location"])
    if date != UNCHECKED:  # TIMEX3 values may carry a time of day ("2023-04-30TNI")
        assert (ev["date"] or "").split("T")[0] == (date or ""), ev["date_source"]
    assert ev["negated"] is negated
    assert ev["modality"] == modality
    if date is None and not negated and modality == "asserted":
        # the report was written by its publication date, or by its dateline's day when the time
        # layer anchored on it ("Aden, 15 January" published on 16 January: filed on the 15th)
        time = analysis.summary.get("time") or {}
        filed = time.get("anchor") if time.get("anchor_source") == "dateline" else None
        assert ev["date_not_after"] == (filed or analysis.article.published.isoformat())


@pytest.mark.parametrize("mode", MODES)
def test_no_event_for_the_embedded_or_uncoded_predicates(analysed, mode):
    triggers = {name: [e["trigger_text"] for e in a.records.get("events", [])] for name, a in analysed[mode].items()}
    # "refused to accompany/escort" is a rejection, not an escort
    assert "accompany" not in triggers["extra"] and "escort" not in triggers["extra"]
    assert "open" not in triggers["caspian_herald"]
    # "declined to comment" is no event; the asked-for "reopen" is the REQUEST's action
    assert "declined" not in triggers["caspian_herald"] and "comment" not in triggers["caspian_herald"]
    assert "reopen" not in triggers["artsakh_daily_ledger"] and "order" not in triggers["artsakh_daily_ledger"]
    # "seized on the report" is an idiom, not a seizure
    assert "seized" not in triggers["extra"]
    # "cut off" in the headline has no object: not coded
    assert triggers["artsakh_daily_ledger"].count("cut") == 1
    # eleventh session: "Troops responded quickly" (no act of force before it), "a coal mine flooded …,
    # killing nine miners" (an accident) and "a missile hit the target during a test launch" (a drill)
    port = triggers["events11_port_elm"]
    assert port.count("responded") == 0 and port.count("killing") == 1 and "hit" not in port


@pytest.mark.parametrize("mode", MODES)
def test_records_point_at_real_spans(analysed, mode):
    for analysis in analysed[mode].values():
        analysis.check_offsets()
        assert not [r for r in analysis.layers if r.status == "failed"]
        text = analysis.article.text
        for ev in analysis.records["events"]:
            span = analysis.span(ev["trigger"])
            assert span is not None and span.layer == "event" and span.label == ev["event_type"]
            assert span.attrs["event"] == ev["id"] and span.attrs["why"]
            assert span.source.startswith("event@")
            sent = analysis.span(ev["sentence"])
            assert sent is not None and sent.start <= span.start and span.end <= sent.end
            assert (ev["sentence_start"], ev["sentence_end"]) == (sent.start, sent.end)
            for key in ("actor", "recipient", "location"):
                arg = ev[key]
                if arg:
                    assert text[arg["start"] : arg["end"]] == arg["text"]
                    if arg["span"]:
                        assert analysis.span(arg["span"]) is not None
            if ev["time"]:
                assert analysis.span(ev["time"]).layer == "time"
            assert 0 < ev["confidence"] < 1
            assert ev["fine_type"]["type"] and 0 < ev["fine_type"]["score"] <= 1


def test_fallback_marks_how_dates_were_obtained(analysed):
    caspian = analysed["event-only"]["caspian_herald"]
    stopped = _find(caspian, "stopped", 0)
    assert stopped["time"] is None and stopped["date_source"].startswith("parse-entity")
    assert stopped["actor"]["span"] is None  # no actor layer: raw phrase only


@pytest.mark.skipif(not {"place", "time"} <= set(OTHER_LAYERS), reason="place/time layers absent")
def test_links_to_place_and_time_spans_when_present(analysed):
    caspian = analysed[MODES[1]]["caspian_herald"]
    stopped = _find(caspian, "stopped", 0)
    place = caspian.span(stopped["location"]["span"])
    assert place is not None and place.layer == "place"
    assert stopped["location"]["lat"] is not None and stopped["location"]["lon"] is not None
    assert stopped["time"] is not None and stopped["date_source"] == "time-span"
    assert caspian.span(stopped["time"]).text == "Tuesday"


@pytest.mark.skipif("actor" not in OTHER_LAYERS, reason="actor layer absent")
def test_links_to_actor_spans_when_present(analysed):
    caspian = analysed[MODES[1]]["caspian_herald"]
    stopped = _find(caspian, "stopped", 0)
    actor = caspian.span(stopped["actor"]["span"])
    assert actor is not None and actor.layer == "actor"
    assert stopped["actor"]["start"] <= actor.start < stopped["actor"]["end"]


@pytest.mark.parametrize("extra", [[], ["time"]])
def test_no_publication_date_means_no_guessed_date(extra):
    if extra and "time" not in layers.all_layers():
        pytest.skip("time layer absent")
    analysis = Pipeline(["event", *extra])(Article(text="Police arrested 40 demonstrators on Tuesday."))
    ev = _find(analysis, "arrested", 0)
    assert ev["date"] is None and "date_not_after" not in ev
    assert ev["date_source"] != "none"  # it says why: no anchor for the weekday


def test_a_pronoun_speaker_resolved_by_the_claim_layer_is_named_on_the_event():
    """'He added that the Baku regime had cut gas supplies' (after 'Melkonyan said …'): the event
    keeps the exact words 'He' and says who that is; the export writes the name."""
    from newsprism.events.rows import rows

    analysis = Pipeline(["event", "claim"])(dict(samples.load_all())["artsakh_daily_ledger"])
    ev = _find(analysis, "cut", 0)
    said = ev["attributed_to"]
    assert said["text"] == "He" and said["name"] == "Melkonyan" and said["resolved_from"] == "He"
    claim = next(r for r in analysis.records["claims"] if r["id"] == said["claim"])
    assert claim["speaker"] == "Melkonyan"
    row = next(r for r in rows([analysis]) if r["trigger"] == "cut")
    assert row["attributed_to"] == "Melkonyan"
    alone = _find(Pipeline(["event"])(dict(samples.load_all())["artsakh_daily_ledger"]), "cut", 0)
    assert alone["attributed_to"] == {"text": "He", "cue": "added"}  # without the claim layer: the words only


def test_strike_and_hit_need_a_target_and_a_deal_struck_is_an_agreement():
    """Sixth-session audit: 'strike'/'hit' were not cues at all; they now code only with a target-like object."""
    pipe = Pipeline(["event"])
    text = "The two militias struck a deal on Friday. A storm hit the coast. Artillery hit the ferry terminal."
    events = pipe(Article(text=text, published=dt.date(2023, 5, 3))).records.get("events", [])
    assert [(e["trigger_text"], e["event_type"]) for e in events] == [("struck", "AGREE"), ("hit", "ASSAULT")]


def test_fired_on_a_day_is_no_attack_and_the_passive_target_is_the_recipient():
    pipe = Pipeline(["event"])
    text = "The harbour master was fired on Monday. The ferry was fired on near the pier."
    events = pipe(Article(text=text, published=dt.date(2023, 5, 3))).records.get("events", [])
    assert [(e["trigger_text"], e["event_type"], (e["recipient"] or {}).get("text")) for e in events] == [
        ("fired on", "ASSAULT", "The ferry")
    ]


def test_returning_to_the_table_is_no_retreat():
    pipe = Pipeline(["event"])
    text = "The militia will not return to the table. The drivers returned to Goris."
    events = pipe(Article(text=text, published=dt.date(2023, 5, 3))).records.get("events", [])
    assert [(e["trigger_text"], e["event_type"]) for e in events] == [("returned", "RETREAT")]


# Review of the sixth-session audit: fictional sentences, each failing before its fix.
def _events(text: str, *extra: str) -> list[dict]:
    analysis = Pipeline(["event", *extra])(Article(text=text, published=dt.date(2023, 5, 3)))
    return analysis.records.get("events", [])


def _one(events: list[dict], trigger: str) -> dict:
    hits = [e for e in events if e["trigger_text"] == trigger]
    assert len(hits) == 1, [e["trigger_text"] for e in events]
    return hits[0]


def test_a_negated_denial_does_not_deny_its_content():
    for text, trigger in (
        ("The harbour authority did not deny attacking the barge.", "attacking"),
        ("Port Elm has never denied shelling the ferry terminal.", "shelling"),
    ):
        ev = _one(_events(text), trigger)
        assert ev["modality"] == "asserted" and ev["negated"] is False, (text, ev["modality"], ev["negated"])
        assert ev["attributed_to"] is None


def test_a_negated_accusation_codes_no_alleged_content():
    events = _events("Valmora did not accuse Ostrel of shelling the market town.")
    assert [e["trigger_text"] for e in events] == ["accuse"]


def test_headline_accused_of_makes_the_accused_the_actor_not_the_source():
    ev = _one(_events("Harbour Guard accused of attacking Port Elm"), "attacking")
    assert ev["modality"] == "alleged"
    assert ev["actor"] is not None and ev["actor"]["text"] == "Harbour Guard"
    assert ev["attributed_to"] is None


def test_natural_and_abstract_subjects_strike_hit_or_target_nothing():
    """'A storm hit the coast' only passed because 'coast' is not a target word: these have target-like objects."""
    for text in (
        "A 5.8 magnitude earthquake struck the port town of Velka on Monday.",
        "Floods hit the eastern district last week.",
        "New trade sanctions target Ostrel's energy infrastructure.",
        "The recession hit the city hard.",
        "A fire hit the grain warehouse overnight.",
    ):
        assert [e["trigger_text"] for e in _events(text)] == [], text
    assert [e["event_type"] for e in _events("Artillery fire hit the grain warehouse overnight.")] == ["ASSAULT"]


def test_the_target_word_list_is_one_shared_list():
    import json

    from newsprism.events.lexicon import lexicon
    from newsprism.resources import load_json

    raw = load_json("events", "plover_cues.json")
    text = json.dumps(raw["verbs"])
    # strike, hit, target, destroy (round 2), ram (13th), invade (14th), damage (20th)
    assert "headquarters" not in text and text.count("$target_objects") == 7
    assert len(raw["lists"]["target_objects"]) == len(set(raw["lists"]["target_objects"]))
    lex = lexicon()
    strike = next(words for words, _ in lex.verb("strike")["objects"] if "convoy" in words)
    target = lex.verb("target")["objects"][0][0]
    assert strike < target and {"journalist", "medic"} <= target


def test_retook_is_retake_although_the_parser_leaves_its_lemma():
    ev = _one(_events("Valmoran forces retook Port Elm in November."), "retook")
    assert ev["event_type"] == "COERCE" and ev["recipient"]["text"] == "Port Elm"


def test_returning_to_the_talks_is_no_retreat():
    """The object check compared the lemma 'talk' with the listed 'talks'."""
    assert _events("The Valmoran delegation returned to the talks on Thursday.") == []


def test_fired_on_the_orders_or_on_the_spot_is_a_dismissal():
    for text in (
        "The harbour official was fired on the orders of the president.",
        "The governor was fired on the spot after the raid.",
        "The deputy mayor was fired on the advice of the council.",
    ):
        assert [e["trigger_text"] for e in _events(text)] == [], text
    ev = _one(_events("The patrol boat was fired on from the hills."), "fired on")
    assert ev["event_type"] == "ASSAULT" and ev["recipient"]["text"] == "The patrol boat"


def test_a_verb_coordinated_inside_an_if_clause_is_conditional_too():
    events = _events("The militia will storm the depot if the talks collapse and the guards seize the bridge.")
    assert _one(events, "seize")["modality"] == "conditional"
    events = _events("The army will shell the port unless the rebels withdraw and surrender the harbour.")
    assert _one(events, "withdraw")["modality"] == "conditional"
    events = _events("Rebels seized the bridge and attacked the depot.")
    assert _one(events, "attacked")["modality"] == "asserted"


# Seventh session: conditional scope and coordinated verbs (fictional sentences, failing before the fix).
def test_coordinated_verbs_share_the_modal_and_the_if_clause_of_the_first():
    events = _events("If talks fail, the militia will storm and seize the depot, the governor said.")
    assert [(e["trigger_text"], e["modality"], e["modality_cue"]) for e in events] == [
        ("storm", "conditional", "If"),
        ("seize", "conditional", "If"),
    ]
    events = _events("The guards will shell and seize the harbour.")
    assert [(e["trigger_text"], e["modality"]) for e in events] == [("shell", "future"), ("seize", "future")]
    events = _events("The rebels did not shell or storm the depot.")
    assert [(e["trigger_text"], e["negated"]) for e in events] == [("shell", True), ("storm", True)]


def test_a_coordinated_verb_with_its_own_subject_or_auxiliary_keeps_its_own_modality():
    events = _events("The army will shell the port but the rebels seized the bridge.")
    assert [(e["trigger_text"], e["modality"]) for e in events] == [("shell", "future"), ("seized", "asserted")]
    events = _events("The army shelled the port and will seize the bridge.")
    assert [(e["trigger_text"], e["modality"]) for e in events] == [("shelled", "asserted"), ("seize", "future")]


@pytest.mark.parametrize("mode", MODES)
def test_nominal_events_are_marked_and_fold_their_verb(analysed, mode):
    events = analysed[mode]["nominal"].records["events"]
    forms = {(e["trigger_text"], e["form"]) for e in events}
    assert ("denied", "verbal") in forms and ("strike", "nominal") in forms and ("seize", "verbal") in forms
    strike = _find(analysed[mode]["nominal"], "strike", 0)
    assert [(m["trigger_text"], m["event_type"], m["mode"], m["recipient"]) for m in strike["merged"]] == [
        ("killed", "ASSAULT", "kill", "four civilians")
    ]
    span = analysed[mode]["nominal"].span(strike["trigger"])
    assert span.attrs["form"] == "nominal"
    triggers = [e["trigger_text"] for e in events]
    # one happening, one event: no separate killing by "the strike", no "launched", no "hit"
    assert "killed" not in triggers and "launched" not in triggers and "hit" not in triggers
    # mentions, not events: fears of / an end to / the threat of / a feared attack
    assert triggers.count("attack") == 3 and triggers.count("shelling") == 1 and triggers.count("strike") == 3


def test_a_verb_that_already_names_the_act_is_not_counted_twice():
    events = _events("Protesters held a rally in Port Elm on Sunday.")
    assert [(e["trigger_text"], e["event_type"], e["form"]) for e in events] == [("held", "PROTEST", "verbal")]


def test_nominal_event_negation_generic_and_other_types():
    events = _events("There were no clashes in Port Elm overnight.")
    assert [(e["trigger_text"], e["negated"], e["modality"]) for e in events] == [("clashes", True, "negated")]
    events = _events("Airstrikes destroy homes every week.")  # a habit, not a report
    assert [e["trigger_text"] for e in events if e["form"] == "nominal"] == []
    events = _events("The shelling forced thousands of residents to flee Port Elm.")
    shelling, forced = _one(events, "shelling"), _one(events, "forced")
    assert shelling["form"] == "nominal" and forced["event_type"] == "COERCE" and forced["actor"] is None
    events = _events("The raid was carried out by militia gunmen on Saturday.")
    raid = _one(events, "raid")
    assert raid["event_type"] == "ASSAULT" and raid["actor"]["text"] == "militia gunmen"
    events = _events("The ministry called off the planned offensive.")
    assert [e["trigger_text"] for e in events] == []


def test_nominal_review_fixes_heart_attack_hyphen_modifier_and_shared_in_phrase():
    assert _events("The mayor said his deputy had suffered a heart attack.") == []
    events = _events("In July, students organised a pro-Valmora rally held outside the consulate.")
    assert [(e["trigger_text"], e["actor"]["text"]) for e in events] == [("rally", "students")]
    events = _events("Nine people were killed and two others were injured in an attack by militia fighters in Port Elm.")
    attack = _one(events, "attack")
    assert [e["trigger_text"] for e in events] == ["attack"]
    assert attack["actor"]["text"] == "militia fighters" and attack["recipient"]["text"] == "Nine people"
    assert [m["trigger_text"] for m in attack["merged"]] == ["killed", "injured"]
    attack = _one(_events("The patrol came under attack on Tuesday by armoured vehicles."), "attack")
    assert attack["recipient"]["text"] == "The patrol" and attack["actor"]["text"] == "armoured vehicles"


def test_exchanged_fire_and_an_exploding_bomb_are_assaults():
    events = _events("Rebels exchanged fire with the army near Port Elm.")
    assert [(e["trigger_text"], e["event_type"], e["recipient"]["text"]) for e in events] == [
        ("exchanged", "ASSAULT", "the army")
    ]
    assert _events("The two ministers exchanged letters.") == []
    events = _events("A car bomb exploded near a checkpoint in Port Elm, killing five soldiers.")
    bomb = _one(events, "bomb")
    assert [e["trigger_text"] for e in events] == ["bomb"] and bomb["form"] == "nominal" and bomb["actor"] is None
    assert bomb["recipient"]["text"] == "five soldiers" and bomb["merged"][0]["trigger_text"] == "killing"


def test_a_verb_done_by_a_generic_event_noun_is_no_report():
    assert _events("Airstrikes kill civilians every week in the valley.") == []
    events = _events("Airstrikes killed nine civilians in Port Elm on Monday.")
    assert [(e["trigger_text"], e["form"], e["recipient"]["text"]) for e in events] == [
        ("Airstrikes", "nominal", "nine civilians")
    ]


def test_a_negated_outcome_does_not_negate_the_event_noun():
    """'The attack did not kill anyone': the attack happened; the killing is the negated event."""
    events = _events("No one was killed in the attack on the Port Elm depot, police said.")
    attack, killed = _one(events, "attack"), _one(events, "killed")
    assert (attack["negated"], attack["modality"], attack["merged"]) == (False, "asserted", [])
    assert killed["negated"] is True and killed["form"] == "verbal"
    events = _events("The drone strike did not kill anyone in Port Elm.")
    assert [(e["trigger_text"], e["negated"]) for e in events] == [("strike", False), ("kill", True)]
    shelling = _one(_events("The shelling of Port Elm did not stop until dawn."), "shelling")
    assert shelling["negated"] is False
    events = _events("No strikes were reported overnight.")  # the noun itself denied: still negated
    assert [(e["trigger_text"], e["negated"]) for e in events] == [("strikes", True)]


def test_us_and_uk_as_modifiers_name_the_actor_not_the_place():
    strike = _one(_events("The US strike on a militia camp in Iraq killed two fighters."), "strike")
    assert strike["actor"]["text"] == "US" and strike["location"]["text"] == "Iraq"
    airstrike = _one(_events("A UK airstrike hit a depot in Yemen."), "airstrike")
    assert airstrike["actor"]["text"] == "UK" and airstrike["location"]["text"] == "Yemen"
    assert _one(_events("The Odesa attack killed two guards."), "attack")["actor"] is None  # other place names: no actor


def test_an_anaphoric_event_noun_is_folded_into_the_verb_event_it_refers_to():
    events = _events("Valmoran forces shelled Port Elm on Monday. The shelling killed four civilians.")
    assert [e["trigger_text"] for e in events] == ["shelled"]
    assert events[0]["actor"]["text"] == "Valmoran forces"
    assert [m["trigger_text"] for m in events[0]["merged"]] == ["shelling", "killed"]
    events = _events("Rebels attacked a convoy on Monday. The attack on the base on Tuesday killed two guards.")
    assert [e["trigger_text"] for e in events] == ["attacked", "attack"]  # its own target: another attack


def test_a_possessive_pronoun_gives_way_to_the_subject_of_the_support_verb():
    offensive = _one(_events("The rebels resumed their offensive near Port Elm on Monday."), "offensive")
    assert offensive["actor"]["text"] == "The rebels"
    attack = _one(_events("Campaigners launched their attack on the ministry on Monday."), "attack")
    assert attack["actor"]["text"] == "Campaigners"


def test_the_agent_of_a_passive_happening_verb_is_a_nominal_event():
    """'The port was hit by a strike' = 'a strike hit the port' (was a verb event whose actor was 'a strike')."""
    events = _events("The port of Port Elm was hit by a strike on Monday.")
    strike = _one(events, "strike")
    assert [e["trigger_text"] for e in events] == ["strike"] and strike["form"] == "nominal"
    assert strike["actor"] is None and strike["recipient"]["text"] == "The port of Port Elm"
    assert [m["trigger_text"] for m in strike["merged"]] == ["hit"]


def test_a_verb_folded_into_its_in_phrase_noun_gives_it_its_actor_and_date():
    attack = _one(_events("Valmoran fighters killed 300 people in the October 7 attack."), "attack")
    assert attack["actor"]["text"] == "Valmoran fighters" and attack["recipient"]["text"] == "300 people"
    offensive = _one(_events("Last year's offensive killed thousands of soldiers.", "time"), "offensive")
    assert offensive["time_text"] == "Last year" and offensive["date"] == "2022"


def test_a_modal_perfect_on_the_outcome_leaves_the_event_noun_asserted():
    events = _events("The drone strike on Port Elm may have killed dozens.")
    assert [(e["trigger_text"], e["modality"]) for e in events] == [("strike", "asserted"), ("killed", "possible")]
    attack = _one(_events("An attack on the dam could destroy the valley."), "attack")
    assert attack["modality"] == "possible"  # no perfect: the attack itself is hypothetical


def test_event_nouns_used_of_other_things_are_no_events():
    for text in (
        "Shooting of the film began in Port Elm in May.",
        "Her battle with cancer ended in 2019.",
        "The battle against inflation continued last month.",
        "The march of progress continued.",
        "The storm's assault on the coast left thousands without power.",
    ):
        assert _events(text) == [], text
    shooting = _one(_events("The shooting of two protesters in Port Elm was reported on Monday."), "shooting")
    assert shooting["event_type"] == "ASSAULT"
    assert _one(_events("The battle for Port Elm continued on Monday."), "battle")["event_type"] == "ASSAULT"


def test_a_possessor_actor_is_named_without_its_possessive_ending():
    events = _events("Russia's bombardment of Kharkiv intensified on Wednesday. Israel’s strikes on Gaza continued.")
    assert _one(events, "bombardment")["actor"]["text"] == "Russia"
    assert _one(events, "strikes")["actor"]["text"] == "Israel"


def test_a_relative_clause_told_of_an_event_noun_is_that_event():
    events = _events("The council condemned the attack on the clinic in Port Elm, which killed 12 people.")
    attack = _one(events, "attack")
    assert attack["form"] == "nominal" and attack["actor"] is None and attack["recipient"]["text"] == "the clinic"
    assert [m["trigger_text"] for m in attack["merged"]] == ["killed"]  # not a killing done by the clinic
    assert "killed" not in [e["trigger_text"] for e in events]
    attack = _one(_events("The council condemned the attack that killed 12 people."), "attack")
    assert [m["trigger_text"] for m in attack["merged"]] == ["killed"]
    assert _events("The mayor ignored the quiet battle that swirls around the council.") == []  # no happening verb
    attack = _one(_events("The attack, which killed four, was carried out by the rebels."), "attack")
    assert attack["actor"]["text"] == "the rebels"  # the sentence's own frame first
    events = _events("The gunmen, who stormed the school in Port Elm, killed two guards.")
    assert _one(events, "stormed")["actor"]["text"] == "The gunmen"


def test_a_habitual_present_is_no_single_happening():
    assert _events("Civilians are killed by airstrikes every week in the valley.") == []  # as the active form
    shell = _one(_events("Valmoran troops shell the town every night."), "shell")
    assert (shell["modality"], shell["modality_cue"]) == ("habitual", "every night") and "date_not_after" not in shell
    detained = _one(_events("Journalists are routinely detained by the border police."), "detained")
    assert (detained["modality"], detained["modality_cue"]) == ("habitual", "routinely")
    headline = _one(_events("Rebels seize key town\n\nThe rebels entered Port Elm on Monday."), "seize")
    assert headline["modality"] == "asserted"  # a headline in the historical present
    # hit/cut/set: the parser reads past, but the form is also the present one
    hit = _one(_events("Drones hit the depot every night, residents say."), "hit")
    assert (hit["modality"], hit["modality_cue"]) == ("habitual", "every night")
    once = _one(_events("Drones hit the depot on Monday, residents said."), "hit")
    assert once["modality"] == "asserted" and once["date"] == "2023-05-01"


def test_a_confirmed_content_noun_leaves_its_content_asserted():
    """Review of round 2: 'reports that …' confirmed by someone are no longer mere allegations."""
    shelled = _one(_events("Reports that Valmoran troops shelled Port Elm were confirmed by the UN."), "shelled")
    assert (shelled["modality"], shelled["modality_cue"]) == ("asserted", None)
    assert _one(_events("The UN confirmed reports that troops shelled Port Elm."), "shelled")["modality"] == "asserted"
    looted = _one(_events("Investigators have not verified claims that soldiers looted Port Elm."), "looted")
    assert (looted["modality"], looted["modality_cue"]) == ("alleged", "claims")


def test_markets_words_block_the_protest_reading_of_rally():
    assert _events("The rally on Wall Street continued on Tuesday as tech shares rose.") == []
    assert _events("Tech shares rallied on Tuesday after the bank's report.") == []
    rally = _one(_events("Thousands joined a rally against rising bread prices in Port Elm."), "rally")
    assert rally["event_type"] == "PROTEST"


def test_a_that_clause_on_a_doer_after_an_event_noun_is_the_doers():
    """Review of round 2: 'the militia that killed the mayor' is the militia's killing, not the attack's."""
    events = _events("Valmoran forces launched an attack on the militia that killed the mayor of Port Elm.")
    killed = _one(events, "killed")
    assert (killed["actor"]["text"], killed["recipient"]["text"]) == ("the militia", "the mayor of Port Elm")
    assert _one(events, "attack")["recipient"]["text"] == "the militia"
    hospital = _events("The council condemned the attack on the hospital that killed 12 people.")
    assert [e["trigger_text"] for e in hospital if e["trigger_text"] == "killed"] == []


def test_markets_words_in_the_protests_cause_or_place_do_not_block_rally():
    """Review of round 2: 'oil prices' or 'the stock exchange' in an 'against' / 'outside' phrase
    tell what the rally is about or where it is; the sentence is no markets report."""
    rallied = _one(_events("Thousands rallied in Port Elm against rising oil prices."), "rallied")
    assert rallied["event_type"] == "PROTEST"
    rally = _one(_events("A rally outside the stock exchange in Port Elm drew pensioners."), "rally")
    assert rally["event_type"] == "PROTEST"
    assert _events("Shares rallied over the week.") == []


def test_the_content_of_a_hypothesis_noun_is_not_asserted():
    events = _events("Investigators have drawn up theories including that the envoys were targeted by sonic attacks.")
    attacks = _one(events, "attacks")
    assert (attacks["modality"], attacks["modality_cue"]) == ("possible", "theories")
    shelled = _one(_events("There were allegations that Valmoran troops shelled the town."), "shelled")
    assert (shelled["modality"], shelled["modality_cue"]) == ("alleged", "allegations")
    events = _events("Reports that rebels attacked the convoy could not be confirmed.")
    assert _one(events, "attacked")["modality"] == "alleged"
    assert _one(_events("Valmoran troops shelled the town on Monday."), "shelled")["modality"] == "asserted"


# Eighth session: events a condemnation, denial or blame takes as given; the same happening told again.
def test_a_condemned_event_noun_is_an_event_linked_to_the_condemnation():
    """'The UN condemned the shelling of Kharkiv' presupposes the shelling (asserted, even under
    'did not condemn'); actor from the possessive/by-phrase/modifier, target from the of/on phrase."""
    events = _events("The UN condemned the shelling of Kharkiv.")
    shelling, condemned = _one(events, "shelling"), _one(events, "condemned")
    assert (shelling["event_type"], shelling["form"], shelling["modality"], shelling["negated"]) == (
        "ASSAULT",
        "nominal",
        "asserted",
        False,
    )
    assert shelling["actor"] is None and shelling["recipient"]["text"] == "Kharkiv"
    assert condemned["about_event"] == shelling["id"] and shelling["presupposed_by"] == [condemned["id"]]
    killing = _one(_events("The government condemned the killing of three aid workers by militiamen."), "killing")
    assert (killing["actor"]["text"], killing["recipient"]["text"]) == ("militiamen", "three aid workers")
    strike = _one(_events("Kyiv denounced the Russian missile strike on a hospital in Dnipro."), "strike")
    assert (strike["actor"]["text"], strike["recipient"]["text"], strike["location"]["text"]) == (
        "Russian",
        "a hospital",
        "Dnipro",
    )
    assert _one(_events("The UN did not condemn the shelling of the hospital."), "shelling")["modality"] == "asserted"
    passive = _events("The attack on the convoy was condemned by the European Union.")
    assert _one(passive, "condemned")["about_event"] == _one(passive, "attack")["id"]
    # the condemnation's own date and place are not the event's
    assert _one(_events("The UN condemned on Tuesday the shelling of Kharkiv."), "shelling")["date"] is None


def test_a_condemned_kind_of_act_is_no_event():
    """A bare plural or 'any' names a kind of act, not a happening; nor need an indefinite one
    under a modal or a negation have happened ('condemned an attack on a convoy' has)."""
    for text in (
        "Rights groups condemned attacks on civilians.",
        "The UN would condemn any attack on civilians.",
        "The UN would condemn an attack on civilians.",
        "The UN did not condemn an attack on the convoy.",
    ):
        assert [e["event_type"] for e in _events(text)] == ["ACCUSE"], text
    assert _one(_events("The UN condemned an attack on a convoy in Darfur."), "attack")["modality"] == "asserted"


def test_a_denied_event_noun_is_denied_by_the_denier_not_asserted():
    """'X denied the attack' denies that X did it: the attack is coded as denied content (negated),
    done by X, attributed to X; 'denied carrying out the strike' is the same; a negated denial
    leaves it asserted with no doer; a denied responsibility leaves the event given, doer unnamed."""
    events = _events("Moscow denied the attack.")
    attack, denied = _one(events, "attack"), _one(events, "denied")
    assert (attack["modality"], attack["negated"], attack["actor"]["text"]) == ("denied", True, "Moscow")
    assert attack["attributed_to"]["text"] == "Moscow" and denied["about_event"] == attack["id"]
    strike = _one(_events("Moscow denied carrying out the strike on the market."), "strike")
    assert (strike["modality"], strike["negated"], strike["actor"]["text"]) == ("denied", True, "Moscow")
    plain = _one(_events("Moscow did not deny the attack on the convoy."), "attack")
    assert (plain["modality"], plain["negated"], plain["actor"]) == ("asserted", False, None)
    massacre = _one(_events("The RSF denied responsibility for the massacre in El Geneina."), "massacre")
    assert (massacre["modality"], massacre["negated"], massacre["actor"]) == ("asserted", False, None)


def test_a_blamed_or_claimed_event_noun_names_its_alleged_or_claimed_doer():
    blamed = _one(_events("Israel blamed Hezbollah for the rocket attack on Metula."), "attack")
    assert (blamed["actor"]["text"], blamed["modality"], blamed["attributed_to"]["text"]) == ("Hezbollah", "alleged", "Israel")
    on = _one(_events("The army blamed the ambush on Fano militiamen."), "ambush")
    assert (on["actor"]["text"], on["recipient"], on["modality"]) == ("Fano militiamen", None, "alleged")
    accused = _one(_events("Ukraine accused Russia of the strike on the mall."), "strike")
    assert (accused["actor"]["text"], accused["recipient"]["text"], accused["modality"]) == ("Russia", "the mall", "alleged")
    claimed = _one(_events("Hamas claimed responsibility for the attack on the checkpoint."), "attack")
    assert (claimed["actor"]["text"], claimed["modality"]) == ("Hamas", "asserted")
    nobody = _one(_events("No group has claimed responsibility for the bombing in Mogadishu."), "bombing")
    assert (nobody["actor"], nobody["modality"], nobody["location"]["text"]) == (None, "asserted", "Mogadishu")
    killing = _one(_events("Hezbollah said the barrage was a response to the killing of three fighters."), "killing")
    assert killing["modality"] == "asserted" and killing["recipient"]["text"] == "three fighters"


def test_the_same_happening_told_again_in_a_later_sentence_is_one_event():
    """A definite event noun of the same type in the same or the next two sentences, with no other
    doer, place or day, is the earlier event told again (folded into it)."""
    one = _events("Russian forces shelled Kherson on Monday. The mayor spoke to reporters. The shelling killed three civilians.")
    assert [e["trigger_text"] for e in one] == ["shelled"]
    assert [m["trigger_text"] for m in one[0]["merged"]] == ["shelling", "killed"]
    generic = _events("Rebels shelled the base on Sunday. The attack killed two soldiers.")  # 'the attack' covers any assault
    assert [e["trigger_text"] for e in generic] == ["shelled"]
    same_word = _events("A jet bombed the village of Pazigyi on Monday. The bombing destroyed a school.")
    assert [e["trigger_text"] for e in same_word] == ["bombed"]
    nominal = _events("A Russian drone strike hit Odesa overnight. The strike damaged the port.")
    assert [e["trigger_text"] for e in nominal] == ["strike"] and nominal[0]["merged"][0]["trigger_text"] == "strike"
    agreeing = _events("Russian forces shelled Kherson on Monday. The UN condemned the Russian shelling of Kherson.")
    shelled, condemned = _one(agreeing, "shelled"), _one(agreeing, "condemned")
    assert [e["trigger_text"] for e in agreeing] == ["shelled", "condemned"]
    assert condemned["about_event"] == shelled["id"] and shelled["presupposed_by"] == [condemned["id"]]


def test_an_event_noun_with_another_place_day_doer_type_or_an_indefinite_stays_separate():
    for text in (
        "Russian forces shelled Kherson on Monday. An attack killed three civilians.",  # indefinite
        "Russian forces shelled Kherson on Monday. The shelling of Mykolaiv killed three civilians.",  # place
        "Russian forces shelled Kherson on Monday. The shelling on Tuesday killed three civilians.",  # day
        "Russian forces shelled Kherson on Monday. The airstrike killed two.",  # another weapon
        "Russian forces shelled Kherson on Monday. The Belarusian shelling killed two.",  # another doer
        "Russian forces shelled Kherson. Police said. Officers said. The shelling killed two.",  # three sentences on
        "A Russian drone strike hit Odesa overnight. The second strike damaged the port.",  # a second one
    ):
        assert len([e for e in _events(text) if e["event_type"] == "ASSAULT"]) == 2, text
    arrests = _events("Police detained 40 protesters in Tbilisi. The shelling killed two.")
    assert [e["event_type"] for e in arrests] == ["COERCE", "ASSAULT"]  # a new type


def test_a_denial_of_an_event_told_just_before_is_about_that_event():
    """'The RSF shelled the camp … The RSF denied the attack': the denial is a REJECT about the
    shelling, not a second (denied) attack."""
    events = _events("The RSF shelled the Abu Shouk camp on Monday. The RSF denied the attack.")
    assert [e["trigger_text"] for e in events] == ["shelled", "denied"]
    shelled, denied = events
    assert shelled["modality"] == "asserted" and denied["about_event"] == shelled["id"]
    assert shelled["merged"] == []  # a denial is no retelling of what happened


def test_a_verb_event_done_by_a_noun_told_again_takes_the_first_tellings_doer():
    events = _events("RSF fighters stormed the village on Tuesday. The raid forced hundreds of families to flee.")
    assert _one(events, "forced")["actor"]["text"] == "RSF fighters"
    protesting = _events("Hundreds of people were protesting the rally.")
    assert [e["trigger_text"] for e in protesting] == ["protesting", "rally"]  # a protest against a rally is not that rally
    struck = _events("The hospital was struck twice. MSF could not confirm who carried out the strikes.")
    assert _one(struck, "struck")["actor"] is None  # 'who' is no doer


def test_audit8_verb_fixes():
    """Eighth-session audit: 'fired a barrage of rockets', 'came under fire', 'two of the men were
    released', 'deplored', a tensed verb after 'would not halt', 'and said' sharing its subject,
    'the outskirts of X', 'a camp of <an organisation>', 'junta airstrike', an ORG target is no place."""
    fired = _one(_events("Hezbollah fired a barrage of rockets at Kiryat Shmona on Monday."), "fired")
    assert (fired["event_type"], fired["mode"], fired["actor"]["text"]) == ("ASSAULT", "artillery", "Hezbollah")
    fire = _one(_events("A UNIFIL patrol came under fire near Rmeish on Sunday."), "fire")
    assert (fire["event_type"], fire["recipient"]["text"], fire["location"]["text"]) == ("ASSAULT", "A UNIFIL patrol", "Rmeish")
    assert _events("A fire broke out in the market.") == []
    assert _one(_events("Two of the men were released on Wednesday."), "released")["event_type"] == "CONCEDE"
    assert _one(_events("The African Union deplored the violence."), "deplored")["event_type"] == "ACCUSE"
    accused = _one(_events("The military said it would not halt its operations and accused the rebels of lying."), "accused")
    assert (accused["negated"], accused["modality"]) == (False, "asserted")
    attacked = _one(_events("The junta denied the report and said its forces had attacked a camp near the village."), "attacked")
    assert attacked["attributed_to"]["text"] == "The junta"
    assert _one(_events("Artillery shelled the outskirts of Khiam."), "shelled")["location"]["text"] == "Khiam"
    camp = _one(_events("Troops attacked a camp of the People's Defence Force."), "attacked")
    assert camp["location"] is None
    assert _one(_events("A junta airstrike killed villagers."), "airstrike")["actor"]["text"] == "junta"
    strike = _one(_events("The army launched an airstrike on RSF positions on Tuesday."), "airstrike")
    assert strike["location"] is None and strike["recipient"]["text"] == "RSF positions"


@pytest.mark.parametrize("mode", MODES)
def test_audit8_condemnations_and_denials_point_at_the_first_telling(analysed, mode):
    """Eighth-session audit: each condemnation or denial of an event told earlier is linked to that
    event (the first telling), which lists it; none makes a second event of the same happening."""
    for sample, teller, told in (
        ("audit8_sudan", ("denied", 0), ("shelled", 0)),
        ("audit8_sudan", ("condemned", 0), ("shelled", 0)),
        ("audit8_lebanon", ("condemned", 0), ("struck", 0)),
        ("audit8_lebanon", ("deplored", 0), ("fired", 0)),
        ("audit8_myanmar", ("denied", 0), ("bombed", 0)),
        ("audit8_myanmar", ("condemned", 0), ("bombed", 0)),
    ):
        analysis = analysed[mode][sample]
        frame, event = _find(analysis, *teller), _find(analysis, *told)
        assert frame["about_event"] == event["id"], (sample, teller)
        assert frame["id"] in event["presupposed_by"]
    triggers = [e["trigger_text"] for e in analysed[mode]["audit8_myanmar"].records["events"]]
    assert "bombing" not in triggers and triggers.count("airstrike") == 1  # the headline's only


def test_criticism_under_fire_blamed_on_in_the_passive_and_a_claimed_attack():
    """Review on PTC-2020 (eighth session): 'came under fire from …' of a person is criticism; 'the
    attack was blamed on Hamas' names Hamas, not the attack, as the doer; 'claimed the attack'
    names the claimant (and a claimed attack told just after the attack is that attack)."""
    assert _events("The minister came under fire from the State Department for his remarks.") == []
    assert _one(_events("Our positions came under heavy fire overnight."), "fire")["event_type"] == "ASSAULT"
    blamed = _one(_events("The attack was blamed on Hamas."), "attack")
    assert (blamed["actor"]["text"], blamed["modality"]) == ("Hamas", "alleged")
    claimed = _one(_events("The TTP claimed the attack on the police post."), "attack")
    assert (claimed["actor"]["text"], claimed["modality"]) == ("The TTP", "asserted")
    told = _events("Militants attacked a police post in Bannu. Two days later, the attack was claimed by the TTP.")
    assert [e["trigger_text"] for e in told] == ["attacked"] and told[0]["actor"]["text"] == "Militants"


def test_the_one_blamed_is_no_place_and_victims_or_anniversaries_presuppose_the_event():
    for text in ("The attack was blamed on Hamas.", "The army blamed the ambush on Fano militiamen."):
        assert _one(_events(text), "blamed")["location"] is None, text
    massacre = _one(_events("Thousands mourned the victims of the massacre in Bucha."), "massacre")
    assert (massacre["event_type"], massacre["modality"], massacre["location"]["text"]) == ("ASSAULT", "asserted", "Bucha")
    bombing = _one(_events("Survivors gathered on the anniversary of the bombing of the market in Sarajevo."), "bombing")
    assert bombing["recipient"]["text"] == "the market"


# Eighth session, round 2: the headline and its lead (fictional reports; a title line, a blank line, the body).
def _titled(text: str, *extra: str) -> list[dict]:
    """Events of a plain-text report whose first line is its title (as ``newsprism analyze`` reads a file)."""
    article = from_text(text, published=dt.date(2024, 5, 7))
    assert article.title == text.split("\n", 1)[0]
    return Pipeline(["event", *extra])(article).records.get("events", [])


@pytest.mark.parametrize("extra", [(), tuple(OTHER_LAYERS)])
def test_a_headline_gerund_is_the_subject_of_its_happening_verb(extra):
    """'Shelling resumes near Port Elm' was a verb 'Shelling' with the recipient 'resumes'."""
    for title, trigger, mode, place in (
        ("Shelling resumes near Port Elm", "Shelling", "artillery", "Port Elm"),
        ("Fighting rages in Khartoum", "Fighting", "fighting", "Khartoum"),
        ("Clashes erupt in Tripoli", "Clashes", "fighting", "Tripoli"),  # a headline's present is no habit
    ):
        ev = _one(_titled(f"{title}\n\nThe ministry published a statement on its website.", *extra), trigger)
        assert (ev["form"], ev["event_type"], ev["mode"], ev["recipient"]) == ("nominal", "ASSAULT", mode, None), title
        assert ev["location"]["text"] == place and ev["modality"] == "asserted", title
    body = _one(_events("Fighting rages in Khartoum, residents said.", *extra), "Fighting")  # the same syntax in the body
    assert (body["form"], body["recipient"], body["location"]["text"]) == ("nominal", None, "Khartoum")


@pytest.mark.parametrize("extra", [(), tuple(OTHER_LAYERS)])
def test_a_headline_event_is_folded_into_the_same_happening_in_the_lead(extra):
    text = (
        "Drone strike kills four in Kherson\n\nA Russian drone strike killed four civilians in Kherson on Monday, officials said."
    )
    (ev,) = _titled(text, *extra)
    assert (ev["trigger_text"], ev["sentence_start"], ev["actor"]["text"]) == ("strike", text.index("A Russian"), "Russian")
    told = [(m["trigger_text"], m["start"], m["headline"]) for m in ev["merged"]]
    assert told == [("strike", 6, True), ("kills", 13, True), ("killed", text.index("killed"), False)]
    text = "Shelling resumes near Port Elm\n\nGovernment forces shelled a village near Port Elm on Tuesday, officials said."
    (ev,) = _titled(text, *extra)
    assert (ev["trigger_text"], ev["form"], ev["actor"]["text"], ev["recipient"]["text"]) == (
        "shelled",
        "verbal",
        "Government forces",
        "a village",
    )
    assert [(m["trigger_text"], m["headline"]) for m in ev["merged"]] == [("Shelling", True)]
    (ev,) = _titled("Airstrikes kill 12 in Gaza\n\nThe army said it struck militant targets in Gaza overnight.", *extra)
    assert ev["trigger_text"] == "struck" and ev["merged"][0]["trigger_text"] == "Airstrikes"  # no habit in a headline
    # a headline drops the lead's 'allegedly': one event, alleged as the lead tells it
    (ev,) = _titled(
        "Gunmen shoot teenager outside Port Elm diner\n\nGunmen allegedly shot a teenager outside a diner in Port Elm on Friday.",
        *extra,
    )
    assert (ev["trigger_text"], ev["modality"], ev["merged"][0]["trigger_text"]) == ("shot", "alleged", "shoot")
    # targets are compared with targets, not with the lead's place
    text = "Arms dealer arrested in the United States\n\nPolice say the country's largest arms dealer has been arrested in the United States by immigration agents."
    (ev,) = _titled(text, *extra)
    assert ev["actor"]["text"] == "immigration agents" and ev["merged"][0]["headline"]


@pytest.mark.parametrize("extra", [(), tuple(OTHER_LAYERS)])
def test_a_headline_event_that_disagrees_with_the_lead_stays_an_event(extra):
    cases = (
        # another place
        ("Drone strike kills four in Kherson\n\nA Russian drone strike killed four civilians in Odesa on Monday.", 2),
        # another type
        ("Rebels seize Port Elm\n\nGovernment jets bombed rebel positions near Port Elm on Monday.", 2),
        # another weapon: an airstrike is not a shelling
        ("Airstrike hits Port Elm\n\nGovernment forces shelled Port Elm on Monday, officials said.", 2),
        # another doer, by name
        ("Ukrainian drones hit Belgorod depot\n\nRussian drones hit a fuel depot in Belgorod on Monday.", 2),
        # a headline's 'X to do' is a plan, not the lead's attack
        ("Rebels to attack Port Elm\n\nRebel fighters attacked Port Elm on Monday, officials said.", 2),
        # told only after the first three body sentences
        (
            "Drone strike kills four in Kherson\n\nThe mayor spoke on Monday. Schools were closed. The council met."
            " A Russian drone strike killed four civilians in Kherson on Sunday.",
            3,
        ),
    )
    for text, n in cases:
        events = _titled(text, *extra)
        assert len(events) == n, (text, [e["trigger_text"] for e in events])
        assert not any(m["headline"] for e in events if e["sentence_start"] > 0 for m in e["merged"]), text


def test_a_title_that_is_not_part_of_the_text_folds_nothing():
    body = "A Russian drone strike killed four civilians in Kherson on Monday, officials said."
    article = Article(text=body, title="Drone strike kills four in Kherson", published=dt.date(2024, 5, 7))
    (ev,) = Pipeline(["event"])(article).records["events"]
    assert [m["headline"] for m in ev["merged"]] == [False]
    without = _events("Drone strike kills four in Kherson\n\n" + body)  # no title given: no headline either
    assert len(without) == 2


@pytest.mark.parametrize("mode", MODES)
def test_the_sample_headline_blockade_folds_only_when_no_place_tells_them_apart(analysed, mode):
    """Hand-checked: 'Azerbaijani troops block aid convoy on Berdzor road' is the lead's 'blocked a
    humanitarian convoy … at the entrance of the Hakari bridge' (the bridge is on that road). With
    the place layer both are named places that differ, and the fold is left undone (a second
    telling kept apart costs less than two happenings merged); without it, the parser's names agree."""
    events = analysed[mode]["artsakh_daily_ledger"].records["events"]
    ev = _find(analysed[mode]["artsakh_daily_ledger"], "blocked", 0)
    assert ev["actor"]["text"] == "Azerbaijani forces" and "Hakari" in _text(ev["location"])
    if mode.startswith("event-only"):
        assert "block" not in [e["trigger_text"] for e in events]
        head = ev["merged"][0]
        assert (head["trigger_text"], head["recipient"], head["headline"], head["start"]) == ("block", "aid convoy", True, 19)
    else:
        head = _find(analysed[mode]["artsakh_daily_ledger"], "block", 0)
        assert (head["event_type"], head["recipient"]["text"], head["location"]["text"]) == (
            "COERCE",
            "aid convoy",
            "Berdzor road",
        )
        assert not any(m.get("headline") for m in ev["merged"])


def test_a_headline_place_that_two_lead_events_could_share_folds_into_neither():
    """'Shelling resumes near Donetsk' over a Ukrainian shelling of Horlivka (which the parser
    calls an ORG) and a Russian one of Kramatorsk: which is meant is not known."""
    text = (
        "Shelling resumes near Donetsk\n\nUkrainian artillery shelled Horlivka on Sunday, the separatist "
        "authorities said. Russian forces shelled Kramatorsk on Monday, killing two.\n"
    )
    art = Article(text=text, title="Shelling resumes near Donetsk", published=dt.date(2026, 3, 17), id="t")
    events = Pipeline(["event", *OTHER_LAYERS])(art).records["events"]
    assert [e["trigger_text"] for e in events][:3] == ["Shelling", "shelled", "shelled"]
    horlivka = events[1]
    # round 2 of the ninth session: a named place as the object is where it happened (was None; Donetsk is not lent)
    assert horlivka["recipient"]["text"] == "Horlivka" and horlivka["location"]["text"] == "Horlivka"
    assert horlivka["merged"] == []


# Ninth session: doers of different kinds are different doers, in both folds.
@pytest.mark.parametrize("extra", [(), tuple(OTHER_LAYERS)])
def test_unnamed_doers_of_different_kinds_are_not_folded_into_one_happening(extra):
    """'Militia shells Port Elm' / 'Army artillery shelled Port Elm' were one event: only names
    made doers conflict. Militia, rebels, insurgents are not the army, troops, artillery or police."""
    apart = (
        "Militia shells Port Elm\n\nArmy artillery shelled Port Elm on Monday, officials said.",
        "Troops shell Port Elm\n\nThe militia shelled Port Elm on Monday, officials said.",
        "Troops shell Port Elm\n\nLocal militiamen shelled Port Elm on Monday, officials said.",
    )
    for text in apart:
        events = _titled(text, *extra)
        assert [e["trigger_text"][:5] for e in events] == ["shell", "shell"], text
        assert not any(m["headline"] for e in events for m in e["merged"]), text
    folded = (  # one kind, told with other words: one happening
        "Troops shell Port Elm\n\nThe army shelled Port Elm on Monday, officials said.",
        "Troops shell Port Elm\n\nSoldiers shelled Port Elm on Monday, officials said.",
        "Soldiers shell Port Elm\n\nGovernment troops shelled Port Elm on Monday, officials said.",
        "Militia shells Port Elm\n\nThe militia shelled Port Elm on Monday, officials said.",
    )
    for text in folded:
        (ev,) = _titled(text, *extra)
        assert ev["trigger_text"] == "shelled" and ev["merged"][0]["headline"], text
    for text in (
        "Rebel fighters shelled Port Elm on Monday. The army's shelling killed three civilians.",
        "Government troops shelled Port Elm on Monday. The militia's shelling killed three civilians.",
    ):
        events = _events(text, *extra)
        assert [e["trigger_text"] for e in events] == ["shelled", "shelling"], text
        assert events[0]["merged"] == [], text
    for text in (
        "Soldiers shelled Port Elm on Monday. The army's shelling killed three civilians.",
        "Pro-government militia shelled Port Elm on Monday. The militia's shelling killed three civilians.",
    ):
        (ev,) = _events(text, *extra)
        assert [m["trigger_text"] for m in ev["merged"]] == ["shelling", "killed"], text


# Ninth session: seizure, capture, takeover, occupation as event nouns, coded as their verbs.
@pytest.mark.parametrize("extra", [(), tuple(OTHER_LAYERS)])
def test_a_seizure_or_capture_told_as_happening_is_coded_as_its_verb(extra):
    ev = _one(_events("The capture of the town by rebels on Monday forced thousands to flee.", *extra), "capture")
    assert (ev["form"], ev["event_type"], ev["mode"], ev["actor"]["text"], ev["recipient"]["text"]) == (
        "nominal",
        "COERCE",
        "seize-territory",  # as 'captured the town'
        "rebels",
        "the town",
    )
    assert ev["date"] == "2023-05-01" and ev["modality"] == "asserted"
    ev = _one(_events("Flights were suspended after the seizure of the airport by militia fighters.", *extra), "seizure")
    assert (ev["event_type"], ev["mode"], ev["actor"]["text"], ev["recipient"]["text"], ev["modality"]) == (
        "COERCE",
        "seize",  # as 'seized the airport'
        "militia fighters",
        "the airport",
        "asserted",
    )
    ev = _one(_events("Since the capture of Port Elm in March, rebels have closed the schools.", *extra), "capture")
    assert (ev["recipient"]["text"], ev["date"]) == ("Port Elm", "2023-03")
    ev = _one(_events("The army confirmed the capture of two soldiers near the border.", *extra), "capture")
    assert (ev["mode"], ev["recipient"]["text"]) == ("capture", "two soldiers")  # people captured: not territory
    ev = _one(_events("The occupation of the airport continued for a week.", *extra), "occupation")
    assert (ev["event_type"], ev["mode"]) == ("COERCE", "seize-territory")
    # told once: a later 'the capture of the airport' is the capture told again
    (ev,) = _events("Rebels captured the airport on Monday. Flights stopped after the capture of the airport.", *extra)
    assert ev["trigger_text"] == "captured" and [m["trigger_text"] for m in ev["merged"]] == ["capture"]


@pytest.mark.parametrize("extra", [(), tuple(OTHER_LAYERS)])
def test_a_mentioned_seizure_or_capture_is_no_event(extra):
    for text in (
        "Residents fear a takeover of the port by the militia.",
        "His occupation was listed as teacher.",
        "Police announced the seizure of 40 kilos of cocaine.",
        "The takeover of the company was completed after shares rose.",
        "The capture of carbon began at the plant in June.",
    ):
        assert not [e for e in _events(text, *extra) if e["event_type"] == "COERCE"], text
    # a threatened takeover is the threat's action, not a takeover
    assert [e["trigger_text"] for e in _events("The militia threatened a takeover of the port.", *extra)] == ["threatened"]


@pytest.mark.parametrize("extra", [(), tuple(OTHER_LAYERS)])
def test_a_to_infinitive_on_a_governing_noun_takes_its_modality_and_its_doer(extra):
    """'Rebels made several attempts to capture the town' was an asserted capture by 'several attempts'."""
    for text, trigger, actor, modality in (
        ("Rebels made several attempts to capture the town.", "capture", "Rebels", "attempted"),
        ("The army launched a bid to retake the bridge.", "retake", "The army", "attempted"),
        ("The militia announced plans to attack the port.", "attack", "The militia", "planned"),
        ("Attempts by the rebels to seize the airport failed.", "seize", "the rebels", "attempted"),
    ):
        ev = _one(_events(text, *extra), trigger)
        assert (ev["actor"]["text"], ev["modality"]) == (actor, modality), text


def test_the_agent_of_a_reporting_passive_is_not_the_doer():
    """'was confirmed by the army': the army confirmed the capture, it did not carry it out."""
    ev = _one(_events("The capture of two soldiers near the border was confirmed by the army."), "capture")
    assert ev["actor"] is None and ev["recipient"]["text"] == "two soldiers"
    assert _one(_events("An attack on the base was repelled by government troops."), "attack")["actor"] is None
    assert _one(_events("The raid was carried out by militia gunmen."), "raid")["actor"]["text"] == "militia gunmen"


@pytest.mark.parametrize("extra", [(), tuple(OTHER_LAYERS)])
def test_a_presupposed_event_is_dated_by_word_order_or_bounded_by_its_frame(extra):
    """'The UN deplored the killing of three aid workers on Sunday': the parser hangs the day on
    'deplored'; the day may be either's, but the killing happened by then. With a day of the
    deploring's own before the noun ('on Monday deplored'), the later day is the killing's."""
    events = _events("The UN on Monday deplored the killing of three aid workers on Sunday.", *extra)
    assert [(e["trigger_text"], e["date"]) for e in events] == [("deplored", "2023-05-01"), ("killing", "2023-04-30")]
    events = _events("On Tuesday, the EU condemned the attack on the convoy on Saturday.", *extra)
    assert [(e["trigger_text"], e["date"]) for e in events] == [("condemned", "2023-05-02"), ("attack", "2023-04-29")]
    for text in (
        "The UN deplored the killing of three aid workers on Sunday.",
        "On Sunday, the UN deplored the killing of three aid workers.",
    ):
        deplored, killing = _events(text, *extra)
        assert deplored["date"] == "2023-04-30" and killing["date"] is None, text
        assert killing["date_not_after"] == "2023-04-30" and "deplored" in killing["date_source"], text
    # an event noun with no such frame keeps the publication date as its bound
    ev = _one(_events("The shelling of Kharkiv continued.", *extra), "shelling")
    assert ev["date_not_after"] == "2023-05-03"


# Ninth session, audit 9 (non-violent categories): the general defects, each on its own sentence.
@pytest.mark.parametrize("extra", [(), tuple(OTHER_LAYERS)])
def test_audit9_cues_for_sanctions_mobilisation_dispersal_and_withdrawal(extra):
    for text, trigger, etype, recipient in (
        ("The EU imposed sanctions on five Belarusian officials.", "sanctions", "SANCTION", "five Belarusian officials"),
        ("The bloc froze the assets of two state banks.", "froze", "SANCTION", "the assets of two state banks"),
        ("The government ordered a general mobilisation of reservists.", "mobilisation", "MOBILIZE", "reservists"),
        ("The army called up 5,000 reservists.", "called up", "MOBILIZE", "5,000 reservists"),
        ("Riot police dispersed the protesters with tear gas.", "dispersed", "COERCE", "the protesters"),
        ("The rebels freed two hostages.", "freed", "CONCEDE", "two hostages"),
        ("The United States sent a special envoy to Doha.", "sent", "CONSULT", "a special envoy"),
    ):
        ev = _one(_events(text, *extra), trigger)
        assert (ev["event_type"], ev["recipient"]["text"]) == (etype, recipient), text
    assert _one(_events("The army pulled back from the ridge.", *extra), "pulled back")["event_type"] == "RETREAT"
    for text in (
        "The report pulled back the curtain on the abuse.",  # no retreat
        "My mother kept calling me up.",  # a phone call, no mobilisation
        "Officials spurned requests to impose sanctions against Iran.",  # asked for, not imposed
        "Christian doctrine frees people from ideology.",
    ):
        assert _events(text, *extra) == [], text


@pytest.mark.parametrize("extra", [(), tuple(OTHER_LAYERS)])
def test_audit9_arguments_dates_and_participles(extra):
    # a participle used as an adjective tells no event
    assert _events("Aid reached the occupied villages and the detained protesters were fed.", *extra) == []
    # the day of the asked-for act is not the asking's; a refusal's is
    urged = _one(_events("Mediators urged both sides to return to the table on Thursday.", *extra), "urged")
    assert urged["date"] is None and urged["action"] == "to return"
    refused = _one(_events("The RSF refused to sign the agreement on Tuesday.", *extra), "refused")
    assert refused["date"] == "2023-05-02"
    # what is demanded is no recipient; 'cooperate with X' has X as its recipient
    demanded = _one(_events("The rebels demanded the release of 40 commanders.", *extra), "demanded")
    assert demanded["recipient"] is None and demanded["action"] == "the release of 40 commanders"
    assert _one(_events("Egypt said it would cooperate with Qatar.", *extra), "cooperate")["recipient"]["text"] == "Qatar"
    # 'offered' coordinated with the urging, though the parser hangs it on 'show'
    mediate = _one(_events("Russia urged both sides to show restraint and offered to mediate.", *extra), "mediate")
    assert (mediate["actor"]["text"], mediate["modality"]) == ("Russia", "offered")
    # an acronym and its spelled-out name are one doer
    text = "EU imposes new sanctions on Belarus\n\nEuropean Union ministers imposed sanctions on Belarusian officials on Tuesday."
    (ev,) = _titled(text, *extra)
    assert ev["merged"][0]["headline"]


def test_doer_kinds_and_sides_that_conflict():
    """The kinds of the cue file's ``doer_kinds`` and the actor layer's sides: equal or unknown
    agree; 'security forces' (state) agrees with the army and with the police."""
    from newsprism.events.lexicon import lexicon
    from newsprism.events.nominal import _same_side

    nom = lexicon().nominal
    assert nom.doer_kinds["militia"] == "armed_group" and nom.doer_kinds["artillery"] == "armed_forces"
    assert not _same_side(("armed_group", None), ("armed_forces", None), nom)
    assert not _same_side(("police", None), ("armed_forces", None), nom)
    assert _same_side(("state", None), ("police", None), nom) and _same_side(("state", None), ("armed_forces", None), nom)
    assert _same_side((None, None), ("armed_forces", None), nom)
    assert not _same_side(("armed_forces", "russian"), ("armed_forces", "ukrainian"), nom)  # the actor layer's sides
    assert _same_side(("armed_forces", "russian"), (None, None), nom)


# Ninth session, round 2: the fields EXPECTED does not check, on the events_fix9_* fixtures.
@pytest.mark.parametrize("mode", MODES)
def test_fix9_speakers_after_a_long_clause_and_in_a_parenthesis(analysed, mode):
    """'…, wounding four civilians, including a girl, the Inter-Services Media Directorate (ISMD)
    said' (the parser hangs the speaker on 'girl'); '… shelled rebel posts in Taiz, it said, …'
    (a parenthetical 'it said'); 'claimed in a statement that its jets had destroyed …'."""
    border, redsea = analysed[mode]["fix9_border"], analysed[mode]["fix9_redsea"]
    assert "Inter-Services Media Directorate" in _find(border, "shelled", 0)["attributed_to"]["text"]
    assert "Inter-Services Media Directorate" in _find(border, "wounding", 0)["attributed_to"]["text"]
    assert _find(redsea, "shelled", 1)["attributed_to"]["text"] == "it"
    destroyed = _find(redsea, "destroyed", 0)
    assert destroyed["attributed_to"] == {"text": 'The so-called "coalition"', "cue": "claimed"} | (
        {k: destroyed["attributed_to"][k] for k in destroyed["attributed_to"] if k not in ("text", "cue")}
    )


@pytest.mark.parametrize("mode", MODES)
def test_fix9_no_event_for_a_modifier_or_a_noun_tagged_as_a_verb(analysed, mode):
    """'The Tehran-backed militia' is no SUPPORT event (E1, already so); 'Aid that flows only
    through ministries rewards whoever holds them' is no AID event (E15)."""
    events = [e for name in FIX9 for e in analysed[mode][name].records["events"]]
    assert not [e for e in events if "backed" in e["trigger_text"].lower() or e["event_type"] == "SUPPORT"]
    assert not [e for e in analysed[mode]["fix9_border"].records["events"] if e["event_type"] == "AID"]


@pytest.mark.parametrize("mode", MODES)
def test_fix9_a_seized_capital_is_territory_and_no_strike_before_a_semicolon_is_denied(analysed, mode):
    redsea, galilee = analysed[mode]["fix9_redsea"], analysed[mode]["fix9_galilee"]
    assert _find(redsea, "seized", 0)["mode"] == "seize-territory"  # as 'captured/occupied the capital'
    assert _find(redsea, "fired", 0)["actor"]["text"] == "The Tehran-backed militia"
    strikes = [e for e in galilee.records["events"] + redsea.records["events"] if e["trigger_text"] == "strike"]
    denier = ("Hezbollah", "rebels")
    assert strikes and all(e["modality"] == "asserted" and (e["attributed_to"] or {}).get("text") not in denier for e in strikes)
    headline = [m for m in _find(galilee, "strike", 0)["merged"] if m.get("headline")]
    assert "strike" in [m["trigger_text"] for m in headline]  # the headline's strike is the lead's


def test_fix9_named_places_as_targets_with_the_place_layer(analysed):
    """'Rockets struck Taiz' (a named place as the object: coded, and where it happened), 'denied
    striking Sanaa market' (a place naming the target), 'firing at Kiryat Shmona'."""
    full = analysed[MODES[1]]
    struck = [e for e in full["fix9_redsea"].records["events"] if e["trigger_text"] == "struck"]
    assert [(e["recipient"]["text"], e["location"]["text"]) for e in struck][-1] == ("Taiz", "Taiz")
    assert _find(full["fix9_redsea"], "striking", 0)["location"]["text"] == "Sanaa"
    assert _find(full["fix9_galilee"], "struck", 0)["location"]["text"] == "Metula"
    assert _find(full["fix9_galilee"], "firing at", 1)["location"]["text"] == "Kiryat Shmona"


def test_fix9_no_strike_for_a_non_agent_subject_on_a_place():
    """The named-place object needs an agent: 'The storm hit Florida' stays no event."""
    events = Pipeline(["event", *OTHER_LAYERS])(
        Article(text="The storm hit Florida on Monday. Inflation hit Germany hard.", published=dt.date(2024, 1, 16), id="t")
    ).records.get("events", [])
    assert not [e for e in events if e["event_type"] == "ASSAULT"]


def test_fix9_review_guards_from_the_ptc_texts():
    """From the PTC-2020 review of round 2: a storm's measure destroys nothing as a party ('The
    hurricane totals destroyed 70,000 homes'); 'homes were destroyed' names no doer (no event);
    a country as the object is a party, not the place ('Troops attacked Israel'); 'seized control
    of the council' is no territory; 'helped get the ball rolling by praising X' lends no doer."""
    text = (
        "The hurricane totals destroyed 70,000 homes, officials said. Hundreds of homes were destroyed. "
        "Rebel fighters destroyed two army posts. Troops attacked Israel. The faction seized control of the council. "
        "The senator helped get the ball rolling by praising the general."
    )
    events = Pipeline(["event", *OTHER_LAYERS])(Article(text=text, published=dt.date(2024, 1, 16), id="t")).records["events"]
    destroyed = [e for e in events if e["trigger_text"] == "destroyed"]
    assert [e["actor"]["text"] for e in destroyed] == ["Rebel fighters"]
    assert _one(events, "attacked")["location"] is None
    assert _one(events, "seized")["mode"] == "seize"
    assert (_one(events, "praising")["actor"] or {}).get("text") != "the ball"


def _review9(text: str) -> list[dict]:
    article = Article(text=text, published=dt.date(2026, 11, 20), id="t")
    return Pipeline(["event", *OTHER_LAYERS])(article).records.get("events", [])


def test_review9_a_named_place_as_the_object_of_a_person_verb_is_no_location():
    """'Barcelona beat Madrid' (a team), 'kidnapped Lyon …': verbs whose object is a person or side
    do not take a named-place object as where it happened; 'Rockets struck Kharkiv' still does."""
    events = _review9("Barcelona beat Madrid in the final on Sunday. Rockets struck Kharkiv on Monday.")
    assert [
        e for e in events if e["trigger_text"] == "beat" and e["location"] is not None
    ] == []  # tenth session: no event at all
    assert _one(events, "struck")["location"]["text"] == "Kharkiv"


def test_review9_fired_workers_is_a_dismissal_and_a_title_is_not_captured():
    """'denied firing workers at its plant' is no shooting at the plant; 'captured the league
    title', 'the capture of the title', 'captured market share' code no seizure; a town does."""
    events = _review9(
        "The company denied firing workers at its plant in Ohio. The Army football team captured the league title. "
        "Fans praised the capture of the title. The firm captured market share. The rebels captured the town of Kafr Nabl."
    )
    assert not [e for e in events if e["event_type"] == "ASSAULT"]
    captures = [e for e in events if e["event_type"] == "COERCE"]
    assert [(e["trigger_text"], e["mode"]) for e in captures] == [("captured", "seize-territory")]


def test_review9_a_presupposed_event_is_not_dated_after_its_frame():
    """Published on Friday 2026-11-20, 'on Friday' may resolve to that day; the killing the court
    condemned on Monday (16th) happened by Monday: no later date, bounded by the condemning."""
    events = _review9("The court on Monday condemned the killing of the journalist on Friday.")
    killing = _one(events, "killing")
    assert killing["date"] is None and killing["date_not_after"] == "2026-11-16"


def test_review9_capturing_on_camera_is_no_seizure():
    """'Attempts to capture the blaze on camera' films it; 'attempts to capture the town' stay."""
    events = _review9("Attempts to capture the blaze on camera drew crowds. Attempts to capture the town failed.")
    assert [e["recipient"]["text"] for e in events if e["event_type"] == "COERCE"] == ["the town"]


def test_review9_a_natural_cause_kills_nobody_as_a_party_and_market_share_is_not_seized():
    """'The earthquake killed 300 people', 'The storm hit the coast, killing three' (the gerund's
    doer from 'hit'): no ASSAULT, like 'the storm hit Florida'; 'artillery fire killed two' and
    'gunmen killed five' stay. 'grew by seizing market share' is no seizure."""
    events = _review9(
        "The earthquake killed 300 people in Turkey on Monday. The storm hit the coast on Monday, killing three people. "
        "Artillery fire killed two soldiers. Gunmen killed five villagers. The company grew by seizing market share."
    )
    assert [e["actor"]["text"] for e in events if e["mode"] == "kill"] == ["Artillery fire", "Gunmen"]
    assert not [e for e in events if e["event_type"] == "COERCE"]


def test_review9_mobilising_volunteers_or_funds_is_no_military_mobilisation():
    """'would mobilise volunteers to clean the beach', 'mobilised support' code nothing;
    'mobilised 5,000 reservists' stays MOBILIZE."""
    events = _review9(
        "The company said it would mobilise volunteers to clean the beach. The party mobilised support for the bill. "
        "Armenia mobilised 5,000 reservists on Monday."
    )
    assert [e["recipient"]["text"] for e in events if e["event_type"] == "MOBILIZE"] == ["5,000 reservists"]


def test_review9_pulling_back_a_forecast_a_striker_or_shares_is_no_retreat():
    """'pulled back its forecast', 'Shares pulled back from a record', 'pulled back the striker
    into midfield' code nothing; 'Troops pulled back from the river' stays RETREAT."""
    events = _review9(
        "The company pulled back its forecast on Monday. Shares pulled back from a record high on Tuesday. "
        "The coach pulled back the striker into midfield. Troops pulled back from the river on Monday."
    )
    assert [e["actor"]["text"] for e in events if e["event_type"] == "RETREAT"] == ["Troops"]


@pytest.mark.parametrize(
    "text",
    [
        "A regional official in Mekelle, who asked not to be named, said the army had drone footage.",
        "A diplomat who requested anonymity said the talks had stalled.",
        "Two officers, who asked not to be identified, described the raid.",
    ],
)
def test_the_terms_of_a_sources_anonymity_are_no_request(text):
    """Lead, ninth session: 'who asked not to be named' was a REQUEST event (actor 'Mekelle')."""
    assert [e for e in _events(text) if e["event_type"] == "REQUEST"] == []


def test_a_request_to_name_someone_is_still_a_request():
    (e,) = [e for e in _events("The council asked the UN to name an envoy.") if e["event_type"] == "REQUEST"]
    assert e["trigger_text"] == "asked"
    assert [e["event_type"] for e in _events("Kyiv requested a ceasefire.")] == ["REQUEST"]


def _fix10(text: str, title: bool = False) -> list[dict]:
    """The tenth session's sentences, with the place/time/actor layers (a title line when asked)."""
    article = (
        from_text(text, published=dt.date(2026, 11, 20), id="t")
        if title
        else Article(text=text, published=dt.date(2026, 11, 20), id="t")
    )
    return Pipeline(["event", *OTHER_LAYERS])(article).records.get("events", [])


def _text_of(arg: dict | None) -> str | None:
    return None if arg is None else arg["text"]


def test_fix10_a_weapon_is_the_instrument_not_the_doer():
    """'Rockets struck Kharkiv': no actor, the rockets as instrument; the launcher when the sentence
    ('Rockets fired by Hezbollah struck …') or the one before ('Hezbollah fired rockets …') names
    one; a weapon named with its owner keeps the phrase ('Russian drones'); a passive's 'by a shell'."""
    events = _fix10(
        "Rockets struck Kharkiv on Monday. Rockets fired by Hezbollah struck Kharkiv on Tuesday. "
        "Russian drones struck Odesa on Monday. Hezbollah fired rockets at the town. The rockets struck Metula. "
        "A UNIFIL position near Naqoura was hit by a shell. Mortar shells struck a camp near Mugunga. "
        "Artillery fire killed two soldiers."
    )
    got = [(e["trigger_text"], _text_of(e["actor"]), _text_of(e["instrument"])) for e in events if e["event_type"] == "ASSAULT"]
    assert got == [
        ("struck", None, "Rockets"),
        ("struck", "Hezbollah", "Rockets"),
        ("struck", "Russian drones", "Russian drones"),
        ("fired", "Hezbollah", None),
        ("struck", "Hezbollah", "The rockets"),
        ("hit", None, "a shell"),
        ("struck", None, "Mortar shells"),
        ("killed", "Artillery fire", None),  # a unit's fire is the unit's act
    ]


def test_fix10_a_weapon_fills_the_doer_a_verb_requires_and_a_bomb_event_keeps_its_outcome():
    """'destroy' needs a doer ('homes were destroyed' may be a storm's); a weapon is one's means."""
    events = _fix10("A drone destroyed two tanks near Bakhmut. A car bomb exploded near a checkpoint, killing five soldiers.")
    assert _text_of(_one(events, "destroyed")["instrument"]) == "A drone"
    assert "killing" in [m["trigger_text"] for m in _one(events, "bomb")["merged"]]


def test_fix10_a_verbless_headline_reads_its_cue_word_as_the_verb():
    """'Army shells Port Elm' / 'Rebels storm airport' (a noun compound to the parser) are events;
    'Army shells found in garden', 'Rebel storm warning', 'Police reforms' are noun phrases."""
    body = "\n\nPORT ELM, Nov 19 (Test Wire) - A quiet day was reported in the region on Wednesday, officials said.\n"
    shells = [e for e in _fix10("Army shells Port Elm" + body, title=True) if e["event_type"] == "ASSAULT"]
    assert [(e["trigger_text"], _text_of(e["actor"]), _text_of(e["recipient"])) for e in shells] == [
        ("shells", "Army", "Port Elm")
    ]
    storm = [e for e in _fix10("Rebels storm airport" + body, title=True) if e["event_type"] == "ASSAULT"]
    assert [(e["trigger_text"], _text_of(e["actor"]), _text_of(e["recipient"])) for e in storm] == [
        ("storm", "Rebels", "airport")
    ]
    for headline in ("Army shells found in garden", "Rebel storm warning", "Police reforms"):
        assert [e for e in _fix10(headline + body, title=True) if e["event_type"] in ("ASSAULT", "COERCE")] == [], headline


def test_fix10_sports_results_are_no_assaults():
    """Two named sides with a sports word or a score, or 'beat' between two named sides: a result."""
    events = _fix10(
        "Bayern Munich hit Dortmund for six on Saturday. Barcelona beat Madrid 3-1 in the league on Sunday. "
        "Celtic thrash Rangers in the derby. Shares hit a record high. Chelsea beat Arsenal. "
        "Russia attacked Ukraine on 11-12 November. Police beat three protesters in Tbilisi. "
        "Russian forces struck Kharkiv before the match on Sunday."
    )
    assert [e["trigger_text"] for e in events if e["event_type"] == "ASSAULT"] == ["attacked", "beat", "struck"]


def test_fix10_unnamed_doers_have_a_kind():
    """'fighters' armed_group unless a listed modifier says otherwise; 'forces' takes its kind from
    such a modifier ('government forces' state, 'rebel forces' armed_group) and has none bare or
    in a name; a hyphenated 'pro-Russian' says nothing; 'bandits' are an armed group."""
    from newsprism import nlp
    from newsprism.events.lexicon import lexicon
    from newsprism.events.nominal import _doer

    doc = nlp.load()(
        "Pro-Russian fighters attacked. Government forces attacked. Rebel forces attacked. Russian forces attacked. "
        "The Rapid Support Forces attacked. Armed bandits attacked. Gunmen attacked. Government fighters attacked."
    )
    subjects = [next(t for t in s if t.dep_ == "nsubj") for s in doc.sents]
    assert [_doer(t, lexicon())[0] for t in subjects] == [
        "armed_group",
        "state",
        "armed_group",
        None,
        None,
        "armed_group",
        "armed_group",
        "state",
    ]


def test_fix10_aid_pledges_and_diplomatic_acts():
    """'pledged 50 million euros in aid', 'pledged humanitarian assistance' (AID); 'summoned the
    ambassador' (ACCUSE: a diplomatic protest), 'closed its embassy', 'cut diplomatic ties' (SANCTION);
    a club's pledge, a school's summons and a firm's ties are none."""
    events = _fix10(
        "Germany pledged 50 million euros in aid to Sudan on Monday. The EU pledged humanitarian assistance to Gaza. "
        "Kinshasa summoned the Rwandan ambassador on Tuesday. Rwanda closed its embassy in Kinshasa. "
        "Burundi cut diplomatic ties with Rwanda. France expelled two Russian diplomats. "
        "The ministry recalled its ambassador. The club pledged 50 million euros for a new stadium. "
        "The school summoned the parents. The firm cut ties with the supplier."
    )
    assert [(e["trigger_text"], e["event_type"], e["mode"]) for e in events] == [
        ("pledged", "AID", "pledge"),
        ("pledged", "AID", "pledge"),
        ("summoned", "ACCUSE", "summon-envoy"),
        ("closed", "SANCTION", "break-relations"),
        ("cut", "SANCTION", "break-relations"),
        ("expelled", "SANCTION", "expel"),
        ("recalled", "SANCTION", "recall-envoy"),
    ]


def test_fix10_audit_defects():
    """From the tenth audit: 'it' in a spokesman's words is not the spokesman; the place of a
    condemned airstrike is not the condemning's; troops burning homes is an attack."""
    events = _fix10(
        "Its spokesman said the group would not withdraw from the towns it had seized. "
        "The United Nations condemned the airstrike on Kyauk Ni Maw. Troops burned dozens of homes in the village. "
        "The family burned old letters."
    )
    assert _text_of(_one(events, "seized")["actor"]) == "it"
    assert _one(events, "condemned")["location"] is None
    assert [(e["trigger_text"], e["mode"]) for e in events if e["trigger_text"] == "burned"] == [("burned", "arson")]


def test_fix10_a_purpose_clause_is_intended_and_shares_the_doer():
    """'sent troops to attack the town', 'attacked the base to seize weapons': what the doer meant
    to do is not told as done (intended) and is the doer's; the main verb stays asserted."""
    events = _fix10("The army sent troops to attack the town. Rebels attacked the base to seize weapons.")
    got = [(e["trigger_text"], _text_of(e["actor"]), e["modality"]) for e in events]
    assert got == [
        ("sent", "The army", "asserted"),
        ("attack", "The army", "intended"),
        ("attacked", "Rebels", "asserted"),
        ("seize", "Rebels", "intended"),
    ]


@pytest.mark.parametrize(
    ("headline", "lead", "folded"),
    [
        ("Fighters shell Port Elm", "Government forces shelled Port Elm on Monday, officials said.", False),
        ("Pro-Russian fighters shell Port Elm", "Separatist militants shelled Port Elm on Monday, officials said.", True),
        ("Forces shell Port Elm", "Rebel forces shelled Port Elm on Monday, officials said.", True),
    ],
)
def test_fix10_unnamed_doers_fold_by_kind(headline, lead, folded):
    """A headline's unnamed fighters are not the lead's government forces; 'pro-Russian' (whose side)
    is no name that keeps them from the lead's separatist militants; bare 'Forces' may be anyone's."""
    text = headline + "\n\nPORT ELM, Nov 19 (Test Wire) - " + lead + "\n"
    shelled = _one(_fix10(text, title=True), "shelled")
    assert ("shell" in [m["trigger_text"] for m in shelled["merged"]]) is folded


# Review of the tenth session's rules, and the follow-ups routed to events: fictional sentences,
# each failing on the code before the review.
def _triggers(events: list[dict]) -> list[str]:
    return [e["trigger_text"] for e in events]


def test_review10_sports_results_with_a_weapon_club_name_or_a_three_digit_score():
    """A weapon does not 'beat': a capitalised one beating a name is a club; a capital inside the
    sentence is a name ('the Lakers'); a range counting a plural noun is no score."""
    for text in ("Rockets beat Lakers", "Houston Rockets beat the Lakers 110-98 in the playoffs."):
        assert _fix10(text) == [], text
    assert _triggers(_fix10("Russia hit Kharkiv with 3-4 missiles overnight.")) == ["hit"]
    assert _triggers(_fix10("Soldiers beat Ahmed Khan in Kabul.")) == ["beat"]


def test_review10_shell_out_is_paying():
    assert _fix10("Army shells out for new boots") == []
    assert _triggers(_fix10("The army shelled the port.")) == ["shelled"]


def test_review10_a_pledged_sum_in_aid_and_its_recipient():
    """'pledged 10 million dollars in aid to Sudan': the parser hangs 'in aid' on the verb; the
    sum is the act pledged, the 'to' phrase its recipient."""
    for text, recipient in (
        ("Japan pledged 10 million dollars in aid to Sudan.", "Sudan"),
        ("The EU pledged 5 billion euros in loans to Kyiv.", "Kyiv"),
    ):
        ev = _one(_fix10(text), "pledged")
        assert (ev["event_type"], ev["mode"], _text_of(ev["recipient"])) == ("AID", "pledge", recipient), text
    assert _fix10("The club pledged 50 million euros for a new stadium.") == []


def test_review10_a_dateline_town_is_no_doer():
    text = "JERMUK, Armenia, 13 May 2025 (Ararat Post) — Azerbaijani forces shelled Armenian positions near Jermuk."
    ev = _one(_fix10(text), "shelled")
    assert _text_of(ev["actor"]) == "Azerbaijani forces"


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Armenian units fired back and silenced the Azerbaijani firing points.", "fired back", "firearms"),
        ("Armenian units returned fire.", "returned fire", "firearms"),
        ("Azerbaijani units retaliated.", "retaliated", "attack"),
        ("Armenian forces shelled the village. Its army responded.", "responded", "attack"),
        ("In response, Azerbaijani army units struck Armenian firing points near Istisu, the ministry said.", "struck", "attack"),
    ],
)
def test_review10_replies_in_an_exchange_of_fire(text, trigger, mode):
    """Both halves of an exchange are events: the reply is ASSAULT and marked 'reply'."""
    ev = _one(_fix10(text), trigger)
    assert (ev["event_type"], ev["mode"], ev["reply"]) == ("ASSAULT", mode, True)
    assert ev["actor"] is not None
    assert ev["recipient"] is None or trigger == "struck"


def test_review10_replies_need_an_armed_doer_and_no_object():
    for text in (
        "The minister fired back at critics.",
        "China retaliated with tariffs.",
        "The ministry responded to questions.",
        "The army responded to the flood.",
        "He returned the favour.",
    ):
        assert _fix10(text) == [], text
    assert _triggers(_fix10("The army responded by sending aid convoys.")) == ["sending"]  # what the reply was
    ev = _one(_fix10("The drivers returned to Goris."), "returned")
    assert (ev["event_type"], ev["reply"]) == ("RETREAT", False)
    for text in ("Azerbaijani forces shelled Armenian positions.", "As an answer to the riddle, the army shelled the port."):
        assert _one(_fix10(text), "shelled")["reply"] is False, text


def test_review10_a_rejected_claim_is_its_owners_allegation():
    """'rejected Yerevan's claim that shells hit homes in Istisu': the hitting is Yerevan's
    allegation, and Istisu is the place of the hitting, not of the rejection."""
    events = _fix10("The ministry rejected Yerevan's claim that Azerbaijani shells hit civilian homes in Istisu.")
    hit, rejected = _one(events, "hit"), _one(events, "rejected")
    assert (hit["modality"], _text_of(hit["attributed_to"])) == ("alleged", "Yerevan")
    assert _text_of(hit["location"]) == "Istisu" and rejected["location"] is None
    shelled = _one(_fix10("Baku dismissed claims by Yerevan that its troops shelled Istisu."), "shelled")
    assert (shelled["modality"], _text_of(shelled["attributed_to"])) == ("alleged", "Yerevan")


def test_review10_shooting_down_a_drone_or_missile_is_an_interception():
    """No attack on people: '51 were shot down' after '60 drones', 'shot down a Hezbollah drone' are
    interceptions, ASSAULT/intercept since the nineteenth session (audit 19 E1; were no event)."""
    for text in (
        "Air defence intercepted 60 drones overnight; 51 were shot down over the Kyiv region.",
        "Israel shot down a Hezbollah drone over Metula.",
        "Air defences shot down two of the missiles.",
    ):
        found = _fix10(text)
        assert found and {(e["event_type"], e["mode"]) for e in found} == {("ASSAULT", "intercept")}, text
    assert _triggers(_fix10("Gunmen shot 5 villagers. The rebels shot down a helicopter.")) == ["shot", "shot"]


def test_review10_an_event_in_a_live_blog_entry_takes_the_stamp_day():
    text = (
        "Drones over Port Elm: live\n\n"
        "23:10 — Sirens sounded across Port Elm.\n\n"
        "1:45 — Russian drones hit a warehouse in Obolon. Officials said the attack will resume on Sunday.\n"
    )
    ev = _one(_fix10(text), "hit")
    assert ev["date"] == "2026-11-21" and "stamp" in ev["date_source"]


def test_review10_a_reply_continues_the_date_of_the_event_before():
    """'… shelled … late on Tuesday. In response, Armenian troops shelled …': the reply's day is
    the first shelling's; without the cue the second sentence names no day."""
    first = "Azerbaijani forces shelled Armenian positions near Jermuk late on Tuesday. "
    events = _fix10(first + "In response, Armenian troops shelled Azerbaijani positions near Jermuk.")
    assert [e["date"] for e in events] == ["2026-11-17", "2026-11-17"]
    assert events[1]["date_source"].startswith("continues 'shelled'")
    events = _fix10(first + "Armenian troops shelled Azerbaijani positions near Jermuk.")
    assert [e["date"] for e in events] == ["2026-11-17", "2026-11-17"]  # 13th session: the lead's day
    assert events[1]["date_source"].startswith("the day of the lead's act")
    events = _fix10("Rebels captured the town of Sake on Monday. They then stormed the town of Minova.")
    assert [e["date"] for e in events] == ["2026-11-16", "2026-11-16"]
    events = _fix10("Rebels captured the town of Sake on Monday. They will then storm the town of Minova.")
    assert [e["date"] for e in events] == ["2026-11-16", None]
    events = _fix10("Rebels captured the town of Sake on Monday. The UN then called for calm.")
    assert [e["date"] for e in events] == ["2026-11-16", None]


def test_review10_only_a_dateline_dash_makes_the_nearer_of_two_subjects_the_doer():
    """The parser's second subject: after a dateline's dash it is the doer; a hyphenated word split
    in two ('ex-girlfriend') keeps the first."""
    ev = _one(_fix10("A lawyer says she cannot act because the mayor's ex-girlfriend refused to testify."), "refused")
    assert "mayor" in _text_of(ev["actor"])


def test_review10_a_sports_word_in_a_time_phrase_or_another_clause_is_no_result():
    """'during the Champions League final', 'as fans watched the World Cup' say when an attack
    between two named sides happened; 'for six in the league' still makes a result."""
    for text, trigger in (
        ("Russia attacked Kyiv with drones during the Champions League final.", "attacked"),
        ("Israel struck Gaza as fans watched the World Cup.", "struck"),
        ("Ukraine hit Belgorod on the day of the derby.", "hit"),
    ):
        assert _triggers(_fix10(text)) == [trigger], text
    assert _fix10("Bayern Munich hit Dortmund for six in the league.") == []


def test_review10_a_reply_with_an_attack_is_an_attack_whoever_replies():
    ev = _one(_fix10("Hezbollah fired rockets at Metula. Israel retaliated with airstrikes on Tyre."), "retaliated with")
    assert (ev["event_type"], _text_of(ev["actor"]), ev["reply"], ev["recipient"]) == ("ASSAULT", "Israel", True, None)
    assert _fix10("Beijing retaliated with tariffs on soybeans.") == []


def test_an_undated_past_event_is_bounded_by_the_datelines_date_when_there_is_no_publication_date():
    from conftest import analyse

    text = (
        "Shells hit homes\n\nJERMUK, 10 May 2025 (Lake Courier) \u2014 Azerbaijani shells had hit homes near Jermuk, "
        "residents said.\n"
    )
    an = analyse(text, ["meta", "place", "time", "actor", "event"])
    hits = [e for e in an.records["events"] if e["event_type"] == "ASSAULT"]  # the headline's and the body's
    assert len(hits) == 2
    for hit in hits:
        assert (hit["date"], hit["date_not_after"]) == (None, "2025-05-10")
        assert hit["date_source"] == "none (not after the dateline's date)"
    # a dateline without a year is only a lower bound: no upper bound from it
    an = analyse(text.replace("10 May 2025", "10 May"), ["meta", "place", "time", "actor", "event"])
    assert all(e.get("date_not_after") is None for e in an.records["events"])


# --- eleventh session ------------------------------------------------------------------------


def _fix11(text: str, title: bool = False) -> list[dict]:
    return _fix10(text, title=title)


def _rows11(events: list[dict]) -> list[tuple]:
    return [(e["trigger_text"], e["event_type"], _text_of(e["actor"]), _text_of(e["recipient"])) for e in events]


TITLE_BODY = "\n\nPORT ELM, Nov 19 (Test Wire) - A quiet day was reported in the region on Wednesday, officials said.\n"


@pytest.mark.parametrize(
    "headline, row",
    [
        ("Army Shells Port Elm", ("Shells", "ASSAULT", "Army", "Port Elm")),
        ("Rebels Storm Airport", ("Storm", "ASSAULT", "Rebels", "Airport")),
        ("Militia Seizes Oil Field", ("Seizes", "COERCE", "Militia", "Oil Field")),
        ("Drones Hit Kharkiv Power Plant", ("Hit", "ASSAULT", None, "Kharkiv Power Plant")),  # a verb already
        ("Army shells Port Elm", ("shells", "ASSAULT", "Army", "Port Elm")),  # guard: lower case as before
    ],
)
def test_fix11_a_title_case_headline_reads_its_cue_word_as_the_verb(headline, row):
    """'Army Shells Port Elm' (every word NNP to the parser): the cue word's spelling gives its form
    ('Shells' agrees with 'Army', 'Storm' with 'Rebels'), as in the lower-case headline rule."""
    events = [e for e in _fix11(headline + TITLE_BODY, title=True) if e["event_type"] in ("ASSAULT", "COERCE")]
    assert _rows11(events) == [row]


@pytest.mark.parametrize(
    "headline",
    [
        "Army Shells Found In Garden",
        "Police Reforms Announced",
        "Police Reforms",
        "Rebel Storm Warning",
        "ARMY SHELLS PORT ELM",
        "Desert Storm Veterans",
    ],
)
def test_fix11_title_case_noun_phrases_are_no_events(headline):
    """A verb in the line ('Found', 'Announced'), no object, a singular before 'Storm', all capitals."""
    assert [e for e in _fix11(headline + TITLE_BODY, title=True) if e["event_type"] in ("ASSAULT", "COERCE")] == []


def test_fix11_a_mine_with_mining_words_is_a_pit_not_a_weapon():
    """'A mine collapsed, killing 12 miners', 'a coal mine flooded': an accident, no attack; 'a mine
    exploded under the truck, killing 12 soldiers' stays an ASSAULT with the mine as instrument."""
    for text in (
        "A mine collapsed, killing 12 miners.",
        "A coal mine flooded in Shanxi on Monday, killing 12 miners.",
        "A gold mine collapsed near Kolwezi, killing 12 workers.",
        "Twelve miners were killed when a shaft collapsed at a copper mine.",
        "A building collapsed in Lagos, killing 12 people.",
    ):
        assert [e for e in _fix11(text) if e["event_type"] == "ASSAULT"] == [], text
    kill = _one(_fix11("A mine exploded under the truck, killing 12 soldiers."), "killing")
    assert (kill["event_type"], kill["actor"], _text_of(kill["instrument"]), _text_of(kill["recipient"])) == (
        "ASSAULT",
        None,
        "A mine",
        "12 soldiers",
    )
    assert _text_of(_one(_fix11("A landmine killed two children near Kherson."), "killed")["instrument"]) == "A landmine"
    drone = _one(_fix11("A drone crashed into the market in Sumy, killing three people."), "killing")
    assert _text_of(drone["instrument"]) == "A drone"  # a weapon's crash is no accident
    attack = _fix11("Rebels attacked the gold mine near Walikale, killing five guards.")
    assert [(e["trigger_text"], _text_of(e["actor"])) for e in attack] == [("attacked", "Rebels"), ("killing", "Rebels")]


def test_fix11_a_bare_responded_needs_an_act_of_force_before_it():
    """'Troops responded quickly' (no object, no weapon, no fire told) is no ASSAULT; with artillery
    or fire, or after a shelling, it stays a reply."""
    for text in (
        "Troops responded quickly.",
        "Troops responded swiftly, the ministry said.",
        "Aid arrived. Troops responded quickly.",
    ):
        assert _fix11(text) == [], text
    for text in (
        "The army responded with artillery.",
        "The army responded with fire.",
        "Azerbaijani troops fired on Armenian positions near Jermuk. Armenian troops responded.",
        "The army opened fire on villages. Our troops responded in a measured manner.",
    ):
        reply = [e for e in _fix11(text) if e["trigger_text"].startswith("responded")]
        assert len(reply) == 1 and reply[0]["event_type"] == "ASSAULT" and reply[0]["reply"] is True, text


def test_fix11_a_test_launch_or_a_drill_is_no_attack():
    """'hit the target during a test launch', 'fired at targets during exercises': a drill; 'struck
    Kyiv during NATO's exercise', 'attacked soldiers during a training exercise' stay attacks."""
    for text in (
        "The missile hit the target during a test launch.",
        "Troops fired at targets during exercises near Brest.",
        "The navy fired two missiles at a decommissioned ship as part of an exercise in the Black Sea.",
        "Iran fired missiles at targets during war games.",
        "Soldiers opened fire during a drill.",
    ):
        assert [e for e in _fix11(text) if e["event_type"] == "ASSAULT"] == [], text
    kept = {
        "Russia struck Kyiv during NATO's exercise.": ("struck", "Russia", "Kyiv"),
        "Rebels attacked soldiers during a training exercise near Beni.": ("attacked", "Rebels", "soldiers"),
        "The army shelled villages during its exercises.": ("shelled", "The army", "villages"),
    }
    for text, (trigger, actor, recipient) in kept.items():
        ev = _one(_fix11(text), trigger)
        assert (ev["event_type"], _text_of(ev["actor"]), _text_of(ev["recipient"])) == ("ASSAULT", actor, recipient), text


def test_fix11_sport_words_shared_with_business_need_a_sport_verb():
    """The sport vocabulary the time tagger shares: 'goal' and 'defender' are sport only beside a
    sport verb ('a human rights defender said' was no event); a sports report stays none."""
    attacked = _one(_fix11("Russia attacked Ukraine again, a human rights defender said."), "attacked")
    assert (_text_of(attacked["actor"]), _text_of(attacked["recipient"])) == ("Russia", "Ukraine")
    assert _one(_fix11("Israel struck Gaza, and the goal is to destroy Hamas."), "struck")["event_type"] == "ASSAULT"
    for text in (
        "Bayern Munich hit Dortmund for six in the league on Saturday.",
        "Napoli crushed Roma as the defender scored twice.",
        "Celtic hit Hearts with two goals after the striker scored twice.",
    ):
        assert [e for e in _fix11(text) if e["event_type"] == "ASSAULT"] == [], text


def test_audit11_martyred_neutralised_eliminated_are_killings():
    """Audit 11 (E4): 'were martyred', 'neutralised a unit', 'have been eliminated' are ASSAULT/kill;
    'eliminated tariffs', 'neutralised the threat' are none."""
    rows = {
        "Three civilians were martyred in Nakyal on Sunday.": ("martyred", None, "Three civilians"),
        "The Royal Armed Forces neutralised a unit of Polisario militias.": (
            "neutralised",
            "The Royal Armed Forces",
            "a unit of Polisario militias",
        ),
        "Five terrorists have been eliminated near Uri.": ("eliminated", None, "Five terrorists"),
    }
    for text, (trigger, actor, recipient) in rows.items():
        ev = _one(_fix11(text), trigger)
        assert (ev["event_type"], ev["mode"], _text_of(ev["actor"]), _text_of(ev["recipient"])) == (
            "ASSAULT",
            "kill",
            actor,
            recipient,
        ), text
    for text in ("The government eliminated tariffs on steel.", "Troops neutralised the threat."):
        assert _fix11(text) == [], text


def test_audit11_a_when_clause_dates_its_main_clause():
    """Audit 11 (E3): 'A woman was killed and two soldiers were injured when the army opened fire …
    on Sunday night': both take the clause's night (2026-11-15TNI, published Friday 2026-11-20)."""
    events = _fix11(
        "A woman was killed and two soldiers were injured when the Pakistan Army opened unprovoked fire on "
        "forward posts in the Uri sector on Sunday night, the Army said on Monday."
    )
    assert [(e["trigger_text"], e["date"]) for e in events] == [
        ("killed", "2026-11-15TNI"),
        ("injured", "2026-11-15TNI"),
        ("opened", "2026-11-15TNI"),
    ]
    assert "'when' clause" in _one(events, "killed")["date_source"]
    # guard: a date of its own wins; no date in the clause, none shared
    own = _fix11("Two people were killed on Friday when rebels attacked a bus on Thursday night.")
    assert _one(own, "killed")["date"] == "2026-11-20"
    assert _one(_fix11("Two people were killed when rebels attacked a bus."), "killed")["date"] is None


def test_audit11_a_year_modifying_a_noun_does_not_date_the_event():
    """Audit 11 (E2): '…, killing at least four civilians … in the most serious violation of a 2021
    ceasefire' shares its head's Sunday night; 'in the 2019 offensive' (a time phrase) still dates."""
    events = _fix11(
        "Indian and Pakistani troops exchanged heavy fire across the Line of Control in Kashmir on Sunday night, "
        "killing at least four civilians on both sides in the most serious violation of a 2021 ceasefire, officials said."
    )
    assert _one(events, "killing")["date"] == "2026-11-15TNI"
    assert _one(_fix11("Rebels shelled Goma in the 2019 offensive."), "shelled")["date"] == "2019"


def test_audit11_a_verb_form_inside_a_name_is_no_event():
    """Audit 11 (E1): 'Indian Illegally Occupied Jammu and Kashmir' is a name, no seizure."""
    for text in (
        "The spokesperson condemned the atrocities in Indian Illegally Occupied Jammu and Kashmir (IIOJK).",
        "Pakistan refers to Indian-administered Kashmir as Indian Illegally Occupied Jammu and Kashmir.",
    ):
        assert [e for e in _fix11(text) if e["event_type"] == "COERCE"] == [], text
    assert _one(_fix11("Rebels occupied the town of Kiwanja."), "occupied")["event_type"] == "COERCE"  # guard


def test_audit11_snow_closing_passes_and_suspended_traffic_are_no_events():
    """Audit 11 (E9): a natural cause closes no pass; suspended traffic is no sanction."""
    assert _fix11("Patrols continue before the winter snow closes the passes.") == []
    assert _fix11("Traffic on the Neelum road was suspended till Monday afternoon.") == []
    assert _one(_fix11("The army closed the road to Kupwara."), "closed")["event_type"] == "COERCE"  # guard


def test_audit11_an_elided_passive_has_victims_not_doers():
    """Audit 11 (E5): 'were killed and six wounded', 'were martyred and six others injured': the six
    are the wounded, no actor; 'Rebels attacked and killed six soldiers' keeps its doer (guard)."""
    wounded = _one(_fix11("Three civilians, including a child, were killed and six wounded."), "wounded")
    assert (wounded["actor"], _text_of(wounded["recipient"])) == (None, "six")
    injured = _one(_fix11("Three civilians were martyred and six others injured in Nakyal."), "injured")
    assert (injured["actor"], _text_of(injured["recipient"])) == (None, "six others")
    killed = _one(_fix11("Rebels attacked and killed six soldiers."), "killed")
    assert (_text_of(killed["actor"]), _text_of(killed["recipient"])) == ("Rebels", "six soldiers")


def test_audit11_a_speech_act_after_a_reported_judgement_is_the_speakers():
    """Audit 11 (E6): 'said the targeting of civilians was "a violation …" and urged the group to
    investigate' — the urging is the spokesperson's, not the targeting's."""
    urged = _one(
        _fix11(
            'Spokesperson Amna Rafiq said the deliberate targeting of civilians was "a violation of international '
            'humanitarian law" and urged the observer group to investigate.'
        ),
        "urged",
    )
    assert (urged["event_type"], _text_of(urged["actor"]), _text_of(urged["recipient"])) == (
        "REQUEST",
        "Spokesperson Amna Rafiq",
        "the observer group",
    )
    called = _one(
        _fix11('Sidi Omar Mbarek said that the strike was "a war crime" and called on MINURSO to visit the site.'), "called on"
    )
    assert _text_of(called["actor"]) == "Sidi Omar Mbarek"


def test_audit11_a_weapon_of_an_armed_party_has_that_party_as_doer():
    """Audit 11 (E7): 'A drone of the Moroccan occupation army killed …' — the army is the doer,
    the drone the instrument; 'a drone of unknown origin' has no doer (guard)."""
    killed = _one(_fix11("A drone of the Moroccan occupation army killed three Sahrawi civilians near Mahbes."), "killed")
    assert (_text_of(killed["actor"]), _text_of(killed["instrument"])) == (
        "the Moroccan occupation army",
        "A drone of the Moroccan occupation army",
    )
    struck = _one(_fix11("A drone of unknown origin struck the camp."), "struck")
    assert (struck["actor"], _text_of(struck["instrument"])) == (None, "A drone of unknown origin")


def test_audit11_an_event_inside_a_whether_clause_is_possible():
    """Audit 11 (E8): 'She did not say whether Pakistan had asked for a meeting' is open, not told."""
    asked = _one(_fix11("She did not say whether Pakistan had asked for a meeting of the DGMOs."), "asked")
    assert (asked["modality"], asked["modality_cue"], asked["negated"]) == ("possible", "whether", False)
    assert _one(_fix11("Pakistan asked for a meeting of the DGMOs."), "asked")["modality"] == "asserted"  # guard


def test_audit11_the_intervening_night_is_no_intervention():
    """Audit 11 (E10): 'on the intervening night of October 10 and 11' is a time; 'was intervening
    in Kosovo' stays an intervention (guard)."""
    events = _fix11("Pakistani troops violated the ceasefire on the intervening night of October 10 and 11, the Army said.")
    assert "intervening" not in _triggers(events)
    assert _one(_fix11("NATO said it was intervening in Kosovo."), "intervening")["event_type"] == "COERCE"


def test_audit11_a_headline_participle_takes_no_victim_as_doer():
    """Audit 11 (E13): headline 'Woman killed in Pak shelling in Uri': the shelling has no doer."""
    events = _fix11("Woman killed in Pak shelling in Uri" + TITLE_BODY, title=True)
    assert _one(events, "shelling")["actor"] is None
    assert _text_of(_one(events, "killed")["recipient"]) == "Woman"
    killing = _one(_fix11("Rebels attacked Goma, killing five" + TITLE_BODY, title=True), "killing")
    assert _text_of(killing["actor"]) == "Rebels"  # guard: an active headline verb lends its doer


def test_audit11_firing_small_arms_is_an_attack():
    """Audit 11 (E15): 'began firing small arms and mortars … on Sunday' is ASSAULT/firearms."""
    ev = _one(
        _fix11("Pakistani troops began firing small arms and mortars at around 11.30 pm on Sunday near Churunda."), "firing"
    )
    assert (ev["event_type"], ev["mode"], _text_of(ev["actor"]), ev["date"]) == (
        "ASSAULT",
        "firearms",
        "Pakistani troops",
        "2026-11-15T23:30",
    )


def test_audit11_a_conjunct_of_an_uncoded_verb_shares_its_day():
    """Audit 11 (E11): 'spoke on the hotline on Monday and agreed to restore calm': the agreement is
    Monday's (published Friday 2026-11-20); 'met in Doha and agreed' keeps no date (guard)."""
    agreed = _one(
        _fix11("The army chiefs of India and Pakistan spoke on the hotline on Monday and agreed to restore calm along the LoC."),
        "agreed",
    )
    assert (agreed["event_type"], agreed["date"]) == ("AGREE", "2026-11-16")
    assert _one(_fix11("Officials met in Doha and agreed on a truce."), "agreed")["date"] is None


def test_audit11_an_attributive_participle_is_no_new_act():
    """Audit 11 (E17): 'for each martyred person's family', 'The injured were taken to hospital'
    tell no new killing or wounding."""
    compensation = _fix11("The government announced compensation of Rs1 million for each martyred person's family.")
    assert "martyred" not in _triggers(compensation)
    assert "injured" not in _triggers(_fix11("The injured were taken to hospital in Muzaffarabad."))


def test_audit11_a_title_case_subhead_in_the_body_keeps_its_verbs():
    """The name rule (E1) is for a capital inside a sentence, not for a title-case line in the body
    ('Shock!' as title, then 'The Pope Is Now Openly Attacking Abuse Victims')."""
    events = _fix11("Shock!\nThe Pope Is Now Openly Attacking Abuse Victims For Slander\n\nHe said so.\n", title=True)
    assert "Attacking" in _triggers(events)


def test_audit11_resorting_to_firing_is_an_attack_that_dates_its_victims():
    """Audit 11 (E3, k2): 'were martyred and six others injured when Indian troops resorted to
    unprovoked firing on villages … on Sunday night': the firing is ASSAULT by the troops, and the
    'when' clause (a frame of the event noun) dates the killing and the wounding."""
    events = _fix11(
        "Three civilians were martyred and six others injured when Indian troops resorted to unprovoked firing "
        "on villages in the Neelum valley on Sunday night."
    )
    firing = _one(events, "firing")
    assert (firing["event_type"], _text_of(firing["actor"]), _text_of(firing["recipient"])) == (
        "ASSAULT",
        "Indian troops",
        "villages",
    )
    assert [(e["trigger_text"], e["date"]) for e in events] == [
        ("martyred", "2026-11-15TNI"),
        ("injured", "2026-11-15TNI"),
        ("firing", "2026-11-15TNI"),
    ]
    assert _fix11("The firing of the director began a crisis.") == []  # guard: a dismissal


def test_audit11_a_conjunct_with_its_own_subject_takes_its_subjects_day():
    """Audit 11 (E18): '… landed near Mahbes on Wednesday evening …, and that the army's response on
    Thursday killed four Polisario fighters': the killing is Thursday's, not the landing's evening."""
    killed = _one(
        _fix11(
            "Military sources said that four projectiles landed near Mahbes on Wednesday evening without causing "
            "casualties, and that the army's response on Thursday killed four Polisario fighters."
        ),
        "killed",
    )
    assert killed["date"] == "2026-11-19" and "its subject" in killed["date_source"]


def test_audit11_a_day_the_parse_hangs_on_the_doer_dates_the_event():
    """Audit 11 (E3, w2): 'Units of the SPLA on Wednesday carried out intense bombardments …' —
    the parser hangs 'on Wednesday' on 'Units'; a doer takes no date, so it is the bombardments' day."""
    ev = _one(
        _fix11(
            "Units of the SPLA on Wednesday carried out intense bombardments targeting the entrenchments in the Mahbes sector."
        ),
        "bombardments",
    )
    assert (ev["event_type"], ev["date"]) == ("ASSAULT", "2026-11-18")
    assert "doer" in ev["date_source"]


def test_audit11_a_passive_after_a_reported_judgement_is_not_the_speakers():
    """Guard of E6 (from PTC): 'claimed that contraception is not forbidden, but even demanded' — a
    passive participle; the theologian demands nothing."""
    events = _fix11(
        "The Italian moral theologian, Maurizio Chiodi, recently claimed in his talk at the university that "
        "contraception is sometimes not only not forbidden, but even demanded!"
    )
    assert all("theologian" not in (_text_of(e["actor"]) or "") for e in events if e["trigger_text"] == "demanded")


def test_audit11_a_coordinated_actor_phrase_carries_both_actors():
    """Audit 11 (E19): 'Indian and Pakistani troops exchanged heavy fire': the actor object keeps its
    span and lists the other actor span of its phrase in `also` (both sides are the doers);
    'Russian troops shelled Kharkiv' has no `also` (guard)."""
    events = _fix11(
        "Indian and Pakistani troops exchanged heavy fire across the Line of Control. Russian troops shelled Kharkiv."
    )
    exchanged, shelled = _one(events, "exchanged")["actor"], _one(events, "shelled")["actor"]
    assert exchanged["text"] == "Indian and Pakistani troops"
    assert {exchanged.get("side"), *(a.get("side") for a in exchanged.get("also", []))} == {"indian", "pakistani"}
    assert "also" not in shelled


def test_audit11_a_location_is_the_whole_place_span_not_a_cut_of_it():
    """Audit 11 (E16, half): '… in the Uri and Keran sectors of Jammu and Kashmir': the location text
    is the place span 'Jammu and Kashmir' (was 'Jammu', the noun phrase cut at 'and')."""
    text = (
        "A woman was killed when the Pakistan Army opened unprovoked fire on forward posts and villages in the "
        "Uri and Keran sectors of Jammu and Kashmir on Sunday night."
    )
    loc = _one(_fix11(text), "opened")["location"]
    assert loc["text"] == "Jammu and Kashmir" and text[loc["start"] : loc["end"]] == loc["text"]


# Eleventh-session review: real attacks the round-1 rules (drills, accidents, pits) dropped; each
# sentence fails on a936063 and is an attack on the session start's code.


def test_review11_a_training_place_is_no_drill():
    """'at a police training academy', 'on a training camp': a place where people train, no drill
    phrase; 'during a training exercise' with a drill target stays a drill."""
    fire = _one(_fix11("Gunmen opened fire at a police training academy in Quetta, killing 12 cadets."), "opened fire")
    assert (fire["event_type"], _text_of(fire["actor"])) == ("ASSAULT", "Gunmen")
    camp = _one(_fix11("Militants fired on a training camp near Kunduz on Tuesday."), "fired on")
    assert (camp["event_type"], _text_of(camp["actor"])) == ("ASSAULT", "Militants")
    assert [e for e in _fix11("Troops fired at targets during a training exercise.") if e["event_type"] == "ASSAULT"] == []


def test_review11_a_drill_that_kills_or_hits_a_partys_ship_is_an_attack():
    """A drill target of another party ('a Russian ship') or a strike that kills people in the same
    sentence is an attack, whatever exercise was on."""
    ship = _one(_fix11("Ukrainian sea drones hit a Russian ship during exercises in the Black Sea."), "hit")
    assert (ship["event_type"], _text_of(ship["recipient"])) == ("ASSAULT", "a Russian ship")
    text = "Iskander missiles struck a firing range in Dnipropetrovsk region during a training exercise, killing 12 soldiers."
    struck = _one(_fix11(text), "struck")
    assert (struck["event_type"], _text_of(struck["instrument"])) == ("ASSAULT", "Iskander missiles")


def test_review11_a_collapse_caused_by_an_attack_is_no_accident():
    """'collapsed after a Russian missile strike, killing 40', 'when their barracks collapsed under
    shelling', 'a truck packed with explosives crashed …, killing 12': the deaths of an attack."""
    for text, trigger in (
        ("A residential building in Dnipro collapsed after a Russian missile strike, killing 40 people.", "killing"),
        ("Twelve soldiers were killed when their barracks collapsed under Russian shelling.", "killed"),
        ("A truck packed with explosives crashed into the base gate in Mogadishu, killing 12 soldiers.", "killing"),
    ):
        ev = _one(_fix11(text), trigger)
        assert ev["event_type"] == "ASSAULT" and ev["mode"] == "kill", text
        assert ev["actor"] is None or _text_of(ev["actor"]) not in ("A residential building", "A truck"), text
    assert [e for e in _fix11("A building collapsed in Lagos, killing 12 people.") if e["event_type"] == "ASSAULT"] == []


def test_review11_an_exploding_mine_is_a_weapon_whatever_its_age():
    """'An abandoned anti-tank mine exploded …, killing two farmers', 'killed by an old mine near the
    flooded river': a land mine ('abandoned' and a flood elsewhere say no pit); 'an abandoned coal
    mine collapsed' stays a pit."""
    mine = _one(_fix11("An abandoned anti-tank mine exploded under a tractor near Aghdam, killing two farmers."), "killing")
    assert (mine["event_type"], _text_of(mine["instrument"])) == ("ASSAULT", "An abandoned anti-tank mine")
    old = _one(_fix11("Two children were killed by an old mine near the flooded river in Kherson."), "killed")
    assert (old["event_type"], _text_of(old["instrument"])) == ("ASSAULT", "an old mine")
    assert [
        e for e in _fix11("An abandoned coal mine collapsed near Quetta, killing four miners.") if e["event_type"] == "ASSAULT"
    ] == []


def test_review11_a_reciprocal_verb_keeps_both_conjuncts_of_its_doer():
    """Audit E14: 'Pakistan Rangers and the BSF exchanged fire' had the actor 'Pakistan Rangers'
    only (the reciprocal act read as one side's); the phrase is both conjuncts, and the actor layer's
    second span is listed in ``also``. A one-sided verb keeps its first conjunct's phrase as before."""
    text = "Pakistan Rangers and the BSF exchanged fire along the Working Boundary in Sialkot late on Sunday."
    ev = _one(_events(text, "actor"), "exchanged")
    assert _text_of(ev["actor"]) == "Pakistan Rangers and the BSF"
    assert ev["actor"].get("also"), ev["actor"]
    fire = _one(_events("Israeli troops and Hezbollah fighters exchanged fire near Metula on Friday."), "exchanged")
    assert _text_of(fire["actor"]) == "Israeli troops and Hezbollah fighters"
    one_sided = _one(_events("Russia and Belarus attacked Ukraine in 2022."), "attacked")
    assert _text_of(one_sided["actor"]) == "Russia"  # guard: as before


def test_review11_an_act_a_verb_prevents_is_not_told_as_done():
    """Audit E8 (second half): 'to prevent them from protesting', 'prevented the rebels from
    attacking the town' told a protest and an attack as asserted; the act kept from happening is
    `prevented` and negated. 'refrained from' and other 'from' phrases are untouched."""
    for text, trigger in (
        ("The police surrounded the homes of several activists in Laayoune to prevent them from protesting.", "protesting"),
        ("The army prevented the rebels from attacking the town.", "attacking"),
    ):
        ev = _one(_fix11(text), trigger)
        assert (ev["modality"], ev["negated"]) == ("prevented", True), (text, ev["modality"], ev["negated"])
    kept = _one(_fix11("Residents fled the town after the rebels attacked it."), "attacked")
    assert (kept["modality"], kept["negated"]) == ("asserted", False)
    # PTC: 'preventing the shooter from continuing his massacre': the massacre happened, only its continuation was stopped
    going_on = _one(_fix11("The guard prevented the gunman from continuing his attack on the hotel."), "attack")
    assert going_on["modality"] != "prevented" and going_on["negated"] is False


def test_review11_a_pronoun_doer_that_is_the_resolved_speaker_takes_its_name_and_side():
    """Audit E12: 'The Polisario's Ministry of Defence said … It said it had carried out artillery
    attacks …': the doer was the bare 'It' (no span, no side); the claim layer resolves the speaker
    'It' to the ministry, and the doer is that speaker, so it takes the ministry's actor span."""
    text = (
        "The Polisario's Ministry of Defence said the victims were herders travelling near Mijek. "
        "It said it had carried out artillery attacks on Moroccan army positions in the Mahbes sector on Wednesday."
    )
    events = Pipeline(["actor", "claim", "event"])(Article(text=text, published=dt.date(2026, 11, 6))).records["events"]
    ev = _one(events, "attacks")
    assert ev["actor"]["text"] == "It" and ev["actor"]["span"] is not None
    assert (ev["actor"]["name"], ev["actor"].get("side")) == ("The Polisario's Ministry of Defence", "sahrawi")
