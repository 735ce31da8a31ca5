"""Offers, projects, files, webhooks and API keys: the small single-model modules."""

from __future__ import annotations

from typing import Any

from ashby_sdk.types import ApiKeyInfo, FileInfo, Offer, Project, Webhook


def test_offer() -> None:
    offer = Offer.from_api(
        {
            "id": "o",
            "applicationId": "a",
            "acceptanceStatus": "Pending",
            "offerStatus": "WaitingOnCandidateResponse",
            "latestVersion": {
                "id": "v",
                "startDate": "2024-02-01T00:00:00.000Z",
                "salary": {"currencyCode": "USD", "value": 100000},
                "approvalStatus": None,
                "fileHandles": [{"id": "f", "name": "offer.pdf", "handle": "h"}],
            },
        }
    )
    assert offer.latest_version is not None
    assert offer.latest_version.salary is not None
    assert offer.latest_version.salary.value == 100000
    assert offer.latest_version.file_handles[0].name == "offer.pdf"
    assert Offer.from_api({}).versions == []


def test_project() -> None:
    project = Project.from_api(
        {"id": "p", "title": "Office Event", "description": "Folks invited to office for an event", "isArchived": False}
    )
    assert (project.name, project.description) == ("Office Event", "Folks invited to office for an event")


def test_file_info_and_api_key() -> None:
    assert FileInfo.from_api({"url": "https://s3.amazonaws.com/..."}).url == "https://s3.amazonaws.com/..."
    key = ApiKeyInfo.from_api(
        {"title": "Custom Job Board API key", "createdAt": "2022-08-12T20:29:56.964Z", "scopes": ["jobs:read"]}
    )
    assert key.scopes == ["jobs:read"]


def test_webhook_repr_hides_secret() -> None:
    raw = {
        "id": "w",
        "enabled": True,
        "requestUrl": "https://example.com/webhook",
        "secretToken": "0c2f9463f87641919f8106a2c49d7a57",
        "webhookType": "applicationSubmit",
    }
    hook = Webhook.from_api(raw)
    assert hook.secret_token == raw["secretToken"]
    assert "0c2f9463" not in repr(hook)
    assert "0c2f9463" not in str(hook)
    assert Webhook.from_api({"webhookId": "w"}).webhook_id == "w"


def test_hiring_team_member_and_survey_request(reference: Any) -> None:
    from ashby_sdk.types import HiringTeamMember, SurveyRequest

    member = HiringTeamMember.from_api(reference("hiringTeam.addMember")["response"]["results"])
    assert member.full_name == "Joey Joe" and member.role == "Hiring Manager"
    request = SurveyRequest.from_api(reference("surveyRequest.create")["response"]["results"])
    assert request.survey_url and request.survey_url.startswith("https://")


def test_application_history_and_compensation(reference: Any) -> None:
    from ashby_sdk.types import ApplicationHistoryEvent, Job

    event = ApplicationHistoryEvent.from_api(reference("application.listHistory")["response"]["results"][0])
    assert event.title == "Offer" and event.allowed_actions == ["delete", "set_entered_at"]
    job = Job.from_api(reference("job.updateCompensation")["response"]["results"])
    zone_b = job.compensation_tiers[1]
    assert zone_b.additional_information == "Commuter Benefits"
    assert zone_b.components[2].compensation_type == "Bonus" and zone_b.components[2].min_value is None
