"""Generate a realistic multilingual docs tree of any size, for benchmarks.

Pages in sections, in English with Spanish, Arabic and Chinese translations
beside them: front matter (description, review date, translation status and
source hash), headings with explicit ids, paragraphs, lists, links to other
pages and citations of the project's bibliography — what a hospital's
patient site holds, at hospital scale.

    python -m patient_site.benchmarks.generated_site OUT_DIR --pages 1000 [--sections 20]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

from patient_site.translations.inventory import source_hash

# The project whose bibliography the generated pages cite.
PROJECT_DIR = Path(__file__).resolve().parents[3]

TEXT = {
    "en": {
        "title": "Palliative care topic {n}",
        "section": "Care section {n}",
        "headings": ["What this means for you", "How the team helps", "Questions to ask"],
        "sentences": [
            "The palliative care team meets with you and your family.",
            "They help you control your symptoms and relieve stress.",
            "You can ask for this care at any time during your stay.",
            "The team works with your other doctors and nurses.",
            "Your care plan meets your physical, emotional and spiritual needs.",
            "Ask your doctor if you have questions about your treatment.",
        ],
        "items": ["pain and other symptoms", "stress and worry", "your goals", "your family's needs"],
        "description": "About palliative care topic {n}: how the team helps you and your family.",
        "see": "See also",
    },
    "es": {
        "title": "Tema de cuidados paliativos {n}",
        "section": "Sección de atención {n}",
        "headings": ["Qué significa para usted", "Cómo le ayuda el equipo", "Preguntas que puede hacer"],
        "sentences": [
            "El equipo de cuidados paliativos se reúne con usted y su familia.",
            "Le ayudan a controlar sus síntomas y a aliviar el estrés.",
            "Puede pedir esta atención en cualquier momento de su estancia.",
            "El equipo trabaja con sus otros médicos y enfermeras.",
            "Su plan de atención cubre sus necesidades físicas, emocionales y espirituales.",
            "Pregunte a su médico si tiene dudas sobre su tratamiento.",
        ],
        "items": ["el dolor y otros síntomas", "el estrés y la preocupación", "sus metas", "las necesidades de su familia"],
        "description": "Sobre el tema de cuidados paliativos {n}: cómo el equipo le ayuda a usted y a su familia.",
        "see": "Vea también",
    },
    "ar": {
        "title": "موضوع الرعاية التلطيفية {n}",
        "section": "قسم الرعاية {n}",
        "headings": ["ماذا يعني هذا لك", "كيف يساعدك الفريق", "أسئلة يمكنك طرحها"],
        "sentences": [
            "يلتقي بك فريق الرعاية التلطيفية أنت وعائلتك.",
            "يساعدونك على السيطرة على الأعراض وتخفيف التوتر.",
            "يمكنك طلب هذه الرعاية في أي وقت أثناء إقامتك.",
            "يعمل الفريق مع أطبائك وممرضيك الآخرين.",
            "تلبي خطة الرعاية احتياجاتك الجسدية والعاطفية والروحية.",
            "اسأل طبيبك إذا كانت لديك أسئلة عن علاجك.",
        ],
        "items": ["الألم والأعراض الأخرى", "التوتر والقلق", "أهدافك", "احتياجات عائلتك"],
        "description": "عن موضوع الرعاية التلطيفية {n}: كيف يساعدك الفريق أنت وعائلتك.",
        "see": "انظر أيضًا",
    },
    "zh": {
        "title": "姑息治疗主题 {n}",
        "section": "护理部分 {n}",
        "headings": ["这对您意味着什么", "团队如何帮助您", "您可以问的问题"],
        "sentences": [
            "姑息治疗团队会与您和您的家人见面。",
            "他们帮助您控制症状，缓解压力。",
            "住院期间，您可以随时要求这项护理。",
            "团队与您的其他医生和护士一起工作。",
            "您的护理计划满足您身体、情感和精神上的需要。",
            "如果您对治疗有疑问，请问您的医生。",
        ],
        "items": ["疼痛和其他症状", "压力和担心", "您的目标", "您家人的需要"],
        "description": "关于姑息治疗主题 {n}：团队如何帮助您和您的家人。",
        "see": "另见",
    },
}
LANGUAGES = tuple(TEXT)
CITATION_KEYS = ("wordingham2015overview", "gosh2015interaction", "kelley2015seriously", "capc2015get")


def _page(lang: str, number: int, section: int, links: list[str], rng: random.Random, translation: str) -> str:
    text = TEXT[lang]
    description = json.dumps(text["description"].format(n=number), ensure_ascii=False)
    lines = ["---", f"description: {description}", "last_reviewed: 2017-08-15"]
    if translation:
        lines += ["translation: draft", f"source_hash: {translation}"]
    lines += ["---", "", f"# {text['title'].format(n=number)} {{ #topic-{number} }}", ""]
    # A patient page of about 600 words: sections of two or three paragraphs,
    # lists, a citation.
    for index, heading in enumerate(text["headings"] * 2):
        lines += [f"## {heading} {{ #part-{index + 1} }}", ""]
        for paragraph in range(2 + index % 2):
            sentences = rng.sample(text["sentences"], 5)
            if index == 0 and paragraph == 0:
                sentences[-1] += f" [@{CITATION_KEYS[number % len(CITATION_KEYS)]}]"
            lines += [" ".join(sentences), ""]
        if index % 3 == 1:
            lines += [f"- {item}" for item in text["items"]] + [""]
    lines += [f"## {text['see']} {{ #see-also }}", ""]
    lines += [f"- [{text['title'].format(n=number)}]({link})" for link in links] + [""]
    return "\n".join(lines)


def generate(out: Path, pages: int, sections: int = 20, seed: int = 1) -> list[str]:
    """Write docs/ (pages × languages) and bibliography.bib into `out`;
    return the English page paths."""
    rng = random.Random(seed)
    docs = out / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    docs.mkdir(parents=True)
    shutil.copy2(PROJECT_DIR / "bibliography.bib", out / "bibliography.bib")
    per_section = max(1, (pages - 1) // sections)
    english_pages = ["index.md"]
    layout: list[tuple[int, int, str]] = []
    number = 1
    for section in range(1, sections + 1):
        folder = f"section-{section:02d}"
        count = per_section if section < sections else pages - 1 - per_section * (sections - 1)
        for position in range(count):
            name = "index.md" if position == 0 else f"topic-{number:04d}.md"
            layout.append((number, section, f"{folder}/{name}"))
            number += 1
    for index, (number, section, path) in enumerate(layout):
        neighbour = layout[(index + 1) % len(layout)][2]
        links = [_relative(path, neighbour), _relative(path, "index.md")]
        english = _page("en", number, section, links, rng, "")
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(english, encoding="utf-8")
        english_pages.append(path)
        for lang in LANGUAGES[1:]:
            translated = _page(lang, number, section, links, random.Random(number), source_hash(english))
            target.with_name(target.stem + f".{lang}.md").write_text(translated, encoding="utf-8")
    home_links = [_relative("index.md", path) for _n, _s, path in layout[:: max(1, len(layout) // 20)]]
    home = _page("en", 0, 0, home_links, rng, "")
    (docs / "index.md").write_text(home, encoding="utf-8")
    for lang in LANGUAGES[1:]:
        (docs / f"index.{lang}.md").write_text(
            _page(lang, 0, 0, home_links, random.Random(0), source_hash(home)), encoding="utf-8"
        )
    return english_pages


def _relative(source: str, target: str) -> str:
    import posixpath

    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--sections", type=int, default=20)
    args = parser.parse_args(argv)
    pages = generate(args.out, args.pages, args.sections)
    print(f"{len(pages)} pages × {len(LANGUAGES)} languages in {args.out / 'docs'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
