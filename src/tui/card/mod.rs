//! Your card in the app: a popup with your card's QR code, big enough for a
//! phone camera, your name under it, and a small form to enter or edit the
//! card (opened at once when there is none). The state and its part of
//! `App::update` are here, the form in [`form`], the drawing in `draw`.

mod draw;
pub mod form;

pub(crate) use draw::draw;

use std::path::Path;

use ratatui::crossterm::event::KeyEvent;

use crate::card::qr::{Ink, QrMatrix};
use crate::card::{Card, CardError, CardFile, FILE_NAME};
use crate::store::{Store, StoreError};
use crate::tui::app::{App, Popup};
use form::CardForm;

/// What can happen to the card's popup and form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardAction {
    /// Opens the popup (with the form when there is no card yet), or closes it.
    Toggle,
    Close,
    /// Opens the form on the card shown.
    Edit,
    /// Swaps dark and light, for a terminal without colours whose
    /// background is not the one guessed.
    Invert,
    Save,
    NextField,
    PrevField,
    /// Esc in the form: closes it (and the popup, when there is no card).
    Cancel,
    /// Any other key while the form is open: typed into the focused field.
    Key(KeyEvent),
}

/// Your card, where it is kept, its QR code and the form.
pub struct CardState {
    /// `card.json`; `None` without a configuration folder (kept in memory).
    store: Option<Store<CardFile>>,
    memory: CardFile,
    /// The QR code of the card's vCard, made when the card changes.
    code: Option<Result<QrMatrix, CardError>>,
    pub(crate) form: Option<CardForm>,
    /// The ink without colours: from the terminal's `COLORFGBG` at start,
    /// swapped by [`CardAction::Invert`].
    pub(crate) plain_ink: Ink,
}

impl Default for CardState {
    fn default() -> Self {
        CardState {
            store: None,
            memory: CardFile::default(),
            code: None,
            form: None,
            plain_ink: Ink::for_plain_terminal(std::env::var("COLORFGBG").ok().as_deref()),
        }
    }
}

impl CardState {
    /// Keeps the card in `card.json` in `config_dir` (read now, never written
    /// until the user saves).
    pub fn open_store(&mut self, config_dir: &Path) {
        self.store = Some(Store::open(config_dir.join(FILE_NAME)));
        self.refresh_code();
    }

    fn file(&self) -> &CardFile {
        match &self.store {
            Some(store) => store.document(),
            None => &self.memory,
        }
    }

    pub fn card(&self) -> Option<&Card> {
        self.file().card.as_ref()
    }

    /// Why the card file cannot be used, while it cannot.
    pub fn problem(&self) -> Option<&StoreError> {
        self.store.as_ref().and_then(Store::problem)
    }

    /// The ink of the code drawn without colours.
    pub fn plain_ink(&self) -> Ink {
        self.plain_ink
    }

    /// Whether the card is kept on disk.
    pub fn is_kept(&self) -> bool {
        self.store.is_some()
    }

    /// The card's QR code, or why there is none (a card too long).
    pub fn code(&self) -> Option<&Result<QrMatrix, CardError>> {
        self.code.as_ref()
    }

    fn refresh_code(&mut self) {
        self.code = self
            .card()
            .map(|card| QrMatrix::encode(&crate::card::vcard::to_vcard(card)));
    }

    /// Saves the form's fields; on success the form closes.
    fn save(&mut self, lang: crate::i18n::Lang) -> Result<(), String> {
        let Some(form) = &self.form else {
            return Ok(());
        };
        let changes = form.changes();
        self.file()
            .check(&changes)
            .map_err(|e| e.message(lang).to_string())?;
        let now = jiff::Timestamp::now();
        let result = match &mut self.store {
            Some(store) => store
                .save(|file| file.set(&changes, now).map(|_| ()))
                .map_err(|e| e.render(lang))?,
            None => self.memory.set(&changes, now).map(|_| ()),
        };
        result.map_err(|e| e.message(lang).to_string())?;
        self.form = None;
        self.refresh_code();
        Ok(())
    }
}

impl App {
    /// Your card: its popup's state.
    pub fn card(&self) -> &CardState {
        &self.card
    }

    /// Keeps your card in `card.json` in `config_dir`.
    pub fn open_card_store(&mut self, config_dir: &Path) {
        self.card.open_store(config_dir);
    }

    pub(crate) fn card_update(&mut self, action: CardAction) {
        let texts = &crate::i18n::t(self.text.lang).card;
        match action {
            CardAction::Toggle if self.popup == Some(Popup::Card) => self.close_card(),
            CardAction::Toggle => {
                if let Some(store) = self.card.store.as_mut()
                    && store.reload_if_changed()
                {
                    self.card.refresh_code();
                }
                self.popup = Some(Popup::Card);
                if self.card.card().is_none() && self.card.problem().is_none() {
                    self.card.form = Some(CardForm::new(None, self.styles));
                }
            }
            CardAction::Close => self.close_card(),
            CardAction::Edit => {
                if self.card.problem().is_none() {
                    let form = CardForm::new(self.card.card(), self.styles);
                    self.card.form = Some(form);
                }
            }
            CardAction::Invert => self.card.plain_ink = self.card.plain_ink.inverted(),
            CardAction::Save => match self.card.save(self.text.lang) {
                Ok(()) => self.say(texts.card_saved),
                Err(why) => {
                    if let Some(form) = self.card.form.as_mut() {
                        form.error = Some(why);
                    }
                }
            },
            CardAction::NextField => self.with_card_form(CardForm::next_field),
            CardAction::PrevField => self.with_card_form(CardForm::prev_field),
            CardAction::Cancel => {
                self.card.form = None;
                if self.card.card().is_none() {
                    self.popup = None;
                }
            }
            CardAction::Key(key) => self.with_card_form(|form| form.key(key)),
        }
    }

    fn close_card(&mut self) {
        self.popup = None;
        self.card.form = None;
    }

    fn with_card_form(&mut self, change: impl FnOnce(&mut CardForm)) {
        if let Some(form) = self.card.form.as_mut() {
            form.error = None;
            change(form);
        }
    }
}

#[cfg(test)]
mod tests;
