//! Closed-class words the quote and event grammars test tokens against:
//! complementizers, prepositions, relative pronouns, light verbs, casualty
//! words. They are grammar, not knowledge, so they live with the code that
//! reads them (open-class words — triggers, cues — are data). All take a
//! token's match key. Open-ended classes the event grammar tests (casualty
//! words, light verbs, referential nouns, units) are data
//! (`data/events/grammar_words.tsv`, `GrammarWords`); their matching is here.

use super::lexicon::GrammarWords;

/// The key without a leading conjunction و/ف when a word of at least two
/// letters remains.
pub fn strip_conj(key: &str) -> &str {
    // Closed-class words and common roots that begin with ف.
    if matches!(
        key,
        "في" | "فيما"
            | "فقط"
            | "فوق"
            | "فجر"
            | "فترة"
            | "فرض"
            | "فرضت"
            | "فور"
            | "فيه"
            | "فيها"
            | "فيهم"
            | "فيهما"
    ) {
        return key;
    }
    for p in ['و', 'ف'] {
        if let Some(r) = key.strip_prefix(p)
            && r.chars().count() >= 2
        {
            return r;
        }
    }
    key
}

/// The key without و/ف and a preposition ب/ل/ك (بأن، لأن، وبأن).
/// `k`, without its article, is one of `words` (match keys).
fn listed(words: &[String], k: &str) -> bool {
    let k = k.strip_prefix("ال").unwrap_or(k);
    words.iter().any(|s| s == k)
}

/// `k`, without its article, begins with one of `words` (match keys).
/// Whether `k` (its article off) starts with a listed form; a form written
/// with a final `$` matches exactly (عام$ is no prefix of عاملا).
fn listed_prefix(words: &[String], k: &str) -> bool {
    let k = k.strip_prefix("ال").unwrap_or(k);
    words.iter().any(|s| match s.strip_suffix('$') {
        Some(exact) => k == exact,
        None => k.starts_with(s.as_str()),
    })
}

/// `listed_prefix` on the key whole or with و/ف or ب/ل/ك off: a word
/// may begin with a clitic's letter (بيع، وقوف، فرض).
fn listed_prefix_any_clitic(words: &[String], key: &str) -> bool {
    [key, strip_conj(key), strip_particles(key)]
        .iter()
        .any(|k| listed_prefix(words, k))
}

/// A present verb without the future's س (سترسل، ستغلق).
fn strip_future(k: &str) -> &str {
    k.strip_prefix('س').filter(|r| r.starts_with(['ي', 'ت'])).unwrap_or(k)
}

fn strip_particles(key: &str) -> &str {
    let k = strip_conj(key);
    // لل is ل with the article (للاحتجاج): both off.
    if let Some(r) = k.strip_prefix("لل")
        && r.chars().count() >= 3
    {
        return r;
    }
    for p in ['ب', 'ل', 'ك'] {
        if let Some(r) = k.strip_prefix(p)
            && r.chars().count() >= 2
        {
            return r;
        }
    }
    k
}

/// The readings of a key a word class is tried on: as written, the
/// conjunction off, and the particles off. (A word's own first letter may
/// look like a clitic: وجهاء، كميات، بنادق.)
fn readings(key: &str) -> [&str; 3] {
    [key, strip_conj(key), strip_particles(key)]
}

/// أنّ/إنّ/أن (and with ب or a pronoun: بأن، أنه، إنها): what opens reported content.
pub fn is_complementizer(key: &str) -> bool {
    let k = strip_particles(key);
    matches!(
        k,
        "ان" | "انه" | "انها" | "انهم" | "انهما" | "انهن" | "اننا" | "انني" | "اني"
    ) && !key.starts_with('ل')
}

/// Words after which أن is no complementizer of a reporting verb
/// (بعد أن، قبل أن، دون أن، ما إن), nor after a contrast that opens a
/// clause of its own (غير أن، بيد أن، رغم أن).
pub fn blocks_complementizer(prev: &str) -> bool {
    matches!(
        strip_conj(prev),
        "بعد"
            | "قبل"
            | "دون"
            | "بدون"
            | "منذ"
            | "ما"
            | "حتي"
            | "الا"
            | "لو"
            | "يمكن"
            | "يجب"
            | "غير"
            | "بيد"
            | "رغم"
            | "برغم"
    )
}

/// Relative pronouns.
pub fn is_relative(key: &str) -> bool {
    matches!(
        strip_conj(key),
        "الذي"
            | "التي"
            | "الذين"
            | "اللذين"
            | "اللتين"
            | "اللذان"
            | "اللتان"
            | "اللواتي"
            | "اللاتي"
            | "اللايي"
    )
}

/// Prepositions (free-standing).
/// A verb in the plural of the past or the subjunctive (اغتالوا، هاجموا،
/// انتقدوا): its subject stands before it or in itself.
pub fn is_plural_verb(key: &str) -> bool {
    strip_conj(key).ends_with("وا")
}

/// A noun with ب glued on that is a charge or a demand's object (بتنفيذ،
/// بقتل), not a preposition of its own (بين، بعد، بعدما، بسبب، بحسب) nor a
/// name's part (باسم، بقيادة، بشأن).
pub fn ba_object(key: &str) -> bool {
    let k = strip_conj(key);
    k.strip_prefix('ب').is_some_and(|rest| {
        rest.chars().count() >= 3
            && preposition(k).is_none()
            && !blocks_complementizer(k)
            && !matches!(rest, "اسم" | "قيادة" | "سبب" | "شان" | "حسب" | "عدما")
    })
}

