"""The guided questionnaire, one screen at a time, ending in the personal action plan."""
import functools

import streamlit as st

import law_db
from action_plan.answers import Answers
from action_plan.engine import build_plan
from action_plan.questions import SKIP, screens
from i18n import Translator
from ui import plan_view, state
from ui.widgets import md_escape, not_legal_advice

db = law_db.load()
t = state.translator()
answers = state.answers()
all_screens = screens()
platform_ids = frozenset(p.id for p in db.platforms)


def subdivisions(country):
    return sorted((j.id for j in db.children(country) if "-" in j.id), key=t.place) if country else []


def visible_screens():
    """The screens this person will see (the region screen only where the database has regions)."""
    return [s for s in all_screens if s.id != "location" or subdivisions(current("country"))]


def country_options():
    return _country_options(t.locale)


@functools.lru_cache(maxsize=8)
def _country_options(locale):
    """Every ISO country, sorted by its name in the person's language (computed once per language)."""
    import pycountry

    tr = Translator(locale)
    return [SKIP] + sorted((c.alpha_2 for c in pycountry.countries), key=tr.place)


def label_for(qid, value):
    if value == SKIP:
        return t("a.prefer_not_to_say")
    if qid in ("country", "other_country", "region"):
        if value == "elsewhere":
            return t("a.region.elsewhere")
        return t.place(value)
    if qid == "where" and value in platform_ids:
        return db.platform(value).name
    return t(f"a.{qid}.{value}")


def ask(question):
    """Render one question with its stored answer as the default; store what is chosen."""
    qid = question.id
    help_text = t(f"q.{qid}.help") if t.has(f"q.{qid}.help") else None
    stored = answers.get(qid)
    if question.kind in ("single", "country", "region"):
        if question.kind == "single":
            options = list(question.options) + [SKIP]
        elif question.kind == "country":
            options = country_options()
        else:
            options = subdivisions(answers.get("country")) + ["elsewhere", SKIP]
        if stored not in options:
            default = options.index(state.browser_region()) if (
                qid == "country" and state.browser_region() in options) else None
        else:
            default = options.index(stored)
        if question.kind == "single":
            value = st.radio(t(f"q.{qid}.label"), options, index=default, key=f"q_{qid}",
                             format_func=lambda v: md_escape(label_for(qid, v)), help=help_text)
        else:
            value = st.selectbox(t(f"q.{qid}.label"), options, index=default, key=f"q_{qid}",
                                 format_func=lambda v: label_for(qid, v), help=help_text,
                                 placeholder=t("ui.choose"))
        answers[qid] = value
    else:
        st.markdown(f"**{md_escape(t(f'q.{qid}.label'))}**")
        if help_text:
            st.caption(help_text)
        options = ([p.id for p in db.platforms] if question.kind == "platforms" else []) + list(question.options)
        chosen = set(stored or ())
        picked = []
        for option in options:
            if st.checkbox(md_escape(label_for(qid, option)), value=option in chosen, key=f"q_{qid}__{option}"):
                picked.append(option)
        answers[qid] = picked


def current(qid):
    """This run's value: the widget's (already updated by the click) or the stored answer."""
    return st.session_state.get(f"q_{qid}", answers.get(qid))


def emergency_banner():
    """Shown before anything else once someone says they are in danger."""
    if current("in_danger") != "danger_now":
        return
    country = current("country")
    region = current("region") if current("region") not in (None, SKIP, "elsewhere") else None
    chain = db.chain(region or country) if country and country != SKIP else []
    j = db.emergency(chain[0].id) if chain else None
    if j is not None and j.emergency_numbers:
        numbers = j.emergency_numbers
        lines = [t("ui.danger.call", number=numbers[0].number, place=t.place(chain[0].id))]
        lines += [t("plan.emergency.number", number=n.number, service=n.service) for n in numbers[1:]]
        st.error("\n\n".join(md_escape(line) for line in lines), icon=None)
    else:
        note = "\n\n" + md_escape(t.text(j.emergency_note.text)) if j is not None else ""
        st.error(md_escape(t("ui.danger.call_local")) + note, icon=None)


def remember(screen):
    """Copy this screen's widget values into the answers (a click can carry the last change)."""
    for question in screen.questions:
        if question.multiple:
            keys = [k for k in st.session_state.keys() if isinstance(k, str) and k.startswith(f"q_{question.id}__")]
            if keys:
                answers[question.id] = [k.split("__", 1)[1] for k in keys if st.session_state[k]]
        elif f"q_{question.id}" in st.session_state:
            answers[question.id] = st.session_state[f"q_{question.id}"]


def skip(screen):
    for question in screen.questions:
        answers[question.id] = [] if question.multiple else SKIP
        for key in [k for k in st.session_state.keys() if isinstance(k, str) and k.startswith(f"q_{question.id}")]:
            del st.session_state[key]


# Buttons act in callbacks, before the run that follows: one script run per step, not two.
def go_next(screen, index):
    remember(screen)
    state.go_to(index + 1)


def go_back(screen, index):
    remember(screen)
    state.go_to(index - 1)


def skip_screen(screen, index):
    skip(screen)
    state.go_to(index + 1)


def show_plan():
    plan_answers = Answers.from_mapping(answers, platform_ids)
    plan = build_plan(plan_answers, db)
    plan_view.render(plan, t, plan_answers, db)
    col1, col2 = st.columns(2)
    col1.button(t("ui.back_to_questions"), key="plan_back", on_click=state.go_to, args=(len(visible_screens()) - 1,))
    col2.button(t("ui.start_again"), key="plan_restart", on_click=state.forget_everything)


if "country" not in answers and state.browser_region() in country_options():
    answers["country"] = state.browser_region()  # a default the person sees and can change

emergency_banner()  # before anything else, on every screen, once someone says they are in danger
st.title(t("ui.help.title"))
st.write(t("ui.help.intro"))
st.page_link("ui/screens/safety.py", label=t("ui.safety.link"))

shown = visible_screens()
index = min(state.step(), len(shown))
if index >= len(shown):
    show_plan()
else:
    screen = shown[index]
    st.progress((index + 1) / (len(shown) + 1), text=t("ui.progress", step=index + 1, total=len(shown)))
    st.subheader(t(f"screen.{screen.id}.title"))
    for question in screen.questions:
        ask(question)
    back, skip_col, go = st.columns(3)
    if index > 0:
        back.button(t("ui.back"), key="nav_back", on_click=go_back, args=(screen, index))
    skip_col.button(t("ui.skip_screen"), key="nav_skip", on_click=skip_screen, args=(screen, index))
    go.button(t("ui.continue"), key="nav_next", type="primary", on_click=go_next, args=(screen, index))
not_legal_advice()
