//! Statistical named-entity recognition (PERS / LOC / ORG / MISC, BIO).
//! Stub: the NER issue fills it in.
