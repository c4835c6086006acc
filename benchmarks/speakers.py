"""Speaker linking across articles: a synthetic benchmark with ground truth.

    python benchmarks/speakers.py                        # 20,000 and 1,000,000 mentions, with the peer
    python benchmarks/speakers.py --sizes 20000          # one size (a few seconds)
    python benchmarks/speakers.py --incremental          # 100 articles into a database of 1,000,000 aliases

The generator makes people of several origins (English, German, French, Slavic names written in
five transliteration systems, Arabic, Chinese, Korean and Japanese romanisations), each with a
role, a beat (the people they appear with) and outlets that cover the beat, and hard negatives:
people whose names differ from an existing person's by a gender ending, one letter of the given
name, a sibling's given name, or a similar family name (Clark / Clarke, Meyer / Meier). Articles
quote one to four people of one beat; each mention is written as news writes names: the full
name, a title, the surname alone, an initial, "Last, First", capitals, diacritics dropped, another
transliteration, a nickname, a typo, another name order, a hyphen more or less. People's names
are distinct after normalisation: true homonyms (two John Smiths) need the gazetteer or a person.

Linking is the product's own path, `claims ingest`'s writer (claims.ingest.store_batch: claims.link
over the SQLite database, 100 articles a transaction) on the articles in date order, each mention a
quote with the article's context (role when the article gives one, outlet, co-occurring speakers).
A full name is a speaker of its article; a surname alone or after a title is a quote the extractor
left unresolved (no speaker, the mention as written), which links only on evidence. Extraction is
not measured here (benchmarks/quotes.py and attribution.py do). The peer is plain rapidfuzz `ratio` >= 85 over normalised
names, clusters by connected components; at 1,000,000 mentions it runs on a random sample (a full
comparison would take hours) and the table says so.

Pairwise precision and recall: over all pairs of mentions, a pair is predicted when both are in
one cluster and true when both name one person. Time is linking only; peak memory is the whole
process (generator included), measured in a fresh subprocess per size. A mention left without a
speaker is a cluster of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This folder has a numbers.py of its own: keep it from shadowing the standard library's.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import json
import random
import resource
import shutil
import subprocess
import time
import unicodedata
from datetime import date

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# ------------------------------------------------------------------------------------------------
# Name material
# ------------------------------------------------------------------------------------------------

EN_MALE = ("William Robert Richard James John Joseph Michael Thomas Edward Charles Christopher Daniel David "
           "Anthony Benjamin Samuel Matthew Nicholas Patrick Peter Steven Andrew Timothy Jonathan Gregory "
           "Kenneth Ronald Donald Gerald Lawrence Raymond Philip George Henry Arthur Frank Paul Mark Brian "
           "Kevin Jason Eric Adam Ryan Jacob Nathan Simon Martin Oliver Harry Jack Liam Noah Owen Lewis").split()
EN_FEMALE = ("Elizabeth Katherine Catherine Margaret Jennifer Susan Rebecca Deborah Patricia Victoria Alexandra "
             "Samantha Jacqueline Barbara Kimberly Mary Linda Sarah Karen Nancy Lisa Betty Sandra Ashley Emily "
             "Donna Michelle Carol Amanda Melissa Stephanie Laura Helen Anna Emma Olivia Sophie Grace Alice "
             "Hannah Claire Rachel Julia Ruth Jane Lucy Fiona Megan Chloe").split()
EN_SURNAMES = ("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson White "
               "Harris Martin Thompson Robinson Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker "
               "Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards "
               "Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox "
               "Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell "
               "Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons Patterson Jordan Reynolds "
               "Hamilton Graham Wallace West Cole Hayes Gibson Ellis Stevens Murray Ford Marshall Owens Harrison "
               "Fletcher Barker Holmes Palmer Spencer Mason Hunt Lloyd Hart Knight Dixon").split()
EN_PRE = "Ash Black Brad Brook Chad Cole Crane Dal Fair Green Hart Hol Kings Lang Mar North Pen Ral Red Ross " \
         "Shel Stan Sum Thorn Wake War West Whit Wood Elling Harr".split()
EN_SUF = "by ford ley ton wick well worth field man son ham more wood bridge stone".split()

DE_MALE = ("Jürgen Jörg Günter Björn Uwe Klaus Hans Wolfgang Stefan Andreas Thomas Michael Matthias Frank Dieter "
           "Horst Werner Helmut Gerhard Manfred Bernd Ralf Sven Torsten Lars Jan Tobias Florian Lukas Maximilian "
           "Felix Moritz Sebastian Christian Markus Heinz Karl Friedrich Johannes Ulrich Rüdiger Volker").split()
DE_FEMALE = ("Ursula Angela Sabine Jutta Brigitte Katrin Petra Monika Renate Gisela Birgit Heike Anke Silke Nicole "
             "Claudia Andrea Susanne Stefanie Julia Lena Lea Hanna Marie Sophie Annika Jana Franziska Charlotte "
             "Karin Gabriele Barbel Ute Doris Christa Margit Gudrun Jördis Dörte Käthe").split()
DE_SURNAMES = ("Schmid Müller Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer "
               "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt "
               "Werner Krause Meier Lehmann Köhler Maier Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß "
               "Jung Hahn Vogel Keller Günther Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster "
               "Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger Sommer Groß Seidel Heinrich Brandt "
               "Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Voigt "
               "Sauer Arnold Wolff Pfeiffer Strauß Fuß Weißmann").split()
DE_PRE = "Alt Berg Brun Eisen Feld Gold Grün Hoch Kirch Lieb Rosen Stein Wald Weiß Wein Schön Böckel Ober".split()
DE_SUF = "mann berger feld hof bach dorf hausen stein meier huber".split()

FR_MALE = ("François Jérôme Sébastien Stéphane Frédéric Jean-Pierre Jean-Luc Jean-Marc Pierre Michel Philippe "
           "Nicolas Julien Thomas Antoine Mathieu Olivier Laurent Christophe Benoît Rémi Théo Hugo Louis Gaël "
           "Loïc Hervé Éric Cédric Xavier Yves Guillaume Étienne Arnaud Bruno").split()
FR_FEMALE = ("Hélène Amélie Céline Élodie Marie-Claire Anne-Sophie Camille Mathilde Chloé Léa Manon Inès Zoé "
             "Margaux Juliette Isabelle Nathalie Sylvie Valérie Véronique Sandrine Aurélie Émilie Mélanie "
             "Géraldine Ségolène Agnès Brigitte Cécile Delphine").split()
FR_SURNAMES = ("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel "
               "Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont Lambert "
               "Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Henry Roussel Perrin Morin Mathieu "
               "Clément Gauthier Dumont Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire "
               "Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas Meunier Jean Perez Marchand Dufour Blanchard "
               "Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron "
               "Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix "
               "Fabre Dupuis Olivier Rodriguez Da Silva Hubert Louis Charles Guillot Rivière Le Gall Guillaume "
               "Adam Rey Moulin Gonzalez Berger Lecomte Menard Fleury Deschamps Carpentier Julien Benoît Paris "
               "Maillard Marchal Aubry Vasseur Le Roux Renault Jacquet Collet Prévost Poirier Charpentier "
               "Royer Huet Baron Dupuy Pons Paul Laine Carré Breton Rémy Schneider Perret Giraud").split()
FR_PARTICLE = ["de Villepin", "de la Fontaine", "Le Pen", "Le Drian", "de Gaulle", "de Villiers", "d'Estaing",
               "de Montbrial", "du Pont", "de Castelnau", "de Rugy", "de Saint-Exupéry", "Le Maire", "de La Tour"]

# Slavic names in a phoneme notation, rendered by several transliteration systems.
#   K = ks/x, X = kh, Z = zh, S = sh, C = ch, T = ts, J = y (й), Y = y (ы), E = ye (initial е),
#   U = yu, A = ya, O = yo (ё), I = the ending -ий.
SL_MALE = ("aleKsandr aleKseJ andreJ anatolI boris vadim valerI vasilI viktor vladimir gennadI grigorI denis dmitrI "
           "Evgenij igor ilA ivan kirill konstantin leonid maKim miXail nikolaJ oleg pavel pOtr roman ruslan "
           "sergeJ stanislav stepan timur fOdor UrI Aroslav bogdan taras oleksandr mykola andrI vitalI "
           "Evhen volodymyr yuriJ artOm arkadI").split()
SL_FEMALE = ("anna Ekaterina elena irina natalA olga tatAna Ulia svetlana marina maria darA ksenia oksana lUdmila "
             "valentina galina nadeZda viktoria alina polina vera zoA larisa tamara inna nina sofia kateryna "
             "olena iryna").split()
SL_STEMS = ("petr ivan sidor kuzneT smirn pop sokol lebed kozl novik moroz volk zaJT pavl semen golub vinograd "
            "bogdan fOdor miXajl belA tarasen koval Sevc bondar tkaC kravC melnik lis rud zelen grom klim Zuk "
            "Xmel Carn medved orl sobol gusev kotl vasil grigor denis kiril makar nikit osip prok rodion "
            "saveli trofim ustin fadeJ Xarit Sapoval Sust Cernyx gorban kravT lisenk marCen moskal "
            "nesterov ostap panas pilip radC stepan timoS Sapir volod Zurav kuz kulik lobod tereS").split()
SL_SUFFIX = [("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("enko", "enko"), ("uk", "uk"), ("skI", "skaA"),
             ("ovIC", "ovIC"), ("ak", "ak"), ("ovskI", "ovskaA"), ("CUk", "CUk")]
SL_SYSTEMS = {
    # BGN/PCGN-like English: the spelling of most English-language wires.
    "en": {"K": "ks", "X": "kh", "Z": "zh", "S": "sh", "C": "ch", "T": "ts", "J": "y", "Y": "y", "E": "ye",
           "U": "yu", "A": "ya", "O": "yo", "I": "iy"},
    # Simplified English: -y endings, i for й.
    "en2": {"K": "x", "X": "kh", "Z": "zh", "S": "sh", "C": "ch", "T": "ts", "J": "i", "Y": "y", "E": "e",
            "U": "yu", "A": "ya", "O": "yo", "I": "y"},
    # Ukrainian national / -yy English.
    "ua": {"K": "ks", "X": "kh", "Z": "zh", "S": "sh", "C": "ch", "T": "ts", "J": "i", "Y": "y", "E": "ye",
           "U": "iu", "A": "ia", "O": "io", "I": "yy"},
    "de": {"K": "x", "X": "ch", "Z": "sch", "S": "sch", "C": "tsch", "T": "z", "J": "j", "Y": "y", "E": "je",
           "U": "ju", "A": "ja", "O": "jo", "I": "ij"},
    "fr": {"K": "x", "X": "kh", "Z": "j", "S": "ch", "C": "tch", "T": "ts", "J": "i", "Y": "y", "E": "ie",
           "U": "iou", "A": "ia", "O": "io", "I": "i"},
}

AR_GIVEN = [g.split("/") for g in (
    "Muhammad/Mohammed/Mohamed/Mohammad Ahmad/Ahmed Mahmoud/Mahmud Mustafa/Mostafa/Moustafa "
    "Youssef/Yusuf/Yousef Omar/Umar Khaled/Khalid Said/Saeed/Sayed Hussein/Hussain/Husain/Husayn Hassan/Hasan "
    "Ali Ibrahim/Ebrahim Abdullah/Abdallah Tariq/Tarek/Tareq Walid/Waleed Jamal/Gamal Nabil/Nabeel "
    "Karim/Kareem Rashid/Rachid/Rasheed Fatima/Fatma Aisha/Aicha/Ayesha Layla/Leila/Laila Nour/Noor "
    "Mariam/Maryam/Meriem Zainab/Zeinab Samira/Sameera Yasmin/Yasmine Hanan Rania Salma Amal Faisal/Faysal "
    "Hamza/Hamzah Bilal Anwar Ayman/Aiman Bassam Fadi Ghassan Hisham/Hesham Imad/Emad Majid/Majed Marwan "
    "Nasser/Nasir Osama/Usama Qasim/Kassem Ramzi/Ramzy Sami/Samy Tamer/Tamir Yahya/Yehia Ziad/Ziyad").split()]
AR_FAMILY = [f.split("/") for f in (
    "Haddad Mansour/Mansur Khoury/Khouri Nasrallah Qasim/Qassem Saleh/Salih Hamdan Abbas Aziz Masri/Masry "
    "Najjar/Najar Tamimi Hashemi/Hashimi Zahrani Shami Obeidi/Ubaidi Jaber/Jabir Sabbagh Farouk/Faruq "
    "Qureshi/Qurashi Sharif/Shareef Bakr Darwish/Darwiche Ghanem/Ghanim Hakim/Hakeem Issa/Eissa Jaafari/Jafari "
    "Khatib/Khateeb Mahdi/Mehdi Qadri/Kadri Rahman Sayegh/Sayigh Suleiman/Sulaiman Yassin/Yaseen Zayed "
    "Otaibi/Utaybi Shehri Dosari/Dawsari Mutairi Harbi Ghamdi Qahtani/Kahtani Amri Hajri Marri Kaabi Suwaidi "
    "Bitar Chalabi Dabbagh Fakhoury/Fakhouri Halabi Jabouri/Jubouri Kubaisi Maliki Nuaimi Rawi Samarrai "
    "Tikriti Zubaidi Azzam Badawi Fahmy/Fahmi Galal Hegazy/Hegazi Kamel/Kamil Lotfy/Lotfi Morsi/Morsy "
    "Naguib/Najib Ragab/Rajab Shafik/Shafiq Wahba").split()]
AR_ARTICLE = ["al-", "el-", "Al ", "al-"]

ZH_SURNAMES = ("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang "
               "Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su "
               "Lu Ding Ren Shen Yao Xi Jin Qian Fang Shi Fan Kong Lei Qin Tan Meng Bai Cui Kang Mao Qiu Xiong "
               "Hao Gu Duan Hou Shao Long Wan Duan Zou Yin Chang Wen Lai Hong").split()
ZH_SYLL = ("jin ping qiang wei min hua ming jun lei hong yan li na jie tao bin bo chao gang hai hui jian kai liang "
           "long mei ning peng qing rong shan sheng tian ting wen xia xiang xin xiu yang yi ying yong yu yuan yun "
           "zhen zhi zhong guo de an fei feng lan").split()
KO_SURNAMES = [s.split("/") for s in ("Kim/Gim Lee/Yi/Rhee Park/Pak/Bak Choi/Choe Jung/Chung/Jeong Kang/Gang "
                                       "Cho/Jo Yoon/Yun Jang/Chang Lim/Im Han Oh Seo/Suh Shin/Sin Kwon Hwang Ahn/An "
                                       "Song Moon/Mun Yoo/Yu Hong Jeon/Jun Ko/Go Baek/Paik Nam").split()]
KO_SYLL = "jae in hyun woo min jun seo yeon ji hoon sung ho young soo kyung hee eun jin dong hwan chul sang " \
          "tae won mi ra na yu bin".split()
JA_SURNAMES = ("Abe Kishida Suga Noda Aso Fukuda Koizumi Mori Obuchi Hashimoto Murayama Hata Hosokawa Miyazawa "
               "Kaifu Uno Takeshita Nakasone Suzuki Ohira Tanaka Sato Ikeda Kishi Ishibashi Hatoyama Yoshida "
               "Katayama Shidehara Higashikuni Kono Motegi Hayashi Kato Matsuno Nishimura Takaichi Ishiba Ono "
               "Yamaguchi Watanabe Ito Nakamura Kobayashi Yamamoto Yamada Sasaki Matsumoto Inoue Kimura Shimizu "
               "Yamazaki Ikeda Hasegawa Ishikawa Ogawa Goto Okada Fujita Endo Aoki Sakamoto Murakami Ota "
               "Kaneko Fujii Nishida Okamoto Matsuda Nakajima Harada Takeda Ueda Morita Hara Shibata Sakai "
               "Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama Imai").split()
JA_GIVEN = ("Shinzō Yōko Fumio Yoshihide Tarō Yasuo Jun'ichirō Yoshirō Keizō Ryūtarō Tomiichi Tsutomu Morihiro "
            "Kiichi Toshiki Sōsuke Noboru Yasuhiro Zenkō Masayoshi Takeo Kakuei Eisaku Hayato Nobusuke Tanzan "
            "Ichirō Shigeru Tetsu Kijūrō Naruhiko Tarō Toshimitsu Yoshimasa Hirokazu Katsunobu Yasutoshi "
            "Sanae Shigeru Itsunori Yuko Kōji Hiroshi Takashi Kenji Akira Makoto Naoki Daisuke Shōta Haruto "
            "Yūki Sōta Ren Yuna Aoi Hina Sakura Mei Rin Yui Kaito Riku Minato Kōki Yūto Satoshi Kazuo Hideo "
            "Yukio Masako Keiko Junko Tomoko Yumiko Akiko Naomi Emi").split()

TITLES = {"any": ["Mr.", "Dr.", "Prof."], "f": ["Ms.", "Mrs.", "Dr."], "m": ["Mr.", "Dr."]}
POSITIONS = ["minister of {}", "mayor of {}", "governor of {}", "spokesperson for the {} government",
             "chief executive of {} Holdings", "professor at {} University", "member of parliament for {}",
             "ambassador to {}", "head of the {} Red Cross", "police chief of {}", "deputy minister of {}",
             "coach of {} FC", "chair of the {} committee", "{} correspondent", "prosecutor in {}",
             "judge at the {} court", "president of {}", "leader of the {} party", "economist at {} Bank",
             "director of the {} museum"]
PLACES = ("Kyiv Lviv Odesa Tula Omsk Kazan Berlin Munich Hamburg Lyon Marseille Lille Leeds Bristol Cairo Amman "
          "Doha Beirut Baghdad Riyadh Shanghai Chengdu Wuhan Seoul Busan Osaka Kyoto Nagoya Boston Denver Austin "
          "Dallas Geneva Vienna Prague Warsaw Krakow Minsk Tbilisi Baku Ankara Tunis Algiers Rabat Dakar Lagos "
          "Nairobi Lima Quito Bogota Oslo Bergen Turku Tartu Riga Vilnius Gdansk Brno Graz Linz Basel Zurich "
          "Porto Seville Bilbao Naples Turin Genoa Palermo Sofia Varna Skopje Tirana Sarajevo Split Zagreb").split()
TOPIC_WORDS = "energy health defence finance interior education transport justice agriculture culture trade " \
              "environment labour housing water digital".split()

NICKNAMES = {"William": ["Bill", "Will"], "Robert": ["Bob", "Rob"], "Richard": ["Rick", "Dick"], "James": ["Jim"],
             "Joseph": ["Joe"], "Michael": ["Mike"], "Thomas": ["Tom"], "Edward": ["Ed", "Ted"],
             "Charles": ["Charlie"], "Christopher": ["Chris"], "Daniel": ["Dan"], "David": ["Dave"],
             "Anthony": ["Tony"], "Benjamin": ["Ben"], "Samuel": ["Sam"], "Matthew": ["Matt"],
             "Nicholas": ["Nick"], "Patrick": ["Pat"], "Peter": ["Pete"], "Steven": ["Steve"], "Andrew": ["Andy"],
             "Timothy": ["Tim"], "Jonathan": ["Jon"], "Gregory": ["Greg"], "Kenneth": ["Ken"], "Ronald": ["Ron"],
             "Donald": ["Don"], "Gerald": ["Gerry"], "Lawrence": ["Larry"], "Raymond": ["Ray"], "Philip": ["Phil"],
             "Elizabeth": ["Liz", "Beth"], "Katherine": ["Kate", "Kathy"], "Catherine": ["Cathy", "Kate"],
             "Margaret": ["Maggie", "Peggy"], "Jennifer": ["Jen", "Jenny"], "Susan": ["Sue"], "Rebecca": ["Becky"],
             "Deborah": ["Debbie"], "Patricia": ["Pat", "Tricia"], "Victoria": ["Vicky"], "Alexandra": ["Alex"],
             "Samantha": ["Sam"], "Jacqueline": ["Jackie"], "Kimberly": ["Kim"], "Johannes": ["Hans"],
             "Friedrich": ["Fritz"], "vladimir": ["Volodya"], "dmitrI": ["Dima"], "miXail": ["Misha"],
             "aleKsandr": ["Sasha"], "Ekaterina": ["Katya"]}


def strip_diacritics(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def render_slavic(word: str, system: str) -> str:
    table = SL_SYSTEMS[system]
    out = "".join(table.get(c, c) for c in word)
    if system == "de":
        out = out.replace("v", "w")
        if out.startswith("z"):
            out = "s" + out[1:]
    if system == "fr":
        out = out.replace("u", "ou").replace("oou", "ou")
    return out[:1].upper() + out[1:]


# ------------------------------------------------------------------------------------------------
# People
# ------------------------------------------------------------------------------------------------

class Person:
    __slots__ = ("id", "origin", "given", "family", "sex", "role", "beat", "weight", "data", "canonical")

    def __init__(self, pid, origin, given, family, sex, data=None):
        self.id, self.origin, self.given, self.family, self.sex = pid, origin, given, family, sex
        self.data = data or {}
        self.role = None
        self.beat = 0
        self.weight = 1.0
        self.canonical = self.full()

    def full(self, given=None, family=None):
        given = self.given if given is None else given
        family = self.family if family is None else family
        if self.origin in ("zh", "ko"):
            return f"{family} {given}"
        return f"{given} {family}"


def make_person(rng: random.Random, pid: int, origin: str) -> Person:
    sex = rng.choice("mf")
    if origin == "en":
        given = rng.choice(EN_MALE if sex == "m" else EN_FEMALE)
        family = rng.choice(EN_SURNAMES) if rng.random() < 0.6 else rng.choice(EN_PRE) + rng.choice(EN_SUF)
        data = {"middle": rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.2 else None}
        return Person(pid, origin, given, family, sex, data)
    if origin == "de":
        given = rng.choice(DE_MALE if sex == "m" else DE_FEMALE)
        family = rng.choice(DE_SURNAMES) if rng.random() < 0.6 else rng.choice(DE_PRE) + rng.choice(DE_SUF)
        return Person(pid, origin, given, family, sex)
    if origin == "fr":
        given = rng.choice(FR_MALE if sex == "m" else FR_FEMALE)
        family = rng.choice(FR_PARTICLE) if rng.random() < 0.08 else rng.choice(FR_SURNAMES)
        return Person(pid, origin, given, family, sex)
    if origin == "sl":
        given_p = rng.choice(SL_MALE if sex == "m" else SL_FEMALE)
        stem, suffix = rng.choice(SL_STEMS), rng.choice(SL_SUFFIX)
        family_p = stem + (suffix[0] if sex == "m" else suffix[1])
        system = rng.choice(["en", "en", "en", "en2", "ua"])
        return Person(pid, origin, render_slavic(given_p, system), render_slavic(family_p, system), sex,
                      {"given_p": given_p, "family_p": family_p})
    if origin == "ar":
        sex_pool = AR_GIVEN[:len(AR_GIVEN)]
        g = rng.choice(sex_pool)
        f = rng.choice(AR_FAMILY)
        article = rng.choice(AR_ARTICLE) if rng.random() < 0.6 else ""
        second = rng.choice(AR_GIVEN) if rng.random() < 0.3 else None
        given = g[0] if second is None else f"{g[0]} {second[0]}"
        return Person(pid, origin, given, article + f[0], sex, {"g": g, "f": f, "article": article, "second": second})
    if origin == "zh":
        family = rng.choice(ZH_SURNAMES)
        a, b = rng.choice(ZH_SYLL), rng.choice(ZH_SYLL)
        given = (a + b).capitalize()
        return Person(pid, origin, given, family, sex, {"syll": (a, b)})
    if origin == "ko":
        f = rng.choice(KO_SURNAMES)
        a, b = rng.choice(KO_SYLL), rng.choice(KO_SYLL)
        return Person(pid, origin, f"{a.capitalize()}-{b}", f[0], sex, {"f": f, "syll": (a, b)})
    # ja: given-name first, as English-language news writes Japanese names
    return Person(pid, origin, rng.choice(JA_GIVEN), rng.choice(JA_SURNAMES), sex)


def hard_negative(rng: random.Random, pid: int, base: Person) -> Person | None:
    """Someone else whose name is close to `base`'s: a sibling, a spouse, a namesake family."""
    kind = rng.random()
    p = Person(pid, base.origin, base.given, base.family, base.sex, dict(base.data))
    if base.origin == "sl" and "family_p" in base.data and kind < 0.35:
        # the same family, the other sex: Petrov / Petrova
        other = "f" if base.sex == "m" else "m"
        stem_suffix = next(((base.data["family_p"][:-len(s[0 if base.sex == "m" else 1])], s) for s in SL_SUFFIX
                            if base.data["family_p"].endswith(s[0 if base.sex == "m" else 1])), None)
        if stem_suffix is None:
            return None
        stem, suffix = stem_suffix
        system = rng.choice(["en", "en2", "ua"])
        family_p = stem + (suffix[0] if other == "m" else suffix[1])
        given_p = rng.choice(SL_MALE if other == "m" else SL_FEMALE)
        p = Person(pid, "sl", render_slavic(given_p, system), render_slavic(family_p, system), other,
                   {"given_p": given_p, "family_p": family_p})
    elif kind < 0.6 or base.origin not in ("en", "de", "fr"):
        # a sibling or spouse: same family name, another given name of the same origin
        q = make_person(rng, pid, base.origin)
        if q.given == base.given or q.given in NICKNAMES.get(base.given, ()) or base.given in NICKNAMES.get(q.given, ()):
            return None  # nobody names two children Elizabeth and Betty
        p = Person(pid, base.origin, q.given, base.family, q.sex, {**base.data, **{k: v for k, v in q.data.items()
                                                                                  if k in ("given_p", "g", "syll")}})
        if base.origin == "sl" and "family_p" in base.data:
            p.data["family_p"] = base.data["family_p"]
        elif base.origin == "sl":
            p.data = {}
    elif kind < 0.8:
        # the given name of the other sex: Daniel / Daniela, Jan / Jana, Paul / Paula
        g = base.given
        other = g[:-1] if g.endswith("a") else g + "a"
        pools = {"en": EN_MALE + EN_FEMALE + ["Paula", "Daniela", "Julian", "Juliana", "Adrian", "Adriana"],
                 "de": DE_MALE + DE_FEMALE + ["Jan", "Jana", "Paul", "Paula", "Daniel", "Daniela", "Andrea", "Andre"],
                 "fr": FR_MALE + FR_FEMALE + ["Michel", "Michela", "Paul", "Paula", "Louis", "Louisa"]}[base.origin]
        if other not in pools:
            return None
        p.given = other
        p.sex = "f" if base.sex == "m" else "m"
    else:
        # a similar family name, a different family: Clark / Clarke, Meyer / Meier, Hansen / Hanson
        f = base.family
        swaps = [("ey", "ei"), ("ei", "ey"), ("ai", "ei"), ("sen", "son"), ("son", "sen"), ("mann", "man"),
                 ("dt", "tt"), ("sch", "sh"), ("ph", "f"), ("mps", "ms")]
        rng.shuffle(swaps)
        for a, b in swaps:
            if a in f:
                f = f.replace(a, b, 1)
                break
        else:
            f = f + "e" if f[-1] not in "aeiouy" else f[:-1]
        p.family = f
    p.canonical = p.full()
    return p


