"""Word tables for grounding: stopwords (the library's one English list), name cues, months,
weekdays, number words, exonyms.

Each table is written as one whitespace-separated string and split at import. Tables that map a
word to a value write ``word=value`` pairs; the exonym table writes ``native: english, english``
entries separated by ";". All words are lower case.
"""

from __future__ import annotations

from summarizer.lang import english_stopwords


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _values(text: str) -> dict[str, int]:
    """``"one=1 two=2"`` -> ``{"one": 1, "two": 2}``, in the order written."""
    pairs = (item.split("=") for item in text.split())
    return {word: int(value) for word, value in pairs}


def _numbered(text: str, first: int) -> dict[str, int]:
    """``"monday tuesday"`` -> ``{"monday": first, "tuesday": first + 1}``."""
    return {word: number for number, word in enumerate(text.split(), start=first)}


def _aliases(text: str) -> dict[str, tuple[str, ...]]:
    """``"korut: north korea; as: us, usa"`` -> ``{"korut": ("north korea",), ...}``."""
    table = {}
    for entry in text.split(";"):
        native, english = entry.split(":")
        table[" ".join(native.split())] = tuple(" ".join(n.split()) for n in english.split(","))
    return table


STOPWORDS = english_stopwords()  # the one English stop-word list (summarizer/lang/data/en.txt)

# Capitalised words that start English sentences without being names: the stop words and these.
COMMON_STARTS = STOPWORDS | _words(
    """
    although another around despite earlier even following furthermore however instead later
    meanwhile moreover nearly nevertheless next one several since still thereafter thus today
    tomorrow yesterday unlike yet last new first second third two three four five six seven
    eight nine ten half almost roughly officials police residents analysts experts critics
    authorities
    """
)

NOT_NAMES = _words("i rp i'm i've i'd i'll i’m i’ve i’d i’ll")  # capitalised, never a name to check

NAME_PARTICLES = _words("de van von der den da di du dos del la le al el bin binti ibn of")

SPEECH_VERBS = _words(
    """
    said says told added stated announced warned claimed argued noted explained reported
    confirmed denied insisted urged called admitted acknowledged revealed
    """
)

MONTHS_EN = _numbered(
    "january february march april may june july august september october november december", 1
)
MONTH_ABBR_EN = _values(
    "jan=1 feb=2 mar=3 apr=4 jun=6 jul=7 aug=8 sep=9 sept=9 oct=10 nov=11 dec=12"
)
MONTHS_ID = _values(
    """
    januari=1 februari=2 pebruari=2 maret=3 april=4 mei=5 juni=6 juli=7 agustus=8 september=9
    oktober=10 november=11 nopember=11 desember=12
    """
)
MONTH_ABBR_ID = _values(
    "jan=1 feb=2 mar=3 apr=4 jun=6 jul=7 agu=8 agt=8 ags=8 sep=9 okt=10 nov=11 des=12"
)
WEEKDAYS_EN = _numbered("monday tuesday wednesday thursday friday saturday sunday", 0)
WEEKDAYS_ID = _values(
    "senin=0 selasa=1 rabu=2 kamis=3 jumat=4 jum'at=4 jum’at=4 sabtu=5 minggu=6 ahad=6"
)

EN_UNITS = _values(
    """
    one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12
    thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 dozen=12
    twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90
    """
)
# "kedua" is "both" (also "second"): it lets "the two countries" match "kedua negara".
ID_UNITS = _values(
    """
    satu=1 dua=2 kedua=2 tiga=3 empat=4 lima=5 enam=6 tujuh=7 delapan=8 sembilan=9 sepuluh=10
    sebelas=11 seratus=100 seribu=1000 sejuta=1000000
    """
)
# English text keeps Indonesian scale words the translation left untranslated ("2 triliun"), and
# writes a thousand as "k" after digits ("25k" for *25rb*, "Rp 50K").
EN_SCALES = _values(
    """
    hundred=100 ribu=1000 juta=1000000 miliar=1000000000 milyar=1000000000
    triliun=1000000000000 thousand=1000 million=1000000 mn=1000000 mln=1000000
    billion=1000000000 bn=1000000000 trillion=1000000000000 k=1000
    """
)
ID_SCALES = _values(
    """
    ratus=100 ribu=1000 rb=1000 juta=1000000 jt=1000000 miliar=1000000000 milyar=1000000000
    triliun=1000000000000
    """
)

