"""Words for finding people and organisations and their titles.

All entries are lowercase; the stages compare case-insensitively.
    "Vice Mayor Wu Qing"                      title before the name
    "Wu Qing, Vice Mayor,"                    title in apposition
    "Tun Dr Mahathir Mohamad"                 honorifics are dropped from names
    "Songjiang District Government"           an organisation: ends in an organisation head
    "the meeting stressed", "Cabinet approved" the meeting as a body
"""

from __future__ import annotations

# Head words of titles. A title phrase must contain one ("deputy secretary of X").
TITLE_HEADS: frozenset[str] = frozenset(
    {
        "mayor", "secretary", "secretary-general", "chairman", "chairwoman", "chairperson", "chair",
        "vice-chair", "vice-chairman", "president", "premier", "minister", "vice-minister", "councilor",
        "councillor", "director", "director-general", "governor", "head", "chief", "ceo", "cfo", "coo",
        "commissioner", "ambassador", "spokesperson", "spokesman", "spokeswoman", "leader", "provost",
        "treasurer", "chancellor", "king", "queen", "prince", "princess", "senator", "deputy", "officer",
        "manager", "dean", "mp", "dp", "vp", "pm", "attorney", "auditor", "registrar", "clerk",
        "convener", "convenor", "moderator", "rapporteur", "coordinator", "founder", "editor", "judge",
        "envoy", "delegate", "counsellor", "counselor", "administrator", "superintendent", "inspector",
        "supervisor", "principal", "rector", "member", "vice-president", "vice-premier", "emir", "sultan",
        "governor-general", "controller", "comptroller", "executive", "magistrate", "speaker", "whip",
        "representative", "adviser", "advisor", "consul", "consul-general", "undersecretary",
        "under-secretary", "commander", "general", "admiral", "marshal", "captain", "mayor-elect",
        "president-elect", "head of state", "head of government", "pcso", "constable", "sergeant",
        "inspector", "officer", "clerk", "vicar", "warden", "bishop", "mayoress",
    }
)

# Words that may stand inside a title phrase before its head even in lower case.
TITLE_MODIFIERS: frozenset[str] = frozenset(
    {
        "vice", "deputy", "executive", "assistant", "acting", "first", "second", "chief", "senior",
        "principal", "permanent", "foreign", "finance", "prime", "state", "county", "district", "city",
        "municipal", "provincial", "party", "general", "managing", "associate", "interim", "former",
        "co", "joint", "lord", "high", "regional", "national", "federal", "standing", "honorary",
    }
)

# Honorifics: never part of a name ("Mr. Wu" is Wu; "Datuk Seri Dr Ismail Bakar" is Ismail Bakar).
HONORIFICS: frozenset[str] = frozenset(
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
        "madam", "madame", "mme", "mme.", "sir", "dame", "lord", "lady", "comrade", "h.e.", "he.",
        "tun", "datuk", "dato", "dato'", "datin", "seri", "sri", "tan sri", "dato'sri", "hon", "hon.",
        "honourable", "honorable", "excellency", "rev", "rev.", "reverend", "sheikh", "shaikh", "mx",
        "mx.", "messrs", "messrs.", "ir", "ir.", "cllr", "cllr.", "councillor", "cr", "cr.", "engr", "engr.", "pak", "ibu", "bapak",
    }
)

# Particles that may stand between the parts of a name.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binti", "bte", "van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "le", "la",
     "al", "el", "ibn", "dos", "das", "ter", "ten", "y"}
)

# Heads that make a capitalised phrase an organisation ("Lingang Group").
ORG_HEADS: frozenset[str] = frozenset(
    {
        "government", "group", "bureau", "commission", "committee", "office", "ministry", "council",
        "department", "agency", "company", "corporation", "corp", "corp.", "bank", "association",
        "federation", "union", "institute", "university", "authority", "administration", "secretariat",
        "board", "cabinet", "party", "parliament", "assembly", "congress", "court", "police", "forces",
        "army", "navy", "foundation", "fund", "society", "organization", "organisation", "center", "centre",
        "college", "school", "hospital", "ltd", "ltd.", "inc", "inc.", "co.", "llc", "plc", "gmbh",
        "team", "unit", "units", "division", "service", "services", "chamber", "league", "alliance",
        "network", "coalition", "consortium", "zone", "park", "district", "county", "province", "city",
        "municipality", "state", "republic", "kingdom", "nations", "mission", "delegation", "embassy",
        "consulate", "court", "tribunal", "directorate", "inspectorate", "program", "programme",
    }
)

