"""Words for finding people and organisations and their titles.

All entries are lowercase; the stages compare case-insensitively.
    "Vice Mayor Wu Qing"                      title before the name
    "Wu Qing, Vice Mayor,"                    title in apposition
    "Tun Dr Mahathir Mohamad"                 honorifics are dropped from names
    "Songjiang District Government"           an organisation: ends in an organisation head
    "the meeting stressed", "Cabinet approved" the meeting as a body
"""

from __future__ import annotations

import re

# Head words of titles. A title phrase must contain one ("deputy secretary of X").
TITLE_HEADS: frozenset[str] = frozenset(
    {
        "mayor",
        "secretary",
        "secretary-general",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "vice-chair",
        "vice-chairman",
        "co-chair",  # "Worker Co-Chair: X" (a joint committee's two chairs)
        "co-chairman",
        "co-chairperson",
        "president",
        "premier",
        "minister",
        "vice-minister",
        "councilor",
        "councillor",
        "director",
        "director-general",
        # the other "-General" offices: "the Inspector-General of Police, Dr. X"
        "inspector-general",
        "auditor-general",
        "accountant-general",
        "solicitor-general",
        "attorney-general",
        "surveyor-general",
        "registrar-general",
        "governor",
        "head",
        "chief",
        "ceo",
        "cfo",
        "coo",
        "cecm",  # "The CECM, Health Services informed": a Kenyan county's executive committee member
        "commissioner",
        "ambassador",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "leader",
        "provost",
        "treasurer",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "senator",
        "deputy",
        "officer",
        "manager",
        # a district's staff in a US board's roll: "Cody Brandt, District Technician",
        # "Pam Ode, Administrative Assistant", "Megan Tate, District Conservationist"
        "technician",
        "assistant",
        "associate",  # a title as "assistant" is: "Lydia Moreno, County Youth Program Associate"
        "conservationist",
        "dean",
        "mp",
        "dp",
        "cs",  # Cabinet Secretary (Kenya): "CS Otieno"
        "sg",  # Secretary-General: "SG Minh" (the name is the fullest given: "Le Luong Minh")
        "dsg",  # Deputy Secretary-General: "DSG Mohammed"
        "fm",  # Foreign Minister: "FM Dewi" (the name is the fullest given)
        "gov.",  # abbreviated titles: "Gov. Liza Tan", "Sen. Carla Mendoza", "Rep. Dan Ortiz"
        "sen.",
        "rep.",
        "vp",
        "pm",
        "attorney",
        "auditor",
        "registrar",
        "clerk",
        "convener",
        "keeper",  # "the Roll Keeper", "the Keeper of the Records"
        "parliamentarian",  # "The Parliamentarian advised that the amendment was in order"
        "convenor",
        "moderator",
        "solicitor",  # "City Solicitor C. Yelland"
        "selectman",  # New England town boards: "Selectman Paul DeMarco"
        "selectwoman",
        "selectperson",
        "petitioner",  # "Petitioner Dana Ferreira" (a town meeting's warrant article)
        "churchwarden",
        "steward",  # a union's shop steward
        "organiser",
        "organizer",
        "rapporteur",
        "coordinator",
        "founder",
        "editor",
        "judge",
        "justice",  # "The Hon. Justice Margaret Osei" (a judge of a superior court)
        "sarpanch",  # a Gram Panchayat's elected head: "The Sarpanch informed the house"
        "up-sarpanch",
        "sevak",  # "Gram Sevak" (a Gram Panchayat's secretary)
        "worker",  # "Smt. Asha Waghmare, ASHA worker, informed the house"
        "caretaker",  # a body corporate's: "Mr Rob Kelly, Caretaker and Letting Agent"
        "agent",
        "envoy",
        "delegate",
        "counsellor",
        "counselor",
        "administrator",
        "superintendent",
        "inspector",
        "supervisor",
        "principal",
        "vice-principal",  # "Prof. Dr. X, Vice-Principal" (a college's deputy head)
        "rector",
        "member",
        "vice-president",
        "vice-chancellor",  # "The Vice-Chancellor and President, Professor X"
        "menteri",  # "the Menteri Besar, YAB Dato' Seri X" (a Malaysian state's chief minister)
        "pro-vice-chancellor",
        "vice-premier",
        "emir",
        "sultan",
        "governor-general",
        # a head of state's style in translated Latin American releases: "the First Mandatary"
        "mandatary",
        "controller",
        "comptroller",
        "executive",
        "magistrate",
        "prefect",  # (of a prefecture: "Vice Prefect Ma Jun")
        "procurator",  # "Chief Procurator of the Municipal People's Procuratorate Xia Lu"
        "resident",  # (in public comment: "Resident Frank Delacroix addressed the Committee")
        "guest",  # (a label word before a name too: "Guest Wendell Okafor asked if ...")
        "partner",  # of a firm: "Ms Jo Park, Partner, Ashgrove Kemp (internal auditor)"
        "speaker",
        "whip",
        "representative",
        "regent",  # "Regent Del Toro moved" (a university board's member)
        "liaison",  # "Ezra Whitcomb, Village Board liaison"
        "adviser",
        "advisor",
        "consul",
        "consul-general",
        "undersecretary",
        "under-secretary",
        "commander",
        "general",
        "admiral",
        "marshal",
        "captain",
        "mayor-elect",
        "president-elect",
        "head of state",
        "head of government",
        "pcso",
        "constable",
        "sergeant",
        "lieutenant",  # a police or fire officer's rank: "Lieutenant Ana Reis (Police Department) reported"
        # a club's or a house's officer of order: "Sergeant-at-Arms Len Ruiz reported a quorum"
        "sergeant-at-arms",
        "vicar",
        "warden",
        "bishop",
        "archbishop",
        "archdeacon",  # "The Archdeacon of Wrexford explained" (a style too: "Archdeacon Lee")
        "mayoress",
        "engineer",  # "District Engineer Kevin Oyelowo", "County Engineer"
        "planner",  # "Senior Planner Ada Obi"
        "assessor",
        "presenter",  # "Council's Case Presenter: Ms X" (a regulator's hearing)
        "surveyor",
        "architect",
        "economist",  # "Chief Economist Rosa Lind"
        "elder",  # "Elder Rose Nanaquewetung" (a First Nation's elder)
        "councilmember",
        "council-member",
        "counsel",
        "observer",
        "expert",
        "alderman",
        "alderwoman",
        "trustee",
        "akim",
        "headteacher",
        "headmaster",
        "headmistress",
        # two offices held together, written as one word: "Secretary/Treasurer Marie Hale",
        # "Clerk-Treasurer Dan Roe" (a small board's officer)
        "secretary/treasurer",
        "secretary-treasurer",
        "clerk/treasurer",
        "clerk-treasurer",
        "clerk/secretary",
        # the one who takes the minutes, in a roll of staff: "Recorder Janet Tsosie"
        "recorder",
        # a Scout group's or district's head since 2024: "its Group Lead Volunteer Dan Kerr"
        "volunteer",
    }
) | frozenset(
    # The hyphenated vice-offices not listed above: "Vice-Governor Petr Novak said",
    # "Vice-Rector X" (the spaced "Vice Governor" is a modifier and a head already).
    f"vice-{office}"
    for office in ("governor", "mayor", "chairperson", "chairwoman", "rector", "provost", "prefect", "dean")
)

