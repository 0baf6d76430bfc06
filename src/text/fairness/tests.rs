use super::*;

fn guard_of(lang: Lang, json: &str) -> Guard {
    let list = lists::parse(lang, json).expect("a list");
    Guard {
        matchers: vec![(lang, Guard::matcher(lang, list))],
    }
}

#[test]
fn words_match_whole_with_endings_and_compound_heads() {
    let guard = guard_of(
        Lang::Nb,
        r#"{"lang": "nb", "terms": {"pregnancy_family": ["gravid*", "*permisjon"], "age": ["for gammel"]},
            "not": ["gammel kunde"]}"#,
    );
    let found = |text: &str| guard.categories(text);
    assert_eq!(found("Hun er GRAVID"), [Category::PregnancyFamily]);
    assert_eq!(found("graviditeten kom opp"), [Category::PregnancyFamily]);
    assert_eq!(
        found("skal ut i foreldrepermisjon"),
        [Category::PregnancyFamily]
    );
    assert_eq!(found("kanskje for gammel til dette"), [Category::Age]);
    assert!(
        found("regravid").is_empty(),
        "a whole word, or its beginning"
    );
    assert!(
        found("en for gammel kunde klaget").is_empty(),
        "the look-alike covers it"
    );
    let text = "Hun nevnte at hun er gravid.";
    let hit = &guard.scan(text)[0];
    assert_eq!(hit.words(text), "gravid");
}

#[test]
fn diacritics_and_case_do_not_matter() {
    let guard = guard_of(
        Lang::Lv,
        r#"{"lang": "lv", "terms": {"pregnancy_family": ["grūtniec*"]}}"#,
    );
    assert_eq!(
        guard.categories("Viņa ir GRŪTNIECE"),
        [Category::PregnancyFamily]
    );
    assert_eq!(
        guard.categories("minēja grutniecibu"),
        [Category::PregnancyFamily]
    );
}

#[test]
fn chinese_is_segmented_so_a_term_inside_another_word_is_not_found() {
    let guard = guard_of(
        Lang::Zh,
        r#"{"lang": "zh", "terms": {"age": ["年纪太大", "太老"], "pregnancy_family": ["怀孕"],
            "school_prestige": ["985"]}, "not": ["太老实", "老客户"]}"#,
    );
    assert_eq!(guard.categories("感觉年纪太大了"), [Category::Age]);
    assert_eq!(
        guard.categories("她提到自己怀孕了"),
        [Category::PregnancyFamily]
    );
    assert!(guard.categories("这个人太老实").is_empty());
    assert!(guard.categories("处理过老客户的投诉").is_empty());
    assert_eq!(guard.categories("985毕业"), [Category::SchoolPrestige]);
    assert!(
        guard.categories("1985年入职").is_empty(),
        "985 inside a year"
    );
}

/// One language's table of notes that must be flagged (with their category) and notes that
/// must not.
#[derive(Deserialize)]
struct Table {
    flagged: Vec<Flagged>,
    clean: Vec<String>,
}

#[derive(Deserialize)]
struct Flagged {
    text: String,
    category: Category,
}

fn table(lang: Lang) -> Table {
    let text = match lang {
        Lang::En => include_str!("../../../fairness/tests/en.json"),
        Lang::Nb => include_str!("../../../fairness/tests/nb.json"),
        Lang::Da => include_str!("../../../fairness/tests/da.json"),
        Lang::Lv => include_str!("../../../fairness/tests/lv.json"),
        Lang::Zh => include_str!("../../../fairness/tests/zh.json"),
    };
    serde_json::from_str(text).expect("a table")
}

#[test]
fn every_built_in_list_loads() {
    for lang in Lang::ALL {
        let list = lists::builtin(lang).unwrap_or_else(|e| panic!("{e}"));
        for category in Category::ALL {
            assert!(
                list.terms.iter().any(|(c, _)| *c == category),
                "{lang:?} has no term for {category:?}"
            );
        }
    }
    assert_eq!(Guard::builtin().matchers.len(), Lang::ALL.len());
}

#[test]
fn the_table_of_each_language_is_flagged_as_it_says_and_no_more() {
    let guard = Guard::builtin();
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let table = table(lang);
        for text in &table.clean {
            for f in guard.scan(text) {
                wrong.push(format!(
                    "{lang:?} clean {text:?}: {:?} {:?} by {:?}",
                    f.category,
                    f.words(text),
                    f.lang
                ));
            }
        }
        for f in &table.flagged {
            if !guard.categories(&f.text).contains(&f.category) {
                wrong.push(format!("{lang:?} missed {:?} {:?}", f.text, f.category));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    for lang in Lang::ALL {
        let table = table(lang);
        assert!(
            table.flagged.len() >= 20 && table.clean.len() >= 15,
            "{lang:?}"
        );
        for category in Category::ALL {
            assert!(
                table.flagged.iter().any(|f| f.category == category),
                "{lang:?}: no example of {category:?}"
            );
        }
        for f in &table.flagged {
            let found = guard.categories(&f.text);
            assert!(
                found.contains(&f.category),
                "{lang:?}: {:?} should be flagged {:?}, found {found:?}",
                f.text,
                f.category
            );
        }
        for text in &table.clean {
            let found = guard.scan(text);
            assert!(
                found.is_empty(),
                "{lang:?}: {text:?} is flagged: {:?}",
                found
                    .iter()
                    .map(|f| (f.category, f.words(text)))
                    .collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn a_ten_thousand_character_note_is_scanned_whole() {
    let note = "She handled the queue calmly and asked good questions. ".repeat(200);
    let note = format!("{note} Seems too old for a fast-paced team.");
    let found = Guard::builtin().scan(&note);
    assert!(
        found.iter().any(|f| f.category == Category::Age),
        "{found:?}"
    );
}
