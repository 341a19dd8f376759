"""Word lists shared by the segmenter, the attribution rules and the scorer's hand features."""

from __future__ import annotations

import re


def trie_alternation(words) -> str:
    """A regex alternation of ``words`` as a character trie: ``sa(?:id|ys?)`` for said/say/says.

    Same matches as ``a|b|c`` sorted longest first (greedy optional tails backtrack the same way),
    but the engine tests one branch per character instead of every word at every position.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# Abbreviations that stand before a name: never end a sentence ("Mr. Smith", "Mt. Fuji").
TITLES = frozenset(
    """mr mrs ms mx dr prof st mt ft sen rep gov gen col capt cpt lt sgt cpl pvt maj adm brig cmdr
    rev hon pres supt insp det messrs mme mlle msgr fr atty amb sec.gen smt shri engr dir cllr cong dy
    usec asec""".split()
)

# The days' short forms ("Tue", "Thurs")
WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
# Abbreviations that end a sentence only when a typical sentence opener follows ("& Co. It").
GENERIC_ABBREVIATIONS = (
    frozenset(
        """co corp inc ltd llc plc bros jr sr esq etc vs al dept govt assn univ approx est ave blvd rd
        hwy jan feb mar apr jun jul aug sep sept oct nov dec min max misc ref repr intl natl cf ibid op
        et""".split()
    )
    | WEEKDAY_ABBREVIATIONS
)

# Abbreviations that commonly stand before a number ("No. 5", "p. 55", "Jan. 20", "N°. 1026",
# "vs. 0.5%", "approx. 20", "est. 1998").
NUMBER_ABBREVIATIONS = frozenset(
    """no nos nr n° p pp vol vols fig figs art arts sec ch chap op ca c para par ex tel ph pt pts
    rs jan feb mar apr jun jul aug sep sept oct nov dec vs approx est ref""".split()
)

PLACE_ABBREVIATIONS = frozenset("u.s u.s.a u.k e.u u.n u.a.e d.c".split())

# Words that follow "U.S." inside a name rather than starting a new sentence.
PLACE_MODIFIERS = frozenset(
    """Consumer Food Drug Environmental Securities Nuclear Transportation Centers Naval Space Marshals
    Agriculture Education Labor Commerce Interior Veterans Homeland Fish Wildlife Small Postal
    Army Navy Air Marine Marines Senate Senator Senators House Congress Congressman Congresswoman
    Government Commission Panel Department State Secretary President Ambassador Embassy Treasury
    Court Courts Supreme Attorney Justice Forces Military Federal National Coast Postal Capitol
    Border Customs Defense Defence Trade Representative Representatives Bureau Agency Office
    Chamber Olympic Special Central Intelligence Energy Open Census Geological Dollar Economy
    Foreign Parliament Prime Ministry Minister Labour Conservative Home Health Public Royal Council
    Security Treaty Constitution Patent Steel Chief Director Mission Forest Fish Citizenship
    Immigration Consulate Consul High District Circuit Appeals Sentencing Navy's Army's Census
    Space Export Import Sales Steel Soccer Cup Team Masters Women's Men's Commerce Labor
    Agriculture Interior Education Transportation Homeland Veterans Environmental Food Drug
    Nuclear Naval Airways Airlines Steel Postmaster General Surgeon Solicitor Human Maritime Refugee
    Relief Development Peacekeeping Humanitarian Climate Environment World Envoy Secretary-General
    Assembly Children's Marshals Strategic Cyber Southern Northern Conference Bishops Catholic Mint
    Holocaust Population""".split()
)

# The words that open a question ("What are the critics saying?", "Why are bills going up?")
QUESTION_WORDS = frozenset("what why how who when where which".split())

# Capitalised words that typically open an English sentence.
SENTENCE_STARTERS = frozenset(
    """The A An I He She It They We You This That These Those There Here His Her Its Their Our My
    Your How What Why When Where Who Whom Whose Which But And Or So Yet However Meanwhile In On At
    For If As After Before Since While Although Though Also Then Now Still Many Most Some All No
    Not None One Two Three Did Do Does Is Are Was Were Has Have Had Can Could Will Would Should
    May Might Must Let Please Thus Hence Moreover Furthermore Finally Today Yesterday Tomorrow
    Later Earlier Such Each Every Both Either Neither Nor Other Another Despite During With Without
    According Among Under Over By From To Of Millions Thousands Hundreds Dozens Only Even Just
    Instead Otherwise Indeed Nevertheless Nonetheless Perhaps Maybe Unlike Like Given Because Others
    Several Few""".split()
)

BRAND_PREFIX_MAX = 4  # lower-case letters before a name's capital in a brand ("eBay", "easyJet")


def lower_case_brand(word: str) -> bool:
    """A name written with its first letters in lower case: "eBay", "iPhone", "easyJet"."""
    if word.islower() or not word[:1].islower():
        return False
    k = 1
    while word[k : k + 1].islower():
        k += 1
    return k <= BRAND_PREFIX_MAX and word[k : k + 1].isupper() and word[k + 1 : k + 2].islower()


# Words after "a.m."/"p.m." that keep the time inside the sentence.
TIME_FOLLOWERS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December ET EST EDT CT CST CDT PT PST PDT GMT UTC BST CET
    CEST MT MST MDT local""".split()
)

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    """january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# Verbs that attribute a statement to a speaker or source, with their inflections.
SPEECH_VERBS = frozenset(
    """said says say told tells tell announced announces announce confirmed confirms confirm denied
    denies deny claimed claims claim wrote writes write tweeted tweets tweet reported reports report
    stated states added adds insisted insists argued argues explained explains warned warns noted
    notes declared declares acknowledged acknowledges admitted admits asserted asserts alleged
    alleges maintained maintains suggested suggests touted touts boasted boasts asked asks replied
    replies responded responds posted posts revealed reveals disclosed discloses estimated
    estimates estimate complained complains predicted predicts promised promises vowed vows pledged
    pledges urged urges
    stressed stresses emphasised emphasized emphasises emphasizes observed observes recalled
    recalls countered counters conceded concedes concluded concludes testified testifies
    commented comments remarked remarks shouted yelled continued continues mocked
    saying telling announcing confirming denying claiming writing tweeting reporting stating adding
    insisting arguing explaining warning noting declaring acknowledging admitting asserting
    alleging warn allege argue insist acknowledge admit assert concede contend contends contended
    contending testify explain conclude predict disclose reveal suggest respond reply urge
    declare called calls described describes accused accuses projects projected
    disputed disputes blamed blames accepted accepts dismissed dismisses slammed slams hailed hails
    branded brands labelled labels labeled condemned condemns denounced denounces praised praises
    criticised criticises criticized criticizes rejected rejects expects expect signalled signaled
    hinted forecast forecasts forecasted cautioned cautions believe believes believed fear fears
    feared ruled rules wondered quipped joked demanded cried snapped pleaded exclaimed screamed laughed
    lamented reiterated reiterates retorted opined averred charged assured assures
    protested reject credited credits termed terms informed informs reminded reminds remind
    reassure reassured reassures assure apologised apologized apologises apologizes apologise
    apologize describe questioned questions question remembers remembered calling read reads credit""".split()
    # a verb with its particle: "Mr Grant pointed out that …" (not "pointed to", "pointed a gun")
    + ["pointed out", "points out", "point out", "pointing out"]
    # what a speaker cites as their evidence: "He cited the currency's 9% gain", "She pointed to
    # the commission's report" (pattern.SPEAKS: only before such a thing)
    + ["cited", "cites", "pointed to", "points to"]
    # a court's finding: "the judge held that …" (pattern: only before "that")
    + ["held", "holds"]
    # advice, as "urged" is: "She advised consumers to clean their freezers" (pattern: whom, then "to")
    + ["advised", "advises"]
    # a retort: "Delgado shot back that …"
    + ["shot back"]
    # a question put in a hearing: "The chair put it to her that spills had risen"
    + ["put it to", "puts it to", "putting it to"]
)
# Offices that take their portfolio after "for" before the holder's name ("Minister for Justice
# Niamh Tallon", "Cabinet Secretary for Health …")
PORTFOLIO_OFFICES = ("Minister", "Secretary", "Commissioner")
# Names written with "The" whose word alone is a common word or another name: "The Times", "The
# Sun", "The Hague" (a speaker shown as "Times" or "Hague" reads as something else)
TITLES_WITH_THE = frozenset(
    """Times Sun Mail Mirror Post Independent Observer Express Star Telegraph Guardian Economist
    Spectator Atlantic Hill Globe Herald Scotsman Standard Journal Register Tablet Week Critic Cut
    Verge Intercept Information Hague Gambia Athletic Lancet Conversation Grocer Bookseller Ringer
    Onion""".split()
)
# What data and reports are called: they speak by EVIDENCE_VERBS ("Data from X showed"); without
# an owner they are the source as written ("Polls suggest …", "a new survey found").
EVIDENCE_NOUNS = frozenset(
    """data figures statistics numbers report reports study studies survey surveys poll polls analysis
    research estimates records results findings audit review reviews investigation inquiry assessment
    census accounts paper guidance forecasts projections calculations forecast projection minutes
    filing filings document documents note notes update communique notice index statements""".split()
)
# What a source's words come in, after "according to" ("according to a statement from X"): the
# evidence nouns and the documents of a statement.
DOCUMENT_NOUNS = EVIDENCE_NOUNS | frozenset(
    """statement statements post posts letter letters memo release summary briefing""".split()
    + ["press release"]
)
# Documents a later sentence names again with "the" ("The report says …", "according to the
# study"): one of these stands for its source even when no earlier sentence gave one; the
# evidence nouns not here (figures, data, results …) only when one did.
REFERABLE_DOCUMENTS = frozenset(
    """report study survey poll analysis audit review investigation inquiry assessment census paper
    guidance filing document note update communique notice index""".split()
)
# Verbs by which data and reports speak ("Figures from the ministry showed that …").
EVIDENCE_VERBS = frozenset(
    """show shows showed shown found find finds suggest suggests suggested indicate indicates
    indicated reveal reveals revealed recommend recommends recommended put puts projects projected links
    linked listed lists proposed proposes identified identifies highlighted highlights flagged flags cited
    cites counted rated recorded""".split()
)

# What organisations are called in lower case ("the transport authority"): sources, and the
# antecedents of "it".
ORGANISATION_NOUNS = frozenset(
    """ministry company authority council government agency department office commission court
    police army military union board bank firm utility airline hospital university party committee
    regulator administration campaign embassy parliament network broadcaster newspaper association
    federation organisation organization institute charity operator watchdog fund foundation club
    league coalition alliance cabinet tribunal trust insurer lender retailer carrier manufacturer
    producer developer corporation force college school society academy prefecture municipality
    governorate palace district inspectorate consultancy panel bureau forum""".split()
)

# Source nouns that name one person: a common-noun speaker with one of these as its head ("the
# mayor", "a spokeswoman for the operator") is the antecedent of a later he/she, never of it/they.
PERSON_SOURCE_NOUNS = frozenset(
    """minister spokesman spokeswoman spokesperson official president secretary prosecutor officer
    leader chief head commander mayor governor coroner judge sheriff councillor senator defendant
    plaintiff lawyer attorney executive director chairman chairwoman chair manager founder
    economist analyst adviser advisor ambassador envoy diplomat negotiator inspector
    superintendent chancellor premier professor researcher scientist author doctor investigator
    representative lawmaker candidate owner daughter son wife husband mother father sister brother
    widow widower friend neighbour neighbor colleague resident witness passenger constable
    backbencher aide insider banker engineer academic historian commentator strategist pollster
    clinician physician epidemiologist eyewitness bystander secretary-general director-general
    attorney-general solicitor-general blogger influencer podcaster commissioner member
    administrator counsel barrister solicitor detective nurse teacher surgeon midwife pilot nephew niece
    grandson granddaughter cousin uncle aunt singer actor actress presenter footballer organiser organizer
    musician novelist comedian chef convener convenor campaigner coordinator co-ordinator activist
    principal headteacher headmaster headmistress dean vicar bishop coach captain landlord
    chairperson referee curator consultant supervisor""".split()
)
FEMALE_SOURCE_NOUNS = frozenset("spokeswoman chairwoman daughter wife mother sister widow".split())
MALE_SOURCE_NOUNS = frozenset("spokesman chairman son husband father brother widower".split())
# Source nouns that name many: the antecedent of a later "they", never of "it".
PLURAL_SOURCE_NOUNS = frozenset(
    """ministries officials authorities services prosecutors researchers scientists experts analysts
    observers sources officers leaders spokespeople commanders police defendants lawyers councillors
    councilors senators ministers legislators governors judges executives directors economists
    diplomats negotiators inspectors doctors authors""".split()
)

# People in the plural who open a sentence as its subject ("Passenger groups criticised …"):
# antecedents of "they" (attribution._PLURAL_SUBJECT). The plural source nouns count too.
PLURAL_PEOPLE_NOUNS = PLURAL_SOURCE_NOUNS | frozenset(
    """groups campaigners critics residents activists unions workers nurses teachers parents
    investors shareholders farmers passengers patients voters protesters
    lawmakers MPs families traders retailers landlords tenants students rescuers witnesses members
    employees staff militants rebels insurgents fighters troops soldiers demonstrators villagers
    survivors relatives firefighters paramedics medics locals lifeguards coastguards fans supporters
    shoppers customers commuters drivers motorists neighbours neighbors backbenchers aides insiders
    bankers engineers academics historians commentators strategists pollsters clinicians physicians
    epidemiologists eyewitnesses bystanders civilians refugees veterans pilots prisoners charities
    agencies councils bloggers influencers users lenders banks insurers airlines suppliers
    manufacturers firms companies businesses employers brokers colleagues friends scientists
    researchers teammates cardiologists oncologists virologists neurologists psychologists
    psychiatrists climatologists seismologists geologists ecologists sociologists criminologists
    biologists chemists physicists pharmacists dentists therapists paediatricians pediatricians
    technicians politicians surgeons midwives detectives organisers organizers rangers trusts hospitals
    schools universities colleges advocates holders policyholders homeowners consumers volunteers
    carers caregivers pensioners protestors marchers athletes players coaches growers vendors
    contractors""".split()
)

# Nouns that may follow capitalised words inside a speaker phrase ("The Russian defence ministry",
# "Parents' groups"): organisations, people one or many, and the rest here.
SOURCE_NOUNS = (
    ORGANISATION_NOUNS
    | PERSON_SOURCE_NOUNS
    | PLURAL_PEOPLE_NOUNS
    | frozenset(
        """ministry's prime service news channel agency's statement source media team group
        investigators auditors companies firms banks regulators governments
        agencies resident witness associations family relatives tank
        think-tank thinktank auditor ombudsman panel jury courts watchdogs filing complaint lawsuit
        indictment scholars counsel attorneys managers sides delegates mediators delegation
        mission bureau auditor-general inspector-general comptroller""".split()
    )
)

# Letters after a person's name (honours, a barrister's rank, a seat, a degree; "Jr."): not its
# surname ("Alison Grey KC" is Ms Grey)
POSTNOMINALS = frozenset(
    "KC QC SC MP MSP MS MLA MEP TD MPP MHA MNA OBE MBE CBE KBE DBE GBE FRS PhD Jr Sr".split()
)

# Common given names whose gender is unambiguous in English-language news (a pronoun check only).
FEMALE_NAMES = frozenset(
    """Mary Maria Marie Anna Ana Anne Ann Elizabeth Sarah Sara Jennifer Linda Patricia Barbara Susan
    Jessica Karen Nancy Lisa Margaret Emily Emma Olivia Sophia Sophie Laura Helen Ruth Julia Kate
    Catherine Katherine Kamala Hillary Angela Theresa Nicola Jacinda Ursula Christine Marine Giorgia
    Nikki Nancy Alexandria Elena Irina Olga Natalia Tatiana Svetlana Yulia Fatima Aisha Amina Priya
    Mei Yuki Keiko Ingrid Greta Claudia Sandra Monica Rebecca Rachel Amy Alice Grace Hannah Chloe
    Victoria Diana Lucy Jane Joan Judith Carol Janet Ella Isabel Isabella Carmen Rosa Lucia Leila
    Layla Nadia Zainab Ngozi Chioma Oksana Jill Michelle Melania Liz Kemi Megan Meghan Gillian
    Jillian Vivian Lillian Marian Naomi Heidi Vicki Demi Noemi Lori Kerri Bethan Rhian Sian Mari
    Abby Abigail Alessandra Amanda Amelia Amira Andrea Anjali Annalena Anne-Marie Annie Aoife
    Ava Beatriz Becky Beth Brenda Bridget Brigitte Carla Caroline Cathy Charlotte Cheryl Chiara
    Ciara Cindy Claire Clare Daisy Dawn Debbie Deborah Denise Diane Donna Eleanor Ellie Erica
    Erin Esther Eva Eve Evie Fiona Florence Francesca Freya Gemma Gina Gita Giulia Gloria Hanna
    Harriet Heather Holly Imogen Irene Isla Ivanka Jacqueline Janice Jasmine Jen Jenny Jess
    Joanne Joyce Judy Julie Kaja Kathryn Kathy Katie Kelly Kerry Kirsty Kristalina Leanne Lily
    Lorraine Louise Maggie Mandy Marion Marta Martha Matilda Maureen Meg Melissa Mette Mia
    Millie Miriam Molly Natalie Niamh Nicole Nina Noor Pam Pamela Patty Paula Pauline Peggy
    Petra Phoebe Polly Poppy Priti Rita Roberta Roisin Rose Rosemary Rosie Ruby Sabine Sally
    Samantha Sanna Scarlett Segolene Shabana Sharon Sheila Shona Sinead Siobhan Sofia Stephanie
    Sue Suella Sylvia Ségolène Teresa Tina Tracey Tracy Trish Tulsi Ulrike Valerie Vanessa Vera
    Veronica Vicky Wendy Yasmin Yvette Yvonne Zara Zoe
    Aaliyah Abena Abimbola Abla Achieng Adaeze Aditi Adjoa Adriana Afua Agnes Agnieszka Ailbhe Ailsa
    Aine Aisling Aisyah Akinyi Akosua Akua Alexis Alison Allison Amaka Ananya Anita Anneliese Annika
    Aroha Asha Ashley Astrid Atieno Beatrice Benedetta Beverly Birgit Bridie Brigitta Brittany
    Bronwyn Bukola Busisiwe Camila Caoimhe Cara Carys Catriona Cerys Chiamaka Clodagh Comfort Connie
    Consuelo Courtney Daniela Danielle Darlene Deb Debra Deepa Deirdre Dina Divya Dolores Doris
    Dorothy Ebba Ebony Edith Efua Eileen Eilidh Eimear Elaine Elin Elisa Emer Esi Ethel Evelyn Ewa
    Farah Farida Federica Fernanda Ffion Fionnuala Folake Frances Freja Funmilayo Gabriela Gabrielle
    Gail Geeta Georgina Geraldine Giovanna Gisela Gladys Glenda Grainne Guadalupe Gwendolyn Hala
    Halima Hana Hayley Heike Helga Henrietta Hilda Huda Ifeoma Ilaria Ilse Ines Ingeborg Jasmin
    Jemima Jessie Joanna Jocelyn Jodi Jodie Josephine Jutta Kara Katarzyna Kathleen Katrin Kavitha
    Kavya Kayla Kaylee Keisha Kelsey Kerry-Ann Kerstin Kimberly Kirsten Kylie Lakshmi Lara Latoya
    Lauren Leah Lena Lerato Lesley Leyla Lina Lindiwe Linnea Lois Lorna Louisa Lowri Luisa Lydia
    Lynne Mabel Madeleine Madeline Madison Maeve Magdalena Mairead Maja Malgorzata Mallory Marcia
    Mared Margot Marguerite Mariah Mariam Marianne Marilyn Marisol Marissa Marjorie Marlene Maryam
    Mavis Maxine Meera Melanie Mere Meredith Mhairi Mildred Minji Miranda Mona Monika Morag Muriel
    Myra Nadine Naledi Naoko Nasreen Natasha Neha Nell Nellie Nia Nisha Njeri Nneka Noelle Nokuthula
    Nomvula Nora Norah Noreen Norma Nuala Nurul Nyambura Octavia Oluwaseun Orla Orlaith Paige Palesa
    Paola Penelope Philippa Phyllis Pilar Pippa Pooja Prue Rachael Radha Rania Rebekah Rekha Renate
    Rhiannon Rhonda Ritu Robyn Rochelle Rosalie Rosalind Rosalyn Roxanne Ruthie Saanvi Sabrina Sadie
    Sakura Salma Samira Saoirse Savitri Seema Selina Seren Serena Shalini Shannon Shanti Shelley
    Sheryl Shirin Shirley Sigrid Silvia Simone Siti Sneha Solveig Sonia Sonya Sorcha Stacey Stacy
    Stella Sunanda Sunita Susanna Susannah Suzanne Swati Tabitha Tamara Tammy Tamsin Tanesha Tanisha
    Tanya Tara Tegan Tessa Thandi Thandiwe Thelma Theodora Tiffany Titilayo Trudy Una Usha Ute
    Valentina Valeria Verity Vivienne Wairimu Wambui Wanda Wanjiru Wilma Winifred Ximena Yaa Yasmina
    Yetunde Yolanda Yumiko Zanele Zofia Zoë""".split()
)
MALE_NAMES = frozenset(
    """John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
    Matthew Mark Donald Paul Steven George Kenneth Andrew Edward Brian Kevin Jason Peter Tom Tony
    Barack Joe Vladimir Sergei Sergey Dmitry Alexei Ivan Nikol Ilham Emmanuel Olaf Boris Keir Rishi
    Justin Narendra Xi Recep Benjamin Mohammed Muhammad Ahmed Ali Omar Hassan Hussein Abdul Ibrahim
    Jose Juan Carlos Luis Pedro Miguel Antonio Jorge Pablo Luiz Lula Javier Giuseppe Marco Luca
    Hans Karl Friedrich Pierre Jacques Francois Lester Bernie Ted Mitch Chuck Mike Bill Jeb
    Ron Ronald Gavin Rick Ben Sam Samuel Henry Jack Harry Oliver Noah Liam Ethan Adam Simon Martin
    Volodymyr Aleksandr Alexander Viktor Yevgeny Shinzo Fumio Yoon Jair Andres Gustavo Bryan
    Ryan Ian Sean Dean Alan Allan Nathan Jonathan Evan Dylan Logan Juan Sebastian Adrian Julian
    Damian Brendan Declan Aidan Ronan Duncan Stefan Tristan Kieran Keegan Eric Dominic Kenji Levi
    Eli Luigi Giovanni Gianni Dmitri Yuri Ravi Mahdi Hadi Fadi Sami Hiroshi Takeshi Hideki Vitali
    Vitaliy Giorgi Andrii Levani Naftali Rami Hani Omari Kofi Avi Ari Remi Satoshi Shinji Koji
    Takashi Haruki Herman Johan Jan Dan Stephan Fabian Florian Kilian Cian Vaughan Hamish Ludovic
    Cedric Frederic
    Aaron Abraham Alfie Amit Andy Angus Anthony Archie Arjun Arthur Benny Beto Billy Binyamin
    Bob Bobby Callum Colin Cory Craig Dafydd Danny Dario Demis Dick Ed Elon Ewan Fabio François
    Fraser Freddie Gabriel Gareth Gary Giorgio Gordon Graham Grant Huw Igor Isaac Jacob Jean-Luc
    Jeff Jensen Jeremy Jerome Jim Jimmy Joao João Keith Klaus Kwasi Kyle Larry Leo Mario Matt
    Matteo Mitt Moses Mustafa Nadhim Neil Newt Nicolas Nigel Oscar Owen Patrick Pete Phil Philip
    Rahul Raj Rand Rhys Rob Ross Rudy Sajid Sanjay Satya Scott Sergio Shaun Stephen Steve Stuart
    Sundar Sunil Theo Tim Tommy Vikram Wang Warren Wes Will Yair Yusuf Dave Nick
    Khalid Abdullah Faisal Hamad Tamim Yousef Youssef Walid Mahmoud Ayman Tariq Samir Majid
    Christian Cristian Kristian Lucian Killian Rohan Karan Imran Usman Salman Rizwan Farhan Osman
    Keenan Ciaran Tiernan
    Abubakar Adewale Ajay Aksel Alasdair Albert Alberto Alejandro Alessandro Alfred Alistair Alvaro
    Amitabh Amos Anand Anders Andrzej Anil Anton Aravind Arnold Arvind Ashok Ashwin Axel Ayodele
    Babatunde Barry Bello Bernard Bertie Bilal Biodun Bjorn Björn Bongani Brent Bruce Bryn Cai Caleb
    Calum Carl Cecil Chinedu Chukwuemeka Cillian Clement Clive Colm Colum Connor Conor Cormac
    Crispin Daiki Dapo Darragh Darren Deepak Dele Dennis Derek Dermot Desmond Dewi Diarmuid Diego
    Dieter Digby Dinesh Dominick Donal Doug Eamon Eamonn Ebo Eddie Edgar Eduardo Edwin Elijah Elliot
    Elliott Emeka Emil Emyr Enrique Eoin Erik Ernest Eugene Ewen Ezekiel Felix Femi Fergal Fergus
    Fernando Fiifi Fionn Francesco Francis Francisco Fred Frederick Ganesh Gearoid Geoff Geoffrey
    Geraint Gerald Gerhard Gerry Gethin Gideon Giles Glenn Glyn Godfrey Gonzalo Gopal Greg Gregor
    Gregory Gus Gwyn Hamid Hamza Hank Harish Harold Hector Helmut Hemant Hemi Henrik Hiroki Horst
    Hosea Hugh Hugo Iain Idris Ieuan Ikenna Isaiah Ismail Iwan Jabulani Jake Jakub Jamal Jared Jay
    Jeremiah Jerry Jesse Jibril Jihoon Joaquin Joel Johnny Jolyon Jon Jonah Josh Joshua Josiah
    Jurgen Jürgen Kagiso Kamal Kamau Karim Kariuki Karthik Kazuki Keane Kekoa Kelechi Ken Kenny
    Keoni Kipchoge Kiprotich Kojo Krishna Krzysztof Kunle Kurt Kwabena Kwaku Kwame Kweku Lachlan
    Lars Len Leonard Llyr Lonnie Lorcan Lorenzo Louis Lucas Luke Luqman Lwazi Magnus Mahesh Makoa
    Malcolm Manaia Mandla Manoj Manuel Marcus Marek Marvin Mateo Maurice Melvin Micah Micheal Mikael
    Minho Monty Mosese Mukesh Murali Musa Mwangi Nabil Nasser Nathaniel Naveen Nehemiah Neville
    Niall Nikau Nikhil Nils Njoroge Nnamdi Noel Norman Obadiah Obinna Ochieng Oisin Olav Ollie
    Olumide Oluwafemi Omondi Orlando Osian Oskar Oswald Otieno Paddy Padraig Pawel Percy Phillip
    Piers Piotr Pradeep Prakash Quentin Quintin Rafael Rahim Rajesh Rajiv Rakesh Ralph Ramesh Ramon
    Randall Randy Rashid Raul Rawiri Raymond Reginald Reuben Rhodri Ricardo Riccardo Rodrigo Roger
    Rohit Roland Rollo Rory Roy Ruairi Ruaridh Rufus Rupert Sachin Saeed Salim Salvatore Sameer
    Sandeep Sani Sanjeev Santiago Seamus Segun Semisi Seojun Seth Seun Shane Sibusiso Sidney Silas
    Sione Sipho Sizwe Solomon Srinivas Stefano Suresh Sven Tadhg Takumi Tama Tane Tarek Tarun
    Terence Terry Thabo Themba Thor Thulani Tobenna Tobias Toby Todd Tomasz Tomos Trevor Tristram
    Troy Tshepo Tunde Uche Uwe Varun Venkat Victor Vijay Vikas Viliami Vince Vincent Vincenzo Vinod
    Vivek Vusi Walter Wanyama Wayne Wilfred Willie Wiremu Wojciech Wolfgang Yash Yasser Yaw Yuto
    Zach Zachariah Zachary Zayd Ziad""".split()
)
# Given names that are neither (a name's shape only)
NEUTRAL_NAMES = frozenset(
    "Morgan Rowan Dani Toni Sasha Alex Robin Jamie Jean Chris Jo Kim Jordan Lou".split()
)
# Given names that end as nationalities do ("Brian", "Susan", "Naomi", "Kenji"): a person, not an
# adjective of a place ("Israeli Army", "British Airways")
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES | NEUTRAL_NAMES


# One person by nationality, as news names someone already named ("the Dutchman said", "the
# Spaniard told reporters"); not the words that also mean a whole nation ("the Chinese", "the Swiss")
DEMONYMS = frozenset(
    """Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Welshman
    Welshwoman Scotsman Scotswoman Scot Spaniard Swede Dane Finn Pole Czech Slovak Slovenian German
    Italian Brazilian Argentine Argentinian American Australian Canadian Belgian Austrian Norwegian
    Croatian Serbian Bosnian Russian Ukrainian Belarusian Greek Turk Icelander Hungarian Romanian
    Bulgarian Georgian Armenian Israeli Iranian Iraqi Syrian Egyptian Moroccan Algerian Tunisian
    Nigerian Ghanaian Senegalese Cameroonian Ivorian Kenyan Ethiopian Ugandan Zimbabwean Jamaican
    Mexican Colombian Uruguayan Chilean Peruvian Venezuelan Ecuadorian Paraguayan Indian Pakistani
    Afghan Bangladeshi Filipino Indonesian Malaysian Thai Australian Kiwi Zealander Estonian
    Latvian Lithuanian Luxembourger Albanian Montenegrin Macedonian Cypriot Maltese""".split()
)

# One person by what they are, as news names someone already named ("the billionaire said", "the
# striker told reporters"): resolved as "he" or "she" are
EPITHETS = frozenset(
    """billionaire tycoon actor actress singer rapper musician comedian star striker midfielder
    defender goalkeeper winger veteran teenager pensioner grandmother grandfather businessman
    businesswoman entrepreneur presenter""".split()
)

# What figures measure, opening a sentence ("Sales fell 4%", "Shares in Tesco rose", "Number one,
# …"): common nouns, never a name alone there, nor what a later "it" stands for.
MEASURE_NOUNS = frozenset(
    """number numbers shares stocks prices sales profits profit revenue revenues inflation
    unemployment turnout growth output exports imports wages rents earnings spending borrowing
    debt""".split()
)

FIRST_PERSON = frozenset(
    "i me my mine myself we us our ours ourselves i'm i've i'd i'll we're we've we'd we'll".split()
)

OPINION_WORDS = frozenset(
    """think thinks thought believe believes believed feel feels felt hope hopes hoped wish want wants
    should must ought need needs going gonna maybe perhaps probably guess suppose seems seem
    great good bad terrible wonderful best worst wrong right important agree disagree
    love like hate proud sure certainly clearly obviously""".split()
)

MODAL_WORDS = frozenset("will would could should might may must can shall".split())

STOPWORDS = {
    "en": frozenset(
        """the of and to in a is that for it on was with as he be by at are his this from have
        had not but were which they or an has their its been who will would there also after more
        than said she her we you i one all about when can up out into them these our if so what
        over some other""".split()
    ),
    "fr": frozenset(
        """le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces
        il elle ils sont été par plus ne se son sa ses ou mais comme nous vous leur on a été""".split()
    ),
    "de": frozenset(
        """der die das und ist in zu den von mit sich des auf für nicht ein eine einer als auch es
        an dem werden aus er hat dass sie nach wird bei noch wie um über so zum war haben nur oder
        aber vor zur bis mehr durch""".split()
    ),
    "es": frozenset(
        """el la los las de del y en que un una es por con no para se su al lo como más pero sus le
        ya o fue este ha sí porque esta son entre cuando muy sin sobre también""".split()
    ),
    "it": frozenset(
        """il lo la i gli le di del della e che un una è per non con si da sono al nel alla come
        più ma anche questo ha dei delle nella ci stato""".split()
    ),
    "pt": frozenset(
        """o a os as de do da dos das e que um uma é em no na para com não por se mais como mas ao
        foi ele ela seu sua são pelo pela também""".split()
    ),
    "nl": frozenset(
        """de het een en van is dat die in te op voor met zijn niet aan er maar om ook als bij dan
        of wordt werd door naar heeft hij zij nog wel""".split()
    ),
}
