from __future__ import annotations

from typing import Any

from ashby_sdk.types import HiringTeamMember, Job

JOB: dict[str, Any] = {
    "id": "e9ed20fd-d45f-4aad-8a00-a19bfba0083e",
    "title": "Software Engineer",
    "confidential": False,
    "status": "Open",
    "employmentType": "FullTime",
    "locationId": "l1",
    "departmentId": "d1",
    "defaultInterviewPlanId": "af94aedd-b743-462c-ab22-9e7e356c11b4",
    "interviewPlanIds": ["af94aedd-b743-462c-ab22-9e7e356c11b4"],
    "customFields": [],
    "jobPostingIds": ["p1"],
    "hiringTeam": [
        {"userId": "u1", "firstName": "Joey", "lastName": "Joe", "email": "test@ashbyhq.com", "role": "Recruiter"}
    ],
    "updatedAt": "2022-08-12T20:29:56.964Z",
    # From developers.ashbyhq.com/reference/expansions (``expand: ["openings"]``).
    "openings": [
        {
            "id": "e9ed20fd-d45f-4aad-8a00-a19bfba0083e",
            "openedAt": "2022-08-12T20:29:56.964Z",
            "closedAt": "2022-08-12T20:29:56.964Z",
            "isArchived": False,
            "archivedAt": "2022-08-12T20:29:56.964Z",
            "closeReasonId": "e9ed20fd-d45f-4aad-8a00-a19bfba0083e",
            "openingState": "Approved",
        }
    ],
    "compensation": {
        "compensationTiers": [
            {
                "id": "da53719f-a115-400b-9d30-9b875428f1e7",
                "title": "Zone A",
                "components": [
                    {
                        "id": "fb8efeaa-bea1-4713-9012-cbd25fc3dc89",
                        "summary": "€72K – €100K",
                        "compensationType": "Salary",
                        "interval": "1 YEAR",
                        "currencyCode": "EUR",
                        "minValue": 72023.45,
                        "maxValue": 100000,
                    },
                    {"compensationType": "Bonus", "interval": "1 YEAR", "minValue": None, "maxValue": None},
                ],
                "tierSummary": "€72K – €100K • 1% – 1.4%",
            }
        ]
    },
}


def test_job_seed_attributes() -> None:
    job = Job.from_api(JOB)
    assert job.raw_data == JOB
    assert (job.title, job.status, job.employment_type) == ("Software Engineer", "Open", "FullTime")
    assert job.default_interview_plan_id == "af94aedd-b743-462c-ab22-9e7e356c11b4"
    assert isinstance(job.hiring_team[0], HiringTeamMember)
    assert job.hiring_team[0].full_name == "Joey Joe"
    assert job.hiring_team[0].role == "Recruiter"
    assert job.openings[0].opening_state == "Approved"
    assert job.compensation is not None
    tier = job.compensation.compensation_tiers[0]
    assert tier.components[0].min_value == 72023.45
    assert tier.components[1].min_value is None


def test_unknown_job_status_is_kept() -> None:
    job = Job.from_api({"id": "j", "status": "SomeStatusAshbyAddsLater"})
    assert job.status == "SomeStatusAshbyAddsLater"
    assert job.hiring_team == []
