"""Recommendations: who acts, what they do, by when, how we will know, and how many there are."""
