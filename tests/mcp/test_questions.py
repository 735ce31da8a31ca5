"""Questions people ask about their hiring, answered through the tools by a scripted client (no model).

Each expected answer is computed from the emulator's organisation (``_org.Org``,
its raw rows); each answer is reached the way an agent would: pick the tool,
pass names or ids, follow ``next_cursor`` to the end. Most run against both
servers (mirror and live API), which must agree; a few need the mirror.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from ashby_sdk.emulator import Emulator

from ._org import Org
from .conftest import McpSession

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def org(served: tuple[Emulator, str]) -> Org:
    return Org(served[0])


def ids(items: list[dict[str, Any]], key: str = "id") -> set[str]:
    return {i[key] for i in items}


def test_q01_onsite_candidates_of_a_job_without_feedback(server: McpSession, org: Org) -> None:
    """Which candidates in the Onsite stage of job X have no feedback yet?"""
    job = org.busiest_job("Onsite")
    expected = {a["_candidateId"] for a in org.apps(_jobId=job["id"], stage="Onsite") if not org.feedback_of(a["id"])}
    got = server.every("list_applications", job=job["id"], stage="Onsite", feedback="none")
    assert ids(got, "candidate_id") == expected
    assert all(item["feedback_count"] == 0 and item["stage"] == "Onsite" for item in got)


def test_q02_applications_per_stage_of_a_job(server: McpSession, org: Org) -> None:
    """How many applications does job X have in each stage right now?"""
    job = org.busiest_job("Application Review")
    expected = Counter(a["_stageId"] for a in org.apps(_jobId=job["id"]))
    answer = server.call("job_pipeline", job=job["id"])
    assert {s["stage_id"]: s["applications_now"] for s in answer["stages"] if s["applications_now"]} == expected
    assert answer["applications"] == sum(expected.values())
    plan = [s["id"] for s in sorted(org.rows("interviewStage"), key=lambda s: s["orderInInterviewPlan"])
            if s["interviewPlanId"] == job["defaultInterviewPlanId"]]  # fmt: skip
    assert [s["stage_id"] for s in answer["stages"]] == plan


def test_q03_candidates_with_a_tag(server: McpSession, org: Org) -> None:
    """Which candidates are tagged 'Referral'?"""
    tag = next(t for t in org.rows("tag") if t["title"] == "Referral")
    expected = {c["id"] for c in org.rows("candidate") if tag["id"] in c["_tagIds"]}
    assert expected
    assert ids(server.every("find_candidates", tag="referral", limit=7)) == expected


def test_q04_candidate_by_email(server: McpSession, org: Org) -> None:
    """Who is the candidate with this email address?"""
    candidate = org.rows("candidate")[17]
    answer = server.call("find_candidates", email=candidate["primaryEmailAddress"]["value"].upper())
    assert [i["id"] for i in answer["items"]] == [candidate["id"]]


def test_q05_candidates_by_part_of_a_name(server: McpSession, org: Org) -> None:
    """Which candidates have 'son' in their name?"""
    expected = {c["id"] for c in org.rows("candidate") if "son" in c["name"].lower()}
    assert len(expected) > 1
    got = server.every("find_candidates", name="SON", limit=5)
    assert ids(got) == expected
    assert [i["name"].lower() for i in got] == sorted(i["name"].lower() for i in got)  # by name, across pages


def test_q06_stage_of_a_candidates_application(server: McpSession, org: Org) -> None:
    """What stage is this candidate at, for each job they applied to?"""
    candidate = next(c for c in org.rows("candidate") if len(c["applicationIds"]) == 2)
    story = server.call("get_candidate", candidate_id=candidate["id"])
    expected = {a["id"]: org.stage(a["_stageId"])["title"] for a in org.apps(_candidateId=candidate["id"])}
    assert {a["application_id"]: a["stage"] for a in story["applications"]} == expected
    assert {a["job"] for a in story["applications"]} == {
        org.job(a["_jobId"])["title"] for a in org.apps(_candidateId=candidate["id"])
    }


def test_q07_notes_about_a_candidate(server: McpSession, org: Org) -> None:
    """What notes do we have on this candidate?"""
    counts = Counter(n["candidateId"] for n in org.rows("note"))
    candidate_id = max(sorted(counts), key=lambda c: counts[c])
    story = server.call("get_candidate", candidate_id=candidate_id)
    expected = {n["content"] for n in org.rows("note") if n["candidateId"] == candidate_id}
    assert {n["text"] for n in story["notes"]} == expected


def test_q08_who_gave_feedback_on_an_application(server: McpSession, org: Org) -> None:
    """Who submitted feedback on this application, and what did they recommend?"""
    app = next(a for a in org.rows("application") if org.feedback_of(a["id"]))
    answer = server.call("get_application", application_id=app["id"])["application"]
    expected = {
        (org.user_name(f["_submittedByUserId"]), f["submittedValues"]["overall_recommendation"])
        for f in org.feedback_of(app["id"])
    }
    assert {(f["submitted_by"], f["values"]["overall_recommendation"]) for f in answer["feedback"]} == expected


def test_q09_open_jobs(server: McpSession, org: Org) -> None:
    """Which jobs are open?"""
    expected = {j["id"] for j in org.rows("job") if j["status"] == "Open"}
    assert ids(server.every("list_jobs"), "job_id") == expected


def test_q10_jobs_of_another_status(server: McpSession, org: Org) -> None:
    """Which jobs are not open, and what is each one's status?"""
    expected = {(j["id"], j["status"]) for j in org.rows("job") if j["status"] != "Open"}
    got = {(j["job_id"], j["status"]) for j in server.every("list_jobs", status="any") if j["status"] != "Open"}
    assert got == expected


