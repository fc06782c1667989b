"""Capitalised words of case reviews that are not personal names.

A review capitalises roles ("Designated Nurse"), agencies ("Wrexley Vale Police"), processes
("Child Protection Conference"), guidance ("Working Together"), places, dates and identities
("Black British") as often as it writes names. The name finders use these lists twice: to
choose the few sentences worth giving to the entity recogniser, and to reject what it tags
as a person when a word of the "name" is one of these.

Words that are also common surnames or first names ("Green", "Hill", "Rose", "Grace") are
left out on purpose: after "Mrs" or beside another name they are names.
"""

from __future__ import annotations

import re

from scrlint.identifiers.practitioners import NOT_NAMES
from scrlint.identifiers.text import LOWER, UPPER


def word_set(text: str) -> frozenset[str]:
    """The words of ``text``, split at white space (lists are kept as running text)."""
    return frozenset(text.split())


# Words that start sentences or join phrases; never a name when capitalised.
FUNCTION_WORDS = word_set(
    """
    A About Above According Across Actually Additionally Afterwards After Again Against Ago
    Albeit All Almost Along Already Also Although Always Am Among Amongst An And Another Any
    Anyone Anything Are Around As At Although Because Been Before Being Below Beside Besides
    Between Both Briefly But By Can Cannot Certainly Clearly Consequently Could Currently Dear
    Despite Did Do Does Due During Each Earlier Either Else Even Eventually Ever Every
    Everyone Everything Finally First Firstly Following For Formerly Four Fourth Frequently
    From Further Furthermore Given Had Has Have Having He Hence Her Here Hers Herself Him
    Himself His How However I If Importantly In Including Indeed Initially Instead Into Is It
    Its Itself Just Last Lastly Later Latterly Least Less Let Like Likewise Many Meanwhile
    Might Moreover Most Much Must My Namely Neither Never Nevertheless Next Nine No Nobody
    None Nor Not Nothing Notably Now Of Often On Once One Only Or Other Others Otherwise Our
    Ours Over Overall Perhaps Previously Prior Rather Recently Regarding Second Secondly Seven
    Several She Should Similarly Since Six So Some Someone Something Sometimes Soon Still
    Subsequently Such Ten Than Thankfully That The Their Theirs Them Themselves Then There
    Thereafter Therefore These They Third Thirdly This Those Though Three Through Throughout
    Thus Till To Today Together Tomorrow Too Towards Two Under Unfortunately Unless Unlike
    Until Upon Us Very Was We Were What Whatever When Whenever Where Whereas Whether Which
    While Whilst Who Whoever Whom Whose Why With Within Without Would Yes Yesterday Yet
    You Your Yours Sadly Tragically Specifically Overall Ultimately Positively Encouragingly
    Understandably Crucially Critically Significantly Notwithstanding Eleven Twelve Fifth
    Sixth Seventh Eighth Ninth Tenth Half Quarter Both Due Per Via Versus Upon Ahead Beyond
    Whose Do Don't Didn't Doesn't Isn't Wasn't Weren't Hasn't Haven't Hadn't Couldn't
    Wouldn't Shouldn't Can't Won't OK Okay Hello Hi Thank Thanks Sorry Please Yes Yeah No
    """
)

