"""Hiring-process metadata, custom fields, approvals, assessments, reports and surveys."""

from __future__ import annotations

from typing import get_args

from . import retry
from .model import Endpoint, Param, boolean, ident, moment, obj, objects, read, string, write
from .vocabulary import (
    CF_OBJECTS,
    R_APPROVALS,
    R_CAND,
    R_META,
    W_APPROVALS,
    W_CAND,
    W_META,
    CustomFieldObjectType,
    CustomFieldType,
)

__all__ = ["ENDPOINTS"]

_ARCHIVED = (boolean("includeArchived"),)
_CF_OBJECT = (ident("objectId"), string("objectType", required=True, enum=CF_OBJECTS))
_SURVEY_FORM = ident("surveyFormDefinitionId")

_METADATA: tuple[Endpoint, ...] = (
    read("archiveReason.list", _ARCHIVED, "ArchiveReason", R_META, many=True),
    read("closeReason.list", _ARCHIVED, "CloseReason", R_META, many=True),
    read("source.list", _ARCHIVED, "Source", R_META, many=True),
    read("sourceTrackingLink.list", (boolean("includeDisabled"),), "SourceTrackingLink", R_META, many=True),
    read("communicationTemplate.list", (), "CommunicationTemplate", R_META, many=True),
    read(
        "customField.list",
        _ARCHIVED,
        "CustomFieldDefinition",
        R_META,
        paged=True,
        sync=True,
        inferred=True,
        note="includeArchived is not in the definition's request schema (inferred; the mirror sends it).",
    ),
    read("customField.info", (string("customFieldId"),), "CustomFieldDefinition", R_META),
    write(
        "customField.create",
        (
            string("fieldType", required=True, enum=get_args(CustomFieldType), description="The kind of value."),
            string("objectType", required=True, enum=get_args(CustomFieldObjectType), description="What it is on."),
            string("title", required=True, description="The field's title."),
            string("description", description="The field's description."),
            objects("selectableValues", description="The choices of a select field: [{label, value}]."),
            boolean("isDateOnlyField"),
            boolean("isExposableToCandidate"),
        ),
        "CustomFieldDefinition",
        W_META,
        retry.CREATES,
    ),
    write(
        "customField.setValue",
        (*_CF_OBJECT, ident("fieldId"), Param("fieldValue", "any", True, nullable=True)),
        "CustomField",
        W_CAND,
        retry.AUTOMATIONS,
    ),
    write(
        "customField.setValues",
        (*_CF_OBJECT, objects("values", required=True, description="The values to set: [{fieldId, fieldValue}].")),
        "CustomField",
        W_CAND,
        retry.AUTOMATIONS,
        many=True,
    ),
    write(
        "customField.updateSelectableValues",
        (
            ident("customFieldId"),
            objects("selectableValues", required=True, description="The choices: [{label, value}]."),
        ),
        "CustomFieldDefinition",
        W_META,
        retry.METADATA,
        note="Merges by `value`: new values are added, omitted ones archived.",
    ),
    read(
        "approval.list",
        (
            string(
                "entityType", enum=("offer", "job", "opening"), description="Only approvals of this kind of object."
            ),
            string("entityId", description="Only approvals of this object."),
        ),
        "Approval",
        R_APPROVALS,
        paged=True,
        sync=True,
    ),
    write(
        "approvalDefinition.update",
        (
            string("entityType", required=True, enum=("offer",), description="The kind of object approved."),
            ident("entityId", description="The id of the object approved."),
            objects("approvalStepDefinitions", required=True),
            boolean("submitApprovalRequest"),
        ),
        "ApprovalDefinition",
        W_APPROVALS,
        retry.NOTIFIES,
    ),
)

_ASSESSMENTS_REPORTS_SURVEYS: tuple[Endpoint, ...] = (
    write(
        "assessment.addCompletedToCandidate",
        (
            ident("candidateId"),
            ident("partnerId"),
            obj(
                "assessment", required=True, description="The assessment: {assessmentTypeId, assessmentId, result...}."
            ),
            moment("timestamp", "epoch-ms", required=True),
        ),
        "CompletedAssessment",
        W_CAND,
        retry.CREATES,
    ),
    write(
        "assessment.update",
        (
            ident("assessment_id", description="The partner's id of the assessment."),
            moment("timestamp", "epoch-ms", required=True),
            obj("assessment_status"),
            obj("assessment_profile_url"),
            obj("assessment_result"),
            obj("cancelled_reason"),
            objects("metadata"),
        ),
        "Acknowledgement",
        W_CAND,
        retry.NOTIFIES,
        note="Snake_case parameters, as the reference names them. The reference documents no result body.",
    ),
    read(
        "report.generate",
        (
            ident("reportId"),
            string("requestId", description="The id a first call answered, to poll it."),
            boolean("includeHeadersInData"),
        ),
        "Report",
        "reportsRead",
        note="Beta. Without requestId starts a generation; with it, polls (about once a second) until "
        "status is complete or failed.",
    ),
    read(
        "report.synchronous",
        (ident("reportId"), boolean("includeHeadersInData")),
        "Report",
        "reportsRead",
        note="Beta. 30 s timeout; answers status in_progress when it times out.",
    ),
    read("surveyFormDefinition.info", (_SURVEY_FORM,), "SurveyFormDefinition", R_META),
    read("surveyFormDefinition.list", (), "SurveyFormDefinition", R_META, paged=True, sync=True),
    write(
        "surveyRequest.create",
        (ident("candidateId"), ident("applicationId"), _SURVEY_FORM),
        "SurveyRequest",
        W_CAND,
        retry.CREATES,
        note="Does not email the candidate; share the returned surveyUrl.",
    ),
    read(
        "surveyRequest.list",
        (
            string("surveyType", required=True, enum=("CandidateExperience",), description="The kind of survey."),
            string("applicationId", description="Only requests of this application."),
            string("candidateId", description="Only requests of this candidate."),
            moment("createdAfter", "epoch-ms"),
        ),
        "SurveyRequest",
        R_CAND,
        paged=True,
        sync=True,
    ),
    write(
        "surveySubmission.create",
        (ident("candidateId"), ident("applicationId"), _SURVEY_FORM, obj("submittedValues", required=True)),
        "SurveySubmission",
        W_CAND,
        retry.CREATES,
    ),
    read(
        "surveySubmission.list",
        (
            string(
                "surveyType",
                required=True,
                enum=("CandidateExperience", "Questionnaire"),
                description="The kind of survey.",
            ),
            moment("createdAfter", "epoch-ms"),
        ),
        "SurveySubmission",
        R_CAND,
        paged=True,
        sync=True,
    ),
)

ENDPOINTS = _METADATA + _ASSESSMENTS_REPORTS_SURVEYS
