"""The dashboard: static HTML, CSS and JavaScript (no external libraries) served by `dyadwatch serve`."""
