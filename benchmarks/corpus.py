"""A synthetic news corpus of any size, in the styles of the sample corpus, for the speed benchmarks.

Articles are written as JSON Lines (the form a newsroom archive or a crawl export takes), in files
of --per-file articles, so a run streams them. Each article follows one of the four sample
outlets' styles: a wire story with a dateline, a page pasted from a browser with its furniture
(menus, byline block, photo caption, comment box, footer), a newspaper page with masthead and
"Listen to this article", or a plain site text. Speakers come from a large population (first x
last names, by default about 250,000 people) with a few very often quoted and a long tail, as in
news; a person's name is sometimes spelt another way (transliteration, a title, surname only).
Stories carry direct quotes, reported speech and figures. Dates are spread over --years years.

Example:

    python benchmarks/corpus.py --articles 20000 --out /tmp/corpus-20k
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

FIRST = """Ilona Dmytro Oleksandra Tomas Nadia Anselm Miroslav Renata Emil Marta Jana Klara Yuriy Pavel Lucia
Teodor Milan Katarina Ida Petra Ana Bogdan Chiara Elena Farid Greta Hugo Irina Jonas Katya Lev Mirela Nikola
Oksana Radek Sabina Viktor Zofia Adam Beata Cyril Dana Erik Filip Hana Igor Jakub Kamila Ladislav Monika
Norbert Olga Patrik Roman Simona Tereza Urszula Vaclav Wiktor Xenia Yana Zdenek Agnieszka Borys Celina Damian
Edyta Fedir Galina Henryk Inga Jaroslav Kira Leona Maksym Nela Orest Polina Rostyslav Stepan Taras Uliana
Vira Wanda Yaroslav Zlata Andrei Dmitri Sergei Natalia Tatiana Mikhail Alexei Svetlana Ivan Nina Boris
Ludmila Grigori Vera Oleg Galyna Vasyl Halyna Mykola Iryna Serhiy Kateryna Volodymyr Liudmyla Anton Daria
Fabian Greta Helmut Ingrid Jurgen Karin Lothar Margit Otto Petra Rainer Sigrid Ulrich Vroni Walter""".split()
LAST = """Varga Kovalenko Shevchuk Ondrak Horvat Fiala Benes Sokol Sandor Dobos Mraz Weiss Tkachenko Orlik
Fenner Marin Rusnak Blum Brandt Ruiz Moretti Petrenko Novak Haddad Lind Marchetti Sokolova Berg Dvorak Kral
Pokorny Hajek Jelinek Ruzicka Benda Cerny Prochazka Kucera Vesely Kratochvil Nemec Marek Pospisil Hruby
Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski Dabrowski Kozlowski Jankowski Mazur
Bondarenko Melnyk Kravchenko Oliynyk Shevchenko Polishchuk Lysenko Rudenko Savchenko Moroz Marchenko Pavlenko
Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Fedorov Morozov Volkov Alekseev Lebedev
Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov Zaitsev Solovyov
Horvath Nagy Kovacs Szabo Toth Kiss Molnar Nemeth Farkas Balogh Papp Takacs Juhasz Lakatos Meszaros Olah
Simon Racz Fekete Szilagyi Torok Feher Balazs Gal Kis Szucs Kocsis Orsos Pinter Fodor Szalai Sipos Magyar
Lukacs Gulyas Biro Kiraly Katona Laszlo Jakab Bogdan Balog Sandor Boros Fazekas Kelemen Antal Somogyi
Popescu Ionescu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin Florea Dinu Serban
Mihai Lungu Barbu Cristea Toma Nistor Petric Kovac Babic Maric Jukic Knezevic Vukovic Markovic Petrovic
Jovanovic Nikolic Ilic Pavlovic Djordjevic Stojanovic Milosevic Popovic Stankovic Lazic Kostic Zivkovic""".split()
TRANSLITERATIONS = [("y", "i"), ("ii", "y"), ("kh", "h"), ("v", "w"), ("o", "ó"), ("a", "á"), ("e", "é")]
ROLES = ["governor of the {region} region", "Emergencies Minister", "mayor of {town}", "a spokeswoman for the ministry",
         "a spokesman for the regional administration", "director of the {org}", "chief executive of {company}",
         "a hydrologist at {town} Technical University", "the regional prosecutor", "chair of the commission",
         "a retired teacher", "a farmer in {town}", "a nurse at the {town} hospital", "an engineer", "Finance Minister",
         "a member of parliament for {town}", "the head of the civil protection office", "an economist at {org}"]
TITLES = ["Governor", "Minister", "Mayor", "Professor", "Dr.", "Senator", "Commissioner", ""]
TOWNS = """Korvel Brenova Lisko Sarva Holtsek Drevna Valtor Mirnov Zelna Ostrava Kamenec Lipany Velka Dolina
Hradek Novy Stary Borsk Tisa Vrbas Ruma Kula Senta Apatin Becej Zrenjanin Pancevo Vrsac Kikinda Sombor""".split()
REGIONS = ["Drevna", "Sarva", "Valtor", "Northbank", "Kestria", "Mirnov", "Zelna"]
ORGS = ["Valley Aid Network", "Red Cross", "Institute for Public Policy", "Farmers' Union", "Kestria Bank",
        "Centre for Water Research", "Transparency Kestria", "Chamber of Commerce"]
COMPANIES = ["Granitex Engineering", "Sarva Power", "Korvel Rail", "Nordbuild", "Hydrotek", "Valtor Steel"]
TOPICS = [
    ("flood", "people were evacuated", "homes were damaged", "the dam", "the reservoir was {pct} per cent full"),
    ("budget", "million crowns were allocated", "jobs were cut", "the budget", "spending rose by {pct} per cent"),
    ("election", "voters turned out", "polling stations opened", "the vote", "turnout reached {pct} per cent"),
    ("strike", "workers walked out", "trains were cancelled", "the strike", "wages rose by {pct} per cent"),
    ("hospital", "patients were treated", "beds were available", "the hospital", "waiting times fell by {pct} per cent"),
    ("fire", "hectares burned", "firefighters were deployed", "the fire", "{pct} per cent of the forest was lost"),
]
OUTLETS = [("Meridian Wire", "wire"), ("The Drevna Courier", "pasted"), ("The Northbank Post", "masthead"),
           ("Kestria Today", "plain")]
CUES = ["said", "told reporters", "said on {day}", "told a news conference", "said in a statement", "added",
        "told the Post", "wrote on social media"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Population:
    """Speakers: a large population drawn with a heavy head (a few people are quoted very often)."""

    def __init__(self, rng: random.Random, size: int):
        self.rng = rng
        self.size = size

    def person(self) -> tuple[str, str]:
        # Pareto-like rank: most draws from the first few thousand people, a long tail after.
        rank = min(int(self.rng.paretovariate(0.35)) - 1, self.size - 1)
        first = FIRST[(rank * 7919) % len(FIRST)]
        last = LAST[(rank * 104729 // len(FIRST)) % len(LAST)]
        if rank >= len(FIRST) * len(LAST):  # beyond the name grid: double-barrelled surnames
            last = f"{last}-{LAST[(rank // len(LAST)) % len(LAST)]}"
        role = ROLES[rank % len(ROLES)]
        return f"{first} {last}", role

    def spelling(self, name: str) -> str:
        """The name as one outlet spells it: now and then transliterated otherwise."""
        if self.rng.random() < 0.15:
            a, b = self.rng.choice(TRANSLITERATIONS)
            first, _, last = name.partition(" ")
            return f"{first.replace(a, b, 1)} {last}"
        return name


def fill(template: str, rng: random.Random, **extra) -> str:
    return template.format(region=rng.choice(REGIONS), town=rng.choice(TOWNS), org=rng.choice(ORGS),
                           company=rng.choice(COMPANIES), day=rng.choice(DAYS), pct=rng.randint(5, 98), **extra)


def figure(rng: random.Random) -> str:
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 9999), rng.randint(10, 900)])
    qualifier = rng.choice(["", "more than ", "about ", "at least ", "nearly ", "fewer than "])
    return f"{qualifier}{n:,}"


def story(rng: random.Random, people: Population, published: date) -> tuple[str, list[str], list[str]]:
    """The body paragraphs of one story, its headline, and who it quotes (their names as drawn)."""
    topic = rng.choice(TOPICS)
    town = rng.choice(TOWNS)
    cast = [people.person() for _ in range(rng.randint(2, 4))]
    paragraphs = []
    headline = f"{cast[0][0].split()[1]} says {figure(rng)} {topic[1]} in {town}"
    for i, (name, role) in enumerate(cast):
        spelt = people.spelling(name)
        role_text = fill(role, rng)
        surname = spelt.split()[-1]
        title = rng.choice(TITLES)
        cue = fill(rng.choice(CUES), rng)
        shape = rng.randrange(5)
        if shape == 0:
            paragraphs.append(f"{spelt}, {role_text}, {cue} that {figure(rng)} {topic[1]} before {topic[3]} "
                              f"was closed, and that {fill(topic[4], rng)}.")
        elif shape == 1:
            paragraphs.append(f"“We will not stop until every family in {town} is safe,” {surname} {cue}. "
                              f"“{figure(rng).capitalize()} {topic[2]}, and that is not the end of it.”")
        elif shape == 2:
            paragraphs.append(f"{title + ' ' if title else ''}{spelt} {cue} {figure(rng)} {topic[1]} on "
                              f"{rng.choice(DAYS)}, up from {figure(rng)} a week earlier.")
        elif shape == 3:
            paragraphs.append(f"“The official number is simply not true,” said {spelt}, {role_text}. "
                              f"“{fill(topic[4], rng).capitalize()}, not what the ministry says.”")
        else:
            paragraphs.append(f"According to {spelt}, {figure(rng)} {topic[2]} and {fill(topic[4], rng)}. "
                              f"{surname} said the figures would be published on {rng.choice(DAYS)}.")
        if i == 0:
            paragraphs.append(f"The {topic[0]} in {town} has been the subject of a dispute over numbers since "
                              f"{(published - timedelta(days=rng.randint(1, 30))).strftime('%B %-d')}.")
    paragraphs.append(f"Officials said {figure(rng)} {topic[1]} across the {rng.choice(REGIONS)} region.")
    return headline, paragraphs, [name for name, _ in cast]


def render(style: str, outlet: str, headline: str, paragraphs: list[str], author: str, published: date,
           rng: random.Random) -> str:
    """The article text as it arrives from each kind of source."""
    town = rng.choice(TOWNS)
    if style == "wire":
        first = f"{town.upper()}, Kestria ({outlet}) — {paragraphs[0]}"
        return "\n\n".join([first] + paragraphs[1:] + [f"(Reporting by {author}; editing by {rng.choice(FIRST)} "
                                                         f"{rng.choice(LAST)})"])
    caption = (f"Residents in {town} on {rng.choice(DAYS)}. ({rng.choice(FIRST)} {rng.choice(LAST)}/{outlet})")
    if style == "pasted":
        head = (f"top of page\n\n{headline}\n\n  • Writer: {outlet}\n    {outlet}\n  • {published.strftime('%b %-d')}\n"
                f"  • {rng.randint(2, 6)} min read\n\n{caption}\n{caption}\n\nBy {author}\n\n")
        foot = (f"\n\nComments\n\nWrite a comment...\n\nLooking for more information?\nGet in touch with us today."
                f"\n\nPostal Address:\n\nPO Box {rng.randint(100, 999)}, {town}\n\n© {published.year} {outlet}"
                f"\n\nPrivacy Policy\n\n  • Facebook\n  • Instagram\nbottom of page")
        return head + "\n\n\n".join(paragraphs) + foot
    if style == "masthead":
        head = (f"Skip to main content\n{outlet.upper()}\nSubscribe  |  Sign in\nNews  Politics  Business  Regions"
                f"\n\nREGIONS\n\n{headline}\n\nBy {author}\n{published.strftime('%B %-d, %Y')} at 7:15 a.m.\n\n"
                f"Listen to this article\n{rng.randint(2, 7)} min\n\nShare\nSave\n\n{caption}\n\n")
        return head + "\n\n".join(paragraphs) + "\n\nMost read\n\n1. Something else happened\n2. Another story"
    return "\n\n".join(paragraphs)


def generate(n: int, out: Path, per_file: int = 10_000, seed: int = 1, population: int = 250_000,
             years: int = 8, last_day: date = date(2026, 3, 31), casts: list | None = None) -> list[Path]:
    """Write n articles as JSON Lines under `out`; return the files. `casts`, when given, gets the
    names of the people each article quotes, in order (the truth benchmarks/surnames.py scores by)."""
    rng = random.Random(seed)
    people = Population(rng, population)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    handle = None
    span = years * 365
    for i in range(n):
        if i % per_file == 0:
            if handle:
                handle.close()
            files.append(out / f"articles-{i // per_file:05d}.jsonl")
            handle = open(files[-1], "w", encoding="utf-8")
        # Articles in date order, as an archive export gives them.
        published = last_day - timedelta(days=span - (i * span) // max(n, 1))
        outlet, style = OUTLETS[rng.randrange(len(OUTLETS))]
        headline, paragraphs, cast = story(rng, people, published)
        if casts is not None:
            casts.append(cast)
        author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        text = render(style, outlet, headline, paragraphs, author, published, rng)
        slug = "-".join(headline.lower().split()[:6]).replace(",", "")
        handle.write(json.dumps({
            "id": f"syn-{seed}-{i}", "title": headline, "outlet": outlet, "author": author,
            "url": f"https://{outlet.lower().replace(' ', '').replace('the', '')}.example/{published:%Y/%m/%d}/{slug}-{i}",
            "published": published.isoformat(), "text": text}, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--per-file", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--population", type=int, default=250_000, help="number of distinct possible speakers")
    parser.add_argument("--years", type=int, default=8)
    args = parser.parse_args()
    files = generate(args.articles, args.out, args.per_file, args.seed, args.population, args.years)
    print(f"{args.articles} articles in {len(files)} files under {args.out}")


if __name__ == "__main__":
    main()
