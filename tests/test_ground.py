"""Tests for summarizer.ground: support links and faithfulness flags.

The articles are real (tests/fixtures/corpus, see tests/fixtures/SOURCES.md); the sentence-aligned
English translations below were written by hand for these tests and stand in for the translation
model. Bullets are constructed with known answers: copied or paraphrased from one sentence, or
merging two.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summarizer.errors import InputError
from summarizer.ground import (
    extract_dates,
    extract_names,
    extract_numbers,
    ground_bullets,
    support_score,
)
from summarizer.result import Bullet, Sentence

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
KLIKWARTAKU = CORPUS / "articles" / "klikwartaku-kim-lavrov.txt"
INDOSUM = CORPUS / "summaries" / "indosum_sample20.jsonl"

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(paragraph, sentence) pairs: one paragraph per non-empty line, split after . ! ?"""
    pairs: list[tuple[int, str]] = []
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    for number, paragraph in enumerate(paragraphs):
        for piece in _SPLIT.split(paragraph):
            if pairs and not re.search(r"\w", piece):
                pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]} {piece}")  # a stray closing quote
            elif piece.strip():
                pairs.append((number, piece.strip()))
    return pairs


def build_sentences(text: str, translations: list[str]) -> tuple[Sentence, ...]:
    pairs = split_sentences(text)
    assert len(pairs) == len(translations), [s for _, s in pairs]
    return tuple(
        Sentence(index=i, paragraph=p, text=s, translation=t)
        for i, ((p, s), t) in enumerate(zip(pairs, translations, strict=True))
    )


def indosum_article(key: str) -> str:
    for line in INDOSUM.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if key in record["id"]:
            return record["article"]
    raise AssertionError(f"no IndoSum article matching {key!r}")


# --------------------------------------------------------------------------------------------
# Hand-made translations, one per sentence of split_sentences()
# --------------------------------------------------------------------------------------------

KLIKWARTAKU_EN = [
    "Kim Jong Un Affirms Full Support for Russia in the Ukraine War",
    "KLIKWARTAKU — North Korean leader Kim Jong Un has again affirmed his unconditional support"
    " for Russia in its war against Ukraine.",
    "In a meeting with Russian Foreign Minister Sergei Lavrov in Pyongyang, Kim said North Korea"
    " supports all the steps taken by the Russian leadership to resolve what he called the root"
    " causes of the Ukraine crisis.",
    "North Korea's state media outlet KCNA reported that the meeting took place in an atmosphere"
    " full of trust and friendship between fellow revolutionary fighters.",
    "Kim expressed his conviction that the Russian army and people will win their sacred struggle"
    " to defend the dignity and fundamental interests of their country.",
    "In a video posted by the Russian Foreign Ministry on Telegram, Lavrov and Kim can be seen"
    " shaking hands warmly and embracing, signalling the increasingly close relationship between"
    " the two countries.",
    "11,000 North Korean Soldiers Sent to Russia",
    "According to Western officials, North Korea is believed to have sent about 11,000 soldiers to"
    " Russia over the past year to reinforce the front line against Ukraine.",
    "Pyongyang only acknowledged its military involvement last April, several months after the"
    " alleged large-scale troop movement was exposed by Ukrainian intelligence and its allies.",
    "Besides military forces, North Korea is also reported to be planning to send thousands of"
    " workers to help rebuild the Kursk region, which was devastated by the conflict, according"
    " to Russian security officials.",
    "Russia-North Korea Mutual Defence Pact",
    "This step strengthens the agreement Kim signed with President Vladimir Putin in June last"
    " year.",
    "Under it, the two countries committed to helping each other if they face aggression from"
    " outside.",
    "Meanwhile, US President Donald Trump (who has returned to an active role) said he had agreed"
    " to the delivery of Patriot air defence systems to Ukraine through NATO, following an increase"
    " in Russian air strikes.",
    "A New Dimension of the Global Conflict",
    "North Korea's growing support for Russia gives the Ukraine conflict a new dimension.",
    "Besides being a battlefield between Russia and Western countries, the conflict has now also"
    " become a stage for a show of strength by a new military alliance between countries long"
    " known for opposing Western dominance.",
    "The increasingly close Pyongyang-Moscow relationship shows that Russia is increasingly"
    " seeking support from non-traditional allies in the face of international pressure.",
    "Meanwhile, North Korea is taking advantage of this momentum to strengthen its position in"
    " global geopolitics.***",
    "KlikWartaku.Com Not Just Fast But Accurate",
    "Homepage",
]