# Plural title heads before a list of names, with their singular:
#   "Deputy Prime Ministers Le Thi Hanh and Vo Minh Khoa", "Councilmembers A, B and C".
# Only capitalised: "standing committee members Zhou Ping and He Jun" is left to the
# verb that follows.
PLURAL_TITLE_HEADS: dict[str, str] = {
    "ministers": "Minister",
    "vice-ministers": "Vice-Minister",
    "mayors": "Mayor",
    "vice-mayors": "Vice-Mayor",
    "vice-governors": "Vice-Governor",
    "co-chairs": "Co-Chair",
    "vice-presidents": "Vice-President",
    "governors": "Governor",
    "councilmembers": "Councilmember",
    "councillors": "Councillor",
    "councilors": "Councilor",
    "secretaries": "Secretary",
    "directors": "Director",
    "commissioners": "Commissioner",
    "senators": "Senator",
    "chairmen": "Chairman",
    "chairpersons": "Chairperson",
    "premiers": "Premier",
    "vice-premiers": "Vice-Premier",
    "ambassadors": "Ambassador",
    "trustees": "Trustee",
    "aldermen": "Alderman",
    "magistrates": "Magistrate",
    "prefects": "Prefect",
    "presidents": "President",
    "envoys": "Envoy",
    "members": "Member",
    "supervisors": "Supervisor",
    "regents": "Regent",
    "selectmen": "Selectman",
    "delegates": "Delegate",
}

# Words that extend a title after its head: "Mayor Pro Tem D.J. Whitaker",
# "President-elect" written apart ("President Elect Jane Roe").
TITLE_SUFFIXES: frozenset[str] = frozenset({"pro", "tem", "tempore", "elect", "designate"})

# Suffixes that end a name: "Ramon D. Villareal Jr.", "John Smith III".
NAME_SUFFIXES: frozenset[str] = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii"})

# Abbreviated given names, kept with their period: "Ma. Teresa", "Md. Shahabuddin".
GIVEN_NAME_ABBREVIATIONS: frozenset[str] = frozenset(
    {"ma.", "md.", "mohd.", "muhd.", "wm.", "jos.", "chas.", "thos."}
)

# Dotted capitals that are abbreviations, not initials ("U.S. Ambassador").
NOT_INITIALS: frozenset[str] = frozenset({"u.s.", "u.n.", "u.k.", "e.u.", "u.a.e.", "p.r.", "d.c."})

# Words that end a place name: "Kostanay Region", "Sindh Province", "Harlan County".
PLACE_SUFFIXES: frozenset[str] = frozenset(
    """
    region province oblast county district city state republic prefecture municipality island
    islands territory governorate division emirate
    """.split()
)

# Last words of place names, which a roll of names never ends an item in: "Harbour
# Road, Mill Lane, Station Street" is a list of streets, not of people.
STREET_WORDS: frozenset[str] = frozenset(
    """
    street road lane avenue drive way boulevard square place court crescent close terrace
    highway bridge park quay wharf harbour harbor river valley hill heights
    """.split()
)

# Prepositions that open a sentence's scene before its subject: "At the depot, Ortiz said".
SCENE_OPENERS: frozenset[str] = frozenset({"at", "in", "on", "during", "after", "before", "while"})

# A compass word before a street's number: "of West 141st Street".
COMPASS_WORDS: frozenset[str] = frozenset({"north", "south", "east", "west"})

# Words before a dwelling's number after an owner's name: "Elaine Kowalczyk, Unit 1107,
# asked" (not the organisation "Unit").
DWELLING_WORDS: frozenset[str] = frozenset({"unit", "suite", "lot", "apt", "apartment", "flat"})

