"""The build's one program: run as ``quire-cli`` (a link to it) it is the command line,
otherwise the window. One executable carries one copy of the Python code (two would add
about 7 MB to the folder)."""

import sys
from pathlib import Path

# --self-test is the window's, whatever the name: on Windows only quire-cli.exe has a
# console to print its lines to.
if Path(sys.argv[0]).name.lower().startswith("quire-cli") and "--self-test" not in sys.argv:
    from app.cli.main import main
else:
    from ui.main import main

sys.exit(main())