SETNOV_EN = [
    "Jakarta (ANTARA News) - DPR RI Speaker Setya Novanto again failed to honour a summons from the"
    " Corruption Eradication Commission (KPK) to appear as a witness in the investigation into"
    " corruption in the e-KTP procurement, arguing that the KPK had not attached written"
    " permission from the President of Indonesia.",
    "\"This morning, at around 8:00 a.m. WIB, the KPK's correspondence section received a letter"
    " from the Secretariat General and the Expertise Agency of the DPR RI concerning the summons of"
    " DPR RI Speaker Setya Novanto as a witness for the suspect Anang Sugiana Sudihardjo in the"
    ' e-KTP case," KPK spokesman Febri Diansyah said in Jakarta on Monday.',
    "Febri explained that the letter, dated 6 November 2017 and signed by the acting Secretary"
    " General of the DPR, set out five points which essentially stated that Setya could not"
    " answer the KPK summons.",
    '"Because according to the letter, summoning Setya Novanto requires written permission from'
    ' the President of the Republic of Indonesia," Febri said.',
    "On Monday, 30 October, Novanto also failed to answer a KPK summons.",
    "In his letter at the time, Novanto said he had other activities in the regions during the"
    " DPR RI recess.",
    "On 17 July 2017, the KPK named Novanto a suspect, but the Jakarta District Court granted"
    " Novanto's pretrial challenge, ruling that naming him a suspect had not followed procedure.",
    "Anang Sugiana Sudihardjo is the President Director of PT Quadra Solution, and was named a new"
    " suspect in the e-KTP case on 27 September 2017.",
    "PT Quadra Solution is one of the companies in the consortium of Percetakan Negara Republik"
    " Indonesia (PNRI) that carried out the e-KTP project.",
    "Anang Sugiana Sudihardjo is suspected of violating Article 2 paragraph (1) or Article 3 of Law"
    " No. 31 of 1999 as amended by Law No. 20 of 2001 on the Eradication of Corruption, in"
    " conjunction with Article 55 paragraph (1) point 1 of the Criminal Code (KUHP).",
]

TELKOM_EN = [
    "Jakarta, CNN Indonesia -- The Telkom 1 satellite was still malfunctioning as of Saturday"
    " (26/8) afternoon.",
    "Among other things, the problem affected national television broadcasts and automated teller"
    " machines (ATMs).",
    "Telkom Indonesia had predicted that the satellite repairs would be finished sooner.",
    "But as of 4:00 p.m. WIB, the problem persisted.",
    "Telkom Indonesia said it was still trying to fix it, together with Lockheed Martin, a global"
    " security and aerospace company.",
    "In a text message to CNNIndonesia.com, Telkom explained that the anomaly on the Telkom 1"
    " satellite had been felt since Friday (25/8) at around 16.51 WIB.",
    "All transponder services of the Telkom 1 satellite were disrupted.",
    '"As an anticipatory step and for the continuity of service quality to customers, Telkom is'
    " currently recovering transponder services by moving a number of customers to the Telkom 3S"
    ' satellite and other satellites," said a written statement from Telkom received by'
    " CNNIndonesia.com.",
    "Several netizens on Twitter complained about the impact on national television broadcasts"
    " since yesterday.",
    "The account of Ahmad Sopandi, for example, complained about missing television channels.",
    '"@TelkomCare Admin, when will the Telkom1 satellite be back to normal?',
    "At my house all my favourite channels are gone (No Signal).",
    'Please respond," wrote the account @ahmad_sopandii.',
    'Telkom responded to the complaint from the @TelkomCare account: "Good afternoon, Mr Ahmad,'
    " there is currently a technical problem with USeetv; please wait while our team handles it.",
    'Thanks -Indri. "',
    "USeetv is a pay TV service from Telkom Indonesia.",
    "Netizens also 'shouted' about several ATMs that were offline, such as those of BCA and BNI.",
    "As a result, customers could not make transactions.",
    "Over this incident, Telkom apologised to the public, especially to the affected customers.",
    '"The migration of Telkom 1 customers starts today and will continue until all customers have'
    " been migrated.",
    "With the solution of migrating to other satellites, customer services are expected to run"
    ' normally again," Telkom said.',
]

PALACE_EN = [
    "London (ANTARA News) - Dutch coach Frank de Boer was sacked as manager of Crystal Palace on"
    " Monday after taking charge of only four English league (Premier League) matches, Sky Sports"
    " reported.",
    "De Boer, who replaced Sam Allardyce at the London club, lost all four league games with his"
    " team also failing to score a goal - the latest defeat came at Burnley on Sunday, Reuters"
    " reported.",
    "(D011)",
]


@pytest.fixture(scope="module")
def articles() -> dict[str, tuple[Sentence, ...]]:
    return {
        "klikwartaku": build_sentences(KLIKWARTAKU.read_text(encoding="utf-8"), KLIKWARTAKU_EN),
        "setnov": build_sentences(indosum_article("setnov-mangkir"), SETNOV_EN),
        "telkom": build_sentences(indosum_article("setelit-telkom"), TELKOM_EN),
        "palace": build_sentences(indosum_article("crystal-palace"), PALACE_EN),
    }


