use super::*;
use crate::directory::Person;

/// What each look-up must answer, found by scanning the lists, as the
/// directory's look-ups did before they had links.
struct Scan<'a>(&'a Directory);

impl<'a> Scan<'a> {
    fn organisation_index(&self, id: &str) -> Option<usize> {
        self.0.organisations.iter().position(|o| o.id == id)
    }

    fn stand_index(&self, number: &str) -> Option<usize> {
        self.0.stands.iter().position(|s| s.number == number)
    }

    fn stands_of(&self, id: &str) -> Vec<usize> {
        let stands = self.0.stands.iter().enumerate();
        stands
            .filter(|(_, s)| s.organisations.iter().any(|o| o == id))
            .map(|(i, _)| i)
            .collect()
    }

    fn people_of(&self, id: &str) -> Vec<usize> {
        let people = self.0.people.iter().enumerate();
        people
            .filter(|(_, p)| p.organisation.as_deref() == Some(id))
            .map(|(i, _)| i)
            .collect()
    }

    fn people_at_stand(&self, stand: &Stand) -> Vec<usize> {
        let at = |p: &Person| {
            p.stand() == Some(stand.number.as_str())
                || p.organisation
                    .as_ref()
                    .is_some_and(|o| stand.organisations.contains(o))
        };
        let people = self.0.people.iter().enumerate();
        people.filter(|(_, p)| at(p)).map(|(i, _)| i).collect()
    }

