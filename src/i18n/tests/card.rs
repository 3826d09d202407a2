//! Your card's messages in both languages.

use super::*;

#[test]
fn the_card_messages_read_differently_in_french_and_english() {
    assert_all_translated(&[("too_small", &|l| (t(l).card.too_small)(71, 40, 80, 24))]);
}