def make_people(rng: random.Random, count: int, normalize) -> list[Person]:
    origins = ["en"] * 25 + ["de"] * 12 + ["fr"] * 10 + ["sl"] * 22 + ["ar"] * 13 + ["zh"] * 8 + ["ko"] * 5 + ["ja"] * 5
    people: list[Person] = []
    taken: set[str] = set()
    tries = 0
    while len(people) < count and tries < count * 20:
        tries += 1
        pid = len(people)
        if people and rng.random() < 0.3:
            person = hard_negative(rng, pid, rng.choice(people))
        else:
            person = make_person(rng, pid, rng.choice(origins))
        if person is None:
            continue
        key = normalize(person.canonical)
        # People are distinct after normalisation, and by their initial + surname too when one is a
        # hard negative of the other would make even "J. Smith" a coin toss; only the former is enforced.
        if key in taken:
            continue
        taken.add(key)
        people.append(person)
    return people


# ------------------------------------------------------------------------------------------------
# Mentions
# ------------------------------------------------------------------------------------------------

def typo(rng: random.Random, text: str) -> str:
    words = text.split()
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    pos = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.3:
        w = w[:pos] + w[pos + 1:]
    elif op < 0.55:
        w = w[:pos] + rng.choice("aeioulnrst") + w[pos:]
    elif op < 0.8:
        w = w[:pos] + rng.choice("aeioulnrst") + w[pos + 1:]
    elif pos + 1 < len(w):
        w = w[:pos] + w[pos + 1] + w[pos] + w[pos + 2:]
    words[i] = w
    return " ".join(words)