# --------------------------------------------------------------------------------------------
# Constructed bullets with known sources
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    article: str
    bullet: str
    top: frozenset[int]  # acceptable best sources
    merged: frozenset[int] = frozenset()  # all of these must be among the sources


def single(article: str, bullet: str, *top: int) -> Case:
    return Case(article, bullet, frozenset(top))


def merged(article: str, bullet: str, *sources: int, top: tuple[int, ...] = ()) -> Case:
    return Case(article, bullet, frozenset(top or sources), frozenset(sources))


CASES = [
    # KlikWartaku: Kim Jong Un and Sergei Lavrov.
    single(
        "klikwartaku",
        "Kim Jong Un has again affirmed his unconditional support for Russia in its war against"
        " Ukraine.",
        1,
    ),
    single(
        "klikwartaku",
        "Kim met Russian Foreign Minister Sergei Lavrov in Pyongyang and backed every step Russia's"
        " leadership takes to address the roots of the Ukraine crisis.",
        2,
    ),
    single(
        "klikwartaku",
        "State media KCNA described the meeting as full of trust and friendship between"
        " revolutionary comrades.",
        3,
    ),
    single(
        "klikwartaku",
        "Kim said he was confident the Russian army and people would win their sacred fight to"
        " defend their country's dignity.",
        4,
    ),
    single(
        "klikwartaku",
        "A video from the Russian Foreign Ministry on Telegram showed Lavrov and Kim shaking hands"
        " and hugging.",
        5,
    ),
    single(
        "klikwartaku",
        "North Korea is believed to have sent about 11,000 soldiers to Russia over the past year,"
        " according to Western officials.",
        7,
    ),
    single(
        "klikwartaku",
        "Pyongyang admitted its military involvement only in April, months after Ukrainian"
        " intelligence exposed the troop movement.",
        8,
    ),
    single(
        "klikwartaku",
        "North Korea also plans to send thousands of workers to help rebuild the war-damaged Kursk"
        " region, Russian security officials said.",
        9,
    ),
    single(
        "klikwartaku",
        "Kim signed an agreement with Vladimir Putin in June last year.",
        11,
    ),
    single(
        "klikwartaku",
        "US President Donald Trump said he had agreed to send Patriot air defence systems to"
        " Ukraine through NATO.",
        13,
    ),
    single(
        "klikwartaku",
        "The war has become a show of strength for a new military alliance of countries opposed to"
        " Western dominance.",
        16,
    ),
    single(
        "klikwartaku",
        "Closer Pyongyang-Moscow ties show Russia is seeking support from non-traditional allies"
        " under international pressure.",
        17,
    ),
    merged(
        "klikwartaku",
        "Kim met Sergei Lavrov in Pyongyang, and North Korea has sent about 11,000 soldiers to"
        " Russia.",
        2,
        7,
        top=(2, 6, 7),
    ),
    merged(
        "klikwartaku",
        "Under the agreement Kim signed with Putin in June last year, the two countries committed"
        " to help each other against outside aggression.",
        11,
        12,
    ),
    merged(
        "klikwartaku",
        "North Korea's support gives the Ukraine conflict a new dimension, and Pyongyang is using"
        " the momentum to strengthen its position in global geopolitics.",
        15,
        18,
    ),
    # Looser paraphrases: synonyms, other word order, little shared wording.
    single(
        "klikwartaku",
        "Pyongyang's leader pledged unconditional backing for Moscow's war in Ukraine.",
        0,
        1,
    ),
    single(
        "klikwartaku",
        "Lavrov and Kim embraced in footage released by Moscow's foreign ministry.",
        5,
    ),
    single("klikwartaku", "Kim voiced confidence in a Russian victory.", 4),
    single("klikwartaku", "Trump approved Patriot missile systems for Ukraine via NATO.", 13),
    single(
        "klikwartaku",
        "Ukraine and its allies uncovered the troop deployment months before Pyongyang"
        " acknowledged it in April.",
        8,
    ),
    single("klikwartaku", "North Korean workers may be sent to rebuild Kursk.", 9),
    single(
        "klikwartaku",
        "The pact obliges both nations to assist each other if attacked.",
        10,
        12,
    ),
    single(
        "klikwartaku",
        "Russia is turning to unconventional partners as it faces international pressure.",
        17,
    ),
    # IndoSum (ANTARA): Setya Novanto skips a KPK summons.
    single(
        "setnov",
        "DPR RI Speaker Setya Novanto again failed to honour a KPK summons as a witness in the"
        " e-KTP corruption investigation.",
        0,
    ),
    single(
        "setnov",
        "A letter dated 6 November 2017 from the DPR's acting Secretary General set out five points"
        " saying Setya could not answer the summons.",
        2,
    ),
    single("setnov", "Novanto also skipped a KPK summons on Monday, 30 October.", 4),
    single(
        "setnov",
        "The KPK named Novanto a suspect on 17 July 2017, but the Jakarta District Court granted"
        " his pretrial challenge.",
        6,
    ),
    single(
        "setnov",
        "Anang Sugiana Sudihardjo, President Director of PT Quadra Solution, became a new suspect"
        " in the e-KTP case on 27 September 2017.",
        7,
    ),
    merged(
        "setnov",
        "The KPK received the DPR letter at around 8 a.m.; it said summoning Setya Novanto requires"
        " written permission from the President of the Republic of Indonesia.",
        1,
        3,
    ),
    single(
        "setnov",
        "KPK spokesman Febri Diansyah said the DPR sent a letter about the summons.",
        1,
    ),
    merged(
        "setnov",
        "Back in October, Novanto cited other activities during the DPR recess.",
        4,
        5,
        top=(5,),
    ),
    single("setnov", "A court later ruled that naming Novanto a suspect broke procedure.", 6),
    single("setnov", "Anang is accused of breaching the 1999 anti-corruption law.", 9),
    # IndoSum (CNN Indonesia): the Telkom 1 satellite outage.
    single(
        "telkom",
        "The Telkom 1 satellite was still malfunctioning as of Saturday (26/8) afternoon.",
        0,
    ),
    single(
        "telkom",
        "Telkom said the anomaly on Telkom 1 was first felt on Friday, 25 August, at about"
        " 16.51 WIB.",
        5,
    ),
    single(
        "telkom",
        "Telkom is moving some customers to the Telkom 3S satellite and other satellites to"
        " recover transponder services.",
        7,
    ),
    single("telkom", "Netizens complained that ATMs of BCA and BNI were offline.", 16),
    single("telkom", "Telkom is working with Lockheed Martin to fix the satellite.", 4),
    merged(
        "telkom",
        "The problem affected national television broadcasts and ATMs, and Telkom apologised to"
        " the affected customers.",
        1,
        18,
    ),
    merged(
        "telkom",
        "Customers of BCA and BNI could not make transactions as ATMs went offline.",
        16,
        17,
    ),
    merged(
        "telkom",
        "Telkom starts migrating Telkom 1 customers today and expects services to run normally"
        " again.",
        19,
        20,
    ),
    single("telkom", "Telkom apologised for the disruption.", 18),
    single("telkom", "Viewers complained on Twitter that TV broadcasts were hit.", 8),
    # IndoSum (ANTARA): Crystal Palace sack Frank de Boer.
    single(
        "palace",
        "Crystal Palace sacked Dutch coach Frank de Boer on Monday after just four Premier League"
        " matches.",
        0,
    ),
    single(
        "palace",
        "De Boer, who replaced Sam Allardyce, lost all four league games without scoring a goal;"
        " the latest defeat was at Burnley on Sunday.",
        1,
    ),
    single("palace", "Frank de Boer lost his job at Crystal Palace after four games.", 0),
    single("palace", "Palace failed to score in all four league games under De Boer.", 1),
]