# Honorifics before a name that are surnames at its end, in any case: "Tariq Mehmood Sheikh",
# "Bilal SHEIKH" (other styles end a name only written like one: "Jo Barr"; names.name_run).
SURNAME_HONORIFICS: frozenset[str] = frozenset({"sheikh", "shaikh"})

# Organisation heads that are also surnames, read as names right after a title:
# "Senior Deputy Governor Park Min-seo" ("Olympic Park" stays an organisation).
SURNAME_ORG_HEADS: frozenset[str] = frozenset({"park", "hall", "church"})

# Ranks that are only a style before a name (GOLD.md convention 13): the office a chair
# line gives is the role ("Chairperson: Ambassador X" is the Chairperson).
STYLE_RANKS: frozenset[str] = frozenset({"ambassador"})

# Words that may stand inside a title phrase before its head even in lower case.
TITLE_MODIFIERS: frozenset[str] = frozenset(
    {
        "special",
        "senior",
        "vice",
        "deputy",
        "executive",
        "assistant",
        "acting",
        "first",
        "second",
        "chief",
        "principal",
        "permanent",
        "foreign",
        "finance",
        "prime",
        "state",
        "county",
        "district",
        "city",
        "municipal",
        "provincial",
        "party",
        "general",
        "managing",
        "associate",
        "interim",
        "former",
        "co",
        "joint",
        "lord",
        "high",
        "regional",
        "national",
        "federal",
        "standing",
        "honorary",
        "board",  # "Board Secretary Linh Tran", "Board Chair"
        "besar",  # "Menteri Besar" ("great"): part of the title after its head
        "recording",  # "Recording Secretary Laura Pinsky"
        "corporate",  # "Corporate Secretary"
        "company",  # "Company Secretary Tan Mei Ling"
        "lead",  # "Lead Volunteer Dan Kerr", "Lead Officer Ama Boateng"
    }
)

# Honorifics: never part of a name ("Mr. Wu" is Wu; "Datuk Seri Dr Ismail Bakar" is Ismail Bakar).
HONORIFICS: frozenset[str] = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "professor",
        "madam",
        "madame",
        "mme",
        "mme.",
        "sir",
        "dame",
        "lord",
        "lady",
        "comrade",
        "h.e.",
        "he.",
        "tun",
        "datuk",
        "dato",
        "dato'",
        "datin",
        "seri",
        "sri",
        "tan sri",
        "dato'sri",
        "hon",
        "hon.",
        "honourable",
        "honorable",
        "excellency",
        "rev",
        "rev.",
        "reverend",
        "sheikh",
        "shaikh",
        "mx",
        "mx.",
        "messrs",
        "messrs.",
        "ir",
        "ir.",
        "cllr",
        "cllr.",
        "councillor",
        # a style of local government, like "Councillor": "Alderman T Jacobs    Executive Mayor"
        "alderman",
        "alderwoman",
        "cr",
        "cr.",
        "engr",
        "engr.",
        "ing",
        "ing.",
        "pak",
        "ibu",
        "bapak",
    }
)

# More honorifics and forms of address, by region.
HONORIFICS = HONORIFICS | frozenset(
    """
    cllrs cllrs. councillors rt rt. shri shri. smt smt. shrimati kumari eng. puan encik haji hajjah
    hajah hj hj. yb
    yab sayyid khun majesty highness alhaji alhaja alhaj hajia mdm mdm.
    revd revd. canon ven ven. venerable fr fr. father mother brother sister bro bro. sis sis. cde cde.
    pastor rabbi imam
    attorney-at-law
    capt capt. lt lt. lieut cmdr cmdr. cdr col col. colonel maj maj. gen gen. brig brigadier sgt sgt. cpl cpl.
    adm adm. insp insp. supt supt. pc atty atty. deacon archdeacon
    rtn rtn. ipp pdg pp pe
    lion lions
    adv adv. barr barr. ca
    prince princess samdech thipadei chumteav oknha
    afioga susuga tofa
    lyonpo
    h/w sp asp ssp dsp
    """.split()
)
# Muslim forms of address and scholars' styles: "Br Tariq Mahmood", "Maulana Idris Bhayat",
# "Hafiz Bilal Sheikh" (who knows the Qur'an by heart) are Tariq Mahmood, Idris Bhayat, Bilal Sheikh.
MUSLIM_STYLES: frozenset[str] = frozenset(
    "br br. maulana mawlana moulana mufti hafiz hafiza hafizah qari ustadh ustaz ustadha shaykh".split()
)
HONORIFICS = HONORIFICS | MUSLIM_STYLES
# Aboriginal and Torres Strait Islander styles for Elders: "Aunty Rose Kirby" is Rose Kirby.
ELDER_STYLES: frozenset[str] = frozenset({"aunty", "auntie", "uncle"})
HONORIFICS = HONORIFICS | ELDER_STYLES
# Burmese styles before a man's and a woman's name: "U Than Htike Aung", "Daw Khin Myat Noe".
BURMESE_STYLES: frozenset[str] = frozenset({"u", "daw"})
HONORIFICS = HONORIFICS | BURMESE_STYLES
# Spanish academic and professional styles: "Licenciado Rodrigo Estrada" is Rodrigo Estrada,
# "Lic. Ana Ruiz" Ana Ruiz, "Ingeniera Sofia Paz" Sofia Paz.
SPANISH_STYLES: frozenset[str] = frozenset(
    "licenciado licenciada lic lic. licda licda. ingeniero ingeniera".split()
)
HONORIFICS = HONORIFICS | SPANISH_STYLES

