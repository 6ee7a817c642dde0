"""Rebuild the cue lexicon (and the cue classifier) from PolNeAR train.

Usage: python tools/build_cues.py ../shared/eval/polnear/train [--cache parsed.spacy]

Writes src/sourcetrace/data/cues.tsv (lemma, coarse POS, times heading a gold cue, times seen),
src/sourcetrace/data/cue_forms.txt (surface forms of those lemmas and their precision, for the pre-parse
sentence filter) and,
when the classifier module is present, src/sourcetrace/data/cue_model.json.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span

sys.path.insert(0, str(Path(__file__).parent))
from sourcetrace.evaluation import read_split
from sourcetrace.nlp import load_model

DATA = Path(__file__).resolve().parent.parent / "src" / "sourcetrace" / "data"
#: A lemma enters the lexicon when it heads at least this many gold cues.
MIN_CUES = 2
#: Its forms enter the pre-parse filter (with their precision) when at least this share of its occurrences
#: are cues; `cues.py` decides which precision suffices where.
MIN_FILTER_PRECISION = 0.05


def parsed_split(split: Path, cache: Path | None) -> list[tuple[Doc, list]]:
    articles = read_split(split)
    names = sorted(articles)
    nlp = load_model()
    if cache and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((articles[n][0] for n in names), batch_size=8))
        if cache:
            DocBin(docs=docs, store_user_data=True).to_disk(cache)
    return [(doc, articles[name][1]) for name, doc in zip(names, docs, strict=True)]


def cue_head(doc: Doc, start: int, end: int) -> int | None:
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    parsed = parsed_split(args.split, args.cache)
    cue: collections.Counter[tuple[str, str]] = collections.Counter()
    total: collections.Counter[tuple[str, str]] = collections.Counter()
    forms: collections.defaultdict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for doc, gold in parsed:
        heads = {cue_head(doc, a.cue[0][0], a.cue[-1][1]) for a in gold}
        for token in doc:
            key = (token.lemma_.lower(), token.pos_)
            total[key] += 1
            forms[key].add(token.lower_)
            if token.i in heads:
                cue[key] += 1
    kept = sorted((k for k, n in cue.items() if n >= MIN_CUES), key=lambda k: (-cue[k], k))
    with (DATA / "cues.tsv").open("w", encoding="utf-8") as out:
        out.write("lemma\tpos\tcue\ttotal\n")
        for lemma, pos in kept:
            out.write(f"{lemma}\t{pos}\t{cue[lemma, pos]}\t{total[lemma, pos]}\n")
    precision: dict[str, float] = {}
    for key in kept:
        share = cue[key] / total[key]
        if share >= MIN_FILTER_PRECISION:
            for form in forms[key]:
                if form.isalpha():
                    precision[form] = max(precision.get(form, 0.0), share)
    filter_forms = sorted(precision)
    (DATA / "cue_forms.txt").write_text(
        "".join(f"{form}\t{precision[form]:.3f}\n" for form in filter_forms), encoding="utf-8"
    )
    print(f"{len(kept)} cue lemmas, {len(filter_forms)} filter forms")
    try:
        from train_cue_model import train  # the cue classifier, when present
    except ImportError:
        return
    train(parsed, DATA / "cue_model.json")


if __name__ == "__main__":
    main()