def grounded(articles: dict[str, tuple[Sentence, ...]]) -> list[tuple[Case, Bullet]]:
    results = []
    for name in articles:
        cases = [case for case in CASES if case.article == name]
        bullets = ground_bullets([case.bullet for case in cases], articles[name])
        results.extend(zip(cases, bullets, strict=True))
    return results


def test_there_are_enough_constructed_cases() -> None:
    assert len(CASES) >= 20
    assert sum(1 for case in CASES if case.merged) >= 5


def test_translations_are_sentence_aligned(articles: dict[str, tuple[Sentence, ...]]) -> None:
    assert [len(sentences) for sentences in articles.values()] == [21, 10, 21, 3]
    assert articles["klikwartaku"][7].text.startswith("Menurut pejabat Barat")


def test_right_source_ranks_first(articles: dict[str, tuple[Sentence, ...]]) -> None:
    results = grounded(articles)
    hits = [bool(bullet.sources) and bullet.sources[0] in case.top for case, bullet in results]
    misses = [
        (case.bullet, bullet.sources)
        for (case, bullet), hit in zip(results, hits, strict=True)
        if not hit
    ]
    assert sum(hits) / len(hits) >= 0.9, misses


def test_merged_bullets_get_all_their_sources(articles: dict[str, tuple[Sentence, ...]]) -> None:
    results = [(case, bullet) for case, bullet in grounded(articles) if case.merged]
    found = sum(len(case.merged & set(bullet.sources)) for case, bullet in results)
    expected = sum(len(case.merged) for case, _ in results)
    details = [(case.bullet, bullet.sources) for case, bullet in results]
    assert found / expected >= 0.9, details