# The forms of a State's long name, before "of" and the place: "the Republic of Korea",
# "the Kingdom of Spain" (the place after them is no person's name).
STATE_FORMS: frozenset[str] = frozenset(
    {"republic", "kingdom", "federation", "sultanate", "principality", "emirate", "commonwealth", "union"}
)

# Irish surname prefixes that take the article "an" before the rest of the name:
# "Mac an tSaoi", "Nic an Bhaird", "Ó an ..." is not written ("Ó" takes no article).
IRISH_ARTICLE_PREFIXES: frozenset[str] = frozenset({"Mac", "Nic", "Mhic"})

# Words that make a title a rank below or beside its head: "Deputy Minister" is not "Minister"
# ("Minister Hartanto" is the Minister of Trade before the Deputy Minister of Trade).
TITLE_RANKS: frozenset[str] = frozenset(
    {"deputy", "vice", "assistant", "associate", "acting", "under", "junior"}
)

# Capitalised stop words that are given names at the end of a name ("Tran Van An"), as
# written (case-sensitive): only after another part of the name.
NAME_STOPWORD_PARTS: frozenset[str] = frozenset({"An"})

# The gender an honorific tells: "Mr. Moore" is not "Ms. Alicia Moore" (f: female, m: male).
HONORIFIC_GENDER: dict[str, str] = {
    **dict.fromkeys("mr mr. sir lord encik pak bapak alhaji alhaj shri shri. u".split(), "m"),
    **dict.fromkeys(
        "mrs mrs. ms ms. miss madam madame mme mme. mdm mdm. dame lady datin puan ibu hajjah hajah "
        "alhaja hajia smt smt. shrimati daw".split(),
        "f",
    ),
    # forms of address in churches and unions: "Mother Naomi", "Brother Adebayo", "Sister Pratt"
    "father": "m",
    "fr": "m",
    "fr.": "m",
    "brother": "m",
    **dict.fromkeys("br br. maulana mawlana moulana hafiz qari ustadh ustaz".split(), "m"),
    **dict.fromkeys("hafiza hafizah ustadha".split(), "f"),
    "bro": "m",
    "bro.": "m",
    "mother": "f",
    "sister": "f",
    "sis": "f",
    "sis.": "f",
}

# Given names that tell a gender, as a guess only (Entity.guessed): between two people of
# one surname, "Ms. Pell" is Nora Pell before Richard Pell, unless an honorific said
# otherwise. Only names borne almost always by one sex (not "Jean", "Sam", "Andrea").
# Written without accents: a name is looked up folded ("Geneviève" as "genevieve").
GIVEN_NAME_GENDER: dict[str, str] = {
    **dict.fromkeys(
        """
        richard robert john james michael william david thomas charles joseph george edward
        daniel paul mark donald steven stephen kenneth andrew brian kevin gary timothy ronald
        jason jeffrey ryan jacob nicholas eric jonathan larry justin scott brandon benjamin
        gregory frank raymond patrick jack dennis jerry tyler aaron henry douglas peter walter
        harold arthur gerald carl roger keith lawrence albert ralph bruce wayne eugene russell
        philip harry howard fred martin ernest craig stanley leonard francis victor alan neil
        graham ian colin nigel trevor gordon malcolm derek hugh simon geoffrey anthony
        tom tony jim bob bill mike dave dan ben joe ted luis marcus
        luc marc pierre jacques francois louis michel andre yves etienne guillaume mathieu
        philippe alain sebastien julien antoine gilles benoit jean-pierre jean-francois
        juan carlos jose miguel pedro antonio manuel javier hans klaus jurgen
        """.split(),
        "m",
    ),
    **dict.fromkeys(
        """
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
        margaret betty sandra dorothy kimberly emily donna michelle carol amanda melissa
        deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
        brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
        janet ruth maria heather diane virginia julie joyce victoria olivia christina
        joan evelyn judith megan cheryl martha hannah jacqueline gloria teresa
        sara janice marie julia grace judy theresa beverly denise marilyn amber danielle
        rose brittany diana abigail natalie jane lori tiffany kathryn doris nora
        darlene rita doreen charlene irina ana carla lucy alice eileen fiona gillian
        ellen kate sue jenny liz beth meg anne
        genevieve isabelle sophie chantal nathalie sylvie monique francoise helene josee
        valerie celine veronique brigitte madeleine claire jeanne elodie aurelie
        sofia lucia isabel carmen elena beatriz ingrid astrid
        """.split(),
        "f",
    ),
}

# Honorifics that are also given names: after another honorific they start the name
# ("Ms. Kumari Silva" is Kumari Silva; "Kumari Rani Devi" is Rani Devi).
HONORIFIC_GIVEN_NAMES: frozenset[str] = frozenset({"kumari", "sri"})

# Malay honorifics that "Sri" completes ("Dato' Sri Anwar", "Datin Sri Rosmah"): after
# them "Sri" is part of the honorific, not a given name ("H.E. Sri Wahyuni Lestari").
HONORIFICS_TAKING_SRI: frozenset[str] = frozenset(
    {"dato", "dato'", "datuk", "datin", "tan", "toh", "'", "\u2019"}
)

