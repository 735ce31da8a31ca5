from __future__ import annotations

from ashby_sdk.types import JobPosting

# From the descriptionHtml / descriptionPlain examples on developers.ashbyhq.com/reference/jobpostinginfo.
HTML = (
    '<p style="min-height:1.5em">This example role will be part of an example team.</p>'
    "<h1><br />Requirements</h1>"
    '<ul style="min-height:1.5em"><li><p>Experience writing good example job descriptions</p></li>'
    "<li><p>Great english &amp; other language skills<br /></p></li></ul>"
    "<p>Salary &gt; &euro;72K &#8211; see&nbsp;below</p>"
)


def test_description_prefers_plain_text() -> None:
    posting = JobPosting.from_api(
        {"id": "p", "title": "Posting Title", "jobId": "j", "descriptionPlain": "Plain", "descriptionHtml": HTML}
    )
    assert posting.title == "Posting Title"
    assert posting.job_id == "j"
    assert posting.description_plain == "Plain"
    assert posting.description == "Plain"


def test_description_falls_back_to_stripped_html() -> None:
    posting = JobPosting.from_api({"id": "p", "descriptionHtml": HTML})
    text = posting.description
    assert text is not None
    assert "<" not in text
    assert "&amp;" not in text
    assert text.splitlines() == [
        "This example role will be part of an example team.",
        "",
        "Requirements",
        "",
        "- Experience writing good example job descriptions",
        "",
        "- Great english & other language skills",
        "",
        "Salary > €72K – see below",
    ]


def test_no_description() -> None:
    assert JobPosting.from_api({}).description is None
    assert JobPosting.from_api({"descriptionPlain": "", "descriptionHtml": ""}).description is None


def test_list_item_shape() -> None:
    raw = {
        "id": "p",
        "title": "Posting Title",
        "jobId": "j",
        "departmentName": "Engineering department",
        "teamName": "Data engineering team",
        "locationName": "Springfield",
        "locationIds": {"primaryLocationId": "l1", "secondaryLocationIds": ["l2"]},
        "workplaceType": "Hybrid",
        "employmentType": "FullTime",
        "isListed": True,
        "publishedDate": "2021-11-19",
        "applyLink": "https://jobs.ashbyhq.com/x/y",
        "shouldDisplayCompensationOnJobBoard": True,
        "updatedAt": "2022-08-12T20:29:56.964Z",
    }
    posting = JobPosting.from_api(raw)
    assert posting.location_ids is not None
    assert posting.location_ids.secondary_location_ids == ["l2"]
    assert posting.published_date == "2021-11-19"
    assert posting.raw_data == raw
