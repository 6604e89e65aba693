//! Generates synthetic Arabic news articles for ingest benchmarks and tests.
//!
//! ```text
//! cargo run --release -p marsad-store --example gen_articles -- OUT N [txt|jsonl] [SEED]
//! ```
//!
//! `txt` writes N files `OUT/a00001.txt` …; `jsonl` writes `OUT/articles.jsonl`
//! with `id, title, outlet, url, published, text` per line. Articles are
//! built from templates of conflict reporting (places, actors, casualty
//! figures, dates, quotes), 1.5–4 KB each like real news items, every one
//! different, the same for the same seed.

use std::io::Write;

const TOWNS: &[(&str, &str)] = &[
    ("الحسكة", "محافظة الحسكة"),
    ("القامشلي", "محافظة الحسكة"),
    ("دير الزور", "محافظة دير الزور"),
    ("البوكمال", "محافظة دير الزور"),
    ("الرقة", "محافظة الرقة"),
    ("حلب", "محافظة حلب"),
    ("منبج", "محافظة حلب"),
    ("إدلب", "محافظة إدلب"),
    ("درعا", "محافظة درعا"),
    ("حمص", "محافظة حمص"),
    ("تدمر", "محافظة حمص"),
    ("الموصل", "محافظة نينوى"),
    ("كركوك", "محافظة كركوك"),
    ("الرمادي", "محافظة الأنبار"),
];

const ACTORS: &[&str] = &[
    "قوات سوريا الديمقراطية",
    "تنظيم داعش",
    "قوات النظام السوري",
    "الجيش الوطني السوري",
    "هيئة تحرير الشام",
    "القوات التركية",
    "قوات التحالف الدولي",
    "الحشد الشعبي",
    "الجيش العراقي",
    "مجموعة مسلحة مجهولة",
];

const OUTLETS: &[&str] = &[
    "الحل نت",
    "عنب بلدي",
    "المدن",
    "العربي الجديد",
    "الشرق الأوسط",
    "روداو",
    "السومرية",
];

const MONTHS: &[&str] = &[
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيو",
    "تموز/يوليو",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
];

const WEEKDAYS: &[&str] = &["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"];

const LEADS: &[&str] = &[
    "قُتل {n} عناصر من {a2} وأصيب {m} آخرون، {day} الماضي، في هجوم شنّه {a1} على مواقع في مدينة {t}.",
    "اندلعت اشتباكات عنيفة بين {a1} و{a2} في ريف {t}، ما أسفر عن مقتل {n} أشخاص على الأقل.",
    "أعلن {a1} أمس سيطرته على قرى عدة قرب {t} بعد معارك استمرت {m} ساعات مع {a2}.",
    "استهدفت طائرة مسيّرة تابعة لـ{a1} سيارة في {t}، ما أدى إلى مقتل {n} من قياديي {a2}.",
    "شنّت {a1} حملة اعتقالات واسعة في أحياء مدينة {t} طالت نحو {big} شخصاً، بحسب مصادر محلية.",
    "خرج مئات المحتجين في {t} للمطالبة بالإفراج عن المعتقلين، ورفعوا لافتات تندد بممارسات {a1}.",
    "انفجرت عبوة ناسفة بدورية لـ{a2} على الطريق الواصل بين {t} و{t2}، وأسفر الانفجار عن إصابة {m} عناصر.",
];

const BODY: &[&str] = &[
    "وقال مصدر محلي في تصريح لـ“{o}” إن “الوضع في {t} متوتر للغاية، والأهالي يخشون تجدد القصف”.",
    "وأضاف المصدر أن {a1} دفعت بتعزيزات عسكرية إلى أطراف {g} خلال الساعات الماضية.",
    "وتشهد {g} منذ مطلع {mon} الفائت تصعيداً متكرراً بين الأطراف المتنازعة.",
    "ونفى المتحدث باسم {a2} صحة الأنباء التي تحدثت عن انسحاب قواته من المنطقة.",
    "وبحسب المرصد، بلغ عدد القتلى منذ بداية العام {big} شخصاً، بينهم {n} أطفال.",
    "وفرضت السلطات حظراً للتجوال في {t} لمدة {m} أيام، وأغلقت الطرق المؤدية إلى المدينة.",
    "وأشار ناشطون إلى أن القصف طال منازل المدنيين في الأحياء الشرقية من {t}.",
    "وكان {a1} قد أعلن في {day} {d} {mon} الماضي عن بدء عملية عسكرية ضد {a2} في {g}.",
    "ولم يصدر أي تعليق رسمي من {a2} حتى ساعة إعداد هذا التقرير.",
    "ويرى الباحث في الشؤون العسكرية أن “التصعيد الأخير يهدف إلى فرض واقع جديد على الأرض قبل أي مفاوضات”.",
    "وتعرّض سجن في {t} لهجوم مماثل قبل {m} أشهر، أسفر عن فرار عدد من المحتجزين.",
    "ووصلت إلى مستشفيات {t} {n} حالات إصابة، بعضها خطرة، وفق مصادر طبية.",
    "وتتهم {a2} الطرف الآخر بخرق اتفاق وقف إطلاق النار الموقع في {mon} {y}.",
    "وتأتي هذه التطورات بعد أسبوع من اجتماع ضم ممثلين عن {a1} و{a2} برعاية دولية.",
];

