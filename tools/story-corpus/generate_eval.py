"""Generates a labelled evaluation set for story clustering: several hundred short news reports, in English, German
and French, of invented events, as JSON Lines for `broadsheet bench cluster`.

Each event has a kind (storm, recall, strike, election, court fine, factory, art theft, earthquake) and its own
invented names and numbers; 2 to 9 outlets report it over up to two days, each picking its own headline, facts in its
own order and wording, and background sentences. Some reports are wire copies another outlet already ran, lightly
edited. Events of one kind overlap in time, so a clusterer must tell two storms or two strikes apart by their names,
places and numbers, not by their topic. Everything is deterministic for a seed.

    python3 tools/story-corpus/generate_eval.py --seed 7 > src/test/resources/story/generated-eval.jsonl
"""
import argparse
import datetime
import json
import random

from templates import FILLER, KINDS

OUTLETS = [("northern-post", "en"), ("capital-herald", "en"), ("coast-times", "en"), ("valley-news", "en"),
           ("metro-daily", "en"), ("island-record", "en"), ("rhein-kurier", "de"), ("alpen-zeitung", "de"),
           ("hanse-blatt", "de"), ("journal-du-nord", "fr"), ("le-matin-sud", "fr"), ("la-depeche-ouest", "fr")]
START = datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc)

SYLLABLES = ["va", "lor", "ten", "mar", "ki", "so", "bel", "dra", "qu", "ix", "ren", "tal", "zo", "pra", "nel",
             "ost", "gar", "vin", "del", "ska", "bro", "mi", "tor", "an"]
FIRST = ["Anna", "Marc", "Julia", "Tomas", "Sofia", "Lukas", "Elena", "Pierre", "Nadia", "Jonas", "Claire", "Omar",
         "Ines", "Karl", "Maeve", "Hugo", "Lea", "Ravi", "Greta", "Paolo"]
LAST = ["Brandt", "Moreau", "Keller", "Okafor", "Lindqvist", "Duarte", "Novak", "Fischer", "Girard", "Haddad",
        "Kowalski", "Brennan", "Vidal", "Sauer", "Marchetti", "Oyelaran", "Castell", "Weiss", "Lemaire", "Dunmore"]
REGIONS = ["Brittany", "Bavaria", "Galicia", "Cornwall", "Normandy", "Saxony", "Tuscany", "Flanders", "Jutland",
           "Asturias", "Kerry", "Alsace", "Andalusia", "Silesia", "Friesland", "Calabria", "Umbria", "Lapland",
           "Moravia", "Dalmatia", "Wallonia", "Cantabria", "Thuringia", "Picardy", "Apulia", "Donegal", "Connacht",
           "Savoy", "Carinthia", "Tyrol", "Navarre", "Liguria"]
CITIES = ["Lyon", "Hamburg", "Porto", "Leeds", "Gdansk", "Turin", "Ghent", "Bilbao", "Malmo", "Graz", "Nantes",
          "Cork", "Aarhus", "Brno", "Seville", "Utrecht", "Dresden", "Bordeaux", "Lille", "Bremen", "Krakow", "Genoa",
          "Antwerp", "Valencia", "Tampere", "Linz", "Rennes", "Galway", "Odense", "Ostrava", "Malaga", "Leipzig",
          "Toulouse", "Bergen", "Poznan", "Bologna"]
COUNTRIES = ["Portugal", "Austria", "Norway", "Ireland", "Greece", "Finland", "Slovenia", "Estonia", "Croatia",
             "Denmark", "Romania", "Chile", "Peru", "Albania", "Iceland", "Latvia", "Malta", "Cyprus", "Bulgaria",
             "Serbia", "Ecuador", "Uruguay", "Morocco", "Tunisia"]
SECTORS = ["the metro", "the airport", "the port", "the buses", "the railways", "the post office"]
SECTORS_L = {"de": {"the metro": "der U-Bahn", "the airport": "dem Flughafen", "the port": "dem Hafen",
                    "the buses": "den Busbetrieben", "the railways": "der Bahn", "the post office": "der Post"},
             "fr": {"the metro": "le métro", "the airport": "l'aéroport", "the port": "le port",
                    "the buses": "les bus", "the railways": "les chemins de fer", "the post office": "la poste"}}
PRODUCTS = {"en": ["e-bike batteries", "phone chargers", "space heaters", "baby monitors", "power banks"],
            "de": ["E-Bike-Akkus", "Ladegeräte", "Heizlüfter", "Babyphones", "Powerbanks"],
            "fr": ["batteries de vélo", "chargeurs", "radiateurs", "babyphones", "batteries externes"]}
TOPICS = {"en": ["user data", "hidden fees", "misleading adverts", "price fixing"],
          "de": ["Nutzerdaten", "versteckter Gebühren", "irreführender Werbung", "Preisabsprachen"],
          "fr": ["données personnelles", "frais cachés", "publicité trompeuse", "entente sur les prix"]}


