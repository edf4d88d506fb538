"""The victim's questionnaire and the personal action plan, in plain Python (no Streamlit).

- ``questions``: the screens and questions, as data with stable ids.
- ``answers``: the answers a person gave, validated and normalized.
- ``engine``: ``build_plan(answers, db)`` — a pure function from answers to a plan.
- ``render``: a plan as translated text, Markdown and PDF (built in memory).
"""