# Honorifics of two words, dropped as a pair ("Tan Sri Shamsul Azri"; "Tan" alone is a surname).
TWO_WORD_HONORIFICS: frozenset[tuple[str, str]] = frozenset(
    {
        ("tan", "sri"),
        ("very", "revd"),  # a dean's style: "The Very Revd Dr X"
        ("most", "honourable"),  # a senior prime minister's style: "the Most Honourable X"
        ("most", "honorable"),
        ("most", "hon."),
        ("most", "reverend"),  # an archbishop's style
        ("very", "rev"),
        ("very", "reverend"),
        ("right", "reverend"),
        ("yb", "tuan"),  # "YB Tuan Lim Wei Keong" (but "Dinh Quang Tuan" is a name)
        ("yab", "tuan"),
        ("toh", "puan"),
        ("datuk", "seri"),
        ("dato'", "seri"),
        ("dato", "seri"),
        ("yang", "berhormat"),
        ("his", "excellency"),
        ("his", "majesty"),
        ("her", "majesty"),
        ("his", "highness"),
        ("her", "highness"),
        ("her", "excellency"),
        ("the", "honourable"),
        ("the", "honorable"),
        ("his", "royal"),  # "His Royal Highness Prince X"
        ("her", "royal"),
        ("royal", "highness"),
        ("lok", "chumteav"),  # Khmer: "Lok Chumteav X" (a woman), "Samdech Moha Borvor Thipadei X"
        ("moha", "borvor"),
    }
)

# Post-nominal letters, written after a name and never part of it (GOLD.md convention
# 13): "Jillian Broadbent AO", "Ken Henry AC", "Dame Anne Ray DBE", "Ruth Cole KC";
# Hong Kong's after a comma: "Hon Grace LAU Mei-ling, SBS, JP".
# Case matters: "AO" ends a name, "Ao" may be a surname.
POST_NOMINALS: frozenset[str] = frozenset(
    """
    AC AO AM OAM CBE OBE MBE KBE DBE GBE CMG KCMG CVO LVO CH OM QC KC SC MP MLA MPP MHA
    MSP MS FRS FRSE FREng FAA FRSA JP PhD DPhil EdD CPA CFA FCA ACA CA DL MD DSc LLD FRCP FRCS
    QSM ONZM MNZM CNZM BEM FBA FSA FRSC FRAS FMedSci FAcSS FLS FRGS FRHistS
    GBM GBS SBS BBS MH
    DO FACS FACP FACEP FAAP FACOG FACC FACHE RN BSN MSN DNP APRN CRNA LPN NP MPH MBA MSc BSc PharmD
    DDS DMD DVM MBBS FRACP FRCPC CPMSM CPCS LCSW Esq
    LCAM CMCA AMS PCAM
    CET
    """.split()
)

# Post-nominals of a doctor's degree: "Gerald Pruitt, MD" is written "Dr. Pruitt" later, as
# if listed with "Dr." (his namesake listed without it, "Marianne Pruitt", is not).
DOCTORAL_POST_NOMINALS: frozenset[str] = frozenset(
    "MD DO PhD DPhil EdD DSc DNP PharmD DDS DMD DVM MBBS".split()
)

# Honorifics written in lower case after a name and a comma, with the acronym of the
# university, as Polish minutes write a professor's post: "dr hab. Ewa Lis, prof. UWR,
# presented". The acronym is no person ("Prof. WANG", capitalised, stays a name).
POST_NOMINAL_HONORIFICS: frozenset[str] = frozenset({"prof."})


# Particles that may stand between the parts of a name.
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "bin",
        "binti",
        "binte",
        "bte",
        "van",
        "von",
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "den",
        "du",
        "le",
        "la",
        "al",
        "el",
        "ibn",
        "dos",
        "das",
        "ter",
        "ten",
        "y",
    }
)

# The Arabic article joined to a surname by a hyphen, in lower case: "Mr. Haidar al-Rubaie",
# "Dr. Amr el-Sayed" (the whole word is a name part, as "Al-Rubaie" is).
HYPHENED_NAME_ARTICLES: frozenset[str] = frozenset({"al", "el"})  # (not "ad": "ad-Hoc")

# Click letters written before the capital of a Khoekhoe (Namibian) name: "Governor Festus
# !Hoëb" (the ASCII "!" stands for the click letter U+01C3; U+01C0-U+01C2 are the others).
NAME_CLICKS: frozenset[str] = frozenset({"!", "\u01c3", "\u01c2", "\u01c1", "\u01c0"})

# The adjectives of a portfolio, never right before a name: "the Founder of National Accord,
# President ..." (a noun follows them: "Minister of National Defence X").
PORTFOLIO_ADJECTIVES: frozenset[str] = frozenset(
    """
    national international regional federal public foreign internal external economic social rural
    urban local financial monetary fiscal
    """.split()
)

# The country a title serves, lowercase after "the": "the Prime Minister of the country X".
COUNTRY_NOUNS: frozenset[str] = frozenset({"country", "nation", "republic"})

# Words of a ministry's or an office's portfolio, between a title and a name:
# "Minister of Agriculture and Cooperatives Thamanat Prompow" -> the name is "Thamanat Prompow".
PORTFOLIO_WORDS: frozenset[str] = frozenset(
    """
    economics operations policy market markets secretariat research supervision banking
    payments risk compliance audit administration strategy
    affairs economic economy agriculture trade commerce industry industries finance financial
    interior home foreign defence defense health education justice labour labor transport
    transportation energy environment tourism culture information communications communication
    science technology planning development housing works public national social welfare
    security cooperatives cooperative fisheries forestry mines mining water resources natural
    land lands youth sports women children family religious investment infrastructure digital
    innovation budget revenue treasury customs immigration internal external relations
    international cooperation regional rural urban local coordination reform statistics human
    rights heritage arts food emergency disaster management ecology ecological environmental
    climate marine maritime aviation railways roads highways telecommunications post federal
    territories petroleum oil gas power electricity veterans employment manpower coastal legal
    legislative parliamentary general strategic policy policies services commercial monetary
    fiscal audit personnel civil construction industrial agricultural broadcasting media
    sport sports culture arts tourism aviation shipping ports trade oceans ocean wildlife sanitation
    irrigation livestock minerals mineral business police operations schools logistics
    community communities activities societies democracy equality diversity inclusion wellbeing wellness
    campaigns engagement integration special initiatives corporate governance safety
    staff physical spatial parks recreation
    european african asian caribbean pacific arab
    """.split()  # ("staff": "Chief of Staff Alana Reyes" on a roll's line, the name after it)
)