    /// A stand's own themes, then those of its organisations not already there.
    fn stand_themes(&self, stand: &'a Stand) -> Vec<&'a str> {
        let mut themes: Vec<&str> = stand.themes.to_vec();
        let orgs = stand.organisations.iter();
        for org in orgs.filter_map(|id| self.0.organisations.iter().find(|o| o.id == *id)) {
            for t in &org.themes {
                if !themes.contains(&t) {
                    themes.push(t);
                }
            }
        }
        themes
    }
}

/// Every look-up answers what a scan of the lists answers, on a generated
/// fair (organisations with several stands, people at stands, parents) and
/// on the default directory.
#[test]
fn links_answer_as_scans_of_the_lists() {
    let mut fair = crate::generate::generate(400, 2);
    let parent = fair.organisations[1].id.clone();
    fair.organisations[3].edit_more(|more| more.parent = Some(parent));
    fair.link();
    for directory in [fair, crate::directory::default_directory()] {
        let scan = Scan(&directory);
        for (o, org) in directory.organisations.iter().enumerate() {
            let id = org.id.as_str();
            assert_eq!(directory.organisation_index(id), Some(o));
            assert_eq!(directory.organisation(id), Some(org));
            let stands: Vec<usize> = directory.stands_of(o).collect();
            assert_eq!(stands, scan.stands_of(id));
            let people: Vec<usize> = directory.people_of(o).collect();
            assert_eq!(people, scan.people_of(id));
            let parent = org.parent().and_then(|p| scan.organisation_index(p));
            assert_eq!(directory.parent_of(o), parent);
            let themes: Vec<&str> = directory
                .organisation_theme_ids(o)
                .iter()
                .map(|&t| directory.themes()[t as usize].as_str())
                .collect();
            // Its own themes, then its stands' not already there.
            let mut expected: Vec<&str> = org.themes.to_vec();
            for stand in directory
                .stands
                .iter()
                .filter(|s| s.organisations.contains(&org.id))
            {
                for theme in &stand.themes {
                    if !expected.contains(&theme) {
                        expected.push(theme);
                    }
                }
            }
            assert_eq!(themes, expected);
        }
        for (s, stand) in directory.stands.iter().enumerate() {
            assert_eq!(directory.stand_index(&stand.number), Some(s));
            assert_eq!(directory.stand(&stand.number), Some(stand));
            let orgs: Vec<usize> = directory.organisations_of_stand(s).collect();
            let scanned: Vec<usize> = stand
                .organisations
                .iter()
                .filter_map(|id| scan.organisation_index(id))
                .collect();
            assert_eq!(orgs, scanned);
            assert_eq!(directory.people_at_stand(s), scan.people_at_stand(stand));
            let themes: Vec<&str> = directory.stand_themes(s).collect();
            assert_eq!(themes, scan.stand_themes(stand));
        }
        for (p, person) in directory.people.iter().enumerate() {
            let org = person.organisation.as_deref();
            let scanned = org.and_then(|id| scan.organisation_index(id));
            assert_eq!(directory.organisation_of_person(p), scanned);
            let stand = person.stand();
            let scanned = stand.and_then(|number| scan.stand_index(number));
            assert_eq!(directory.stand_of_person(p), scanned);
            let to_find = match (scanned, org) {
                (Some(stand), _) => vec![stand],
                (None, Some(id)) => scan.stands_of(id),
                (None, None) => Vec::new(),
            };
            assert_eq!(directory.stands_to_find(p), to_find);
        }
        assert!(scan.stand_index("no-such-stand").is_none());
        assert_eq!(directory.organisation("no-such-id"), None);
        assert_eq!(directory.stand("no-such-stand"), None);
        assert_eq!(directory.organisation_index(""), None);
    }
}

/// A directory built in memory with the cases validation refuses: the
/// first of two equal ids wins, unknown ids lead nowhere, an organisation
/// named twice by a stand counts once.
#[test]
fn duplicates_and_unknown_ids_follow_the_conventions() {
    let mut d = crate::generate::generate(30, 4);
    let (first, second) = (d.organisations[0].id.clone(), d.organisations[1].id.clone());
    d.organisations[1].id = first.clone();
    d.stands[0].organisations = vec![first.clone(), "unknown".into(), first.clone()].into();
    d.stands[2].number = d.stands[1].number.clone();
    d.people[0].organisation = Some("unknown".into());
    d.people[0].edit_more(|more| more.stand = Some("unknown".into()));
    d.link();
    assert_eq!(d.organisation_index(&first), Some(0));
    assert_eq!(d.organisation_index(&second), None);
    assert_eq!(d.organisations_of_stand(0).collect::<Vec<_>>(), [0]);
    assert_eq!(d.stand_index(&d.stands[1].number), Some(1));
    assert_eq!(d.organisation_of_person(0), None);
    assert_eq!(d.stand_of_person(0), None);
    assert!(!d.people_of(0).any(|p| p == 0));
}

/// Ids are compared whole: ids that share a prefix, or differ only by
/// trailing NUL bytes, are different ids; a long id is found as well.
#[test]
fn ids_are_found_whole() {
    let mut d = crate::generate::generate(30, 6);
    let ids = [
        "ab",
        "ab\0",
        "ab\0\0",
        "a",
        "fondation-caritas-luxembourg-2",
    ];
    for (org, id) in d.organisations.iter_mut().zip(ids) {
        org.id = id.into();
    }
    d.link();
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(d.organisation_index(id), Some(i), "{id:?}");
    }
    assert_eq!(d.organisation_index("ab\0\0\0"), None);
    assert_eq!(d.organisation_index("fondation-caritas-luxembourg-3"), None);
}

/// A directory built in memory is linked when first asked, and again on
/// request after a change.
#[test]
fn links_are_built_when_first_needed_and_rebuilt_on_request() {
    let mut d = crate::generate::generate(20, 5);
    let number = d.stands[3].number.clone();
    assert_eq!(d.stand_index(&number), Some(3));
    d.stands.swap(3, 4);
    d.link();
    assert_eq!(d.stand_index(&number), Some(4));
    // Links never make two directories differ.
    assert_eq!(d.clone().linked(), d);
}

