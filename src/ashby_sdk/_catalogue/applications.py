"""``application.*``, application feedback and forms, offers and referrals."""

from __future__ import annotations

from . import retry
from .model import Endpoint, Param, boolean, ident, moment, obj, objects, read, string, strings, write
from .vocabulary import (
    ACCEPTANCE_STATUS,
    APPLICATION_STATUS,
    APPROVAL_STATUS,
    OFFER_STATUS,
    R_CAND,
    R_META,
    R_OFFER,
    W_CAND,
    W_OFFER,
)

__all__ = ["ENDPOINTS"]

_CREATED_AFTER = moment("createdAfter", "epoch-ms")
_APP = ident("applicationId")
_APP_TEAM_MEMBER = (_APP, ident("teamMemberId", description="The user's id."), ident("roleId"))

_APPLICATIONS: tuple[Endpoint, ...] = (
    read(
        "application.list",
        (
            _CREATED_AFTER,
            string("jobId", description="Only applications to this job."),
            string("status", enum=APPLICATION_STATUS, description="Only applications with this status."),
            strings("expand", enum=("openings",)),
        ),
        "Application",
        R_CAND,
        paged=True,
        sync=True,
    ),
    read(
        "application.info",
        (
            string("applicationId"),
            string("submittedFormInstanceId", description="The id an application form submission answered."),
            strings("expand", enum=("openings", "applicationFormSubmissions", "referrals")),
        ),
        "Application",
        R_CAND,
        one_of=(("applicationId",), ("submittedFormInstanceId",)),
        note="Takes applicationId or submittedFormInstanceId (from applicationForm.submit); "
        "applicationId wins when both are sent.",
    ),
    write(
        "application.create",
        (
            ident("candidateId"),
            ident("jobId"),
            string("interviewPlanId"),
            string("interviewStageId", description="The stage to start in (or FirstPreInterviewScreen)."),
            string("sourceId"),
            string("creditedToUserId"),
            moment("createdAt", "date-time"),
            objects("applicationHistory", description="Past stages to import: [{stageId, enteredStageAt, ...}]."),
        ),
        "Application",
        W_CAND,
        retry.CREATES,
    ),
    write(
        "application.changeStage",
        (
            _APP,
            ident("interviewStageId", description="The stage to move the application to."),
            string("archiveReasonId", description="Why, when the target stage archives the application."),
            obj("archiveEmail", description="An email to the candidate: {communicationTemplateId, sendAt}."),
        ),
        "Application",
        W_CAND,
        retry.EMAILS,
        note="Moving to a stage runs its automatic activities; archiveEmail emails the candidate.",
    ),
    write(
        "application.changeSource",
        (_APP, string("sourceId", required=True, nullable=True, description="The source to credit; null unsets it.")),
        "Application",
        W_CAND,
        retry.WEBHOOKS,
    ),
    write(
        "application.delete",
        (_APP,),
        "DeletedApplication",
        W_CAND,
        retry.DELETES,
        inferred=True,
        note="Added in 2026 (changelog 2026-06-22 'Document application.delete and sequence.cancel'; "
        "'Application Delete Returns Application ID'). Absent from the definition of May 2026: the parameter "
        "and the result shape ({applicationId}) are inferred.",
    ),
    write("application.addHiringTeamMember", _APP_TEAM_MEMBER, "HiringTeamMember", W_CAND, retry.NOTIFIES),
    write("application.removeHiringTeamMember", _APP_TEAM_MEMBER, "HiringTeamMember", W_CAND, retry.NOTIFIES),
    read(
        "application.listCriteriaEvaluations",
        (string("applicationId", required=True),),
        "CriteriaEvaluation",
        R_CAND,
        paged=True,
    ),
    read("application.listHistory", (string("applicationId"),), "ApplicationHistoryEvent", R_CAND, paged=True),
    write(
        "application.transfer",
        (
            _APP,
            ident("jobId", description="The job to move the application to."),
            ident("interviewPlanId"),
            ident("interviewStageId"),
            boolean("startAutomaticActivities"),
        ),
        "Application",
        W_CAND,
        retry.WEBHOOKS,
    ),
    write(
        "application.update",
        (
            _APP,
            string("sourceId"),
            string("creditedToUserId"),
            moment("createdAt", "date-time"),
            boolean("sendNotifications"),
        ),
        "Application",
        W_CAND,
        retry.NOTIFIES,
    ),
    write(
        "application.updateHistory",
        (_APP, objects("applicationHistory", required=True, description="Every stage event: replaces the history.")),
        "Application",
        W_CAND,
        retry.WEBHOOKS,
        one_of=(("applicationHistory", "applicationId"),),
        note="Needs the 'Allow updating application history?' key setting; the list replaces the whole history.",
    ),
    read(
        "applicationFeedback.list",
        (string("applicationId", description="Only feedback on this application."), _CREATED_AFTER),
        "Feedback",
        R_CAND,
        paged=True,
        sync=True,
    ),
    write(
        "applicationFeedback.submit",
        (
            obj("feedbackForm", required=True, description="The answers: {fieldSubmissions: [{path, value}]}."),
            ident("formDefinitionId"),
            _APP,
            string("userId", description="The user the feedback is from."),
            string("interviewEventId"),
        ),
        "FeedbackSubmission",
        W_CAND,
        retry.CREATES,
        one_of=(
            ("applicationId", "feedbackForm", "formDefinitionId"),
            ("applicationId", "feedbackForm", "formDefinitionId", "interviewEventId", "userId"),
        ),
    ),
    write(
        "applicationForm.submit",
        (
            ident("jobPostingId"),
            obj("applicationForm", required=True, description="The answers: {fieldSubmissions: [{path, value}]}."),
            obj("utmData"),
            strings("tagIds"),
            boolean("allowSubmissionForUnpublishedJobPosting"),
        ),
        "ApplicationFormSubmission",
        W_CAND,
        retry.CREATES,
        note="JSON form: file fields carry handles from file.createFileUploadHandle (multipart not described here).",
    ),
    read("applicationHiringTeamRole.list", (), "HiringTeamRole", R_CAND, many=True),
)

