//! Helpers shared by the integration tests.
#![allow(dead_code)]

use marsad_ingest::{Item, RawDocument, ReadOptions, read_path};
use std::path::{Path, PathBuf};

/// A temporary directory with files written into it.
pub struct Dir {
    pub tmp: tempfile::TempDir,
}

impl Dir {
    pub fn new() -> Dir {
        Dir {
            tmp: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// Writes `bytes` to `name` (sub-directories created) and returns the path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.tmp.path().join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, bytes).expect("write");
        p
    }

    /// The origin string the readers give `name`.
    pub fn origin(&self, name: &str) -> String {
        self.tmp.path().join(name).display().to_string()
    }
}

pub fn read(path: &Path) -> Vec<Item> {
    read_path(path, &ReadOptions::default()).collect()
}

pub fn read_with(path: &Path, opts: ReadOptions) -> Vec<Item> {
    read_path(path, &opts).collect()
}

pub fn docs(items: &[Item]) -> Vec<&RawDocument> {
    items.iter().filter_map(Item::doc).collect()
}

/// The only item, which must be a document.
pub fn only_doc(items: Vec<Item>) -> RawDocument {
    assert_eq!(items.len(), 1, "{items:#?}");
    match items.into_iter().next() {
        Some(Item::Doc(d)) => d,
        other => panic!("expected a document, got {other:?}"),
    }
}

pub fn skipped(origin: impl Into<String>, reason: &str) -> Item {
    Item::Skipped {
        origin: origin.into(),
        reason: reason.into(),
    }
}

pub fn failed(origin: impl Into<String>, reason: &str) -> Item {
    Item::Failed {
        origin: origin.into(),
        reason: reason.into(),
    }
}

/// An Arabic paragraph long enough for readability and language id.
pub const AR_PARA: &str = "قال مصدر في الدفاع المدني إن فرق الإنقاذ انتشلت جثث الضحايا من تحت الأنقاض بعد غارة جوية استهدفت حياً سكنياً في مدينة إدلب صباح اليوم، مشيراً إلى أن عدد القتلى مرشح للارتفاع بسبب وجود إصابات خطيرة بين الجرحى الذين نقلوا إلى المشافي القريبة.";
pub const AR_PARA2: &str = "وأضاف المصدر أن الغارة هي الثالثة خلال أسبوع على المنطقة نفسها، في وقت تتصاعد فيه الهجمات على خطوط التماس بين قوات الحكومة السورية وفصائل المعارضة المسلحة في ريفي إدلب وحلب، وسط تحذيرات أممية من موجة نزوح جديدة.";
pub const EN_PARA: &str = "Rescue workers pulled the bodies of the victims from the rubble after an air strike hit a residential neighbourhood in the city of Idlib this morning, a civil defence source said, adding that the death toll was likely to rise.";
