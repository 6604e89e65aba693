//! The reporting-cue lexicon (`data/quotes/cues.tsv`) and the unnamed
//! sources (`data/quotes/unnamed_sources.tsv`), compiled.

use crate::error::Error;
use crate::event::phrase::{PhraseSet, PhraseSetBuilder, Tail, tsv};
use crate::text::normalize::match_key;

/// How a cue introduces what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb: قال، أضاف، أكد، نفى، أعلن …; the speaker is its subject.
    Verb,
    /// A participle continuing the last speaker: مشيرا، مضيفا، لافتا.
    Participle,
    /// "According to X": بحسب، وفق، نقلا عن، وفق ما تقوله — the speaker follows.
    According,
    /// After the words, pointing back: على حد تعبيره، وفق تعبيره.
    Post,
    /// Names whom the words were given to: في تصريح لـ، في حديث لـ.
    Addressee,
    /// A statement noun: بيان، تصريح، تقرير.
    Noun,
}

/// The speaker's stance toward the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    Assert,
    Deny,
    Announce,
    Expect,
    Claim,
    Demand,
    Accuse,
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Assert => "assert",
            Stance::Deny => "deny",
            Stance::Announce => "announce",
            Stance::Expect => "expect",
            Stance::Claim => "claim",
            Stance::Demand => "demand",
            Stance::Accuse => "accuse",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "assert" | "" => Stance::Assert,
            "deny" => Stance::Deny,
            "announce" => Stance::Announce,
            "expect" => Stance::Expect,
            "claim" => Stance::Claim,
            "demand" => Stance::Demand,
            "accuse" => Stance::Accuse,
            _ => return None,
        })
    }
}

/// One cue reading.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    pub kind: CueKind,
    pub stance: Stance,
    /// Match key of the lemma (قال for قالت، يقول).
    pub lemma: String,
    /// The verb's content may be a بـ phrase with no complementizer (أفاد
    /// بمقتل …، طالب بعودة …): the optional `object` column says "ب".
    pub bi_object: bool,
    /// A participle that is also a noun (داعية "preacher", مطالبة
    /// "demand", مضيفة "hostess"): a cue only after a comma, with its
    /// complement (إلى، بـ، أن) right after (kind `guarded_participle`).
    pub guarded: bool,
    /// For a guarded cue, the start of a word one of the six after it
    /// must begin with (حمّل … مسؤولية: `object` column `مسؤول`).
    pub needs: Option<String>,
    /// A word that, within three words after the verb, gives it another
    /// sense (نُقلوا جوا إلى المستشفى "were taken to"): `object` column `!إلى`.
    pub not_before: Option<String>,
    /// Written with a final ى the form is another verb (يُدعى "is
    /// called", not يدّعي "claims"): `object` column `ى`.
    pub not_final_ya: bool,
}

/// An unnamed source form: مصدر، مصادر محلية، شهود عيان.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnnamedSource {
    pub plural: bool,
}

/// The data files of the cue lexicon, as text.
#[derive(Debug, Clone, Copy, Default)]
pub struct QuoteSources<'a> {
    pub cues: &'a str,
    pub unnamed_sources: &'a str,
    /// Relayed speech (نقلت وكالة X عن Y قوله): the relaying verbs' lemmas
    /// and the nouns that close the source's phrase (`form`, `kind`).
    pub relay: &'a str,
}

/// Cues and unnamed sources, compiled once.
#[derive(Debug, Default)]
pub struct CueLexicon {
    pub cues: Vec<Cue>,
    pub cue_set: PhraseSet,
    pub unnamed: Vec<UnnamedSource>,
    pub unnamed_set: PhraseSet,
    /// Match keys of the relaying verbs' lemmas.
    pub relay_verbs: std::collections::HashSet<String>,
    /// Match keys of the nouns that end a relayed source (قوله).
    pub relay_closers: std::collections::HashSet<String>,
}

impl CueLexicon {
    /// Parses and compiles both files.
    pub fn build(src: &QuoteSources) -> Result<Self, Error> {
        let mut lex = CueLexicon::default();
        let file = "quotes/cues.tsv";
        let mut b = PhraseSetBuilder::new();
        for (line, c) in tsv(src.cues, file, &["form", "kind", "stance", "lemma"])? {
            let bad = |m: String| Error::Resource {
                file: file.into(),
                line,
                message: m,
            };
            let kind = match c[1] {
                "verb" => CueKind::Verb,
                "participle" | "guarded_participle" => CueKind::Participle,
                "guarded_verb" => CueKind::Verb,
                "according" => CueKind::According,
                "post" => CueKind::Post,
                "addressee" => CueKind::Addressee,
                "noun" => CueKind::Noun,
                k => {
                    return Err(bad(format!(
                        "kind {k:?} is not verb, guarded_verb, participle, guarded_participle, according, post, addressee or noun"
                    )));
                }
            };
            let stance = Stance::parse(c[2]).ok_or_else(|| bad(format!("unknown stance {:?}", c[2])))?;
            let lemma = match_key(if c[3].is_empty() { c[0] } else { c[3] });
            let id = lex.cues.len() as u32;
            lex.cues.push(Cue {
                kind,
                stance,
                lemma,
                bi_object: false,
                guarded: c[1].starts_with("guarded_"),
                needs: None,
                not_before: None,
                not_final_ya: false,
            });
            // Verbs take object pronouns (أبلغه); phrases like على حد تعبيره
            // are listed whole; nouns take the tanwin alef.
            let tail = match kind {
                CueKind::Verb | CueKind::Participle => Tail::Pronoun,
                CueKind::Noun => Tail::Nominal,
                _ => Tail::Exact,
            };
            b.add(c[0], id, tail);
        }
        lex.cue_set = b.build(file)?;
        // The optional `object` column, row for row (the same lines are kept).
        if let Ok(rows) = tsv(src.cues, file, &["object"]) {
            for (cue, (_, c)) in lex.cues.iter_mut().zip(rows) {
                cue.bi_object = c[0] == "ب";
                if c[0] == "ى" {
                    cue.not_final_ya = true;
                    continue;
                }
                if let Some(w) = c[0].strip_prefix('!') {
                    cue.not_before = Some(match_key(w));
                    continue;
                }
                if cue.guarded && !c[0].is_empty() && c[0] != "ب" {
                    cue.needs = Some(match_key(c[0]));
                }
            }
        }

        let file = "quotes/unnamed_sources.tsv";
        let mut b = PhraseSetBuilder::new();
        for (_, c) in tsv(src.unnamed_sources, file, &["form", "number"])? {
            let id = lex.unnamed.len() as u32;
            lex.unnamed.push(UnnamedSource {
                plural: matches!(c[1], "plural" | "pl" | "p"),
            });
            b.add(c[0], id, Tail::Nominal);
        }
        lex.unnamed_set = b.build(file)?;
        let file = "quotes/relay.tsv";
        if !src.relay.is_empty() {
            for (line, c) in tsv(src.relay, file, &["form", "kind"])? {
                let set = match c[1] {
                    "verb" => &mut lex.relay_verbs,
                    "closer" => &mut lex.relay_closers,
                    k => {
                        return Err(Error::Resource {
                            file: file.into(),
                            line,
                            message: format!("kind {k:?} is not verb or closer"),
                        });
                    }
                };
                set.insert(match_key(c[0]));
            }
        }
        Ok(lex)
    }
}
