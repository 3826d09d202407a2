//! The card's form: one line per field of the card, typed into with the
//! same text areas as the note form's fields.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::{CursorMove, TextArea};

use crate::card::{Card, CardField};
use crate::tui::style::Styles;

pub struct CardForm {
    pub focus: CardField,
    /// One per [`CardField::ALL`].
    inputs: Vec<TextArea<'static>>,
    /// Why the last save was refused.
    pub error: Option<String>,
}

impl CardForm {
    /// The form on `card`'s fields, or empty.
    pub fn new(card: Option<&Card>, styles: Styles) -> CardForm {
        let inputs = CardField::ALL
            .iter()
            .map(|&field| {
                let text = card.and_then(|c| c.get(field)).unwrap_or_default();
                let mut area = TextArea::new(vec![text.to_string()]);
                area.set_cursor_line_style(Style::new());
                area.set_selection_style(styles.selected());
                // Typing into a prefilled field adds to its end.
                area.move_cursor(CursorMove::End);
                area
            })
            .collect();
        let mut form = CardForm {
            focus: CardField::Name,
            inputs,
            error: None,
        };
        form.set_focus(CardField::Name);
        form
    }

    fn index(field: CardField) -> usize {
        CardField::ALL.iter().position(|&f| f == field).unwrap_or(0)
    }

    pub fn input(&self, field: CardField) -> &TextArea<'static> {
        &self.inputs[Self::index(field)]
    }

    pub fn value(&self, field: CardField) -> String {
        self.input(field).lines().join(" ")
    }

    /// Every field as typed: what saving sets (an empty one is cleared).
    pub fn changes(&self) -> Vec<(CardField, String)> {
        CardField::ALL
            .iter()
            .map(|&field| (field, self.value(field)))
            .collect()
    }

    /// Moves the keyboard to `field`; only the focused field shows a cursor.
    pub fn set_focus(&mut self, field: CardField) {
        self.focus = field;
        for (i, area) in self.inputs.iter_mut().enumerate() {
            let style = if i == Self::index(field) {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            area.set_cursor_style(style);
        }
    }

    pub fn next_field(&mut self) {
        let i = (Self::index(self.focus) + 1) % CardField::ALL.len();
        self.set_focus(CardField::ALL[i]);
    }

    pub fn prev_field(&mut self) {
        let n = CardField::ALL.len();
        let i = (Self::index(self.focus) + n - 1) % n;
        self.set_focus(CardField::ALL[i]);
    }

    /// A key typed while the form has the keyboard (not a form command):
    /// Enter and the arrows move between the fields, Ctrl-U empties one,
    /// the rest types.
    pub fn key(&mut self, key: KeyEvent) {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Enter | KeyCode::Down => self.next_field(),
            KeyCode::Up => self.prev_field(),
            KeyCode::Char('u') if ctrl => {
                let i = Self::index(self.focus);
                self.inputs[i].select_all();
                self.inputs[i].cut();
            }
            // Ctrl-M and Ctrl-J are line breaks: a field is one line.
            KeyCode::Char('m' | 'j') if ctrl => {}
            _ => {
                let i = Self::index(self.focus);
                self.inputs[i].input(key);
            }
        }
    }
}