# Endings of portfolio nouns that no given name or surname has (words of nine letters or
# more): "Minister for Regional Revitalization Sayaka Tomioka" (the name is the last two).
PORTFOLIO_ENDINGS: tuple[str, ...] = ("ation", "isation", "ization", "ment", "ments", "ture", "tures", "ism")

# An ordinal in figures that numbers an organisation and is part of its name: "3rd Ashworth
# Scout Group", "14th Cardiff", "1st Battalion" (people.mentions._numbered_org).
NAME_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")

# The particles of a Romance-language name inside an organisation's: "Banco de Guatemala",
# "Universidad de la República", "Banco do Brasil" (between capitalised words; people.orgs.org_end).
ORG_NAME_PARTICLES: frozenset[str] = frozenset("de del da do dos das du des di la las los".split())

# Heads that make a capitalised phrase an organisation ("Lingang Group").
ORG_HEADS: frozenset[str] = frozenset(
    {
        "government",
        "group",
        "bureau",
        "commission",
        "committee",
        "office",
        "ministry",
        "council",
        "department",
        "agency",
        "company",
        "corporation",
        "corp",
        "corp.",
        "bank",
        "association",
        "federation",
        "union",
        "institute",
        "university",
        "library",  # "Gordon Pryce, CEO, Maplehurst Public Library": where he works
        "authority",
        "administration",
        "secretariat",
        "board",
        "cabinet",
        "party",
        "parliament",
        "assembly",
        "congress",
        "court",
        "police",
        "forces",
        "army",
        "navy",
        "foundation",
        "fund",
        "society",
        "organization",
        "organisation",
        "center",
        "centre",
        "college",
        "school",
        "hospital",
        "ltd",
        "ltd.",
        "inc",
        "inc.",
        "co.",
        "llc",
        "plc",
        "gmbh",
        "team",
        "unit",
        "units",
        "division",
        "service",
        "services",
        "chamber",
        "league",
        "alliance",
        "forum",
        "network",
        "coalition",
        "collective",  # "the Awa Catchment Collective presented"
        "club",  # "the Hillside Bowling Club wrote to the Council"
        "branch",  # an association's local body: "The Calgary Branch reported through its chair"
        "associates",  # a firm of auditors or lawyers: "Kamau & Associates presented the accounts"
        "consortium",
        "zone",
        "park",
        "district",
        "county",
        "province",
        "city",
        "municipality",
        "town",  # a Chinese township government that reports: "Chengguan Town made statements"
        "township",
        "state",
        "republic",
        "kingdom",
        "nations",
        "mission",
        "delegation",
        "embassy",
        "consulate",
        "tribunal",
        "procuratorate",  # "Chief Procurator of the Municipal People's Procuratorate Xia Lu"
        "directorate",
        "inspectorate",
        "program",
        "programme",
        "facility",  # a financing body: "the Regional Development Finance Facility presented its report"
        "auxiliary",  # a club's or a hospital's volunteer body: "The Ladies Auxiliary reported"
    }
)

# Heads that name the meeting itself when they are the subject of a speech verb:
# "The meeting stressed", "Cabinet approved", "Members agreed" -> the meeting as a body.
BODY_NOUNS: frozenset[str] = frozenset(
    {
        "meeting",
        "conference",
        "session",
        "symposium",
        "forum",
        "summit",
        "plenary",
        "cabinet",
        "council",
        "committee",
        "board",
        "commission",
        "members",
        "member",
        "participants",
        "participant",
        "attendees",
        "policymakers",
        "leaders",  # the heads of government at a summit: "Leaders agreed to:"
        "ministers",
        "delegates",
        "senate",
        "assembly",
        "panel",
        "it",
        "they",
        "government",
        "leadership",
        "group",
        "mpc",
        "fomc",
        "vestry",  # a parish's governing board: "the vestry resolved to:"
        "chapter",  # a cathedral's governing body: "Chapter agreed:"
        "congress",  # a federation's or a party's: "After deliberation, the Congress decided:"
        "synod",
        "house",  # a legislature's chamber: "After debate, the House resolved as follows:"
        # the members of a board by their office: "the Trustees RESOLVED", "Directors agreed"
        "trustees",
        "directors",
        "governors",
        "councillors",
        "councilors",
        "commissioners",
        "supervisors",
        "aldermen",
        "regents",
        # the parties to bilateral talks: "the two sides agreed on the following:"
        "sides",
        # a strata scheme's general meeting: "The owners corporation resolved that:"
        "owners corporation",
        "body corporate",
        # the members who vote at a general meeting: "the shareholders resolved", and an
        # acequia's irrigators at its annual meeting: "After discussion the parciantes resolved:"
        "shareholders",
        "stockholders",
        "parciantes",
        # a club's or a union's committee by its short name: "The Executive agreed:"
        "executive",
    }
)

# Body nouns that are the body only on their own: "The Executive agreed" is the meeting,
# "The Chief Executive said" is whoever holds that office (title-only).
BARE_BODY_NOUNS: frozenset[str] = frozenset({"executive"})