_OFFERS: tuple[Endpoint, ...] = (
    read(
        "offer.list",
        (
            _CREATED_AFTER,
            string("applicationId", description="Only offers of this application."),
            strings("offerStatus", enum=OFFER_STATUS),
            strings("acceptanceStatus", enum=ACCEPTANCE_STATUS),
            strings("approvalStatus", enum=APPROVAL_STATUS),
        ),
        "Offer",
        R_OFFER,
        paged=True,
        sync=True,
    ),
    read("offer.info", (ident("offerId"),), "Offer", R_OFFER),
    write(
        "offer.approve",
        (ident("offerVersionId"), string("approvalStepId"), string("userId", description="The approver's id.")),
        "Offer",
        W_OFFER,
        retry.NOTIFIES,
        note="Without approvalStepId/userId approves the whole process; with them, one step.",
    ),
    write(
        "offer.create",
        (ident("offerProcessId"), ident("offerFormId"), obj("offerForm", required=True)),
        "Offer",
        W_OFFER,
        retry.CREATES,
    ),
    write("offer.start", (ident("offerProcessId"),), "OfferForm", W_OFFER, retry.CREATES),
    write(
        "offer.startApprovalProcess",
        (ident("offerVersionId"), string("note", description="A note for the approvers.")),
        "Offer",
        W_OFFER,
        retry.NOTIFIES,
    ),
    write(
        "offer.update",
        (ident("offerId"), obj("offerForm", required=True)),
        "Offer",
        W_OFFER,
        retry.CREATES,
        note="Creates a new version of the offer.",
    ),
    write("offerProcess.start", (_APP,), "OfferProcess", W_OFFER, retry.CREATES),
    write(
        "referral.create",
        (
            ident("id", description="The id of the referral form."),
            ident("creditedToUserId"),
            Param("fieldSubmissions", "object[]", True, description="The answers: [{path, value}]."),
            moment("createdAt", "date-time"),
        ),
        "Application",
        W_CAND,
        retry.CREATES,
        note="`id` is the referral form's id (referralForm.info).",
    ),
    read("referralForm.info", (), "ReferralForm", R_META, note="Creates the default form when none exists."),
)

ENDPOINTS = _APPLICATIONS + _OFFERS
