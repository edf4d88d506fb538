"""The guided questionnaire, one screen at a time, ending in the personal action plan."""
import streamlit as st

import law_db
from action_plan.answers import Answers
from action_plan.engine import build_plan
from action_plan.questions import SKIP, screens
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
    import pycountry

    codes = sorted((c.alpha_2 for c in pycountry.countries), key=t.place)
    return [SKIP] + codes


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
    numbers = next((j.emergency_numbers for j in chain if j.emergency_numbers), None)
    if numbers:
        lines = [t("ui.danger.call", number=numbers[0].number, place=t.place(chain[0].id))]
        lines += [t("plan.emergency.number", number=n.number, service=n.service) for n in numbers[1:]]
        st.error("\n\n".join(md_escape(line) for line in lines), icon=None)
    else:
        st.error(md_escape(t("ui.danger.call_local")))


def show_plan():
    plan_answers = Answers.from_mapping(answers, platform_ids)
    plan = build_plan(plan_answers, db)
    emergency_banner()
    plan_view.render(plan, t, plan_answers, db)
    col1, col2 = st.columns(2)
    if col1.button(t("ui.back_to_questions"), key="plan_back"):
        state.go_to(len(visible_screens()) - 1)
        st.rerun()
    if col2.button(t("ui.start_again"), key="plan_restart"):
        state.forget_everything()
        st.rerun()


if "country" not in answers and state.browser_region() in country_options():
    answers["country"] = state.browser_region()  # a default the person sees and can change

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
    emergency_banner()
    st.subheader(t(f"screen.{screen.id}.title"))
    for question in screen.questions:
        ask(question)
    back, skip, go = st.columns(3)
    if index > 0 and back.button(t("ui.back"), key="nav_back"):
        state.go_to(index - 1)
        st.rerun()
    if skip.button(t("ui.skip_screen"), key="nav_skip"):
        for question in screen.questions:
            answers[question.id] = [] if question.multiple else SKIP
        state.go_to(index + 1)
        st.rerun()
    if go.button(t("ui.continue"), key="nav_next", type="primary"):
        state.go_to(index + 1)
        st.rerun()
not_legal_advice()