# Roles and titles of practitioners, and words for family members and people in general.
ROLE_WORDS = word_set(
    """
    Adviser Advisor Advisers Advocate Advocates Analyst Assistant Associate Audiologist Chair
    Chairs Chairperson Chaplain Chief Clinician Clinicians Coordinator Co-ordinator Commissioner
    Constable Constables Consultant Consultants Coroner Counsellor Counsellors Dentist Deputy
    Designated Detective Dietician Dietitian Director Directors Doctor Doctors Executive
    Governor Governors Guardian Head Headteacher Headteachers Health Inspector Keyworker Lead
    Leads Leader Leaders Lecturer Magistrate Magistrates Manager Managers Matron Member Members
    Mentor Midwife Midwives Minister Named Nurse Nurses Officer Officers Optician Paediatrician
    Paediatricians Paramedic Paramedics Pharmacist Pharmacists Physiotherapist Police Policeman
    Practitioner Practitioners President Principal Probation Professional Professionals
    Psychiatrist Psychiatrists Psychologist Psychologists Receptionist Registrar Registrars
    Representative Reviewer Reviewers Scrutineer Secretary Senior Sergeant Solicitor
    Solicitors Specialist Specialists Staff Superintendent Supervisor Supervisors Surgeon
    Surgeons Teacher Teachers Therapist Therapists Trainee Tutor Visitor Visitors Volunteer
    Volunteers Warden Worker Workers SENCO SENCo Chairman Author Authors Interpreter
    Interpreters Locum Locums Judge Judges Justice Lord Lady Sir Dame Baroness Baron Honour
    Councillor Cllr Mayor Bishop Vicar Imam Pastor Priest Reverend Rabbi Father's Mother's
    Child Children Child's Children's Baby Babies Baby's Infant Infants Sibling Siblings
    Brother Brothers Sister Sisters Twin Twins Young Youth Person Persons People Adult Adults
    Parent Parents Carer Carers Mother Mothers Father Fathers Mum Mums Dad Dads Mummy Daddy
    Stepfather Stepmother Stepdad Stepmum Partner Partners Family Families Relative
    Relatives Grandparent Grandparents Grandmother Grandfather Grandma Grandad Granny Nan
    Nanna Aunt Auntie Aunty Uncle Cousin Cousins Friend Friends Neighbour Neighbours Man Men
    Woman Women Boy Boys Girl Girls Male Female Maternal Paternal Step Foster Kinship Subject
    Perpetrator Perpetrators Victim Victims Survivor Survivors Pupil Pupils Student Students
    Patient Patients Client Clients Resident Residents Tenant Tenants Defendant Claimant
    Applicant Respondent Witness Witnesses Household Couple
    """
)

# Agencies, services, settings and the words that end their names.
AGENCY_WORDS = word_set(
    """
    Academy Academies Agency Agencies Alliance Ambulance Association Authority Authorities
    Board Boards Borough Branch Bureau Cafcass Centre Centres Charity Childline Clinic Clinics
    Collaborative College Colleges Commission Committee Community Company Constabulary Council
    Councils Court Courts Crown Department Departments Directorate Division Federation Fire
    Forum Foundation Group Groups Home Homes Hospital Hospitals Housing Hub Hubs Infirmary
    Institute Jobcentre Ministry Network Nursery Nurseries NHS Office Ofsted Panel Partnership
    Partnerships Pharmacy Practice Practices Prison Prisons Programme Project Projects Refuge
    Rescue Samaritans Service Services Shelter Society Subgroup Surgery Surgeries System
    Systems Team Teams Trust Trusts Unit Units University Ward Wards Barnardo's NSPCC Mind
    Relate Home-Start Aid Citizens Advice Police Probation Prosecution Parliament Government
    Cabinet Executive Inspectorate Regulator Secretariat Tribunal Tribunals Helpline Line
    School Schools Pre-school Preschool Playgroup Creche Integrated Commissioning Clinical
    Primary Secondary Infant Junior High Grammar Sixth Form Nursing Medical Surgery Surgical
    General Royal Teaching District Regional Local National Central Metropolitan Municipal
    County City Town Parish Village Region Area Areas Northern Southern Eastern Western North
    South East West Upper Lower Greater Inner Outer Mid
    """
)

