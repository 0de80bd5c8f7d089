"""Stage: sentences -> mentions of people and organisations, with their titles.

A :class:`Registry` keeps one :class:`Entity` per person or organisation and resolves
later references to the fullest name the document gives: "Mr. Wu", a bare surname,
"Phil Howze" for "Philip C. Howze", a typo of one letter, a title alone ("the Vice
Mayor"). Where two people share a surname, the caller passes a preference (who holds
the floor, who was announced as making a speech).

Mention shapes (see ``rules.people`` for the word lists):
    "Vice Mayor Wu Qing"                       title + name
    "Wu Qing, Vice Mayor,"                     name + apposition
    "Mr. Wu", "Tun Dr Mahathir Mohamad"        honorific + name
    "Prime Minister of Mongolia L. Oyun-Erdene" title of X + name (split at an initial,
                                               an organisation head or a known name)

The modules, in the order a sentence goes through them (each imports only those above):

tokens.py        word tokens with spans (nltk's tokenizer, and a one-pass lexer)
names.py         name tokens, honorifics, where a name ends, the parts of a name
orgs.py          where an organisation's name ends
entity.py        Entity: one person or organisation, and which names refer to it
titles_index.py  TitleIndex: who holds a title ("the Vice Mayor"), for the registry
registry.py      Registry: the entities of a document, and its name sieves
titles.py        where a title phrase starts and ends, and the name it goes with
mentions.py      Mention and find_mentions: one sentence's mentions
"""

from minutes.people.entity import Entity, Kind, Prefer
from minutes.people.mentions import Mention, find_mentions
from minutes.people.names import (
    honorific_gender,
    honorific_words,
    is_honorific,
    is_initial,
    is_name_token,
    name_parts,
    name_run,
    name_text,
    skip_honorifics,
)
from minutes.people.orgs import org_end
from minutes.people.registry import Registry
from minutes.people.titles import title_start
from minutes.people.titles_index import TitleIndex
from minutes.people.tokens import Token, glued_initial, tokenize, word_spans

__all__ = [
    "Entity",
    "Kind",
    "Mention",
    "Prefer",
    "Registry",
    "TitleIndex",
    "Token",
    "find_mentions",
    "glued_initial",
    "honorific_gender",
    "honorific_words",
    "is_honorific",
    "is_initial",
    "is_name_token",
    "name_parts",
    "name_run",
    "name_text",
    "org_end",
    "skip_honorifics",
    "title_start",
    "tokenize",
    "word_spans",
]
