"""Claims: which appearances report the same statement, in what order, and where the hedge is dropped."""

from __future__ import annotations

from sourcetrace.corpus.claims import Appearance, ClaimOptions, content_words, link_claims, subject_of

READY = "he is ready to call a ceasefire in the war if it recognizes the current battlefield lines"


def seen(
    key: int,
    content: str,
    *,
    actor: str | None = "Vladimir Putin",
    date: str | None = "2024-05-24",
    authority: str = "on_record",
    outlet: str | None = None,
    credits: tuple[str, ...] = (),
    quoted: bool = False,
    reported_by: str | None = None,
) -> Appearance:
    return Appearance(
        key=key,
        article=key,
        date=date,
        outlet=outlet or f"Outlet {key}",
        actor=actor,
        content=content,
        authority=authority,
        reported_by=reported_by,  # type: ignore[arg-type]
        credits=credits,
        article_name=f"a{key}.txt",
        quoted=quoted,
    )


def keys(claims: list) -> list[list[int]]:  # type: ignore[type-arg]
    return [[step.appearance.key for step in claim.steps] for claim in claims]


def test_close_content_by_the_same_actor_within_the_window_is_one_claim_in_date_order() -> None:
    found = link_claims(
        [
            seen(
                3,
                "he is ready to call a ceasefire if it recognizes current battlefield lines",
                date="2024-05-27",
            ),
            seen(1, READY, date="2024-05-24"),
            seen(
                2,
                "Putin is ready for a ceasefire that recognises the current battlefield lines",
                date="2024-05-25",
            ),
            seen(4, READY, date="2024-07-30"),  # outside the window
            seen(5, READY, actor="Volodymyr Zelensky", date="2024-05-25"),  # someone else
            seen(6, "the talks on grain exports would go on", date="2024-05-26"),  # other content
        ]
    )
    assert keys(found) == [[1, 2, 3]]
    assert found[0].method == "content" and found[0].actor == "Vladimir Putin"


def test_the_same_direct_quote_is_one_claim_whoever_is_credited() -> None:
    quote = "Putin can fight for as long as it takes, but Putin is also ready for a ceasefire"
    found = link_claims(
        [
            seen(1, quote, actor=None, quoted=True, authority="anonymous_sources"),
            seen(2, f"a senior source said “{quote} to freeze the war”", actor=None, date="2025-01-01"),
            seen(3, "“Putin can fight”", actor=None),  # too short to tell a quote
        ]
    )
    assert keys(found) == [[1, 2]] and found[0].method == "quote"


def test_a_retelling_that_drops_the_hedge_is_flagged_and_credits_between_steps_are_kept() -> None:
    found = link_claims(
        [
            seen(1, READY, authority="anonymous_sources", outlet="Reuters", reported_by="Russian sources"),
            seen(2, READY, date="2024-05-25", authority="anonymous_sources", credits=("Reuters",)),
            seen(3, READY, date="2024-05-26", authority="relayed", reported_by="Reuters"),
            seen(4, READY, date="2024-05-27", authority="on_record"),
        ]
    )
    (claim,) = found
    assert [s.drops_hedge for s in claim.steps] == [False, False, False, True]
    assert claim.dropped_hedge
    assert [s.credits_earlier for s in claim.steps] == [(), ("Reuters",), ("Reuters",), ()]
    unhedged = link_claims([seen(1, READY), seen(2, READY, date="2024-05-25")])
    assert not unhedged[0].dropped_hedge
    on_record_first = link_claims(
        [
            seen(1, READY),
            seen(2, READY, date="2024-05-25", authority="reportedly"),
            seen(3, READY, date="2024-05-26"),
        ]
    )
    assert not on_record_first[0].dropped_hedge  # the actor's word came first: nothing was dropped


def test_a_claim_needs_two_articles() -> None:
    same_article = [
        seen(1, READY),
        Appearance(2, 1, "2024-05-24", "Outlet 1", "Vladimir Putin", READY, "on_record"),
    ]
    assert link_claims(same_article) == []


def test_options_set_how_close() -> None:
    pair = [seen(1, READY), seen(2, READY, date="2024-06-30")]
    assert link_claims(pair) == []
    assert keys(link_claims(pair, ClaimOptions(window_days=60))) == [[1, 2]]


def test_content_words_and_subject() -> None:
    assert content_words("He recognises the lines") == content_words("he recognizes the line")
    lookup = {"vladimir putin": "Vladimir Putin", "putin": "Vladimir Putin"}
    assert subject_of("Russian President Vladimir Putin is ready to halt the war", lookup) == "Vladimir Putin"
    assert subject_of("Putin’s army is ready", lookup) == "Vladimir Putin"
    assert subject_of("the war will go on", lookup) is None
    assert subject_of("that Putin was ready", lookup) == "Vladimir Putin"
    assert subject_of("Russian strongman Vladimir Putin is ready", lookup) == "Vladimir Putin"
    assert subject_of("they want a ban on visits by Putin", lookup) is None  # about him, not his
