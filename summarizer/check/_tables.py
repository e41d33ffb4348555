"""Word tables of the translation check: negation cues, capitalised common words, title words.

Place, country and institution names and their English forms are the grounding package's exonym
table (``summarizer.ground``); this module adds only what holding a translation against its
source needs. Written like the grounding tables: whitespace-separated words, ``native: english,
english`` entries separated by ";". All words are lower case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(" ".join(item.split()) for item in text.split(";") if item.strip())


def _aliases(text: str) -> dict[str, tuple[str, ...]]:
    """``"kota: city, town; …"`` -> ``{"kota": ("city", "town"), …}``. A word written twice is an
    error: its later entry would silently replace the earlier one's renderings."""
    table = {}
    for entry in text.split(";"):
        if entry.strip():
            native, english = entry.split(":")
            key = " ".join(native.split())
            if key in table:
                raise ValueError(f"{key!r} is written twice in a word table")
            table[key] = tuple(" ".join(n.split()) for n in english.split(","))
    return table


def _merged(*tables: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """One word table from several; a word in two of them is an error, as in :func:`_aliases`."""
    merged: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for key, forms in table.items():
            if key in merged:
                raise ValueError(f"{key!r} is written twice in a word table")
            merged[key] = forms
    return merged


# --- negation ------

# Indonesian words that negate what follows, regional ones too (Papua "tra", Ambon "seng",
# Kupang "sonde", Manado "nyanda", Banjar "kada", Javanese "mboten"/"ora").
ID_NEGATIONS = _words(
    """
    tidak tak bukan belum jangan tanpa enggak nggak gak ngga ndak tiada takkan tidaklah bukanlah
    belumlah janganlah tanpa ga kagak tdk gk engga blm belom blom jgn kaga nda ngk nggk gx gaada
    tra trada sonde nyanda kada mboten ora seng
    """
)
# Negations that are also other words: "seng" is Ambon's "not" and zinc ("atap seng", a tin roof).
# After these words it is the other word.
ID_NEGATION_HOMONYMS = {"seng": _words("atap beratap lembaran lembar pelat genteng")}
# Negations that an idiom absorbs: "belum lama ini" is "recently", "tidak sedikit" is "many",
# "tidak hanya" is "not only" or "as well as". They count on neither side.
ID_NEGATION_IDIOMS = _phrases(
    """
    belum lama; tak lama; tidak lama; tidak sedikit; tak sedikit; tak jarang; tidak jarang;
    tidak hanya; tak hanya; bukan hanya; bukan saja; tidak saja; tak terhitung; tidak terhitung;
    tidak sekadar; bukan sekadar; nggak sekadar; tak sekadar;
    tidak lain; tak lain; bukan main; tak ayal; tidak ayal; tak pelak; tidak pelak; gak cuma;
    nggak cuma; tak cuma; tidak cuma; bukan cuma; enggak cuma; ga cuma; gak hanya; nggak hanya;
    tidak taunya; tidak tahunya; tak taunya; tak tahunya; nggak taunya; gak taunya;
    jangan ragu; jangan sungkan; tidak segan; tak segan; nggak sih; gak sih; enggak sih;
    enggak seh; ga sih; tidak apa; tak apa; nggak apa; gak apa; ga apa; enggak apa;
    belum lagi; tidak terasa; tak terasa; nggak terasa; gak terasa; enggak terasa; tidak kerasa;
    ndak lama; nggak lama; gak lama; enggak lama; ga lama;
    bukan tidak;
    tak kerasa; nggak kerasa; gak kerasa; ga kerasa; enggak kerasa
    """
)
# Of those, the ones that say "not only": an English "only" without its "not" reverses them.
ID_NOT_ONLY = _phrases(
    """
    tidak hanya; tak hanya; bukan hanya; bukan saja; tidak saja; gak cuma; nggak cuma; tak cuma;
    tidak cuma; bukan cuma; enggak cuma; ga cuma; gak hanya; nggak hanya; tidak sekadar;
    bukan sekadar; nggak sekadar; tak sekadar
    """
)
# Indonesian phrases that English often says with a negation: "biasa saja", "nothing special".
ID_NEGATIVE_PHRASES = _phrases(
    "biasa saja; biasa aja; b aja; so so; tak seberapa; beda jauh; jauh beda; jauh dari; zonk; "
    "masih sama; tetap sama; sama saja; sama aja; itu saja; itu aja; sia sia; percuma; "
    "terpaksa; tenang saja; tenang aja"
)
# After a negation, words whose English form often carries the negation as an affix:
# "tidak resmi" is "unofficial", "tidak mungkin" "impossible".
ID_AFFIX_NEGATED = _words(
    """
    resmi sah langsung adil stabil pasti mungkin mampu terduga terbatas dikenal diketahui jelas
    lazim biasa wajar aman sehat sengaja sempurna puas setuju layak memadai efektif efisien
    terkendali teratur formal legal lengkap jujur bertanggung nyaman sabar berdaya bersalah
    konsisten relevan valid akurat benar tepat perlu penting berguna bermoral terpisahkan
    bergerak beruntung berhasil terlihat tampak enak sadar senang suka disangka diduga
    identitas hormat berdasar kepakai dipakai digunakan menentu alami logis etis praktis ramah
    profesional transparan ideal normal sensor dijelaskan dibayar dijawab rata dicuci
    """
)
# Passive verbs after "tidak bisa"/"tidak dapat" that English says by one negated "-able" word:
# "tidak bisa diakses" is "inaccessible", "tidak dapat dihubungi" "unreachable".
ID_ABLE_NEGATED = _words(
    """
    diakses dipercaya dihubungi dijangkau diprediksi diterima dimaafkan dilupakan dihindari
    dipahami dibaca dimakan dipakai digunakan
    """
)
# English words that negate. "no" is counted except as "No." before a number.
EN_NEGATIONS = _words(
    """
    not no never none nothing nobody neither nor without cannot can't don't doesn't didn't won't
    wouldn't isn't aren't wasn't weren't hasn't haven't hadn't shouldn't couldn't mustn't
    needn't nowhere
    """
)
EN_NEGATION_IDIOMS = _phrases("not only; not just; no less than; no more than")
# English idioms whose negation says something positive ("not bad" for *lumayan*, "no big deal"
# for *biasa*, "not to mention" for *apalagi*): a negation that begins one may render a negation
# of the source ("tidak buruk", "not bad") but is not one the source must have.
EN_POSITIVE_NEGATION_IDIOMS = (
    r"\bnot (?:too |that |so |half |all that )?bad\b",
    r"\bno (?:wonder|doubt|matter|worries|kidding|joke)\b",
    r"\bwithout (?:delay|fail|hesitation|hesitating|a doubt|doubt|question)\b",
    r"\bnot to mention\b",
    r"\b(?:can't|cannot|can’t|couldn't|couldn’t) (?:wait|recommend \w+ enough|get enough)\b",
    r"(?:n't|n’t|\bnot|\bno)(?:\s+\w+){0,3}\s+(?:big )?deal\b",
    r"\bdon't (?:even )?get me started\b",
    r"\bnothing but\b",
    r"\bsecond to none\b",
    r"\boh,? no\b",
    r"\bno (?:later|sooner|earlier) than\b",
    r"\bno less\b(?!\s+than)",  # "without the RT's permission, no less": emphasis
    r"\bin no time\b",  # "dripping with sweat in no time" (*langsung*): soon
    r"\bor not\b",  # "do you need a certificate or not?": the question's tag (*perlu nggak?*)
    r"^\W*no way\s*[,!]",  # "No way, you got his autograph?" (*Gila*, *Serius*): disbelief
    # "haven't stopped coughing" (*batuk terus*): it goes on
    r"\b(?:haven't|hasn't|hadn't|didn't|don't|doesn't|won't|never|not) stop(?:ped|s)?\b",
    r",\s*(?:not|never) until\b",  # "can't drink coffee for now, not until ...": an echo
    r"\bwithout (?:me|us)\b",  # "go ahead and eat without me" (*makan duluan aja*)
    r"\bno (?:trouble|difficulty|problem) \w+ing\b",  # "has no trouble crushing ice": easily
    # a closing tag question (*kan*): "... leaves at nine, doesn't it?"
    r",\s*(?:isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|wouldn't|can't|couldn't|"
    r"haven't|hasn't|shouldn't)\s+(?:it|he|she|they|we|you|i|there|that)\s*\?",
)
# Of those, the ones that never render a negation of the source: "no later than" says *paling
# lambat*, so its "no" cannot stand for a dropped *tidak*.
# A maximum ("maksimal delapan orang") said "no more than eight": a negation of the English's own.
ID_MAXIMUM = _words("maksimal maksimum maks maximal")
EN_NO_MORE_THAN = r"\b(?:no|not) more than\b"
EN_NEVER_NEGATING = (r"\bno (?:later|sooner|earlier) than\b", r"\boh,? no\b")
# Indonesian words that English often renders by an opposite when they are negated: "gak mahal"
# is "cheap", "tidak biasa" "unique", "belum diketahui" "unknown". English words beginning with
# one of the renderings account for the negation.
ID_NEGATED_ANTONYMS = _aliases(
    """
    mahal: cheap, affordable, inexpensive, reasonabl; murah: expensive, pricey, costly, steep;
    lupa: remember, be sure, make sure; melaut: port, ashore, shore, docked;
    selesai: unfinished, incomplete, ongoing, halfway, in the middle;
    penonton: behind closed doors, closed doors, empty stadium, empty stands, spectator-free;
    lagi: stop, stops, stopped, quit, give up, gave up, cease, ceased, abandon, instead;
    layak: unfit, unworthy, unsuitable, substandard, inadequate;
    biasa: unique, unusual, special, extraordinar, different, uncommon, rare;
    pasaran: unique, different, special, original, distinct; asal: careful, classy, proper, neat;
    asal-asalan: careful, classy, proper, neat; diketahui: unknown, unclear, scarce, unidentified,
    unconfirmed, undisclosed, mystery; jelas: unclear, vague, blurr, confus, obscure, limbo,
    dubious, shady, questionable, sketchy, murky, uncertain;
    enak: bad, bland, awful, tasteless, terrible, horrible, mediocre; ramah: rude, unfriendly,
    grumpy, hostile, cold; bersih: dirty, filthy, unclean, messy; sesuai: different, mismatch,
    wrong, incorrect, inaccura, unlike, unworth; banyak: few, little, small, scarce;
    besar: small, tiny, little;
    ada: absent, missing, lack, zero, nowhere, empty, gone, vanish,
    disappear; suka: dislike, hate, hated; mau: refus,
    reluctant, unwilling; peduli: careless, indifferent, ignor; gubris: ignor, disregard, brush;
    jauh: close to, close by, nearby, near;
    penting: trivial, minor, unimportant; tahu: unaware, clueless, dumb, ignorant, oblivious,
    unknown; nyesel: glad, happy, worth; menyesal: glad, happy, worth; kecewa: satisfied, happy,
    pleased, glad, delighted, worth; sopan: rude, impolite;
    aktif: switched off, turned off, inactive, offline, dormant, deactivat; masalah: fine, okay, ok,
    alright, all right, happy; pakai: out of order,
    unusable, out of service, broken; terus: stop, stops, stopped, quit, enough;
    pelit: generous, lavish, plenty, plentiful; tepat: late, delay, behind schedule,
    off schedule, off target, off the mark, inaccura, incorrect, imprecise, wrong; mampu: low
    income, poor, underprivileged, needy, disadvantaged, impoverish, unable, incapable;
    benar: wrong, false, untrue;
    lengkap: incomplete, partial, missing; berfungsi: broken, dead, faulty; jalan: broken, dead,
    stuck; sabar: eager, impatient; cukup: insufficient, short;
    pernah: first time, first-time, first ever, first-ever;
    keluar: stay, indoor, inside, home; sengaja: accident, inadvertent, unintention, unwitting;
    kecil: big, huge, major, serious, large, significant;
    pintar: stupid, dumb, dim, slow; pandai: stupid, dumb, dim, slow;
    mudah: hard, difficult, tough, tricky, challenging; gampang: hard, difficult, tough, tricky;
    sulit: easy, simple, straightforward; susah: easy, simple, straightforward;
    keberatan: willing, happy, fine, glad, okay, agree; panik: calm, composed, relax, steady;
    rugi: worth, profit, gain; terawat: neglect, shabby, run-down, unkempt;
    dekat: far, distant, remote; aman: unsafe, dangerous, risky, danger; sehat: sick, ill,
    unhealthy; takut: brave, fearless, unafraid, bold; ingat: forget, forgot; setuju: disagree,
    oppos, object, reject; percaya: doubt, distrust, disbeli, skeptic, sceptic; berubah: same,
    unchanged, remain, still, stay, steady; hadir: absent, miss, skip; lulus: fail, flunk;
    ramai: quiet, empty, deserted; sepi: busy, crowded, packed, full;
    laku: unsold, flop, expired, invalid, void, lapsed;
    cocok: unsuitable, mismatch, wrong; paham: confus, lost, puzzl; mengerti: confus, lost,
    puzzl; berhenti: continu, keep, kept, still, carry, carri;
    boleh: must avoid, must stay, must keep, forbid, ban, prohibit;
    naik: unchanged, steady, hold, freez, flat, stable, repeat;
    andal: shun, eschew, avoid, spurn, steer clear; salah: right, correct, accurate;
    cermat: imprecis, inaccura, careless, sloppy, inexact;
    buruk: decent, fine, good, okay, solid, nice, alright; memenuhi: short, few, insufficient,
    fail, lack, below;
    kalah: match, rival, equal, par, good, beat, compet; pergi: stay, remain;
    masuk: absurd, ridiculous, unreasonabl, illogical, nonsens, insane, crazy, absent, miss,
    skip; ganti: stay, remain, keep, kept, retain, same, unchanged; ubah: stay, remain, keep, kept,
    retain, same, unchanged; seperti: unlike, different, contrast; sama: different, differ,
    unlike, distinct; malu: proud, confident, unashamed, bold
    """
)
# Particles that may close a negation word without changing it: "bukankah" ("isn't it?"),
# "tidaklah", "belumlah".
ID_NEGATION_CLITICS = ("kah", "lah")
# English adverbs that negate the participle after them as an un- prefix would: "poorly
# maintained" ("tidak terawat", "unmaintained"), "badly organised".
EN_NEGATIVE_ADVERBS = _words("poorly badly ill")
# Indonesian words that, after a negation, exclude all but one thing ("tidak ... selain", "not
# ... other than"): English says the pair with "only" ("would only nominate its own members").
ID_EXCLUSIONS = _words("selain kecuali luar lain")
# Indonesian words of purpose or condition before a negation ("biar nggak nyasar", "so as not
# to get lost"; "kalau nggak", "if not"), which English often says with "or"/"otherwise" and no
# negation ("or you'll get lost", "otherwise they can't handle it").
ID_PURPOSE = _words("biar agar supaya kalau kalo")
EN_OTHERWISE = _words("or otherwise lest")
EN_ONLY = _words("only solely exclusively just")
# Comparatives after which a negated "can"/"could" says the most, not the opposite: "I couldn't
# have been more wrong" (*salah besar*), "couldn't agree more", "can't be happier".
EN_COMPARATIVES = _words(
    """
    more less better worse happier prouder clearer further simpler easier harder bigger greater
    sooner closer
    """
)
# A negation of "sampai" or "genap" before a number ("nggak sampai lima menit", not even five
# minutes; "belum genap sepekan", not yet a full week): English says it with one of these words
# ("in under five minutes", "fewer than ten", "less than a week").
ID_SHORT_OF = _words("sampai genap")
EN_LESS_THAN = _words("under less fewer below within barely")
# "yet" says "not" only as "yet to" ("has yet to decide").
EN_YET_TO = "yet to"
# "kurang" before a quality is a soft negation ("kurang bagus", "not great", "poor"); these
# words after it are not qualities ("kurang dari", "less than"; "kurang lebih", "about").
ID_KURANG = "kurang"
# Qualities English says by one word of their opposite after "kurang": "kurang sigap" is "slow to
# respond", "kurang tanggap" "unresponsive". The opposites of ID_NEGATED_ANTONYMS count there too
# ("kurang sopan" as "rude"), but not those of amounts and distances (ID_KURANG_NOT_OPPOSED):
# "kurang banyak" as "small" is no evidence that a negation was kept.
# Qualities after a negated noun that the negation is about: "bukan masalah kecil" (no small
# matter) is "big", not "fine".
ID_NEGATED_QUALITIES = _words("kecil besar mudah gampang sulit susah penting murah mahal")
# What English says for any "kurang" (too little of it): "lacks variety", "short on staff".
EN_LACKING = tuple(
    sorted(
        _phrases(
            """
            lack; short on; short of; insufficient; inadequate; underwhelm; too low; bit weak;
            little weak; rather weak; too weak; somewhat weak; pretty weak
            """
        )
    )
)
ID_KURANG_NOT_OPPOSED = _words("banyak besar kecil cukup jauh dekat lagi ada sama seperti pernah")
ID_KURANG_OPPOSITES = _aliases(
    """
    sigap: slow, sluggish, late; tanggap: slow, sluggish, unresponsive; cepat: slow, sluggish;
    bagus: weak, poor, bad, mediocre, disappointing, subpar, lacking; enak: bland, mediocre,
    tasteless, disappointing; rapi: sloppy, messy, untidy, careless; untuk: short, insufficient,
    scarce, lacking, shortage
    """
)
# Indonesian words that carry a negation in their meaning ("gagal", not succeed; "buta huruf",
# not able to read; "kewalahan", not able to cope): English says them with a negation ("couldn't
# read"), with a word that means "not" ("failed", "unable"), or with one of the renderings given
# here (English words beginning so: "illitera" for "illiterate"). One of these the English must
# keep, so a dropped negation there is seen. After a negation ("tidak terbatas", "jangan lupa")
# the word is no negation of its own.
ID_NEGATIVE_MEANINGS = _aliases(
    """
    gagal: fail, unsuccess, flop, short, foil, thwart, collaps, lost, lose, missed, misses,
        missing, abort, knocked out, crashed out, eliminat, bowed out, bomb, tank, flunk, fiasco,
        backfir, fell flat, fizzl, misfir, went wrong, wiped out, ruin, destroy, broke down,
        break down, breaks down, stall;
    batal: cancel, call off, called off, scrap, axe, dropped, postpon, shelve, abandon, scrub, skip,
        annul, fell through, rained off, washed out;
    kewalahan: overwhelmed, swamped, struggl, stretched, overstretched, snowed under, inundated,
        flooded with, buckl, hands full;
    buta huruf: illitera;
    enggan: declin, reluctan, unwilling, hesitan, loath, refus, wary, shy, averse, balk, resist,
        avoid;
    terbatas: limit, scarce, short, few, little, restrict, tight, small, scant, finite, only,
        modest, meagre, meager, narrow, slim, capped, sparse, handful, low;
    mustahil: impossib, unthinkab, unimaginab, inconceivab, absurd, out of the question;
    menolak: declin, reject, refus, oppos, turn down, turned down, turns down, throw out,
        threw out, thrown out, dismiss, deni, deny, resist, rebuff, spurn, veto, against,
        protest, object, rule out, ruled out, push back, pushed back, pushing back, boycott,
        balk, fight, fought;
    ditolak: reject, refus, turned down, turned away, turned back, thrown out, dismiss, deni,
        declin, rebuff, veto, ruled out;
    sepi: quiet, empty, desert, few, scarce, slow, dead, lonely, calm, sleepy, silent, sparse,
        thin, hush, peace;
    jarang: rare, rarit, seldom, hardly, barely, scarce, infrequent, sparing, few, occasional,
        little, once in a blue moon, once in a while;
    kapok: never again, learn, lesson, put off, done with;
    dilarang: ban, prohibit, forbid, barred, outlaw, illegal, off-limits, restrict;
    bantat: dense, flat, sunk, sank, stodgy, heavy;
    mogok: won't start, wouldn't start, stall, break down, broke down, breaks down, strike,
        conk;
    ngeyel: won't listen, wouldn't listen, stubborn, insist, refus, obstinate, pigheaded;
    ragu: doubt, unsure, uncertain, hesita, skeptic, sceptic, unconvinced, wonder, question,
        not sure, wasn't sure, weren't sure;
    bingung: confus, puzzl, baffl, perplex, at a loss, unsure, torn, dilemma, not sure, don't know,
        didn't know, doesn't know
    """
)
# Words of those roots ("_ID_NEGATIVE_ROOTS" in the negation rules) said by their own plain
# rendering ("hanya lima menit", "only five minutes"): such a word needs no negative English word.
ID_OWN_RENDERINGS = _aliases(
    """
    hanya: only, just, merely, solely, simply; sulit: hard, difficult,
    tough, struggle, struggled, struggles; susah: hard, difficult, tough; henti: stop, stops,
    stopped, halt, halted, halts, suspend, suspended, ceased; sedikit: little, few, bit,
    slightly, some; tutup: closed, close, closes, shut; tinggal: stay, stayed, live, lived, lives,
    left, remaining; kalah: lost, lose, loses, beaten, defeat, defeated; kosong: empty, vacant,
    blank; hilang: lost, missing, gone, disappear, disappeared, disappears, vanished, vanish
    """
)
ID_KURANG_NOT_NEGATING = _words(
    """
    dari lebih daripada sekitar mampu ajar satu dua tiga empat lima enam tujuh delapan
    sembilan sepuluh sebelas seratus seribu sejuta setengah adalah lagi rp
    """
)
# English affixes that carry a negation ("unofficial", "impossible", "careless"), for the
# Indonesian negations of ID_AFFIX_NEGATED only.
EN_NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "mis", "in-", "non-")
EN_NEGATIVE_SUFFIXES = ("less", "lessly", "lessness")
# English prefixes that say "without" (*tanpa*) as "-less" does: "barefoot" (*tanpa alas kaki*).
EN_WITHOUT_PREFIXES = ("bare",)
# English words that say "not" in their meaning: they can stand for a dropped "tidak".
EN_NEGATIVE_WORDS = _words(
    """
    fail failed fails failure failures failing lack lacked lacks lacking absent absence unable
    devoid
    refuse refused
    refuses deny denied denies free freely rarely hardly barely seldom neither less insufficient
    ignore ignored ignores ignoring unsuccessful miss missed misses scarce unknown unclear
    cancel cancels cancelled canceled cancelling canceling cancellation scrapped axed avoid
    avoids avoided avoiding refrain unless
    """
)
# Indonesian words of price that English says "free" ("shuttle gratis", "free shuttle"): there
# "free" renders them and stands for no dropped negation.
ID_FREE_OF_CHARGE = _words("gratis gratisan")
# English phrases that say "not" in their meaning, as those words do: "called off" (*batal*),
# "needed more salt" (*kurang asin*, not salty enough), "kept the plane from taking off" (*gagal
# berangkat*, did not leave).
EN_NEGATIVE_PHRASES = (
    r"\b(?:call|calls|called|calling) off\b",
    r"\b(?:needs?|needed|needing|could use|could do with)\s+(?:a\s+(?:bit|little|touch|lot)\s+|a\s+"
    r"|some\s+|much\s+)?more\b",
    r"\b(?:keeps?|kept|keeping|stops?|stopped|stopping|prevents?|prevented|preventing|bars?|barred)"
    r"\b(?:\s+[\w'’]+){0,3}?\s+from\s+\w+ing\b",
    r"\brather than\b",  # "rather than treated at home" (*tidak diobati di rumah*)
)