def test_q11_offers_waiting_on_the_candidate(server: McpSession, org: Org) -> None:
    """Which offers are waiting on the candidate's answer, and for whom?"""
    expected = {(o["id"], org.apps(id=o["applicationId"])[0]["_candidateId"]) for o in org.rows("offer")
                if o["offerStatus"] == "WaitingOnCandidateResponse"}  # fmt: skip
    assert expected
    got = server.every("list_offers", status="WaitingOnCandidateResponse", limit=3)
    assert {(o["offer_id"], o["candidate_id"]) for o in got} == expected


def test_q12_accepted_offers_for_a_job(server: McpSession, org: Org) -> None:
    """Which offers for job X were accepted, and at what salary?"""
    offers = [o for o in org.rows("offer") if o["acceptanceStatus"] == "Accepted"]
    job_id = Counter(org.apps(id=o["applicationId"])[0]["_jobId"] for o in offers).most_common(1)[0][0]
    expected = {(o["id"], f"{o['latestVersion']['salary']['value']:,} USD") for o in offers
                if org.apps(id=o["applicationId"])[0]["_jobId"] == job_id}  # fmt: skip
    got = server.every("list_offers", acceptance="accepted", job=job_id)
    assert {(o["offer_id"], o["salary"]) for o in got} == expected


def test_q13_interviews_in_a_window(server: McpSession, org: Org) -> None:
    """Which interviews start in the first half of 2023?"""
    expected = {e["id"] for e, _ in org.events() if "2023-01-01" <= e["startTime"] < "2023-07-01"}
    assert expected
    got = server.every("upcoming_interviews", start_after="2023-01-01", start_before="2023-07-01", limit=4)
    assert ids(got, "event_id") == expected
    assert [e["start"] for e in got] == sorted(e["start"] for e in got)


def test_q14_a_candidates_interviews(server: McpSession, org: Org) -> None:
    """Which interviews has this candidate had, and who interviewed them?"""
    _, schedule = org.events()[3]
    candidate_id = org.apps(id=schedule["applicationId"])[0]["_candidateId"]
    mine = [(e, s) for e, s in org.events() if org.apps(id=s["applicationId"])[0]["_candidateId"] == candidate_id]
    got = server.every("upcoming_interviews", start_after="2000-01-01", candidate_id=candidate_id)
    assert ids(got, "event_id") == {e["id"] for e, _ in mine}
    expected_people = {org.user_name(u) for e, _ in mine for u in e["interviewerUserIds"]}
    assert {p for e in got for p in e["interviewers"]} == expected_people


def test_q15_who_was_hired_for_a_job(server: McpSession, org: Org) -> None:
    """Who did we hire for job X?"""
    hired = org.apps(status="Hired")
    job_id = Counter(a["_jobId"] for a in hired).most_common(1)[0][0]
    expected = {a["_candidateId"] for a in hired if a["_jobId"] == job_id}
    got = server.every("find_candidates", job=job_id, status="Hired")
    assert ids(got) == expected
    assert all(app["status"] == "Hired" for c in got for app in c["applications"])


def test_q16_archived_applications_and_why(server: McpSession, org: Org) -> None:
    """Which applications to job X were archived, and why?"""
    job = org.busiest_job("Archived")
    expected = {
        (a["id"], org.o["archiveReason"].get(a["_archiveReasonId"])["text"])
        for a in org.apps(_jobId=job["id"], status="Archived")
    }
    got = server.every("list_applications", job=job["id"], status="Archived", limit=6)
    assert {(a["application_id"], a["archive_reason"]) for a in got} == expected


