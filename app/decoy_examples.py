"""Example entries for a decoy diary, in the person's language, for them to edit.

Ordinary, low-stakes incidents of the kind anyone might note down (rude comments, a
silent caller, a scam message, a quarrel with a neighbour): a diary that looks kept, that
names nobody and accuses no one. They are content, not interface text, so they are kept
here per language rather than in the .ts files, and the CLI offers them without Qt.
Dates are relative to the day the decoy is prepared.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.decoy import DecoyEntry, make_entry
from app.incidents.record import IncidentRecord

# (days before today, title, narrative, severity)
_EXAMPLES: dict[str, list[tuple[int, str, str, int]]] = {
    "en": [
        (
            74,
            "Insulting comments under my post",
            "Several accounts I do not know left rude comments under my post about the park "
            "renovation. I hid the comments and blocked two of the accounts.",
            1,
        ),
        (
            51,
            "Late-night calls from an unknown number",
            "Someone called three times after midnight and hung up without saying anything. "
            "The number is not in my contacts.",
            2,
        ),
        (
            33,
            "Fake prize message",
            "A message said I had won a prize and asked for my card details. I did not answer "
            "and deleted it.",
            1,
        ),
        (
            12,
            "Argument with a neighbour about parking",
            "The neighbour from the third floor shouted at me in the yard about where I park. "
            "Nobody was hurt.",
            1,
        ),
    ],
    "az": [
        (
            74,
            "Paylaşımımın altında təhqiredici şərhlər",
            "Tanımadığım bir neçə hesab parkın təmiri haqqında paylaşımımın altında kobud "
            "şərhlər yazdı. Şərhləri gizlətdim, iki hesabı blokladım.",
            1,
        ),
        (
            51,
            "Naməlum nömrədən gecə zəngləri",
            "Kimsə gecə yarısından sonra üç dəfə zəng edib heç nə demədən dəstəyi asdı. "
            "Nömrə kontaktlarımda yoxdur.",
            2,
        ),
        (
            33,
            "Saxta uduş mesajı",
            "Guya uduş qazandığımı deyən və kart məlumatlarımı istəyən mesaj gəldi. Cavab "
            "vermədim, mesajı sildim.",
            1,
        ),
        (
            12,
            "Qonşu ilə parkinq üstündə mübahisə",
            "Üçüncü mərtəbədəki qonşu maşını harada saxladığıma görə həyətdə üstümə "
            "qışqırdı. Heç kim xəsarət almadı.",
            1,
        ),
    ],
    "ru": [
        (
            74,
            "Оскорбительные комментарии под моим постом",
            "Несколько незнакомых аккаунтов оставили грубые комментарии под моим постом о "
            "ремонте парка. Комментарии скрыты, два аккаунта заблокированы.",
            1,
        ),
        (
            51,
            "Ночные звонки с незнакомого номера",
            "Кто-то трижды звонил после полуночи и молча клал трубку. Этого номера нет в "
            "моих контактах.",
            2,
        ),
        (
            33,
            "Сообщение о фальшивом выигрыше",
            "Пришло сообщение о якобы выигранном призе с просьбой прислать данные карты. "
            "Ответа не было, сообщение удалено.",
            1,
        ),
        (
            12,
            "Спор с соседом из-за парковки",
            "Сосед с третьего этажа кричал на меня во дворе из-за места для машины. Никто "
            "не пострадал.",
            1,
        ),
    ],
}


def example_entries(language: str, today: date | None = None) -> list[DecoyEntry]:
    """The examples in ``language`` (English for a language without its own), dated back
    from ``today``."""
    today = today or date.today()
    out = []
    for days, title, narrative, severity in _EXAMPLES.get(language, _EXAMPLES["en"]):
        record = IncidentRecord.from_dict(
            {
                "title": title,
                "narrative": narrative,
                "occurred_at": (today - timedelta(days=days)).isoformat(),
                "categories": ["other"],
                "severity": severity,
            }
        )
        out.append(make_entry(record))
    return out