const TAILS: &[&str] = &[
    "اقرأ أيضاً: تطورات الأوضاع الميدانية في {g}",
    "تابعونا على وسائل التواصل الاجتماعي",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// One article: (id, title, outlet, url, published, text).
fn article(i: usize, rng: &mut Rng) -> [String; 6] {
    let (t, g) = TOWNS[rng.below(TOWNS.len())];
    let (t2, _) = TOWNS[rng.below(TOWNS.len())];
    let a1 = rng.pick(ACTORS);
    let mut a2 = rng.pick(ACTORS);
    if a2 == a1 {
        a2 = ACTORS[(ACTORS.iter().position(|x| *x == a1).unwrap_or(0) + 1) % ACTORS.len()];
    }
    let outlet = rng.pick(OUTLETS);
    let month = 1 + rng.below(12);
    let dom = 1 + rng.below(28);
    let year = 2019 + rng.below(6);
    let fill = |s: &str, rng: &mut Rng| {
        s.replace("{t2}", t2)
            .replace("{t}", t)
            .replace("{g}", g)
            .replace("{a1}", a1)
            .replace("{a2}", a2)
            .replace("{o}", outlet)
            .replace("{n}", &(2 + rng.below(30)).to_string())
            .replace("{m}", &(2 + rng.below(9)).to_string())
            .replace("{big}", &(100 + rng.below(5000)).to_string())
            .replace("{day}", rng.pick(WEEKDAYS))
            .replace("{d}", &(1 + rng.below(28)).to_string())
            .replace("{mon}", rng.pick(MONTHS))
            .replace("{y}", &(2018 + rng.below(6)).to_string())
    };
    let mut paras = vec![fill(rng.pick(LEADS), rng)];
    let n = 8 + rng.below(14);
    for _ in 0..n {
        paras.push(fill(rng.pick(BODY), rng));
    }
    // Make every article unique even when the templates repeat.
    paras.push(format!("(تقرير رقم {i} — {t})"));
    paras.push(fill(rng.pick(TAILS), rng));
    let text = paras.join("\n\n");
    let title = fill(
        rng.pick(&["تصعيد جديد في {t}", "اشتباكات في ريف {t}", "{a1} في {g}: ماذا يحدث؟"]),
        rng,
    );
    let id = format!("gen-{i:06}");
    let url = format!("https://example.org/{}/{id}", outlet.len());
    let published = format!("{year}-{month:02}-{dom:02}");
    [id, title, outlet.to_string(), url, published, text]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        eprintln!("usage: gen_articles OUT N [txt|jsonl] [SEED]");
        std::process::exit(2);
    }
    let out = std::path::Path::new(&args[0]);
    let n: usize = args[1].parse()?;
    let format = args.get(2).map(String::as_str).unwrap_or("txt");
    let seed: u64 = args.get(3).map(|s| s.parse()).transpose()?.unwrap_or(42);
    let mut rng = Rng(seed.wrapping_mul(0x9E3779B97F4A7C15) | 1);
    std::fs::create_dir_all(out)?;
    let mut bytes = 0usize;
    match format {
        "txt" => {
            for i in 1..=n {
                let [id, .., text] = article(i, &mut rng);
                bytes += text.len();
                std::fs::write(out.join(format!("{id}.txt")), text)?;
            }
        }
        "jsonl" => {
            let mut f = std::io::BufWriter::new(std::fs::File::create(out.join("articles.jsonl"))?);
            for i in 1..=n {
                let [id, title, outlet, url, published, text] = article(i, &mut rng);
                bytes += text.len();
                let line = serde_json::json!({
                    "id": id, "title": title, "outlet": outlet, "url": url, "published": published, "text": text,
                });
                writeln!(f, "{line}")?;
            }
            f.flush()?;
        }
        other => return Err(format!("unknown format {other:?}: txt or jsonl").into()),
    }
    eprintln!(
        "gen_articles: {n} articles, {:.1} MB of text, in {}",
        bytes as f64 / 1e6,
        out.display()
    );
    Ok(())
}
