//! The form's fields and the follow-up choice.

use super::super::super::text;

/// The fields of the form, top to bottom (the Tab order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    Name,
    Organisation,
    Role,
    Email,
    Phone,
    Stand,
    Tags,
    FollowUp,
    Date,
    Text,
}

impl FormField {
    pub const ALL: [FormField; 10] = [
        FormField::Name,
        FormField::Organisation,
        FormField::Role,
        FormField::Email,
        FormField::Phone,
        FormField::Stand,
        FormField::Tags,
        FormField::FollowUp,
        FormField::Date,
        FormField::Text,
    ];

    pub fn index(self) -> usize {
        FormField::ALL.iter().position(|&f| f == self).unwrap_or(0)
    }

    pub fn label(self) -> &'static str {
        match self {
            FormField::Name => text::FIELD_NAME,
            FormField::Organisation => text::FIELD_ORGANISATION,
            FormField::Role => text::FIELD_ROLE,
            FormField::Email => text::FIELD_EMAIL,
            FormField::Phone => text::FIELD_PHONE,
            FormField::Stand => text::FIELD_STAND,
            FormField::Tags => text::FIELD_TAGS,
            FormField::FollowUp => text::FIELD_FOLLOW_UP,
            FormField::Date => text::FIELD_DATE,
            FormField::Text => text::FIELD_TEXT,
        }
    }

    pub(super) fn placeholder(self) -> &'static str {
        match self {
            FormField::Organisation => text::ORG_PLACEHOLDER,
            FormField::Tags => text::TAGS_PLACEHOLDER,
            FormField::Date => text::DATE_PLACEHOLDER,
            FormField::Text => text::TEXT_PLACEHOLDER,
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

    pub fn label(self) -> &'static str {
        match self {
            FollowChoice::None => text::FOLLOW_NONE,
            FollowChoice::Todo => text::FOLLOW_TODO,
            FollowChoice::Done => text::FOLLOW_DONE,
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
