"""Language codes and their English names, in one table for the library, the CLI and the page."""

from __future__ import annotations

# What a reader may choose as the article's language: detect it, Indonesian, or English.
SOURCE_LANGS = ("auto", "id", "en")

# langdetect's codes (the ones it can answer), the regional ones, and their English names.
LANGUAGE_NAMES: dict[str, str] = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "jv": "Javanese",
    "kn": "Kannada", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "ne": "Nepali", "nl": "Dutch",
    "no": "Norwegian", "pa": "Punjabi", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "so": "Somali", "sq": "Albanian",
    "su": "Sundanese", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "th": "Thai", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese", "zh-cn": "Chinese (simplified)", "zh-tw": "Chinese (traditional)",
    # Regional languages of Indonesia (summarizer.langid recognises them; ISO 639-3 codes).
    "min": "Minangkabau", "bjn": "Banjarese", "ban": "Balinese", "mad": "Madurese",
    "ace": "Acehnese", "bug": "Buginese", "bbc": "Toba Batak", "nij": "Ngaju",
}  # fmt: skip


# How each choice of SOURCE_LANGS is labelled for a reader ("auto" -> "Auto").
SOURCE_LANG_LABELS: dict[str, str] = {
    code: "Auto" if code == "auto" else LANGUAGE_NAMES[code] for code in SOURCE_LANGS
}


def language_name(code: str, unknown: str | None = None) -> str:
    """The English name of a language code ("nl" -> "Dutch"); ``unknown`` (else the code itself)
    for a code the table lacks."""
    return LANGUAGE_NAMES.get(code, code if unknown is None else unknown)
