"""Article pages and homepages, one look per outlet: each puts its body in different markup on purpose."""
import json

from corpus import esc, t


def meta(a, og_type="article"):
    o = a.outlet
    tags = [
        f'<meta charset="utf-8">',
        f'<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<title>{esc(a.title)} | {esc(o["name"])}</title>',
        f'<meta name="description" content="{esc(a.dek)}">',
        f'<link rel="canonical" href="{{{{base}}}}{a.path}">',
        f'<meta property="og:title" content="{esc(a.title)}">',
        f'<meta property="og:site_name" content="{esc(o["name"])}">',
        f'<meta property="og:type" content="{og_type}">',
        f'<meta property="og:url" content="{{{{base}}}}{a.path}">',
        f'<meta property="og:description" content="{esc(a.dek)}">',
        f'<meta property="article:published_time" content="{t(a.at, "iso")}">',
        f'<meta property="article:modified_time" content="{t(a.updated, "iso")}">',
        f'<meta property="article:section" content="{esc(a.section)}">',
        f'<meta name="author" content="{esc(a.author)}">',
        f'<link rel="alternate" type="{feed_type(o)}" title="{esc(o["name"])}" href="{{{{base}}}}{o["feed"]}">',
    ]
    if a.image:
        tags.insert(9, f'<meta property="og:image" content="{a.image_url}">')
    return "\n".join(tags)


def feed_type(o):
    return {"rss": "application/rss+xml", "atom": "application/atom+xml", "jsonfeed": "application/feed+json"}[o["format"]]


def json_ld(a):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "description": a.dek,
        "datePublished": t(a.at, "iso"),
        "dateModified": t(a.updated, "iso"),
        "author": [{"@type": "Person", "name": a.author}],
        "publisher": {"@type": "Organization", "name": a.outlet["name"]},
        "mainEntityOfPage": "{{base}}" + a.path,
        "inLanguage": a.outlet["lang"],
    }
    if a.image:
        data["image"] = [a.image_url]
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def links(items, limit=5):
    return "\n".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in items[:limit])


def lead_image(a, cls="lead"):
    if not a.image:
        return ""
    return (f'<figure class="{cls}"><img src="{a.image_url}" alt="" width="1200" height="630">'
            f'<figcaption>Illustration: {esc(a.outlet["name"])}</figcaption></figure>')


def with_inserts(parts, every, insert):
    out = []
    for i, p in enumerate(parts, 1):
        out.append(p)
        if i % every == 0 and i < len(parts):
            out.append(insert(i))
    return "\n".join(out)


# --- The Harbour Gazette: semantic <article>, JSON-LD, ads between paragraphs -----------------------------------


def harbour(a, others):
    o = a.outlet
    body = a.body_html().split("\n")
    body = with_inserts(body, 3, lambda i: f'<div class="ad-slot ad-mpu" data-slot="mid-{i}"><span>Advertisement</span></div>')
    return f"""<!DOCTYPE html>
<html lang="{o['lang']}">
<head>
{meta(a)}
{json_ld(a)}
<style>body{{font-family:Georgia,serif;max-width:980px;margin:auto}} .masthead{{border-bottom:4px double #123}}</style>
</head>
<body class="hg">
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show
you relevant advertising. <button>Accept all</button> <button>Manage preferences</button></p></div>
<header class="masthead"><a class="logo" href="/harbour-gazette/">The Harbour Gazette</a>
<p class="tagline">{esc(o['tagline'])}</p>
<nav><ul><li><a href="/harbour-gazette/">Home</a></li><li><a href="/harbour-gazette/">News</a></li>
<li><a href="/harbour-gazette/">Business</a></li><li><a href="/harbour-gazette/">Sport</a></li>
<li><a href="/harbour-gazette/">Science</a></li><li><a href="/harbour-gazette/">Opinion</a></li></ul></nav>
<div class="ad-slot ad-leaderboard" data-slot="top"><span>Advertisement</span></div></header>
<main>
<article class="hg-article">
<header>
<p class="kicker">{esc(a.section)}</p>
<h1>{esc(a.title)}</h1>
<p class="standfirst">{esc(a.dek)}</p>
<p class="byline">By <a rel="author" href="/harbour-gazette/">{esc(a.author)}</a> ·
<time datetime="{t(a.at, 'iso')}">{t(a.at, o['human'])}</time></p>
<ul class="share"><li><a href="#share-email">Email</a></li><li><a href="#share-copy">Copy link</a></li>
<li><a href="#share-print">Print</a></li></ul>
</header>
{lead_image(a)}
<div class="article-body">
{body}
</div>
<footer class="article-footer"><ul class="share"><li><a href="#share-email">Share by email</a></li></ul>
<p class="corrections">Spotted an error? Write to our readers' editor.</p></footer>
</article>
<section id="comments" class="comments" data-thread="{a.slug}"><h2>Comments</h2>
<p>Comments are open for 48 hours. <a href="#signin">Sign in</a> to join the conversation.</p></section>
</main>
<aside class="sidebar">
<section class="newsletter"><h2>The Morning Tide</h2><p>Our best journalism in your inbox every weekday at 7am.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
<section class="most-read"><h2>Most read</h2><ol>
{links(others)}
</ol></section>
</aside>
<footer class="site-footer"><p>&copy; The Harbour Gazette Ltd. All rights reserved.</p>
<ul><li><a href="/harbour-gazette/">About us</a></li><li><a href="/harbour-gazette/">Contact</a></li>
<li><a href="/harbour-gazette/">Privacy</a></li><li><a href="/harbour-gazette/">Cookie settings</a></li></ul></footer>
</body>
</html>
"""


