"""Derive the word lists of the act decision (`sourcetrace.resolve.act`) from PolNeAR train.

Usage: python tools/derive_acts.py [../shared/eval/polnear/train] [--wikinews ../shared/eval/wikinews]
                                   [--cache parsed.spacy]

PolNeAR annotates speech and mental states alike; what tells them apart is how a cue's attributions read.
Train is parsed as the pipeline parses (the md model; `--cache` keeps the parse for a rerun), and every gold
cue gets its head as at run time (`act.cue_head`). Per lemma heading at least `MIN_CUES` gold cues:

- quoted: the share of its contents holding a quotation mark. Speech is quoted; a belief or a hope is not.
- present: the share of its cues in the present tense ("believes", "is expected"). Speech is reported in the
  past ("said", "announced"); a state holds now.
- first person: the share of all its verb and adjective uses in train with "I" or "we" as subject. People say
  "I think", "we hope", "I know"; they seldom say "I announce".
- infinitive: the share of its contents opening with "to" ("wants | to stay", "agreed | to suspend").

Lists written to src/sourcetrace/data/extract/ (one lemma a line, its figures in a comment above it):

- speech_cues.txt: quoted above `QUOTED_MAX` (and at least `QUOTED_MIN` times: one quote in ten cues is
  chance), or a speech act by the guidelines (below); never mental, however the cue is built ("is said to",
  "was announced to").
- mental_cues.txt: not speech, and present at least `PRESENT_MIN`, first person at least
  `FIRST_PERSON_MIN`, or infinitive at least `INFINITIVE_MOSTLY` (mostly an intention: "decided", "seeks").
- intention_cues.txt: neither speech nor mental, infinitive at least `INFINITIVE_MIN`: mental with an
  infinitive content ("agreed to suspend"), not with a clause ("agreed that ...", a stance often voiced).

The Wikinews guidelines define the line (`GUIDELINES.md`, beside the gold): the verbs its "Required
attributions" list as speech acts, as what documents do ("show", "found", "indicate") and as declined comment
are speech, whatever their figures ("the poll shows" is in the present). `SPEECH_ACTS` adds the few
speech acts whose figures in train are too thin to show it (`threaten`: 20 cues, none quoted; a threat is
made in words like the promises and vows train does quote). Last, the lists are cross-checked on the
Wikinews gold: per lemma, its optional (`required: false`, the mental states) and required gold cues, and
the optional gold cues no list makes mental. Nothing of Wikinews enters the lists.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token

from sourcetrace.evaluation import read_split
from sourcetrace.nlp import load_model
from sourcetrace.resolve.act import cue_head, is_first_person, is_present, lemma, takes_infinitive
from sourcetrace.types import Span

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
DATA = ROOT / "src" / "sourcetrace" / "data" / "extract"

#: A lemma is judged when it heads at least this many gold cues of train.
MIN_CUES = 10
#: Above this share of quoted contents, and at least `QUOTED_MIN` of them, a lemma has speech evidence.
QUOTED_MAX = 0.10
QUOTED_MIN = 2
#: A mental state is reported in the present at least this often...
PRESENT_MIN = 0.5
#: ... or said of oneself at least this often.
FIRST_PERSON_MIN = 0.15
#: Mostly an intention: an infinitive content at least this often.
INFINITIVE_MOSTLY = 0.5
#: Sometimes an intention (mental when the content is an infinitive): at least this often.
INFINITIVE_MIN = 0.25
#: Speech acts whose figures in train are too thin to show it (see the module docstring).
SPEECH_ACTS = frozenset({"threaten"})
_QUOTE_MARKS = re.compile(r"[\"“”]|''")


@dataclass
class Figures:
    """What train shows of one cue lemma."""

    cues: int = 0
    quoted: int = 0
    present: int = 0
    infinitive: int = 0
    uses: int = 0
    first_person: int = 0
    examples: list[str] = field(default_factory=list)

    def share(self, count: int, of: int | None = None) -> float:
        total = self.cues if of is None else of
        return count / total if total else 0.0

    def comment(self) -> str:
        return (
            f"cues {self.cues}, quoted {self.share(self.quoted):.2f}, "
            f"present {self.share(self.present):.2f}, "
            f"first person {self.share(self.first_person, self.uses):.2f}, "
            f"infinitive {self.share(self.infinitive):.2f}"
        )


def parsed(split: Path, nlp: Language, cache: Path | None) -> list[tuple[str, Doc, list]]:
    """(text, parse, gold attributions) of every article of the split, in name order."""
    articles = read_split(split)
    names = sorted(articles)
    if cache and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((articles[n][0] for n in names), batch_size=8))
        if cache:
            DocBin(docs=docs).to_disk(cache)
    return [(articles[n][0], doc, articles[n][1]) for n, doc in zip(names, docs, strict=True)]


def head_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return cue_head([t for t in span if not t.is_space]) if span is not None else None


def figures(articles: list[tuple[str, Doc, list]]) -> dict[str, Figures]:
    """Per cue lemma, the figures of the module docstring (a participle taken for an adjective counts for
    its verb, as at run time: `act.lemma`)."""
    verbs = {t.lemma_.lower() for _, doc, _ in articles for t in doc if t.pos_ == "VERB"}
    found: dict[str, Figures] = collections.defaultdict(Figures)
    for text, doc, gold in articles:
        for attribution in gold:
            start, end = attribution.cue[0][0], attribution.cue[-1][1]
            head = head_at(doc, start, end)
            if head is None:
                continue
            content = " ".join(text[s:e] for s, e in attribution.content).strip()
            cue = found[lemma(head, verbs)]
            cue.cues += 1
            cue.quoted += bool(_QUOTE_MARKS.search(content))
            cue.present += is_present(head)
            cue.infinitive += takes_infinitive(head, Span(0, len(content), content))
            if len(cue.examples) < 3:
                cue.examples.append(f"{text[start:end]} | {content[:50]}")
        for token in doc:
            if token.pos_ in ("VERB", "ADJ") and lemma(token, verbs) in found:
                cue = found[lemma(token, verbs)]
                cue.uses += 1
                cue.first_person += is_first_person(token)
    return found


#: The bullets of the guidelines' "Required attributions" that name verbs: speech acts, "according to",
#: what documents do, declined comment.
_GUIDELINE_BULLETS = ("Speech acts", '"according to', "Documents", "Declined")


def guideline_verbs(guidelines: Path, nlp: Language) -> frozenset[str]:
    """Lemmas of the verbs the Wikinews guidelines list as required: the speech acts ("said, told, added,
    ..."), and the first word of each quoted phrase of the bullets on "according to", documents ("show",
    "found") and declined comment ("declined to comment")."""
    text = guidelines.read_text(encoding="utf-8")
    required = text.split("**Required attributions**", 1)[1].split("**Optional attributions**", 1)[0]
    named: list[str] = []
    for bullet in re.split(r"\n- ", required):
        if not bullet.startswith(_GUIDELINE_BULLETS):
            continue
        speech = re.match(r"Speech acts of any verb:(.*?)\(", bullet, re.DOTALL)
        if speech:
            named += [item.split()[0] for item in speech.group(1).split(",") if item.split()[0] != "and"]
        named += re.findall(r'"([a-z]+)[ "]', bullet)
    verbs = (nlp(f"They {word} it.")[1] for word in named)
    return frozenset(verb.lemma_.lower() for verb in verbs if verb.pos_ == "VERB")


def derive(found: dict[str, Figures], speech_acts: frozenset[str]) -> dict[str, list[str]]:
    """The three lists, by the rules of the module docstring; `speech_acts` are speech whatever train
    shows."""
    lists: dict[str, list[str]] = {"speech_cues": sorted(speech_acts), "mental_cues": []}
    lists["intention_cues"] = []
    for word, f in sorted(found.items()):
        if f.cues < MIN_CUES or not re.fullmatch(r"[a-z][a-z-]*", word) or word in speech_acts:
            continue
        if f.share(f.quoted) > QUOTED_MAX and f.quoted >= QUOTED_MIN:
            lists["speech_cues"].append(word)
        elif (
            f.share(f.present) >= PRESENT_MIN
            or f.share(f.first_person, f.uses) >= FIRST_PERSON_MIN
            or f.share(f.infinitive) >= INFINITIVE_MOSTLY
        ):
            lists["mental_cues"].append(word)
        elif f.share(f.infinitive) >= INFINITIVE_MIN:
            lists["intention_cues"].append(word)
    lists["speech_cues"].sort()
    return lists


_HEADERS = {
    "speech_cues": "Cue lemmas with speech evidence: often quoted in PolNeAR train, or speech acts by the\n"
    "# Wikinews guidelines. Never mental, however the cue is built (\"is said to\", \"promised to\").",
    "mental_cues": "Cue lemmas of a mental state (\"believes\", \"hopes\", \"decided\"): hardly ever quoted\n"
    "# in PolNeAR train, and reported in the present, said of oneself (\"I think\") or mostly infinitives.",
    "intention_cues": "Cue lemmas of an intention: hardly ever quoted in PolNeAR train and sometimes with\n"
    "# an infinitive content; mental when the content is one (\"agreed to\"), not with a clause.",
}
_FOOTER = (
    "# Written by tools/derive_acts.py from ../shared/eval/polnear/train (lemmas of the md parse, which\n"
    "# gives \"hop\" for \"hoping\"); rerun it rather than editing. Figures: see the tool's docstring."
)


def write(lists: dict[str, list[str]], found: dict[str, Figures]) -> None:
    for name, lemmas in lists.items():
        lines = [f"# {_HEADERS[name]}", _FOOTER]
        for word in lemmas:
            why = found[word].comment() if word in found else "a speech act by the guidelines"
            lines += [f"# {why}", word]
        (DATA / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def cross_check(wikinews: Path, nlp: Language, lists: dict[str, list[str]]) -> None:
    """Per listed lemma, the Wikinews gold cues it heads, optional and required; and the optional ones no
    list makes mental."""
    by_lemma: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    known = {word for lemmas in lists.values() for word in lemmas}
    for path in sorted((wikinews / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (wikinews / "texts" / gold["document"]).read_text(encoding="utf-8")
        doc = nlp(text)
        for a in gold["attributions"]:
            head = head_at(doc, a["cue"]["start"], a["cue"]["end"]) if a.get("cue") else None
            if head is not None:
                key = lemma(head, known)
                by_lemma[key]["optional" if a.get("required") is False else "required"] += 1
    mental = set(lists["mental_cues"]) | set(lists["intention_cues"])
    print("\nWikinews gold cues by lemma (optional / required):")
    for name, lemmas in lists.items():
        seen = [f"{word} {by_lemma[word]['optional']}/{by_lemma[word]['required']}"
                for word in lemmas if by_lemma.get(word)]
        print(f"  {name}: {', '.join(seen) or '-'}")
    missed = [f"{word} {c['optional']}" for word, c in sorted(by_lemma.items())
              if c["optional"] and word not in mental]
    print(f"  optional gold cues of no mental list: {', '.join(missed) or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("split", type=Path, nargs="?", default=EVAL / "polnear" / "train")
    parser.add_argument("--wikinews", type=Path, default=EVAL / "wikinews")
    parser.add_argument("--cache", type=Path, help="keep the parse of train here (and reuse it)")
    args = parser.parse_args()
    nlp = load_model()
    found = figures(parsed(args.split, nlp, args.cache))
    lists = derive(found, guideline_verbs(args.wikinews / "GUIDELINES.md", nlp) | SPEECH_ACTS)
    write(lists, found)
    for name, lemmas in lists.items():
        print(f"{name}: {len(lemmas)}: {' '.join(lemmas)}")
    cross_check(args.wikinews, nlp, lists)


if __name__ == "__main__":
    sys.exit(main())
