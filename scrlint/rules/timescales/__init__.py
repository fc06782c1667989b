"""Timescale rules (TIM): review and notification deadlines, and dates in chronologies."""
