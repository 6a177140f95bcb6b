"""The bundle's entry point: the same `main()` the `casetracker` command of a wheel runs."""

import sys

from casetracker.app import main

if __name__ == "__main__":
    sys.exit(main())