# Words of the review itself: its parts, processes, plans, legislation and guidance.
PROCESS_WORDS = word_set(
    """
    Abuse Act Acts Action Actions Addendum Agenda Alert Allegation Analysis Annex Annexe
    Appendix Appendices Appraisal Assessment Assessments Assurance Audit Background Bill
    Briefing Case Cases Chapter Checklist Chronology Circular Code Concern Concerns Conclusion
    Conclusions Conference Conferences Consultation Contents Context Core Criminal Criteria
    Data Decision Definition Definitions Disclosure Discussion Domestic Draft Duty Early
    Education Emergency Enquiry Enquiries Episode Episodes Evaluation Evidence Exclusion
    Exploitation Finding Findings Focus Framework Glossary Governance Guidance Guide Harm
    Help Identity Incident Incidents Induction Information Initial Inquest Inquiry
    Inspection Introduction Investigation Issue Issues Key Learning Legislation Lessons
    Letter Level Levels Line Lines Looked Matters Meeting Meetings Mechanism Method
    Methodology Model Multi Multi-Agency Need Needs Neglect Note Notes Notification Order
    Orders Outcome Outcomes Overview Part Pathway Period Phase Plan Plans Point Points Policy
    Policies Preface Principles Procedure Procedures Process Profile Protection Protocol
    Questions Question Rapid Recommendation Recommendations Record Records Referral Referrals
    Reference References Regulation Regulations Report Reports Request Response Responses
    Review Reviews Risk Risks Rule Rules Safe Safeguard Safeguarding Safety Schedule Scope
    Section Sections Serious Sharing Signs Significant Source Sources Stage Stages Standard
    Standards Statement Strategy Summary Supervision Support Table Terms Theme Themes
    Threshold Timeline Timescale Toolkit Training Transfer Transfers Violence Welfare Working
    Keeping Every Think Troubled Graded Care Figure Chart Protocols Consent Capacity Mental
    Wellbeing Well-being Disability Disabilities Special Educational Inclusion Attendance
    Alternative Provision Virtual Reception Year Years Term Terms Week Weeks Month Months Day
    Days Date Time Hours Morning Afternoon Evening Night Weekend Christmas Easter Eid Ramadan
    Diwali Hanukkah Halloween Bonfire New Holiday Holidays Lockdown Covid COVID-19
    Coronavirus Pandemic Paediatric Paediatrics Maternity Antenatal Postnatal Neonatal
    Perinatal Intensive Accident Urgent Treatment Outpatient Outpatients Walk-in Admission
    Discharge Speech Language Therapy Occupational Psychology Psychiatry Adolescent Substance
    Misuse Drug Drugs Alcohol Recovery Healthy Programme Depression Scale Questionnaire Ages
    Red Book Apgar Universal Credit Benefits Benefit Housing Homelessness Tenancy Sexual
    Modern Slavery Prevent Channel Radicalisation Trafficking County Lines Gang Gangs Knife
    Crime Offending Justice Youth Custody Remand Bail Charge Charges Sentence Trial Verdict
    Missing Episodes Law Laws Operation Encompass Return Interview Interviews Strategy Section
    Nominated Designated
    Independent Statutory Joint Targeted Area Inspection Improvement Quality Learning
    Recommendations Action Outcome Measure Measures Target Targets Evidence Lead Leads Owner
    Owners Timescales Status Progress Complete Completed Ongoing Open Closed Red
    """
)

# Nationalities, ethnicities, religions and languages ("Black British", "Polish", "Muslim").
IDENTITY_WORDS = word_set(
    """
    African Afghan Albanian Algerian American Arab Arabic Asian Bangladeshi Bengali Black
    Brazilian British Buddhism Buddhist Bulgarian Caribbean Catholic Chinese Christian
    Christianity Congolese Czech Dutch English Eritrean Ethiopian European Filipino French
    German Ghanaian Greek Gypsy Hindi Hindu Hinduism Hungarian Indian Iranian Iraqi Irish
    Islam Islamic Italian Jamaican Japanese Jehovah's Jewish Judaism Kenyan Kurdish Latvian
    Lithuanian Mixed Muslim Nigerian Pakistani Pashto Persian Polish Portuguese Protestant
    Punjabi Roma Romani Romanian Russian Scottish Sikh Sikhism Slovak Somali Spanish Sudanese
    Sylheti Syrian Tamil Traveller Travellers Turkish Ugandan Ukrainian Urdu Vietnamese
    Welsh White Yemeni Zimbabwean Pentecostal Anglican Methodist Baptist Orthodox Sunni
    Shia Church Mosque Temple Gurdwara Synagogue Bible Quran Koran God Allah Heritage
    Ethnicity Ethnic Minority Minorities Other English-speaking BAME
    """
)

# Countries, nations and regions; towns are learnt from the document (agencies.py).
PLACE_WORDS = word_set(
    """
    England Wales Scotland Britain Ireland UK Europe Africa Asia America Australia Canada
    India Pakistan Bangladesh Poland Romania Lithuania Latvia Nigeria Ghana Somalia Eritrea
    Ethiopia Sudan Syria Iraq Iran Afghanistan Albania Jamaica China Vietnam Turkey Ukraine
    Russia Germany France Spain Portugal Italy Greece Kenya Uganda Zimbabwe Congo Philippines
    London Birmingham Manchester Leeds Liverpool Sheffield Bristol Newcastle Nottingham
    Leicester Coventry Bradford Cardiff Swansea Glasgow Edinburgh Belfast Southampton
    Portsmouth Plymouth Norwich Oxford Cambridge Stoke Wolverhampton
    Sunderland Reading Luton Blackpool Brighton Middlesbrough Peterborough Rochdale
    Oldham Wigan Salford Stockport Doncaster Rotherham Barnsley Kirklees Calderdale
    Northumberland Cumbria Yorkshire Lancashire Cheshire Merseyside Cornwall Somerset
    Dorset Essex Surrey Sussex Norfolk Suffolk Midlands Humberside Teesside Tyneside
    Wirral Sefton Knowsley Croydon Lambeth Southwark Hackney Haringey Enfield
    Islington Camden Westminster Newham Tower Hamlets Bromley Ealing Hillingdon
    Hounslow Lewisham Greenwich Redbridge Havering Bexley Wandsworth
    Hammersmith Fulham Kensington Waltham Barking Dagenham Thames Mersey
    """
)

