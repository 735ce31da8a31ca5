"""Word lists the generator draws realistic-looking organisations from."""

from __future__ import annotations

__all__ = [
    "ARCHIVE_REASONS",
    "CITIES",
    "CLOSE_REASONS",
    "COMPANIES",
    "CUSTOM_FIELDS",
    "DEPARTMENTS",
    "FIRST_NAMES",
    "HIRING_TEAM_ROLES",
    "JOB_TITLES",
    "LAST_NAMES",
    "NOTE_TEXTS",
    "PROJECT_NAMES",
    "SCHOOLS",
    "SOURCES",
    "STAGE_TEMPLATE",
    "TAGS",
    "TIMEZONES",
]

FIRST_NAMES = (
    "Ada Alan Alice Amara Ana Andrei Anika Arjun Aroha Ben Bianca Carlos Chen Chloe Daniel Dara Diego Elena Emeka "
    "Emma Farah Felix Fatima Gabriel Grace Hana Hugo Ibrahim Ines Isaac Jamal Jana Jia Jonas Julia Kai Kenji Kofi "
    "Lara Leila Liam Lucia Maya Mateo Mei Mohammed Nadia Nikhil Noah Nora Olga Omar Oscar Priya Rafael Rania Rosa "
    "Sam Sara Sofia Tariq Thea Tomas Uma Valentina Wei Yara Yusuf Zara Zoe"
).split()

LAST_NAMES = (
    "Adeyemi Alvarez Andersen Bauer Becker Chen Costa Dubois Eriksson Fernandes Fischer Garcia Gupta Haddad Hansen "
    "Hernandez Ibrahim Ito Jensen Kim Kowalski Kumar Larsen Lee Lopez Martin Meyer Moreau Müller Nakamura Nguyen "
    "Novak Okafor Olsen Park Patel Perez Petrov Popescu Quinn Rossi Santos Schmidt Silva Singh Smith Suzuki Tanaka "
    "Taylor Thompson Torres Wagner Walker Wang Weber Williams Wong Yamamoto Zhang"
).split()

COMPANIES = (
    "Acme Corp",
    "Globex",
    "Initech",
    "Umbrella Labs",
    "Stark Industries",
    "Wayne Enterprises",
    "Hooli",
    "Pied Piper",
    "Vandelay Industries",
    "Soylent",
    "Cyberdyne",
    "Tyrell Corp",
    "Aperture Science",
    "Black Mesa",
    "Wonka Industries",
)

SCHOOLS = (
    "MIT",
    "Stanford University",
    "ETH Zürich",
    "University of Toronto",
    "Imperial College London",
    "TU München",
    "University of Tokyo",
    "IIT Bombay",
    "Universidade de São Paulo",
    "University of Melbourne",
)

JOB_TITLES = (
    "Software Engineer",
    "Senior Software Engineer",
    "Staff Engineer",
    "Engineering Manager",
    "Product Manager",
    "Product Designer",
    "Data Scientist",
    "Data Engineer",
    "Site Reliability Engineer",
    "Security Engineer",
    "Account Executive",
    "Customer Success Manager",
    "Recruiter",
    "Marketing Manager",
    "Financial Analyst",
    "Legal Counsel",
)

DEPARTMENTS = ("Engineering", "Product", "Design", "Data", "Sales", "Customer Success", "Marketing", "People", "Finance")

CITIES = (
    ("San Francisco", "California", "United States", "America/Los_Angeles"),
    ("New York", "New York", "United States", "America/New_York"),
    ("London", "England", "United Kingdom", "Europe/London"),
    ("Berlin", "Berlin", "Germany", "Europe/Berlin"),
    ("Toronto", "Ontario", "Canada", "America/Toronto"),
    ("Singapore", "Singapore", "Singapore", "Asia/Singapore"),
)

TIMEZONES = tuple(c[3] for c in CITIES)

SOURCES = (
    ("LinkedIn", "Inbound"),
    ("Company Website", "Inbound"),
    ("Indeed", "Job Board"),
    ("Wellfound", "Job Board"),
    ("Employee Referral", "Referral"),
    ("Agency", "Agency"),
    ("Sourced", "Outbound"),
    ("Conference", "Event"),
    ("GitHub", "Outbound"),
    ("Hacker News", "Job Board"),
)

ARCHIVE_REASONS = (
    ("Not a fit", "RejectedByOrg"),
    ("Lacks experience", "RejectedByOrg"),
    ("Position filled", "RejectedByOrg"),
    ("Compensation", "RejectedByCandidate"),
    ("Accepted another offer", "RejectedByCandidate"),
    ("Withdrew", "RejectedByCandidate"),
    ("No response", "Other"),
    ("Duplicate", "Other"),
)

CLOSE_REASONS = (
    ("Hired", "Hired"),
    ("Budget cut", "Other"),
    ("Role changed", "Other"),
    ("Filled internally", "Other"),
)

TAGS = (
    "Top Talent",
    "Silver Medalist",
    "Referral",
    "Diversity",
    "Remote",
    "Relocation",
    "Visa Needed",
    "Boomerang",
    "Do Not Contact",
    "Former Intern",
    "Open Source",
    "Leadership",
)

CUSTOM_FIELDS = (
    ("Desired Salary", "Number", "Candidate"),
    ("Notice Period", "String", "Candidate"),
    ("Willing to Relocate", "Boolean", "Candidate"),
    ("Referral Bonus Paid", "Boolean", "Application"),
    ("Cost Center", "String", "Job"),
)

HIRING_TEAM_ROLES = ("Hiring Manager", "Recruiter", "Coordinator", "Sourcer")

# (title, type): Ashby interview stage types; archived stages end every plan.
STAGE_TEMPLATE = (
    ("Application Review", "PreInterviewScreen"),
    ("Recruiter Screen", "Active"),
    ("Technical Interview", "Active"),
    ("Onsite", "Active"),
    ("Offer", "Offer"),
    ("Hired", "Hired"),
    ("Archived", "Archived"),
)

NOTE_TEXTS = (
    "Great conversation, strong systems background.",
    "Follow up next quarter.",
    "Asked about remote policy and equity.",
    "Referred by a former colleague.",
    "Strong portfolio; schedule a design review.",
    "Prefers a start date after the summer.",
)

PROJECT_NAMES = ("Q3 Engineering Push", "Leadership Pipeline", "Campus Recruiting", "Diversity Sourcing", "Boomerangs")
