"""Site-wide tools every app may use: lesson blocks, PDF rendering and its fonts, folding
Vietnamese for search, reading and writing spreadsheets safely, rate limits, caches,
middleware, logging, the rounding of official figures. This package imports no app of
the project (a test fails if it does): it is the ground floor."""
