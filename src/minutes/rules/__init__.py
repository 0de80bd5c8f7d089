"""The rule tables: word lists and patterns kept as data, one module per family.

Each table is plain data (tuples, dicts, frozensets of lowercase strings). Adding a
marker, a hedge, a title or a speech verb is a one-line change here; the pipeline
stages compile the tables once, on first use.
"""