# --- Lakeside Tribune: div soup with <div class="story-body">, related links inside the body -------------------------


def lakeside(a, others):
    o = a.outlet
    parts = a.body_html(para=lambda p: f'<p class="story-text">{p}</p>').split("\n")
    related = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in others[:3])
    body = with_inserts(parts, 4, lambda i: (
        f'<div class="related-inline"><strong>RELATED COVERAGE</strong><ul>{related}</ul></div>' if i == 4
        else f'<div class="inline-ad" id="ad-{i}">Story continues below advertisement</div>'))
    return f"""<!doctype html>
<html lang="{o['lang']}">
<head>
{meta(a)}
<link rel="stylesheet" href="/lakeside-tribune/site.css">
</head>
<body>
<div id="page">
<div class="gdpr-notice">This site uses cookies. By continuing you agree to our Terms of Use. <a href="#">OK</a></div>
<div class="top-bar"><a href="/lakeside-tribune/">Subscribe for $1</a> | <a href="/lakeside-tribune/">Log in</a></div>
<div class="masthead"><div class="logo"><a href="/lakeside-tribune/">Lakeside Tribune</a></div>
<div class="nav"><a href="/lakeside-tribune/">Local</a> <a href="/lakeside-tribune/">Nation</a>
<a href="/lakeside-tribune/">World</a> <a href="/lakeside-tribune/">Business</a> <a href="/lakeside-tribune/">Sports</a>
<a href="/lakeside-tribune/">Weather</a></div></div>
<div class="ad-banner">ADVERTISEMENT</div>
<div class="content-wrap"><div class="story">
<div class="section-label">{esc(a.section)}</div>
<h1 class="headline">{esc(a.title)}</h1>
<h2 class="subhead">{esc(a.dek)}</h2>
<div class="byline-block"><span class="author">By {esc(a.author)}</span>
<span class="timestamp">Published {t(a.at, o['human'])}</span>
<span class="timestamp updated">Updated {t(a.updated, o['human'])}</span></div>
<div class="story-tools"><a href="#">Facebook</a> <a href="#">Email</a> <a href="#">Gift this article</a></div>
{lead_image(a, "story-image")}
<div class="story-body">
{body}
</div>
<div class="story-tools bottom"><a href="#">Share</a> <a href="#">Report an error</a></div>
<div class="comments-module" id="disqus_thread">Loading comments&hellip;</div>
</div>
<div class="rail">
<div class="rail-box trending"><h3>Trending now</h3><ul>{links(others[3:])}</ul></div>
<div class="rail-box newsletter-box"><h3>Get the Tribune Daily</h3><p>Headlines every morning, free.</p>
<input type="email" placeholder="Email address"><button>Subscribe</button></div>
<div class="ad-rail">ADVERTISEMENT</div></div></div>
<div class="footer"><p>Lakeside Tribune &middot; Copyright Lakeside Media Group</p>
<p><a href="/lakeside-tribune/">Contact</a> &middot; <a href="/lakeside-tribune/">Terms</a> &middot;
<a href="/lakeside-tribune/">Do not sell my information</a></p></div>
</div>
</body>
</html>
"""