def transliteration(rng: random.Random, p: Person) -> str:
    """The person's name in another romanisation, or their name when there is none."""
    if p.origin == "sl" and "given_p" in p.data:
        system = rng.choice(list(SL_SYSTEMS))
        return f"{render_slavic(p.data['given_p'], system)} {render_slavic(p.data['family_p'], system)}"
    if p.origin == "ar" and "g" in p.data:
        g = rng.choice(p.data["g"])
        if p.data.get("second"):
            g += " " + rng.choice(p.data["second"])
        article = rng.choice(["al-", "el-", "Al ", ""]) if p.data["article"] else ""
        return f"{g} {article}{rng.choice(p.data['f'])}"
    if p.origin == "zh":
        a, b = p.data["syll"]
        return rng.choice([f"{p.given} {p.family}", f"{p.family} {a.capitalize()}-{b}",
                           f"{p.family} {a.capitalize()} {b.capitalize()}"])
    if p.origin == "ko":
        a, b = p.data["syll"]
        family = rng.choice(p.data["f"])
        return rng.choice([f"{family} {a.capitalize()} {b.capitalize()}", f"{family} {a.capitalize()}{b}",
                           f"{a.capitalize()}-{b} {family}", f"{family} {a.capitalize()}-{b}"])
    if p.origin == "ja":
        given = p.given.replace("ō", rng.choice(["o", "ou", "oh"])).replace("ū", rng.choice(["u", "uu"]))
        return rng.choice([f"{p.family} {strip_diacritics(p.given)}", f"{given} {p.family}"])
    if p.origin == "fr" and "-" in p.given:
        return f"{p.given.replace('-', ' ')} {p.family}"
    return p.canonical


