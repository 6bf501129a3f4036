"""Converts the news-clustering dev set (../shared/corpora/news-clustering-dev/articles.jsonl, see its SOURCE.md)
into the labelled JSON Lines of `broadsheet bench cluster`: id, title, text, published, source, language, cluster.

One output file per part (`source_dataset`), since the parts are scored separately:

    python3 tools/story-corpus/convert_dev.py ../shared/corpora/news-clustering-dev/articles.jsonl /tmp/dev
    ./broadsheet bench cluster /tmp/dev/newswcl50.jsonl
    ./broadsheet bench cluster /tmp/dev/msvcode-news-search-clustering.jsonl

`published` is kept when it is an ISO-8601 date or an RFC 1123 time (converted to ISO 8601) and dropped otherwise
(2 of 1,050 lines carry forms such as "Aug 29, 2017 5:11 p.m. ET"): an unknown time is then clustered as the latest
time seen so far, as `broadsheet cluster` does. `--label cluster_gold2` takes another annotator's clusters (NewsWCL50 has one only).
"""
import argparse
import datetime
import email.utils
import json
import os
import sys


def published(value):
    if not value:
        return None
    try:
        datetime.date.fromisoformat(value)
        return value
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source")
    parser.add_argument("out_dir")
    parser.add_argument("--label", default="cluster", help="the field holding the true cluster")
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    parts = {}
    dropped = 0
    with open(args.source, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            when = published(d.get("published"))
            dropped += d.get("published") is not None and when is None
            parts.setdefault(d["source_dataset"], []).append({
                "id": d["id"], "title": d.get("title"), "text": d.get("text") or "", "published": when,
                "source": d.get("source"), "language": d.get("lang"), "cluster": d.get(args.label, d["cluster"])})
    for name, lines in parts.items():
        with open(os.path.join(args.out_dir, name + ".jsonl"), "w", encoding="utf-8") as out:
            for d in lines:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{name}: {len(lines)} articles, {len({d['cluster'] for d in lines})} clusters", file=sys.stderr)
    print(f"published dropped as unreadable: {dropped}", file=sys.stderr)


if __name__ == "__main__":
    main()
