"""Regenerates src/main/resources/demo/ from the article sources: python3 tools/demo-corpus/generate.py"""
import collections
import json
import shutil
import sys

import feeds
import templates
from corpus import HERE, OUTLETS, load_articles
from images import EVENTS, svg

OUT = HERE.parent.parent / "src" / "main" / "resources" / "demo"


def check(articles):
    problems = []
    ids = collections.Counter(a.id for a in articles)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for a in articles:
        if not 150 <= a.words() <= 600:
            problems.append(f"{a.id}: {a.words()} words, want 150-600")
        if a.event not in EVENTS:
            problems.append(f"{a.id}: unknown event {a.event}")
    if problems:
        sys.exit("\n".join(problems))


def write(path, text):
    file = OUT / "site" / path.lstrip("/")
    if path.endswith("/"):
        file = file / "index.html"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")


def main():
    articles = load_articles()
    check(articles)
    shutil.rmtree(OUT, ignore_errors=True)
    for event in sorted({a.event for a in articles}):
        write(f"/images/{event}.svg", svg(event))
    key = []
    for o in OUTLETS:
        mine = sorted((a for a in articles if a.outlet is o), key=lambda a: (a.at, a.slug))
        shown = [a for a in mine if not a.missing]
        for a in shown:
            others = sorted((x for x in shown if x is not a), key=lambda x: (x.event != a.event, x.at))
            write(a.path, templates.PAGE[o["slug"]](a, others))
        write(f"/{o['slug']}/", templates.homepage(o, shown))
        write(o["feed"], feeds.render(o, mine))
        for a in mine:
            entry = {"id": a.id, "path": a.path, "outlet": o["slug"], "event": a.event, "language": o["language"],
                     "title": a.title}
            if a.missing:
                entry["pageMissing"] = True
            key.append(json.dumps(entry, ensure_ascii=False))
    write("/", templates.site_index(OUTLETS))
    sources = [{"name": o["name"], "slug": o["slug"], "homepagePath": f"/{o['slug']}/", "feedPath": o["feed"],
                "feedFormat": o["format"], "country": o["country"], "language": o["language"],
                "display": o["display"]} for o in OUTLETS]
    (OUT / "sources.json").write_text(json.dumps(sources, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "answer-key.jsonl").write_text("\n".join(key) + "\n", encoding="utf-8")
    stats(articles)


def stats(articles):
    per_outlet = collections.Counter(a.outlet["slug"] for a in articles)
    per_event = collections.defaultdict(set)
    for a in articles:
        per_event[a.event].add(a.outlet["slug"])
    words = [a.words() for a in articles]
    print(f"{len(articles)} articles, {len(per_outlet)} outlets, {len(per_event)} events, "
          f"words min {min(words)} / median {sorted(words)[len(words) // 2]} / max {max(words)}, total {sum(words)}")
    for slug, n in per_outlet.items():
        print(f"  {slug}: {n}")
    for event, outlets in sorted(per_event.items()):
        n = sum(1 for a in articles if a.event == event)
        print(f"  {event}: {n} articles, {len(outlets)} outlets")


if __name__ == "__main__":
    main()