def test_faithful_bullets_carry_no_flags(articles: dict[str, tuple[Sentence, ...]]) -> None:
    flagged = [(bullet.text, bullet.flags) for _, bullet in grounded(articles) if bullet.flags]
    assert flagged == []


def test_single_source_bullets_are_not_padded(articles: dict[str, tuple[Sentence, ...]]) -> None:
    results = [(case, bullet) for case, bullet in grounded(articles) if not case.merged]
    lengths = [len(bullet.sources) for _, bullet in results]
    assert sum(1 for length in lengths if length == 1) / len(lengths) >= 0.7, lengths


def test_sources_are_best_first_with_rounded_scores(
    articles: dict[str, tuple[Sentence, ...]],
) -> None:
    for _, bullet in grounded(articles):
        assert len(bullet.sources) == len(bullet.scores) <= 3
        assert list(bullet.scores) == sorted(bullet.scores, reverse=True)
        assert all(0.0 < score <= 1.0 and round(score, 3) == score for score in bullet.scores)
        assert len(set(bullet.sources)) == len(bullet.sources)


def test_copied_sentence_scores_higher_than_paraphrase(
    articles: dict[str, tuple[Sentence, ...]],
) -> None:
    sentences = articles["klikwartaku"]
    copied, paraphrased = ground_bullets(
        [
            sentences[7].translation,
            "Western officials think Pyongyang dispatched roughly 11,000 troops in the last year.",
        ],
        sentences,
    )
    assert copied.sources[0] == paraphrased.sources[0] == 7
    assert copied.scores[0] > 0.9
    assert copied.scores[0] > paraphrased.scores[0]


# --------------------------------------------------------------------------------------------
# Flags on the real articles
# --------------------------------------------------------------------------------------------


def test_wrong_soldier_count_is_flagged(articles: dict[str, tuple[Sentence, ...]]) -> None:
    good, bad = ground_bullets(
        [
            "North Korea has sent about 11,000 soldiers to Russia.",
            "North Korea has sent about 12,000 soldiers to Russia.",
        ],
        articles["klikwartaku"],
    )
    assert good.flags == ()
    assert [(flag.kind, flag.span) for flag in bad.flags] == [("number", "12,000")]
    assert bad.flags[0].message == "The number '12,000' does not appear in the article."
    assert bad.sources[0] in (6, 7)  # still linked: only the number is wrong


def test_number_supported_by_indonesian_text_alone() -> None:
    sentence = Sentence(0, 0, "Korea Utara mengirim 11.000 tentara ke Rusia.", "Soldiers went.")
    (bullet,) = ground_bullets(["North Korea sent 11,000 soldiers to Russia."], [sentence])
    assert bullet.flags == ()
    (bullet,) = ground_bullets(["North Korea sent 11.000 soldiers to Russia."], [sentence])
    assert bullet.flags == ()  # the bullet kept the Indonesian format


def test_invented_name_is_flagged(articles: dict[str, tuple[Sentence, ...]]) -> None:
    (bullet,) = ground_bullets(
        ["Angela Merkel said North Korea has sent soldiers to Russia."], articles["klikwartaku"]
    )
    assert [(flag.kind, flag.span) for flag in bullet.flags] == [("name", "Angela Merkel")]
    assert "Angela Merkel" in bullet.flags[0].message
    assert bullet.sources  # the rest of the bullet is supported


def test_invented_name_inside_a_real_title_is_flagged(
    articles: dict[str, tuple[Sentence, ...]],
) -> None:
    (bullet,) = ground_bullets(
        ["Kim met Russian Foreign Minister Boris Johnson in Pyongyang."], articles["klikwartaku"]
    )
    assert [(flag.kind, flag.span) for flag in bullet.flags] == [("name", "Boris Johnson")]


def test_invented_date_is_flagged(articles: dict[str, tuple[Sentence, ...]]) -> None:
    (bullet,) = ground_bullets(
        ["Kim met Sergei Lavrov in Pyongyang on Tuesday, 3 March."], articles["klikwartaku"]
    )
    assert [(flag.kind, flag.span) for flag in bullet.flags] == [
        ("date", "Tuesday"),
        ("date", "3 March"),
    ]
    assert bullet.flags[0].message == "The day 'Tuesday' does not appear in the article."
    assert bullet.sources[0] == 2


def test_wrong_month_and_weekday_on_indosum(articles: dict[str, tuple[Sentence, ...]]) -> None:
    bullets = ground_bullets(
        [
            "Novanto also skipped a KPK summons on Monday, 30 October.",
            "Novanto also skipped a KPK summons on Thursday, 30 November.",
            "The KPK named Novanto a suspect in July 2017.",
            "The KPK named Novanto a suspect in August 2016.",
        ],
        articles["setnov"],
    )
    assert [[(f.kind, f.span) for f in bullet.flags] for bullet in bullets] == [
        [],
        [("date", "Thursday"), ("date", "30 November")],
        [],
        [("date", "August 2016")],
    ]


