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


GERMAN = ("„Wir sind bereit“, sagte der Minister am Freitag in Berlin. Die Opposition erklärte, die "
          "Regierung habe das Parlament über die Verhandlungen nicht unterrichtet.\n")


def test_an_article_in_another_language_is_returned_unextracted_with_its_language() -> None:
    article = extract(GERMAN)
    assert (article.language, article.skipped, article.attributions) == ("de", "language de", ())
    assert extract(TEXT).language == "en" and extract(TEXT).skipped is None


def test_any_language_extracts_it_all_the_same() -> None:
    from sourcetrace import ExtractOptions

    article = extract(GERMAN, ExtractOptions(any_language=True))
    assert article.language == "de" and article.skipped is None and article.profile is not None


def test_skipped_and_extracted_articles_keep_their_order() -> None:
    from sourcetrace.pipeline import extract_many

    found = list(extract_many([GERMAN, TEXT, GERMAN], batch_size=2))
    assert [a.language for a in found] == ["de", "en", "de"]
    assert [bool(a.attributions) for a in found] == [False, True, False]