# The body nouns that also end one member's office: "The Presiding Member urged ..." is
# whoever holds that office here, not the meeting (rules read by title-only).
MEMBER_TITLE_HEADS: frozenset[str] = frozenset({"member"})

# The collectives of a summit's leaders, named by their offices: "Heads of Government agreed
# to:" is the meeting deciding, as "Leaders agreed to:" is.
LEADER_COLLECTIVES: frozenset[str] = frozenset(
    {"heads of state", "heads of government", "heads of state and government", "heads of state or government"}
)

# Organisation-like subjects that are the meeting itself ("Cabinet directed", "the Committee stated").
STRONG_BODY_NOUNS: frozenset[str] = frozenset(
    {
        "cabinet",
        "council",
        "committee",
        "board",
        "meeting",
        "session",
        "conference",
        "senate",
        "plenary",
        "assembly",
        "symposium",
        "forum",
        "panel",
        "commission",
        "mpc",
        "fomc",
        "vestry",
        "chapter",
        "congress",
        "synod",
    }
)

# A company's legal forms, abbreviated, which an apposition runs through: "X, general
# manager of Lvyuan Food Co., Ltd., said" (people._apposition).
COMPANY_FORMS: frozenset[str] = frozenset({"co", "ltd", "inc", "corp", "plc", "llc", "limited"})

# Nouns for people taken as a group: "officials from X" does not make X an attendee.
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    {
        "excellencies",  # "with the participation of Their Excellencies:" (the list below names them)
        "officials",
        "representatives",
        "comrades",
        "leaders",
        "cadres",
        "members",
        "persons",
        "people",
        "deputies",
        "staff",
        "heads",
        "chiefs",
        "directors",
        "delegates",
        "experts",
        "guests",
        "attendees",
        "participants",
        "ministers",
        "secretaries",
        "colleagues",
        "journalists",
        "reporters",
        "residents",
        "students",
        "employees",
        "workers",
        "citizens",
        "groups",
        "mayors",
        "governors",
        "chairmen",
    }
)

# Collectives of bodies joined after a name before its verb, besides COLLECTIVE_NOUNS: "Zhong
# Li, chairman of X, and member units of the Committee attended" (only there: "The units from
# A, B and C participated" names the bodies that took part)
JOINED_COLLECTIVE_NOUNS: frozenset[str] = frozenset({"units"})

# Words before a title that are not part of it ("visiting Palestinian President X").
TITLE_PREFIX_STOP: frozenset[str] = frozenset(
    {
        "visiting",
        "his",
        "her",
        "their",
        "its",
        "counterpart",
        "chinese",
        "german",
        "palestinian",
        "american",
        "russian",
        "french",
        "british",
        "japanese",
        "indian",
        "indonesian",
        "kenyan",
        "malaysian",
        "mongolian",
        "thai",
        "korean",
        "south",
        "north",
        "australian",
        "canadian",
        "italian",
        "spanish",
        "brazilian",
        "mexican",
        "egyptian",
        "african",
        "european",
        "turkish",
        "iranian",
        "israeli",
        "saudi",
        "pakistani",
        "vietnamese",
        "philippine",
        "singaporean",
        "new",
        "then",
        "former",
        "outgoing",
        "incoming",
        "newly",
        "appointed",
        "elected",
        "current",
        "serving",
        "kazakh",
        "ukrainian",
        "polish",
        "dutch",
        "swiss",
        "swedish",
        "norwegian",
        "danish",
        "finnish",
        "belgian",
        "austrian",
        "greek",
        "portuguese",
        "argentine",
        "chilean",
        "nigerian",
        "ghanaian",
        "ethiopian",
        "tanzanian",
        "ugandan",
        "rwandan",
        "emirati",
        "qatari",
        "kuwaiti",
        "omani",
    }
)

# Title aliases: "the Head of State" may refer back to a "President".
TITLE_ALIASES: dict[str, tuple[str, ...]] = {
    "head of state": ("president", "king", "queen", "emir", "sultan", "governor-general"),
    "leader of the nation": ("president", "king", "emir", "sultan"),  # a head of state's style
    "first mandatary": ("president",),  # Spanish "Primer Mandatario": "the First Mandatary asked"
    "mandatary": ("president",),
    "head of government": ("prime minister", "premier", "chancellor"),
    "government leader": ("prime minister", "premier", "chancellor"),  # Vietnamese readouts
    "state councilor": ("state councilor",),
    "foreign minister": ("foreign minister", "minister for foreign affairs", "minister of foreign affairs"),
    "mayor": ("mayor",),
    "chairman": ("chairman", "chairperson", "chair", "chairwoman"),
    "chair": ("chairman", "chairperson", "chair", "chairwoman"),
    "premier": ("premier", "prime minister"),  # "The premier gave the directives" (news style)
    "sg": ("secretary-general", "secretary general", "sg"),
    "dsg": ("deputy secretary-general", "deputy secretary general", "dsg"),
    "fm": ("foreign minister", "minister for foreign affairs", "minister of foreign affairs", "fm"),
}

# Periphrases of a title, as patterns over the lower-cased title, and the titles they
# stand for: "The head of the Romanian diplomacy stressed" is the foreign minister.
TITLE_ALIAS_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"(?:head|chief) of (?:the )?(?:[a-z]+ )?diplomacy|(?:chief|top) diplomat",
        ("foreign minister", "minister for foreign affairs", "minister of foreign affairs"),
    ),
)