# English words that say what kind of place or body a name is: the English may add one to a name
# ("Bank Mandiri" for "Mandiri", "Lake Toba" for "Toba") without naming anything new.
EN_GENERIC_HEADS = _words(
    """
    bank lake mount mountain river island islands stadium airport station hospital university
    street road park garden temple palace market beach bay strait cape port harbour harbor
    regency province city district village museum mosque church cathedral school hotel mall
    company group club party dam bridge affairs nations
    """
)

# --- names given by description ------

# Names Indonesian news gives by description or nickname, and their English forms: "Negeri
# Sakura" is Japan, "Tanah Air" the country, "Jokowi" Joko Widodo, "PSSI" the football
# association (acronyms of bodies English writes out). Like the exonyms, the English
# must have one of the forms.
ID_DESCRIBED = _aliases(
    """
    tanah air: indonesia, indonesian, country, homeland, nation, national, domestic, local;
    ibu pertiwi: indonesia, motherland, homeland, country; nusantara: nusantara, indonesia,
    archipelago; negeri sakura: japan, japanese; negeri matahari terbit: japan, japanese;
    negeri paman sam: united states, us, u.s., america, american; negeri jiran: malaysia,
    malaysian, neighbouring, neighboring; negeri tirai bambu: china, chinese;
    negeri gajah putih: thailand, thai; negeri kanguru: australia, australian;
    negeri ginseng: south korea, korea, korean; negeri singa: singapore; negeri samba: brazil;
    negeri beruang merah: russia, russian; negeri ratu elizabeth: britain, united kingdom, uk;
    negeri kincir angin: netherlands, dutch, holland; negeri piramida: egypt;
    negeri tango: argentina; benua biru: europe, european; benua hitam: africa, african;
    kota pahlawan: surabaya; kota kembang: bandung; kota gudeg: yogyakarta, jogja;
    kota pelajar: yogyakarta, jogja; kota hujan: bogor; kota daeng: makassar;
    pulau dewata: bali; pulau seribu pura: bali; bumi cenderawasih: papua;
    serambi mekkah: aceh; kota santri: santri; pantura: north coast, northern coast, pantura;
    tim garuda: indonesia, national team; merah putih: indonesia, indonesian, national,
    red and white, red-and-white;
    skuad garuda: indonesia, national team, garuda; timnas: national team, national, indonesia;
    jokowi: joko widodo, widodo, jokowi; sby: susilo bambang yudhoyono, yudhoyono, sby;
    ahok: basuki tjahaja purnama, basuki, ahok; gus dur: abdurrahman wahid, wahid, gus dur;
    satpol pp: public order, civil service police, satpol pp; satpol: public order, civil
    service police, satpol; dbd: dengue, dbd; umk: minimum wage, umk; ump: minimum wage, ump;
    umr: minimum wage, umr;
    pssi: football association, soccer association, pssi; pln: state electricity company,
    state utility, electricity company, power company, pln; bpom: food and drug, drug and food,
    bpom; mui: ulema council, ulama council, clerics, mui; kadin: chamber of commerce, kadin;
    kppu: competition commission, competition watchdog, business competition, kppu;
    brin: national research and innovation agency, research agency, brin; bulog: state logistics
    agency, logistics agency, food agency, bulog; kemenag: religious affairs ministry, ministry of
    religious affairs, kemenag; kemenhub: transportation ministry, transport ministry, ministry of
    transportation, kemenhub; kemendikbud: education ministry, ministry of education, kemendikbud;
    pan: national mandate party, pan; pks: prosperous justice party, pks; pkb: national
    awakening party, pkb; pdi-p: indonesian democratic party of struggle, pdi-p, pdip;
    gerindra: great indonesia movement party, gerindra; psi: indonesian solidarity party, psi;
    ppp: united development party, ppp;
    sumut: north sumatra, provincial, province; sumbar: west sumatra, provincial, province;
    sumsel: south sumatra, provincial, province; jabar: west java, provincial, province;
    jateng: central java, provincial, province; jatim: east java, provincial, province;
    kalbar: west kalimantan, provincial, province; kalteng: central kalimantan, provincial,
    province; kalsel: south kalimantan, provincial, province; kaltim: east kalimantan,
    provincial, province; kaltara: north kalimantan, provincial, province; sulsel: south
    sulawesi, provincial, province; sulut: north sulawesi, provincial, province; sulteng:
    central sulawesi, provincial, province; sultra: southeast sulawesi, provincial, province;
    sulbar: west sulawesi, provincial, province; ntb: west nusa tenggara, provincial, province;
    ntt: east nusa tenggara, provincial, province; diy: yogyakarta, provincial, province;
    babel: bangka belitung, provincial, province; kepri: riau islands, provincial, province;
    malut: north maluku, provincial, province; tepi barat: west bank; jalur gaza: gaza strip, gaza;
    selandia baru: new zealand, nz; as: united states, us, u.s., usa, america, american;
    amerika serikat: united states, us, u.s., usa, america, american; tionghoa: chinese,
    chinese-indonesian, chinese indonesian, ethnic chinese; muenchen: munich; münchen: munich;
    ri: indonesia, indonesian;
    papua nugini: papua new guinea, png; nugini: new guinea, guinea; tanah suci: holy land,
    mecca, saudi arabia; kepulauan seribu: thousand islands
    """
)

