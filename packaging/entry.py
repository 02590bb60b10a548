"""The frozen app's entry point (PyInstaller runs this as a script)."""

import sys

from referral_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