def coined(rng, parts=2):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize() + rng.choice(["a", "on", "is", "ex", "o"])


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def number(value, language):
    """Group thousands as each language writes them."""
    text = f"{value:,}"
    return {"en": text, "de": text.replace(",", "."), "fr": text.replace(",", "\u202f")}[language]


def slots_for(kind, rng):
    s = {"official": person(rng)}
    if kind == "storm":
        s.update(storm=coined(rng, 1), region=rng.choice(REGIONS), region2=rng.choice(REGIONS),
                 gust=rng.randrange(110, 180), homes=rng.randrange(20, 400) * 1000, injured=rng.randrange(3, 60))
    elif kind == "recall":
        s.update(company=coined(rng), product=rng.randrange(len(PRODUCTS["en"])),
                 units=rng.randrange(50, 2000) * 1000, fires=rng.randrange(12, 90), country=rng.choice(COUNTRIES))
    elif kind == "strike":
        s.update(sector=rng.choice(SECTORS), city=rng.choice(CITIES), unions=rng.randrange(2, 6),
                 days=rng.randrange(2, 9), share=rng.randrange(3, 6))
    elif kind == "election":
        s.update(country=rng.choice(COUNTRIES), party=coined(rng), leader=person(rng),
                 share=rng.randrange(28, 46), seats=rng.randrange(60, 180), rival=person(rng))
    elif kind == "fine":
        s.update(court=rng.choice(["European Court of Justice", "Federal Court", "Competition Tribunal"]),
                 company=coined(rng), amount=rng.randrange(40, 900), topic=rng.randrange(len(TOPICS["en"])))
    elif kind == "plant":
        s.update(company=coined(rng), city=rng.choice(CITIES), jobs=rng.randrange(4, 40) * 100,
                 invest=rng.randrange(2, 12))
    elif kind == "theft":
        s.update(city=rng.choice(CITIES), museum=rng.choice(["Fine Arts Museum", "City Gallery", "Modern Art Museum"]),
                 paintings=rng.randrange(2, 9), value=rng.randrange(3, 60), painter=person(rng))
    elif kind == "quake":
        s.update(region=rng.choice(REGIONS), country=rng.choice(COUNTRIES), magnitude=f"{rng.randrange(50, 78) / 10}",
                 dead=rng.randrange(4, 300), town=rng.choice(CITIES))
    return s


def localise(slots, language):
    out = {}
    for key, value in slots.items():
        if key == "product":
            out[key] = PRODUCTS[language][value]
        elif key == "topic":
            out[key] = TOPICS[language][value]
        elif key == "sector" and language != "en":
            out[key] = SECTORS_L[language][value]
        elif key == "magnitude" and language != "en":
            out[key] = value.replace(".", ",")
        elif isinstance(value, int):
            out[key] = number(value, language)
        else:
            out[key] = value
    return out


def report(kind, slots, language, rng):
    t = KINDS[kind]
    values = localise(slots, language)
    title = rng.choice(t["head"][language]).format(**values)
    facts = list(t["facts"][language])
    rng.shuffle(facts)
    chosen = facts[: rng.randint(max(2, len(facts) - 2), len(facts))]
    fillers = rng.sample(FILLER[language], rng.randint(1, 2))
    sentences = [s.format(**values) for s in chosen] + fillers
    paragraphs = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    return title, "\n\n".join(paragraphs)


def wire_copy(text, language, rng):
    """An outlet's edit of a wire text: one background sentence added, or the last paragraph dropped."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 2 and rng.random() < 0.5:
        paragraphs = paragraphs[:-1]
    else:
        paragraphs.append(rng.choice(FILLER[language]))
    return "\n\n".join(paragraphs)


def generate(seed, events):
    rng = random.Random(seed)
    lines = []
    for e in range(events):
        kind = rng.choice(sorted(KINDS))
        slots = slots_for(kind, rng)
        start = START + datetime.timedelta(minutes=rng.randrange(0, 30 * 24 * 60))
        outlets = rng.sample(OUTLETS, rng.randint(2, 9))
        written = []
        for i, (outlet, language) in enumerate(outlets):
            published = start + datetime.timedelta(minutes=0 if i == 0 else rng.randrange(10, 48 * 60))
            same_language = [w for w in written if w[1] == language]
            if same_language and rng.random() < 0.2:
                title, text = same_language[0][2], wire_copy(same_language[0][3], language, rng)
            else:
                title, text = report(kind, slots, language, rng)
            written.append((outlet, language, title, text))
            lines.append(dict(id=f"{outlet}/{e:03d}-{i}", title=title, text=text,
                              published=published.strftime("%Y-%m-%dT%H:%M:%SZ"), source=outlet, language=language,
                              cluster=f"ev{e:03d}-{kind}"))
    lines.sort(key=lambda line: line["id"])
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--events", type=int, default=120)
    args = parser.parse_args()
    for line in generate(args.seed, args.events):
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
