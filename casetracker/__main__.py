from casetracker.app import main

raise SystemExit(main())
