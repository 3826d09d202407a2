//! The note form: one field per item of a note, a multi-line text area, the
//! organisation picker, and the people of the stand or organisation the
//! note was started from, suggested for the name. The state is here; its part of `App::update` is
//! in [`update`], its drawing in `draw`.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use crate::notes::{FollowUp, NoteDraft, OrganisationRef, editable_date, parse_date};
use crate::search::fold::fold_text;

use crate::i18n::Ui;
use crate::tui::style::Styles;

mod draw;
mod fields;
pub mod update;

pub(crate) use draw::draw;
pub use fields::{FollowChoice, FormField};

/// A directory organisation the picker offers: id and display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub name: String,
}

/// A person of the directory the name field suggests, with what picking
/// them fills in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonChoice {
    pub name: String,
    /// Empty when the directory gives none.
    pub role: String,
    pub organisation: Option<Choice>,
    /// Empty unless the directory says at which one stand to find them.
    pub stand: String,
}

/// What a key did to the form, so `update` knows what to recompute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyOutcome {
    Nothing,
    /// The organisation's text changed: the picker's choices must follow.
    OrganisationEdited,
    Other,
}

pub struct NoteForm {
    /// The id of the note being edited; `None` for a new note.
    pub editing: Option<String>,
    pub focus: FormField,
    /// One per field of [`FormField::ALL`] (the follow-up's is unused).
    inputs: Vec<TextArea<'static>>,
    pub follow: FollowChoice,
    /// The directory organisation picked, while its name is unchanged.
    pub linked: Option<Choice>,
    /// The picker's choices for the organisation typed, and its cursor.
    pub choices: Vec<Choice>,
    pub choice: usize,
    /// The people the name field suggests (those of the stand or the
    /// organisation the note was started from), and the cursor among those
    /// matching what is typed.
    pub people: Vec<PersonChoice>,
    pub person_choice: usize,
    /// Why the last save was refused.
    pub error: Option<String>,
    no_color: bool,
    /// The strings of the interface (placeholders, refusals).
    text: &'static Ui,
    initial: Vec<String>,
}

impl NoteForm {
    pub fn new(
        draft: &NoteDraft,
        editing: Option<String>,
        styles: Styles,
        text: &'static Ui,
    ) -> NoteForm {
        let (follow, date) = match draft.follow_up {
            FollowUp::None => (FollowChoice::None, String::new()),
            FollowUp::Todo { date } => (
                FollowChoice::Todo,
                date.map(|d| editable_date(d, text.lang))
                    .unwrap_or_default(),
            ),
            FollowUp::Done => (FollowChoice::Done, String::new()),
        };
        let organisation = draft.organisation.as_ref();
        let texts = [
            draft.name.clone(),
            organisation.map(|o| o.name.clone()).unwrap_or_default(),
            draft.role.clone(),
            draft.email.clone(),
            draft.phone.clone(),
            draft.stand.clone(),
            draft.given_name.clone(),
            draft.family_name.clone(),
            draft.tags.join(", "),
            String::new(),
            date,
            draft.text.clone(),
        ];
        let mut form = NoteForm {
            editing,
            focus: FormField::Name,
            inputs: Vec::new(),
            follow,
            linked: organisation.and_then(|o| {
                o.id.clone().map(|id| Choice {
                    id,
                    name: o.name.clone(),
                })
            }),
            choices: Vec::new(),
            choice: 0,
            people: Vec::new(),
            person_choice: 0,
            error: None,
            no_color: styles.no_color,
            text,
            initial: Vec::new(),
        };
        form.inputs = FormField::ALL
            .iter()
            .zip(texts)
            .map(|(&field, text)| form.text_area(field, &text))
            .collect();
        form.initial = form.snapshot();
        form.set_focus(FormField::Name);
        form.show_name_guess();
        form
    }

