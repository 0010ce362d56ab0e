"""Letters: the printed documents a debtor sends (request and complaint letters)."""
