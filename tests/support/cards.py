"""Reading members' profile cards (members/cards.py) back from their HTML."""

import re

CARD_NAME = re.compile(r'ln-card__title"><a class="utrecht-link" href="[^"]*"><bdi>([^<]*)</bdi>')


def card_names(cards):
    """The names on `cards` (a list of card HTML), in order."""
    return [CARD_NAME.search(str(card)).group(1) for card in cards]
