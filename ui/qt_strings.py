"""Qt's own words (standard buttons, the file dialog, edit menus), marked for our catalogue.

Also the few labels other modules translate through a variable (see DIARY_LABELS).

Qt ships no Azerbaijani translation of its own strings, so pyside6-lupdate extracts these
lines into Quire's .ts files and they are translated there; at run time Qt asks for them
under these contexts and finds them in quire_az.qm. (Russian also comes from qtbase_ru.qm,
which is consulted first.) The list is what Quire's windows can show: found by recording
every string Qt looked up while the dialogs Quire uses were open.

Nothing imports this module; it exists for lupdate.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

# Labels that ui/diary passes to its translate helpers through variables or inside f-strings,
# which lupdate cannot see; marked here under the contexts those helpers use.
DIARY_LABELS = (
    QT_TRANSLATE_NOOP("MainWindow", "Notes"),  # the discreet-mode window title
    QT_TRANSLATE_NOOP("IncidentModel", "When"),
    QT_TRANSLATE_NOOP("IncidentModel", "Title"),
    QT_TRANSLATE_NOOP("IncidentModel", "Categories"),
    QT_TRANSLATE_NOOP("IncidentModel", "Severity"),
    QT_TRANSLATE_NOOP("DetailView", "When"),
    QT_TRANSLATE_NOOP("DetailView", "Categories"),
    QT_TRANSLATE_NOOP("DetailView", "Severity"),
    QT_TRANSLATE_NOOP("DetailView", "Targeted"),
    QT_TRANSLATE_NOOP("DetailView", "Perpetrators"),
    QT_TRANSLATE_NOOP("DetailView", "Platforms"),
    QT_TRANSLATE_NOOP("DetailView", "Location"),
    QT_TRANSLATE_NOOP("DetailView", "Links"),
    QT_TRANSLATE_NOOP("DetailView", "Witnesses"),
    QT_TRANSLATE_NOOP("DetailView", "Impact"),
    QT_TRANSLATE_NOOP("DetailView", "Actions taken"),
    QT_TRANSLATE_NOOP("DetailView", "Tags"),
    # ... and the words it (and the revision history) translates inside f-strings
    QT_TRANSLATE_NOOP("DetailView", "What happened"),
    QT_TRANSLATE_NOOP("DetailView", "Follow-up notes"),
    QT_TRANSLATE_NOOP("DetailView", "Evidence"),
    QT_TRANSLATE_NOOP("DetailView", "Recorded"),
    QT_TRANSLATE_NOOP("DetailView", "last changed"),
    QT_TRANSLATE_NOOP("DetailView", "revisions"),
    QT_TRANSLATE_NOOP("DetailView", "seen"),
    QT_TRANSLATE_NOOP("DetailView", "Select an incident to see it here."),
    QT_TRANSLATE_NOOP("IncidentEditor", "changed"),
    QT_TRANSLATE_NOOP("IncidentEditor", "(removed)"),
)

QT_STRINGS = (
    # The timeline's label for incidents without a category (app/report/chart.py)
    QT_TRANSLATE_NOOP("vocabulary", "Uncategorised"),
    # Standard buttons (QDialogButtonBox, QMessageBox)
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QProgressDialog", "Cancel"),
    QT_TRANSLATE_NOOP("QInputDialog", "Enter a value:"),
    # Wizards (export)
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "Commit"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
    # Qt's own file dialog (Quire never uses the native one)
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    # Right-click menus of text fields and number fields
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
    # Tab bars announce their scroll buttons to screen readers
    QT_TRANSLATE_NOOP("QTabBar", "Scroll Left"),
    QT_TRANSLATE_NOOP("QTabBar", "Scroll Right"),
    QT_TRANSLATE_NOOP("QTabBar", "Close Tab"),
)