/// The numbers one and two written as words: they follow the noun they
/// count (رجلان اثنان، شخص واحد), never precede it.
pub fn is_one_or_two(key: &str) -> bool {
    let one_or_two = |k: &str| matches!(k, "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "واحد" | "واحدة" | "واحده");
    // (واحد begins with و: read as written first.)
    one_or_two(key) || one_or_two(strip_conj(key))
}

/// «Of them» (منهم، منهن): a count before it is some of a group named
/// before.
pub fn is_of_them(key: &str) -> bool {
    matches!(strip_conj(key), "منهم" | "منهن")
}

/// «Among them» (بينهم، منهم): what follows is a part of a group counted
/// or named before.
pub fn is_among_them(key: &str) -> bool {
    is_of_them(key) || matches!(strip_conj(key), "بينهم" | "بينهن")
}

/// A verb in the plural of the present (يستقلون، يرتدون، تحملون): with no
/// particle before it, after an indefinite subject it describes that
/// subject (مسلحون يستقلون دراجة نارية). Not a nisba plural (يمنيون).
pub fn is_present_plural(key: &str) -> bool {
    let k = strip_conj(key);
    (k.starts_with('ي') || k.starts_with('ت')) && k.ends_with("ون") && !k.ends_with("يون") && k.chars().count() >= 5
}

pub fn preposition(key: &str) -> Option<&'static str> {
    Some(match strip_conj(key) {
        "في" => "في",
        "علي" => "على",
        "الي" => "إلى",
        "من" => "من",
        "عن" => "عن",
        "ضد" => "ضد",
        "قرب" | "بقرب" | "مقربة" => "قرب",
        "بين" => "بين",
        "مع" => "مع",
        "عند" | "لدي" => "عند",
        "خلال" | "اثناء" | "ابان" => "خلال",
        "منذ" => "منذ",
        "حتي" => "حتى",
        "نحو" | "باتجاه" | "تجاه" => "نحو",
        "بحق" => "بحق",
        "امام" | "داخل" | "خارج" | "وسط" | "محيط" | "بمحيط" | "قبالة" => "في",
        "شمال" | "جنوب" | "شرق" | "غرب" | "شمالي" | "جنوبي" | "شرقي" | "غربي" | "ريف" | "بريف" | "اطراف" => {
            "في"
        }
        _ => return None,
    })
}

/// Third-person pronoun suffixes (ه، ها، هم، هما، هن), longest first.
pub const PRONOUN_SUFFIXES: [&str; 5] = ["هما", "هم", "هن", "ها", "ه"];

/// A preposition with a pronoun suffix (فيه، عليها، منهم، لها): it stands
/// for a noun told before and opens no phrase («بيانا اتهم فيه الشرطة»).
pub fn is_pronoun_preposition(key: &str) -> bool {
    let k = strip_conj(key);
    PRONOUN_SUFFIXES.iter().any(|s| {
        k.strip_suffix(s)
            .is_some_and(|st| matches!(st, "في" | "علي" | "من" | "عن" | "الي" | "مع" | "ل" | "لدي" | "عند"))
    })
}

/// Time adverbs that may stand between a verb and its subject.
pub fn is_adverb(key: &str) -> bool {
    matches!(
        strip_conj(key),
        "امس"
            | "اليوم"
            | "غدا"
            | "الان"
            | "حاليا"
            | "موخرا"
            | "سابقا"
            | "لاحقا"
            | "ايضا"
            | "كذلك"
            | "قد"
            | "لقد"
            | "بدوره"
            | "بدورها"
            | "بدورهم"
            | "مجددا"
            | "مرارا"
            | "تكرارا"
            | "فجر"
            | "صباح"
            | "مساء"
            | "ظهر"
            | "ليل"
            | "ليلة"
            | "جهته"
            | "جهتها"
            | "جانبه"
            | "جانبها"
    )
}

/// Words that carry no argument: particles, auxiliaries, pronouns.
pub fn is_particle(key: &str) -> bool {
    matches!(
        strip_conj(key),
        "قد" | "لقد"
            | "كان"
            | "كانت"
            | "كانوا"
            | "يكون"
            | "تكون"
            | "لم"
            | "لن"
            | "لا"
            | "ما"
            | "ان"
            | "اذا"
            | "لو"
            | "ثم"
            | "هو"
            | "هي"
            | "هم"
            | "كما"
            | "حيث"
            | "فيما"
            | "بينما"
            | "تم"
            | "يتم"
            | "و"
            | "ف"
            | "او"
            | "ام"
            | "بل"
            | "لكن"
            | "الا"
            | "اي"
            | "كل"
            | "بعض"
            | "هذا"
            | "هذه"
            | "ذلك"
            | "تلك"
            | "هناك"
    )
}

/// تعرّض لـ: its subject is the target of the event noun after it.
pub fn is_undergo_verb(key: &str) -> bool {
    verb_of(key, &["تعرض"]) || verb_of(strip_conj(key), &["تعرض"])
}

/// وقع في (كمين): with في right after, its subject fell into the event
/// noun (وقع alone is "happened" or, doubled, "signed").
pub fn is_fall_verb(key: &str) -> bool {
    verb_of(key, &["وقع"]) || verb_of(strip_conj(key), &["وقع"])
}

/// A perfect or imperfect form of one of `stems` (three- or four-letter,
/// undoubled spelling), with a subject or object suffix.
fn verb_of(k: &str, stems: &[&str]) -> bool {
    verb_of_any(k, stems)
}

/// `verb_of` over any list of stems.
fn verb_of_any<S: AsRef<str>>(k: &str, stems: &[S]) -> bool {
    const SUFFIXES: [&str; 8] = ["ون", "وا", "ت", "ا", "ه", "ها", "هم", "ن"];
    // The future's سـ before the person prefix too: ستعقد، سينظم.
    let bodies = std::iter::once(k).chain(
        ["ي", "ت", "ن"]
            .iter()
            .chain(FUTURE_PREFIXES.iter())
            .filter_map(|p| k.strip_prefix(p).filter(|r| r.chars().count() >= 2)),
    );
    for body in bodies {
        // Up to two suffixes: a subject and an object (شنّتها، نفّذوها).
        let once: Vec<&str> = SUFFIXES
            .iter()
            .filter_map(|s| body.strip_suffix(s).filter(|r| r.chars().count() >= 2))
            .collect();
        let twice = once.iter().flat_map(|f| {
            SUFFIXES
                .iter()
                .filter_map(move |s| f.strip_suffix(s).filter(|r| r.chars().count() >= 2))
        });
        if std::iter::once(body)
            .chain(once.iter().copied())
            .chain(twice)
            .any(|f| stems.iter().any(|s| s.as_ref() == f))
        {
            return true;
        }
    }
    false
}

/// سـ with the person prefix of an imperfect.
const FUTURE_PREFIXES: [&str; 3] = ["سي", "ست", "سن"];

/// A verb in the future: سـ before an imperfect (ستعقد، سينظمون), after
/// an optional و/ف.
pub fn is_future_form(key: &str) -> bool {
    let k = strip_conj(key);
    FUTURE_PREFIXES
        .iter()
        .any(|p| k.strip_prefix(p).is_some_and(|r| r.chars().count() >= 2))
}

/// Casualty words: what a count next to them counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casualty {
    Dead,
    Injured,
}

/// Verbs of a count rising or reaching a figure (ارتفع العدد إلى، بلغت الحصيلة).
pub fn is_update_verb(key: &str) -> bool {
    let k = strip_conj(key);
    let k = k.strip_prefix('ل').filter(|r| r.chars().count() >= 3).unwrap_or(k);
    verb_of(k, &["ارتفع", "بلغ", "وصل", "صعد"])
        || matches!(k, "يرتفع" | "ترتفع" | "ارتفاع" | "يصل" | "تصل" | "يبلغ" | "تبلغ")
}

