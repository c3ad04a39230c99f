import sys

from dastra_docs.build import main

sys.exit(main())
