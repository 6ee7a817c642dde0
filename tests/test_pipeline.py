"""The pipeline finds an article's credits once, after resolving it, and hands their evidence on with it."""

from __future__ import annotations

import dataclasses

from sourcetrace import extract
from sourcetrace.provenance.credits import find_credits

TEXT = "WASHINGTON (AP) — “We are ready,” the minister said. Two officials told Reuters the deal was dead.\n"


def test_the_extracted_article_carries_its_credits_and_their_evidence() -> None:
    article = extract(TEXT)
    assert article.credit_evidence is not None
    assert [(c.name, c.kind) for c in article.credit_evidence] == [
        ("Associated Press", "dateline"), ("Reuters", "recipient"),
    ]
    assert article.credits == ("Associated Press", "Reuters")
    # What provenance finds in the resolved article: the pipeline looked once, with the attributions.
    bare = dataclasses.replace(article, credits=(), credit_evidence=None)
    assert article.credit_evidence == find_credits(bare)
