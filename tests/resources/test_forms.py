"""resources/forms.py: job-board applications, referrals, feedback and survey forms."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyInvalidInputError


def test_application_form_submit_creates_a_candidate_and_application(client: AshbyClient) -> None:
    posting = client.job_postings.list()[0]
    form = {
        "fieldSubmissions": [
            {"path": "_systemfield_name", "value": "Board Applicant"},
            {"path": "_systemfield_email", "value": "board@example.com"},
        ]
    }
    answer = client.application_forms.submit(job_posting_id=posting.id, application_form=form)  # type: ignore[arg-type]
    assert answer.form_messages is not None and answer.form_messages.blocked is False
    assert answer.submitted_form_instance is not None
    application = client.applications.info(application_id=answer.submitted_form_instance.id)
    assert application.candidate is not None and application.candidate.name == "Board Applicant"
    with pytest.raises(AshbyInvalidInputError):
        client.application_forms.submit(job_posting_id=posting.id, application_form={"fieldSubmissions": []})  # type: ignore[arg-type]


def test_referral_and_feedback(client: AshbyClient) -> None:
    form = client.referral_forms.info()
    job = client.jobs.list()[0]
    user = client.users.list()[0]
    fields = [
        {"path": "_systemfield_name", "value": "Referred Person"},
        {"path": "_systemfield_job", "value": {"title": job.title, "value": job.id}},
    ]
    application = client.referrals.create(id=form.id, credited_to_user_id=user.id, field_submissions=fields)  # type: ignore[arg-type]
    assert application.job is not None and application.job.id == job.id
    scorecard = client.feedback_form_definitions.list()[0]
    assert client.feedback_form_definitions.info(feedback_form_definition_id=scorecard.id).title == scorecard.title  # type: ignore[arg-type]
    submitted = client.application_feedback.submit(
        feedback_form={"fieldSubmissions": [{"path": "overall_recommendation", "value": "hire"}]},
        form_definition_id=scorecard.id,  # type: ignore[arg-type]
        application_id=application.id,  # type: ignore[arg-type]
    )
    assert submitted.submitted_form_instance is not None
    assert application.id in {f.application_id for f in client.application_feedback.list(application_id=application.id)}


def test_surveys(client: AshbyClient) -> None:
    app = client.applications.list()[0]
    assert app.candidate is not None
    form = next(f for f in client.survey_form_definitions.list() if f.survey_type == "CandidateExperience")
    request = client.survey_requests.create(
        candidate_id=app.candidate.id,
        application_id=app.id,
        survey_form_definition_id=form.id,  # type: ignore[arg-type]
    )
    assert request.survey_url
    assert request.id in {r.id for r in client.survey_requests.list(survey_type="CandidateExperience")}
    submission = client.survey_submissions.create(
        candidate_id=app.candidate.id,  # type: ignore[arg-type]
        application_id=app.id,  # type: ignore[arg-type]
        survey_form_definition_id=form.id,  # type: ignore[arg-type]
        submitted_values={"notes": "Smooth process"},
    )
    assert submission.survey_type == "CandidateExperience"
    assert submission.id in {s.id for s in client.survey_submissions.list("CandidateExperience")}