# Brands, services and apps a chronology mentions.
MEDIA_WORDS = word_set(
    """
    Facebook Instagram Snapchat WhatsApp TikTok YouTube Twitter Google Zoom Microsoft Skype
    Messenger Internet Kooth Mencap Scope YoungMinds Papyrus Xbox PlayStation Fortnite Roblox
    Minecraft Netflix Amazon Apple
    iPhone iPad Android Samsung Tesco Asda Sainsbury's Aldi Lidl McDonald's Uber Ring
    SystmOne EMIS Liquidlogic Mosaic Eclipse CP-IS Niche Teams Word Excel
    English Maths Mathematics Science History Geography Art Music Drama PE
    """
)

# Calendar words.
CALENDAR_WORDS = word_set(
    """
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Spring Winter
    """
)

# Abbreviations that label a number or a contact ("Tel. 0113 …", "Ref. 4471", "Mob: 07…",
# "No. 5"); the recogniser takes some of them for first names.
ABBREVIATIONS = word_set(
    """
    Tel Tele Telephone Mob Mobile Ph Phone Fax Ext Email E-mail Ref Refs Num Nos Nr Vol Vols
    Fig Figs Para Paras Pg Pp Ch Sec Approx Est Dept Hse Apt Rm Att Attn Encl Cc Re Ibid Etc
    """
)

# Words that end a street's name: an "entity" ending in one is an address, not a person.
STREET_WORDS = word_set(
    """
    Road Street Avenue Close Drive Crescent Grove Terrace Gardens Place Way Mews Square Row
    Estate View Rise Parade Walk Lane Court Flats Tower Towers Heights
    """
)

# The words that end an agency's name: "Wrexley Vale Council", "Ashcombe Homes".
AGENCY_HEADS = word_set(
    """
    Council Councils Police Constabulary Trust Trusts Partnership Partnerships Board Boards
    Homes Housing Hospitals Authority Service Services Team Teams Hub Association Federation
    Foundation Group Network Commission Committee Subgroup Forum Agency Agencies Directorate
    Department Project Collaborative Alliance ICB CCG PCT LSCB LSCP SCP NHS MASH Healthcare
    Health Care Ambulance Fire Probation Prison Court Courts Magistrates Refuge University
    Borough District County Region City Town Area Academies Children's Coroner's
    """
)

# Not names, in any position.
NEVER_NAMES = (
    FUNCTION_WORDS
    | ROLE_WORDS
    | AGENCY_WORDS
    | PROCESS_WORDS
    | IDENTITY_WORDS
    | PLACE_WORDS
    | MEDIA_WORDS
    | CALENDAR_WORDS
    | ABBREVIATIONS
    | (NOT_NAMES - {"Green", "Hill", "Park", "House", "Lane", "Road", "Street", "Young"})
)
# Not a surname after "Mr", "Mrs" or "Ms": roles, agencies, places, dates and labels
# ("Mr and Mrs G" is two labels; "Mrs Green" is a name).
NOT_SURNAMES = NEVER_NAMES - word_set(
    """
    Black White English Welsh Irish Scottish French German Ward Bishop Day Church Temple Parish
    Young Lord Court Justice Judge Nurse Doctor Coroner Mason Sergeant Marshall Chambers
    """
)

# A real-looking name word: a capital, then lower-case letters, perhaps a prefix, an apostrophe
# or a hyphen ("Okonjo", "McAllister", "O'Neill", "Labinjo-Hughes", "Dąbrowski"); never a
# single letter.
NAME_WORD = rf"(?:Mc|Mac|O['’]|D['’])?[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}][{LOWER}]+)*"
_NAME_WORD_RE = re.compile(NAME_WORD)


def name_shaped(word: str) -> bool:
    """Whether ``word`` looks like a name word (not an acronym, a label letter or lower case)."""
    return bool(_NAME_WORD_RE.fullmatch(word)) and len(word) <= 24


def possessive_stripped(word: str) -> str:
    """``word`` without a possessive ending ("Kayden's" -> "Kayden")."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word
