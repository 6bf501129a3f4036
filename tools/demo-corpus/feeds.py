"""One feed per outlet: RSS 2.0 (full or summary), Atom 1.0 (content or summary) and JSON Feed 1.1."""
import json

from corpus import esc, t
from images import svg

BASE = "{{base}}"


def rss(o, articles, full):
    items = []
    for a in articles:
        parts = [f"<title>{esc(a.title)}</title>", f"<link>{BASE}{a.path}</link>"]
        if full:
            parts += [f'<guid isPermaLink="false">{o["slug"]}-{a.slug}</guid>']
        else:
            parts += [f'<guid isPermaLink="true">{BASE}{a.path}</guid>']
        parts += [f"<pubDate>{t(a.at, 'rfc822')}</pubDate>", f"<dc:creator>{esc(a.author)}</dc:creator>",
                  f"<category>{esc(a.section)}</category>"]
        if full:
            parts += [f"<description>{esc(a.dek)}</description>",
                      f"<content:encoded><![CDATA[{a.body_html()}]]></content:encoded>"]
            if a.image:
                parts.append(f'<media:content url="{a.image_url}" medium="image" type="image/svg+xml" '
                             f'width="1200" height="630"/>')
        else:
            parts.append(f"<description>{esc('<p>' + esc(a.dek) + '</p>')}</description>")
            if a.image:
                length = len(svg(a.event).encode("utf-8"))
                parts.append(f'<enclosure url="{a.image_url}" length="{length}" type="image/svg+xml"/>')
        items.append("<item>\n" + "\n".join(parts) + "\n</item>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(o['name'])}</title>
<link>{BASE}/{o['slug']}/</link>
<description>{esc(o['tagline'])}</description>
<language>{o['lang'].lower()}</language>
<lastBuildDate>{t(articles[0].at, 'rfc822')}</lastBuildDate>
<atom:link href="{BASE}{o['feed']}" rel="self" type="application/rss+xml"/>
{chr(10).join(items)}
</channel>
</rss>
"""


def atom_entry(o, a, full, title, updated):
    parts = [f"<title>{esc(title)}</title>", f"<id>urn:{o['slug']}:article:{a.slug}</id>",
             f'<link rel="alternate" type="text/html" href="{BASE}{a.path}"/>',
             f"<published>{t(a.at, 'iso')}</published>", f"<updated>{t(updated, 'iso')}</updated>",
             f"<author><name>{esc(a.author)}</name></author>", f'<category term="{esc(a.section)}"/>',
             f'<summary type="text">{esc(a.dek)}</summary>']
    if full:
        parts.append(f'<content type="html">{esc(a.body_html())}</content>')
    if a.image:
        parts.append(f'<link rel="enclosure" type="image/svg+xml" href="{a.image_url}"/>')
    return "<entry>\n" + "\n".join(parts) + "\n</entry>"


def atom(o, articles, full):
    entries = []
    for a in articles:
        entries.append(atom_entry(o, a, full, a.title, a.updated))
        if a.duplicate:
            # Edge case: the entry appears a second time in its older version (earlier headline and updated time).
            entries.append(atom_entry(o, a, full, a.duplicate, a.at))
    newest = min(min(a.updated, a.at) for a in articles)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{o['lang']}">
<title>{esc(o['name'])}</title>
<subtitle>{esc(o['tagline'])}</subtitle>
<id>urn:{o['slug']}:feed</id>
<updated>{t(newest, 'iso')}</updated>
<link rel="self" type="application/atom+xml" href="{BASE}{o['feed']}"/>
<link rel="alternate" type="text/html" href="{BASE}/{o['slug']}/"/>
<generator>Broadsheet demo corpus</generator>
{chr(10).join(entries)}
</feed>
"""


def json_feed(o, articles):
    items = []
    for a in articles:
        item = {"id": f"{o['slug']}:{a.slug}", "url": BASE + a.path, "title": a.title, "summary": a.dek,
                "content_html": a.body_html(), "date_published": t(a.at, "iso"),
                "date_modified": t(a.updated, "iso"), "authors": [{"name": a.author}], "tags": [a.section]}
        if a.image:
            item["image"] = a.image_url
        items.append(item)
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": o["name"], "home_page_url": f"{BASE}/{o['slug']}/",
            "feed_url": BASE + o["feed"], "description": o["tagline"], "language": o["lang"], "items": items}
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n"


def render(o, articles):
    return {
        "harbour-gazette": lambda: rss(o, articles, full=True),
        "liffey-courier": lambda: rss(o, articles, full=False),
        "quotidien-littoral": lambda: rss(o, articles, full=False),
        "lakeside-tribune": lambda: atom(o, articles, full=True),
        "rheinblick": lambda: atom(o, articles, full=False),
        "southern-cross-daily": lambda: json_feed(o, articles),
    }[o["slug"]]()