def test_bullet_about_something_absent_is_unsupported(
    articles: dict[str, tuple[Sentence, ...]],
) -> None:
    text = "The central bank raised interest rates to curb inflation."
    (bullet,) = ground_bullets([text], articles["klikwartaku"])
    assert bullet.sources == () and bullet.scores == ()
    assert [(flag.kind, flag.span) for flag in bullet.flags] == [("unsupported", text)]
    assert bullet.flags[0].message == "No sentence in the article supports this bullet."


def test_flag_spans_are_substrings_of_the_bullet(
    articles: dict[str, tuple[Sentence, ...]],
) -> None:
    texts = [
        "Angela Merkel's envoy said 12,000 troops left on Tuesday, 3 March 2019.",
        "Lavrov's visit cost Rp 2 triliun, up 3.5 percent, in May.",
        "Eleven thousand soldiers went to Berlin on 25/8.",
    ]
    for text, bullet in zip(texts, ground_bullets(texts, articles["telkom"]), strict=True):
        assert bullet.flags
        for flag in bullet.flags:
            assert flag.span in text
            assert flag.kind in {"number", "date", "name", "unsupported"}
            assert flag.message.endswith(".")


@pytest.mark.parametrize(
    ("article", "text", "expected"),
    [
        ("klikwartaku", "About 11 thousand North Korean troops have been sent to Russia.", []),
        ("klikwartaku", "Roughly eleven thousand North Korean soldiers were deployed.", []),
        ("klikwartaku", "The U.S. will deliver Patriot systems to Ukraine via NATO.", []),
        ("klikwartaku", "Kim Jong Un Reaffirms Full Support For Russia In Ukraine War", []),
        ("klikwartaku", "North Korea sent 11,000 soldiers to Russia in May.", [("date", "May")]),
        ("klikwartaku", "Kim met Xi Jinping in Pyongyang.", [("name", "Xi Jinping")]),
        ("klikwartaku", "North Korea sent 15 percent of its army to Russia.", [("number", "15")]),
        ("setnov", "The letter, dated Nov. 6, listed five points.", []),
        ("setnov", "The KPK received the letter at 8 am on Monday.", []),
        ("setnov", "The KPK received the letter at 9 am on Monday.", [("number", "9 am")]),
        ("setnov", "Setya Novanto, the House Speaker, skipped the KPK summons again.", []),
        ("setnov", "Novanto was named a suspect on July 18.", [("date", "July 18")]),
        ("telkom", "Telkom 1 has had problems since 4.51pm on 25/8.", []),
        ("telkom", "The outage continued past 5 p.m. on Saturday.", [("number", "5 p.m.")]),
        # "mandiri" occurs in the Indonesian text, but as a common word, not a name.
        ("telkom", "ATMs of BCA, BNI and Mandiri went offline.", [("name", "Mandiri")]),
        ("palace", "Crystal Palace fired De Boer after 4 league games.", []),
        ("palace", "Crystal Palace fired De Boer after five league games.", [("number", "five")]),
        ("palace", "Palace lost at Burnley on Saturday.", [("date", "Saturday")]),
    ],
)
def test_flags_on_real_articles(
    articles: dict[str, tuple[Sentence, ...]], article: str, text: str, expected: list
) -> None:
    (bullet,) = ground_bullets([text], articles[article])
    assert bullet.sources
    assert [(flag.kind, flag.span) for flag in bullet.flags] == expected


@given(st.lists(st.text(alphabet=" .,:;-'’/$%()AaBbKkMmnrst0123456789", max_size=40), max_size=4))
def test_any_bullet_text_grounds_without_error(texts: list[str]) -> None:
    sentences = [
        Sentence(0, 0, "Rp 2,5 triliun untuk 11.000 warga pada Senin (6/1).", "Rp 2.5 trillion."),
        Sentence(1, 0, "Kim bertemu Lavrov di Moskow.", "Kim met Lavrov in Moscow."),
    ]
    texts = [text for text in texts if text.strip()]
    for text, bullet in zip(texts, ground_bullets(texts, sentences), strict=True):
        assert bullet.text == text
        assert len(bullet.sources) == len(bullet.scores) <= 3
        assert all(0.0 <= score <= 1.0 for score in bullet.scores)
        assert all(flag.span and flag.span in text for flag in bullet.flags)


# --------------------------------------------------------------------------------------------
# Small constructed articles
# --------------------------------------------------------------------------------------------


