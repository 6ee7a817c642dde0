"""Across articles: the actor registry and the claims that travel between articles, as pure logic.

- `names`: what a stored actor name says (given name, surname, title, acronym, campaign of whom).
- `registry`: one identity per person or organisation across the corpus, merged conservatively, each merge
  with its reason; a user alias file overrides it (`aliases`).
- `claims`: appearances of the same statement in several articles, in date order, with the authority each
  rests on and where a retelling drops the hedge.

Nothing here reads a database: the store hands these functions the stored mentions and keeps their answers
(`sourcetrace.store.registry`, `sourcetrace.store.claims`), so the registry can be rebuilt at any time.
"""