#[test]
fn themes_are_listed_once_in_the_order_a_reader_expects() {
    let mut directory = crate::generate::generate(30, 2);
    directory.organisations[0].themes = ["santé", "Zèbre", "santé"].into();
    directory.organisations[1].themes = ["Santé", "abri"].into();
    directory.stands[0].themes = ["zèbre", "abri"].into();
    let themes = directory.themes();
    let mut once = themes.to_vec();
    once.dedup();
    assert_eq!(once, themes, "no theme twice in a row");
    let position = |t: &str| themes.iter().position(|x| x == t).unwrap();
    assert!(position("abri") < position("santé"));
    assert!(position("santé") < position("Zèbre"));
    // Spellings that differ in case are kept, the first one met first.
    assert_eq!(position("Santé"), position("santé") + 1);
    assert_eq!(position("zèbre"), position("Zèbre") + 1);
    // Accented letters sort with their letter (the generated themes hold
    // `économie sociale` and `énergie`): after `culture`, before `finance`.
    assert!(position("culture") < position("économie sociale"));
    assert!(position("énergie") < position("finance"));
    let mut sorted = themes.to_vec();
    sorted.sort_by_key(|t| crate::search::fold::collation_key(t));
    assert_eq!(sorted, themes);
    let all: std::collections::BTreeSet<&str> = directory
        .organisations
        .iter()
        .flat_map(|o| o.themes.iter())
        .chain(directory.stands.iter().flat_map(|s| s.themes.iter()))
        .collect();
    assert_eq!(themes.len(), all.len());
}

/// A small directory with a programme: speakers linked to people, talks
/// naming organisations, one at a stand.
fn with_programme() -> Directory {
    let text = r#"{"format": "maillage-directory", "version": 1,
        "event": {"id": "demo", "name": "Demo"},
        "organisations": [{"id": "alpha", "name": "Alpha"}, {"id": "beta", "name": "Beta"},
                          {"id": "gamma", "name": "Gamma"}],
        "stands": [{"number": "A1", "organisations": ["alpha"]}, {"number": "B1", "organisations": ["beta"]}],
        "people": [{"id": "ada", "name": "Ada", "organisation": "beta"}, {"id": "bob", "name": "Bob"}],
        "programme": {"talks": [
            {"id": "t0", "title": "Zero", "speakers": [{"person": "ada"}, {"person": "ada"}], "organisations": ["beta"]},
            {"id": "t1", "title": "One", "speakers": [{"person": "bob"}, {"name": "Eve"}], "organisations": ["alpha"],
             "place": {"stand": "B1"}},
            {"id": "t2", "title": "Two", "speakers": [{"person": "ada"}, {"person": "bob"}], "place": {"stand": "B1"}}
        ]}}"#;
    crate::directory::parse(text).unwrap()
}

#[test]
fn a_talk_is_found_by_its_id() {
    let d = with_programme();
    assert_eq!(d.talk_index("t1"), Some(1));
    assert_eq!(d.talk("t2").map(|t| t.title.as_str()), Some("Two"));
    assert_eq!(d.talk_index("nope"), None);
    let none = crate::generate::generate(20, 5);
    assert_eq!(none.talk_index("t1"), None, "no programme");
}

#[test]
fn the_talks_of_a_person_an_organisation_and_a_stand() {
    let d = with_programme();
    let collect = |it: &mut dyn Iterator<Item = usize>| it.collect::<Vec<_>>();
    // Ada speaks twice in t0: it counts once.
    assert_eq!(collect(&mut d.talks_of_person(0)), [0, 2]);
    assert_eq!(collect(&mut d.talks_of_person(1)), [1, 2]);
    // alpha is named by t1; beta by t0 and through Ada, who speaks at t2;
    // gamma by none. Bob has no organisation.
    let org = |id| d.organisation_index(id).unwrap();
    assert_eq!(collect(&mut d.talks_of(org("alpha"))), [1]);
    assert_eq!(collect(&mut d.talks_of(org("beta"))), [0, 2]);
    assert_eq!(collect(&mut d.talks_of(org("gamma"))), [] as [usize; 0]);
    let stand = |n| d.stand_index(n).unwrap();
    assert_eq!(collect(&mut d.talks_at_stand(stand("B1"))), [1, 2]);
    assert_eq!(
        collect(&mut d.talks_at_stand(stand("A1"))),
        [] as [usize; 0]
    );
    // Speakers: Bob, then Eve, who is only a name.
    assert_eq!(d.speaker_person(1, 0), Some(1));
    assert_eq!(d.speaker_person(1, 1), None);
    assert_eq!(d.speaker_person(1, 2), None);
    // Out of range asks for nothing rather than panicking.
    assert_eq!(d.talks_of_person(99).count(), 0);
}