# --- The Liffey Courier: everything inside <main>, each paragraph in its own nested divs ----------------------------


def liffey(a, others):
    o = a.outlet
    parts = a.body_html(subhead="h3", para=lambda p: f'<div class="text-block"><div class="inner"><p>{p}</p></div></div>')
    teaser = others[0] if others else None
    read_more = (f'<div class="read-more-inline"><span>Read more:</span> <a href="{teaser.path}">{esc(teaser.title)}</a></div>'
                 if teaser else "")
    split = parts.split("\n")
    body = "\n".join(split[:2] + [read_more] + split[2:])
    return f"""<!DOCTYPE html>
<html lang="{o['lang']}">
<head>
{meta(a)}
{json_ld(a)}
</head>
<body>
<main id="content">
<div class="consent-overlay"><div class="consent-box"><p>We value your privacy. We and our partners use cookies.</p>
<button>I accept</button><button>Show purposes</button></div></div>
<div class="container"><div class="row header-row"><div class="col-12"><div class="brand">
<a href="/liffey-courier/">The Liffey Courier</a></div>
<div class="menu"><a href="/liffey-courier/">News</a> <a href="/liffey-courier/">Politics</a>
<a href="/liffey-courier/">Business</a> <a href="/liffey-courier/">Sport</a> <a href="/liffey-courier/">Life</a></div></div></div>
<div class="row"><div class="col-8"><div class="article-wrapper">
<div class="breadcrumbs"><a href="/liffey-courier/">Home</a> &rsaquo; <a href="/liffey-courier/">{esc(a.section)}</a></div>
<div class="headline-block"><h1>{esc(a.title)}</h1></div>
<div class="intro-block"><div class="inner"><p class="intro">{esc(a.dek)}</p></div></div>
<div class="meta"><div class="author-name">{esc(a.author)}</div><div class="date">{t(a.at, o['human'])}</div></div>
<div class="social-share"><div>Share</div><div><a href="#">WhatsApp</a></div><div><a href="#">Email</a></div></div>
<div class="image-block">{lead_image(a, "hero")}</div>
{body}
<div class="paywall-note"><div class="inner">Support independent journalism in Ireland. Subscribe from &euro;1.</div></div>
<div class="comments-placeholder" data-comments="{a.slug}"><div>Comments (0)</div></div>
</div></div>
<div class="col-4"><div class="sidebar">
<div class="widget most-read"><div class="widget-title">Most Read</div><ul>{links(others)}</ul></div>
<div class="widget newsletter"><div class="widget-title">The Courier Briefing</div><div>Sign up for our newsletter</div>
<div><input type="email"></div><div><button>Sign up</button></div></div>
<div class="widget ad"><div class="ad-unit">Advertisement</div></div></div></div></div>
<div class="row footer-row"><div class="col-12"><div class="footer">&copy; Liffey Courier Media DAC.
<a href="/liffey-courier/">Privacy statement</a> <a href="/liffey-courier/">Cookie policy</a></div></div></div>
</div>
</main>
</body>
</html>
"""


# --- Southern Cross Daily: <article> with schema.org microdata, ticker and heavy promos -----------------------------


