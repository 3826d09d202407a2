//! The form's fields and the follow-up choice.

use crate::i18n::Ui;

/// The fields of the form, top to bottom (the Tab order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    Name,
    Organisation,
    Role,
    Email,
    Phone,
    Stand,
    /// Given and family names, optional: address books need them apart.
    Given,
    Family,
    Tags,
    FollowUp,
    Date,
    Text,
}

impl FormField {
    pub const ALL: [FormField; 12] = [
        FormField::Name,
        FormField::Organisation,
        FormField::Role,
        FormField::Email,
        FormField::Phone,
        FormField::Stand,
        FormField::Given,
        FormField::Family,
        FormField::Tags,
        FormField::FollowUp,
        FormField::Date,
        FormField::Text,
    ];

    pub fn index(self) -> usize {
        FormField::ALL.iter().position(|&f| f == self).unwrap_or(0)
    }

    pub fn label(self, t: &Ui) -> &'static str {
        match self {
            FormField::Name => t.field_name,
            FormField::Organisation => t.field_organisation,
            FormField::Role => t.field_role,
            FormField::Email => t.field_email,
            FormField::Phone => t.field_phone,
            FormField::Stand => t.field_stand,
            FormField::Given => t.field_given,
            FormField::Family => t.field_family,
            FormField::Tags => t.field_tags,
            FormField::FollowUp => t.field_follow_up,
            FormField::Date => t.field_date,
            FormField::Text => t.field_text,
        }
    }

    pub(super) fn placeholder(self, t: &Ui) -> &'static str {
        match self {
            FormField::Organisation => t.org_placeholder,
            FormField::Tags => t.tags_placeholder,
            FormField::Date => t.date_placeholder,
            FormField::Text => t.text_placeholder,
            _ => "",
        }
    }
}

/// The follow-up choice of the form; the date is its own field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FollowChoice {
    None,
    Todo,
    Done,
}

impl FollowChoice {
    pub const ALL: [FollowChoice; 3] = [FollowChoice::None, FollowChoice::Todo, FollowChoice::Done];

    pub fn label(self, t: &Ui) -> &'static str {
        match self {
            FollowChoice::None => t.follow_none,
            FollowChoice::Todo => t.follow_todo,
            FollowChoice::Done => t.follow_done,
        }
    }

    pub(super) fn shifted(self, forward: bool) -> FollowChoice {
        let i = FollowChoice::ALL
            .iter()
            .position(|&c| c == self)
            .unwrap_or(0);
        let n = FollowChoice::ALL.len();
        FollowChoice::ALL[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }
}