/// Nouns for the people who carried out an attack (المهاجمين، المنفذين).
pub fn is_attacker_noun(key: &str) -> bool {
    let k = strip_particles(key);
    let k = k.strip_prefix("ال").unwrap_or(k);
    k.starts_with("مهاجم") || k.starts_with("منفذ") || k.starts_with("مسلحي") || k.starts_with("خاطف")
}

/// "The one belonging to" (X التابع لـ Y): its object stands for the noun before it.
pub fn is_belonging(key: &str) -> bool {
    matches!(
        strip_conj(key),
        "التابع"
            | "التابعة"
            | "التابعين"
            | "التابعون"
            | "تابع"
            | "تابعة"
            | "تابعين"
            | "تابعون"
            | "المنتمي"
            | "المنتمين"
            | "المنتمية"
            | "الموالي"
            | "الموالية"
            | "الموالين"
    )
}

/// لكن with a pronoun for the subject of the clause it opens (لكنه،
/// لكنها، لكنهم): the subject of the verb after it.
pub fn is_but_with_pronoun(key: &str) -> bool {
    matches!(strip_conj(key), "لكنه" | "لكنها" | "لكنهم" | "لكنهما" | "لكنهن")
}

/// Words that open a new clause: فيما، بينما، حيث، ثم، لكن، and a verb
/// joined by ف (فسترد، فقتلت).
pub fn opens_clause(key: &str) -> bool {
    let k = strip_conj(key);
    if matches!(
        k,
        "فيما"
            | "بينما"
            | "حيث"
            | "ثم"
            | "لكن"
            | "لكنه"
            | "بعدما"
            | "عندما"
            | "حين"
            | "حينما"
            | "كما"
            | "مما"
    ) {
        return true;
    }
    key.strip_prefix('ف')
        .is_some_and(|r| r.chars().count() >= 3 && r.starts_with(['س', 'ي', 'ت', 'ن', 'ا']) && key != "في")
}

/// Verbs that predicate an event noun next to them: وقع الهجوم، أسفر
/// التفجير عن، تم اغتيال، استهدف الهجوم.
pub fn is_occurrence(key: &str) -> bool {
    const STEMS: &[&str] = &[
        "وقع",
        "حدث",
        "جري",
        "تم",
        "اسفر",
        "ادي",
        "اوقع",
        "خلف",
        "استهدف",
        "اندلع",
        "تجدد",
        "دار",
        "نفذ",
        "شن",
        "قتل",
        "بدا",
        "خرج",
        "انطلق",
        "عم",
        "تصاعد",
        "تواصل",
        "استمر",
        "شهد",
    ];
    let k = strip_conj(key);
    verb_of(k, STEMS)
        || matches!(
            k,
            "يتم"
                | "تم"
                | "جري"
                | "وقعت"
                | "اسفرت"
                | "ادت"
                | "اوقعت"
                | "استهدفت"
                | "اندلعت"
                | "دارت"
                | "تجددت"
        )
}

/// Words after which a casualty noun is a result: أدى إلى مقتل، أسفر عن إصابة، أعلن مقتل.
pub fn is_result(key: &str) -> bool {
    let k = strip_conj(key);
    matches!(
        k,
        "الي" | "عن" | "اعلن" | "اعلنت" | "اكد" | "اكدت" | "افاد" | "افادت" | "ذكر" | "ذكرت"
    ) || verb_of(k, &["ادي", "اسفر", "تسبب", "خلف", "اوقع"])
}

/// Words that lead from an event to its result: أسفر عن، أدى إلى، أوقع، خلّف، تسبب في.
pub fn is_consequence(key: &str) -> bool {
    let k = strip_conj(key);
    verb_of(k, &["ادي", "اسفر", "تسبب", "خلف", "اوقع", "اودي"])
        || matches!(k, "ادت" | "اسفرت" | "تسببت" | "خلفت" | "اوقعت" | "مما" | "ما")
}

/// Modal words: what follows may happen, not what did (يمكن، يمكنهم،
/// بإمكان، ربما، من المرجح، من المحتمل، قد with an imperfect).
pub fn is_modal(key: &str) -> bool {
    let k = strip_conj(key);
    k.starts_with("يمكن")
        || k.starts_with("بامكان")
        || k.starts_with("باستطاعة")
        || matches!(
            k,
            "ربما"
                | "المرجح"
                | "المتوقع"
                | "المحتمل"
                | "يحتمل"
                | "لعل"
                | "عسي"
                | "يجب"
                | "ينبغي"
                | "يستطيع"
                | "تستطيع"
        )
}

/// Verbs of intending: what follows is planned (ينوي، يعتزم، عزم، قرر).
pub fn is_intention(key: &str) -> bool {
    let k = strip_conj(key);
    verb_of(
        k,
        &[
            "نوي",
            "ينوي",
            "اعتزم",
            "يعتزم",
            "عزم",
            "يعزم",
            "خطط",
            "يخطط",
            "قرر",
            "يقرر",
            "يريد",
            "اراد",
        ],
    ) || matches!(
        k,
        "تنوي" | "تعتزم" | "ينوون" | "يعتزمون" | "تخطط" | "يخططون" | "تريد" | "يريدون"
    )
}

/// Words of purpose: the event after them is aimed at, not done
/// (بقصد تنفيذ هجمات، بهدف، من أجل، لغرض).
pub fn is_purpose(key: &str) -> bool {
    matches!(
        strip_conj(key),
        "بقصد" | "قصد" | "بهدف" | "بغرض" | "لغرض" | "اجل" | "سعيا" | "بغية" | "لاجل"
    )
}

/// A protest noun in the accusative of purpose (احتجاجا على): why the act
/// before it was done, not a protest of its own beside it.
pub fn is_protest_purpose(key: &str) -> bool {
    strip_conj(key) == "احتجاجا"
}

/// Conditional particles (a conditional clause is hypothetical).
pub fn is_conditional(key: &str) -> bool {
    matches!(strip_conj(key), "اذا" | "لو" | "لولا" | "حال" | "حالة" | "ربما")
}

/// The word classes of `data/events/grammar_words.tsv`: how each matches.
impl GrammarWords {
    /// Verbs whose nominal object carries the event (شنّ هجوما، نفّذ عملية،
    /// قام باغتيال، أقدم على إحراق، فرض حظر التجول): their subject is the
    /// actor. Stems in any conjugation, other forms exactly.
    pub fn is_light_verb(&self, key: &str) -> bool {
        [key, strip_conj(key)]
            .iter()
            .any(|k| verb_of_any(k, &self.light_verbs) || self.light_nouns.iter().any(|f| f == k))
    }