def test_q17_active_in_a_stage_across_jobs(server: McpSession, org: Org) -> None:
    """How many active applications are in Technical Interview, across every job?"""
    expected = len(org.apps(status="Active", stage="Technical Interview"))
    assert expected
    assert server.call("list_applications", stage="technical interview", status="Active", limit=1)["total"] == expected


def test_q18_screened_applications_with_feedback(server: McpSession, org: Org) -> None:
    """Which applications in Recruiter Screen for job X already have feedback?"""
    job = org.busiest_job("Recruiter Screen")
    expected = {a["id"] for a in org.apps(_jobId=job["id"], stage="Recruiter Screen") if org.feedback_of(a["id"])}
    got = server.every("list_applications", job=job["id"], stage="Recruiter Screen", feedback="some")
    assert ids(got, "application_id") == expected
    assert all(a["feedback_count"] == len(org.feedback_of(a["application_id"])) for a in got)


def test_q19_stage_history_of_an_application(server: McpSession, org: Org) -> None:
    """Which stages has this application been through, and when did it enter each?"""
    app = org.rows("application")[5]
    history = sorted(
        (h for h in org.rows("applicationHistory") if h["applicationId"] == app["id"]), key=lambda h: h["stageNumber"]
    )
    answer = server.call("get_application", application_id=app["id"])["application"]
    assert [(h["stage_id"], h["entered_at"]) for h in answer["stage_history"]] == [
        (h["stageId"], h["enteredStageAt"]) for h in history
    ]


def test_q20_hiring_team_of_a_job(server: McpSession, org: Org) -> None:
    """Who is on the hiring team of job X?"""
    job = org.unique_title_jobs()[0]
    got = server.every("list_jobs", status="any", title=job["title"].lower())
    assert [j["job_id"] for j in got] == [job["id"]]
    assert {(m["role"], m["name"]) for m in got[0]["hiring_team"]} == {
        (m["role"], org.user_name(m["userId"])) for m in job["hiringTeam"]
    }


def test_q21_which_tags_exist(server: McpSession, org: Org) -> None:
    """Which candidate tags can I use?"""
    got = server.every("lookup", kind="tags", limit=5)
    assert {(t["id"], t["name"]) for t in got} == {(t["id"], t["title"]) for t in org.rows("tag")}


def test_q22_salary_of_a_candidates_offer(server: McpSession, org: Org) -> None:
    """What did we offer this candidate, and when would they start?"""
    offer = org.rows("offer")[0]
    app = org.apps(id=offer["applicationId"])[0]
    story = server.call("get_candidate", candidate_id=app["_candidateId"])
    offers = [o for a in story["applications"] for o in a["offers"]]
    assert [(o["offer_id"], o["salary"], o["start_date"]) for o in offers] == [
        (offer["id"], f"{offer['latestVersion']['salary']['value']:,} USD", offer["latestVersion"]["startDate"][:10])
    ]


def test_q23_how_many_reached_a_stage(mirror: McpSession, org: Org) -> None:
    """How many applications to job X ever reached each stage? (the stage history: a mirror's)"""
    job = org.busiest_job("Onsite")
    apps = {a["id"] for a in org.apps(_jobId=job["id"])}
    reached = Counter()
    for stage_id in {
        (h["applicationId"], h["stageId"]) for h in org.rows("applicationHistory") if h["applicationId"] in apps
    }:
        reached[stage_id[1]] += 1
    answer = mirror.call("job_pipeline", job=job["id"])
    assert {s["stage_id"]: s["reached"] for s in answer["stages"] if s.get("reached")} == dict(reached)


def test_q24_counting_with_sql(mirror: McpSession, org: Org) -> None:
    """How many candidates applied to each job? (an ad-hoc question: SQL over the mirror)"""
    answer = mirror.call(
        "query_mirror",
        sql="SELECT job_id, count(DISTINCT candidate_id) AS n FROM applications WHERE NOT is_removed GROUP BY job_id",
    )
    expected = Counter()
    for job_id, _ in {(a["_jobId"], a["_candidateId"]) for a in org.rows("application")}:
        expected[job_id] += 1
    assert answer["columns"] == ["job_id", "n"]
    assert dict(map(tuple, answer["rows"])) == dict(expected)


def test_q25_which_job_by_an_ambiguous_title(server: McpSession, org: Org) -> None:
    """An ambiguous job title gets the choices, with ids to pick from, not a guess."""
    titles = Counter(j["title"] for j in org.rows("job"))
    shared = next((t for t, n in titles.items() if n > 1), None)
    if shared is None:
        pytest.skip("this organisation has no two jobs with one title")
    message = server.error("job_pipeline", job=shared)
    assert "several jobs match" in message
    assert all(j["id"] in message for j in org.rows("job") if j["title"] == shared)
