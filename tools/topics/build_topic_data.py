#!/usr/bin/env python3
"""Builds the IPTC Media Topics tagger's data files from named sources.

Sources (all in this folder):
  sources/mediatopic-2023-10-24.json  IPTC Media Topics, official IPTC export of 2023-10-24 (CC BY 4.0, IPTC)
  lexicons/<lang>.txt                 the project's hand-curated keyword lexicons (see README.md)
  lexicons/priors.txt                 prior weight of each level-1 topic

Outputs (in bundle/src/main/resources/io/lede/topics/):
  mediatopics.json     every concept: code, parent, level, retired flag, labels per language
  lexicon-<lang>.tsv   term, topic code, weight, origin (curated | label) - one cue a line
  priors.tsv           code, weight

Run from the repository root:  python3 tools/topics/build_topic_data.py
The output is deterministic; commit it together with any source change.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "bundle", "src", "main", "resources", "io", "lede", "topics")
VOCABULARY = os.path.join(HERE, "sources", "mediatopic-2023-10-24.json")

# Label languages shipped, and the IPTC export's column each one comes from.
LABEL_LANGUAGES = {"en": "en-GB", "fr": "fr", "de": "de", "es": "es", "pt": "pt-PT"}
LEXICON_LANGUAGES = ["en", "fr", "de", "es", "it"]

LABEL_WEIGHT = 1.0
# Words that carry no topic on their own when they appear in an IPTC label.
LABEL_STOPWORDS = {
    "en": "and or of the in for to a an on by with other general general news issue issues service services".split(),
    "fr": "et ou de du des la le les l d en pour a au aux un une sur par avec autre autres general generale".split(),
    "de": "und oder der die das des den dem in im fur von vom zu zum zur mit ein eine einer allgemein sonstige".split(),
    "es": "y o de del la el los las en para a al un una por con otro otros otras general".split(),
    "pt": "e ou de do da dos das o a os as em para um uma por com outro outros geral".split(),
}


# Everyday words that IPTC labels use for a narrow topic ("party", "lutte"): as cues they would fire everywhere.
GENERIC_LABEL_WORDS = {
    "en": """achievement adult adults air animal annual appeal applications association authority award bar benefits
        cable children civil civilian condition consumer consumers credit customs death development disorder diversity
        drama exchange executive exercise fine fiction gas government history holiday home house housing incident
        intelligence investment investments language market men metal minister movements oil ownership party payment
        performance plants pool prices prize procedure products property recall relationships resource rock safety
        school secretary securities small spirits stress supreme tradition trend values women country folk pop
        business computer computing development environmental financial police prison""".split(),
    "fr": """appel arts bar classique clubs communaute credit discipline distribution effondrement enfants femmes famille
        hommes histoire maison marche nationale nouvel petites record recit regime resultats serie services soiree stand
        standards strategie tendance traite transfert valeurs langue peines traitements stress formation fiction
        obligations notation mediateur humanite gouvernance design decoration collections consommation pop rock country
        folk tir lutte essence gouvernement ministere parlement police prison enquete juge appel manifestation""".split(),
    "de": """allgemein recht markt politik regierung kunst leben gesellschaft bildung staat land frauen manner kinder
        familie geschichte sprache serie ergebnisse dienstleistungen verwaltung entwicklung bau
        angst auto bar berg bewegung disziplin drama essen fest flug gehen gold haushalt kind kleine kunde luft messe
        nationale personal plattform pop prozess rekord sammeln sterben tod trinken transfer trend turm vertrag zoll
        country folk design bahn fluss pflanze sucht steuern standards stress platte""".split(),
    "es": """apelacion mercado gobierno politica estado historia serie familia mujeres hombres ninos servicios resultados
        lengua marcha lucha tiro vida casa campo gente hogar hijos padres nacional pequena reales servicio tira roll
        record derecho direccion estrategia iniciativa inteligencia lanzamiento especiales desarrollo muerte vela
        valores tendencia normas""".split(),
}


def fold(text):
    """Lower case without accents; the Java side (io.lede.topics.TextFolding) folds identically."""
    text = text.lower().replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def tokens(text):
    return [t for t in re.split(r"[^0-9a-z]+", fold(text)) if t]


def load_vocabulary():
    with open(VOCABULARY, encoding="utf-8") as f:
        concepts = json.load(f)["concepts"]
    out = []
    for c in concepts:
        labels = {}
        for lang, column in LABEL_LANGUAGES.items():
            label = (c["prefLabel"].get(column) or "").strip()
            if label:
                labels[lang] = label
        out.append({
            "code": c["qcode"],
            "parent": c["broader"],
            "level": c["level"],
            "retired": bool(c["retired"]),
            "labels": labels,
        })
    return out


def parse_lexicon(path, active):
    """Reads `@ medtop:code` headers and `weight = term, term, ...` lines into (term, code, weight)."""
    cues, code = [], None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            where = f"{path}:{n}"
            if line.startswith("@"):
                code = line[1:].split()[0]
                if code not in active:
                    raise SystemExit(f"{where}: {code} is not an active Media Topic")
                continue
            if code is None:
                raise SystemExit(f"{where}: terms before the first @ topic header")
            weight, terms = 1.0, line
            if "=" in line:
                w, terms = line.split("=", 1)
                weight = float(w)
            for term in terms.split(","):
                if re.search(r"\*\S*\s+\S|\s\*", term.strip()):
                    raise SystemExit(f"{where}: only a phrase's last word may carry a * wildcard: {term.strip()}")
                term = normalise_term(term)
                if term:
                    cues.append((term, code, weight))
    return cues


def normalise_term(term):
    """Folds a lexicon term, keeping its `*` wildcards and the spaces of a phrase."""
    prefix = term.strip().startswith("*")
    suffix = term.strip().endswith("*")
    words = tokens(term)
    if not words:
        return ""
    if (prefix or suffix) and len(words) == 1:
        return ("*" if prefix else "") + words[0] + ("*" if suffix else "")
    if suffix:
        return " ".join(words) + "*"
    return " ".join(words)


def label_cues(vocabulary, lang):
    """IPTC labels as weak cues: each comma/and-separated part of a label, as a word or phrase."""
    stop = set(LABEL_STOPWORDS.get(lang, []))
    generic = set(GENERIC_LABEL_WORDS.get(lang, []))
    cues = []
    for c in vocabulary:
        if c["retired"] or c["level"] == 1 or lang not in c["labels"]:
            continue
        label = re.sub(r"\(.*?\)", " ", c["labels"][lang])
        for part in re.split(r",|/|;| and | et | und | y | e | or | ou | oder | o ", label):
            words = [w for w in tokens(part) if w not in stop and len(w) > 2]
            if not words or len(words) > 3 or (len(words) == 1 and words[0] in generic):
                continue
            cues.append((" ".join(words), c["code"], LABEL_WEIGHT))
    return cues


def merge(curated, labels):
    """Curated cues win; a label term is dropped where the curated lexicon already has that term."""
    seen = {}
    for term, code, weight in curated:
        key = (term, code)
        seen[key] = (term, code, max(weight, seen.get(key, (0, 0, 0))[2]), "curated")
    curated_terms = {t for t, _, _ in curated}
    label_seen = set()
    for term, code, weight in labels:
        if term in curated_terms or (term, code) in label_seen:
            continue
        label_seen.add((term, code))
        seen[(term, code)] = (term, code, weight, "label")
    return sorted(seen.values())


def write_priors(active):
    """Copies lexicons/priors.txt to priors.tsv after checking its codes."""
    source = os.path.join(HERE, "lexicons", "priors.txt")
    rows = []
    with open(source, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            code, weight = line.split()
            if code not in active:
                raise SystemExit(f"{source}:{n}: {code} is not an active Media Topic")
            rows.append((code, float(weight)))
    path = os.path.join(OUT, "priors.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# code\tweight - generated by tools/topics/build_topic_data.py from lexicons/priors.txt\n")
        for code, weight in rows:
            f.write(f"{code}\t{weight:g}\n")
    return path


def write_vocabulary(vocabulary):
    path = os.path.join(OUT, "mediatopics.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"source": "IPTC Media Topics NewsCodes, 2023-10-24, CC BY 4.0 (c) IPTC",
                   "concepts": vocabulary}, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    return path


def write_lexicon(lang, rows):
    path = os.path.join(OUT, f"lexicon-{lang}.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# term\tcode\tweight\torigin - generated by tools/topics/build_topic_data.py, do not edit\n")
        for term, code, weight, origin in rows:
            f.write(f"{term}\t{code}\t{weight:g}\t{origin}\n")
    return path


def main():
    os.makedirs(OUT, exist_ok=True)
    vocabulary = load_vocabulary()
    active = {c["code"] for c in vocabulary if not c["retired"]}
    print("wrote", write_vocabulary(vocabulary), f"({len(vocabulary)} concepts, {len(active)} active)")
    print("wrote", write_priors(active))
    for lang in LEXICON_LANGUAGES:
        source = os.path.join(HERE, "lexicons", f"{lang}.txt")
        curated = parse_lexicon(source, active) if os.path.exists(source) else []
        rows = merge(curated, label_cues(vocabulary, lang))
        print("wrote", write_lexicon(lang, rows), f"({len(curated)} curated cues, {len(rows)} in all)")


if __name__ == "__main__":
    sys.exit(main())