# Indonesian place and organisation names -> their English forms.
EXONYMS = _aliases(
    """
    moskow: moscow; korea utara: north korea, dprk; korut: north korea;
    korea selatan: south korea; korsel: south korea;
    amerika serikat: united states, us, usa, america; as: united states, us, usa, america;
    amerika: america, united states, us; rusia: russia; ukraina: ukraine;
    jepang: japan, japanese; belanda: netherlands, holland, dutch;
    inggris: britain, england, uk, united kingdom, british, english;
    tiongkok: china, chinese; cina: china, chinese; china: chinese;
    arab saudi: saudi arabia, saudi; selandia baru: new zealand; jerman: germany, german;
    prancis: france, french; perancis: france, french; swedia: sweden, swedish;
    swiss: switzerland, swiss; yunani: greece, greek; belgia: belgium, belgian;
    spanyol: spain, spanish; italia: italy, italian; turki: turkey, turkish;
    mesir: egypt, egyptian; suriah: syria, syrian; irak: iraq, iraqi;
    palestina: palestine, palestinian; filipina: philippines, philippine, filipino;
    singapura: singapore; vietnam: vietnam, vietnamese; thailand: thailand, thai;
    eropa: europe, european; uni eropa: european union, eu; afrika: africa, african;
    pbb: united nations, un; barat: west, western; timur: east, eastern;
    utara: north, northern; selatan: south, southern; tengah: central;
    tenggara: southeast, south-east, southeastern; barat daya: southwest, south-west;
    barat laut: northwest, north-west; timur laut: northeast, north-east;
    jawa: java, javanese; sumatera: sumatra; indonesia: indonesian;
    sawu: savu; laut sawu: savu sea;
    dpr: house of representatives, parliament, lawmakers;
    mpr: people's consultative assembly;
    kpk: corruption eradication commission, anti-graft; polri: national police, police;
    tni: armed forces, military; presiden: president; menteri: minister;
    india: india, indian; pakistan: pakistan, pakistani; malaysia: malaysia, malaysian;
    brunei: brunei; kamboja: cambodia, cambodian; myanmar: myanmar, burma, burmese;
    timor leste: east timor, timor-leste; australia: australia, australian;
    kanada: canada, canadian; meksiko: mexico, mexican; brasil: brazil, brazilian;
    afrika selatan: south africa, south african; maroko: morocco, moroccan;
    aljazair: algeria, algerian; libia: libya, libyan; etiopia: ethiopia, ethiopian;
    iran: iran, iranian; israel: israel, israeli; yordania: jordan, jordanian;
    lebanon: lebanon, lebanese; libanon: lebanon, lebanese; qatar: qatar, qatari;
    uni emirat arab: united arab emirates, uae; yaman: yemen, yemeni;
    afganistan: afghanistan, afghan; polandia: poland, polish; ceko: czech;
    hongaria: hungary, hungarian; rumania: romania, romanian; denmark: denmark, danish;
    norwegia: norway, norwegian; finlandia: finland, finnish; islandia: iceland, icelandic;
    irlandia: ireland, irish; skotlandia: scotland, scottish; portugal: portugal, portuguese;
    kroasia: croatia, croatian; taiwan: taiwan, taiwanese; makau: macau, macao;
    korea: korea, korean; kuba: cuba, cuban; beijing: beijing, peking;
    den haag: the hague, hague; kairo: cairo; yerusalem: jerusalem; mekah: mecca, makkah;
    makkah: mecca, makkah; madinah: medina; jenewa: geneva; wina: vienna; roma: rome;
    lisabon: lisbon; praha: prague; warsawa: warsaw; kopenhagen: copenhagen;
    brussel: brussels; teheran: tehran; bagdad: baghdad; damaskus: damascus; kiev: kyiv, kiev;
    kyiv: kyiv, kiev; jawa barat: west java; jawa timur: east java; jawa tengah: central java;
    sumatera utara: north sumatra; sumatera barat: west sumatra; sumatra: sumatra;
    kalimantan: kalimantan, borneo; sulawesi: sulawesi, celebes; maluku: maluku, moluccas;
    timur tengah: middle east; laut cina selatan: south china sea;
    laut tiongkok selatan: south china sea; samudra hindia: indian ocean;
    samudra pasifik: pacific ocean; terusan suez: suez canal; asia tenggara: southeast asia;
    bank dunia: world bank; dana moneter internasional: international monetary fund, imf;
    organisasi kesehatan dunia: world health organization, who;
    perserikatan bangsa-bangsa: united nations, un; dewan keamanan: security council;
    mahkamah agung: supreme court; mahkamah konstitusi: constitutional court;
    gedung putih: white house; istana negara: state palace, presidential palace;
    kpu: general elections commission, election commission, kpu;
    bmkg: meteorology, climatology and geophysics agency, bmkg;
    bnpb: national disaster management agency, bnpb
    """
)

# Exonym entries that are institutions or compass words, not places.
_NOT_PLACES = _words("dpr mpr kpk polri tni presiden menteri barat timur utara selatan tengah")

# Words of English place names: a sentence-opening capital among these is a name ("Moscow said").
KNOWN_PLACES = frozenset(
    word
    for native, names in EXONYMS.items()
    if native not in _NOT_PLACES
    for name in names
    for word in name.split()
    if len(word) > 2
) - _words("new north south united union nations kingdom states")