def southern(a, others):
    o = a.outlet
    parts = a.body_html().split("\n")
    body = with_inserts(parts, 2, lambda i: (
        '<div class="promo" aria-hidden="true">Download the Southern Cross Daily app for breaking news alerts</div>'
        if i == 2 else f'<div class="ad-container" data-pos="{i}">ADVERTISEMENT</div>'))
    return f"""<!DOCTYPE html>
<html lang="{o['lang']}">
<head>
{meta(a)}
</head>
<body class="scd">
<div class="cookie-bar">By using this website you agree to our use of cookies. <a href="#">Find out more</a></div>
<div class="ticker"><strong>BREAKING</strong> <ul>{links(others, 3)}</ul></div>
<header class="site-header"><a class="brand" href="/southern-cross-daily/">Southern Cross Daily</a>
<nav class="primary"><a href="/southern-cross-daily/">National</a> <a href="/southern-cross-daily/">World</a>
<a href="/southern-cross-daily/">Business</a> <a href="/southern-cross-daily/">Environment</a>
<a href="/southern-cross-daily/">Sport</a></nav></header>
<div class="layout">
<article itemscope itemtype="https://schema.org/NewsArticle" class="scd-article">
<span class="label">{esc(a.section)}</span>
<h1 itemprop="headline">{esc(a.title)}</h1>
<p class="summary" itemprop="description">{esc(a.dek)}</p>
<div class="byline"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{esc(a.author)}</span></span>
<time itemprop="datePublished" datetime="{t(a.at, 'iso')}">{t(a.at, o['human'])}</time></div>
<div class="share-tools"><button>Share</button><button>Save</button></div>
{lead_image(a)}
<div itemprop="articleBody" class="article-content">
{body}
</div>
<div class="tags">Topics: <a href="/southern-cross-daily/">{esc(a.section)}</a></div>
</article>
<aside class="right-rail">
<div class="most-popular"><h3>Most popular</h3><ol>{links(others)}</ol></div>
<div class="signup"><h3>Get the Morning Edition</h3><p>Start your day with the news that matters.</p>
<input type="email"><button>Sign up</button></div>
<div class="ad-container">ADVERTISEMENT</div></aside></div>
<section class="comments"><h3>Join the conversation</h3><div class="comment-widget" data-id="{a.slug}"></div></section>
<footer class="site-footer"><p>&copy; Southern Cross Media Pty Ltd</p><a href="/southern-cross-daily/">Privacy</a>
<a href="/southern-cross-daily/">Terms</a></footer>
</body>
</html>
"""


# --- Rheinblick: German, <div id="artikel"> with <section class="text">, h3 subheadings, JSON-LD ------------------------


def rheinblick(a, others):
    o = a.outlet
    body = a.body_html(subhead="h3")
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
{meta(a)}
{json_ld(a)}
</head>
<body>
<div class="cmp-banner"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung
anzuzeigen.</p><button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<div class="kopf"><div class="logo"><a href="/rheinblick/">Rheinblick</a></div>
<ul class="ressorts"><li><a href="/rheinblick/">Politik</a></li><li><a href="/rheinblick/">Wirtschaft</a></li>
<li><a href="/rheinblick/">Panorama</a></li><li><a href="/rheinblick/">Sport</a></li><li><a href="/rheinblick/">Wissen</a></li>
<li><a href="/rheinblick/">Region</a></li></ul></div>
<div class="werbung billboard">Anzeige</div>
<div id="artikel" class="beitrag">
<div class="dachzeile">{esc(a.section)}</div>
<h1 class="titel">{esc(a.title)}</h1>
<p class="vorspann">{esc(a.dek)}</p>
<div class="autor">Von {esc(a.author)} &middot; <span class="datum">{t(a.at, o['human'])}</span></div>
<div class="teilen"><a href="#">Teilen</a> <a href="#">Merken</a> <a href="#">Drucken</a></div>
{lead_image(a, "aufmacher")}
<section class="text">
{body}
</section>
<div class="werbung inline">Anzeige</div>
<div class="mehr-zum-thema"><h4>Mehr zum Thema</h4><ul>{links(others, 3)}</ul></div>
</div>
<div class="seitenleiste"><div class="meistgelesen"><h4>Meistgelesen</h4><ol>{links(others)}</ol></div>
<div class="newsletter"><h4>Newsletter abonnieren</h4><p>Der Rheinblick am Morgen: kostenlos, werktags um 6 Uhr.</p>
<input type="email" placeholder="E-Mail-Adresse"><button>Anmelden</button></div></div>
<div class="kommentare" id="kommentare"><h4>Kommentare</h4><p>Die Kommentarfunktion ist für registrierte Nutzer geöffnet.</p></div>
<div class="fuss"><a href="/rheinblick/">Impressum</a> <a href="/rheinblick/">Datenschutz</a>
<a href="/rheinblick/">Kontakt</a> <p>&copy; Rheinblick Verlag GmbH</p></div>
</body>
</html>
"""


# --- Le Quotidien du Littoral: older table layout, body in <div class="texte-article"> with an "À lire aussi" box ------


def littoral(a, others):
    o = a.outlet
    parts = a.body_html(subhead="h2").split("\n")
    aussi = others[0] if others else None
    insert = (lambda i: f'<div class="a-lire-aussi"><b>À lire aussi</b> <a href="{aussi.path}">{esc(aussi.title)}</a></div>'
              if i == 2 and aussi else f'<div class="pub">Publicité</div>')
    body = with_inserts(parts, 2, insert)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
{meta(a)}
</head>
<body>
<div id="bandeau-cookies">En poursuivant votre navigation, vous acceptez l'utilisation de cookies.
<a href="#">Paramétrer</a> <a href="#">Accepter</a></div>
<table class="mise-en-page" width="100%"><tr><td colspan="2" class="entete">
<div class="titre-journal"><a href="/quotidien-littoral/">Le Quotidien du Littoral</a></div>
<div class="devise">{esc(o['tagline'])}</div>
<div class="menu"><a href="/quotidien-littoral/">Actualités</a> | <a href="/quotidien-littoral/">Économie</a> |
<a href="/quotidien-littoral/">Sports</a> | <a href="/quotidien-littoral/">Culture</a> | <a href="/quotidien-littoral/">Région</a></div>
</td></tr><tr><td class="colonne-principale" valign="top">
<div class="contenu">
<div class="rubrique">{esc(a.section)}</div>
<h1>{esc(a.title)}</h1>
<div class="chapo">{esc(a.dek)}</div>
<div class="signature">Par {esc(a.author)} &mdash; publié le {t(a.at, o['human'])}</div>
<div class="partage">Partager : <a href="#">Courriel</a> <a href="#">Imprimer</a></div>
{lead_image(a, "photo-une")}
<div class="texte-article">
{body}
</div>
<div class="reactions">Réactions <span class="nombre">(0)</span> &mdash; <a href="#">Réagir à cet article</a></div>
</div></td>
<td class="colonne-droite" valign="top" width="300">
<div class="bloc les-plus-lus"><div class="bloc-titre">Les plus lus</div><ol>{links(others)}</ol></div>
<div class="bloc lettre"><div class="bloc-titre">La lettre du matin</div><p>Recevez l'essentiel de l'actualité.</p>
<input type="email"><input type="submit" value="S'inscrire"></div>
<div class="pub">Publicité</div></td></tr>
<tr><td colspan="2" class="pied">&copy; Société des Éditions du Littoral &mdash; <a href="/quotidien-littoral/">Mentions légales</a>
&mdash; <a href="/quotidien-littoral/">Contact</a></td></tr></table>
</body>
</html>
"""


