"""Collector conduct: the incident checklist (facts), the §17 rules, and the engine that applies them."""
