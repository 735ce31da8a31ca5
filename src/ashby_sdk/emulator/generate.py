"""A deterministic synthetic organisation from a seed and a size.

``generate(org, seed=0, candidates=200)`` fills an empty :class:`Organisation`
with users, departments, locations, jobs with interview plans and postings,
candidates, applications spread over the stages, notes, feedback, files,
offers, interview schedules, survey submissions and projects. Everything
scales with ``candidates``; the same seed always gives the same organisation.
"""

from __future__ import annotations

import html
import random
import unicodedata
from typing import Any

from . import _names as names
from ._forms import FORM, SURVEY_FORM, add_forms
from ._util import iso, new_uuid
from .seed_more import seed_more
from .state import Organisation

__all__ = ["ANCHOR", "generate"]

ANCHOR = 1_717_200_000.0
"""2024-06-01T00:00:00Z: generated timestamps lie in the two years before it, so a seed fixes them."""

_TWO_YEARS = 2 * 365 * 86400.0


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


class _Gen:
    def __init__(self, org: Organisation, seed: int, n: int) -> None:
        self.org = org
        self.rng = random.Random(seed)
        self.n = n

    def uid(self) -> str:
        return new_uuid(self.rng)

    def ts(self, after: float = ANCHOR - _TWO_YEARS, before: float = ANCHOR) -> float:
        return after + self.rng.random() * max(0.0, before - after)

    def handle(self) -> str:
        return "".join(self.rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", k=32))

    def run(self) -> None:
        self.metadata()
        self.people()
        self.jobs()
        self.candidates()
        self.projects()

    def metadata(self) -> None:
        org, created = self.org, iso(ANCHOR - _TWO_YEARS)
        for i, title in enumerate(names.TAGS):
            org.insert("tag", {"id": self.uid(), "title": title, "isArchived": i == len(names.TAGS) - 1})
        types: dict[str, dict[str, Any]] = {}
        for title, type_title in names.SOURCES:
            st = types.setdefault(type_title, {"id": self.uid(), "title": type_title, "isArchived": False})
            org.insert(
                "source", {"id": self.uid(), "title": title, "isArchived": title == "Conference", "sourceType": st}
            )
        for text, reason_type in names.ARCHIVE_REASONS:
            org.insert(
                "archiveReason",
                {"id": self.uid(), "text": text, "reasonType": reason_type, "isArchived": text == "Duplicate"},
            )
        for text in names.CLOSE_REASONS:
            org.insert("closeReason", {"id": self.uid(), "reasonText": text, "isArchived": False})
        for title, field_type, object_type in names.CUSTOM_FIELDS:
            org.insert(
                "customField",
                {
                    "id": self.uid(),
                    "isPrivate": title == "Desired Salary",
                    "title": title,
                    "objectType": object_type,
                    "isArchived": False,
                    "fieldType": field_type,
                    "isRequired": False,
                },
            )
        for name in names.DEPARTMENTS:
            org.insert(
                "department",
                {
                    "id": self.uid(),
                    "name": name,
                    "isArchived": False,
                    "parentId": None,
                    "createdAt": created,
                    "updatedAt": created,
                },
            )
        for city, region, country, _tz in names.CITIES:
            org.insert(
                "location",
                {
                    "id": self.uid(),
                    "name": city,
                    "isArchived": False,
                    "address": {
                        "postalAddress": {"addressCountry": country, "addressRegion": region, "addressLocality": city}
                    },
                    "isRemote": False,
                    "parentLocationId": None,
                    "type": "Location",
                },
            )
        org.insert(
            "location",
            {
                "id": self.uid(),
                "name": "Remote",
                "isArchived": False,
                "address": None,
                "isRemote": True,
                "parentLocationId": None,
                "type": "Location",
            },
        )
        self.forms()

    def forms(self) -> None:
        """Stage groups, scorecards and survey forms: what stages, interviews, feedback and surveys point at."""
        self.scorecards, self.survey_forms = add_forms(self.org, self.uid, iso(ANCHOR - _TWO_YEARS))

    def people(self) -> None:
        roles = ("Organization Admin", "Elevated Access", "Limited Access", "Limited Access", "External Recruiter")
        for i in range(max(5, min(500, self.n // 50))):
            first, last = self.rng.choice(names.FIRST_NAMES), self.rng.choice(names.LAST_NAMES)
            self.org.insert(
                "user",
                {
                    "id": self.uid(),
                    "firstName": first,
                    "lastName": last,
                    "email": f"{_ascii(first)}.{_ascii(last)}{i}@emulated-org.example",
                    "globalRole": roles[0] if i == 0 else self.rng.choice(roles),
                    "isEnabled": i == 0 or self.rng.random() > 0.05,
                    "updatedAt": iso(self.ts()),
                },
            )
        self.user_ids = [u["id"] for u in self.org["user"]]

    def hiring_team(self) -> list[dict[str, Any]]:
        team = []
        for role in ("Hiring Manager", "Recruiter"):
            user = self.org["user"].get(self.rng.choice(self.user_ids))
            assert user is not None
            team.append(
                {
                    "email": user["email"],
                    "firstName": user["firstName"],
                    "lastName": user["lastName"],
                    "role": role,
                    "userId": user["id"],
                }
            )
        return team

    def jobs(self) -> None:
        org, rng = self.org, self.rng
        departments = list(org["department"])
        locations = list(org["location"])
        self.plans: dict[str, list[str]] = {}
        self.job_ids: list[str] = []
        self.interviews: dict[str, list[str]] = {}
        groups = {g["stageType"]: g["id"] for g in org["interviewStageGroup"]}
        for _ in range(max(3, self.n // 40)):
            plan_id = self.uid()
            title = rng.choice(names.JOB_TITLES)
            stamp = iso(ANCHOR - _TWO_YEARS)
            org.insert(
                "interviewPlan",
                {
                    "id": plan_id,
                    "title": f"{title} Interview Plan",
                    "isArchived": False,
                    "createdAt": stamp,
                    "updatedAt": stamp,
                },
            )
            stage_ids = []
            for order, (stage_title, stage_type) in enumerate(names.STAGE_TEMPLATE):
                stage_id = self.uid()
                stage_ids.append(stage_id)
                org.insert(
                    "interviewStage",
                    {
                        "id": stage_id,
                        "title": stage_title,
                        "type": stage_type,
                        "orderInInterviewPlan": order,
                        "interviewStageGroupId": groups[stage_type],
                        "interviewPlanId": plan_id,
                    },
                )
            self.plans[plan_id] = stage_ids
            dept, loc = rng.choice(departments), rng.choice(locations)
            created = self.ts()
            status = rng.choices(("Open", "Closed", "Draft", "Archived"), (70, 15, 10, 5))[0]
            job_id, posting_id, opening_id = self.uid(), self.uid(), self.uid()
            opened = None if status == "Draft" else iso(self.ts(created))
            closed = iso(self.ts(created)) if status in ("Closed", "Archived") else None
            org.insert(
                "job",
                {
                    "id": job_id,
                    "title": title,
                    "confidential": rng.random() < 0.05,
                    "status": status,
                    "employmentType": rng.choices(("FullTime", "PartTime", "Intern", "Contract"), (85, 5, 5, 5))[0],
                    "locationId": loc["id"],
                    "departmentId": dept["id"],
                    "defaultInterviewPlanId": plan_id,
                    "interviewPlanIds": [plan_id],
                    "customFields": [],
                    "jobPostingIds": [posting_id],
                    "hiringTeam": self.hiring_team(),
                    "createdAt": iso(created),
                    "updatedAt": iso(self.ts(created)),
                    "openedAt": opened,
                    "closedAt": closed,
                    "_authorId": rng.choice(self.user_ids),
                    "_openingIds": [opening_id],
                },
            )
            self.job_ids.append(job_id)
            self.posting(posting_id, job_id, title, dept, loc, status, created)
            org.insert(
                "opening",
                {
                    "id": opening_id,
                    "openedAt": opened,
                    "closedAt": closed,
                    "isArchived": status == "Archived",
                    "archivedAt": closed if status == "Archived" else None,
                    "openingState": {"Draft": "Draft", "Open": "Open"}.get(status, "Closed"),
                    "latestVersion": {
                        "id": self.uid(),
                        "identifier": f"REQ-{len(self.job_ids):04d}",
                        "description": f"Headcount for {title}",
                        "authorId": rng.choice(self.user_ids),
                        "createdAt": iso(created),
                        "teamId": dept["id"],
                        "jobIds": [job_id],
                        "targetHireDate": None,
                        "targetStartDate": None,
                        "isBackfill": rng.random() < 0.2,
                        "employmentType": "FullTime",
                        "locationIds": [loc["id"]],
                        "hiringTeam": [],
                        "customFields": [],
                    },
                },
            )
            self.interviews[job_id] = [
                org.insert(
                    "interview",
                    {
                        "id": self.uid(),
                        "title": f"{kind} — {title}",
                        "externalTitle": kind,
                        "isArchived": False,
                        "isDebrief": False,
                        "isFeedbackRequired": kind != "Phone Screen",
                        "isFeedbackRequested": True,
                        "instructionsHtml": f"<p>Assess the candidate for {html.escape(title)}.</p>",
                        "instructionsPlain": f"Assess the candidate for {title}.",
                        "jobId": job_id,
                        "feedbackFormDefinitionId": self.scorecards[kind == "Technical Interview"],
                    },
                )["id"]
                for kind in ("Phone Screen", "Technical Interview", "Onsite Loop")
            ]

    def posting(
        self,
        posting_id: str,
        job_id: str,
        title: str,
        dept: dict[str, Any],
        loc: dict[str, Any],
        status: str,
        created: float,
    ) -> None:
        body = (
            f"We are hiring a {title} to join our {dept['name']} team in {loc['name']}.",
            "You will design, build and ship things our customers love.",
            "We offer competitive pay, equity and a generous learning budget.",
        )
        self.org.insert(
            "jobPosting",
            {
                "id": posting_id,
                "title": title,
                "jobId": job_id,
                "departmentName": dept["name"],
                "teamName": dept["name"],
                "locationName": loc["name"],
                "locationIds": {"primaryLocationId": loc["id"], "secondaryLocationIds": []},
                "workplaceType": "Remote" if loc["isRemote"] else self.rng.choice(("OnSite", "Hybrid")),
                "employmentType": "FullTime",
                "isListed": status == "Open",
                "publishedDate": iso(created)[:10],
                "applicationDeadline": None,
                "externalLink": f"https://jobs.ashbyhq.com/emulated-org/{posting_id}",
                "applyLink": f"https://jobs.ashbyhq.com/emulated-org/{posting_id}/application",
                "compensationTierSummary": None,
                "shouldDisplayCompensationOnJobBoard": False,
                "updatedAt": iso(self.ts(created)),
                "descriptionPlain": "\n\n".join(body),
                "descriptionHtml": "".join(f"<p>{html.escape(p)}</p>" for p in body),
            },
        )

    def candidates(self) -> None:
        org, rng = self.org, self.rng
        tags = [t["id"] for t in org["tag"]]
        sources = [s["id"] for s in org["source"]]
        reasons = [r["id"] for r in org["archiveReason"]]
        fields = [f for f in org["customField"] if f["objectType"] == "Candidate"]
        stages = org["interviewStage"]
        jobs = org["job"]
        for i in range(self.n):
            first, last = rng.choice(names.FIRST_NAMES), rng.choice(names.LAST_NAMES)
            name = f"{first} {last}"
            slug = f"{_ascii(first)}{_ascii(last)}{i}"
            email = {"value": f"{_ascii(first)}.{_ascii(last)}{i}@example.com", "type": "Personal", "isPrimary": True}
            phone = {
                "value": f"+1 {rng.randint(200, 989)}-555-{rng.randint(0, 9999):04d}",
                "type": "Personal",
                "isPrimary": True,
            }
            city, region, country, tz = rng.choice(names.CITIES)
            created = self.ts()
            cid = self.uid()
            resume = None
            files = []
            if rng.random() < 0.7:
                resume = self.file(cid, f"{first}_{last}_Resume.pdf", created)
                files.append(resume)
            socials = [{"type": "LinkedIn", "url": f"https://www.linkedin.com/in/{slug}"}]
            if rng.random() < 0.4:
                socials.append({"type": "GitHub", "url": f"https://github.com/{slug}"})
            custom = [
                {
                    "id": f["id"],
                    "title": f["title"],
                    "value": self.field_value(f["fieldType"]),
                    "isPrivate": f["isPrivate"],
                }
                for f in fields
                if rng.random() < 0.5
            ]
            row = {
                "id": cid,
                "createdAt": iso(created),
                "updatedAt": iso(self.ts(created)),
                "name": name,
                "primaryEmailAddress": email,
                "emailAddresses": [email],
                "primaryPhoneNumber": phone,
                "phoneNumbers": [phone],
                "socialLinks": socials,
                "position": rng.choice(names.JOB_TITLES),
                "company": rng.choice(names.COMPANIES),
                "school": rng.choice(names.SCHOOLS),
                "applicationIds": [],
                "resumeFileHandle": resume,
                "fileHandles": files,
                "customFields": custom,
                "timezone": tz,
                "location": {
                    "id": self.uid(),
                    "locationSummary": f"{city}, {region}, {country}",
                    "locationComponents": [
                        {"type": "City", "name": city},
                        {"type": "Region", "name": region},
                        {"type": "Country", "name": country},
                    ],
                },
                "_tagIds": rng.sample(tags, k=rng.choice((0, 0, 1, 1, 2))),
                "_sourceId": rng.choice(sources),
                "_creditedToUserId": rng.choice(self.user_ids),
            }
            org.insert("candidate", row)
            for _ in range(rng.choice((1, 1, 1, 2))):
                self.application(row, rng.choice(self.job_ids), jobs, stages, reasons)
            if rng.random() < 0.5:
                org.insert(
                    "note",
                    {
                        "id": self.uid(),
                        "candidateId": cid,
                        "createdAt": iso(self.ts(created)),
                        "content": rng.choice(names.NOTE_TEXTS),
                        "isPrivate": False,
                        "_authorId": rng.choice(self.user_ids),
                    },
                )
            if rng.random() < 0.2:
                self.survey(cid, row["applicationIds"][0], created)

    def field_value(self, field_type: str) -> Any:
        if field_type == "Number":
            return self.rng.randrange(60_000, 250_000, 5_000)
        if field_type == "Boolean":
            return self.rng.random() < 0.5
        return self.rng.choice(("Immediately", "2 weeks", "1 month", "3 months"))

    def file(self, candidate_id: str, name: str, created: float) -> dict[str, Any]:
        fid, handle = self.uid(), self.handle()
        self.org.insert(
            "file",
            {
                "id": fid,
                "handle": handle,
                "name": name,
                "candidateId": candidate_id,
                "contentType": "application/pdf",
                "content": None,
                "createdAt": iso(created),
            },
        )
        return {"id": fid, "name": name, "handle": handle}

    def application(self, cand: dict[str, Any], job_id: str, jobs: Any, stages: Any, reasons: list[str]) -> None:
        org, rng = self.org, self.rng
        job = jobs.get(job_id)
        plan_stages = self.plans[job["defaultInterviewPlanId"]]
        idx = rng.choices(range(len(plan_stages)), (25, 20, 12, 8, 4, 6, 25))[0]
        stage = stages.get(plan_stages[idx])
        status = {"Hired": "Hired", "Archived": "Archived"}.get(stage["type"], "Active")
        if status == "Active" and rng.random() < 0.03:
            status = "Lead"
        created = self.ts(ANCHOR - _TWO_YEARS)
        app_id = self.uid()
        archived = status == "Archived"
        org.insert(
            "application",
            {
                "id": app_id,
                "createdAt": iso(created),
                "updatedAt": iso(self.ts(created)),
                "status": status,
                "customFields": [],
                "archivedAt": iso(self.ts(created)) if archived else None,
                "hiringTeam": job["hiringTeam"],
                "_candidateId": cand["id"],
                "_jobId": job_id,
                "_stageId": stage["id"],
                "_planId": job["defaultInterviewPlanId"],
                "_sourceId": cand["_sourceId"],
                "_archiveReasonId": rng.choice(reasons) if archived else None,
                "_creditedToUserId": cand["_creditedToUserId"],
            },
        )
        cand["applicationIds"].append(app_id)
        if idx >= 1 and rng.random() < 0.6:
            self.feedback(app_id, job_id, created)
        if 1 <= idx <= 5 and rng.random() < 0.5:
            self.schedule(app_id, stage["id"], job_id, created)
        if stage["type"] in ("Offer", "Hired"):
            self.offer(app_id, created, accepted=stage["type"] == "Hired")

    def feedback(self, app_id: str, job_id: str, created: float) -> None:
        rating = self.rng.randint(1, 4)
        which = rating % 3
        self.org.insert(
            "feedback",
            {
                "id": self.uid(),
                "applicationId": app_id,
                "submittedAt": iso(self.ts(created)),
                "interviewId": self.interviews[job_id][which],
                "feedbackFormDefinitionId": self.scorecards[which == 1],
                "formDefinition": FORM,
                "submittedValues": {
                    "overall_recommendation": "hire" if rating >= 3 else "no_hire",
                    "notes": self.rng.choice(names.NOTE_TEXTS),
                },
                "_submittedByUserId": self.rng.choice(self.user_ids),
            },
        )

    def schedule(self, app_id: str, stage_id: str, job_id: str, created: float) -> None:
        start = self.ts(created)
        sid = self.uid()
        stage = self.org["interviewStage"].get(stage_id) or {}
        interview_id = self.interviews[job_id][min(2, max(0, stage.get("orderInInterviewPlan", 1) - 1))]
        self.org.insert(
            "interviewSchedule",
            {
                "id": sid,
                "status": self.rng.choice(("Scheduled", "Complete", "Complete", "Cancelled")),
                "applicationId": app_id,
                "interviewStageId": stage_id,
                "createdAt": iso(created),
                "updatedAt": iso(start),
                "interviewEvents": [
                    {
                        "id": self.uid(),
                        "interviewScheduleId": sid,
                        "interviewId": interview_id,
                        "interviewerUserIds": self.rng.sample(self.user_ids, k=min(2, len(self.user_ids))),
                        "createdAt": iso(created),
                        "updatedAt": iso(start),
                        "startTime": iso(start),
                        "endTime": iso(start + 3600),
                        "feedbackLink": f"https://app.ashbyhq.com/interview-briefings/{sid}/feedback",
                        "location": None,
                        "meetingLink": f"https://meet.example.com/{sid[:8]}",
                        "hasSubmittedFeedback": False,
                    }
                ],
            },
        )

    def offer(self, app_id: str, created: float, *, accepted: bool) -> None:
        decided = iso(self.ts(created)) if accepted else None
        self.org.insert(
            "offer",
            {
                "id": self.uid(),
                "decidedAt": decided,
                "_createdAt": iso(created),
                "applicationId": app_id,
                "acceptanceStatus": "Accepted" if accepted else "Pending",
                "offerStatus": "CandidateAccepted" if accepted else "WaitingOnCandidateResponse",
                "latestVersion": {
                    "id": self.uid(),
                    "startDate": iso(self.ts(created, ANCHOR + 90 * 86400))[:10] + "T00:00:00.000Z",
                    "salary": {"currencyCode": "USD", "value": self.rng.randrange(80_000, 260_000, 5_000)},
                    "createdAt": iso(created),
                    "openingId": None,
                    "customFields": [],
                    "fileHandles": [],
                    "author": None,
                    "approvalStatus": "Approved" if accepted else "WaitingOnApprovals",
                },
            },
        )

    def survey(self, candidate_id: str, app_id: str, created: float) -> None:
        survey_type = self.rng.choice(("CandidateExperience", "Questionnaire"))
        self.org.insert(
            "surveySubmission",
            {
                "id": self.uid(),
                "candidateId": candidate_id,
                "applicationId": app_id,
                "surveyType": survey_type,
                "surveyFormDefinitionId": self.survey_forms[survey_type],
                "formDefinition": SURVEY_FORM,
                "submittedValues": {"q1": self.rng.choice(("Friend", "LinkedIn", "Conference", "Search"))},
                "submittedAt": iso(self.ts(created)),
            },
        )

    def projects(self) -> None:
        for i in range(max(2, self.n // 200)):
            created = self.ts()
            self.org.insert(
                "project",
                {
                    "id": self.uid(),
                    "title": f"{names.PROJECT_NAMES[i % len(names.PROJECT_NAMES)]} {i // len(names.PROJECT_NAMES) + 1}",
                    "description": "A talent pool the team keeps warm.",
                    "isArchived": i % 7 == 6,
                    "confidential": False,
                    "createdAt": iso(created),
                    "_authorId": self.rng.choice(self.user_ids),
                },
            )


def generate(org: Organisation, *, seed: int = 0, candidates: int = 200) -> Organisation:
    """Fill the empty ``org`` with a synthetic organisation of about ``candidates`` candidates.

    The number of users, jobs, applications, notes, feedback, files, offers,
    interview schedules, survey submissions and projects scales with it.
    """
    if candidates < 0:
        raise ValueError("candidates must be >= 0")
    _Gen(org, seed, candidates).run()
    seed_more(org, seed)
    return org
