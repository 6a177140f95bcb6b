"""Exile Case Tracker: cases of people who fled Russia, kept encrypted on the caseworker's laptop."""

__version__ = "0.1.0"