# --- omission ------

# Casual Indonesian writes common words short ("yg", "bgt", "utk"); the length ratio was set on
# words written out, so a short form counts as the word it stands for.
ID_SHORT_FORMS = _aliases(
    """
    yg: yang; bgt: banget; bngt: banget; utk: untuk; sy: saya; tp: tapi; tpi: tapi; jg: juga;
    dr: dari; krn: karena; krna: karena; dgn: dengan; sdh: sudah; udh: udah; blm: belum;
    tdk: tidak; gk: gak; gx: gak; org: orang; pdhl: padahal; dtg: datang; jd: jadi; bs: bisa;
    sm: sama; klo: kalau; kl: kalau; trs: terus; hrs: harus; msh: masih; lg: lagi; bkn: bukan;
    spt: seperti; dpt: dapat; dlm: dalam; tsb: tersebut; thn: tahun; bln: bulan; hr: hari;
    skrg: sekarang; sblm: sebelum; stlh: setelah; pd: pada; kmrn: kemarin; bbrp: beberapa;
    dll: dan lain-lain; dsb: dan sebagainya; jgn: jangan; aja: saja; gmn: gimana; knp: kenapa;
    tmn: teman; byk: banyak; bnyk: banyak; sdikit: sedikit; jln: jalan; hrg: harga; brg: barang
    """
)

# Stock padding of Indonesian news that English routinely leaves out ("Dalam kejadian tersebut",
# "in the incident"; "pihaknya", "his side"; "sejumlah", "a number of"; "saat dikonfirmasi", "when
# asked"): it is no part of what the English must say, so it is left out of the length ratio.
ID_PADDING = _phrases(
    """
    dalam kejadian tersebut; dalam kejadian itu; dalam peristiwa tersebut; dalam peristiwa itu;
    pada kejadian tersebut; pada kejadian itu; pada kesempatan itu; pada kesempatan tersebut;
    dalam kesempatan itu; dalam kesempatan tersebut; hal tersebut; hal itu; yang bersangkutan;
    pihaknya; sejumlah; saat dikonfirmasi; ketika dikonfirmasi; saat dihubungi; ketika dihubungi;
    kepada wartawan; kepada awak media; menurut keterangan; mengalami; melakukan; berhasil; adanya;
    dengan skor
    """
)

# English words no sentence ends on: an English sentence that does was cut short.
UNFINISHED_ENDINGS = _words(
    """
    a an the of to than and or nor but whose because although whether its their my our your very
    per he she they we i has have had during between among toward towards via including just
    without into from at as which who whom if when where such with
    """
)
# A pronoun with its verb contracted closes no sentence: English does not end on "it's." or
# "we're." ("and it's.": the rest was lost).
EN_CONTRACTED_ENDINGS = _words(
    """
    it's that's there's here's what's who's he's she's where's how's i'm you're we're they're
    i've you've we've they've i'll you'll we'll they'll he'll she'll it'll i'd you'd we'd they'd
    he'd she'd
    """
)
# An auxiliary and then a manner adverb close no sentence: "Müller has officially.", "it was
# seriously." (the adverb's verb or adjective is missing). Adverbs are told by these endings,
# which the "-ly" adjectives that may close a sentence ("was friendly", "lovely") do not have.
AUXILIARIES_BEFORE_ADVERB = _words("has have had is are was were will would can could be been")
EN_ADVERB_ENDINGS = ("ously", "ally", "ively", "ently", "antly", "fully", "lessly", "edly", "ately")
EN_ADVERB_MIN_LETTERS = 7  # "lively" is an adjective
# A closing copula ends a whole clause only after a pronoun ("that's how it is.") or in a clause
# a question word or comparison opened ("I don't know where the station is.", "than it was."):
# "the signal inside the hotel is." stops in mid-phrase.
COPULA_ENDINGS = _words("is are was were become becomes became")
COPULA_FINISHED_AFTER = _words("it this that there these those who what")
COPULA_CLAUSE_OPENERS = _words(
    """
    what where how who whom which why when whatever wherever however whoever whichever as than
    though although if whether
    """
)
# Words before a closing "to", "have" or pronoun that make it a whole clause: "we have to.",
# "the best teacher I ever had.", "more than they.", "and so did we.", "what I am proud of."
FINISHED_BEFORE_LAST = _words(
    """
    i we you they he she ever never already still have has had want wanted wants need needed
    needs going ought used able like love try tried supposed got than as did do does am is are
    was were can could will would should so neither nor proud capable afraid aware made think
    thought dreamed dreamt heard sure scared ashamed tired fond only told asked allowed meant
    expected forced required permitted invited ordered urged begged hoped planned promised refused
    look looks looked looking talk talked talking listen listened wait waited care cared rely
    relied depend depended deal dealt worry worried
    """
)

# --- names ------

# Heads of Indonesian institutions named by their task and place ("Badan Narkotika Nasional",
# "Polda Jawa Tengah"): the words after the head are translated in English, the place is kept.
ID_INSTITUTION_HEADS = _words(
    """
    kementerian kemenko badan dinas komisi lembaga direktorat ditjen kejaksaan kejati kejari
    pengadilan kantor balai dewan majelis mahkamah otoritas biro satuan satgas polda polres
    polsek polresta polrestabes kepolisian sekretariat inspektorat pusat markas komando kodam
    korem kodim pangkalan lapas rutan korps perumda
    rapat penilaian beasiswa tunjangan pajak daftar seleksi wisuda program sistem data
    """
)
# Heads named by their place alone: "Polres Bantul", "Polresta Malang Kota" (the Bantul police).
ID_PLACE_ONLY_HEADS = _words("polda polres polsek polresta polrestabes kodam korem kodim")
# Police and military ranks: where one follows an institution's name, a person's name begins
# ("Polres Bantul Iptu Sri Wahyuni").
ID_RANKS = _words(
    """
    jenderal kolonel letnan mayor laksamana brigadir marsekal inspektur kapten komjen irjen
    brigjen kombes akbp kompol akp iptu ipda aiptu aipda bripka brigpol briptu bripda mayjen
    letjen laksda laksdya laksma marsda marsdya marsma letkol serka sertu serda
    """
)
# The English words that head the same institutions ("National Narcotics Agency").
EN_INSTITUTION_HEADS = _words(
    """
    ministry ministries agency office department commission court police council board assembly
    authority directorate bureau institute service unit command centre center secretariat
    inspectorate force forces headquarters tribunal prison penitentiary association federation
    union league corps company
    meeting assessment scholarship allowance tax register selection ceremony program programme
    system data
    """
)

