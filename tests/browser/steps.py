"""Steps several browser tests take: answer the first screen, press Continue to the plan."""
WAIT = 20000


def start_safe_in(page, base_url: str, country: str, steps_label: str | None = None) -> None:
    """Open the app, say "safe right now", choose a country by typing its name."""
    page.goto(base_url)
    page.get_by_text("Are you in danger right now?").wait_for(timeout=WAIT)
    page.get_by_text("No, I am safe right now").click()
    box = page.get_by_role("combobox", name="Which country do you live in?")
    box.click()
    box.fill(country)
    page.keyboard.press("Enter")
    if steps_label:
        page.get_by_text(steps_label).wait_for(timeout=WAIT)


def press_continue(page, times: int = 1) -> None:
    for _ in range(times):
        page.get_by_role("button", name="Continue").click()
        page.wait_for_timeout(300)


def continue_to_plan(page) -> None:
    """Skip the remaining questions by pressing Continue until the plan shows."""
    for _ in range(10):
        if page.get_by_role("heading", name="Your action plan").count():
            break
        press_continue(page)
    page.get_by_role("heading", name="Your action plan").wait_for(timeout=WAIT)
