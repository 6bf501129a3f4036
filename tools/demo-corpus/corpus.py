"""Reads the article sources under articles/ and the outlet and event tables; shared by generate.py and the templates."""
import html
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent

# slug, name, country, language, html lang, display, feed format, feed path, human time format, tagline
OUTLETS = [
    dict(slug="harbour-gazette", name="The Harbour Gazette", country="GB", language="en", lang="en-GB",
         display="full", format="rss", feed="/harbour-gazette/feed.rss", human="human",
         tagline="Independent news from the coast and beyond, since 1871"),
    dict(slug="lakeside-tribune", name="Lakeside Tribune", country="US", language="en", lang="en-US",
         display="full", format="atom", feed="/lakeside-tribune/feed.atom", human="human-us",
         tagline="Trusted news for the Great Lakes region"),
    dict(slug="liffey-courier", name="The Liffey Courier", country="IE", language="en", lang="en-IE",
         display="full", format="rss", feed="/liffey-courier/rss/latest.rss", human="human",
         tagline="Ireland's independent voice"),
    dict(slug="southern-cross-daily", name="Southern Cross Daily", country="AU", language="en", lang="en-AU",
         display="excerpt", format="jsonfeed", feed="/southern-cross-daily/feed.json", human="human",
         tagline="News for every state and territory"),
    dict(slug="rheinblick", name="Rheinblick", country="DE", language="de", lang="de-DE",
         display="full", format="atom", feed="/rheinblick/feed.atom", human="human-de",
         tagline="Nachrichten aus dem Rheinland und der Welt"),
    dict(slug="quotidien-littoral", name="Le Quotidien du Littoral", country="FR", language="fr", lang="fr-FR",
         display="full", format="rss", feed="/quotidien-littoral/flux/actualites.rss", human="human-fr",
         tagline="L'information de la côte atlantique depuis 1924"),
]
OUTLET = {o["slug"]: o for o in OUTLETS}


def page_path(outlet, slug, section):
    """The URL path of an article page; each outlet has its own URL scheme."""
    return {
        "harbour-gazette": f"/harbour-gazette/news/{slug}.html",
        "lakeside-tribune": f"/lakeside-tribune/stories/{slug}/",
        "liffey-courier": f"/liffey-courier/{section.lower().replace(' ', '-')}/{slug}.html",
        "southern-cross-daily": f"/southern-cross-daily/article/{slug}.html",
        "rheinblick": f"/rheinblick/artikel/{slug}.html",
        "quotidien-littoral": f"/quotidien-littoral/actualites/{slug}.html",
    }[outlet]


def t(minutes_ago, fmt):
    """A time token; the demo server replaces it with the instant minutes_ago before its start."""
    return "{{time:-%d:%s}}" % (minutes_ago, fmt)


def esc(text):
    return html.escape(text, quote=True)


class Article:
    def __init__(self, event, outlet, slug, fields, blocks):
        self.event = event
        self.outlet = OUTLET[outlet]
        self.slug = slug
        self.id = f"{outlet}/{slug}"
        self.title = fields["title"]
        self.dek = fields["dek"]
        self.author = fields["author"]
        self.section = fields["section"]
        self.at = int(fields["at"])
        self.updated = int(fields.get("updated", fields["at"]))
        self.image = fields.get("image", "yes") != "no"
        self.missing = fields.get("missing") == "yes"
        self.duplicate = fields.get("duplicate")  # an earlier headline, listed again in the feed
        self.blocks = blocks
        self.path = page_path(outlet, slug, self.section)

    @property
    def image_url(self):
        return "{{base}}/images/%s.svg" % self.event

    def words(self):
        text = " ".join(b[1] if isinstance(b[1], str) else " ".join(b[1]) for b in self.blocks)
        return len(re.findall(r"\w+", text))

    def body_html(self, subhead="h2", para=lambda p: f"<p>{p}</p>", figure=True):
        """The article body as clean HTML; outlets wrap paragraphs and pick their subheading level."""
        out = []
        for kind, value in self.blocks:
            if kind == "p":
                out.append(para(esc(value)))
            elif kind == "h":
                out.append(f"<{subhead}>{esc(value)}</{subhead}>")
            elif kind == "quote":
                lines = list(value)
                cite = ""
                if lines[-1].startswith("— "):
                    cite = f"<footer>{esc(lines.pop())}</footer>"
                out.append("<blockquote><p>" + esc(" ".join(lines)) + "</p>" + cite + "</blockquote>")
            elif kind == "list":
                out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in value) + "</ul>")
            elif kind == "figure" and figure:
                out.append(f'<figure class="inline-figure"><img src="{self.image_url}" alt="{esc(value)}" '
                           f'width="600" height="315"><figcaption>{esc(value)}</figcaption></figure>')
        return "\n".join(out)

    def paragraphs(self):
        return [v for k, v in self.blocks if k == "p"]


def parse_body(text):
    blocks = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        if lines[0].startswith("## "):
            blocks.append(("h", lines[0][3:]))
        elif lines[0].startswith("> "):
            blocks.append(("quote", [line[2:] for line in lines]))
        elif lines[0].startswith("- "):
            blocks.append(("list", [line[2:] for line in lines]))
        elif lines[0].startswith("! "):
            blocks.append(("figure", lines[0][2:]))
        else:
            blocks.append(("p", " ".join(lines)))
    return blocks


def load_articles():
    """Every article: files articles/eNN-name.txt hold all articles of one event, each after '=== outlet/slug'."""
    articles = []
    for file in sorted((HERE / "articles").glob("e*.txt")):
        event = file.stem
        for part in file.read_text(encoding="utf-8").split("=== ")[1:]:
            head, body = part.split("\n---\n", 1)
            lines = head.strip().splitlines()
            outlet, slug = lines[0].strip().split("/")
            fields = dict(line.split(": ", 1) for line in lines[1:])
            articles.append(Article(event, outlet, slug, fields, parse_body(body)))
    return articles
