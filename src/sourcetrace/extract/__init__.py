"""Find attributions on the dependency parse: a cue, its source and its content, one rule family per module.

The rules follow the PARC / PolNeAR view of attribution (Pareti 2016; Newell, Margolin and Ruths 2018): a cue
(mostly a verb of saying, believing or intending; also a predicate adjective "was critical of", a noun "his
claim that", "according to", a phrase of stance "In his view," and a headline colon) links a source (its
subject, or the subject it shares with a verb it depends on, or the object of the verb above an infinitive:
"prompting voters to reconsider"; `source.py`) to a content (its clausal complement, object, or the clause it
is attached to when the source comes after: "..., Russian sources say."; `content.py`, `content_around.py`).
Raising verbs and passives ("appears to", "is expected to", "was declared the winner") have no source and the
clause around the cue as content; a relative pronoun or a passive subject before the cue may be its content
("allegations, which he denies"; "the plan was criticized by X").

Every reading the parse offers is a candidate (`attributions.RULE_FAMILIES`); the cue classifier
(`classifier.py`) keeps one per cue. Quotes are then reconciled with these relations (`quote_reconcile.py`;
`sourcetrace.quotes` finds them before parsing): content that is all quotation becomes a direct quote spanning
the whole quoted stretch, however many sentences or paragraphs it runs over; a quote that no relation covers
takes, in this order, the speaker signed or named right beside it (`quote_speakers.py`: “…,” X said / X
replied, “…” / as X put it: “…”), the relation it continues (“A,” she said. “B.”), a free verb of saying in
its sentence, or "X said:" in the sentence before (`quote_introducers.py`). Relations inside another's content
are kept, with `parent` set (nested attributions; `nesting.py`).
"""