    /// A verb by which someone organises or carries out an event (a light
    /// verb too), with the event as its object pronoun (نظّمها، نفّذوه،
    /// تبنّته، فرضته) or, when
    /// `bare`, without one (دعت before إليه).
    pub fn is_organizer_verb(&self, key: &str, bare: bool) -> bool {
        let k = strip_conj(key);
        if bare {
            return verb_of_any(k, &self.organizer_verbs);
        }
        // (The plural's alif drops before the pronoun: شنّوه is شنّوا + ه.)
        let verb = |b: &str| verb_of_any(b, &self.organizer_verbs) || verb_of_any(b, &self.light_verbs);
        ["ها", "هما", "هم", "ه"]
            .iter()
            .find_map(|p| k.strip_suffix(p))
            .is_some_and(|body| {
                body.chars().count() >= 2 && (verb(body) || body.ends_with('و') && verb(&format!("{body}ا")))
            })
    }

    /// Whether a word (key, clitics allowed) reports deaths or injuries.
    /// A word whose و is its own first letter (وفاة) is read whole
    /// before its clitics are taken off.
    pub fn casualty(&self, key: &str) -> Option<Casualty> {
        let of = |k: &str| {
            let starts = |list: &[String]| listed_prefix(list, k);
            if starts(&self.injured) {
                Some(Casualty::Injured)
            } else if starts(&self.dead) && !starts(&self.not_casualty) {
                Some(Casualty::Dead)
            } else {
                None
            }
        };
        let k = strip_particles(key);
        if k != key
            && let Some(c) = of(key)
        {
            return Some(c);
        }
        of(k)
    }

    /// A casualty noun with a singular pronoun suffix (مقتله، إصابتها،
    /// بحياته): one person. Not a plural's (مقتلهم) nor a verb's (فقتله).
    pub fn singular_casualty(&self, key: &str) -> bool {
        let k = strip_particles(key);
        let Some(stem) = k.strip_suffix("ها").or_else(|| k.strip_suffix('ه')) else {
            return false;
        };
        listed(&self.casualty_nouns, stem)
    }

    /// Casualty verbs whose person is their subject, before or after them
    /// (أن عسكريا أصيب); not قتل, whose subject is the killer. Stems, in
    /// any conjugation.
    pub fn is_intransitive_casualty(&self, key: &str) -> bool {
        verb_of_any(strip_conj(key), &self.casualty_intransitive)
    }

    /// Verbs of going out and gathering (خرج، تجمعوا، احتشد), in any
    /// conjugation: a protest noun after them with ل is the protest they made.
    pub fn is_motion_verb(&self, key: &str) -> bool {
        verb_of_any(strip_conj(key), &self.motion_verbs)
    }

    /// Places and things a side holds (مواقع، مقر، دورية): "X لـ Y" or
    /// "X Y" after an attack makes Y its target, not its agent.
    pub fn is_property(&self, key: &str) -> bool {
        listed(&self.property, strip_particles(key))
    }

    /// Forces and weapons whose genitive is who acts (مدفعية الدعم السريع).
    pub fn is_agent_head(&self, key: &str) -> bool {
        // وحدات، وحدة begin with a و of their own.
        listed(&self.agent_heads, key) || listed(&self.agent_heads, strip_conj(key))
    }

    /// Words of support or allegiance (مدعومة من، الموالية لـ، المقربة من):
    /// the place after them is a patron, not where anything happened.
    pub fn is_affiliation(&self, key: &str) -> bool {
        listed_prefix(&self.affiliations, strip_conj(key))
    }

    /// Words of heading somewhere (باتجاه، نحو، صوب).
    pub fn is_direction(&self, key: &str) -> bool {
        self.directions.iter().any(|d| d == strip_conj(key))
    }

    /// Verbs of fleeing and pursuit (فرّوا، انسحبت، تلاحق).
    pub fn is_flight_verb(&self, key: &str) -> bool {
        // فرّوا begins with ف: try the word whole too.
        verb_of_any(key, &self.flight_verbs) || verb_of_any(strip_conj(key), &self.flight_verbs)
    }

    /// Verbs of seizing and finding (ضبطت، صادروا، عثر) and «بحوزة».
    pub fn is_seize_verb(&self, key: &str) -> bool {
        verb_of_any(strip_conj(key), &self.seize_verbs)
    }

    /// A verb or noun of shooting down or intercepting (أسقطت، اعترضوا،
    /// تصدت، إسقاط، واعتراض).
    pub fn is_downing_verb(&self, key: &str) -> bool {
        self.is_intercept_verb(key) || {
            let k = strip_conj(key);
            verb_of_any(k, &self.downing_verbs) || listed(&self.downing_verbs, k)
        }
    }

    /// A verb or noun of intercepting, which also stops a march (اعترضت،
    /// تصدى، اعتراض).
    pub fn is_intercept_verb(&self, key: &str) -> bool {
        let k = strip_conj(key);
        verb_of_any(k, &self.intercept_verbs) || listed(&self.intercept_verbs, k)
    }

    /// A word that is a march where a protest is spoken of (مسيرة، في
    /// مسيرات); not with the article.
    pub fn is_march_word(&self, key: &str) -> bool {
        [strip_conj(key), strip_particles(key)]
            .into_iter()
            .any(|k| self.march_words.iter().any(|s| s == k))
    }

    /// A word for a protest stand (وقفة، وقفات) where a protest is spoken
    /// of; not with the article.
    pub fn is_stand_word(&self, key: &str) -> bool {
        // (Its own first letter is و: وقفة is tried whole too.)
        [key, strip_conj(key), strip_particles(key)]
            .into_iter()
            .any(|k| self.stand_words.iter().any(|s| s == k))
    }

    /// A stand_word whose و is its own first letter (وقفة), read whole.
    pub fn is_stand_word_whole(&self, key: &str) -> bool {
        self.stand_words.iter().any(|s| s == key)
    }

    /// A word for an aircraft a drone's name follows (طائرة، الطائرات).
    pub fn is_aircraft(&self, key: &str) -> bool {
        listed(&self.aircraft, strip_conj(key))
    }

    /// A drone or a missile (مسيّرة، صواريخ، لمسيرتين).
    pub fn is_aerial_weapon(&self, key: &str) -> bool {
        readings(key).into_iter().any(|k| listed(&self.aerial_weapons, k))
    }