# Heads that name the meeting itself when they are the subject of a speech verb:
# "The meeting stressed", "Cabinet approved", "Members agreed" -> the meeting as a body.
BODY_NOUNS: frozenset[str] = frozenset(
    {
        "meeting", "conference", "session", "symposium", "forum", "summit", "plenary", "cabinet",
        "council", "committee", "board", "commission", "members", "member", "participants",
        "participant", "attendees", "policymakers", "delegates", "senate", "assembly", "panel",
        "it", "they", "government", "executive", "leadership", "group", "mpc", "fomc",
    }
)

# Organisation-like subjects that are the meeting itself ("Cabinet directed", "the Committee stated").
STRONG_BODY_NOUNS: frozenset[str] = frozenset(
    {"cabinet", "council", "committee", "board", "meeting", "session", "conference", "senate", "plenary",
     "assembly", "symposium", "forum", "panel", "commission", "mpc", "fomc"}
)

# Nouns for people taken as a group: "officials from X" does not make X an attendee.
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    {
        "officials", "representatives", "comrades", "leaders", "cadres", "members", "persons", "people",
        "deputies", "staff", "heads", "chiefs", "directors", "delegates", "experts", "guests", "attendees",
        "participants", "ministers", "secretaries", "colleagues", "journalists", "reporters", "residents",
        "students", "employees", "workers", "citizens", "groups", "mayors", "governors", "chairmen",
    }
)

# Words before a title that are not part of it ("visiting Palestinian President X").
TITLE_PREFIX_STOP: frozenset[str] = frozenset(
    {
        "visiting", "his", "her", "their", "its", "counterpart", "chinese", "german", "palestinian",
        "american", "russian", "french", "british", "japanese", "indian", "indonesian", "kenyan",
        "malaysian", "mongolian", "thai", "korean", "south", "north", "australian", "canadian", "italian",
        "spanish", "brazilian", "mexican", "egyptian", "african", "european", "turkish", "iranian",
        "israeli", "saudi", "pakistani", "vietnamese", "philippine", "singaporean", "new", "then",
        "former", "outgoing", "incoming", "newly", "appointed", "elected", "current", "serving",
        "kazakh", "ukrainian", "polish", "dutch", "swiss", "swedish", "norwegian", "danish", "finnish",
        "belgian", "austrian", "greek", "portuguese", "argentine", "chilean", "nigerian", "ghanaian",
        "ethiopian", "tanzanian", "ugandan", "rwandan", "emirati", "qatari", "kuwaiti", "omani",
    }
)

# Title aliases: "the Head of State" may refer back to a "President".
TITLE_ALIASES: dict[str, tuple[str, ...]] = {
    "head of state": ("president", "king", "queen", "emir", "sultan", "governor-general"),
    "head of government": ("prime minister", "premier", "chancellor"),
    "state councilor": ("state councilor",),
    "foreign minister": ("foreign minister", "minister for foreign affairs", "minister of foreign affairs"),
    "mayor": ("mayor",),
    "chairman": ("chairman", "chairperson", "chair", "chairwoman"),
    "chair": ("chairman", "chairperson", "chair", "chairwoman"),
}

# Capitalised words that start sentences or headings but are never names.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "the", "a", "an", "on", "at", "in", "for", "of", "and", "or", "but", "to", "by", "with", "from",
        "as", "after", "before", "during", "while", "since", "until", "when", "where", "this", "that",
        "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
        "my", "your", "there", "here", "yesterday", "today", "tomorrow", "meanwhile", "however",
        "moreover", "besides", "also", "first", "second", "third", "fourth", "fifth", "finally", "lastly",
        "next", "then", "thus", "therefore", "colleagues", "ladies", "gentlemen", "friends", "all",
        "some", "many", "most", "other", "others", "each", "every", "both", "no", "not", "if", "so",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
        "reference", "on the agenda", "subject", "re", "date", "time", "venue", "place", "location",
        "please", "thank", "thanks", "good", "dear", "translator", "editor", "source", "reporter",
        "minutes", "present", "absent", "apologies", "chair", "agenda", "item", "items", "motion",
        "covid-19", "covid", "gdp", "cpi", "note", "notes", "statement", "opening", "remarks", "decisions",
        "action", "resolved", "agreed", "noted", "approved", "what", "who", "why", "how", "which",
        "according", "following", "under", "over", "through", "between", "among",
        "about", "against", "without", "within", "into", "upon", "via", "per", "once", "again",
        "only", "even", "still", "already", "further", "furthermore", "in addition", "overall",
        "chinese", "english", "special", "ongoing", "new", "old",
    }
)

# Pronouns that refer back to the person holding the floor.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})