# English verbs of saying: a single capitalised word before one ("Kevin said") is a name even
# where it opens the sentence.
EN_SPEECH_VERBS = _words(
    """
    said says told tells added adds stated explained asked claimed denied admitted warned
    stressed noted wrote announced insisted argued confirmed revealed
    """
)
# English words that open a sentence with "'s" or a verb of saying without being names.
EN_OPENING_NOT_NAMES = _words(
    """
    today tomorrow yesterday tonight everyone everybody nobody someone somebody anyone anybody
    life mom dad mum police officials witnesses residents experts sources analysts researchers
    authorities critics observers doctors scientists studies reports data people others
    company government ministry party team family father mother city country world nature
    women men children hundreds thousands dozens millions scores
    """
)
# Endings of English plural nouns for groups of people ("Traders", "Organisers", "Fishermen",
# "Migrants", "Economists"): a word of at least EN_PLURAL_MIN_LETTERS letters so ending that
# opens a sentence before "said" is an ordinary word, not a name. ("Malaysians" is left out: a
# nationality may be what replaced the source's.)
EN_PLURAL_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ents", "ants", "ees", "men")
EN_PLURAL_MIN_LETTERS = 6

# Words after an "'s" that make it "is" or "has" ("Salary's already high"), not a possessive.
EN_AFTER_IS = _words("already still just also always never been going gonna really pretty quite")