def role_title(role: str) -> str:
    """What news puts before a name from a role: 'mayor of Lyon' -> 'Mayor', 'police chief of X' -> 'Police Chief'."""
    head = role.split(" of ")[0].split(" for ")[0].split(" at ")[0].split(" to ")[0].split(" in ")[0]
    words = [w for w in head.split() if w[0].islower() and w != "the"]
    return " ".join(w.capitalize() for w in words[:2]) or "Mr."


def mention(rng: random.Random, p: Person) -> str:
    """One way an article writes `p`'s name."""
    r = rng.random()
    family = p.family
    if r < 0.45:
        return p.canonical
    if r < 0.53:
        title = rng.choice(TITLES[p.sex] + [role_title(p.role)])
        return f"{title} {p.canonical}"
    if r < 0.61:
        return family
    if r < 0.64:
        return f"{rng.choice(TITLES[p.sex])} {family}"
    if r < 0.68:
        first = p.given.split()[0] if p.origin not in ("zh", "ko") else p.given
        return f"{first[0]}. {family}" if p.origin not in ("zh", "ko") else f"{family} {first[0]}."
    if r < 0.71:
        return f"{family}, {p.given}"
    if r < 0.74:
        return p.canonical.upper() if rng.random() < 0.7 else p.canonical.lower()
    if r < 0.79:
        stripped = strip_diacritics(p.canonical)
        return stripped if stripped != p.canonical else transliteration(rng, p)
    if r < 0.89:
        return transliteration(rng, p)
    if r < 0.92:
        key = p.data.get("given_p") if p.origin == "sl" else p.given
        nick = NICKNAMES.get(key)
        if nick:
            return f"{rng.choice(nick)} {family}"
        if p.data.get("middle"):
            return f"{p.given} {p.data['middle']}. {family}"
        return p.canonical
    if r < 0.95 and p.data.get("middle"):
        return f"{p.given} {p.data['middle']}. {family}"
    return typo(rng, p.canonical)


