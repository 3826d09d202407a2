//! A talk's detail, and the "Talks" section of the details of its
//! speakers, organisations and stand.

use super::{place_label, talks_about};
use crate::directory::{Directory, TalkPlace};
use crate::i18n::{ProgrammeTexts, Ui};
use crate::sanitize::{for_display, for_display_with};
use crate::search::catalog::talks;
use crate::tui::detail::{Item, Target, person_line};

fn clean(text: &str) -> String {
    for_display(text).into_owned()
}

/// The words of the programme in `t`'s language.
fn words(t: &Ui) -> &'static ProgrammeTexts {
    &crate::i18n::t(t.lang).programme
}

/// When a talk is: `Thursday 17 November 2022, 10:00–10:45 (45 minutes)`,
/// or "time unknown" and what the programme says about it.
pub fn when(t: &ProgrammeTexts, talk: &crate::directory::Talk) -> String {
    let Some(start) = talk.start_time() else {
        return match talk.time_note.as_deref().filter(|n| !n.is_empty()) {
            // A note that says so itself ("Heure inconnue : …") is enough.
            Some(note) if starts_with_folded(note, t.time_unknown) => clean(note),
            Some(note) => format!("{} ({})", t.time_unknown, clean(note)),
            None => t.time_unknown.to_string(),
        };
    };
    let civil = start.civil();
    let mut text = format!("{}, {}", (t.day_heading)(civil.date()), hour(civil));
    if let Some(end) = talk.end_time() {
        text.push_str(&format!("–{}", hour(end.civil())));
        let minutes = end.at.duration_since(start.at).as_mins();
        if minutes > 0 {
            text.push_str(&format!(" ({})", (t.duration)(minutes)));
        }
    }
    text
}

/// Whether `text` begins with `prefix`, ignoring case and accents.
fn starts_with_folded(text: &str, prefix: &str) -> bool {
    let fold = crate::search::fold::fold;
    fold(text).text.starts_with(&fold(prefix).text)
}

/// `10:00`.
pub fn hour(time: jiff::civil::DateTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// The items of talk `index`'s detail.
pub fn talk(t: &Ui, directory: &Directory, index: usize) -> Vec<Item> {
    let Some(talk) = talks(directory).get(index) else {
        return Vec::new();
    };
    let w = words(t);
    let mut items = vec![Item::Title(clean(&talk.title))];
    if talk.illustrative {
        items.push(Item::Warning(format!("({})", w.illustrative_talk)));
    }
    items.push(Item::Field(w.time, when(w, talk)));
    match &talk.place {
        Some(TalkPlace::Stand(number)) => {
            items.push(Item::Section(w.place));
            match directory.stand_index(number) {
                Some(s) => items.push(Item::Link(
                    format!("{}{}", w.stand_prefix, clean(number)),
                    Target::Stand(s),
                )),
                None => items.push(Item::Text(format!("{}{}", w.stand_prefix, clean(number)))),
            }
        }
        Some(_) => items.push(Item::Field(
            w.place,
            clean(&place_label(directory, talk, w.stand_prefix)),
        )),
        None => items.push(Item::Field(w.place, t.not_given.to_string())),
    }
    if !talk.themes.is_empty() {
        items.push(Item::Field(w.themes, clean(&talk.themes.join(", "))));
    }
    if let Some(language) = talk.language.as_deref().filter(|l| !l.is_empty()) {
        items.push(Item::Field(w.language, clean(language)));
    }
    if !talk.speakers.is_empty() {
        items.push(Item::Section(w.speakers));
    }
    for k in 0..talk.speakers.len() {
        match directory.speaker_person(index, k) {
            Some(p) => items.push(Item::Link(person_line(directory, p), Target::Person(p))),
            None => items.push(Item::Text(clean(
                directory.speaker_name(index, k).unwrap_or(""),
            ))),
        }
    }
    let organisations: Vec<usize> = talk
        .organisations
        .iter()
        .filter_map(|id| directory.organisation_index(id))
        .collect();
    if !organisations.is_empty() {
        items.push(Item::Section(w.organisations));
    }
    for o in organisations {
        let name = clean(directory.organisations[o].display_name());
        items.push(Item::Link(name, Target::Organisation(o)));
    }
    if let Some(description) = talk.description.as_deref().filter(|d| !d.is_empty()) {
        items.push(Item::Section(w.about));
        items.push(Item::Text(for_display_with(description, true).into_owned()));
    }
    if !talk.sources.is_empty() {
        items.push(Item::Section(w.sources));
        items.extend(talk.sources.iter().map(|s| {
            Item::Text(match s.url.as_deref() {
                Some(url) => format!("{} — {}", clean(&s.title), clean(url)),
                None => clean(&s.title),
            })
        }));
    }
    items
}

/// The "Talks" section of the detail of `target` (a person, organisation
/// or stand): its talks, each a link; nothing when it has none.
pub fn section(t: &Ui, directory: &Directory, target: Target) -> Vec<Item> {
    let found = talks_about(directory, target);
    if found.is_empty() {
        return Vec::new();
    }
    let w = words(t);
    let all = talks(directory);
    let mut items = vec![Item::Section(w.talks_section)];
    items.extend(found.into_iter().map(|i| {
        let talk = &all[i];
        let when = match talk.start_time() {
            Some(start) => {
                let civil = start.civil();
                format!("{} {}", (w.day_short)(civil.date()), hour(civil))
            }
            None => w.time_unknown.to_string(),
        };
        Item::Link(format!("{when} · {}", clean(&talk.title)), Target::Talk(i))
    }));
    items
}
