"""Writes the demo corpus (tools/demo-corpus/articles) as labelled JSON Lines for `broadsheet bench cluster`.

One line per article: id, title, text (standfirst and body as plain text), published (ISO-8601, minutes before a fixed
start time as the demo server would serve them), source (outlet slug), language and cluster (the event). The article
sources are the same files the demo site is generated from, so the export and the site cannot disagree.

    python3 tools/story-corpus/export_demo.py > src/test/resources/story/demo-corpus.jsonl
"""
import datetime
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "demo-corpus"))
import corpus  # noqa: E402

START = datetime.datetime(2026, 11, 28, 12, 0, tzinfo=datetime.timezone.utc)


def plain_text(article):
    parts = [article.dek]
    for kind, value in article.blocks:
        if kind in ("p", "h", "figure"):
            parts.append(value)
        elif kind == "list":
            parts.append("\n".join(value))
        elif kind == "quote":
            parts.append(" ".join(value))
    return "\n\n".join(parts)


def main():
    for article in corpus.load_articles():
        published = START - datetime.timedelta(minutes=article.at)
        print(json.dumps({
            "id": article.id,
            "title": article.title,
            "text": plain_text(article),
            "published": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "source": article.outlet["slug"],
            "language": article.outlet["language"],
            "cluster": article.event,
        }, ensure_ascii=False))


if __name__ == "__main__":
    main()