# Capitalised Indonesian words that open sentences or clauses without being names.
ID_COMMON_CAPS = _words(
    """
    namun sementara selain dalam menurut pada di ke dari untuk dengan saat ketika setelah sebelum
    meski meskipun walaupun walau karena jika kalau bahkan adapun oleh itu ini para sang si kini
    hingga sejak sebab tetapi tapi dan atau juga hal mereka ia dia kami kita saya beliau anda
    sebelumnya selanjutnya kemudian lalu akhirnya sedangkan bagi tak tidak belum bukan sebagai
    seperti yang apa siapa mengapa kenapa bagaimana kapan dimana berdasarkan terkait sebanyak
    sekitar hampir lebih kurang secara baik atas antara tentang ada adalah merupakan selama agar
    supaya sehingga maka pun jadi sudah telah akan masih harus bisa dapat perlu semua seluruh
    setiap beberapa banyak sebagian salah satu dua tiga empat lima kedua ketiga pertama tahun
    bulan pekan hari pagi siang sore malam kemarin besok lusa sekarang hari-hari jumlah total
    ya tidak iya oh wah nah begitu demikian maupun serta yakni yaitu terutama khususnya apalagi
    padahal sayangnya untungnya tentu tentunya memang rupanya ternyata mungkin barangkali
    sebenarnya sesungguhnya bila apabila manakala sesudah usai seusai jelang menjelang sambil
    seraya tanpa demi guna hanya cuma baru saja lagi pula pun rp suatu sebuah seorang sesuatu
    kakak kak gan agan sis bro sob tante mimin
    """
)
# Words by which Indonesian addresses or speaks of a person ("Pak Bambang", "Mbak Sari", "H."
# for Haji), and the ranks news puts before a name ("Irjen Pol", "Kombes"): English often drops
# them or says "Mr."/"Ms.", and puts a description in their place ("my friend Andi"), so a
# missing one is no missing name.
ID_HONORIFICS = _words(
    """
    pak bapak bu ibu mas mbak bang abang kak kakak dik adik om tante bung cak ning teh kang uda
    uni haji hajjah hj kiai kyai ustaz ustad ustadz habib gus raden mpok encik romo pastor pendeta
    bunda sdr saudara nak
    irjen brigjen kombes akbp kompol akp iptu ipda aiptu aipda bripka brigpol briptu bripda pol
    mayjen letjen brigjend laksda laksdya laksma marsda marsdya marsma letkol serka sertu serda
    sp ir drg
    purn
    """
)
# Words that put a country's, club's or party's name to its team: "Timnas Vietnam" is "Vietnam"
# in English, "Fraksi PKS" "PKS", so before a name they need no English form of their own.
ID_TEAM_WORDS = _words("timnas fraksi")
# A holiday's kind before its name: "Hari Raya Nyepi" is "Nyepi".
ID_BEFORE_HOLIDAYS = _phrases("hari raya")
# Words of a company's legal form ("PT Pertamina", "PT Kereta Api Indonesia (Persero)", "Tbk"):
# English mostly leaves them out ("Pertamina", "KAI"), so a missing one is no missing name.
ID_COMPANY_FORMS = _words("pt tbk cv persero perum ud")
# English words that say an honorific before a name ("my friend Togar" for *Bang Togar*).
EN_HONORIFIC_RENDERINGS = _words(
    """
    friend brother sister bro sis uncle aunt auntie grandpa grandma grandfather grandmother
    cousin teacher cleric preacher scholar father mother sir madam doctor dr mr mrs ms miss
    master lady gentleman elder hajji haji pastor reverend rev imam ustaz ustadz kiai professor
    prof engineer
    """
)
# An officer's corps after the rank ("Letkol Inf Arif Nugroho": infantry), which English drops.
ID_CORPS = _words("inf kav arm art czi pnb mar kes")
# Medical specialties after a doctor's name ("dr. Hendra, Sp.OG"), written without dots, and
# their English names: the English may name the specialty instead ("the OB-GYN").
ID_SPECIALTIES = _aliases(
    """
    spog: ob-gyn, obgyn, obstetrician, gynecologist, gynaecologist, obstetrics, gynecology;
    spa: pediatrician, paediatrician, pediatrics, paediatrics; sppd: internist, internal medicine;
    spjp: cardiologist, cardiology; spkk: dermatologist, dermatology; spdv: dermatologist,
    dermatology; spm: ophthalmologist, eye doctor, ophthalmology; sptht: ent, ear, nose and
    throat; spb: surgeon, surgery; spkj: psychiatrist, psychiatry; sps: neurologist, neurology;
    spn: neurologist, neurology; spp: pulmonologist, lung specialist; sprad: radiologist;
    span: anesthesiologist, anaesthetist, anesthetist; spgk: nutritionist, clinical nutrition
    """
)
# Indonesian degrees by their level, with the English names of the degree ("beasiswa S3", a PhD
# scholarship): a letter and a digit, which the word tables' letters-only words cannot hold.
ID_DEGREES = _aliases(
    """
    s1: bachelor's, bachelor, bachelors, undergraduate, ba, bsc; s2: master's, master, masters,
    postgraduate, graduate, ma, msc, mba; s3: phd, doctorate, doctoral, ph.d; d3: diploma;
    d4: diploma, applied bachelor's
    """
)
# Title words that are also the names of places: "Natal" is Christmas, and a town in Brazil, a
# regency of North Sumatra (Mandailing Natal) and half of KwaZulu-Natal. Where the source puts
# one as a place (after a word of place, or before a comma and the region), it is a name the
# English must keep: opus-mt-id-en writes "Christmas" for the town.
ID_PLACE_HOMONYMS = _words("natal")
# Words of a place's kind before its name ("Desa Penglipuran", "Pantai Depok"; a hospital's, "RSUP
# Persahabatan"): the word after one is a name, even one shaped like a derived noun.
ID_PLACE_KINDS = _words(
    "desa kota kabupaten kecamatan kelurahan kampung dusun pantai pulau gunung jalan pasar rs "
    "rsu rsud rsup rsia"
)
# Words after which a capitalised word names a place: "di Natal", "ke Natal", "asal Natal".
ID_LOCATIVES = _words("di ke dari menuju asal dekat")
# Words of names written out in advance, not after a failure: places' kinds, institutions and
# their fields, events and holidays, colours and other describing words, offices and trades. In
# a name each is part of the name in Indonesian and an ordinary word in English ("Festival Tari
# Nusantara", "Nusantara Dance Festival"). A word lists itself among its renderings where English
# may copy it, so the English must still copy or translate it, and one replaced ("stone
# Festival") is found as before; a phrase English never copies ("sekolah dasar") does not.
ID_NAME_WORDS = _aliases(
    """
    air panas: hot spring, hot springs, air panas; mata air: spring, springs, mata air; hutan:
    forest, forests, woods, hutan; hutan lindung: protected forest, hutan lindung; hutan kota: city
    forest, urban forest, hutan kota; taman nasional: national park, taman nasional; cagar alam:
    nature reserve, cagar alam; suaka margasatwa: wildlife reserve, wildlife sanctuary, suaka
    margasatwa; rawa: swamp, marsh, rawa; muara: estuary, river mouth, muara; telaga: lake, pond,
    telaga; situ: lake, situ; kolam: pool, pond, kolam; sawah: rice field, rice fields, paddy,
    sawah; perkebunan: plantation, estate, perkebunan; kebun: garden, plantation, orchard, kebun;
    tebing: cliff, cliffs, tebing; puncak: peak, summit, puncak; lereng: slope, slopes, lereng;
    kaki gunung: foothills, foot, kaki gunung; benteng: fort, fortress, benteng; tugu: monument,
    monolith, tugu; menara: tower, minaret, menara; gapura: gate, gateway, gapura; gerbang: gate,
    gateway, gerbang; kompleks: complex, compound, kompleks; komplek: complex, compound, komplek;
    perumahan: housing estate, housing, residence, perumahan; apartemen: apartment, apartments,
    apartemen; hotel: hotel; restoran: restaurant, restoran; kafe: cafe, café, kafe; toko: shop,
    store, toko; apotek: pharmacy, drugstore, apotek; apotik: pharmacy, drugstore, apotik; pabrik:
    factory, plant, mill, pabrik; gudang: warehouse, depot, gudang; bengkel: workshop, garage,
    repair shop, bengkel; terminal: terminal, bus station; halte: stop, bus stop, shelter, halte;
    stasiun kereta: train station, railway station, station; bandar: port, harbour, harbor, bandar;
    jalan tol: toll road, expressway, highway, toll, jalan tol; gang: alley, lane, gang; lorong:
    alley, corridor, lorong; perempatan: intersection, crossroads, junction, perempatan; pertigaan:
    junction, t-junction, intersection, pertigaan; flyover: flyover, overpass; terowongan: tunnel,
    terowongan; lapangan terbang: airfield, airstrip, lapangan terbang; landasan: runway, landasan;
    gelanggang: arena, hall, gelanggang; gedung olahraga: sports hall, gymnasium, gor; balai desa:
    village hall, village office, balai desa; balai kota: city hall, balai kota; kantor desa:
    village office, village hall; kantor pos: post office, kantor pos; pendopo: pavilion, hall,
    pendopo; sanggar: studio, workshop, sanggar; galeri: gallery, galeri; bioskop: cinema, movie
    theater, bioskop; gedung kesenian: arts building, performing arts building, art hall; teater:
    theater, theatre, teater; perguruan tinggi: university, college, higher education; sekolah
    tinggi: college, school, institute, sekolah tinggi; politeknik: polytechnic, politeknik;
    madrasah: madrasah, islamic school; madrasah aliyah: islamic high school, madrasah aliyah;
    madrasah tsanawiyah: islamic junior high school, madrasah tsanawiyah; madrasah ibtidaiyah:
    islamic elementary school, madrasah ibtidaiyah; sekolah dasar: elementary school, primary
    school; sekolah menengah: secondary school, high school; kampus: campus, kampus; asrama:
    dormitory, dorm, hostel, asrama; rumah adat: traditional house, rumah adat; rumah panggung:
    stilt house, rumah panggung; posyandu: health post, integrated health post, posyandu; rutan:
    detention center, detention centre, jail, rutan; penjara: prison, jail, penjara; lembaga
    pemasyarakatan: prison, correctional facility, penitentiary; kejaksaan agung: attorney
    general's office, attorney general, kejaksaan agung; kantor wilayah: regional office, kanwil;
    kanwil: regional office, kanwil; kedubes: embassy, kedubes; konsulat: consulate, konsulat;
    konsulat jenderal: consulate general; pemda: regional government, local government, pemda;
    pemerintahan: government, administration, pemerintahan; sekretariat daerah: regional
    secretariat; dinas pendidikan: education office, education agency, education department; dinas
    kesehatan: health office, health agency, health department; pemadam kebakaran: fire department,
    fire brigade, firefighters, fire service, fire and rescue; damkar: fire department, fire
    brigade, firefighters, damkar; kebakaran: fire, fires, kebakaran; bea: customs, duty, bea;
    cukai: excise, customs, cukai; perbankan: banking, perbankan; pasar modal: capital market,
    capital markets; bursa efek: stock exchange, bursa efek; pensiun: pension, pensions,
    retirement, pensiun; pertanahan: land, pertanahan; agraria: agrarian, agraria; perkeretaapian:
    railways, railway, rail; penerbangan: aviation, flight, flights, airline, penerbangan;
    pelayaran: shipping, sailing, voyage, pelayaran; angkutan: transport, transportation, angkutan;
    angkutan umum: public transport, public transportation; perumahan rakyat: public housing,
    housing; ketenagakerjaan: manpower, labor, labour, employment, ketenagakerjaan; catatan sipil:
    civil registration, civil registry; pencatatan sipil: civil registration, civil registry;
    pemberdayaan: empowerment, pemberdayaan; perlindungan anak: child protection; statistik:
    statistics, statistical, statistik; meteorologi: meteorology, meteorological; klimatologi:
    climatology; geofisika: geophysics; pencarian: search, pencarian; pertolongan: rescue, relief,
    pertolongan; keamanan: security, keamanan; ketahanan: resilience, security, ketahanan;
    ketahanan pangan: food security; obat: drug, drugs, medicine, medicines, obat; makanan: food,
    foods, makanan; pengawasan: supervision, oversight, supervisory, pengawasan; pemeriksa: audit,
    auditor, auditing, examiner, pemeriksa; pembangunan: development, construction, pembangunan;
    perencanaan: planning, perencanaan; pembinaan: development, guidance, coaching, pembinaan;
    penelitian: research, penelitian; pengembangan: development, pengembangan; inovasi: innovation,
    inovasi; kreatif: creative, kreatif; ekonomi kreatif: creative economy; transmigrasi:
    transmigration, transmigrasi; kebersihan: sanitation, cleanliness, cleaning, kebersihan;
    pertamanan: parks, landscaping, pertamanan; perparkiran: parking, perparkiran; persampahan:
    waste, waste management; kepemudaan: youth, kepemudaan; keagamaan: religious, religion,
    keagamaan; umrah: umrah, umroh; umroh: umrah, umroh; zakat: zakat, alms, tithe; wakaf:
    endowment, endowments, waqf, wakaf; kebudayaan: culture, cultural, kebudayaan; kepariwisataan:
    tourism; peternakan: livestock, animal husbandry, farm, peternakan; perkebunan rakyat:
    smallholder plantations, smallholders; tanaman pangan: food crops; hortikultura: horticulture,
    horticultural; holtikultura: horticulture, horticultural; kelautan dan perikanan: marine
    affairs and fisheries, maritime affairs and fisheries; kehutanan: forestry, kehutanan;
    perindustrian: industry, industrial, perindustrian; penerangan: information, lighting,
    penerangan; penyiaran: broadcasting, broadcast, penyiaran; pers: press, pers; wartawan:
    journalists, journalist, reporters, wartawan; hari ibu: mother's day, mothers' day; hari guru:
    teachers' day, teacher's day, teachers day; hari anak: children's day, children day; hari
    buruh: labor day, labour day, may day, workers' day; hari bumi: earth day; hari santri: santri
    day, islamic students' day; hari pahlawan: heroes' day, heroes day, hero's day; hari kartini:
    kartini day; hari kemerdekaan: independence day; hari lingkungan hidup: environment day,
    environmental day; hari pendidikan: education day; hari kesehatan: health day; hari pers: press
    day; hari bhayangkara: bhayangkara day, police day; hari batik: batik day; hari sumpah pemuda:
    youth pledge day; paskah: easter, paskah; jumat agung: good friday; kenaikan isa almasih:
    ascension day, ascension, kenaikan isa almasih; nyepi: nyepi, day of silence; galungan:
    galungan; kuningan: kuningan; maulid: maulid, mawlid, prophet's birthday; maulid nabi:
    prophet's birthday, birthday of the prophet, mawlid, maulid; isra miraj: isra miraj, isra
    mi'raj, ascension, isra' mi'raj; isra mikraj: isra miraj, isra mi'raj, ascension; tahun baru
    islam: islamic new year; satu suro: javanese new year, satu suro; puasa: fasting, fast, puasa;
    halal bihalal: halal bihalal, gathering, get-together; mudik: homecoming, exodus, going home,
    mudik; takbiran: takbiran, takbir, eid, eve of eid; pemilihan: election, elections, pemilihan;
    pemilihan umum:
    general election, election, elections; pilgub: gubernatorial election, governor election,
    pilgub; pilbup: regent election, regency election, pilbup; pilwalkot: mayoral election, mayor
    election, pilwalkot; pemungutan suara: vote, voting, ballot; kampanye: campaign, kampanye;
    debat: debate, debat; musyawarah nasional: national conference, national congress; munas:
    national conference, national congress, munas; rapat kerja: working meeting, work meeting,
    hearing, raker; raker: working meeting, work meeting, hearing, raker; rapat dengar pendapat:
    hearing, public hearing; lomba: contest, competition, race, lomba; pertandingan: match, game,
    pertandingan; perlombaan: competition, contest, race; kompetisi: competition, league,
    kompetisi; kejurnas: national championship, national championships, kejurnas; pekan olahraga
    nasional: national sports week; pon: national sports week, pon; pesta: party, festival,
    celebration, pesta; pesta rakyat: people's festival, public festival, community festival;
    karnaval: carnival, parade, karnaval; pawai: parade, procession, pawai; kirab: procession,
    parade, kirab; pagelaran: performance, show, pagelaran; pergelaran: performance, show; pentas:
    stage, performance, show, pentas; konser: concert, konser; lokakarya: workshop, lokakarya;
    seminar: seminar; pelatihan: training, workshop, pelatihan; sekolah lapang: field school;
    bazar: bazaar, fair, bazar; pasar malam: night market, fair, pasar malam; pasar murah: cheap
    market, subsidised market, subsidized market, low-cost market; operasi pasar: market operation,
    market operations, market intervention; operasi: operation, raid, operasi; razia: raid, raids,
    razia; merah: red, merah; putih: white, putih; hitam: black, hitam; biru: blue, biru; kuning:
    yellow, kuning; ungu: purple, violet, ungu; cokelat: brown, chocolate, cokelat; coklat: brown,
    chocolate, coklat; jingga: orange, jingga; perak: silver, perak; abu-abu: grey, gray; besar:
    great, grand, big, large, greater, besar; kecil: small, little, lesser, kecil; hulu: upstream,
    upper, hulu; hilir: downstream, lower, hilir; luar: outer, outside, luar; tinggi: high, higher,
    tinggi; rendah: low, lower, rendah; swasta: private, swasta; terpadu: integrated, one-stop,
    terpadu; bersama: joint, together, common, bersama; sehat: healthy, health, sehat; merdeka:
    merdeka, freedom, independence, independent; kesatuan: unity, unitary, kesatuan; perdamaian:
    peace, perdamaian; damai: peace, peaceful, damai; suci: holy, sacred, suci; keramat: sacred,
    holy, keramat; purba: ancient, prehistoric, purba; kuno: ancient, old, kuno; tradisional:
    traditional, tradisional; modern: modern; kuliner: culinary, food, kuliner; wisata: tourism,
    tourist, tour, wisata; pusaka: heirloom, heritage, pusaka; antik: antique, antiques, antik;
    sejarah: history, historical, sejarah; bersejarah: historic, historical; seni: art, arts, seni;
    seni rupa: fine arts, visual arts, art; musik: music, musik; lagu: song, songs, lagu; tarian:
    dance, dances, tarian; batik: batik; tenun: weaving, woven, tenun; kerajinan: crafts, craft,
    handicraft, handicrafts, kerajinan; sastra: literature, literary, sastra; buku: book, books,
    buku; pustaka: library, books, literature, pustaka; ilmu: science, sciences, knowledge, ilmu;
    pengetahuan: knowledge, science, pengetahuan; ilmu pengetahuan: science; sains: science, sains;
    kedokteran: medicine, medical, kedokteran; keperawatan: nursing, keperawatan; kebidanan:
    midwifery, kebidanan; farmasi: pharmacy, pharmaceutical, pharmaceuticals, farmasi; gigi:
    dental, dentistry, teeth, tooth, gigi; mata: eye, eyes, mata; jantung: heart, cardiac, jantung;
    kanker: cancer, kanker; anak-anak: children, children's, kids; ibu dan anak: mother and child,
    maternal and child; suster: sister, nurse, nun, suster; bidan: midwife, midwives, bidan;
    mantri: nurse, paramedic, health worker, mantri; perawat: nurse, nurses, perawat; apoteker:
    pharmacist, apoteker; hakim agung: supreme court justice, justice; jaksa agung: attorney
    general; pengacara: lawyer, attorney, counsel, pengacara; advokat: advocate, lawyer, attorney,
    advokat; notaris: notary, notaris; dosen: lecturer, lecturers, professor, dosen; guru besar:
    professor, full professor; rektor: rector, chancellor, president, rektor; dekan: dean, dekan;
    kepala sekolah: principal, headmaster, headmistress, head teacher; wakil rektor: vice rector,
    vice-rector, deputy rector; konsul: consul, konsul; konsul jenderal: consul general; wakil
    menteri: deputy minister, vice minister; wakil presiden: vice president, vice-president; wakil
    gubernur: deputy governor, vice governor; wagub: deputy governor, vice governor, wagub; wabup:
    deputy regent, vice regent, wabup; wakil bupati: deputy regent, vice regent; wawali: deputy
    mayor, vice mayor, wawali; wakil wali kota: deputy mayor, vice mayor; ketua umum: chairman,
    chairwoman, chair, chairperson, general chairman, leader, head; ketum: chairman, chairwoman,
    chair, chairperson, leader, ketum; sekretaris jenderal: secretary general, secretary-general;
    bendahara: treasurer, bendahara; jubir: spokesperson, spokesman, spokeswoman, jubir; kepala
    staf: chief of staff; pangdam: regional military commander, military commander, pangdam;
    dandim: district military commander, dandim; danramil: subdistrict military commander,
    danramil; babinsa: village military officer, babinsa; bhabinkamtibmas: community police
    officer, village police officer, bhabinkamtibmas; kasatreskrim: criminal investigation unit
    head, criminal investigation chief, kasatreskrim; kasatlantas: traffic unit head, traffic
    police chief, kasatlantas; kanit: unit head, unit chief, kanit; kabag: section head, division
    head, head, kabag; kasi: section head, head, kasi; kasubag: subsection head, head, kasubag;
    kabiro: bureau chief, bureau head, kabiro; kepala bidang: head of division, division head,
    head; kepala dinas: head, agency head, office head; kepala desa: village head, village chief;
    kepala badan: head, agency head, chief; komisaris utama: president commissioner, chief
    commissioner; pendiri: founder, pendiri; pemilik: owner, pemilik; pengasuh: caretaker, head,
    carer, pengasuh; pimpinan: leader, leadership, head, management, pimpinan; pemimpin: leader,
    leaders, pemimpin; pemimpin redaksi: editor-in-chief, editor in chief, chief editor; pemred:
    editor-in-chief, editor in chief, chief editor, pemred; redaksi: editorial, editors, newsroom,
    redaksi; manajer: manager, manajer; pelatih kepala: head coach; wasit: referee, umpire, wasit;
    juara: champion, champions, juara; atlet: athlete, athletes, atlet; sumber daya manusia: human
    resources, human resource, hr; sumber daya alam: natural resources; warna-warni: colourful,
    colorful, multicoloured, multicolored, rainbow, warna-warni; dishub: transportation agency,
    transport agency, transportation office, transport office, transportation department, dishub;
    koperasi unit desa: village unit cooperative, village cooperative, kud
    """
)
# Capitalised words of titles, offices and institutions ("Menteri Keuangan", "Wali Kota"):
# part of a name in Indonesian, ordinary words in English, so the English need not copy them.
# Each maps to the English words that render it (which support those words in the English).
_ID_TITLES_FOUND = _aliases(
    """
    gubernur: governor; bupati: regent; wali kota: mayor; walikota: mayor; wakil: vice, deputy;
    kepala: head, chief; ketua: chairman, chair, head, speaker, leader, chief;
    kementerian: ministry;
    keuangan: finance, financial; luar negeri: foreign; dalam negeri: home affairs, interior;
    pertahanan: defense, defence; kesehatan: health; pendidikan: education; perdagangan: trade;
    perhubungan: transportation, transport; pertanian: agriculture; agama: religious, religion;
    kepolisian: police; polisi: police; polda: regional police, police; polres: police;
    polsek: police; kapolri: national police chief, police chief; kapolda: police chief;
    kapolres: police chief; kapolsek: police chief, sector police chief, police;
    daerah: regional, region; sekretaris: secretary;
    direktur: director; utama: main, chief, president; perdana menteri: prime minister;
    raja: king; ratu: queen; pangeran: prince; paus: pope; kaisar: emperor; dokter: doctor, dr;
    profesor: professor, prof; bapak: mr, mister, father, dad, dads; pak: mr, mister;
    ibu: mrs, ms, mother, mom, mum, moms;
    bu: mrs, ms, mom, mum, ma'am; mbak: ms, miss; mas: mr; nabi: prophet; tuhan: god, lord;
    allah: god, allah;
    tahun baru: new year;
    lebaran: eid, lebaran; idul fitri: eid al-fitr, eid; idul adha: eid al-adha, eid;
    idulfitri: eid al-fitr, eid; iduladha: eid al-adha, eid; budaya: culture, cultural;
    cabai rawit: bird's eye chilli, bird's eye chili, bird's-eye chilli, bird;
    alun-alun: square, town square, city square, alun-alun;
    pondok pesantren: islamic boarding school, boarding school, pesantren;
    pesantren: islamic boarding school, boarding school, pesantren; pondok: boarding school,
    lodge; romo: father, fr; waisak: vesak, waisak; dataran tinggi: plateau, highlands,
    highland; kawah: crater; misa: mass; malam natal: christmas eve, eve;
    malam tahun baru: new year's eve, eve; malam pergantian tahun: new year's eve, eve;
    pergantian tahun: new year, new year's eve, eve, turn of the year; pupr: public works and
    housing, public works, pupr; sumpah: pledge, oath; pemuda: youth, youths, young people;
    direksi: board of directors, directors, board, management; efek: stock, stocks, securities;
    harbolnas: national online shopping day, online shopping day, harbolnas; nenek: grandma,
    grandmother, granny, gran, nana; kakek: grandpa, grandfather, granddad; tante: aunt,
    auntie; om: uncle; paman: uncle; bibi: aunt, auntie; ukm: smes, sme, small and medium
    enterprises, small businesses, ukm; kredit usaha rakyat: people's business loans, people's
    business loan, people's business credit, kur; tk: kindergarten, preschool, tk;
    paud: early childhood education, preschool, paud; npwp: tax id number, tax id, taxpayer
    identification number, tax number, npwp; skck: police clearance certificate, police
    clearance, police certificate, certificate of good conduct, skck; pungli: illegal fees,
    illegal levies, extortion, pungli; perpustakaan: library, libraries; tbs: fresh fruit
    bunch, fresh fruit bunches, ffb, tbs; internet: internet, online; klhk: environment and
    forestry ministry, ministry of environment and forestry, environment ministry, klhk;
    tahura: grand forest park, forest park, tahura; imlek: lunar new year, chinese new year,
    lunar, imlek; tpa: landfill, dump, final disposal site, tpa; kelenteng: chinese temple,
    temple, kelenteng; klenteng: chinese temple, temple, klenteng; vihara: buddhist temple,
    buddhist monastery, temple, vihara; tadarus: quran recitation, quran, koran, tadarus;
    mengaji: quran, koran, reciting, mengaji; usaha: enterprise, enterprises, business,
    businesses; mikro: micro; deputi: deputy; dusun: hamlet, sub-village, dusun; jami: grand,
    main, congregational, jami; dok: doctor, doc; rsup: central general hospital, central
    hospital, general hospital, hospital, rsup; tujuh belasan: independence day, august;
    agustusan: independence day, august; pramuka: scouts, scout, scouting, pramuka;
    mama: mom, mum, mother, mama; papa: dad, father, papa; televisi: tv, television;
    pr: homework, pr; polis: police; diraja: royal; ibu kota: capital, capital city;
    terapung: terapung, floating; palang merah: red cross; pratama: pratama, primary;
    klinik: klinik, clinic; jalan poros: highway, main road, trunk road; poros: poros, highway;
    hijau: hijau, green; titik nol: titik nol, zero point, kilometer zero, km zero;
    rumah: rumah, house, longhouse; syahbandar: harbourmaster, harbormaster, port master;
    disiplin: disciplinary, discipline; otoritas: authority; rusunawa: low-cost rental flats,
    rental flats, public housing, rusunawa; rusun: flats, apartments, public housing, rusun;
    rumah tangga: domestic, household, home; komnas: national commission, commission, komnas;
    perempuan: women, women's, female; bersalin: maternity, childbirth, birth;
    kekerasan: violence, abuse; kebun binatang: zoo, zoological garden; tari: dance, dances,
    dancing; wilayah: region, regional, area, territory; warisan: heritage, legacy;
    takbenda: intangible; warisan budaya takbenda: intangible cultural heritage; elang bondol:
    brahminy kite; elang: eagle, hawk, kite; korlantas: traffic corps, national police traffic
    corps, traffic police, korlantas; bpn: national land agency, land agency, land office, bpn;
    keraton: palace, sultanate, kraton, keraton; kraton: palace, sultanate, kraton;
    panitia: organizers, organisers, organizer, organiser, committee, organizing committee;
    mal: mall, mal; kemensos: social affairs ministry, ministry of social affairs, social
    ministry, kemensos; eyang putri: grandma, grandmother; eyang kakung: grandpa, grandfather;
    eyang: grandma, grandpa, grandmother, grandfather, grandparent; pintar: pintar, smart, clever;
    kartu indonesia pintar: smart indonesia card, smart indonesia cards, kip; uncen: cenderawasih
    university, uncen; spklu: charging station, charging stations, ev charging station, spklu;
    istimewa: special; oma: grandma, grandmother, oma; opa: grandpa, grandfather, opa;
    mak: mom, mum, mother, ma; kemnaker: ministry of manpower, manpower ministry, labor
    ministry, labour ministry, kemnaker;
    injil: gospel, gospels, bible; matius: matthew; markus: mark; lukas: luke;
    surah: surah, sura, chapter; kitab: book; ayat: verse, verses, paragraph;
    pasal: article, articles, chapter; kuhperdata: civil code; kuhp: criminal code, penal code,
    kuhp; uu: law, act, uu; ayah: dad, dads, father, fathers; bunda: mom, moms, mother,
    mothers; sms: text message, text messages, text, texts, sms; hari raya: eid, holiday, day,
    festival, hari raya; raya: eid, holiday, festival, main, great, grand, raya;
    kbri: indonesian embassy, embassy, kbri; kjri: indonesian consulate, consulate general,
    consulate, kjri; liga inggris: premier league, english league, epl;
    liga spanyol: la liga, spanish league; liga italia: serie a, italian league;
    liga jerman: bundesliga, german league; alhamdulillah: thank god, praise god, god,
    alhamdulillah; insyaallah: god willing, god, insyaallah, inshallah; masyaallah: god,
    masyaallah; spp: tuition, tuition fee, tuition fees, school fees, fees, spp;
    masjidil haram: grand mosque, masjid al-haram, haram; masjid nabawi: prophet's mosque,
    nabawi; dukcapil: civil registry, civil registration, population and civil registration,
    dukcapil; rt: neighborhood, neighbourhood, neighborhood association, neighborhood head, rt;
    rw: community unit, community, hamlet, rw; gor: sports hall, sports center, sports centre,
    stadium, arena, gor; ngarai: canyon, gorge, valley; tikungan: turn, corner, bend;
    gim: game, games; ko: knockout, ko; asi: breast milk, breastmilk, breastfeeding, asi;
    jiwa: mental, psychiatric, soul, souls, people; bendung: weir, dam,
    barrage; balai: authority, office, hall, center, centre, agency, balai; karhutla: forest and
    land fire, forest and land fires, forest fire, forest fires, wildfire, wildfires, fire,
    karhutla; satgas: task force, satgas; sekjen: secretary-general, secretary general,
    general secretary, sekjen; wamenkeu: deputy finance minister, vice finance minister;
    mensesneg: state secretary, state secretariat minister, mensesneg; otorita: authority;
    rapbn: draft state budget, state budget bill, rapbn; rapbd: draft regional budget, rapbd;
    cipta kerja: job creation, job creation law; dpp: executive board, central board,
    central executive board, dpp; fraksi: faction, factions, caucus, bloc, fraksi;
    kejati: high prosecutor's office, prosecutor's office, provincial prosecutor's office,
    kejati; kejari: district prosecutor's office, prosecutor's office, kejari;
    nomor: number, no; pemohon: petitioner, petitioners, applicant, applicants;
    air minum: drinking water; minum: drinking; simpang: intersection, junction;
    tahunan: annual, yearly; negara: state, national, country; akhir: final, end;
    ganjil: odd; genap: even; pengurus: administrators, administrator, board, management;
    bangunan: building, buildings; perkotaan: urban; perdesaan: rural; lalu lintas: traffic;
    tata ruang: spatial planning; tertinggal: disadvantaged, underdeveloped, left behind;
    pemegang saham: shareholders, shareholder; daftar: register, list;
    kesejahteraan: welfare; tahun akademik: academic year; tahun anggaran: fiscal year,
    budget year; ketua majelis hakim: presiding judge; ppa: protection of women and children,
    women and children, ppa; mandiri: independent, self; prestasi: achievement, merit;
    pengatur: dispatcher, controller, regulator; wisuda: graduation; sdr: mr, brother;
    saudara: mr, brother; nak: son, child, kid, dear; ispa: acute respiratory infection,
    respiratory infection, respiratory infections, ari, ispa; beasiswa: scholarship, scholarships;
    pkpu: suspension of debt payment
    obligations, debt restructuring, pkpu; menengah: secondary, middle, medium; dasar: primary,
    basic, elementary; tunjangan: allowance, allowances, benefit, benefits; profesi: professional,
    profession; penuntut: prosecutor, prosecutors, prosecution; bursa: stock exchange, exchange,
    bourse, bursa; igd: emergency department, emergency room, emergency unit, er, igd;
    pp: central board, executive board, board, pp;
    terbaik: best, top; terfavorit: favorite, favourite, favorites, favourites;
    undang-undang: law, laws, act, acts; perlindungan: protection; pengelolaan: management;
    ketua pengadilan: chief judge,
    court president, judge; ketua mahkamah: chief justice, justice, president;
    anggaran: budget, budgetary; koni: national sports committee, sports committee, koni;
    lembah: valley;
    ramadhan: ramadan; ramadan: ramadan; islam: islam, islamic, muslim, muslims;
    muslim: muslim, muslims; kristen: christian, christians, christianity; katolik: catholic;
    yahudi: jewish, jew, jews; buddha: buddhist, buddhism, buddha; haji: hajj, haji;
    universitas: university; partai: party; demokrat: democratic, democrat, democrats;
    republik: republic; rakyat: people, people's; dewan: council, board, house; perwakilan:
    representatives, representative, office; majelis: assembly; pengadilan: court; negeri: state,
    public; provinsi: province, provincial; kabupaten: regency, district; kota: city, town;
    pulau: island; gunung: mount, mountain; sungai: river; danau: lake; selat: strait;
    teluk: bay, gulf; laut: sea; samudra: ocean; desa: village; kecamatan: district, subdistrict;
    jalan: street, road, highway, jalan, jl, jln;
    jalan raya: road, highway, main road, jalan raya, jl raya, jln raya;
    jl: street, road, jalan, jl; jln: street, road, jalan, jln; masjid: mosque; gereja: church;
    komisi: commission, committee;
    badan: agency, body, board, committee; nasional: national; internasional: international;
    dunia: world;
    umum: general, public; piala: cup, award, trophy; liga: league; olimpiade: olympics, olympic;
    pemerintah: government, council, administration; kerajaan: kingdom, royal;
    pusat: central, center, centre;
    kemerdekaan: independence; hut: anniversary; hari: day; rumah sakit: hospital;
    sekolah: school; bandara: airport; bandar udara: airport; pelabuhan: port, harbour, harbor;
    stasiun: station; kantor: office; tim: team; klub: club; rp: rupiah, rp, idr;
    kpk: corruption eradication commission, anti-graft agency, anti-graft commission,
    anti-corruption commission, kpk; dpr: dpr; tni: army, navy, air force; mpr: mpr; pbb: un;
    katedral: cathedral;
    kejaksaan: attorney, prosecutor's, prosecutors, prosecution, office;
    agung: general, supreme, great, grand; pahlawan: hero, heroes, heroes'; olahraga: sports, sport;
    pariwisata: tourism; lingkungan hidup: environment; lingkungan: environment, environmental;
    tenaga kerja: manpower, labor, labour; sosial: social; ekonomi: economic, economy;
    koperasi: cooperatives, cooperative; industri: industry, industrial; energi: energy;
    sumber daya mineral: mineral resources; hukum: law, legal; politik: political, politics;
    riset: research; teknologi: technology; informatika: informatics;
    komunikasi: communication, communications; pekerjaan umum: public works;
    maritim: maritime; investasi: investment; koordinator: coordinating; bidang: affairs;
    urusan: affairs; hak asasi manusia: human rights; kabinet: cabinet; guru: teacher, teachers;
    anak: children, children's, child; buruh: labor, labour, workers, worker; bumi: earth;
    air: water; kejuaraan: championship, championships; turnamen: tournament;
    terbuka: open;
    stadion: stadium; lapangan: field, square, ground, grounds, pitch; taman: park, garden;
    monumen: monument; candi: temple; pura: temple;
    istana: palace; lapas: prison, penitentiary; pasar: market; warung: stall, shop,
    eatery, cafe; kedai: stall, shop, cafe; rumah makan: restaurant, eatery;
    kebun raya: botanical garden; tua: old; lama: old; induk: central, main, wholesale;
    pantai: beach, coast; kepulauan: islands, archipelago; tanjung: cape; lembaga: institute,
    institution, agency; institut: institute; fakultas: faculty; akademi: academy;
    yayasan: foundation; perusahaan: company; persatuan: union, association; ikatan: association;
    asosiasi: association; dinas: agency, office, department, service; departemen: department;
    direktorat: directorate; markas besar: headquarters; komando: command;
    angkatan darat: army; angkatan laut: navy; angkatan udara: air force; pasukan: forces, troops;
    bea cukai: customs; imigrasi: immigration; pajak: tax; perang dunia: world war; perang: war;
    natal: christmas; festival: festival; pekan: week; museum: museum; bank: bank; gedung: building;
    badan pusat statistik: statistics indonesia, central statistics agency, bps;
    duta besar: ambassador; dubes: ambassador; wib: western indonesia time, jakarta time, wib;
    wita: central indonesia time, wita; wit: eastern indonesia time, wit; pelatih: coach,
    manager, trainer; kapten: captain; juru bicara: spokesperson, spokesman, spokeswoman;
    jaksa: prosecutor; hakim: judge, your honor, your honour, honor; sar: search and rescue, sar;
    basarnas: national search and rescue agency, search and rescue office,
    search and rescue agency, search and rescue, basarnas;
    indeks harga saham gabungan: jakarta composite index, composite index, jci, ihsg;
    ihsg: jakarta composite index, composite index, jci, ihsg;
    pengadilan negeri: district court; pengadilan tinggi: high court;
    uni: union; bawah: lower, low; atas: upper; komisaris: commissioner, commissioners;
    kartu: card, cards, id; rups: general meeting, shareholders meeting, gms, agm, egm;
    kpr: mortgage, mortgages, housing loan, housing loans, home loan, home loans, kpr;
    bendungan: dam; waduk: reservoir, dam; jembatan: bridge; lurah: village head, village chief,
    subdistrict head, ward head, head, lurah;
    camat: district head, district chief, subdistrict, district, camat;
    kades: village head, village chief;
    ruu: bill, draft law, ruu; menko: coordinating minister, chief minister, minister;
    polhukam: political, legal, security, polhukam; perekonomian: economic, economy;
    bbm: fuel, bbm; pns: civil servant, civil servants; cpns: civil service, civil servant,
    civil servants, cpns; hp: phone, phones, mobile, cellphone, handphone, smartphone, hp;
    asn: civil servant, civil servants;
    umkm: msme, msmes, small and medium enterprises, micro; apbn: state budget, apbn;
    apbd: regional budget, apbd; phk: layoffs, layoff, laid off, dismissal; ott: sting operation;
    bumn: state-owned enterprise, state-owned enterprises, soe, soes, bumn;
    tps: polling station, polling stations; pilkada: regional election, regional elections,
    local election, local elections; pemilu: election, elections, general election;
    pilpres: presidential election; ham: human rights; rs: hospital; rsud: regional hospital,
    regional general hospital, general hospital, hospital; wni: indonesian citizen,
    indonesian citizens, indonesian national, indonesians;
    wna: foreign national, foreign nationals, foreigner, foreigners; tki: migrant worker,
    migrant workers; pmi: migrant worker, migrant workers, red cross; ri: indonesia, indonesian,
    republic of indonesia, national; nkri: unitary state of the republic of indonesia, indonesia;
    sd: elementary school, primary school; smp: junior high school; sma: senior high school,
    high school; smk: vocational school, vocational high school; lsm: ngo, ngos,
    non-governmental organization; ormas: mass organization, mass organizations, organization;
    dki: jakarta, dki; jabodetabek: greater jakarta, jabodetabek; krl: commuter line, commuter
    train, krl; bpjs: bpjs, social security; ojk: financial services authority, ojk;
    bi: bank indonesia, central bank, bi; bnn: national narcotics agency, bnn;
    bin: state intelligence agency, bin; bpk: supreme audit agency, audit board, bpk;
    dpd: regional representative council, dpd; dprd: regional legislature, regional house,
    regional council, regional legislative council, legislative council, council, dprd;
    mk: constitutional court, mk; ma: supreme court, ma, mom, mum, mother;
    kejagung: attorney general's office, attorney general; kemenkes: health ministry,
    ministry of health; kemenkeu: finance ministry, ministry of finance; kemlu: foreign ministry,
    ministry of foreign affairs; kemendagri: home affairs ministry, ministry of home affairs;
    bps: statistics indonesia, central statistics agency, bps; polri: national police, police,
    polri; kpu: general elections commission, election commission, elections commission, kpu;
    bawaslu: elections supervisory agency, election supervisory agency, election watchdog,
    bawaslu; bmkg: climatology and geophysics agency, meteorology, weather agency, bmkg;
    bnpb: national disaster management
    agency, national disaster mitigation agency, disaster agency, bnpb;
    penanggulangan bencana: disaster management;
    bencana: disaster; metro jaya: jakarta, metro jaya; wifi: wi-fi, wifi;
    ktt: summit, summits, ktt; serikat pekerja: union, unions, trade union, labour union,
    labor union; serikat buruh: union, unions, trade union, labour union, labor union;
    serikat: union, unions; pekerja: workers, worker, employees, labour, labor;
    jenderal: general, gen; kolonel: colonel, col; letnan: lieutenant, lt; mayor: major, maj;
    laksamana: admiral, adm; brigadir: brigadier, brig; marsekal: marshal; inspektur: inspector;
    menlu: foreign minister; menkeu: finance minister; menkes: health minister;
    mendagri: home affairs minister, home minister; menhan: defense minister, defence minister;
    mendikbud: education minister; menpora: sports minister; wapres: vice president;
    pemprov: provincial government, provincial administration, province;
    pemkot: city government, city administration, municipal government, municipality,
    city council;
    pemkab: regency government, regency administration, district government, regency council;
    mapolda: police headquarters, regional police headquarters, headquarters;
    mapolres: police headquarters, police station, headquarters; mapolsek: police station;
    mabes: headquarters; id: eid;
    sidang umum: general assembly, general session; sidang: session, assembly, trial, hearing;
    kadis: head, chief; wamen: deputy minister, vice minister; pj: acting, caretaker;
    h: ah, a.h, hijri, hijriah; tol: toll road, toll, tollway, expressway, highway;
    humas: public relations, spokesperson,
    spokesman, spokeswoman, public affairs, press; kabid: head, chief; kasat: head, chief;
    bareskrim: criminal investigation agency, criminal investigation department, bareskrim;
    daop: operational area, operation area, daop; minyak: oil; gas bumi: gas, natural gas;
    kelapa sawit: palm oil, oil palm, palm; sawit: palm oil, oil palm, palm;
    esdm: energy and mineral resources, energy, mineral resources, esdm; cabang: branch;
    rancangan: draft; reserse: criminal investigation, detectives, investigation;
    narkoba: narcotics, drugs, drug; satuan: unit, squad; bagian: part;
    plt: acting; plh: acting; sekda: regional secretary, secretary; dirut: president director,
    chief executive, ceo, director; rasulullah: prophet, messenger, rasulullah; rasul: prophet,
    messenger, apostle;
    rapat: meeting, meetings; paripurna: plenary; konferensi: conference; kongres: congress;
    muktamar: congress, conference; musyawarah: deliberation, congress, conference, meeting;
    pertemuan: meeting; pameran: exhibition, expo, fair, show; upacara: ceremony;
    perayaan: celebration; peringatan: commemoration, anniversary;
    bpbd: regional disaster management agency, disaster management agency, disaster agency,
    disaster mitigation agency, bpbd;
    komjen: commissioner general, comr. gen; irjen: inspector general, insp. gen;
    brigjen: brigadier general, brig. gen; kombes: senior commissioner, chief commissioner,
    grand commissioner, sr. comr, senior comr;
    akbp: adjunct senior commissioner, assistant senior commissioner, senior commissioner,
    superintendent, adj. sr. comr; kompol: commissioner, comr; akp: adjunct commissioner,
    assistant commissioner, adj. comr;
    iptu: first inspector, inspector; ipda: second inspector, inspector;
    aiptu: first assistant inspector, assistant inspector;
    aipda: second assistant inspector, assistant inspector; bripka: chief brigadier, brigadier;
    brigpol: brigadier; briptu: first brigadier, brigadier; bripda: second brigadier, brigadier;
    pol: police, pol; mayjen: major general; letjen: lieutenant general; laksda: rear admiral;
    laksdya: vice admiral; laksma: first admiral, commodore; marsda: air vice marshal;
    marsdya: air marshal; marsma: air commodore; letkol: lieutenant colonel, lt. col, lt col;
    km: kilometer, kilometre, kilometers, kilometres, km; reskrim: criminal investigation,
    detectives, criminal, reskrim; polresta: city police, resort police, police, polresta;
    polrestabes: city police, metropolitan police, police, polrestabes; spbu: gas station,
    petrol station, filling station, fuel station, service station, spbu; seksi: section,
    division, unit; kalurahan: village, subdistrict, kalurahan; butik: boutique; emas: gold;
    harga: price, prices, pricing; panel: panel; pangan: food;
    bei: indonesia stock exchange, idx, bei; makan: meal, meals, food, eating, lunch, lunches;
    bergizi: nutritious, nutrition, nutritional, healthy; gratis: free; mbg: free nutritious
    meals, free meals, free lunch, mbg; al: navy; ad: army; au: air force;
    infus: iv, drip, infusion; pts: private university, private universities, private campus,
    private campuses, private college, private colleges, pts; ptn: state university, state
    universities, public university, public universities, ptn; tes: test, tests, exam;
    gabungan: joint, combined; staf: staff; badai: storm, typhoon, hurricane, cyclone;
    tropis: tropical; kemampuan: ability, abilities, skills, proficiency, aptitude, competence;
    akademik: academic; pltu: coal-fired power plant, coal-fired power plants, coal power plant,
    coal power plants, power plant, power plants, coal plant, coal plants, pltu; plts: solar,
    solar power plant, solar power plants, pv, plts; plta: hydropower, hydroelectric, hydro,
    plta; pltp: geothermal, pltp; pltb: wind, wind farm, pltb; pltd: diesel, pltd; pltn: nuclear,
    nuclear power plant, pltn; adat: indigenous, customary, traditional, adat; selebgram:
    instagram, influencer, influencers, selebgram; opd: regional government agencies, regional
    agencies, government agencies, agencies, agency, opd; kawasan: zone, area, region, estate,
    park, district; khusus: special; menhub: transportation minister, transport minister,
    menhub; zona: zone, zones; bukit: hill, hills; pasir: sand, sands; berbisik: whispering;
    air terjun: waterfall, waterfalls, falls; sendratari: ballet, dance drama, sendratari;
    goa: cave, caves, goa; gua: cave, caves, gua; kursi: chair, chairs, seat, seats; dp: deposit,
    down payment, dp; madya: vice; muda: rear, junior; pertama: first; abk: crew, crew members,
    crews, ship crew, ship crews, abk; pangkalan: base, naval base; lantamal: main naval base,
    naval base, main base, lantamal; danlantamal: main naval base, naval base, main base,
    commander, danlantamal; dermaga: pier, wharf, dock, jetty; koarmada: fleet command, fleet,
    koarmada; yonif: infantry battalion, battalion, yonif; ksal: navy chief of staff, navy chief,
    ksal; ksad: army chief of staff, army chief, ksad; ksau: air force chief of staff, air force
    chief, ksau; kapendam: military command spokesman, military spokesman, spokesman,
    spokesperson, kapendam; kodam: military command, regional military command, kodam;
    plbn: border post, border crossing, cross-border post, plbn; dirjen: director general,
    director-general, dirjen; psdkp: marine and fisheries resources surveillance, fisheries
    surveillance, psdkp; panglima: commander, chief, commander-in-chief, panglima; kri: navy
    warship, navy warships, warship, warships, navy ship, navy ships, navy, kri; kapuspen:
    information chief, information center chief, spokesman, spokesperson, kapuspen; marinir:
    marine, marines, marinir; danrem: commander, military resort command, resort command,
    danrem; korem: military resort command, resort command, korem; kedutaan besar: embassy;
    kedutaan: embassy; polairud: water police, marine police, police, polairud; lanal: naval
    base, navy base, lanal; kemhan: defense ministry, defence ministry, ministry of defense,
    ministry of defence, kemhan; kelompok: group, groups; tani: farmers, farmer, farmers',
    farm, farming; kampung: village, kampung; nelayan: fishing, fishermen, fisherman, fishers;
    perikanan: fisheries, fishing, fishery; kelautan: marine, maritime, marine affairs, ocean;
    samudera: ocean, oceanic; pengemudi: driver, drivers, drivers'; daring: online;
    bundaran hi: hotel indonesia roundabout, hotel indonesia traffic circle, bundaran hi;
    bundaran: roundabout, traffic circle; litbang: research and development, r&d, research,
    litbang; pmn: state capital injection, capital injection, state capital, equity
    participation, pmn; makam: cemetery, grave, graves, tomb, mausoleum; taman makam pahlawan:
    heroes' cemetery, heroes cemetery, national heroes cemetery; penyanyi: singer, singers,
    vocalist; sutradara: director, directors; wanita: woman, women, female, ladies, women's;
    kesenian: arts, art, artistic; siaga: alert, standby, siaga; waspada: caution, watch,
    alert, waspada; awas: danger, warning, alert, awas; stnk: vehicle registration, registration
    certificate, registration, stnk; bpkb: vehicle ownership, ownership book, bpkb; kk: family
    card, family register, kk; nik: national id number, id number, identity number, nik;
    ktp: id card, identity card, ktp; amsal: proverbs; mazmur: psalms, psalm;
    aula: hall, auditorium; sim: driver's license, driver's licence, driving licence, driving
    license, license, licence, sim card, sim; ig: instagram, ig; wa: whatsapp, wa; fb: facebook,
    fb; yt: youtube, yt; thr: holiday bonus, religious holiday bonus, eid bonus, holiday
    allowance, thr; puskesmas: community health center, community health centre, health center,
    health centre, clinic, puskesmas; batu bara: coal, coal-fired; batubara: coal, coal-fired;
    batu: batu, stone, stones;
    film: film, films, movie, movies, feature, picture, documentary, cinema;
    dokumenter: documentary, documentaries; panjang: feature-length, feature, long, length;
    cerita: feature, story, fiction, narrative; elpiji: lpg; mini-album: ep; album mini: ep;
    serka: chief sergeant, sergeant; sertu: first sergeant, sergeant;
    serda: second sergeant, sergeant; purn: retired; da: uda, da; njop: assessed value, taxable
    value, tax object sale value, njop; wc: toilet, septic tank, septic, wc; bts: cell tower,
    base transceiver station, telecommunications tower, transmission tower, bts; komdis:
    disciplinary committee, disciplinary commission, komdis; pos: post, checkpoint, station, pos;
    adek: little one, little brother, little sister, kid, adek; paroki: parish, paroki; santo:
    saint, st, santo; santa: saint, st, santa; yusup: joseph, yusup; yusuf: joseph, yusuf;
    fransiskus: francis, fransiskus; petrus: peter, petrus; paulus: paul, paulus; lpk: training
    centre, training center, training institute, lpk; menaker: manpower minister, minister of
    manpower, labor minister, labour minister, menaker; sampah: waste, garbage, rubbish, trash,
    litter, sampah; klh: environment ministry, ministry of environment, klh; kendaraan listrik:
    electric vehicle, electric vehicles, ev; cbu: fully imported, completely built up, imported,
    cbu; darat: land, overland, ground, darat; latihan: training, practice, exercise, latihan;
    kerja: work, job, jobs, labour, labor, working, kerja; mamak: mum, mom, mother, mamak; ipa:
    science, natural science, natural sciences, ipa; ips: social science, social sciences, ips;
    sks: credits, credit, credit units, credit hours, sks; spkt: service desk, integrated police
    service centre, integrated police service center, front desk, spkt; bahari: maritime, marine,
    nautical, bahari; beras: rice, beras; pegunungan: highland, highlands, mountains,
    mountainous, pegunungan; bima sakti: milky way, bima sakti; petani: farmers, farmer, farming,
    petani; tempat pelelangan ikan: fish auction, fish auction site, fish market, tpi; tpi: fish
    auction, fish market, tpi; ranperda: draft regional regulation, draft bylaw, draft regulation,
    draft, ranperda; rtrw: spatial plan, spatial planning, regional spatial plan, rtrw;
    atr: agrarian affairs and spatial planning, agrarian affairs, spatial planning, atr;
    penerbit: publisher, publishers, press, penerbit; kopi: coffee, kopi; kw:
    knockoff, knockoffs, knock-off, knock-offs, fake, fakes, counterfeit, replica, kw; pencipta:
    creator, maker, pencipta; saw: peace be upon him, pbuh, saw; ginjal: kidney, kidneys, renal,
    ginjal; sedunia: world, worldwide, global, international, sedunia; khatulistiwa: equator,
    equatorial, khatulistiwa; tpst: landfill, waste processing site, waste disposal site, tpst;
    tkw: migrant worker, migrant domestic worker, female migrant worker, domestic worker, tkw;
    balai besar: office, center, centre, agency, regional office, major center, balai besar;
    zuhur: midday, noon, zuhr, dhuhr, zuhur; subuh: dawn, fajr, subuh; asar: afternoon, asr, asar;
    magrib: sunset, evening, maghrib, magrib; maghrib: sunset, evening, maghrib; isya: night,
    evening, isha, isya; kartu identitas: id, id card, identity card, identification;
    kartu pelajar: student id, student card, student id card; lintas: trans, cross, lintas;
    ujian: test, tests, exam, exams, examination, ujian; tulis: written, writing, tulis; berbasis:
    based, berbasis; curug: waterfall, falls, curug; coban: waterfall, falls, coban; grojogan:
    waterfall, falls, grojogan; akap: interprovincial, inter-provincial, intercity, inter-city,
    akap; keluarga: family, families, household, keluarga; kartu keluarga: family card, family
    register, family registration card, kk; wajib pajak: taxpayer, taxpayers; nomor pokok wajib
    pajak: taxpayer identification number, tax identification number, tax id number, tax number,
    npwp; kantor wali kota: city hall, mayor's office, mayoral office; yudisial: judicial,
    yudisial; biro: bureau, office, biro; yoseph: joseph, yoseph; yosef: joseph, yosef; rabu abu:
    ash wednesday, rabu abu; abu: ash, abu; dek: kid, young man, young lady, little one; alkitab:
    bible, scripture, scriptures, alkitab; yesus: jesus, yesus; kristus: christ, kristus;
    penjabat: acting, caretaker, penjabat; tenggiri: spanish mackerel, mackerel, tenggiri
    """
)
# The two tables as one: words found in failures and those written in advance.
ID_TITLES = _merged(_ID_TITLES_FOUND, ID_NAME_WORDS)