    /// Nouns of soldiers (جنديا، عسكريين، ضباط).
    pub fn is_soldier(&self, key: &str) -> bool {
        listed_prefix(&self.soldiers, strip_particles(key))
    }

    /// Verbs of reaching someone after an event noun (حملة اعتقالات طالت
    /// عناصر من X، قصف شمل أحياء): what follows is whom it hit.
    pub fn is_reach_verb(&self, key: &str) -> bool {
        let k = strip_conj(key);
        self.reach_verbs
            .iter()
            .any(|s| k == s || k.strip_suffix('ت') == Some(s.as_str()))
    }

    /// Verbs of surviving (نجا، نجت، ينجو): who survived an attack named
    /// after them with من was its target.
    pub fn is_survive_verb(&self, key: &str) -> bool {
        let k = strip_conj(key);
        self.survive_verbs.iter().any(|s| k == s)
    }

    /// A word of calling for something (دعا، دعت، الدعوة، داعيا): what it
    /// calls for after إلى is yet to happen.
    pub fn is_call_word(&self, key: &str) -> bool {
        let k = strip_conj(key);
        self.call_words.iter().any(|s| k == s)
    }

    /// A verb that blames only with «مسؤولية» after it (حمّل X Y مسؤولية).
    pub fn is_blame_verb(&self, key: &str) -> bool {
        // (With its pronouns and ل too: حملنا الأطفال، لحمل المواد.)
        let k = strip_particles(key);
        self.blame_verbs.iter().any(|s| k == s) || verb_of_any(k, &self.blame_verbs)
    }

    /// The noun a blaming verb takes (مسؤولية، المسؤولية، مسؤوليته).
    pub fn is_blame_noun(&self, key: &str) -> bool {
        listed_prefix(&self.blame_nouns, strip_particles(key))
    }

    /// Words of a release (إفراج، سراح).
    pub fn is_release_word(&self, key: &str) -> bool {
        listed_prefix(&self.release_words, strip_particles(key))
    }

    /// Connectives of a cause (إثر، عقب، جراء، بسبب).
    pub fn is_cause(&self, key: &str) -> bool {
        listed_prefix(&self.causes, strip_conj(key))
    }

    /// «مصدر عسكري»: a source noun and a military adjective after it.
    pub fn is_military_source(&self, noun: &str, adjective: &str) -> bool {
        listed_prefix(&self.source_nouns, strip_conj(noun)) && listed_prefix(&self.military_adjectives, adjective)
    }

    /// A source noun (مصدر، مصادر، مسؤول), also in the accusative (مصدرا).
    pub fn is_source_noun(&self, key: &str) -> bool {
        let k = strip_conj(key);
        listed_prefix(&self.source_nouns, k)
            || k.strip_suffix('ا')
                .is_some_and(|b| listed_prefix(&self.source_nouns, b))
    }

    /// Duals that stand for two sides named before (الجانبين، العائلتين).
    pub fn is_dual_sides(&self, key: &str) -> bool {
        listed_prefix(&self.dual_sides, strip_conj(key))
    }

    /// الطرفان، الجانبين (written with the article): the two sides told of
    /// last, as a phrase of their own. `Some(true)` for two states
    /// (البلدين، الدولتان).
    pub fn pair_word(&self, key: &str) -> Option<bool> {
        let bare = strip_conj(key).strip_prefix("ال")?;
        if listed(&self.pair_states, bare) {
            Some(true)
        } else {
            listed(&self.pair_sides, bare).then_some(false)
        }
    }

    /// نشر، أرسل، عزّز، دفع: a deployment only with troops after it.
    /// `Some(true)` for دفع, which sends in with ب.
    pub fn deploy_word(&self, key: &str) -> Option<bool> {
        let k = strip_future(strip_particles(key));
        listed_prefix(&self.deploy_words, k).then(|| k.starts_with("دفع"))
    }

    /// Troops deployed or sent, indefinite or with a pronoun (جنديا،
    /// عناصر، تعزيزات، دورياتها); after دفع, with ب (بتعزيزات).
    pub fn is_force_unit(&self, key: &str, after_push: bool) -> bool {
        let k = strip_conj(key);
        let k = if after_push {
            match k.strip_prefix('ب') {
                Some(r) => r,
                None => return false,
            }
        } else {
            k
        };
        !k.starts_with("ال") && self.is_force_head(k)
    }

    /// A force unit or a soldier (قوات، تعزيزات، جنود), the key's article off.
    fn is_force_head(&self, k: &str) -> bool {
        let k = k.strip_prefix("ال").unwrap_or(k);
        self.force_units.iter().any(|f| k.starts_with(f.as_str())) || listed_prefix(&self.soldiers, k)
    }

    /// Verbs that arrest only with people after them (أوقف).
    pub fn is_people_verb(&self, key: &str) -> bool {
        listed_prefix(&self.people_verbs, strip_conj(key))
    }

    /// A people verb with ب/ل too (بتحرير، للتحرير).
    pub fn is_people_verb_with_particles(&self, key: &str) -> bool {
        let lil = strip_conj(key).strip_prefix("لل");
        readings(key)
            .into_iter()
            .chain(lil)
            .any(|k| listed_prefix(&self.people_verbs, k))
    }

    /// Words of people held (مخطوف، رهائن، محتجزين).
    pub fn is_captivity(&self, key: &str) -> bool {
        readings(key).into_iter().any(|k| listed_prefix(&self.captivity, k))
    }

    /// سحب، سحبت، يسحب: a withdrawal only with troops or arms after it.
    pub fn is_withdraw_word(&self, key: &str) -> bool {
        listed_prefix(&self.withdraw_words, strip_future(strip_particles(key)))
    }

    /// What a side withdraws, with the article or not (قواتها، التعزيزات،
    /// الأسلحة الثقيلة، المسلحين): a force unit, a soldier or arms.
    pub fn is_withdrawn(&self, key: &str) -> bool {
        let k = strip_conj(key);
        self.is_force_head(k) || listed_prefix(&self.withdrawn, k)
    }

    /// Nouns of people who comment rather than act (باحث، محلل، خبير).
    pub fn is_commentator(&self, key: &str) -> bool {
        listed_prefix(&self.commentators, strip_particles(key))
    }

    /// Kin, and the funeral or bodies of the dead (أقارب، ذوي، تشييع،
    /// جثامين): a casualty word after one names people already counted.
    pub fn is_kin(&self, key: &str) -> bool {
        readings(key).into_iter().any(|k| listed(&self.kin, k))
    }