PAGE = {"harbour-gazette": harbour, "lakeside-tribune": lakeside, "liffey-courier": liffey,
        "southern-cross-daily": southern, "rheinblick": rheinblick, "quotidien-littoral": littoral}

HOME_LABELS = {"en": ("Latest news", "Subscribe to our feed"), "de": ("Neueste Nachrichten", "Feed abonnieren"),
               "fr": ("Dernières actualités", "S'abonner au flux")}


def homepage(o, articles):
    latest, feed_label = HOME_LABELS[o["language"]]
    items = "\n".join(
        f'<li class="teaser"><a href="{a.path}"><h2>{esc(a.title)}</h2></a><p>{esc(a.dek)}</p>'
        f'<time datetime="{t(a.at, "iso")}">{t(a.at, o["human"])}</time></li>' for a in articles)
    return f"""<!DOCTYPE html>
<html lang="{o['lang']}">
<head>
<meta charset="utf-8">
<title>{esc(o['name'])}</title>
<meta property="og:site_name" content="{esc(o['name'])}">
<meta property="og:type" content="website">
<link rel="alternate" type="{feed_type(o)}" title="{esc(o['name'])}" href="{{{{base}}}}{o['feed']}">
</head>
<body class="home {o['slug']}">
<header><h1>{esc(o['name'])}</h1><p>{esc(o['tagline'])}</p></header>
<main><h2>{latest}</h2><ul class="teasers">
{items}
</ul></main>
<footer><a href="{{{{base}}}}{o['feed']}">{feed_label}</a></footer>
</body>
</html>
"""


def site_index(outlets):
    rows = "\n".join(f'<li><a href="/{o["slug"]}/">{esc(o["name"])}</a> ({o["country"]}, {o["language"]}) &middot; '
                     f'<a href="{o["feed"]}">feed</a></li>' for o in outlets)
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Broadsheet demo corpus</title></head>
<body><h1>Broadsheet demo corpus</h1>
<p>Fictional outlets serving fictional news, written for testing. Times are relative to the server's start.</p>
<ul>
{rows}
</ul></body>
</html>
"""
