"""The Chinese rule tables, one module per family, beside the English ones in ``rules/``.

Each entry carries a worked example (``tests/test_zh_rules.py`` runs it). Nothing here is
imported for English text: ``minutes.zh`` loads these tables only when the text is Chinese.
"""