    /// A person's relative in the singular (شقيق، نجل، والدة; the
    /// accusative too: نجلا).
    pub fn is_relation(&self, key: &str) -> bool {
        let k = strip_conj(key);
        listed(&self.relations, k) || k.strip_suffix('ا').is_some_and(|s| listed(&self.relations, s))
    }

    /// The building a body sits in (مقر، مبنى، مكتب): «أمام مقر الوزارة»
    /// stands before the body.
    pub fn is_building(&self, key: &str) -> bool {
        listed(&self.buildings, key)
    }

    /// Plural nouns of people not ending in -ين/-ون (أساتذة، عمال، أهالي).
    pub fn is_people_noun(&self, key: &str) -> bool {
        readings(key).into_iter().any(|k| listed(&self.people_nouns, k))
    }

    /// Words of a statement being issued (صدر، الصادرة): a place after
    /// them and من/في is where it was issued.
    pub fn is_issued(&self, key: &str) -> bool {
        listed_prefix(&self.issued, strip_conj(key))
    }

    pub fn is_bound_for(&self, key: &str) -> bool {
        listed_prefix(&self.bound_for, strip_particles(key))
    }

    /// Nouns of a road (طريق، شارع، أوتوستراد): a facility so named is a
    /// place, never a target.
    pub fn is_road(&self, key: &str) -> bool {
        listed(&self.roads, strip_particles(key))
    }

    /// Nouns of a border (الحدود مع X).
    pub fn is_border(&self, key: &str) -> bool {
        listed_prefix(&self.borders, strip_conj(key))
    }

    /// A definite adjective describing a name after it (حزب «تواصل»
    /// المعارض، الجيش السوداني): a listed epithet or a nisba in -ي/-ية.
    pub fn is_epithet(&self, key: &str) -> bool {
        strip_conj(key).strip_prefix("ال").is_some_and(|r| {
            (r.chars().count() >= 3 && (r.ends_with('ي') || r.ends_with("ية") || r.ends_with("يه")))
                || listed_prefix(&self.epithets, r)
        })
    }

    /// تعليق، علّق: a suspension only with an activity after it.
    pub fn is_suspend_word(&self, key: &str) -> bool {
        listed_prefix(&self.suspend_words, strip_conj(key))
    }

    /// The noun of seizing that needs a thing seized after it (ضبط).
    pub fn is_seize_word(&self, key: &str) -> bool {
        listed_prefix(&self.seize_words, strip_particles(key))
    }

    /// Things seized (أسلحة، كميات، حبة، مخدرات).
    pub fn is_seized_thing(&self, key: &str) -> bool {
        readings(key).into_iter().any(|k| listed_prefix(&self.seized_things, k))
    }

    /// Facilities, vessels and vehicles an attack strikes (ثكنة، سفينة،
    /// حاجزا), indefinite: the head of an unnamed target.
    pub fn is_struck_thing(&self, key: &str) -> bool {
        // (Exact forms: a definite one, الثكنة, is no match. فندق begins
        // with ف of its own: the word whole first.)
        let one = |k: &str| self.struck_things.iter().any(|s| s == k);
        [key, strip_conj(key)]
            .iter()
            .any(|k| one(k) || k.strip_suffix('ا').is_some_and(one))
    }

    /// Activities suspended (الرحلات، الدوام، بث، نشاط).
    pub fn is_suspended_activity(&self, key: &str) -> bool {
        listed_prefix(&self.suspended_activities, strip_particles(key))
    }

    /// إغلاق، غلق، أغلق: a closure only with a closed place beside it.
    pub fn is_closure_word(&self, key: &str) -> bool {
        listed_prefix(&self.closure_words, strip_future(strip_particles(key)))
    }

    /// Roads and shops closed in a protest (الطريق، الطرق، محالهم،
    /// أبوابها).
    pub fn is_shut_thing(&self, key: &str) -> bool {
        self.is_road(key) || listed_prefix(&self.shut_things, strip_particles(key))
    }

    /// The people who close roads and shops in a protest: protesters
    /// (محتجون، متظاهرون) and شبان، تجار، سكان.
    pub fn is_protest_closer(&self, key: &str) -> bool {
        self.is_protester_unit(key) || listed_prefix(&self.protest_closers, strip_particles(key))
    }

    /// Words of a strike (إضراب): the shops and markets closed in its
    /// sentence are the strike's.
    pub fn is_strike_word(&self, key: &str) -> bool {
        listed_prefix(&self.strike_words, strip_particles(key))
    }

    /// Places an authority closes (معبر، الحدود، المدارس، مداخل).
    pub fn is_closed_place(&self, key: &str) -> bool {
        self.is_border(key) || listed_prefix(&self.closed_places, strip_particles(key))
    }

    /// Words that make a committee an inquiry (للتحقيق، تقصي، أسباب).
    pub fn is_inquiry(&self, key: &str) -> bool {
        // (للتحقيق: ل before the article, whose alif is dropped.)
        let k = strip_conj(key);
        listed_prefix(&self.inquiry, strip_particles(key))
            || k.strip_prefix("لل").is_some_and(|r| listed_prefix(&self.inquiry, r))
    }

    /// Places the hurt are taken to (مستشفى، مستوصف).
    pub fn is_care_place(&self, key: &str) -> bool {
        listed_prefix(&self.care_places, strip_particles(key))
    }

    /// Words of belonging to a body (انتمائهم، بالانتماء، ينتمون).
    pub fn is_membership(&self, key: &str) -> bool {
        listed_prefix(&self.membership, strip_particles(key))
    }

    /// Words that hedge or charge a membership (يعتقد، يشتبه، متهمين، بتهمة).
    pub fn is_membership_hedge(&self, key: &str) -> bool {
        listed_prefix(&self.membership_hedges, strip_particles(key))
    }

    /// Words that charge someone with an act (بتهمة، متهمين بـ، يشتبه
    /// بتورطهم في): the act named after them is the accused's.
    pub fn is_charge(&self, key: &str) -> bool {
        listed_prefix(&self.charges, strip_particles(key))
    }

    /// Misconduct an inquiry looks into (تجاوزات، انتهاكات، ممارسات).
    pub fn is_misconduct(&self, key: &str) -> bool {
        listed_prefix(&self.misconduct, strip_particles(key))
    }

    /// Offices held by a person who acts for a body (وزير، المتحدث، حاكم).
    /// An office word as written, its initial و part of the word (وكيل).
    pub fn is_office_word(&self, key: &str) -> bool {
        listed(&self.role_heads, key)
    }

    pub fn is_role_head(&self, key: &str) -> bool {
        listed(&self.role_heads, key) || listed(&self.role_heads, strip_conj(key))
    }

