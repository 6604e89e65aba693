//! Resources: every data file the extractor needs, parsed and compiled once.
//!
//! The files live in the repository's `data/` folder and are embedded in
//! the binary, so the extractor works from any directory with no I/O.

use crate::error::Error;
use crate::text::boilerplate::BoilerplateRules;
use crate::text::normalize::match_key;
use std::collections::HashSet;

/// The embedded data files, by path under `data/`.
macro_rules! data_file {
    ($path:literal) => {
        (
            $path,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/", $path)),
        )
    };
}
#[allow(unused_imports)]
pub(crate) use data_file;

/// Everything loaded once and shared by all extractions.
#[derive(Debug)]
pub struct Resources {
    pub abbreviations: HashSet<String>,
    pub boilerplate: BoilerplateRules,
    pub numbers: crate::quantity::NumberWords,
    /// Month names, weekdays, relative and cue words for times (data/time/).
    pub times: crate::time::TimeLexicon,
    pub entities: crate::entity::lexicon::EntityLexicon,
    /// Words never part of a name (match keys).
    pub function_words: crate::entity::FunctionWords,
    /// Reporting cues and unnamed sources (data/quotes/).
    pub quotes: crate::quote::CueLexicon,
    /// Event triggers, factuality cues, anaphoric event nouns (data/events/).
    pub events: crate::event::TriggerLexicon,
    /// The statistical name tagger (data/models/ner.model): names no
    /// lexicon lists.
    pub ner: crate::ner::CrfTagger,
    /// Nouns for people: casualty counts without a figure (شخصان، مقتل شاب).
    pub person_nouns: crate::event::lexicon::PersonNouns,
}

impl Resources {
    /// Parses and compiles the embedded data files.
    pub fn load() -> Result<Self, Error> {
        let (_, abbr) = data_file!("text/abbreviations.txt");
        let abbreviations = lines(abbr).map(match_key).collect();
        let (f, bp) = data_file!("text/boilerplate.tsv");
        let boilerplate = BoilerplateRules::parse(bp, f)?;
        let (_, words) = data_file!("numbers/number_words.tsv");
        let (_, approx) = data_file!("numbers/approximators.tsv");
        let numbers = crate::quantity::NumberWords::parse(words, approx)?.with_nouns(
            data_file!("numbers/counted_nouns.tsv").1,
            data_file!("numbers/name_heads.tsv").1,
        )?;
        let times = crate::time::TimeLexicon::parse(&crate::time::sources())?;
        let (_, fw) = data_file!("text/function_words.txt");
        let function_words = crate::entity::FunctionWords::parse(fw);
        // The gazetteer is the slow part (tens of milliseconds); the NER
        // model loads beside it.
        let (entities, ner) = std::thread::scope(|s| {
            let ner = s.spawn(crate::ner::embedded);
            let entities = crate::entity::lexicon::EntityLexicon::build(&entity_sources());
            let ner = ner.join().unwrap_or_else(|_| {
                Err(Error::Resource {
                    file: "NER model".into(),
                    line: 0,
                    message: "the model loader panicked".into(),
                })
            });
            (entities, ner)
        });
        let (entities, ner) = (entities?, ner?);
        Ok(Resources {
            abbreviations,
            boilerplate,
            numbers,
            times,
            entities,
            function_words,
            quotes: crate::quote::CueLexicon::build(&crate::quote::QuoteSources {
                cues: data_file!("quotes/cues.tsv").1,
                unnamed_sources: data_file!("quotes/unnamed_sources.tsv").1,
                relay: data_file!("quotes/relay.tsv").1,
            })?,
            events: crate::event::TriggerLexicon::build(&crate::event::EventSources {
                triggers: data_file!("events/triggers.tsv").1,
                factuality: data_file!("events/factuality.tsv").1,
                coref_nouns: data_file!("events/coref_nouns.tsv").1,
                nonviolent: data_file!("events/nonviolent_causes.tsv").1,
                confidence: data_file!("events/confidence.tsv").1,
                grammar_words: data_file!("events/grammar_words.tsv").1,
            })?,
            ner,
            person_nouns: crate::event::lexicon::PersonNouns::parse(data_file!("events/person_nouns.tsv").1)?,
        })
    }
}

/// The entity lexicon's data files (public for the load benchmark).
pub fn entity_sources() -> crate::entity::lexicon::EntitySources<'static> {
    crate::entity::lexicon::EntitySources {
        actors: data_file!("actors/actors.tsv").1,
        force_nouns: data_file!("actors/force_nouns.tsv").1,
        groups: data_file!("actors/groups.tsv").1,
        titles: data_file!("entities/titles.tsv").1,
        places: data_file!("gazetteer/places.tsv").1,
        places_extra: data_file!("gazetteer/places_extra.tsv").1,
        countries: data_file!("gazetteer/countries.tsv").1,
        descriptors: data_file!("gazetteer/descriptors.tsv").1,
        stop_names: data_file!("gazetteer/stop_names.txt").1,
        anaphors: data_file!("coref/anaphors.tsv").1,
        org_heads: data_file!("entities/org_heads.tsv").1,
        given_names: &GIVEN_NAMES,
        surnames: &SURNAMES,
        non_name_words: data_file!("names/non_name_words.tsv").1,
        number_words: data_file!("numbers/number_words.tsv").1,
    }
}

static GIVEN_NAMES: [&str; 3] = [
    data_file!("names/given_names.txt").1,
    data_file!("names/petrarch_given.txt").1,
    data_file!("names/wikidata_given.txt").1,
];
static SURNAMES: [&str; 2] = [
    data_file!("names/petrarch_surnames.txt").1,
    data_file!("names/wikidata_surnames.txt").1,
];

/// Non-empty, non-comment lines of a list file.
pub(crate) fn lines(s: &str) -> impl Iterator<Item = &str> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}