    /// An empty given or family name field says in its placeholder what
    /// address books will get instead: the guess from the name, or what the
    /// name leaves around the other one.
    fn show_name_guess(&mut self) {
        let name = self.value(FormField::Name);
        let typed = |field| Some(self.value(field)).filter(|v| !v.trim().is_empty());
        let (given, family) = (typed(FormField::Given), typed(FormField::Family));
        let names = crate::notes::names_of(&name, given.as_deref(), family.as_deref());
        for (field, part) in [
            (FormField::Given, names.given),
            (FormField::Family, names.family),
        ] {
            let placeholder = match name.trim().is_empty() {
                true => String::new(),
                false => (self.text.names_placeholder)(&part),
            };
            self.inputs[field.index()].set_placeholder_text(placeholder);
        }
    }

    fn text_area(&self, field: FormField, text: &str) -> TextArea<'static> {
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let mut area = TextArea::new(lines);
        area.set_cursor_line_style(Style::new());
        area.set_placeholder_text(field.placeholder(self.text));
        let (placeholder, selection) = if self.no_color {
            (
                Style::new().add_modifier(Modifier::ITALIC),
                Style::new().add_modifier(Modifier::REVERSED),
            )
        } else {
            (
                Styles::new(false).placeholder(),
                Styles::new(false).selected(),
            )
        };
        area.set_placeholder_style(placeholder);
        area.set_selection_style(selection);
        if field == FormField::Text {
            area.set_wrap_mode(WrapMode::WordOrGlyph);
        }
        // Typing into a prefilled field adds to its end.
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        area
    }

    pub fn input(&self, field: FormField) -> &TextArea<'static> {
        &self.inputs[field.index()]
    }

    /// The text of a field as typed (lines joined with `\n`).
    pub fn value(&self, field: FormField) -> String {
        self.inputs[field.index()].lines().join("\n")
    }

    /// Whether the linked organisation is still the one named in the field.
    pub fn is_linked(&self) -> bool {
        self.linked
            .as_ref()
            .is_some_and(|c| c.name == self.value(FormField::Organisation))
    }

    /// Moves the keyboard to `field`; only the focused field shows a cursor.
    pub fn set_focus(&mut self, field: FormField) {
        self.focus = field;
        for (i, area) in self.inputs.iter_mut().enumerate() {
            let style = if i == field.index() {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            area.set_cursor_style(style);
        }
    }

    pub fn next_field(&mut self) {
        let i = (self.focus.index() + 1) % FormField::ALL.len();
        self.set_focus(FormField::ALL[i]);
    }

    pub fn prev_field(&mut self) {
        let n = FormField::ALL.len();
        let i = (self.focus.index() + n - 1) % n;
        self.set_focus(FormField::ALL[i]);
    }

    /// Replaces the text (from the external editor). One final newline, as
    /// editors add, is not part of the note.
    pub fn set_text(&mut self, text: &str) {
        let text = text.strip_suffix('\n').unwrap_or(text);
        self.inputs[FormField::Text.index()] = self.text_area(FormField::Text, text);
        self.set_focus(FormField::Text);
    }

    pub fn set_choices(&mut self, choices: Vec<Choice>) {
        self.choices = choices;
        self.choice = 0;
    }

    /// The picker is shown while the organisation field has the keyboard and
    /// there is something to pick that is not already picked.
    pub fn picker_open(&self) -> bool {
        self.focus == FormField::Organisation && !self.choices.is_empty() && !self.is_linked()
    }

    /// Offers `people` as suggestions for the name.
    pub fn suggest_people(&mut self, people: Vec<PersonChoice>) {
        self.people = people;
        self.person_choice = 0;
    }

    /// The suggested people whose name holds every word typed in the name
    /// field (case and accents aside), but not one whose name is typed in
    /// full: that one is picked already.
    pub fn person_choices(&self) -> Vec<&PersonChoice> {
        let typed = fold_text(&self.value(FormField::Name));
        let words: Vec<&str> = typed.split_whitespace().collect();
        self.people
            .iter()
            .filter(|p| {
                let name = fold_text(&p.name);
                name != typed && words.iter().all(|w| name.contains(w))
            })
            .collect()
    }

    /// The name's suggestions are shown while the name field has the
    /// keyboard and some match what is typed.
    pub fn people_picker_open(&self) -> bool {
        self.focus == FormField::Name && !self.person_choices().is_empty()
    }

    /// A key typed while the form has the keyboard (not a form command).
    pub fn key(&mut self, key: KeyEvent) -> KeyOutcome {
        let outcome = self.key_in_field(key);
        if outcome != KeyOutcome::Nothing {
            self.show_name_guess();
        }
        outcome
    }

    fn key_in_field(&mut self, key: KeyEvent) -> KeyOutcome {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        // Ctrl-U empties the field, as in a shell (the text area would
        // read it as undo).
        if ctrl && key.code == KeyCode::Char('u') {
            return self.clear_field();
        }
        match self.focus {
            FormField::FollowUp => match key.code {
                KeyCode::Char(' ') | KeyCode::Right => self.shift_follow(true),
                KeyCode::Left => self.shift_follow(false),
                KeyCode::Enter | KeyCode::Down => self.next_field(),
                KeyCode::Up => self.prev_field(),
                _ => return KeyOutcome::Nothing,
            },
            FormField::Text => {
                return if self.inputs[FormField::Text.index()].input(key) {
                    KeyOutcome::Other
                } else {
                    KeyOutcome::Nothing
                };
            }
            FormField::Name if self.people_picker_open() => match key.code {
                KeyCode::Down => {
                    let last = self.person_choices().len() - 1;
                    self.person_choice = (self.person_choice + 1).min(last);
                }
                KeyCode::Up => self.person_choice = self.person_choice.saturating_sub(1),
                KeyCode::Enter => self.pick_person(),
                _ => return self.type_in_line(key, ctrl),
            },
            FormField::Organisation if self.picker_open() => match key.code {
                KeyCode::Down => self.choice = (self.choice + 1).min(self.choices.len() - 1),
                KeyCode::Up => self.choice = self.choice.saturating_sub(1),
                KeyCode::Enter => self.pick(),
                _ => return self.type_in_line(key, ctrl),
            },
            _ => match key.code {
                KeyCode::Enter | KeyCode::Down => self.next_field(),
                KeyCode::Up => self.prev_field(),
                _ => return self.type_in_line(key, ctrl),
            },
        }
        KeyOutcome::Other
    }

    fn shift_follow(&mut self, forward: bool) {
        self.follow = self.follow.shifted(forward);
    }

    /// Picks the choice under the cursor: the field takes its name, the note
    /// will link to it.
    fn pick(&mut self) {
        let Some(choice) = self.choices.get(self.choice).cloned() else {
            return;
        };
        let field = FormField::Organisation;
        self.inputs[field.index()] = self.text_area(field, &choice.name);
        self.linked = Some(choice);
        self.set_focus(field);
        self.next_field();
    }

    /// Picks the person under the cursor: the name is theirs, and so are
    /// the role and stand left empty, and the organisation unless one was
    /// typed by hand (a directory one, e.g. a stand's first, gives way to
    /// theirs).
    fn pick_person(&mut self) {
        let picked = self
            .person_choices()
            .get(self.person_choice)
            .map(|p| (*p).clone());
        let Some(person) = picked else {
            return;
        };
        self.replace(FormField::Name, &person.name);
        if self.value(FormField::Role).trim().is_empty() {
            self.replace(FormField::Role, &person.role);
        }
        let typed_by_hand =
            !self.is_linked() && !self.value(FormField::Organisation).trim().is_empty();
        if let (Some(organisation), false) = (person.organisation, typed_by_hand) {
            self.replace(FormField::Organisation, &organisation.name);
            self.linked = Some(organisation);
            self.choices.clear();
        }
        if self.value(FormField::Stand).trim().is_empty() {
            self.replace(FormField::Stand, &person.stand);
        }
        self.person_choice = 0;
        self.set_focus(FormField::Name);
        self.next_field();
    }

    /// Sets the text of `field` (the focus is set again by the caller).
    fn replace(&mut self, field: FormField, text: &str) {
        self.inputs[field.index()] = self.text_area(field, text);
    }

    /// Empties the field that has the keyboard (the follow-up choice has no
    /// text to empty).
    fn clear_field(&mut self) -> KeyOutcome {
        let field = self.focus;
        if field == FormField::FollowUp || self.value(field).is_empty() {
            return KeyOutcome::Nothing;
        }
        self.inputs[field.index()] = self.text_area(field, "");
        self.set_focus(field);
        self.person_choice = 0;
        match field {
            FormField::Organisation => KeyOutcome::OrganisationEdited,
            _ => KeyOutcome::Other,
        }
    }

    /// A key for a one-line field: never a line break.
    fn type_in_line(&mut self, key: KeyEvent, ctrl: bool) -> KeyOutcome {
        let line_break = matches!(key.code, KeyCode::Enter)
            || (ctrl && matches!(key.code, KeyCode::Char('m' | 'j')));
        if line_break {
            return KeyOutcome::Nothing;
        }
        let changed = self.inputs[self.focus.index()].input(key);
        if changed && self.focus == FormField::Name {
            self.person_choice = 0; // The suggestions follow what is typed.
        }
        match (changed, self.focus) {
            (true, FormField::Organisation) => KeyOutcome::OrganisationEdited,
            (true, _) => KeyOutcome::Other,
            (false, _) => KeyOutcome::Nothing,
        }
    }

    /// The note as typed, or why it cannot be saved as it is (a bad date;
    /// the draft's own checks come after).
    pub fn draft(&self) -> Result<NoteDraft, String> {
        let date_text = self.value(FormField::Date);
        let date = match date_text.trim() {
            "" => None,
            typed => Some(parse_date(typed).map_err(|e| e.message(self.text.lang))?),
        };
        let follow_up = match self.follow {
            FollowChoice::None => FollowUp::None,
            FollowChoice::Todo => FollowUp::Todo { date },
            FollowChoice::Done => FollowUp::Done,
        };
        let org_text = self.value(FormField::Organisation);
        let organisation = if self.is_linked() {
            self.linked.as_ref().map(|c| OrganisationRef {
                id: Some(c.id.clone()),
                name: c.name.clone(),
            })
        } else if org_text.trim().is_empty() {
            None
        } else {
            Some(OrganisationRef {
                id: None,
                name: org_text,
            })
        };
        Ok(NoteDraft {
            name: self.value(FormField::Name),
            given_name: self.value(FormField::Given),
            family_name: self.value(FormField::Family),
            organisation,
            role: self.value(FormField::Role),
            email: self.value(FormField::Email),
            phone: self.value(FormField::Phone),
            stand: self.value(FormField::Stand),
            text: self.value(FormField::Text),
            tags: self
                .value(FormField::Tags)
                .split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect(),
            follow_up,
        })
    }

    fn snapshot(&self) -> Vec<String> {
        let mut all: Vec<String> = FormField::ALL.iter().map(|&f| self.value(f)).collect();
        all.push(self.follow.label(self.text).to_string());
        all.push(self.is_linked().to_string());
        all
    }

    /// Whether anything differs from what the form opened with.
    pub fn is_changed(&self) -> bool {
        self.snapshot() != self.initial
    }

    /// Warnings about what is typed now (e.g. a malformed e-mail), shown
    /// under the fields before saving.
    pub fn warnings(&self) -> Vec<String> {
        match self.draft().map(|d| d.check()) {
            Ok(Ok(warnings)) => warnings.iter().map(|w| w.message(self.text.lang)).collect(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