    /// A masculine singular head of a body or office (مجلس، جيش، رئيس, not
    /// رئيسة or عمدة): a feminine verb is not its.
    pub fn is_masculine_head(&self, key: &str) -> bool {
        let k = strip_conj(key);
        listed(&self.masculine_bodies, k) || (listed(&self.role_heads, k) && !k.ends_with('ة'))
    }

    /// Words of defusing or neutralising a device (تفكيك، أبطل): what they
    /// were done to before it went off did not go off.
    pub fn is_defuse(&self, key: &str) -> bool {
        let k = strip_conj(key);
        self.defuse.iter().any(|d| k.starts_with(d.as_str()))
    }

    /// Units of a vague span between two events (بعد أيام من الاشتباكات):
    /// `Some(true)` for a long one (weeks and more).
    pub fn interval_unit(&self, key: &str) -> Option<bool> {
        let k = strip_particles(key);
        if listed(&self.long_interval_units, k) {
            Some(true)
        } else {
            listed(&self.interval_units, k).then_some(false)
        }
    }

    /// Nouns of a state's bodies whose genitive country owns them (جيش،
    /// حكومة، قوة دفاع).
    pub fn is_body_head(&self, key: &str) -> bool {
        listed(&self.body_heads, strip_conj(key))
    }

    /// Adjectives that make an event noun another event (هجوم مماثل).
    pub fn is_distinct(&self, key: &str) -> bool {
        listed(&self.distinct, strip_particles(key))
    }

    /// A word of `referential` itself, with no particle, article or suffix
    /// on it (قضية in «قضية قتل»; not بحرية, حرية with ب).
    pub fn is_referential_head(&self, key: &str) -> bool {
        self.referential.iter().any(|w| w == strip_conj(key))
    }

    /// Nouns and particles before which an event noun is named in passing:
    /// ذكرى اغتيال، قضية اغتيال، منذ تفجيرات، بعد الهجوم، المتهمين بالهجوم.
    pub fn is_referential(&self, key: &str) -> bool {
        listed_prefix(&self.referential, strip_particles(key))
    }

    /// حظر، منع alone (ب or ل on or not): a ban only with what it stops.
    pub fn is_ban_word(&self, key: &str) -> bool {
        listed_prefix(&self.ban_words, strip_particles(key))
    }

    /// What a ban stops people from doing (التجمعات، بيع، سير), or the
    /// time it is set for (لمدة مماثلة).
    pub fn is_banned(&self, key: &str) -> bool {
        listed_prefix_any_clitic(&self.banned, key)
    }

    /// حصار، حصارا alone: a siege only with what imposes, lifts or aims it.
    pub fn is_siege_word(&self, key: &str) -> bool {
        listed_prefix(&self.siege_words, strip_particles(key))
    }

    /// Words that impose, lift or aim a siege (فرض، المفروض، رفع، على).
    pub fn is_siege_frame(&self, key: &str) -> bool {
        listed_prefix_any_clitic(&self.siege_frames, key)
    }

    /// قطع، قطعت، يقطع: cutting people off only with a means of
    /// communication after them.
    pub fn is_cut_word(&self, key: &str) -> bool {
        listed_prefix(&self.cut_words, strip_particles(key))
    }

    /// Means of communication that are cut (الإنترنت، الاتصالات).
    pub fn is_cut_service(&self, key: &str) -> bool {
        listed_prefix_any_clitic(&self.cut_services, key)
    }

    /// اقتحم، اقتحام: storming a place, an attack or a riot by who does it.
    pub fn is_storm_word(&self, key: &str) -> bool {
        listed_prefix(&self.storm_words, strip_particles(key))
    }

    /// A verb of starting a fight (بادر، بدأ): «بادر بإطلاق النار» says
    /// who fired first in a fight told elsewhere.
    pub fn is_initiate_verb(&self, key: &str) -> bool {
        listed_prefix(&self.initiate_verbs, strip_conj(key))
    }

    /// A verb of defusing a bomb (فكك، أبطل).
    pub fn is_defuse_verb(&self, key: &str) -> bool {
        // (فكك opens with ف, no conjunction: tried with و alone off too.)
        [key, key.strip_prefix('و').unwrap_or(key), strip_conj(key)]
            .into_iter()
            .any(|k| verb_of_any(k, &self.defuse_verbs))
    }

    /// A word for an explosive device (عبوة، قنبلة، لغم).
    pub fn is_explosive_device(&self, key: &str) -> bool {
        listed(&self.explosive_devices, strip_conj(key))
    }

    /// طالب: «demanded», or «a student».
    pub fn is_student_word(&self, key: &str) -> bool {
        listed_prefix(&self.student_words, strip_particles(key))
    }

    /// What marks a student (جامعي، من عمره).
    pub fn is_student_mark(&self, key: &str) -> bool {
        listed_prefix_any_clitic(&self.student_marks, key)
    }

    /// استدعى، استدعاء: summoning an envoy only with the envoy after it.
    pub fn is_summon_word(&self, key: &str) -> bool {
        listed_prefix(&self.summon_words, strip_particles(key))
    }

    /// A protest a government lodges with an envoy (احتجاجا، مذكرة احتجاج).
    pub fn is_protest_note(&self, key: &str) -> bool {
        listed_prefix(&self.protest_notes, strip_particles(key))
    }

    /// Envoys a government summons (السفير، القائم بالأعمال).
    pub fn is_envoy(&self, key: &str) -> bool {
        listed_prefix_any_clitic(&self.envoys, key)
    }

    /// تفريق alone: dispersing people only with the crowd it breaks up.
    pub fn is_disperse_word(&self, key: &str) -> bool {
        listed_prefix(&self.disperse_words, strip_particles(key))
    }

    /// تفريقهم: the crowd it breaks up is the pronoun on it.
    pub fn disperses_pronoun(&self, key: &str) -> bool {
        let k = strip_particles(key);
        PRONOUN_SUFFIXES
            .iter()
            .any(|p| k.strip_suffix(p).is_some_and(|stem| listed(&self.disperse_words, stem)))
    }

    /// Crowds and gatherings that are broken up (المحتجين، الحشود، الوقفة).
    pub fn is_dispersed(&self, key: &str) -> bool {
        listed_prefix_any_clitic(&self.dispersed, key)
    }

    /// A weapon noun that is an attack only after ب (بنيران), here
    /// without it (النيران: a fire).
    pub fn is_bare_instrument(&self, key: &str) -> bool {
        listed(&self.instrument_only, strip_conj(key))
    }

