<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../ui/chats/import_flow.py" line="+151"/>
        <source>Imported %n conversations from {format}.</source>
        <translation>
            <numerusform>Imported %n conversation from {format}.</numerusform>
            <numerusform>Imported %n conversations from {format}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence/intake_controller.py" line="+171"/>
        <source>Adding %n files…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/drafts_offer.py" line="+43"/>
        <source>It also holds %n files waiting to be added.</source>
        <translation>
            <numerusform>It also holds %n file waiting to be added.</numerusform>
            <numerusform>It also holds %n files waiting to be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The %n files waiting with it are deleted too.</source>
        <translation>
            <numerusform>The %n file waiting with it is deleted too.</numerusform>
            <numerusform>The %n files waiting with it are deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints/complaint_dialog.py" line="+47"/>
        <source>No answer for %n day(s).</source>
        <translation>
            <numerusform>No answer for %n day.</numerusform>
            <numerusform>No answer for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Final decision on %1. Apply to the European Court by %2: %n day(s) left.</source>
        <translation>
            <numerusform>Final decision on %1. Apply to the European Court by %2: %n day left.</numerusform>
            <numerusform>Final decision on %1. Apply to the European Court by %2: %n days left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatsWindow</name>
    <message numerus="yes">
        <location filename="../../ui/chats/chats_window.py" line="+266"/>
        <location line="+43"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
        <source>Added %n message(s) to “{title}”.</source>
        <translation>
            <numerusform>Added %n message to “{title}”.</numerusform>
            <numerusform>Added %n messages to “{title}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source> (the first %n)</source>
        <translation>
            <numerusform> (the first %n)</numerusform>
            <numerusform> (the first %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message numerus="yes">
        <location filename="../../ui/evidence/evidence_panel.py" line="+410"/>
        <source>Evidence (%n)</source>
        <translation>
            <numerusform>Evidence (%n)</numerusform>
            <numerusform>Evidence (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Redacted copy: {mode} over %n area(s), made {time}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+181"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n more waiting)</numerusform>
            <numerusform>(%n more waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n files were added to the incident.</source>
        <translation>
            <numerusform>%n file was added to the incident.</numerusform>
            <numerusform>%n files were added to the incident.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message numerus="yes">
        <location filename="../../ui/evidence/preview.py" line="+227"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message numerus="yes">
        <location filename="../../ui/chats/incident_picker.py" line="+60"/>
        <source>Add %n chosen message(s) to which incident?</source>
        <translation>
            <numerusform>Add the chosen message to which incident?</numerusform>
            <numerusform>Add %n chosen messages to which incident?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="+459"/>
        <source>%n complaint(s) you asked to be reminded of still have no answer (incidents: %1).</source>
        <translation>
            <numerusform>%n complaint you asked to be reminded of still has no answer (incidents: %1).</numerusform>
            <numerusform>%n complaints you asked to be reminded of still have no answer (incidents: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenBundleWindow</name>
    <message numerus="yes">
        <location filename="../../ui/sharing/open_bundle.py" line="+476"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n files checked</source>
        <translation>
            <numerusform>%n file checked</numerusform>
            <numerusform>%n files checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message numerus="yes">
        <location filename="../../ui/evidence/redact_dialog.py" line="+439"/>
        <source>%n box(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyCheckup</name>
    <message numerus="yes">
        <location filename="../../ui/safety_checkup.py" line="+136"/>
        <source>Last backup %n day(s) ago.</source>
        <translation>
            <numerusform>Last backup %n day ago.</numerusform>
            <numerusform>Last backup %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The diary locks after %n idle minute(s).</source>
        <translation>
            <numerusform>The diary locks after %n idle minute.</numerusform>
            <numerusform>The diary locks after %n idle minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Cleared %n second(s) after copying.</source>
        <translation>
            <numerusform>Cleared %n second after copying.</numerusform>
            <numerusform>Cleared %n seconds after copying.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message numerus="yes">
        <location filename="../../ui/sharing/export_pages.py" line="+780"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message numerus="yes">
        <location line="-518"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>&amp;All incidents (%n)</source>
        <translation>
            <numerusform>&amp;All incidents (%n)</numerusform>
            <numerusform>&amp;All incidents (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%n incidents chosen</source>
        <translation>
            <numerusform>%n incident chosen</numerusform>
            <numerusform>%n incidents chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n evidence files</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
</context>
</TS>
