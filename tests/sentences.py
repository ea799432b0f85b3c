"""Long, realistic answers for print tests: what a team writes on a worksheet, 20 to 30 words
a field, made from everyday phrases (deterministic for a given seed)."""
from __future__ import annotations

import random

PHRASES = {
    "nl": [
        "bij het brengen vragen we hoe de nacht was",
        "we vertellen bij het ophalen wat het kind die dag heeft gespeeld",
        "de mentor belt de ouders na twee weken wennen",
        "in het kennismakingsgesprek vragen we naar gewoontes thuis",
        "we spreken samen af wie wat doet en wanneer",
        "ouders krijgen elke week een foto en een kort bericht in de app",
        "als er zorgen zijn plannen we binnen een week een gesprek",
        "de pedagogisch coach kijkt mee bij het eerste oudergesprek",
        "we gebruiken een tolk als dat nodig is",
        "bij de evaluatie kijken we terug op de afspraken",
        "ouders mogen altijd een ochtend meedraaien op de groep",
        "we schrijven de afspraak op in het kinddossier",
    ],
    "en": [
        "at drop-off we ask how the night went",
        "at pick-up we tell parents what their child played that day",
        "the mentor calls the parents after two weeks of settling in",
        "in the first meeting we ask about routines at home",
        "we agree together who does what and when",
        "parents get a photo and a short message in the app every week",
        "when there are worries we plan a talk within a week",
        "the pedagogical coach joins the first parent meeting",
        "we use an interpreter when that is needed",
        "at the review we look back at what we agreed",
        "parents are always welcome to spend a morning in the group",
        "we write the agreement down in the child's file",
    ],
}


def long_answer(rng: random.Random, lang: str) -> str:
    """One answer of 20 to 30 words, in two or three sentences, no phrase twice."""
    joint = " and " if lang == "en" else " en "
    while True:
        phrases = rng.sample(PHRASES[lang], rng.randint(3, 4))
        sentences = [joint.join(phrases[i:i + 2]) for i in range(0, len(phrases), 2)]
        text = " ".join(s[0].upper() + s[1:] + "." for s in sentences)
        if 20 <= len(text.split()) <= 30:
            return text