# Words of agenda and section labels ("ROLL CALL:", "PUBLIC COMMENT:", "COMMISSIONER
# REPORTS:"): a label with one of them heads a section, it does not give anyone the floor.
SECTION_WORDS: frozenset[str] = frozenset(
    """
    call order roll public comment comments approval agenda minutes business unfinished reports
    report adjournment adjourned attest consent calendar motion motions item items correspondence
    announcements discussion presentation presentations hearing hearings recess session invocation
    pledge present absent apologies welcome introductions matters arising other finance next
    action actions resolution resolutions decision decisions questions summary background purpose
    recommendation recommendations update updates opening closing closure attendance quorum plan
    """.split()
)

# The last words of an agenda heading that no attendance line ends in: "2. Non Action
# Items", "6. Old Business" under a "Present:" block end it (no name, no title).
AGENDA_HEADS: frozenset[str] = frozenset(
    # ("Chairs Welcome", "Chair's Welcome": the chair's opening item after the list)
    {"items", "business", "adjournment", "correspondence", "announcements", "welcome"}
)

# The term of an office, lowercase inside a title with its ordinal before it: "Spokesperson
# for the President of the eightieth session of the General Assembly".
TERM_NOUNS: frozenset[str] = frozenset({"session", "term", "legislature"})

# Capitalised words that start sentences or headings but are never names.
NOT_NAMES: frozenset[str] = frozenset(
    {
        "besar",  # "the Menteri Besar, YAB X": the title's second word, never a name
        # a portfolio's last word, never a name: "the Minister of Foreign Affairs and Senegalese Abroad"
        "abroad",
        "overseas",
        "diaspora",
        "none",  # "Others present: None"
        "lot",  # a strata owner's lot: "Seconded by Lot 19", "PROXIES: Lot 9 (to the Chairperson)"
        "at-large",  # a seat, not a name: "Devin Nguyen, At-Large"
        # a Spanish form of address before given names ("Doña Ana Lucía"); not an honorific
        # of the lexicon, whose words are ASCII for the sentence gates ("Don" is also a name)
        "doña",
        "nil",
        # the labels of a motion's line, never part of a name: "Moved: Andrea Bighetty   Seconded: X"
        "moved",
        "seconded",
        "proposed",  # "Proposed PA, seconded TK": the shorthand's verb, not a given name
        "carried",
        "the",
        "a",
        "an",
        "on",
        "at",
        "in",
        "for",
        "of",
        "and",
        "or",
        "but",
        "to",
        "by",
        "with",
        "from",
        "as",
        "after",
        "before",
        "during",
        "while",
        "since",
        "until",
        "when",
        "where",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "there",
        "here",
        "yesterday",
        "today",
        "tomorrow",
        "meanwhile",
        "however",
        "moreover",
        "besides",
        "accordingly",  # sentence adverbs before a comma: "Accordingly, the Cabinet ..."
        "additionally",
        "consequently",
        "subsequently",
        "nevertheless",
        "nonetheless",
        "similarly",
        "likewise",
        "hence",
        "thereafter",
        "thereupon",
        "later",  # "Later, the minister was received by ...": a time adverb, never a name
        # the verbs of a headline in capitals, never a name: "PRESIDENT OPENS DIALOGUE ON X"
        "opens",
        "adopts",
        "briefs",
        "urges",
        "welcomes",
        "launches",
        "announces",
        "approves",
        "addresses",
        # ... and in title case: "Zhao Qingsong Attended and Delivered a Speech"
        "attended",
        "attends",
        "earlier",
        "afterwards",
        "also",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "finally",
        "lastly",
        "next",
        "then",
        "thus",
        "therefore",
        "colleagues",
        "ladies",
        "gentlemen",
        "friends",
        "all",
        "some",
        "many",
        "most",
        "other",
        "others",
        "each",
        "every",
        "both",
        "no",
        "not",
        "if",
        "so",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "several",
        "reference",
        "on the agenda",
        "subject",
        "re",
        "date",
        "time",
        "venue",
        "place",
        "location",
        "please",
        "thank",
        "thanks",
        "good",
        "dear",
        "translator",
        "editor",
        "source",
        "reporter",
        "minutes",
        "present",
        "attending",
        "absent",
        "apologies",
        "chair",
        "agenda",
        "item",
        "items",
        "motion",
        "covid-19",
        "covid",
        "gdp",
        "cpi",
        "note",
        "notes",
        "statement",
        "opening",
        "remarks",
        "decisions",
        "action",
        "resolved",
        "agreed",
        "noted",
        "approved",
        "what",
        "who",
        "why",
        "how",
        "which",
        "according",
        "following",
        "under",
        "over",
        "through",
        "between",
        "among",
        "about",
        "against",
        "without",
        "within",
        "into",
        "upon",
        "via",
        "per",
        "once",
        "again",
        "only",
        "even",
        "still",
        "already",
        "further",
        "furthermore",
        "in addition",
        "overall",
        "chinese",
        "english",
        "special",
        "ongoing",
        "new",
        "old",
        "register",  # a document tabled, never a name: "Pecuniary Interest Register tabled"
    }
)

# Pronouns that refer back to the person holding the floor.
# The body nouns that are pronouns: "It was agreed", "They noted" (no modifier before them).
BODY_PRONOUNS: frozenset[str] = frozenset({"it", "they"})
# (with the possessives that open a speaker's own voice: "In his view, ...")
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "his", "her"})
PRONOUN_GENDER: dict[str, str] = {"he": "m", "she": "f", "his": "m", "her": "f"}  # as in HONORIFIC_GENDER
FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})
