"""resources/job_postings.py: postings, their filters and their updates."""

from __future__ import annotations

from ashby_sdk import AshbyClient


def test_filters_and_update(client: AshbyClient) -> None:
    postings = client.job_postings.list()
    first = postings[0]
    assert [p.id for p in client.job_postings.list(location=first.location_name)] == [
        p.id for p in postings if p.location_name == first.location_name
    ]
    assert client.job_postings.list(department="No Such Department") == []
    updated = client.job_postings.update(
        job_posting_id=first.id,  # type: ignore[arg-type]
        title="Renamed posting",
        description={"type": "text/html", "content": "<p>New</p>"},
        workplace_type="Remote",
    )
    assert updated.title == "Renamed posting"
    info = client.job_postings.info(job_posting_id=first.id, expand=["job"])  # type: ignore[arg-type]
    assert info.raw_data["descriptionHtml"] == "<p>New</p>" and info.raw_data["job"]["id"] == first.job_id