def test_exonyms_and_hyphenated_names_are_supported() -> None:
    sentences = [
        Sentence(0, 0, "Hubungan Pyongyang-Moskow makin erat.", "Ties keep growing closer."),
        Sentence(1, 0, "Presiden AS dan Selandia Baru bertemu.", "The two leaders met."),
    ]
    bullets = ground_bullets(
        [
            "Pyongyang-Moscow ties keep growing closer.",
            "The United States and New Zealand leaders met.",
            "The Pyongyang-Berlin ties keep growing closer.",
        ],
        sentences,
    )
    assert bullets[0].flags == () and bullets[1].flags == ()
    assert [(flag.kind, flag.span) for flag in bullets[2].flags] == [("name", "Berlin")]


def test_indonesian_weekdays_and_months_support_english_dates() -> None:
    sentence = Sentence(
        0, 0, "Rapat digelar pada Senin, 6 Januari, dan berlanjut Rabu.", "The meeting was held."
    )
    bullets = ground_bullets(
        [
            "The meeting was held on Monday, January 6, and continued on Wednesday.",
            "The meeting was held on Friday.",
            "The meeting was held on 7 January.",
        ],
        [sentence],
    )
    assert bullets[0].flags == ()
    assert [(flag.kind, flag.span) for flag in bullets[1].flags] == [("date", "Friday")]
    assert [(flag.kind, flag.span) for flag in bullets[2].flags] == [("date", "7 January")]


def test_number_words_match_digits() -> None:
    sentence = Sentence(0, 0, "Tiga rumah rusak dan 2,3 juta warga terdampak.", "Damage.")
    bullets = ground_bullets(
        [
            "Three houses were damaged and 2.3 million residents were affected.",
            "Four houses were damaged.",
        ],
        [sentence],
    )
    assert bullets[0].flags == ()
    assert [(flag.kind, flag.span) for flag in bullets[1].flags] == [("number", "Four")]


def test_sources_use_sentence_index_values() -> None:
    sentences = [
        Sentence(40, 3, "Harga beras naik.", "Rice prices rose."),
        Sentence(41, 3, "Petani di Jawa Tengah mengeluh.", "Farmers in Central Java complained."),
    ]
    bullets = ground_bullets(
        ["Farmers in Central Java complained.", "Rice prices rose and farmers complained."],
        sentences,
    )
    assert bullets[0].sources == (41,)
    assert set(bullets[1].sources) == {40, 41}


def test_max_sources_is_respected(articles: dict[str, tuple[Sentence, ...]]) -> None:
    text = "North Korea's support for Russia in the Ukraine war grows."
    for limit in (1, 2):
        (bullet,) = ground_bullets([text], articles["klikwartaku"], max_sources=limit)
        assert 1 <= len(bullet.sources) <= limit


def test_min_score_controls_unsupported() -> None:
    sentence = Sentence(0, 0, "Harga beras naik tajam.", "Rice prices rose sharply this week.")
    (loose,) = ground_bullets(["Bread prices fell."], [sentence], min_score=0.05)
    (strict,) = ground_bullets(["Bread prices fell."], [sentence], min_score=0.9)
    assert loose.sources == (0,) and not loose.flags
    assert strict.sources == () and strict.flags[0].kind == "unsupported"
    (unrelated,) = ground_bullets(["Elephants sleep standing."], [sentence], min_score=0.0)
    assert unrelated.sources == () and unrelated.flags[0].kind == "unsupported"


def test_bad_arguments_raise() -> None:
    sentence = Sentence(0, 0, "Harga naik.", "Prices rose.")
    with pytest.raises(InputError):
        ground_bullets(["Prices rose."], [])
    with pytest.raises(TypeError):
        ground_bullets("Prices rose.", [sentence])
    with pytest.raises(ValueError):
        ground_bullets(["Prices rose."], [sentence], max_sources=0)
    with pytest.raises(ValueError):
        ground_bullets(["Prices rose."], [sentence], min_score=1.5)
    with pytest.raises(ValueError):
        ground_bullets(["   "], [sentence])
    assert ground_bullets([], [sentence]) == ()


def test_support_score_bounds() -> None:
    assert support_score("Rice prices rose.", "Rice prices rose.") == 1.0
    assert support_score("Rice prices rose.", "The meeting ended.") == 0.0
    assert 0.0 < support_score("Rice prices rose sharply.", "Rice prices rose.") < 1.0