def make_corpus(size: int, seed: int = 7):
    """People, then articles (outlet, date, [(person, surface, role or None)]) with `size` mentions."""
    from claims.link import normalize

    rng = random.Random(seed)
    people = make_people(rng, max(200, size // 10), normalize)
    n_beats = max(4, len(people) // 25)
    outlets = [f"Outlet {i}" for i in range(max(8, n_beats // 4))]
    beat_outlets = [rng.sample(outlets, min(4, len(outlets))) for _ in range(n_beats)]
    members: list[list[Person]] = [[] for _ in range(n_beats)]
    order = list(range(len(people)))
    rng.shuffle(order)
    for rank, i in enumerate(order):
        p = people[i]
        p.weight = 1.0 / (rank + 1) ** 0.7
        p.beat = rng.randrange(n_beats)
        place = rng.choice(PLACES if rng.random() < 0.7 else TOPIC_WORDS)
        p.role = rng.choice(POSITIONS).format(place.capitalize())
        members[p.beat].append(p)
    beat_weights = [sum(p.weight for p in m) for m in members]
    articles = []
    produced = 0
    day = 0
    while produced < size:
        beat = rng.choices(range(n_beats), beat_weights)[0]
        pool = members[beat]
        if not pool:
            continue
        k = min(len(pool), rng.choice([1, 1, 2, 2, 3, 4]), size - produced)
        chosen = set()
        weights = [p.weight for p in pool]
        while len(chosen) < k:
            chosen.add(rng.choices(range(len(pool)), weights)[0])
        items = []
        for j in chosen:
            p = pool[j]
            role = p.role if rng.random() < 0.35 else None
            if role and rng.random() < 0.4:
                role = role.split(" of ")[0].split(" for ")[0].split(" at ")[0]  # "mayor", "spokesperson"
            items.append((p.id, mention(rng, p), role))
        produced += len(items)
        day += 1
        articles.append((rng.choice(beat_outlets[beat]), day // 50, items))
    return people, articles


# ------------------------------------------------------------------------------------------------
# Linking and scoring
# ------------------------------------------------------------------------------------------------

def synthetic_batches(articles, size: int = 100):
    """The corpus as claims.batch Batches, as `claims ingest` extracts them, `size` articles each.

    Each mention is one quote. A full name is a speaker of its article (a mention row, the name as
    its alias, the role when the article gives one); a surname alone or after a title ("Dr. Weber")
    is what the extractor leaves unresolved when the article gives no full name: a quote with no
    speaker and the mention as written, for the linker's evidence rule.
    """
    import pandas as pd

    from claims.batch import ARTICLE_COLUMNS, CLAIM_COLUMNS, ERROR_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, Batch
    from claims.link.names import Name, normalize

    for first in range(0, len(articles), size):
        rows = {"articles": [], "quotes": [], "mentions": []}
        for i, (outlet, day, items) in enumerate(articles[first:first + size], first):
            key = f"synthetic-{i}"
            published = date.fromordinal(738_000 + day).isoformat()
            rows["articles"].append({"content_hash": key, "url": f"https://synthetic.example/{i}", "external_id": None,
                                     "title": None, "outlet": outlet, "author": None, "published": published,
                                     "text": key, "source": key, "month": published[:7]})
            for n, (_, surface, role) in enumerate(items):
                full = Name.of(normalize(surface)).full
                rows["quotes"].append({"content_hash": key, "n": n, "kind": "direct", "text": "...", "start": 0,
                                       "end": 3, "speaker": surface if full else None, "speaker_text": surface,
                                       "role": role, "confidence": 0.9})
                if full:
                    rows["mentions"].append({"content_hash": key, "n": len(rows["mentions"]), "name": surface,
                                             "kind": "person", "role": role, "aliases": [surface]})
        yield Batch(articles=pd.DataFrame(rows["articles"], columns=ARTICLE_COLUMNS),
                    quotes=pd.DataFrame(rows["quotes"], columns=QUOTE_COLUMNS),
                    claims=pd.DataFrame([], columns=CLAIM_COLUMNS),
                    mentions=pd.DataFrame(rows["mentions"], columns=MENTION_COLUMNS),
                    errors=pd.DataFrame([], columns=ERROR_COLUMNS))


def link_corpus(articles, db_path: Path):
    """Each mention's cluster id: its quote's speaker after `claims ingest`'s writer (claims.ingest.store_batch,
    claims.link over the database) stored the corpus, 100 articles a transaction, in date order, and
    judged what it touched once more at the end (claims.link.settle_touched), as `claims ingest` does.
    A quote left without a speaker is a cluster of its own."""
    import sqlite3

    from claims.link import LinkCache, settle_touched
    from claims.ingest import store_batch
    from claims.store import connect

    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    engine = connect(db_path)
    cache = LinkCache()
    done = 0
    for batch in synthetic_batches(articles):
        with engine.begin() as conn:
            store_batch(conn, batch, cache)
        done += len(batch.quotes)
        if done // 100_000 != (done - len(batch.quotes)) // 100_000:
            print(f"{done:,} mentions linked, {time.process_time():.0f}s of CPU", file=sys.stderr, flush=True)
    with engine.begin() as conn:  # as `claims ingest` ends: what it touched judged once more
        settle_touched(conn.connection.driver_connection.cursor(), cache)
    engine.dispose()
    db = sqlite3.connect(db_path)
    ids = [s for (s,) in db.execute("SELECT speaker_id FROM quotes ORDER BY id")]
    db.close()
    return [s if s is not None else -1 - i for i, s in enumerate(ids)]


def pairwise(truth, predicted) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering against the truth."""
    t = np.asarray(truth, dtype=np.int64)
    p = np.asarray(predicted, dtype=np.int64)

    def pairs(counts):
        counts = counts.astype(np.float64)
        return float((counts * (counts - 1) / 2).sum())

    _, tc = np.unique(t, return_counts=True)
    _, pc = np.unique(p, return_counts=True)
    _, bc = np.unique(t * (p.max() + 1) + p, return_counts=True)
    both, true_pairs, pred_pairs = pairs(bc), pairs(tc), pairs(pc)
    precision = both / pred_pairs if pred_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def peer(surfaces, key=None) -> tuple[list[int], int, float]:
    """Plain rapidfuzz ratio >= 85 over normalised names, clusters by connected components.

    Returns the clusters, the number of distinct names compared and the seconds it took.
    """
    from rapidfuzz import fuzz
    from rapidfuzz.process import cdist

    from claims.link import normalize

    key = key or normalize
    started = time.perf_counter()
    names = [key(s) for s in surfaces]
    unique = sorted(set(names))
    position = {n: i for i, n in enumerate(unique)}
    parent = list(range(len(unique)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    chunk = 2000
    for start in range(0, len(unique), chunk):
        scores = cdist(unique[start:start + chunk], unique, scorer=fuzz.ratio, score_cutoff=85, dtype=np.uint8,
                       workers=-1)
        rows, cols = np.nonzero(scores)
        for r, c in zip(rows.tolist(), cols.tolist()):
            a, b = find(start + r), find(c)
            if a != b:
                parent[a] = b
    clusters = [find(position[n]) for n in names]
    return clusters, len(unique), time.perf_counter() - started


def run_one(size: int, seed: int, peer_sample: int | None, db_path: Path | None = None) -> dict:
    started = time.perf_counter()
    people, articles = make_corpus(size, seed)
    generated = time.perf_counter() - started
    truth = [pid for _, _, items in articles for pid, _, _ in items]
    surfaces = [s for _, _, items in articles for _, s, _ in items]
    started, cpu = time.perf_counter(), time.process_time()
    predicted = link_corpus(articles, db_path or Path(f"/tmp/claims-speakers-{size}.db"))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    p, r, f = pairwise(truth, predicted)
    # What is known so far, in case the peer below is stopped before it ends
    print(json.dumps({"mentions": len(truth), "precision": p, "recall": r, "f1": f, "seconds": seconds,
                      "cpu_seconds": cpu, "generate_seconds": generated,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), file=sys.stderr, flush=True)
    out = {"mentions": len(truth), "people": len(people), "distinct_spellings": len(set(surfaces)),
           "precision": p, "recall": r, "f1": f, "seconds": seconds, "cpu_seconds": cpu, "generate_seconds": generated,
           "clusters": len(set(predicted))}
    # The peer, on everything or on a sample of mentions; ours scored on the same sample too.
    if peer_sample and peer_sample < len(truth):
        rng = random.Random(seed + 1)
        idx = sorted(rng.sample(range(len(truth)), peer_sample))
    else:
        idx = list(range(len(truth)))
    sample_truth = [truth[i] for i in idx]
    clusters, compared, peer_seconds = peer([surfaces[i] for i in idx])
    out["peer"] = dict(zip(("precision", "recall", "f1"), pairwise(sample_truth, clusters)),
                       mentions=len(idx), names=compared, seconds=peer_seconds)
    if len(idx) < len(truth):
        out["ours_on_sample"] = dict(zip(("precision", "recall", "f1"),
                                         pairwise(sample_truth, [predicted[i] for i in idx])))
        # all pairs of distinct names: the cost grows with the square
        total_names = len({__import__("claims.link", fromlist=["normalize"]).normalize(s) for s in surfaces})
        out["peer"]["full_estimate_seconds"] = peer_seconds * (total_names / compared) ** 2
        out["peer"]["full_names"] = total_names
    else:
        from claims.link.names import fold

        fold_clusters, _, _ = peer([surfaces[i] for i in idx], key=fold)
        out["peer_folded"] = dict(zip(("precision", "recall", "f1"), pairwise(sample_truth, fold_clusters)))
    # What kinds of error: the biggest wrong merges
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


# ------------------------------------------------------------------------------------------------
# Incremental: 100 articles into a database of 1,000,000 aliases
# ------------------------------------------------------------------------------------------------

def _write_aliases(db, batch) -> None:
    from claims.link.keys import alias_key_rows

    db.executemany("INSERT INTO speaker_aliases (id, speaker_id, alias, normalized, origin) "
                   "VALUES (?, ?, ?, ?, 'auto')", batch)
    db.executemany("INSERT INTO speaker_keys (alias_id, key) VALUES (?, ?)",
                   [(r["alias_id"], r["key"]) for alias_id, _, _, key in batch
                    for r in alias_key_rows(alias_id, key, "person")])


def run_incremental(db_path: Path, aliases: int, seed: int, rebuild: bool = False) -> dict:
    """Build a database with `aliases` aliases, then ingest 100 articles' speakers through `save_article()`."""
    import sqlite3

    from claims.extract.records import Extraction, Quote, Speaker
    from claims.link import normalize
    from claims.sources import Article
    from claims.ingest import save_article
    from claims.link import LinkCache
    from claims.store import connect

    rng = random.Random(seed)
    people = make_people(rng, aliases // 4, normalize)
    for p in people:
        p.role = rng.choice(POSITIONS).format(rng.choice(PLACES))
    built = None
    if rebuild or not db_path.exists():
        if db_path.exists():
            db_path.unlink()
        connect(db_path).dispose()
        started = time.perf_counter()
        db = sqlite3.connect(db_path)
        db.executemany("INSERT INTO speakers (id, name, kind, role) VALUES (?, ?, 'person', ?)",
                       ((p.id + 1, p.canonical, p.role) for p in people))
        alias_id = 0

        def rows():
            nonlocal alias_id
            for p in people:
                spellings = {p.canonical}
                for _ in range(12):
                    if len(spellings) >= 4:
                        break
                    spellings.add(mention(rng, p))
                for s in spellings:
                    alias_id += 1
                    yield alias_id, p.id + 1, s, normalize(s)

        batch = []
        for row in rows():
            batch.append(row)
            if len(batch) == 50_000:
                _write_aliases(db, batch)
                batch = []
        _write_aliases(db, batch)
        db.commit()
        db.close()
        built = time.perf_counter() - started
    # Each run ingests into a fresh copy, so runs compare
    work = db_path.with_suffix(".run.db")
    shutil.copy(db_path, work)
    db = sqlite3.connect(work)
    alias_count = db.execute("SELECT count(*) FROM speaker_aliases").fetchone()[0]
    key_count = db.execute("SELECT count(*) FROM speaker_keys").fetchone()[0]
    db.close()

    # 100 articles: known people under new and old spellings, and some new people
    newcomers = make_people(random.Random(seed + 5), 200, normalize)
    for p in newcomers:
        p.role = rng.choice(POSITIONS).format(rng.choice(PLACES))
    articles = []
    for a in range(100):
        speakers = []
        for _ in range(rng.choice([2, 3, 4, 5])):
            p = rng.choice(people) if rng.random() < 0.8 else rng.choice(newcomers)
            speakers.append(Speaker(name=mention(rng, p), role=p.role if rng.random() < 0.3 else None))
        quotes = [Quote(kind="direct", text="...", start=0, end=3, speaker=s.name, speaker_text=s.name)
                  for s in speakers]
        articles.append((Article(text=f"article {a} {rng.random()}", source=f"a{a}", url=f"https://x.test/{a}"),
                         Extraction(title=f"a{a}", outlet="Outlet 1", published="2026-03-01", quotes=quotes,
                                    speakers=speakers)))
    engine = connect(work)
    started, cpu = time.perf_counter(), time.process_time()
    cache = LinkCache()
    for source, extraction in articles:
        with engine.begin() as conn:
            save_article(conn, source, extraction, cache)
    linked, cpu = time.perf_counter() - started, time.process_time() - cpu
    engine.dispose()
    # The alternative: every alias read into Python (and normalised) first
    started = time.perf_counter()
    db = sqlite3.connect(work)
    preload: dict[str, set[int]] = {}
    for alias, speaker_id in db.execute("SELECT alias, speaker_id FROM speaker_aliases"):
        preload.setdefault(normalize(alias), set()).add(speaker_id)
    db.close()
    preload_seconds = time.perf_counter() - started
    return {"aliases": alias_count, "keys": key_count, "build_seconds": built,
            "articles": len(articles), "speakers": sum(len(e.speakers) for _, e in articles),
            "link_seconds": linked, "link_cpu_seconds": cpu, "preload_seconds": preload_seconds,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


# ------------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="20000,1000000", help="comma-separated numbers of mentions")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--peer-sample", type=int, default=60000,
                        help="mentions the peer compares when a size is larger (all pairs grow with the square)")
    parser.add_argument("--incremental", action="store_true", help="measure 100 articles into 1,000,000 aliases")
    parser.add_argument("--aliases", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/claims-speakers-bench.db",
                        help="where the --incremental database is built (kept and reused; --rebuild to redo)")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one:
        print(json.dumps(run_one(args.one, args.seed, args.peer_sample)))
        return
    if args.incremental:
        result = run_incremental(Path(args.db), args.aliases, args.seed, args.rebuild)
        built = "" if result["build_seconds"] is None else f" (built in {result['build_seconds']:.0f}s)"
        print(f"database: {result['aliases']:,} aliases, {result['keys']:,} keys{built}")
        print(f"linked and stored {result['articles']} articles ({result['speakers']} speakers) in "
              f"{result['link_seconds']:.2f}s ({result['link_cpu_seconds']:.2f}s of CPU) with SQL lookups; preloading every alias into Python instead "
              f"(reading and normalising them) would take {result['preload_seconds']:.1f}s first; peak memory {result['peak_mb']:.0f} MB")
        return

    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        done = subprocess.run([sys.executable, __file__, "--one", str(size), "--seed", str(args.seed),
                               "--peer-sample", str(args.peer_sample)], capture_output=True, text=True)
        if done.returncode:
            sys.stderr.write(done.stderr)
            sys.exit(done.returncode)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"{'mentions':>10} {'people':>8} {'spellings':>9} | {'P':>6} {'R':>6} {'F1':>6} {'link s':>7} {'cpu s':>6} {'peak MB':>8} "
          f"| peer (rapidfuzz ratio >= 85 over normalised names)")
    for r in rows:
        peer_ = r["peer"]
        sample = "" if peer_["mentions"] == r["mentions"] else \
            (f" on a sample of {peer_['mentions']:,} mentions ({peer_['names']:,} names, {peer_['seconds']:.0f}s; "
             f"all {peer_['full_names']:,} names would take ~{peer_['full_estimate_seconds'] / 3600:.1f} h); "
             f"ours on that sample P {r['ours_on_sample']['precision']:.3f} R {r['ours_on_sample']['recall']:.3f}")
        print(f"{r['mentions']:>10,} {r['people']:>8,} {r['distinct_spellings']:>9,} | {r['precision']:6.3f} "
              f"{r['recall']:6.3f} {r['f1']:6.3f} {r['seconds']:7.1f} {r['cpu_seconds']:6.1f} {r['peak_mb']:8.0f} "
              f"| P {peer_['precision']:.3f} R {peer_['recall']:.3f} F1 {peer_['f1']:.3f}{sample}")
        if "peer_folded" in r:
            pf = r["peer_folded"]
            print(f"{'':>36}   peer over folded names only (case, accents): "
                  f"P {pf['precision']:.3f} R {pf['recall']:.3f} F1 {pf['f1']:.3f}")


if __name__ == "__main__":
    main()
