"""A fresh khal calendar for the validators: one folder-backed calendar named NAME under
FOLDER/khal, with a fixed locale (dates as ISO, Europe/London), so that khal's listings are the
same on every machine. Shared by check_calendar_clients.py and check_publish.py."""


def khal_calendar(folder, name):
    """Writes FOLDER/khal/config for one calendar named `name`; returns the config file."""
    calendar = folder / "khal" / "calendar"
    calendar.mkdir(parents=True, exist_ok=True)
    config = folder / "khal" / "config"
    config.write_text(f"""[calendars]
[[{name}]]
path = {calendar}
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/London
default_timezone = Europe/London
""", encoding="utf-8")
    return config