# --------------------------------------------------------------------------------------------
# Helpers: numbers, names, dates
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("11.000 tentara", "id", {Decimal(11000)}),
        ("11,000 soldiers", "en", {Decimal(11000)}),
        ("11 000 soldiers", "en", {Decimal(11000)}),
        ("naik 3,5 persen", "id", {Decimal("3.5")}),
        ("up 3.5 percent", "en", {Decimal("3.5")}),
        ("up 3.5%", "en", {Decimal("3.5")}),
        ("2,3 juta warga", "id", {Decimal(2_300_000)}),
        ("2.3 million residents", "en", {Decimal(2_300_000)}),
        ("Rp 2 triliun", "id", {Decimal(2 * 10**12)}),
        ("Rp2 triliun", "id", {Decimal(2 * 10**12)}),
        ("Rp 2 trillion", "en", {Decimal(2 * 10**12)}),
        ("Rp 1.250.000", "id", {Decimal(1_250_000)}),
        ("$2bn", "en", {Decimal(2 * 10**9)}),
        ("11 ribu", "id", {Decimal(11000)}),
        ("three houses", "en", {Decimal(3)}),
        ("tiga rumah", "id", {Decimal(3)}),
        ("twenty-five people", "en", {Decimal(25)}),
        ("dua puluh lima orang", "id", {Decimal(25)}),
        ("tiga belas orang", "id", {Decimal(13)}),
        ("a million people", "en", {Decimal(10**6)}),
        ("two dozen", "en", {Decimal(24)}),
        ("in 2025", "en", {Decimal(2025)}),
        ("pukul 16.51 WIB", "id", {Decimal("16.51")}),
        ("at 4:51 pm", "en", {Decimal("16.51")}),
        ("at 8 a.m.", "en", {Decimal(8)}),
        ("pukul 08.00", "id", {Decimal(8)}),
        ("the 17th", "en", {Decimal(17)}),
        ("Telkom 3S and F2 and Telkom1", "en", set()),
        ("thousands of workers", "en", set()),
        ("ribuan pekerja", "id", set()),
    ],
)
def test_extract_numbers(text: str, lang: str, expected: set[Decimal]) -> None:
    assert extract_numbers(text, lang) == expected


def test_extract_numbers_klikwartaku_article() -> None:
    text = KLIKWARTAKU.read_text(encoding="utf-8")
    assert Decimal(11000) in extract_numbers(text, "id")
    assert Decimal(11) not in extract_numbers(text, "id")
    assert Decimal(11000) in extract_numbers(" ".join(KLIKWARTAKU_EN), "en")


def test_extract_numbers_rejects_unknown_language() -> None:
    with pytest.raises(ValueError):
        extract_numbers("11", "fr")


@given(st.integers(min_value=1000, max_value=10**12))
def test_thousands_separators_agree_across_languages(value: int) -> None:
    english = f"{value:,}"
    indonesian = english.replace(",", ".")
    assert extract_numbers(f"sekitar {indonesian} orang", "id") == {Decimal(value)}
    assert extract_numbers(f"about {english} people", "en") == {Decimal(value)}


@given(
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=1, max_value=9),
    st.sampled_from([("ribu", "thousand"), ("juta", "million"), ("miliar", "billion")]),
)
def test_decimals_with_scale_words_agree(whole: int, tenth: int, scale: tuple[str, str]) -> None:
    indonesian = extract_numbers(f"{whole},{tenth} {scale[0]}", "id")
    english = extract_numbers(f"{whole}.{tenth} {scale[1]}", "en")
    assert indonesian == english and len(english) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korean leader Kim Jong Un met Sergei Lavrov in Pyongyang.",
            {"North Korean", "Kim Jong Un", "Sergei Lavrov", "Pyongyang"},
        ),
        ("Russia's support for the war grew.", {"Russia"}),
        ("The meeting took place on Monday in March.", set()),
        ("However, officials said the talks went well.", set()),
        ("Merkel said the talks went well.", {"Merkel"}),
        ("Talks went well, Merkel said.", {"Merkel"}),
        (
            "Dutch coach Frank de Boer was sacked by Crystal Palace.",
            {"Dutch", "Frank de Boer", "Crystal Palace"},
        ),
        ("The Pyongyang-Moscow axis grew, NATO said.", {"Pyongyang-Moscow", "NATO"}),
        ("Supporters cheered. Prices rose in Jakarta.", {"Jakarta"}),
    ],
)
def test_extract_names(text: str, expected: set[str]) -> None:
    assert extract_names(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Senin 30 Oktober lalu", "id", {"Monday", "30 October"}),
        ("hingga Sabtu (26 / 8) sore", "id", {"Saturday", "26 August"}),
        ("pada 17 Juli 2017", "id", {"17 July 2017"}),
        ("pada April lalu", "id", {"April"}),
        ("dua minggu lalu", "id", set()),
        ("on Tuesday, March 3rd", "en", {"Tuesday", "3 March"}),
        ("in May 2017", "en", {"May 2017"}),
        ("May the talks go well.", "en", set()),
        ("talks may march on", "en", set()),
    ],
)
def test_extract_dates(text: str, lang: str, expected: set[str]) -> None:
    assert extract_dates(text, lang) == expected