    /// What force is used with, no trigger itself, in ب or joined by و to
    /// such a phrase (بخراطيم المياه، ورذاذ الفلفل، والهراوات).
    pub fn is_means(&self, key: &str) -> bool {
        listed_prefix(&self.means, strip_particles(key))
    }

    /// A word that opens a sentence adding another event of the kind just
    /// told (كما).
    pub fn is_additive(&self, key: &str) -> bool {
        listed(&self.additive, strip_conj(key))
    }

    /// Units that count protesters (3 آلاف متظاهر، مئات المحتجين): the size
    /// of the protest their sentence reports, wherever the count stands.
    pub fn is_protester_unit(&self, unit: &str) -> bool {
        listed(
            &self.protester_units,
            strip_particles(&crate::text::normalize::match_key(unit)),
        )
    }

    /// Counted nouns naming civilians (مدنيين، أطفال، نساء).
    pub fn is_civilian_unit(&self, unit: &str) -> bool {
        listed(
            &self.civilian_units,
            strip_particles(&crate::text::normalize::match_key(unit)),
        )
    }

    /// Counted nouns that name no side (أشخاص، قتلى، جنود، عناصر).
    pub fn is_sideless_unit(&self, unit: &str) -> bool {
        listed_prefix(
            &self.sideless_units,
            strip_particles(&crate::text::normalize::match_key(unit)),
        )
    }

    /// Units a count of people never has (distances, ages, durations, money).
    pub fn is_non_person_unit(&self, unit: &str) -> bool {
        let u = crate::text::normalize::match_key(unit);
        // (As written too: بنادق is no ب + نادق.)
        readings(&u)
            .into_iter()
            .any(|k| listed_prefix(&self.non_person_units, k))
    }
}

/// A nisba adjective's match key, the article off: مصري، مصريين، تشاديا،
/// سلفية (ة folds to ه).
pub fn is_nisba(k: &str) -> bool {
    k.chars().count() >= 4
        && ["ي", "يه", "يين", "يون", "يا", "يان", "يات"]
            .iter()
            .any(|e| k.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word lists compare match keys, where أ إ آ ؤ ئ ى are folded:
    /// a word listed as written (مؤخرا، جرى) never matched.
    #[test]
    fn listed_words_match_their_match_keys() {
        use crate::text::normalize::match_key;
        assert!(is_adverb(&match_key("مؤخرا")));
        assert!(is_relative(&match_key("اللائي")));
        assert!(is_occurrence(&match_key("جرى")));
        assert!(is_modal(&match_key("عسى")));
    }

    #[test]
    fn complementizers() {
        for k in ["ان", "بان", "انه", "وان", "انها", "بانه"] {
            assert!(is_complementizer(k), "{k}");
        }
        for k in ["لان", "انا", "اين", "الان"] {
            assert!(!is_complementizer(k), "{k}");
        }
    }

    /// فيه is the preposition with its pronoun, not ف + يه; it and its
    /// kin open no phrase.
    #[test]
    fn prepositions_with_a_pronoun() {
        assert_eq!(strip_conj("فيه"), "فيه");
        assert_eq!(strip_conj("وفيها"), "فيها");
        for k in ["فيه", "فيها", "عليه", "وعليهم", "منها", "لها", "اليه", "معهما"] {
            assert!(is_pronoun_preposition(k), "{k}");
        }
        for k in ["في", "علي", "الهام", "فيلق", "عليان", "منهج"] {
            assert!(!is_pronoun_preposition(k), "{k}");
        }
    }

    #[test]
    fn masculine_heads() {
        let w = words();
        let key = crate::text::normalize::match_key;
        for k in ["مجلس", "المجلس", "والجيش", "رئيس", "الوزير"] {
            assert!(w.is_masculine_head(&key(k)), "{k}");
        }
        for k in ["وزارة", "الحكومة", "رئيسة", "عمدة", "السلطات"] {
            assert!(!w.is_masculine_head(&key(k)), "{k}");
        }
    }

    fn words() -> GrammarWords {
        GrammarWords::parse(include_str!("../../../../data/events/grammar_words.tsv")).unwrap()
    }

    #[test]
    fn light_verbs() {
        let w = words();
        for k in [
            "شنت",
            "وشن",
            "نفذوا",
            "ينفذ",
            "قامت",
            "اقدم",
            "فرضت",
            "تنفيذ",
            "شنه",
            "اطلقت",
            "واطلق",
            "ستعقد",
            "سيشن",
            "وسينظمون",
        ] {
            assert!(w.is_light_verb(k), "{k}");
        }
        assert!(!w.is_light_verb("شنق"));
        assert!(is_undergo_verb("تعرضت"));
        assert!(is_undergo_verb("وتعرض"));
    }

    #[test]
    fn casualties() {
        let w = words();
        assert_eq!(w.casualty("مقتل"), Some(Casualty::Dead));
        assert_eq!(w.casualty("قتيلا"), Some(Casualty::Dead));
        assert_eq!(w.casualty("واصابة"), Some(Casualty::Injured));
        assert_eq!(w.casualty("بجروح"), Some(Casualty::Injured));
        assert_eq!(w.casualty("جرحي"), Some(Casualty::Injured));
        assert_eq!(w.casualty("القتال"), None);
        assert_eq!(w.casualty("هجوم"), None);
    }

    #[test]
    fn referential_words_and_units() {
        let w = words();
        assert!(w.is_referential("والمسوولين"));
        assert!(w.is_referential("ذكري"));
        assert!(w.is_referential("الجرايم"));
        assert!(!w.is_referential("اعلن"));
        assert!(w.is_protester_unit("المتظاهرين"));
        assert!(!w.is_protester_unit("متظاهرات"));
        assert!(w.is_non_person_unit("دولارات"));
        assert!(!w.is_non_person_unit("جنديا"));
        // Places counted (ثلاثة أحياء), exactly: not احيائهم.
        assert!(w.is_non_person_unit("احياء"));
        assert!(!w.is_non_person_unit("احيايهم"));
        // Kin before a dual casualty word.
        assert!(w.is_kin("اقارب"));
        assert!(w.is_kin("وتشييع"));
        assert!(!w.is_kin("قتلي"));
        assert!(w.is_building("مقر"));
        assert!(!w.is_building("مقرر"));
    }

    #[test]
    fn grammar_words_reject_unknown_classes() {
        assert!(GrammarWords::parse("class\tform\nnoun\tهجوم\n").is_err());
        assert!(GrammarWords::parse("class\tform\ndead\t\n").is_err());
        let w = GrammarWords::parse("class\tform\ndead\tقتلى\n").unwrap();
        assert_eq!(w.casualty("والقتلي"), Some(Casualty::Dead));
    }
}
