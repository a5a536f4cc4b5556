"""Starting points for a new incident: "What happened?"

Each template pre-selects categories, gives a title hint and the questions worth
answering in the narrative (what a lawyer or a caseworker will later need), and names
the parts of the form that matter most for this kind of incident. The editor applies
them; nothing here is stored with the incident.

Strings are marked with ``QT_TRANSLATE_NOOP("templates", …)``; ui/ shows them through
``QCoreApplication.translate("templates", text)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.incidents import vocabulary

# The parts of the editor a template may point at (ids shared with ui/editor).
SECTIONS: tuple[str, ...] = ("people", "online", "impact", "actions")


@dataclass(frozen=True)
class Template:
    id: str
    label: str
    summary: str
    title_hint: str
    categories: tuple[str, ...]
    questions: tuple[str, ...]
    suggested: tuple[str, ...]  # ids from SECTIONS
    tip: str = ""


TEMPLATES: tuple[Template, ...] = (
    Template(
        id="account_hacked",
        label=QT_TRANSLATE_NOOP("templates", "Account hacked"),
        summary=QT_TRANSLATE_NOOP(
            "templates", "Someone got into one of your accounts or took it over."
        ),
        title_hint=QT_TRANSLATE_NOOP("templates", "e.g. My Instagram account was taken over"),
        categories=("account_compromise",),
        questions=(
            QT_TRANSLATE_NOOP("templates", "Which account was it (service and username)?"),
            QT_TRANSLATE_NOOP(
                "templates",
                "When did you notice, and how (login alert, locked out, friends told you)?",
            ),
            QT_TRANSLATE_NOOP(
                "templates",
                "What changed: password, email or phone number, posts, messages sent in your name?",
            ),
            QT_TRANSLATE_NOOP(
                "templates", "What could the intruder see: private messages, photos, contacts?"
            ),
            QT_TRANSLATE_NOOP(
                "templates",
                "What did you do: reset the password, report to the platform, warn contacts?",
            ),
        ),
        suggested=("online", "actions"),
        tip=QT_TRANSLATE_NOOP(
            "templates",
            "Take screenshots of login alerts and security emails, and attach them as evidence.",
        ),
    ),
    Template(
        id="private_content_leaked",
        label=QT_TRANSLATE_NOOP("templates", "Private content leaked"),
        summary=QT_TRANSLATE_NOOP(
            "templates", "Private photos, videos, chats or documents were published or shared."
        ),
        title_hint=QT_TRANSLATE_NOOP(
            "templates", "e.g. Private photos posted on a Telegram channel"
        ),
        categories=("leak",),
        questions=(
            QT_TRANSLATE_NOOP("templates", "What was leaked (photos, videos, chats, documents)?"),
            QT_TRANSLATE_NOOP(
                "templates",
                "Where did it appear (channel, website, group), and when did you first see it?",
            ),
            QT_TRANSLATE_NOOP(
                "templates", "Add a link for every place it appeared, with when you saw it."
            ),
            QT_TRANSLATE_NOOP(
                "templates",
                "Who posted or spread it, if you know (account or channel names, phone numbers)?",
            ),
            QT_TRANSLATE_NOOP(
                "templates",
                "How could they have got it (hacked account, seized phone, someone close)?",
            ),
            QT_TRANSLATE_NOOP("templates", "Who has seen it or told you about it?"),
        ),
        suggested=("online", "people", "impact"),
        tip=QT_TRANSLATE_NOOP(
            "templates",
            "Posts can disappear: save screenshots and the links as evidence as soon as you can.",
        ),
    ),
    Template(
        id="threat_blackmail",
        label=QT_TRANSLATE_NOOP("templates", "Threat or blackmail"),
        summary=QT_TRANSLATE_NOOP(
            "templates", "You were threatened, or someone demands something from you."
        ),
        title_hint=QT_TRANSLATE_NOOP("templates", "e.g. Message threatening to publish my photos"),
        categories=("threat", "blackmail"),
        questions=(
            QT_TRANSLATE_NOOP(
                "templates",
                "What exactly did they say or write? Quote it word for word if you can.",
            ),
            QT_TRANSLATE_NOOP(
                "templates",
                "How did it reach you (call, message, in person, through someone else)?",
            ),
            QT_TRANSLATE_NOOP("templates", "What are they demanding, and by when?"),
            QT_TRANSLATE_NOOP("templates", "Who is behind it, or who do you suspect, and why?"),
            QT_TRANSLATE_NOOP("templates", "Has this happened before? When?"),
        ),
        suggested=("people", "impact", "actions"),
        tip=QT_TRANSLATE_NOOP(
            "templates", "Keep the original messages; do not delete the conversation."
        ),
    ),
    Template(
        id="online_threat",
        label=QT_TRANSLATE_NOOP("templates", "Threat online"),
        summary=QT_TRANSLATE_NOOP(
            "templates", "A threatening message, comment or post reached you online."
        ),
        title_hint=QT_TRANSLATE_NOOP(
            "templates", "e.g. Threat in a Telegram comment under my post"
        ),
        categories=("threat",),
        questions=(
            QT_TRANSLATE_NOOP(
                "templates",
                "On which platform did it appear (Telegram, Instagram, WhatsApp, Facebook, "
                "TikTok…)? Write it under “Where it happened”, in Platforms.",
            ),
            QT_TRANSLATE_NOOP(
                "templates",
                "What is the link to the message, post, comment or profile? Add it under "
                "“Where it happened”, in Links, with when you saw it.",
            ),
            QT_TRANSLATE_NOOP("templates", "Which account sent it (name, @handle, phone number)?"),
            QT_TRANSLATE_NOOP(
                "templates",
                "What exactly does it say? Quote it word for word, and take a screenshot that "
                "shows the address, the account and the time.",
            ),
            QT_TRANSLATE_NOOP("templates", "Who could see it, and is it still there?"),
        ),
        suggested=("online", "people", "actions"),
        tip=QT_TRANSLATE_NOOP(
            "templates",
            "Posts can disappear: drop or paste (Ctrl+V) the screenshots into the box under "
            "the narrative now; they are kept encrypted with this incident.",
        ),
    ),
    Template(
        id="smear",
        label=QT_TRANSLATE_NOOP("templates", "Smear or defamation"),
        summary=QT_TRANSLATE_NOOP(
            "templates", "Lies or insults about you were spread in the media or online."
        ),
        title_hint=QT_TRANSLATE_NOOP("templates", "e.g. TV programme calling me a bad mother"),
        categories=("smear",),
        questions=(
            QT_TRANSLATE_NOOP("templates", "What was said or published about you?"),
            QT_TRANSLATE_NOOP(
                "templates",
                "Where (TV channel, website, Telegram channel, sermon, social media), and when?",
            ),
            QT_TRANSLATE_NOOP("templates", "Who said or published it?"),
            QT_TRANSLATE_NOOP("templates", "How far did it spread (views, shares, reposts)?"),
            QT_TRANSLATE_NOOP("templates", "How has it affected you, your family or your work?"),
        ),
        suggested=("online", "people", "impact"),
    ),
    Template(
        id="fake_profile_doxxing",
        label=QT_TRANSLATE_NOOP("templates", "Fake profile or doxxing"),
        summary=QT_TRANSLATE_NOOP(
            "templates",
            "Someone pretends to be you, or published your address, phone number or other "
            "private details.",
        ),
        title_hint=QT_TRANSLATE_NOOP("templates", "e.g. Fake advert with my phone number"),
        categories=("doxxing",),
        questions=(
            QT_TRANSLATE_NOOP(
                "templates",
                "What was created or published (fake profile, advert, your address or phone)?",
            ),
            QT_TRANSLATE_NOOP("templates", "Where does it appear? Add each link."),
            QT_TRANSLATE_NOOP("templates", "Which of your personal details are exposed?"),
            QT_TRANSLATE_NOOP(
                "templates", "Have strangers contacted you because of it? How many, and how?"
            ),
            QT_TRANSLATE_NOOP("templates", "Did you report it to the platform? What happened?"),
        ),
        suggested=("online", "actions", "impact"),
    ),
    Template(
        id="detention",
        label=QT_TRANSLATE_NOOP("templates", "Detention or dispersal"),
        summary=QT_TRANSLATE_NOOP(
            "templates", "You or others were detained, assaulted, or a gathering was dispersed."
        ),
        title_hint=QT_TRANSLATE_NOOP("templates", "e.g. Detained at the march in the city centre"),
        categories=("physical",),
        questions=(
            QT_TRANSLATE_NOOP("templates", "Where and when did it happen?"),
            QT_TRANSLATE_NOOP(
                "templates",
                "Who carried it out? Describe uniforms, vehicles, badge numbers, names.",
            ),
            QT_TRANSLATE_NOOP(
                "templates",
                "What was done to you or others (force, injuries, things taken from you)?",
            ),
            QT_TRANSLATE_NOOP(
                "templates",
                "How long were you held, and where? Were you allowed a lawyer or a phone call?",
            ),
            QT_TRANSLATE_NOOP("templates", "Who saw it happen?"),
            QT_TRANSLATE_NOOP("templates", "Were you charged or fined? Is there a case number?"),
        ),
        suggested=("people", "impact", "actions"),
        tip=QT_TRANSLATE_NOOP(
            "templates", "Photograph injuries and keep any papers you were given."
        ),
    ),
    Template(
        id="surveillance",
        label=QT_TRANSLATE_NOOP("templates", "Surveillance"),
        summary=QT_TRANSLATE_NOOP(
            "templates", "You are followed, or your calls, messages or devices are watched."
        ),
        title_hint=QT_TRANSLATE_NOOP(
            "templates", "e.g. My private phone call quoted on a news site"
        ),
        categories=("surveillance",),
        questions=(
            QT_TRANSLATE_NOOP(
                "templates", "What makes you think you are being watched or listened to?"
            ),
            QT_TRANSLATE_NOOP(
                "templates",
                "Was private information (calls, messages, movements) quoted or used publicly?",
            ),
            QT_TRANSLATE_NOOP("templates", "When and where did you notice it?"),
            QT_TRANSLATE_NOOP("templates", "Which devices or accounts could be affected?"),
            QT_TRANSLATE_NOOP("templates", "Who do you think is behind it?"),
        ),
        suggested=("people", "online"),
    ),
    Template(
        id="legal_pressure",
        label=QT_TRANSLATE_NOOP("templates", "Summons, case or fine"),
        summary=QT_TRANSLATE_NOOP(
            "templates", "You were summoned, charged, fined or pressured through official channels."
        ),
        title_hint=QT_TRANSLATE_NOOP("templates", "e.g. Summoned to the police for questioning"),
        categories=("legal",),
        questions=(
            QT_TRANSLATE_NOOP(
                "templates", "Which office or court, and who signed or spoke to you?"
            ),
            QT_TRANSLATE_NOOP("templates", "What were you accused of or asked about?"),
            QT_TRANSLATE_NOOP(
                "templates", "What papers did you receive? Is there a case or reference number?"
            ),
            QT_TRANSLATE_NOOP("templates", "Did you have a lawyer? What happens next, and when?"),
        ),
        suggested=("people", "actions"),
        tip=QT_TRANSLATE_NOOP(
            "templates", "Photograph every paper you receive and attach it as evidence."
        ),
    ),
    Template(
        id="other",
        label=QT_TRANSLATE_NOOP("templates", "Something else"),
        summary=QT_TRANSLATE_NOOP(
            "templates", "Anything else that happened to you or people close to you."
        ),
        title_hint=QT_TRANSLATE_NOOP("templates", "A few words to recognise this incident later"),
        categories=(),
        questions=(
            QT_TRANSLATE_NOOP("templates", "What happened, in your own words?"),
            QT_TRANSLATE_NOOP("templates", "When and where did it happen?"),
            QT_TRANSLATE_NOOP("templates", "Who was involved, or who do you think is behind it?"),
            QT_TRANSLATE_NOOP("templates", "How has it affected you or people close to you?"),
            QT_TRANSLATE_NOOP("templates", "What have you done about it so far?"),
        ),
        suggested=(),
    ),
)

GENERAL = TEMPLATES[-1]  # the questions shown when no particular template was chosen

_BY_ID = {t.id: t for t in TEMPLATES}


def template(template_id: str | None) -> Template | None:
    return _BY_ID.get(template_id or "")


def _check() -> None:
    """The templates only name categories and sections that exist (run by the tests)."""
    for t in TEMPLATES:
        for c in t.categories:
            if c not in vocabulary.CATEGORIES:
                raise ValueError(f"template {t.id}: unknown category {c}")
        for s in t.suggested:
            if s not in SECTIONS:
                raise ValueError(f"template {t.id}: unknown section {s}")
