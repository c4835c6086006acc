"""Relative dates resolved against the publication date (sentences written for these tests)."""

from datetime import date

from claims.extract.dates import find_date, resolve_date, resolve_weekday


def test_weekday_is_the_most_recent_one_on_or_before_publication():
    # 2025-07-23 is a Wednesday.
    assert resolve_date("Tuesday", "2025-07-23") == "2025-07-22"
    assert resolve_date("Monday", "2025-07-23") == "2025-07-21"
    assert resolve_date("Wednesday", "2025-07-23") == "2025-07-23"
    assert resolve_date("Thursday", "2025-07-23") == "2025-07-17"
    assert resolve_weekday("sunday", date(2025, 7, 23)) == date(2025, 7, 20)


def test_last_weekday_on_the_same_day_is_a_week_back():
    assert resolve_date("last Wednesday", "2025-07-23") == "2025-07-16"
    assert resolve_date("last Monday", "2025-07-23") == "2025-07-21"


def test_today_and_yesterday():
    assert resolve_date("today", "2025-07-23") == "2025-07-23"
    assert resolve_date("yesterday", "2025-07-23") == "2025-07-22"


def test_month_and_day_take_the_year_of_publication_or_the_one_before():
    assert resolve_date("July 4", "2025-07-23") == "2025-07-04"
    assert resolve_date("Dec. 30", "2025-01-05") == "2024-12-30"
    assert resolve_date("March 3, 2021", None) == "2021-03-03"


def test_without_publication_date_relative_days_stay_unknown():
    assert resolve_date("Tuesday", None) is None
    assert resolve_date("no date here", "2025-07-23") is None


def test_find_date_looks_only_inside_the_window():
    text = "Holt said Tuesday that the gates open on Friday."
    assert find_date(text, 0, 20, "2025-07-23") == "2025-07-22"
    assert find_date(text, 20, len(text), "2025-07-23") == "2025-07-18"
    assert find_date(text, 0, 9, "2025-07-23") is None
