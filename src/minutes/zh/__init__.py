"""Chinese minutes: the same stages as the English pipeline, with the tables of ``rules/zh``.

segment.py  text -> sentences ("。！？", and "；" between list items)
meeting.py  title and date from the headline and the first sentence
people.py   names with titles before, after or around them; a registry for short references
sieves.py   presider, attendees, speakers: small rules run in the order ``sieves.ORDER``
points.py   markers -> series -> points, priorities with hedges stripped
outline.py  the :class:`minutes.model.Outline`, exactly as for English

Nothing here is imported for English text (``minutes.outline`` imports this package lazily).
"""
